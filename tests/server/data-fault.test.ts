// Damage to the server's own data found while answering: 503 with WC_DATA_CORRUPT on every route that
// reads it, one line for the operator (never the input), and no verdict (issue 12 item 7).
import { bucketName, bucketOfHex, rangeBits } from '../../src/core/range.js';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeHashHex, normalizeCode } from '../../src/core/code.js';
import { makeDemo } from '../../src/demo/ensure.js';
import { buildApp } from '../../src/server/app.js';
import { loadData } from '../../src/service/load.js';
import type { DemoInputs } from '../../src/service/types.js';
import { FORM, form, JSON_CT } from '../helpers/server.js';
import { serve, waitForOutput } from '../helpers/spawn.js';

describe('a statement damaged on disk, found while answering', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-fault-'));
  const lines: string[] = [];
  let inputs: DemoInputs;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let data: ReturnType<typeof loadData>;

  beforeAll(async () => {
    inputs = await makeDemo({ keysDir: join(base, 'keys'), dataDir: join(base, 'data'), now: Date.now(), perTemplate: 20 });
    const dir = join(base, 'copy');
    cpSync(join(base, 'data'), dir, { recursive: true });
    // One byte of the genuine code's own statement (not of a stored hash: start-up checks those).
    // Start-up does not read statements, so the server starts; the first answer that proves it
    // finds the damage.
    const db = new Database(join(dir, 'warncheck.db'));
    db.exec('DROP TRIGGER statements_no_update');
    const idx = db
      .prepare('SELECT idx FROM statements WHERE code_hash = ?')
      .pluck()
      .get(Buffer.from(codeHashHex(normalizeCode(inputs.genuine)!), 'hex')) as number;
    const jws = db.prepare('SELECT jws FROM statements WHERE idx = ?').pluck().get(idx) as string;
    db.prepare('UPDATE statements SET jws = ? WHERE idx = ?').run(jws.slice(0, -3) + (jws.at(-3) === 'A' ? 'B' : 'A') + jws.slice(-2), idx);
    db.close();
    data = loadData(dir, { now: Date.now, onDataFault: (l) => lines.push(l) });
    app = await buildApp({ data });
  });
  afterAll(async () => {
    await app.close();
    data.close();
  });

  it('the API answers 503 WC_DATA_CORRUPT, not a verdict', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: inputs.genuine }) });
    expect(r.statusCode).toBe(503);
    expect(r.json().error.code).toBe('WC_DATA_CORRUPT');
    expect(r.body).not.toContain('forged');
  });

  it('the form answers a 503 page, and the range look-up a 503', async () => {
    const p = await app.inject({ method: 'POST', url: '/verify', headers: FORM, payload: form({ input: inputs.genuine }) });
    expect(p.statusCode).toBe(503);
    expect(p.body).toContain('WC_DATA_CORRUPT');
    const hex = codeHashHex(normalizeCode(inputs.genuine)!);
    const bits = rangeBits(Number(data.log.checkpoint().size));
    const g = await app.inject(`/api/v1/range/${bits}/${bucketName(bucketOfHex(hex, bits), bits)}`);
    expect(g.statusCode).toBe(503);
    expect(g.json().error.code).toBe('WC_DATA_CORRUPT');
  });

  it('an answer the damage does not touch is still right', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: inputs.unknown }) });
    expect(r.statusCode).toBe(200);
    expect(r.json().verdict).toBe('unknown');
  });

  it('each fault is told to the operator, without the input', () => {
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) {
      expect(l).toMatch(/^WC_DATA_CORRUPT /);
      expect(l).not.toContain(normalizeCode(inputs.genuine)!.slice(2, 8));
    }
  });
});

describe('a log hash damaged on disk, found by the start-up check that runs between answers', () => {
  it('the server starts, then every answer and /readyz are 503 WC_DATA_CORRUPT, and the operator is told', async () => {
    const base = mkdtempSync(join(tmpdir(), 'wc-fault-tree-'));
    const inputs = await makeDemo({ keysDir: join(base, 'keys'), dataDir: join(base, 'data'), now: Date.now(), perTemplate: 20 });
    const db = new Database(join(base, 'data', 'warncheck.db'));
    db.exec('DROP TRIGGER log_hashes_no_update');
    // A level-4 hash no proof of the genuine code reads: only the tree check can find it.
    const idx = db
      .prepare('SELECT idx FROM statements WHERE code_hash = ?')
      .pluck()
      .get(Buffer.from(codeHashHex(normalizeCode(inputs.genuine)!), 'hex')) as number;
    const far = ((idx >> 4) ^ 4) & ~1;
    const h = db.prepare('SELECT hash FROM log_hashes WHERE level = 4 AND idx = ?').pluck().get(far) as Buffer;
    h[7]! ^= 0x10;
    db.prepare('UPDATE log_hashes SET hash = ? WHERE level = 4 AND idx = ?').run(h, far);
    db.close();
    const lines: string[] = [];
    // Loaded as the server loads (the check deferred): no error yet.
    const data = loadData(join(base, 'data'), { now: Date.now, deferTreeCheck: true, onDataFault: (l) => lines.push(l) });
    const app = await buildApp({ data });
    try {
      await expect(data.treeChecked).rejects.toMatchObject({ code: 'WC_DATA_CORRUPT' });
      expect(lines).toEqual([expect.stringMatching(/^WC_DATA_CORRUPT stored log hash 4\/\d+ is not the hash of its children/)]);
      for (const input of [inputs.genuine, inputs.unknown]) {
        const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input }) });
        expect(r.statusCode).toBe(503);
        expect(r.json().error.code).toBe('WC_DATA_CORRUPT');
      }
      const ready = await app.inject('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.json().error.code).toBe('WC_DATA_CORRUPT');
      // Loaded as the CLI loads (checked before the first answer): refused at once.
      expect(() => loadData(join(base, 'data'), { now: Date.now })).toThrow(expect.objectContaining({ code: 'WC_DATA_CORRUPT' }));
    } finally {
      await app.close();
      data.close();
    }
  });
});

describe('warncheck serve (real process) on a damaged log hash', () => {
  it('starts, tells the operator on stderr with a time and without input, and answers 503 from then on', async () => {
    const base = mkdtempSync(join(tmpdir(), 'wc-fault-serve-'));
    const inputs = await makeDemo({ keysDir: join(base, 'keys'), dataDir: join(base, 'data'), now: Date.now(), perTemplate: 20 });
    const db = new Database(join(base, 'data', 'warncheck.db'));
    db.exec('DROP TRIGGER log_hashes_no_update');
    db.prepare('UPDATE log_hashes SET hash = zeroblob(32) WHERE level = 4 AND idx = 2').run();
    db.close();
    const s = await serve(['--data', join(base, 'data')], { cwd: base, env: { WARNCHECK_ACCESS_LOG: 'off' } });
    try {
      const out = await waitForOutput(s.output, /data fault: /);
      expect(out).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z data fault: WC_DATA_CORRUPT stored log hash 4\/2 /m);
      expect(out).not.toContain(inputs.genuine);
      expect((await fetch(`${s.url}/readyz`)).status).toBe(503);
      const r = await fetch(`${s.url}/api/v1/verify`, { method: 'POST', headers: JSON_CT, body: JSON.stringify({ input: inputs.genuine }) });
      expect(r.status).toBe(503);
      expect(((await r.json()) as { error: { code: string } }).error.code).toBe('WC_DATA_CORRUPT');
    } finally {
      await s.stop();
    }
  }, 60_000);
});
