import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { LevelCache, nodeCacheLevel, openSqliteStore, READ_CACHE_KIB, SCHEMA_VERSION, spillPragma } from '../../src/store/sqlite.js';
import { bucketOf } from '../../src/store/types.js';
import { runAppendWriterContract, runLogContract, runStoreContract } from './contract.js';

const file = () => join(mkdtempSync(join(tmpdir(), 'wc-store-')), 'warncheck.db');

describe('sqlite store', () => {
  runStoreContract(() => openSqliteStore(file(), { create: true }));
  runAppendWriterContract(() => openSqliteStore(file(), { create: true }));
  runLogContract(() => openSqliteStore(file(), { create: true }));

  it('uses a rollback journal (readers write nothing) and STRICT tables, and refuses UPDATE and DELETE (append-only)', () => {
    const s = openSqliteStore(file(), { create: true });
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('delete');
    const sql = s.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'statements'").pluck().get() as string;
    expect(sql).toMatch(/STRICT/);
    s.appendStatements([{ codeHash: new Uint8Array(32), type: 'warning', kid: 'k', jws: 'x' }]);
    expect(() => s.db.prepare("UPDATE statements SET jws = 'y'").run()).toThrow(/append-only/);
    expect(() => s.db.prepare('DELETE FROM statements').run()).toThrow(/append-only/);
    s.close();
  });

  it('a WAL database (an older warncheck) is switched to the rollback journal by the next writer; then a reader leaves no -wal or -shm', async () => {
    const { existsSync } = await import('node:fs');
    const f = file();
    const s = openSqliteStore(f, { create: true });
    s.db.pragma('journal_mode = WAL');
    s.appendStatements([{ codeHash: new Uint8Array(32), type: 'warning', kid: 'k', jws: 'x' }]);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    s.close();
    const w = openSqliteStore(f, {});
    expect(w.db.pragma('journal_mode', { simple: true })).toBe('delete');
    w.close();
    const r = openSqliteStore(f, { readonly: true });
    expect(r.count()).toBe(1);
    expect(existsSync(`${f}-wal`) || existsSync(`${f}-shm`)).toBe(false);
    r.close();
    expect(existsSync(`${f}-wal`) || existsSync(`${f}-shm`)).toBe(false);
  });

  it('reopens with its data, and read-only readers never create a database', () => {
    const f = file();
    const s = openSqliteStore(f, { create: true });
    s.appendStatements([{ codeHash: new Uint8Array(32), type: 'warning', kid: 'k', jws: 'x' }]);
    s.close();
    const r = openSqliteStore(f, { readonly: true });
    expect(r.count()).toBe(1);
    // A serving connection's page cache is READ_CACHE_KIB, not better-sqlite3's 16 MiB (RSS per worker).
    expect(r.db.pragma('cache_size', { simple: true })).toBe(-READ_CACHE_KIB);
    r.close();
    const w = openSqliteStore(f, {});
    expect(w.db.pragma('cache_size', { simple: true })).not.toBe(-READ_CACHE_KIB);
    w.close();
    expect(() => openSqliteStore(f + '.missing', { readonly: true })).toThrow(expect.objectContaining({ code: 'WC_DATA_MISSING' }));
  });

  it('checkTree finds one altered stored hash at any level, from any start that covers it', async () => {
    const { runToEnd } = await import('../../src/store/log.js');
    for (const [level, index] of [
      [0, 40],
      [1, 30],
      [3, 5],
      [4, 3],
      [5, 6],
      [6, 2],
      [8, 1],
    ] as const) {
      const f = file();
      const s = openSqliteStore(f, { create: true });
      s.setCheckpointSigner(() => 'signed');
      for (let n = 0; n < 1200; n += 100)
        s.appendStatements(Array.from({ length: 100 }, (_, j) => ({ codeHash: null, type: 'warning' as const, kid: 'k', jws: `s-${n + j}` })));
      runToEnd(s.checkTree(0, 1200));
      s.db.exec('DROP TRIGGER log_hashes_no_update');
      s.db.prepare('UPDATE log_hashes SET hash = zeroblob(32) WHERE level = ? AND idx = ?').run(level, index);
      const covers = index * 2 ** level; // its first leaf
      for (const from of [0, 1, 17, covers - 1, covers]) {
        expect(() => runToEnd(s.checkTree(Math.max(0, from), 1200)), `${level}/${index} from ${from}`).toThrow(
          expect.objectContaining({ code: 'WC_DATA_CORRUPT' }),
        );
      }
      // A start past its parent's leaves does not read it.
      runToEnd(s.checkTree((index + 2) * 2 ** (level + 1), 1200));
      s.close();
    }
  });

  it('says a file that is not a warncheck database is corrupt', () => {
    const f = file();
    writeFileSync(f, 'not sqlite at all, just text '.repeat(100));
    expect(() => openSqliteStore(f)).toThrow(expect.objectContaining({ code: 'WC_DATA_CORRUPT' }));
  });
});

