/**
 * `npm run crashtest [-- --runs N]`: kill -9 bulk issuance at random moments (Sunlight's
 * discipline). After each kill the data directory is reopened as a verifier opens it and checked:
 *   - the batch is all there or not at all; a batch the CLI reported as done is never lost, and
 *     a committed batch has its codes at --out or in its .partial (which the next run reports);
 *   - no statement is duplicated (log indexes contiguous, code hashes unique);
 *   - the store and the log agree: the latest checkpoint covers exactly the stored statements and
 *     its root equals the root recomputed from the statements' own bytes;
 *   - the checkpoint never goes backwards, and each new one is consistent with the one before.
 * tests/issuer/crash.test.ts runs a short version in CI.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { equalBytes } from '../src/core/bytes.js';
import { treeHash } from '../src/core/tlog/merkle.js';
import { loadData } from '../src/service/load.js';
import { seenOf } from '../src/service/log.js';
import { leafHashOf } from '../src/store/log.js';

const BIN = fileURLToPath(new URL('../bin/warncheck.js', import.meta.url));

export interface CrashCounts {
  runs: number;
  committed: number;
  rolledBack: number;
  reportedDone: number;
  lost: number;
  /** Committed batches whose codes are neither at --out nor in its .partial (the next run reports a .partial). */
  codesMissing: number;
  duplicated: number;
  inconsistent: number;
  checkpointBackwards: number;
}

export async function crashRuns(o: { runs: number; maxCount?: number; maxDelayMs?: number; log?: (s: string) => void }): Promise<CrashCounts> {
  const base = mkdtempSync(join(tmpdir(), 'wc-crashtest-'));
  const keys = join(base, 'keys');
  const data = join(base, 'data');
  try {
    const made = spawnSync(process.execPath, [BIN, 'demo', '--keys', keys, '--data', data, '--count', '2'], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`demo failed: ${made.stderr}`);
    const c: CrashCounts = {
      runs: 0,
      committed: 0,
      rolledBack: 0,
      reportedDone: 0,
      lost: 0,
      codesMissing: 0,
      duplicated: 0,
      inconsistent: 0,
      checkpointBackwards: 0,
    };
    let before = check(data, undefined, c);
    for (let i = 0; i < o.runs; i++) {
      const n = 1 + Math.floor(Math.random() * (o.maxCount ?? 20_000));
      const delay = Math.floor(Math.random() * (o.maxDelayMs ?? 2_000));
      const out = join(base, `codes-${i}.csv`);
      const child = spawn(process.execPath, [BIN, 'issue', '--keys', keys, '--data', data, '--template', 'no-p2p-en-1', '--count', String(n), '--out', out], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let stdout = '';
      child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
      const closed = new Promise((r) => child.once('close', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await closed;
      const done = /^issued \d+ statements/m.test(stdout);
      const after = check(data, before, c);
      c.runs++;
      if (done) c.reportedDone++;
      if (after.count === before.count + n) {
        c.committed++;
        if (!existsSync(out) && !existsSync(`${out}.partial`)) c.codesMissing++;
      } else if (after.count === before.count) {
        c.rolledBack++;
        if (done) c.lost++;
        if (existsSync(out)) c.inconsistent++; // a CSV of codes that were never stored
      } else c.inconsistent++; // part of a batch
      o.log?.(
        `run ${i + 1}/${o.runs}: ${n} codes, kill after ${delay} ms → ${after.count === before.count ? 'none' : 'all'} stored${done ? ' (reported done)' : ''}`,
      );
      before = after;
    }
    return c;
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

interface Seen {
  count: number;
  checkpoint: string;
  vkey: string;
}

function check(data: string, prev: Seen | undefined, c: CrashCounts): Seen {
  // Opening as a verifier checks the checkpoint signature, that it covers every statement, that the
  // stored tree has its root, and (with the previous checkpoint) consistency: any failure throws.
  let loaded;
  try {
    loaded = loadData(data, { now: Date.now, ...(prev ? { seenCheckpoints: { [prev.vkey]: prev.checkpoint } } : {}) });
  } catch {
    c.inconsistent++;
    if (!prev) throw new Error('the fresh demo data does not open');
    return prev;
  }
  try {
    const cp = loaded.log.checkpoint();
    if (prev) {
      const [size] = prev.checkpoint.split(' ');
      if (cp.size < BigInt(size!)) c.checkpointBackwards++;
    }
    // Recompute the root from the statements themselves, independently of the stored hashes.
    const db = new Database(join(data, 'warncheck.db'), { readonly: true });
    try {
      const rows = db.prepare('SELECT idx, jws FROM statements ORDER BY idx').all() as Array<{ idx: number; jws: string }>;
      if (rows.some((r, i) => r.idx !== i)) c.duplicated++;
      const dupHashes = db
        .prepare("SELECT COUNT(*) FROM (SELECT code_hash FROM statements WHERE type = 'warning' GROUP BY code_hash HAVING COUNT(*) > 1)")
        .pluck()
        .get() as number;
      if (dupHashes > 0) c.duplicated++;
      if (!equalBytes(treeHash(rows.map((r) => leafHashOf(r.jws))), cp.rootHash) || rows.length !== Number(cp.size)) c.inconsistent++;
      return { count: rows.length, checkpoint: seenOf(cp), vkey: loaded.log.vkey };
    } finally {
      db.close();
    }
  } finally {
    loaded.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '100' } } });
  const runs = Number(values.runs);
  const c = await crashRuns({ runs, log: (s) => process.stdout.write(s + '\n') });
  process.stdout.write(
    `\ncrashtest: ${c.runs} kill -9 runs: ${c.committed} batches committed, ${c.rolledBack} rolled back, ${c.reportedDone} reported done by the CLI\n` +
      `lost: ${c.lost}  committed codes in no file: ${c.codesMissing}  duplicated: ${c.duplicated}  inconsistent (store vs log vs CSV): ${c.inconsistent}  checkpoint backwards: ${c.checkpointBackwards}\n`,
  );
  process.exitCode = c.lost + c.codesMissing + c.duplicated + c.inconsistent + c.checkpointBackwards === 0 && c.runs === runs ? 0 : 1;
}
