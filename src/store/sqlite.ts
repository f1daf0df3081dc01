/**
 * SQLite store (better-sqlite3): rollback journal (not WAL, see below), synchronous=FULL, STRICT
 * tables, numbered migrations in `PRAGMA user_version`, one transaction per appended batch — a
 * crash leaves the whole batch or none of it. The database file lives in the data directory and
 * holds no private key and no code.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { fail, isWarncheckError } from '../core/errors.js';
import { TILE_HEIGHT, TILE_WIDTH } from '../core/tlog/tiles.js';
import { checkStoredTree, leafHashOf, TreeAppender } from './log.js';
import { bucketOf, type CheckpointSigner, type StatementRow, type Store, type StoredEntry } from './types.js';

export const DB_FILE = 'warncheck.db';

type Migration = string | ((db: Database.Database) => void);

const NODE_CACHE_MAX = 50_000;
/** The page cache of a read-only connection, in KiB (see openSqliteStore). */
export const READ_CACHE_KIB = 4096;
/**
 * Lowest tree level whose hashes readNode remembers, for a log of `size` statements: the lowest
 * from which every level up fits in NODE_CACHE_MAX (a level holds size / 2^level nodes, all the
 * levels above as many again). Every proof passes through the upper nodes; a lower one is on the
 * path of one in 2^level statements, and a level that does not fit would only churn the cache and
 * push the upper ones out. 10M statements: level 9 (~39,000 nodes); 200,000: level 3.
 */
export function nodeCacheLevel(size: number): number {
  let level = 0;
  while ((2 * size) / 2 ** level > NODE_CACHE_MAX) level++;
  return level;
}

/**
 * Remembered subtree hashes (readNode), per level: 32 bytes a node in one buffer and a byte that
 * says it is known. At 10M statements the ~39,000 nodes from level 9 up, as a Map of the Buffers
 * SQLite returns, held 8.6 MB of heap and 1.2 MB outside it (measured): here ~1.3 MB, and no
 * object per node for the GC to trace. Bounded: a level holds at most `room` nodes (its count in
 * the tree the caller knows), and the caller keeps only levels whose nodes all fit in NODE_CACHE_MAX.
 */
export class LevelCache {
  private readonly levels: Array<{ hashes: Buffer; known: Uint8Array } | undefined> = [];

  get(level: number, index: number): Buffer | undefined {
    const l = this.levels[level];
    return l !== undefined && index < l.known.length && l.known[index] === 1 ? l.hashes.subarray(32 * index, 32 * index + 32) : undefined;
  }

  set(level: number, index: number, hash: Uint8Array, room: number): void {
    if (index >= room || hash.length !== 32) return;
    let l = this.levels[level];
    if (l === undefined || index >= l.known.length) {
      const n = Math.min(room, Math.max(index + 1, 2 * (l?.known.length ?? 0), 64));
      const grown = { hashes: Buffer.alloc(32 * n), known: new Uint8Array(n) };
      if (l) {
        grown.hashes.set(l.hashes);
        grown.known.set(l.known);
      }
      this.levels[level] = l = grown;
    }
    l.hashes.set(hash, 32 * index);
    l.known[index] = 1;
  }

  /** Forget the levels below `level` (the tree grew: they are no longer remembered). */
  dropBelow(level: number): void {
    for (let i = 0; i < Math.min(level, this.levels.length); i++) this.levels[i] = undefined;
  }

  /** Bytes held (tests). */
  get bytes(): number {
    return this.levels.reduce((n, l) => n + (l ? l.hashes.length + l.known.length : 0), 0);
  }
}

/**
 * `cache_spill = N` pages for 64 MiB. SQLite reads the same value as a boolean through an 8-bit
 * cast, so any multiple of 256 (64 MiB of 4 KiB pages is 16,384) turns spilling OFF altogether and
 * a big transaction keeps every dirty page in memory (a 10M-statement sync grew past 4 GB,
 * measured): one page more keeps the low byte non-zero.
 */
