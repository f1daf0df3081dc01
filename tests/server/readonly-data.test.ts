// `serve` never writes to the data directory it serves: every file's bytes and modification time,
// and the list of files, are the same after a serving session under a mixed load as before it.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bucketName, rangeBits } from '../../src/core/range.js';
import { prepareDemo } from '../../src/server/main.js';
import { serve } from '../helpers/spawn.js';
import { statementOf } from '../helpers/range.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every file under dir: its bytes (hashed), size and modification time to the nanosecond. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      const st = statSync(p, { bigint: true });
      if (st.isDirectory()) walk(p);
      else out[p.slice(dir.length)] = `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${st.size} ${st.mtimeNs}`;
    }
  };
  walk(dir);
  return out;
}

describe('serve and the data directory', () => {
  it('a serving session under a mixed load (codes, texts, pages, buckets, tiles, keys) changes no file there and adds none', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'wc-readonly-'));
    dirs.push(cwd);
    const demo = await prepareDemo(join(cwd, 'demo'));
    const before = snapshot(demo.dataDir);
    expect(Object.keys(before)).toContain('/warncheck.db');
    const dirMtime = statSync(demo.dataDir, { bigint: true }).mtimeNs;

    // Two workers, so that two readers have the database open at once.
    const s = await serve(['--data', demo.dataDir, '--workers', '2', '--metrics'], {
      cwd,
      env: { WARNCHECK_MAX_EVENT_LOOP_DELAY_MS: '0', WARNCHECK_MAX_HEAP_MB: '0' },
    });
    try {
      const i = demo.inputs;
      const json = (input: string) =>
        fetch(`${s.url}/api/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input }) });
      const verdicts: string[] = [];
      for (const input of [i.genuine, i.revoked, i.revokedKey, i.mistyped, i.unknown, i.altered]) verdicts.push((await (await json(input)).json()).verdict);
      expect(verdicts[0]).toBe('genuine');
      expect(new Set(verdicts).size).toBeGreaterThan(2);
      const batch = await fetch(`${s.url}/api/v1/verify/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ items: [i.genuine, i.unknown, i.altered] }),
      });
      expect(batch.status).toBe(200);
      const form = await fetch(`${s.url}/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ input: i.genuine }).toString(),
      });
      expect(form.status).toBe(200);
      expect(await statementOf(s.url, i.genuine)).toMatch(/^ey/);
      const size = Number((await (await fetch(`${s.url}/log/checkpoint`)).text()).split('\n')[1]);
      const bits = rangeBits(size);
      for (let b = 0; b < Math.min(8, 2 ** bits); b++) expect((await fetch(`${s.url}/api/v1/range/${bits}/${bucketName(b, bits)}`)).status).toBe(200);
      for (const path of [
        '/',
        '/api',
        '/log/tile/0/000',
        '/log/tile/1/000.p/7',
        '/log/tile/entries/000',
        '/log/tile/entries/001',
        '/.well-known/jwks.json',
        '/.well-known/warncheck-trust.jws',
        '/readyz',
        '/metrics',
      ]) {
        expect((await fetch(`${s.url}${path}`)).status, path).toBe(200);
      }
      // Past one tick (new trust list or checkpoint looked for about once a second).
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      expect(await s.stop()).toBe(0);
    }
    expect(snapshot(demo.dataDir)).toEqual(before);
    expect(statSync(demo.dataDir, { bigint: true }).mtimeNs, 'a file was created or removed in the data directory').toBe(dirMtime);
  }, 120_000);
});