describe('sqlite migrations', () => {
  it('a version-1 database (statements, no log) gains the log over its statements, in their order', async () => {
    const { leafHash } = await import('../../src/core/tlog/hash.js');
    const { treeHash, treeRoot } = await import('../../src/core/tlog/merkle.js');
    const { utf8Encode } = await import('../../src/core/bytes.js');
    const Database = (await import('better-sqlite3')).default;
    const f = file();
    // Exactly what migration 1 made before the log existed.
    const db = new Database(f);
    db.exec(`CREATE TABLE statements (idx INTEGER PRIMARY KEY, code_hash BLOB, bucket INTEGER, type TEXT NOT NULL CHECK (type IN ('warning', 'revocation')), kid TEXT NOT NULL, jws TEXT NOT NULL) STRICT;
      CREATE INDEX statements_code_hash ON statements(code_hash);
      CREATE INDEX statements_bucket ON statements(bucket);
      CREATE UNIQUE INDEX statements_warning_code ON statements(code_hash) WHERE type = 'warning';
      CREATE TRIGGER statements_no_update BEFORE UPDATE ON statements BEGIN SELECT RAISE(ABORT, 'append-only'); END;
      CREATE TABLE trust_lists (version INTEGER PRIMARY KEY, jws TEXT NOT NULL) STRICT;`);
    const ins = db.prepare("INSERT INTO statements (idx, code_hash, bucket, type, kid, jws) VALUES (?, NULL, NULL, 'warning', 'k', ?)");
    for (let i = 0; i < 40; i++) ins.run(i, `old-${i}`);
    db.pragma('user_version = 1');
    db.close();
    const s = openSqliteStore(f);
    const leaves = Array.from({ length: 40 }, (_, i) => leafHash(utf8Encode(`old-${i}`)));
    expect(Buffer.from(treeRoot(40, (l, i) => s.logHash(l, Number(i))!)).toString('hex')).toBe(Buffer.from(treeHash(leaves)).toString('hex'));
    // Still append-only after the migration.
    expect(() => (s as unknown as { db: InstanceType<typeof Database> }).db.prepare("UPDATE statements SET jws = 'x' WHERE idx = 0").run()).toThrow(
      /append-only/,
    );
    s.close();
  });
});

describe('sqlite spill threshold', () => {
  // SQLite also reads `cache_spill = N` as a boolean through an 8-bit cast: a multiple of 256
  // (64 MiB of 4 KiB pages) silently turned spilling off, and a big sync kept every page in memory.
  it.each([512, 1024, 4096, 8192, 65536])('spills after about 64 MiB with %i-byte pages (the pragma is not read as OFF)', (pageSize) => {
    const db = new Database(':memory:');
    try {
      db.pragma(`page_size = ${pageSize}`);
      db.exec('CREATE TABLE t (x)'); // the page size takes effect with the first table
      db.pragma(spillPragma(pageSize));
      const pages = db.pragma('cache_spill', { simple: true }) as number;
      expect(pages * pageSize).toBeGreaterThanOrEqual(64 * 2 ** 20);
      expect(pages * pageSize).toBeLessThanOrEqual(64 * 2 ** 20 + pageSize);
    } finally {
      db.close();
    }
  });
});

