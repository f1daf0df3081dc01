import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { runAppendWriterContract, runLogContract, runStoreContract } from './contract.js';

const file = () => join(mkdtempSync(join(tmpdir(), 'wc-store-')), 'warncheck.db');

describe('sqlite store', () => {
  runStoreContract(() => openSqliteStore(file(), { create: true }));
  runAppendWriterContract(() => openSqliteStore(file(), { create: true }));
  runLogContract(() => openSqliteStore(file(), { create: true }));

  it('uses WAL and STRICT tables, and refuses UPDATE and DELETE (append-only)', () => {
    const s = openSqliteStore(file(), { create: true });
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const sql = s.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'statements'").pluck().get() as string;
    expect(sql).toMatch(/STRICT/);
    s.appendStatements([{ codeHash: new Uint8Array(32), type: 'warning', kid: 'k', jws: 'x' }]);
    expect(() => s.db.prepare("UPDATE statements SET jws = 'y'").run()).toThrow(/append-only/);
    expect(() => s.db.prepare('DELETE FROM statements').run()).toThrow(/append-only/);
    s.close();
  });

  it('reopens with its data, and read-only readers never create a database', () => {
    const f = file();
    const s = openSqliteStore(f, { create: true });
    s.appendStatements([{ codeHash: new Uint8Array(32), type: 'warning', kid: 'k', jws: 'x' }]);
    s.close();
    const r = openSqliteStore(f, { readonly: true });
    expect(r.count()).toBe(1);
    r.close();
    expect(() => openSqliteStore(f + '.missing', { readonly: true })).toThrow(expect.objectContaining({ code: 'WC_DATA_MISSING' }));
  });

  it('says a file that is not a warncheck database is corrupt', () => {
    const f = file();
    writeFileSync(f, 'not sqlite at all, just text '.repeat(100));
    expect(() => openSqliteStore(f)).toThrow(expect.objectContaining({ code: 'WC_DATA_CORRUPT' }));
  });
});
