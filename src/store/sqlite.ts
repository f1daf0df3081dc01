/**
 * SQLite store (better-sqlite3): WAL, synchronous=FULL, STRICT tables, numbered migrations in
 * `PRAGMA user_version`, one transaction per appended batch — a crash leaves the whole batch or
 * none of it. The database file lives in the data directory and holds no private key and no code.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { fail } from '../core/errors.js';
import { bucketOf, type StatementRow, type Store } from './types.js';

export const DB_FILE = 'warncheck.db';

const MIGRATIONS: string[] = [
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
];

export interface SqliteOptions {
  readonly?: boolean;
  /** Create the database if missing (issuer side). Readers never create. */
  create?: boolean;
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
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      migrate(db);
    } else if ((db.pragma('user_version', { simple: true }) as number) !== MIGRATIONS.length) {
      fail('WC_DATA_CORRUPT', 'database schema version');
    }
  } catch (e) {
    db.close();
    if (e instanceof Error && e.name === 'WarncheckError') throw e;
    return fail('WC_DATA_CORRUPT', 'not a warncheck database');
  }
  const insert = db.prepare('INSERT INTO statements (idx, code_hash, bucket, type, kid, jws) VALUES (?, ?, ?, ?, ?, ?)');
  // idx is contiguous from 0 (append-only, no deletes): MAX is one B-tree seek, COUNT(*) a full scan.
  const countQ = db.prepare('SELECT COALESCE(MAX(idx) + 1, 0) AS n FROM statements').pluck();
  const maxQ = db.prepare('SELECT COALESCE(MAX(idx) + 1, 0) FROM statements').pluck();
  const rangeQ = db.prepare('SELECT jws FROM statements WHERE idx >= ? AND idx < ? ORDER BY idx').pluck();
  const byHashQ = db.prepare('SELECT jws FROM statements WHERE code_hash = ? ORDER BY idx').pluck();
  const hasQ = db.prepare("SELECT 1 FROM statements WHERE code_hash = ? AND type = 'warning'").pluck();
  const bucketQ = db.prepare('SELECT code_hash AS codeHash, jws FROM statements WHERE bucket = ? ORDER BY idx');
  const putTrust = db.prepare('INSERT INTO trust_lists (version, jws) VALUES (?, ?)');
  const latestTrust = db.prepare('SELECT version, jws FROM trust_lists ORDER BY version DESC LIMIT 1');

  const appendTx = db.transaction((rows: readonly StatementRow[]): number => {
    const first = maxQ.get() as number;
    let i = first;
    for (const r of rows) insert.run(i++, r.codeHash, r.codeHash ? bucketOf(r.codeHash) : null, r.type, r.kid, r.jws);
    return first;
  });

  const conflict = (e: unknown): never => {
    if (e instanceof Error && /UNIQUE constraint/.test(e.message)) fail('WC_STORE_CONFLICT', 'code hash already issued');
    throw e;
  };
  return {
    db,
    beginAppend() {
      db.exec('BEGIN IMMEDIATE');
      let next = maxQ.get() as number;
      const first = next;
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
            for (const r of rows) insert.run(next++, r.codeHash, r.codeHash ? bucketOf(r.codeHash) : null, r.type, r.kid, r.jws);
          } catch (e) {
            end('ROLLBACK');
            conflict(e);
          }
        },
        commit: () => end('COMMIT'),
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
    count: () => countQ.get() as number,
    statements: (start, end) => rangeQ.all(start, end) as string[],
    hasCodeHash: (hash) => hasQ.get(hash) !== undefined,
    byCodeHash: (hex) => byHashQ.all(Buffer.from(hex, 'hex')) as string[],
    byBucket: (bucket) =>
      (bucketQ.all(bucket) as Array<{ codeHash: Buffer; jws: string }>).map((r) => ({ codeHash: new Uint8Array(r.codeHash), jws: r.jws })),
    putTrustList(version, jws) {
      const last = latestTrust.get() as { version: number } | undefined;
      if (last && version <= last.version) fail('WC_STORE_CONFLICT', 'trust list version must increase');
      putTrust.run(version, jws);
    },
    latestTrustList: () => latestTrust.get() as { version: number; jws: string } | undefined,
    close: () => db.close(),
  };
}

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) fail('WC_DATA_CORRUPT', 'database is newer than this warncheck');
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
