// kill -9 during a bulk issuance: the store holds the whole batch or none of it, never a part,
// and no CSV is left under the requested name unless its batch was committed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/warncheck.js', import.meta.url));

describe('crash during issue', () => {
  it('leaves all or nothing of the batch, 4 random kill points', async () => {
    const base = mkdtempSync(join(tmpdir(), 'wc-crash-'));
    const keys = join(base, 'keys');
    const data = join(base, 'data');
    expect(spawnSync(process.execPath, [bin, 'demo', '--keys', keys, '--data', data, '--count', '2']).status).toBe(0);
    const count = () => {
      const db = new Database(join(data, 'warncheck.db'), { readonly: true });
      const n = db.prepare('SELECT COUNT(*) FROM statements').pluck().get() as number;
      db.close();
      return n;
    };
    let before = count();
    const outcomes = { none: 0, all: 0 };
    for (const delay of [150, 400, 700, 1000 + Math.floor(Math.random() * 800)]) {
      const out = join(base, `codes-${delay}.csv`);
      const child = spawn(process.execPath, [bin, 'issue', '--keys', keys, '--data', data, '--template', 'no-p2p-en-1', '--count', '20000', '--out', out], { stdio: 'ignore' });
      // Listen before the kill: the child may finish on its own before the delay is over.
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      const after = count();
      expect([before, before + 20000]).toContain(after);
      if (after === before) {
        outcomes.none++;
        expect(existsSync(out)).toBe(false);
      } else {
        outcomes.all++;
        // Committed: the CSV may still be at its temporary name if the kill came between commit and rename.
        const csv = existsSync(out) ? out : `${out}.partial`;
        expect(readFileSync(csv, 'utf8').trim().split('\n')).toHaveLength(20001);
      }
      before = after;
    }
    expect(outcomes.none + outcomes.all).toBe(4);
  }, 120_000);
});