export function spillPragma(pageSize: number): string {
  const pages = Math.ceil((64 * 2 ** 20) / pageSize);
  return `cache_spill = ${pages % 256 === 0 ? pages + 1 : pages}`;
}

const MIGRATIONS: Migration[] = [
  // 1: statements in log order; the code hash is indexed for lookups and unique among warnings.
  `CREATE TABLE statements (
     idx INTEGER PRIMARY KEY,
     code_hash BLOB,
     bucket INTEGER,
     type TEXT NOT NULL CHECK (type IN ('warning', 'revocation')),
     kid TEXT NOT NULL,
     jws TEXT NOT NULL
   ) STRICT;
   CREATE INDEX statements_code_hash ON statements(code_hash);
   CREATE INDEX statements_bucket ON statements(bucket);
   CREATE UNIQUE INDEX statements_warning_code ON statements(code_hash) WHERE type = 'warning';
   CREATE TRIGGER statements_no_update BEFORE UPDATE ON statements BEGIN SELECT RAISE(ABORT, 'append-only'); END;
   CREATE TRIGGER statements_no_delete BEFORE DELETE ON statements BEGIN SELECT RAISE(ABORT, 'append-only'); END;
   CREATE TABLE trust_lists (
     version INTEGER PRIMARY KEY,
     jws TEXT NOT NULL
   ) STRICT;`,
  // 2: the Merkle log (docs/LOG.md §11): subtree hashes from level 4 up and the signed
  // checkpoints, append-only. Leaves and levels 1–3 were recomputed from the statements (until 4).
  (db) => {
    db.exec(`CREATE TABLE log_hashes (
       level INTEGER NOT NULL CHECK (level >= 4),
       idx INTEGER NOT NULL,
       hash BLOB NOT NULL CHECK (length(hash) = 32),
       PRIMARY KEY (level, idx)
     ) STRICT, WITHOUT ROWID;
     CREATE TRIGGER log_hashes_no_update BEFORE UPDATE ON log_hashes BEGIN SELECT RAISE(ABORT, 'append-only'); END;
     CREATE TRIGGER log_hashes_no_delete BEFORE DELETE ON log_hashes BEGIN SELECT RAISE(ABORT, 'append-only'); END;
     CREATE TABLE checkpoints (
       size INTEGER PRIMARY KEY,
       note TEXT NOT NULL
     ) STRICT;
     CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints BEGIN SELECT RAISE(ABORT, 'append-only'); END;
     CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints BEGIN SELECT RAISE(ABORT, 'append-only'); END;`);
    // Statements stored before the log existed enter it in their order (signed at the next append).
    const put = db.prepare('INSERT INTO log_hashes (level, idx, hash) VALUES (?, ?, ?)');
    const tree = TreeAppender.resume(0, () => new Uint8Array());
    // In pages: better-sqlite3 runs no other statement while an iterator is open.
    const page = db.prepare('SELECT jws FROM statements WHERE idx >= ? ORDER BY idx LIMIT 10000').pluck();
    for (let rows = page.all(0) as string[]; rows.length > 0; rows = page.all(tree.size) as string[])
      for (const jws of rows) tree.appendLeaf(leafHashOf(jws), (l, i, h) => void (l >= 4 && put.run(l, i, h)));
  },
  // 3: witness cosignatures, one signature line per row, kept apart from the log-signed note.
  `CREATE TABLE cosignatures (
     size INTEGER NOT NULL,
     line TEXT NOT NULL,
     PRIMARY KEY (size, line)
   ) STRICT, WITHOUT ROWID;
   CREATE TRIGGER cosignatures_no_update BEFORE UPDATE ON cosignatures BEGIN SELECT RAISE(ABORT, 'append-only'); END;
   CREATE TRIGGER cosignatures_no_delete BEFORE DELETE ON cosignatures BEGIN SELECT RAISE(ABORT, 'append-only'); END;`,
  // 4: leaf hashes and levels 1–3 stored too, so an inclusion proof reads one 32-byte hash per
  // level by key instead of 16 statements hashed (docs/LOG.md §11). The table is rebuilt (its
  // CHECK changes) from the statements; every level-4+ hash it held must equal the recomputed one.
  (db) => {
    db.exec(`CREATE TABLE log_hashes_new (
       level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 63),
       idx INTEGER NOT NULL,
       hash BLOB NOT NULL CHECK (length(hash) = 32),
       PRIMARY KEY (level, idx)
     ) STRICT, WITHOUT ROWID;`);
    const put = db.prepare('INSERT INTO log_hashes_new (level, idx, hash) VALUES (?, ?, ?)');
    const old = db.prepare('SELECT hash FROM log_hashes WHERE level = ? AND idx = ?').pluck();
    let upper = 0;
    const tree = TreeAppender.resume(0, () => new Uint8Array());
    const page = db.prepare('SELECT jws FROM statements WHERE idx >= ? ORDER BY idx LIMIT 10000').pluck();
    for (let rows = page.all(0) as string[]; rows.length > 0; rows = page.all(tree.size) as string[])
      for (const jws of rows)
        tree.appendLeaf(leafHashOf(jws), (l, i, h) => {
          if (l >= 4) {
            upper++;
            if (!(old.get(l, i) as Buffer | undefined)?.equals(h)) fail('WC_DATA_CORRUPT', 'the stored log hashes are not those of the statements');
          }
          put.run(l, i, h);
        });
    if (db.prepare('SELECT count(*) FROM log_hashes').pluck().get() !== upper) fail('WC_DATA_CORRUPT', 'the stored log holds hashes of no statement');
    db.exec(`DROP TABLE log_hashes;
     ALTER TABLE log_hashes_new RENAME TO log_hashes;
     CREATE TRIGGER log_hashes_no_update BEFORE UPDATE ON log_hashes BEGIN SELECT RAISE(ABORT, 'append-only'); END;
     CREATE TRIGGER log_hashes_no_delete BEFORE DELETE ON log_hashes BEGIN SELECT RAISE(ABORT, 'append-only'); END;`);
  },
  // 5: the bucket index carries the code hash (covering), so the second look-up path reads one
  // B-tree: through the bucket index alone it read every statement of the bucket from the table
  // for its code hash (~10 random table pages per look-up at 10M statements, measured).
  `DROP INDEX statements_bucket;
   CREATE INDEX statements_bucket_hash ON statements(bucket, code_hash);`,
];

