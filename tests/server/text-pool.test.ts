// Long texts are analysed in a worker thread (service/text-pool.ts): while the heaviest single input
// is being analysed, code checks sent beside it are answered; with the pool turned off they wait
// for it (the same server, the same inputs). And a worker answers exactly as the main thread does.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemo } from '../../src/demo/ensure.js';
import type { DemoInputs } from '../../src/service/types.js';
import { loadData, loadTextCheck } from '../../src/service/load.js';
import { JSON_CT } from '../helpers/server.js';
import { serve, type Served } from '../helpers/spawn.js';

let base: string;
let inputs: DemoInputs;
const data = () => join(base, 'data');
// About 64 KiB of fraud wording, every phrase a sign to weigh: one of the slowest allowed inputs.
const HEAVY = `Politiet: betal boten innen 24 timer. ${inputs0()}`;
function inputs0(): string {
  return 'Police notice: pay the fine within 24 hours or you will be arrested. '.repeat(900).slice(0, 60_000);
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'wc-pool-'));
  inputs = await makeDemo({ keysDir: join(base, 'keys'), dataDir: data(), now: Date.now(), perTemplate: 10 });
}, 60_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** CPU time the server process has used, all its threads together, in clock ticks (1/100 s). */
function cpuTicks(s: Served): number {
  const stat = readFileSync(`/proc/${s.proc.pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(f[11]) + Number(f[12]); // utime, stime
}

/**
 * Sends the heavy text, and code checks one after another until it is answered; `during` counts
 * the checks answered before it that were sent once the server had spent 30 ms of CPU since the
 * text was sent, far more than the few checks sent meanwhile take: by then the text is being
 * analysed (its analysis takes several times that). A check answered before the analysis began
 * (the text still on its way or being parsed, which on a loaded machine can take a while) says
 * nothing about blocking, and CPU time, unlike the clock, does not stretch with the load.
 */
async function beside(s: Served): Promise<{ during: number; heavy: string }> {
  const post = (input: string) => fetch(`${s.url}/api/v1/verify`, { method: 'POST', headers: JSON_CT, body: JSON.stringify({ input }) });
  expect((await (await post(inputs.genuine)).json()).verdict).toBe('genuine'); // warm
  // The main thread loads the text analysis on its first text (service/load.ts): loaded before measuring.
  expect((await (await post(inputs.scam)).json()).verdict).toBe('scam');
  let done = false;
  const before = cpuTicks(s);
  const heavy = post(HEAVY).then(async (r) => {
    done = true;
    return ((await r.json()) as { verdict: string }).verdict;
  });
  let during = 0;
  while (!done) {
    const analysing = cpuTicks(s) - before >= 3;
    const r = (await (await post(inputs.genuine)).json()) as { verdict: string };
    expect(r.verdict).toBe('genuine');
    if (!done && analysing) during++;
  }
  return { during, heavy: await heavy };
}

describe('the text pool', () => {
  it('answers code checks while the heaviest text is analysed, which the main thread alone cannot', async () => {
    const withPool = await serve(['--data', data()], { cwd: base, env: { WARNCHECK_RATE_LIMIT: '0', WARNCHECK_TEXT_WORKERS: '1' } });
    try {
      const r = await beside(withPool);
      expect(r.heavy).toBe('scam');
      expect(r.during).toBeGreaterThan(0);
    } finally {
      await withPool.stop();
    }
    const alone = await serve(['--data', data()], { cwd: base, env: { WARNCHECK_RATE_LIMIT: '0', WARNCHECK_TEXT_WORKERS: '0' } });
    try {
      const r = await beside(alone);
      expect(r.heavy).toBe('scam');
      // A check sent while it is analysed waits for the whole analysis.
      expect(r.during).toBe(0);
    } finally {
      await alone.stop();
    }
  }, 120_000);

  it('the worker threads start with the first long text, not with the server (codes only: no thread, no copy of the data)', async () => {
    const s = await serve(['--data', data()], { cwd: base, env: { WARNCHECK_RATE_LIMIT: '0', WARNCHECK_TEXT_WORKERS: '2' } });
    const threads = () => Number(/^Threads:\s+(\d+)/m.exec(readFileSync(`/proc/${s.proc.pid}/status`, 'utf8'))![1]);
    const post = (input: string) => fetch(`${s.url}/api/v1/verify`, { method: 'POST', headers: JSON_CT, body: JSON.stringify({ input }) });
    try {
      const before = threads();
      for (let i = 0; i < 5; i++) expect(((await (await post(inputs.genuine)).json()) as { verdict: string }).verdict).toBe('genuine');
      expect(threads()).toBe(before);
      expect(((await (await post(HEAVY)).json()) as { verdict: string }).verdict).toBe('scam');
      expect(threads()).toBeGreaterThanOrEqual(before + 2);
    } finally {
      await s.stop();
    }
  }, 120_000);

  it('a worker answers a long text as the main thread does, errors included', async () => {
    const s = await serve(['--data', data()], {
      cwd: base,
      env: { WARNCHECK_RATE_LIMIT: '0', WARNCHECK_TEXT_WORKERS: '1', WARNCHECK_TEXT_WORKER_ABOVE: '10' },
    });
    const here = loadData(data(), { now: Date.now });
    await loadTextCheck();
    type F = { kind: string; verdict: string; code?: string; match?: string };
    const shape = (fs: F[]) => fs.map((f) => [f.kind, f.verdict, f.code ?? '', f.match ?? '']);
    try {
      for (const input of [HEAVY, inputs.scam, inputs.altered, 'x'.repeat(70_000)]) {
        const body = (await (await fetch(`${s.url}/api/v1/verify`, { method: 'POST', headers: JSON_CT, body: JSON.stringify({ input }) })).json()) as {
          verdict?: string;
          findings?: F[];
          error?: { code: string };
        };
        let want: { verdict: string; findings: F[] } | { error: string };
        try {
          want = here.verify(input) as unknown as { verdict: string; findings: F[] };
        } catch (e) {
          want = { error: (e as { code: string }).code };
        }
        if ('error' in want) expect(body.error?.code).toBe(want.error);
        else {
          expect(body.verdict, JSON.stringify(body).slice(0, 300)).toBe(want.verdict);
          expect(shape(body.findings!)).toEqual(shape(want.findings));
        }
      }
    } finally {
      here.close();
      await s.stop();
    }
  }, 120_000);
});
