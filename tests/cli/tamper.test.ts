// Tampering with the data or the published log: one byte changed in a stored statement, a log
// hash (tile), a checkpoint or an entry bundle, and a statement slipped in without the log. Each
// is caught, each with its own error code, by the CLI verifier or by a tlog client.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeHashHex, normalizeCode } from '../../src/core/code.js';
import { verifyInclusion, inclusionProof } from '../../src/core/tlog/merkle.js';
import { leafHash } from '../../src/core/tlog/hash.js';
import { openCheckpoint } from '../../src/core/tlog/policy.js';
import { decodeEntryBundle, entryBundlePath, tileNodeReader, tilePath } from '../../src/core/tlog/tiles.js';
import { run } from '../helpers/cli.js';

const T0 = Date.parse('2026-11-22T10:00:00Z');

describe('tamper detection', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-tamper-'));
  const keys = join(base, 'keys');
  const data = join(base, 'data');
  let genuine: string;
  let copies = 0;

  beforeAll(async () => {
    expect((await run(['demo', '--keys', keys, '--data', data, '--count', '30'], { now: T0 })).code).toBe(0);
    genuine = JSON.parse(readFileSync(join(keys, 'demo-inputs.json'), 'utf8')).genuine;
  });

  /** A copy of the data with `sql` run on it, triggers dropped first (as an attacker with the file would). */
  function tampered(sql: (db: Database.Database, idx: number) => void): string {
    const dir = join(base, `copy-${copies++}`);
    cpSync(data, dir, { recursive: true });
    const db = new Database(join(dir, 'warncheck.db'));
    for (const t of ['statements_no_update', 'log_hashes_no_update', 'checkpoints_no_update']) db.exec(`DROP TRIGGER ${t}`);
    const idx = db
      .prepare('SELECT idx FROM statements WHERE code_hash = ?')
      .pluck()
      .get(Buffer.from(codeHashHex(normalizeCode(genuine)!), 'hex')) as number;
    sql(db, idx);
    db.close();
    return dir;
  }

  function flipStored(db: Database.Database, get: string, set: string, args: number[]): void {
    const h = db
      .prepare(get)
      .pluck()
      .get(...args) as Buffer;
    h[0]! ^= 1;
    db.prepare(set).run(h, ...args);
  }

  const verify = (dir: string) =>
    run(['verify', '--data', dir, '--json', genuine], { now: T0 + 1000, env: { WARNCHECK_STATE: join(base, `state-${copies}.json`) } });

  it('untouched: genuine, with its inclusion proof', async () => {
    const r = await verify(data);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings[0].inclusion).toHaveLength(1);
  });

  /** Damage to the data is an error that names it, never a verdict (issue 12 item 7). */
  async function refusedAsCorrupt(dir: string): Promise<void> {
    const r = await verify(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('WC_DATA_CORRUPT');
  }

  it('one byte of the stored statement itself: WC_DATA_CORRUPT (its proof fails before its signature is read)', async () => {
    await refusedAsCorrupt(
      tampered((db, idx) => {
        const jws = db.prepare('SELECT jws FROM statements WHERE idx = ?').pluck().get(idx) as string;
        const i = jws.lastIndexOf('.') + 5;
        db.prepare('UPDATE statements SET jws = ? WHERE idx = ?').run(jws.slice(0, i) + (jws[i] === 'A' ? 'B' : 'A') + jws.slice(i + 1), idx);
      }),
    );
  });

  // The statement's own leaf is hashed from its bytes; its neighbours' stored leaf hashes are in
  // its proof. A stored hash is refused at start-up already: it no longer hashes up to the root.
  for (const [what, sql] of [
    [
      "the neighbouring statement's stored leaf hash (in the proof)",
      (db: Database.Database, idx: number) =>
        flipStored(db, 'SELECT hash FROM log_hashes WHERE level = 0 AND idx = ?', 'UPDATE log_hashes SET hash = ? WHERE level = 0 AND idx = ?', [idx ^ 1]),
    ],
    [
      'a level-2 subtree hash on the proof path',
      (db: Database.Database, idx: number) =>
        flipStored(db, 'SELECT hash FROM log_hashes WHERE level = 2 AND idx = ?', 'UPDATE log_hashes SET hash = ? WHERE level = 2 AND idx = ?', [
          (idx >> 2) ^ 1,
        ]),
    ],
    [
      'a level-4 subtree hash on the proof path',
      (db: Database.Database, idx: number) =>
        flipStored(db, 'SELECT hash FROM log_hashes WHERE level = 4 AND idx = ?', 'UPDATE log_hashes SET hash = ? WHERE level = 4 AND idx = ?', [
          (idx >> 4) ^ 1,
        ]),
    ],
    [
      'a level-4 subtree hash far from the proof path',
      (db: Database.Database, idx: number) =>
        flipStored(db, 'SELECT hash FROM log_hashes WHERE level = 4 AND idx = ?', 'UPDATE log_hashes SET hash = ? WHERE level = 4 AND idx = ?', [
          (idx >> 4) ^ 4,
        ]),
    ],
  ] as const) {
    it(`one byte of ${what}: WC_DATA_CORRUPT, no verdict`, async () => {
      await refusedAsCorrupt(tampered(sql));
    });
  }

  it("one byte of the neighbouring statement: not on this code's proof path (its stored leaf hash is), so this answer stays right", async () => {
    const dir = tampered((db, idx) => {
      const jws = db
        .prepare('SELECT jws FROM statements WHERE idx = ?')
        .pluck()
        .get(idx ^ 1) as string;
      db.prepare('UPDATE statements SET jws = ? WHERE idx = ?').run(jws.slice(0, -3) + (jws.at(-3) === 'A' ? 'B' : 'A') + jws.slice(-2), idx ^ 1);
    });
    const r = await verify(dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verdict).toBe('genuine');
  });

  it('one byte of the checkpoint: WC_NOTE_SIGNATURE_INVALID (refused before any verdict)', async () => {
    const dir = tampered((db) => {
      const { size, note } = db.prepare('SELECT size, note FROM checkpoints ORDER BY size DESC LIMIT 1').get() as { size: number; note: string };
      const lines = note.split('\n');
      lines[2] = (lines[2]![0] === 'A' ? 'B' : 'A') + lines[2]!.slice(1); // the root hash line
      db.prepare('UPDATE checkpoints SET note = ? WHERE size = ?').run(lines.join('\n'), size);
    });
    const r = await verify(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('WC_NOTE_SIGNATURE_INVALID');
  });

  it('a validly signed statement slipped in without the log: WC_LOG_MISSING', async () => {
    const dir = tampered((db, idx) => {
      const row = db.prepare('SELECT code_hash, bucket, kid, jws FROM statements WHERE idx = ?').get(idx) as {
        code_hash: Buffer;
        bucket: number;
        kid: string;
        jws: string;
      };
      const n = db.prepare('SELECT MAX(idx) + 1 FROM statements').pluck().get() as number;
      db.exec('DROP INDEX statements_warning_code');
      db.prepare("INSERT INTO statements (idx, code_hash, bucket, type, kid, jws) VALUES (?, ?, ?, 'warning', ?, ?)").run(
        n,
        row.code_hash,
        row.bucket,
        row.kid,
        row.jws,
      );
    });
    const r = await verify(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('WC_LOG_MISSING');
  });

  describe('published files, checked by a tlog client', () => {
    let out: string;
    let vkey: string;
    beforeAll(async () => {
      out = join(base, 'pub-site', 'log');
      expect((await run(['publish', '--data', data, '--out', join(base, 'pub-site')], { now: T0 })).code).toBe(0);
      vkey = JSON.parse((await run(['log', '--data', data, '--json'], { now: T0 })).stdout).vkey;
    });

    /** Check entry `index` of a published copy the way a client does; returns the error code, if any. */
    function client(dir: string, index: bigint): string | undefined {
      try {
        const cp = openCheckpoint(readFileSync(join(dir, 'checkpoint'), 'utf8'), { origin: vkey.split('+')[0]!, vkey });
        const bi = index / 256n;
        const width = cp.size - bi * 256n >= 256n ? 256 : Number(cp.size - bi * 256n);
        const entry = decodeEntryBundle(new Uint8Array(readFileSync(join(dir, entryBundlePath(bi, width)))), width)[Number(index % 256n)]!;
        const read = tileNodeReader(cp.size, (t) => new Uint8Array(readFileSync(join(dir, tilePath(t)))));
        verifyInclusion(index, cp.size, leafHash(entry), inclusionProof(index, cp.size, read), cp.rootHash);
        return undefined;
      } catch (e) {
        return (e as { code?: string }).code ?? String(e);
      }
    }

    function flip(file: string, at: number): string {
      const dir = join(base, `pub-${copies++}`);
      cpSync(out, dir, { recursive: true });
      const b = readFileSync(join(dir, file));
      b[at]! ^= 1;
      writeFileSync(join(dir, file), b);
      return dir;
    }

    it('untouched files verify', () => {
      expect(client(out, 3n)).toBeUndefined();
    });
    it('one byte of a hash tile: WC_LOG_PROOF_INVALID', () => {
      expect(client(flip(tilePath({ level: 0, index: 0n, width: 256 }), 32 * 2 + 5), 3n)).toBe('WC_LOG_PROOF_INVALID');
    });
    it('one byte of an entry bundle: WC_LOG_PROOF_INVALID (the entry no longer hashes to its leaf)', () => {
      expect(client(flip(entryBundlePath(0n), 2 + 10), 0n)).toBe('WC_LOG_PROOF_INVALID');
    });
    it('one byte of the checkpoint: WC_NOTE_SIGNATURE_INVALID', () => {
      const note = readFileSync(join(out, 'checkpoint'), 'utf8');
      expect(client(flip('checkpoint', note.indexOf('\n') + 1), 3n)).toBe('WC_NOTE_SIGNATURE_INVALID');
    });
  });
});