/** The schema version this warncheck writes (`PRAGMA user_version`); readers refuse any other. */
export const SCHEMA_VERSION = MIGRATIONS.length;

export interface SqliteOptions {
  readonly?: boolean;
  /** Create the database if missing (issuer side). Readers never create. */
  create?: boolean;
  /**
   * false: append statements without their log (no hashes, no checkpoints). Only the benchmark's
   * baseline uses it, to measure what the log costs; verifiers refuse such data (WC_LOG_MISSING).
   */
  log?: boolean;
}

export function openSqliteStore(file: string, opts: SqliteOptions = {}): Store & { db: Database.Database } {
  if (!opts.create && !existsSync(file)) fail('WC_DATA_MISSING', 'no database');
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: !opts.create });
  } catch {
    return fail('WC_DATA_CORRUPT', 'cannot open database');
  }
  try {
    if (!opts.readonly) {
      // Rollback journal, not WAL: on a WAL database every reader, read-only or not, creates the
      // -wal and -shm files and writes its read marks into -shm (measured: `serve` changed the
      // -shm's bytes and time on every start), and cannot open it at all where the data directory
      // is read-only (docs/DEPLOY.md). Readers of a rollback-journal database only take file locks.
      // A WAL database made by an older warncheck is converted here; while a reader still has it
      // open the switch is refused (SQLITE_BUSY) and a later writer makes it.
      try {
        db.pragma('journal_mode = DELETE');
      } catch (e) {
        if ((e as { code?: unknown }).code !== 'SQLITE_BUSY') throw e;
      }
      db.pragma('synchronous = FULL');
      // Readers are only shut out (they wait, up to better-sqlite3's 5 s busy timeout) while a
      // commit writes the file: dirty pages stay in memory up to 64 MiB instead of being spilled
      // to the database file, which would lock readers out from then on until the commit. Past
      // 64 MiB (a first sync of millions of statements) they are spilled, so memory stays bounded.
      db.pragma(spillPragma(db.pragma('page_size', { simple: true }) as number));
      migrate(db);
    } else {
      // A serving connection's page cache: 4 MiB, not better-sqlite3's 16 MiB default. Look-ups of
      // distinct codes land on random leaf pages that no cache of this size keeps (the OS page
      // cache has them), so the cache holds little more than the B-trees' upper pages; 16 MiB
      // was ~12 MB more RSS per worker at 10M statements for no throughput (measured).
      db.pragma(`cache_size = -${READ_CACHE_KIB}`);
      const v = db.pragma('user_version', { simple: true }) as number;
      if (v < MIGRATIONS.length) fail('WC_DATA_CORRUPT', 'made by an older warncheck: an issuer command (trust, issue, revoke) upgrades it');
      if (v > MIGRATIONS.length) fail('WC_DATA_CORRUPT', 'made by a newer warncheck');
    }
  } catch (e) {
    db.close();
    if (isWarncheckError(e)) throw e;
    return fail('WC_DATA_CORRUPT', 'not a warncheck database');
  }
  const q = prepareAll(db);
  const {
    insert,
    countQ,
    maxQ,
    rangeQ,
    hasQ,
    bucketQ,
    putTrust,
    putHash,
    tileQ,
    nodeQ,
    putCheckpoint,
    latestCheckpointQ,
    cosigQ,
    putCosig,
    indexByHashQ,
    indexByJwsQ,
    bothPathsQ,
    hashRangeQ,
    levelHexQ,
  } = q;
  let signer: CheckpointSigner | undefined;
  const readTile = (level: number, index: number, width: number): Uint8Array | undefined => {
    const from = index * TILE_WIDTH;
    const rows = tileQ.all(level * TILE_HEIGHT, from, from + width) as Buffer[];
    return rows.length === width ? Buffer.concat(rows) : undefined;
  };
  // Stored subtree hashes never change once written (complete subtrees of an append-only log), and
  // the upper ones are on every proof's path: remember them (LevelCache, bounded). The level
  // follows the size (at open and at each count()).
  const nodes = new LevelCache();
  let cacheAt: { level: number; size: number } | undefined; // read on first use (a damaged file fails inside guard)
  const cacheState = (): { level: number; size: number } => {
    if (cacheAt) return cacheAt;
    const size = countQ.get() as number;
    return (cacheAt = { level: nodeCacheLevel(size), size });
  };
  const lowestCached = (): number => cacheState().level;
  const remember = (level: number, index: number, h: Buffer): void => nodes.set(level, index, h, Math.floor(cacheState().size / 2 ** level));
  // Whole levels held in memory by holdTree (level → its hashes, concatenated): none unless asked.
  const held = new Map<number, Buffer>();
  const heldNode = (level: number, index: number): Buffer | undefined => {
    const b = held.get(level);
    return b !== undefined && 32 * index + 32 <= b.length ? b.subarray(32 * index, 32 * index + 32) : undefined;
  };
  const readNode = (level: number, index: number): Uint8Array | undefined => {
    const kept = held.size > 0 ? heldNode(level, index) : undefined;
    if (kept !== undefined) return kept;
    if (level < lowestCached()) return nodeQ.get(level, index) as Buffer | undefined;
    const h = nodes.get(level, index);
    if (h !== undefined) return h;
    const read = nodeQ.get(level, index) as Buffer | undefined;
    if (read !== undefined) remember(level, index, read);
    return read;
  };
  // An inclusion proof's nodes in one statement (a UNION ALL of point look-ups, prepared once per
  // count): one call instead of one per level, which measured about half the time per proof.
  const manyQ = new Map<number, Database.Statement>();
  const readNodes = (list: readonly { level: number; index: number }[]): Array<Uint8Array | undefined> => {
    const out: Array<Uint8Array | undefined> = new Array(list.length);
    const cached = lowestCached();
    const args: number[] = [];
    const at = new Map<number, number>();
    for (let i = 0; i < list.length; i++) {
      const { level, index } = list[i]!;
      const h = (held.size > 0 ? heldNode(level, index) : undefined) ?? (level >= cached ? nodes.get(level, index) : undefined);
      if (h !== undefined) out[i] = h;
      else {
        args.push(level, index);
        at.set(index * 64 + level, i); // exact: index < 2^47
      }
    }
    if (args.length === 0) return out;
    const n = args.length / 2;
    if (n > 64) return list.map((x) => readNode(x.level, x.index));
    let q = manyQ.get(n);
    if (!q) {
      q = db.prepare(Array.from({ length: n }, () => 'SELECT level, idx, hash FROM log_hashes WHERE level = ? AND idx = ?').join(' UNION ALL ')).raw();
      manyQ.set(n, q);
    }
    for (const [level, index, h] of q.all(...args) as Array<[number, number, Buffer]>) {
      out[at.get(index * 64 + level)!] = h;
      if (level >= cached) remember(level, index, h);
    }
    return out;
  };
  // Inside a write transaction: the tree as stored, its appends, and the checkpoint at the end.
  const openTree = (): TreeAppender =>
    withLog
      ? TreeAppender.resume(maxQ.get() as number, (l, i) => readNode(l, Number(i)) ?? fail('WC_DATA_CORRUPT', 'log hash missing'))
      : TreeAppender.unlogged(maxQ.get() as number);
  const withLog = opts.log ?? true;
  const putRow = (tree: TreeAppender, r: StatementRow): void => {
    insert.run(tree.size, r.codeHash, r.codeHash ? bucketOf(r.codeHash) : null, r.type, r.kid, r.jws);
    if (withLog) tree.appendLeaf(leafHashOf(r.jws), (l, i, h) => void putHash.run(l, i, h));
    else tree.size++;
  };
  const sealTree = (tree: TreeAppender, first: number): void => {
    if (withLog && signer && tree.size > first) putCheckpoint.run(tree.size, signer(tree.size, tree.root()));
  };
  const latestTrust = db.prepare('SELECT version, jws FROM trust_lists ORDER BY version DESC LIMIT 1');

  const appendTx = db.transaction((rows: readonly StatementRow[]): number => {
    const tree = openTree();
    const first = tree.size;
    for (const r of rows) putRow(tree, r);
    sealTree(tree, first);
    return first;
  });

  // Look-ups answer verdicts ("never issued" included), so each is read through two independent
  // B-trees, the code-hash index (and the table rows behind it) and the bucket index, which holds
  // each statement's code hash itself (migration 5): one damaged page changes at most one path, and
  // the paths then disagree (SQLite's quick_check does not look at index contents; integrity_check
  // does, but took 6.3 s of CPU at 1M statements, measured). A found row's own code hash is read
  // from the table too (by rowid: the page just read), so a damaged row disagrees with its index.
  // Both paths in one statement (one call instead of two: the hottest look-up of the service).
  const entries = (hash: Uint8Array): StoredEntry[] =>
    guard(() => {
      const rows: StoredEntry[] = [];
      const other: number[] = [];
      for (const [path, idx, type, value, rowHash] of bothPathsQ.all(hash, bucketOf(hash)) as Array<
        [number, number, string | null, string | Buffer | null, Buffer | null]
      >) {
        if (path === 0) {
          if (!(rowHash instanceof Buffer && rowHash.equals(hash))) fail('WC_DATA_CORRUPT', 'a statement row and the code-hash index disagree');
          rows.push({ index: idx, type: type as StoredEntry['type'], jws: value as string });
        } else if (value instanceof Buffer && value.equals(hash)) other.push(idx);
      }
      // In index order (each index keeps equal keys by rowid); sorted here rather than by SQLite,
      // whose ORDER BY over the union built a temporary B-tree per look-up.
      if (rows.length > 1) rows.sort((a, b) => a.index - b.index);
      if (other.length > 1) other.sort((a, b) => a - b);
      if (other.length !== rows.length || other.some((idx, i) => idx !== rows[i]!.index))
        fail('WC_DATA_CORRUPT', 'the code-hash index and the bucket index disagree');
      return rows;
    });
  // A run of 20-bit buckets [bucket, bucket + count): a coarser look-up bucket (docs/FORMAT.md §3.5).
  const byBucket = (bucket: number, count = 1): Array<{ index: number; codeHash: Uint8Array; jws: string }> =>
    guard(() => {
      const end = bucket + count;
      const rows = bucketQ.all(bucket, end) as Array<{ idx: number; codeHash: Buffer | null; jws: string }>;
      const lo = Buffer.alloc(32);
      lo.writeUIntBE(bucket << 4, 0, 3);
      const hi = end > 0xfffff ? Buffer.alloc(33, 0xff) : Buffer.alloc(32);
      if (end <= 0xfffff) hi.writeUIntBE(end << 4, 0, 3);
      const other = hashRangeQ.all(lo, hi) as number[];
      if (
        other.length !== rows.length ||
        rows.some(
          (r, i) => r.idx !== other[i] || r.codeHash === null || r.codeHash.length !== 32 || bucketOf(r.codeHash) < bucket || bucketOf(r.codeHash) >= end,
        )
      )
        fail('WC_DATA_CORRUPT', 'the bucket index and the code-hash index disagree');
      return rows.map((r) => ({ index: r.idx, codeHash: new Uint8Array(r.codeHash!), jws: r.jws }));
    });

  const conflict = (e: unknown): never => {
    if (e instanceof Error && /UNIQUE constraint/.test(e.message)) fail('WC_STORE_CONFLICT', 'code hash already issued');
    throw e;
  };
  return {
    db,
    beginAppend() {
      db.exec('BEGIN IMMEDIATE');
      let tree: TreeAppender;
      try {
        tree = openTree();
      } catch (e) {
        db.exec('ROLLBACK');
        throw e;
      }
      const first = tree.size;
      let open = true;
      const end = (sql: string) => {
        if (!open) return;
        open = false;
        db.exec(sql);
      };
      return {
        first,
        add(rows) {
          try {
            for (const r of rows) putRow(tree, r);
          } catch (e) {
            end('ROLLBACK');
            conflict(e);
          }
        },
        commit: () => {
          if (!open) return;
          try {
            sealTree(tree, first);
          } catch (e) {
            end('ROLLBACK');
            throw e;
          }
          end('COMMIT');
        },
        rollback: () => end('ROLLBACK'),
      };
    },
    appendStatements(rows) {
      try {
        return appendTx(rows);
      } catch (e) {
        return conflict(e);
      }
    },
    count: () =>
      guard(() => {
        const n = countQ.get() as number;
        cacheAt = { level: nodeCacheLevel(n), size: n };
        nodes.dropBelow(cacheAt.level);
        return n;
      }),
    statements: (start, end) => guard(() => rangeQ.all(start, end) as string[]),
    hasCodeHash: (hash) => hasQ.get(hash) !== undefined,
    byCodeHash: (hex) => entries(Buffer.from(hex, 'hex')).map((e) => e.jws),
    entries,
    bucketCounts(bits) {
      const counts = new Uint32Array(2 ** bits);
      const q = db.prepare('SELECT bucket >> ? AS b, count(*) AS n FROM statements WHERE bucket IS NOT NULL GROUP BY bucket >> ?');
      for (const r of q.iterate(20 - bits, 20 - bits) as Iterable<{ b: number; n: number }>) counts[r.b] = r.n;
      return counts;
    },
    byBucket,
    putTrustList(version, jws) {
      const last = latestTrust.get() as { version: number } | undefined;
      if (last && version <= last.version) fail('WC_STORE_CONFLICT', 'trust list version must increase');
      putTrust.run(version, jws);
    },
    latestTrustList: () => latestTrust.get() as { version: number; jws: string } | undefined,
    setCheckpointSigner: (sign) => void (signer = sign),
    logTile: (level, index, width) => (width >= 1 && width <= TILE_WIDTH ? guard(() => readTile(level, index, width)) : undefined),
    logHash: (level, index) => guard(() => readNode(level, index)),
    logHashes: (list) => guard(() => readNodes(list)),
    holdTree: (maxBytes) =>
      guard(() => {
        const size = countQ.get() as number;
        let total = 0;
        for (let level = Math.floor(Math.log2(Math.max(size, 1))); level >= 0; level--) {
          const n = Math.floor(size / 2 ** level);
          if (total + 32 * n > maxBytes) return;
          const buf = Buffer.allocUnsafe(32 * n);
          let at = 0;
          for (let a = 0; a < n; a += 65_536) at += buf.write((levelHexQ.get(level, a, Math.min(n, a + 65_536)) as string | null) ?? '', at, 'hex');
          if (at !== buf.length) fail('WC_DATA_CORRUPT', `log hashes missing at level ${level}`);
          held.set(level, buf);
          total += buf.length;
        }
      }),
    // One string per window (hex, in index order): a row per Buffer cost 2× as much at 1M statements.
    *checkTree(from, to, low = 0) {
      const steps = checkStoredTree((level, a, b) => Buffer.from((levelHexQ.get(level, a, b) as string | null) ?? '', 'hex'), low, from, to);
      while (!guard(() => steps.next()).done) yield;
    },
    latestCheckpoint() {
      const cp = guard(() => latestCheckpointQ.get() as { size: number; note: string } | undefined);
      // Cosignatures are further signature lines of the same note (c2sp.org/tlog-cosignature).
      return cp && { size: cp.size, note: cp.note + (guard(() => cosigQ.all(cp.size)) as string[]).join('') };
    },
    addCosignatures(size, lines) {
      db.transaction(() => {
        for (const l of lines) putCosig.run(size, l);
      })();
    },
    indexOf: (codeHash, jws) => guard(() => (codeHash ? indexByHashQ.get(codeHash, jws) : indexByJwsQ.get(jws)) as number | undefined),
    close: () => db.close(),
  };
}

