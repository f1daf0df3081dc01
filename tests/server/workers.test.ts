// `serve --workers 2` as a real process tree: one banner, two workers that both answer on the one
// port, a dead worker replaced, SIGTERM stops them all with exit 0.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { serve, waitForOutput } from '../helpers/spawn.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** One request on a connection of its own (no keep-alive pool): the cluster picks a worker per connection. */
function once(url: string, method: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, agent: false, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const parentOf = (pid: number): number =>
  Number(
    readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ')[1],
  );
const verifyCount = (metrics: string): number =>
  Number(/^warncheck_requests_total\{method="POST",route="\/api\/v1\/verify",status="200"\} (\d+)$/m.exec(metrics)?.[1] ?? 0);

describe('warncheck serve --workers 2 (real processes)', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'wc-workers-'));
  dirs.push(cwd);

  it('both workers answer on one port, a dead one is replaced, SIGTERM stops all with exit 0', async () => {
    // No overload guard: on a loaded test machine it may answer 503 right after the start.
    const s = await serve(['--workers', '2'], {
      cwd,
      env: { WARNCHECK_ACCESS_LOG: 'off', WARNCHECK_METRICS: 'on', WARNCHECK_MAX_EVENT_LOOP_DELAY_MS: '0', WARNCHECK_MAX_HEAP_MB: '0' },
    });
    const exited = new Promise<number | null>((r) => s.proc.on('close', (code) => r(code)));
    try {
      const out = await waitForOutput(s.output, /^2 workers, pids (\d+) (\d+)$/m);
      // One banner, printed by the primary.
      expect(out.match(/warncheck: serving \d+ statements/g)).toHaveLength(1);
      const pids = /^2 workers, pids (\d+) (\d+)$/m.exec(out)!.slice(1).map(Number);
      expect(new Set(pids).size).toBe(2);
      for (const pid of pids) expect(parentOf(pid)).toBe(s.proc.pid);

      // 41 verifications on 41 connections; each worker counts its own in /metrics. An odd total
      // cannot split evenly, so two workers show two distinct counts: both above 0, adding up to 41.
      const inputs = JSON.parse(readFileSync(join(cwd, '.warncheck/demo/keys/demo-inputs.json'), 'utf8'));
      const N = 41;
      for (let i = 0; i < N; i++) {
        const r = await once(`${s.url}/api/v1/verify`, 'POST', JSON.stringify({ input: inputs.genuine }));
        expect(r.status, r.text).toBe(200);
        expect(JSON.parse(r.text).verdict).toBe('genuine');
      }
      const seen = new Set<number>();
      for (let i = 0; i < 20 && seen.size < 2; i++) seen.add(verifyCount((await once(`${s.url}/metrics`, 'GET')).text));
      expect(seen.size).toBe(2);
      const [a, b] = [...seen];
      expect(a! + b!).toBe(N);
      expect(Math.min(a!, b!)).toBeGreaterThan(0);

      // A worker that dies is replaced; the service keeps answering.
      process.kill(pids[0]!, 'SIGKILL');
      const after = await waitForOutput(s.output, /warncheck: worker \d+ ready$/m, 30_000);
      expect(after).toMatch(new RegExp(`warncheck: worker ${pids[0]} stopped \\(SIGKILL\\), starting another`));
      const fresh = Number(/warncheck: worker (\d+) ready$/m.exec(after)![1]);
      expect(pids).not.toContain(fresh);
      expect(parentOf(fresh)).toBe(s.proc.pid);
      for (let i = 0; i < 6; i++) expect((await once(`${s.url}/readyz`, 'GET')).status).toBe(200);

      s.proc.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(s.output()).toMatch(/Z warncheck: SIGTERM, closing$/m);
      expect(s.output()).toMatch(/Z warncheck: closed$/m);
      for (const pid of [pids[1]!, fresh]) expect(existsSync(`/proc/${pid}`), `worker ${pid} still running`).toBe(false);
      await expect(once(`${s.url}/healthz`, 'GET')).rejects.toThrow();
    } finally {
      s.proc.kill('SIGKILL');
    }
  }, 120_000);

  it('SIGTERM to the whole group at once (systemd stop, Ctrl-C) is one graceful stop, exit 0', async () => {
    const s = await serve(['--workers', '2'], { cwd, env: { WARNCHECK_ACCESS_LOG: 'off' } });
    const exited = new Promise<number | null>((r) => s.proc.on('close', (code) => r(code)));
    const pids = /^2 workers, pids (\d+) (\d+)$/m
      .exec(await waitForOutput(s.output, /^2 workers, pids \d+ \d+$/m))!
      .slice(1)
      .map(Number);
    expect((await once(`${s.url}/healthz`, 'GET')).status).toBe(200);
    // Each worker gets the signal itself and the primary's word too: neither may cut it short.
    for (const pid of [s.proc.pid!, ...pids]) process.kill(pid, 'SIGTERM');
    expect(await exited, s.output()).toBe(0);
    expect(s.output()).toMatch(/Z warncheck: closed$/m);
    expect(s.output()).not.toMatch(/starting another/);
    for (const pid of pids) expect(existsSync(`/proc/${pid}`)).toBe(false);
  }, 120_000);

  it('a worker that cannot start (a tampered statement) fails the start with its code and message; --workers is checked', async () => {
    // The demo made by the test above; a statement altered so that it no longer verifies.
    const bad = join(cwd, 'bad');
    cpSync(join(cwd, '.warncheck/demo/data'), bad, { recursive: true });
    const db = new Database(join(bad, 'warncheck.db'));
    db.exec('DROP TRIGGER statements_no_update');
    const row = db.prepare('SELECT jws FROM statements WHERE idx = 0').get() as { jws: string };
    db.prepare('UPDATE statements SET jws = ? WHERE idx = 0').run(row.jws.slice(0, -3) + (row.jws.at(-3) === 'A' ? 'B' : 'A') + row.jws.slice(-2));
    db.close();
    const err = await serve(['--workers', '2', '--data', bad], { cwd }).then(
      (s) => (void s.stop(), null),
      (e: { exitCode: number; output: string }) => e,
    );
    expect(err).not.toBeNull();
    expect(err!.exitCode).toBe(1);
    expect(err!.output).toContain('WC_DATA_CORRUPT');
    expect(err!.output).not.toContain('serving');
    for (const bad of ['0', '1.5', '65', 'two']) {
      const e = await serve(['--workers', bad], { cwd }).then(
        (s) => (void s.stop(), null),
        (x: { exitCode: number; output: string }) => x,
      );
      expect(e!.exitCode, bad).toBe(2);
      expect(e!.output).toContain('WC_USAGE');
    }
  }, 120_000);
});