// A version-4 database as warncheck made it before migration 5: the bucket index without the code hash.
function toVersion4(db: import('better-sqlite3').Database): void {
  db.exec(`DROP INDEX statements_bucket_hash;
    CREATE INDEX statements_bucket ON statements(bucket);`);
  db.pragma('user_version = 4');
}

describe('sqlite migration 5 (the bucket index carries the code hash)', () => {
  // Statements with code hashes (some sharing a bucket, a revocation under a warning's hash, and
  // statements with no code hash), as issue and revoke store them.
  const hashOf = (n: number): Buffer => {
    const h = Buffer.alloc(32, n % 251);
    h.writeUInt32BE(n % 7 === 0 ? 0xabcde000 : Math.imul(n, 2654435761) >>> 0, 0); // every 7th in one 20-bit bucket
    return h;
  };
  const build = (size: number): string => {
    const f = file();
    const s = openSqliteStore(f, { create: true });
    s.setCheckpointSigner((n, root) => `origin\n${n}\n${Buffer.from(root).toString('base64')}\n`);
    s.appendStatements(
      Array.from({ length: size }, (_, n) =>
        n % 10 === 9
          ? { codeHash: n % 20 === 9 ? hashOf(n - 1) : null, type: 'revocation' as const, kid: 'k', jws: `rev-${n}` }
          : { codeHash: hashOf(n), type: 'warning' as const, kid: 'k', jws: `st-${n}` },
      ),
    );
    s.close();
    return f;
  };
  // Every look-up answers read: by each code hash (both paths), by bucket at every coarseness.
  const lookups = (f: string, size: number): string => {
    const s = openSqliteStore(f, { readonly: true });
    const out: unknown[] = [];
    for (let n = 0; n < size + 5; n++) out.push(s.entries(hashOf(n)));
    for (const bits of [0, 4, 20]) {
      const shift = 20 - bits;
      for (const b of new Set(Array.from({ length: size }, (_, n) => bucketOf(hashOf(n)) >> shift)))
        out.push(s.byBucket(b << shift, 1 << shift).map((r) => [r.index, Buffer.from(r.codeHash).toString('hex'), r.jws]));
    }
    s.close();
    return JSON.stringify(out);
  };

  it('a version-4 database is refused by readers, and upgraded by a writer to the same look-up answers as a fresh one, through the covering index', () => {
    const size = 300;
    const f = build(size);
    const fresh = lookups(f, size);
    expect(fresh).toContain(`"type":"revocation","jws":"rev-29"`); // a revocation found under its warning's code hash
    const db = new Database(f);
    toVersion4(db);
    db.close();
    expect(() => openSqliteStore(f, { readonly: true })).toThrow(
      expect.objectContaining({ code: 'WC_DATA_CORRUPT', detail: expect.stringMatching(/older warncheck/) }),
    );
    openSqliteStore(f).close(); // what an issuer command (or sync) does first
    expect(lookups(f, size)).toBe(fresh);
    const s = openSqliteStore(f, { readonly: true });
    expect(s.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const indexes = s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'statements' ORDER BY name").pluck().all();
    expect(indexes).toEqual(['statements_bucket_hash', 'statements_code_hash', 'statements_warning_code']);
    // The second path reads the bucket index alone, never a table row.
    const plan = s.db.prepare('EXPLAIN QUERY PLAN SELECT idx, code_hash FROM statements INDEXED BY statements_bucket_hash WHERE bucket = ?').all(1) as Array<{
      detail: string;
    }>;
    expect(plan.map((p) => p.detail).join()).toMatch(/COVERING INDEX statements_bucket_hash/);
    s.close();
  });

  it("a statement row whose code hash is not its index entries' is WC_DATA_CORRUPT, never an answer", () => {
    const f = build(50);
    const db = new Database(f);
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const tablePages = new Set(db.prepare("SELECT pageno FROM dbstat WHERE name = 'statements'").pluck().all() as number[]);
    db.close();
    // One byte of one row's code hash, in the table's own pages (the indexes keep the hash as it was).
    const bytes = readFileSync(f);
    const target = hashOf(3);
    let at = -1;
    for (let p = bytes.indexOf(target); p >= 0 && at < 0; p = bytes.indexOf(target, p + 1)) if (tablePages.has(Math.floor(p / pageSize) + 1)) at = p;
    expect(at).toBeGreaterThan(0);
    bytes[at + 31]! ^= 0x10;
    writeFileSync(f, bytes);
    const s = openSqliteStore(f, { readonly: true });
    expect(() => s.entries(target)).toThrow(expect.objectContaining({ code: 'WC_DATA_CORRUPT' }));
    expect(s.entries(hashOf(4)).map((e) => e.jws)).toEqual(['st-4']); // the other rows still answer
    s.close();
  });
});

describe('sqlite migration 4 (leaf hashes and levels 1–3 stored)', () => {
  // A version-3 database as warncheck made it before migration 4: log_hashes from level 4 up only
  // (and the bucket index of before migration 5).
  const toVersion3 = (db: import('better-sqlite3').Database): void => {
    toVersion4(db);
    db.exec(`CREATE TABLE log_hashes_v3 (level INTEGER NOT NULL CHECK (level >= 4), idx INTEGER NOT NULL, hash BLOB NOT NULL CHECK (length(hash) = 32), PRIMARY KEY (level, idx)) STRICT, WITHOUT ROWID;
      INSERT INTO log_hashes_v3 SELECT level, idx, hash FROM log_hashes WHERE level >= 4;
      DROP TABLE log_hashes;
      ALTER TABLE log_hashes_v3 RENAME TO log_hashes;
      CREATE TRIGGER log_hashes_no_update BEFORE UPDATE ON log_hashes BEGIN SELECT RAISE(ABORT, 'append-only'); END;
      CREATE TRIGGER log_hashes_no_delete BEFORE DELETE ON log_hashes BEGIN SELECT RAISE(ABORT, 'append-only'); END;`);
    db.pragma('user_version = 3');
  };
  const build = (size: number): string => {
    const f = file();
    const s = openSqliteStore(f, { create: true });
    s.setCheckpointSigner((n, root) => `origin\n${n}\n${Buffer.from(root).toString('base64')}\n`);
    for (let n = 0; n < size; n += 97)
      s.appendStatements(
        Array.from({ length: Math.min(97, size - n) }, (_, j) => ({ codeHash: null, type: 'warning' as const, kid: 'k', jws: `st-${n + j}` })),
      );
    s.close();
    return f;
  };
  // Everything a reader serves from the log: checkpoint, every full and partial tile, every proof.
  const served = async (f: string, size: number): Promise<string[]> => {
    const { inclusionProof } = await import('../../src/core/tlog/merkle.js');
    const s = openSqliteStore(f, { readonly: true });
    const out = [JSON.stringify(s.latestCheckpoint())];
    for (let level = 0; 256 ** level <= size; level++) {
      const hashes = Math.floor(size / 256 ** level);
      for (let t = 0; t * 256 < hashes; t++) out.push(Buffer.from(s.logTile(level, t, Math.min(256, hashes - t * 256))!).toString('hex'));
    }
    for (let i = 0; i < size; i++)
      out.push(
        inclusionProof(i, BigInt(size), (l, n) => s.logHash(l, Number(n))!)
          .map((h) => Buffer.from(h).toString('hex'))
          .join(),
      );
    s.close();
    return out;
  };

  it('an older database is refused by readers, and upgraded by a writer to byte-identical checkpoints, tiles and proofs', async () => {
    const Database = (await import('better-sqlite3')).default;
    const size = 700;
    const f = build(size);
    const before = await served(f, size);
    const db = new Database(f);
    toVersion3(db);
    expect(db.prepare('SELECT count(*) FROM log_hashes WHERE level < 4').pluck().get()).toBe(0);
    db.close();
    expect(() => openSqliteStore(f, { readonly: true })).toThrow(
      expect.objectContaining({ code: 'WC_DATA_CORRUPT', detail: expect.stringMatching(/older warncheck/) }),
    );
    openSqliteStore(f).close(); // what an issuer command does first
    expect(await served(f, size)).toEqual(before);
    const s = openSqliteStore(f);
    expect(s.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    // Still append-only, and appends after the upgrade extend the same tree.
    expect(() => s.db.prepare('DELETE FROM log_hashes WHERE level = 0').run()).toThrow(/append-only/);
    s.setCheckpointSigner((n, root) => `origin\n${n}\n${Buffer.from(root).toString('base64')}\n`);
    s.appendStatements([{ codeHash: null, type: 'warning', kid: 'k', jws: `st-${size}` }]);
    s.close();
    const fresh = build(size + 1);
    expect(await served(f, size + 1)).toEqual(await served(fresh, size + 1));
  });

  it('an older database whose stored hashes are not those of its statements is not upgraded (WC_DATA_CORRUPT, left as it was)', async () => {
    const Database = (await import('better-sqlite3')).default;
    for (const damage of ['UPDATE log_hashes SET hash = zeroblob(32) WHERE level = 5 AND idx = 3', 'INSERT INTO log_hashes VALUES (4, 999, zeroblob(32))']) {
      const f = build(300);
      const db = new Database(f);
      toVersion3(db);
      db.exec('DROP TRIGGER log_hashes_no_update');
      db.exec(damage);
      db.close();
      expect(() => openSqliteStore(f), damage).toThrow(expect.objectContaining({ code: 'WC_DATA_CORRUPT' }));
      const after = new Database(f, { readonly: true });
      expect(after.pragma('user_version', { simple: true })).toBe(3);
      after.close();
    }
  });
});

describe('sqlite proof-node cache', () => {
  // The levels remembered are the lowest from which every level up fits in the bound (50,000
  // nodes): a log of any size keeps its upper tree in memory, never more than the bound.
  it.each([0, 1, 1000, 25_000, 25_001, 200_000, 1_000_000, 10_000_000, 2 ** 40])(
    'a log of %i statements: every level from the lowest remembered up fits, one level lower would not',
    (size) => {
      const level = nodeCacheLevel(size);
      const nodesFrom = (l: number) => (2 * size) / 2 ** l;
      expect(nodesFrom(level)).toBeLessThanOrEqual(50_000);
      if (level > 0) expect(nodesFrom(level - 1)).toBeGreaterThan(50_000);
    },
  );
  it('10M statements: from level 9; 200,000: from level 3', () => {
    expect(nodeCacheLevel(10_000_000)).toBe(9);
    expect(nodeCacheLevel(200_000)).toBe(3);
  });
  it("LevelCache: what was set reads back (a copy), nothing past a level's room, and dropped levels are gone", () => {
    const c = new LevelCache();
    const h = (n: number) => new Uint8Array(32).fill(n);
    const src = h(7);
    c.set(9, 100, src, 200);
    src.fill(0); // the cache holds its own copy
    expect([...c.get(9, 100)!]).toEqual([...h(7)]);
    expect(c.get(9, 99)).toBeUndefined();
    expect(c.get(9, 1000)).toBeUndefined();
    c.set(9, 200, h(1), 200); // past the level's room: not kept
    expect(c.get(9, 200)).toBeUndefined();
    c.set(3, 5, h(2), 10);
    c.set(3, 9, h(3), 10);
    expect([...c.get(3, 5)!, ...c.get(3, 9)!]).toEqual([...h(2), ...h(3)]);
    expect(c.bytes).toBe(33 * 10 + 33 * 101); // grown to the index asked for, at most the room
    c.dropBelow(4);
    expect(c.get(3, 5)).toBeUndefined();
    expect([...c.get(9, 100)!]).toEqual([...h(7)]);
    expect(c.bytes).toBe(33 * 101);
  });
});