/** Every statement the store runs, prepared once; a database of another shape is refused cleanly. */
function prepareAll(db: Database.Database) {
  try {
    const insert = db.prepare('INSERT INTO statements (idx, code_hash, bucket, type, kid, jws) VALUES (?, ?, ?, ?, ?, ?)');
    // idx is contiguous from 0 (append-only, no deletes): MAX is one B-tree seek, COUNT(*) a full scan.
    const countQ = db.prepare('SELECT COALESCE(MAX(idx) + 1, 0) AS n FROM statements').pluck();
    const maxQ = db.prepare('SELECT COALESCE(MAX(idx) + 1, 0) FROM statements').pluck();
    const rangeQ = db.prepare('SELECT jws FROM statements WHERE idx >= ? AND idx < ? ORDER BY idx').pluck();
    // The look-up paths are named (INDEXED BY): entries() relies on their being independent.
    // A code hash's statements through its index (path 0) and its bucket's through the other
    // (path 1), each in index order: the two look-up paths entries() compares, in one statement.
    // Path 1 reads the covering bucket index alone; path 0's row hash comes from the table by rowid
    // (a column of the index a row was found by would be read from that index, not the row).
    const bothPathsQ = db
      .prepare(
        'SELECT 0 AS path, s.idx, s.type, s.jws AS value, (SELECT t.code_hash FROM statements AS t NOT INDEXED WHERE t.idx = s.idx) ' +
          'FROM statements AS s INDEXED BY statements_code_hash WHERE s.code_hash = ? ' +
          'UNION ALL SELECT 1, idx, NULL, code_hash, NULL FROM statements INDEXED BY statements_bucket_hash WHERE bucket = ?',
      )
      .raw();
    const hashRangeQ = db.prepare('SELECT idx FROM statements INDEXED BY statements_code_hash WHERE code_hash >= ? AND code_hash < ? ORDER BY idx').pluck();
    const hasQ = db.prepare("SELECT 1 FROM statements WHERE code_hash = ? AND type = 'warning'").pluck();
    const bucketQ = db.prepare(
      'SELECT idx, code_hash AS codeHash, jws FROM statements INDEXED BY statements_bucket_hash WHERE bucket >= ? AND bucket < ? ORDER BY idx',
    );
    const putTrust = db.prepare('INSERT INTO trust_lists (version, jws) VALUES (?, ?)');
    const putHash = db.prepare('INSERT INTO log_hashes (level, idx, hash) VALUES (?, ?, ?)');
    const tileQ = db.prepare('SELECT hash FROM log_hashes WHERE level = ? AND idx >= ? AND idx < ? ORDER BY idx').pluck();
    const nodeQ = db.prepare('SELECT hash FROM log_hashes WHERE level = ? AND idx = ?').pluck();
    const levelHexQ = db.prepare("SELECT string_agg(hex(hash), '' ORDER BY idx) FROM log_hashes WHERE level = ? AND idx >= ? AND idx < ?").pluck();
    const putCheckpoint = db.prepare('INSERT OR IGNORE INTO checkpoints (size, note) VALUES (?, ?)');
    const latestCheckpointQ = db.prepare('SELECT size, note FROM checkpoints ORDER BY size DESC LIMIT 1');
    const cosigQ = db.prepare('SELECT line FROM cosignatures WHERE size = ? ORDER BY line').pluck();
    const putCosig = db.prepare('INSERT OR IGNORE INTO cosignatures (size, line) VALUES (?, ?)');
    const indexByHashQ = db.prepare('SELECT idx FROM statements WHERE code_hash = ? AND jws = ?').pluck();
    const indexByJwsQ = db.prepare('SELECT idx FROM statements WHERE code_hash IS NULL AND jws = ?').pluck();
    return {
      insert,
      countQ,
      maxQ,
      rangeQ,
      bothPathsQ,
      hashRangeQ,
      levelHexQ,
      hasQ,
      bucketQ,
      putTrust,
      putHash,
      tileQ,
      nodeQ,
      putCheckpoint,
      latestCheckpointQ,
      cosigQ,
      putCosig,
      indexByHashQ,
      indexByJwsQ,
    };
  } catch {
    db.close();
    return fail('WC_DATA_CORRUPT', 'the database does not have the expected tables');
  }
}

/**
 * SQLite reports a damaged file (a B-tree page that does not parse, an index entry whose row is
 * gone) as SQLITE_CORRUPT or SQLITE_NOTADB: that is the data directory's fault, never a 500.
 */
function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code)) fail('WC_DATA_CORRUPT', 'SQLite reports a damaged database file');
    throw e;
  }
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) fail('WC_DATA_CORRUPT', 'database is newer than this warncheck');
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      const m = MIGRATIONS[v]!;
      if (typeof m === 'string') db.exec(m);
      else m(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
