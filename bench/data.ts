/**
 * Bench data sets, built once and kept under bench/.cache/<size>/ (git-ignored): a demo trust list
 * plus `size` genuine statements issued through the real CLI (`issue`: codes from the CSPRNG,
 * signing on every core in worker threads, one SQLite transaction per batch, the log's hashes
 * stored as they are appended). Batches of at most 1,000,000 codes, each with its own codes CSV;
 * a build that was stopped resumes at its last committed batch. `ready.json` marks a finished set.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { DB_FILE, openSqliteStore, SCHEMA_VERSION } from '../src/store/sqlite.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/warncheck.js');
export const CACHE = join(ROOT, 'bench/.cache');
const BATCH = 1_000_000;

export interface BenchData {
  dir: string;
  dataDir: string;
  keys: string;
  /** Issued statements (the demo's few included). */
  statements: number;
  /** Seconds spent issuing (all batches, resumed runs included). */
  issueSeconds: number;
}

function cli(args: string[], nice = false): string {
  const r = nice
    ? spawnSync('nice', ['-n', '10', process.execPath, BIN, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`warncheck ${args[0]}: ${r.stderr}`);
  return r.stdout;
}

/** The data set of `size` issued codes, built (or finished) now if needed; `log` hears progress. */
export function ensureBenchData(size: number, log: (line: string) => void = () => {}, nice = false): BenchData {
  const dir = join(CACHE, String(size));
  const keys = join(dir, 'keys');
  const dataDir = join(dir, 'data');
  const readyFile = join(dir, 'ready.json');
  if (existsSync(readyFile)) {
    upgrade(join(dataDir, DB_FILE), log);
    return { dir, dataDir, keys, ...JSON.parse(readFileSync(readyFile, 'utf8')) };
  }
  if (!existsSync(join(dataDir, 'warncheck.db'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cli(['demo', '--keys', keys, '--data', dataDir, '--count', '2']);
  }
  const tpl = JSON.parse(cli(['templates', '--data', dataDir, '--json'])).templates[0].id as string;
  const progressFile = join(dir, 'progress.json');
  const progress = existsSync(progressFile)
    ? (JSON.parse(readFileSync(progressFile, 'utf8')) as { batches: number; seconds: number; demo?: number })
    : ({ batches: 0, seconds: 0 } as { batches: number; seconds: number; demo?: number });
  // A stopped build: the batch that was being issued rolled back (one transaction) unless its CSV
  // was renamed already; the store's count says which batches are in. Anything else: rebuilt.
  for (const f of readdirSync(dir)) if (f.endsWith('.partial')) rmSync(join(dir, f));
  const done = readdirSync(dir).filter((f) => /^codes-\d+\.csv$/.test(f)).length;
  const db = new Database(join(dataDir, 'warncheck.db'), { readonly: true });
  const count = db.prepare('SELECT COALESCE(MAX(idx) + 1, 0) FROM statements').pluck().get() as number;
  db.close();
  if (progress.batches === 0 && done === 0) progress.demo = count;
  // The demo's own few statements come first (recorded before the first batch; older records: < 1000).
  const extra = count - Math.min(size, done * BATCH);
  if ((progress.demo !== undefined ? extra !== progress.demo : extra < 0 || extra >= 1000) || done < progress.batches) {
    rmSync(dir, { recursive: true, force: true });
    return ensureBenchData(size, log, nice);
  }
  progress.batches = done;
  const batches = Math.ceil(size / BATCH);
  for (let b = progress.batches; b < batches; b++) {
    const n = Math.min(BATCH, size - b * BATCH);
    const t = performance.now();
    cli(['issue', '--keys', keys, '--data', dataDir, '--template', tpl, '--count', String(n), '--out', join(dir, `codes-${b}.csv`)], nice);
    progress.batches = b + 1;
    progress.seconds += (performance.now() - t) / 1000;
    writeFileSync(progressFile, JSON.stringify(progress));
    log(`bench data ${size.toLocaleString('en')}: batch ${b + 1}/${batches} issued (${progress.seconds.toFixed(0)} s so far)`);
  }
  const statements = (JSON.parse(cli(['log', '--data', dataDir, '--json'])) as { size: number }).size;
  const ready = { statements, issueSeconds: progress.seconds };
  writeFileSync(readyFile, JSON.stringify(ready));
  return { dir, dataDir, keys, ...ready };
}

/**
 * A set made by an older warncheck is upgraded in place, as an issuer command would do it (the
 * store's migrations, one transaction), instead of being issued again.
 */
function upgrade(file: string, log: (line: string) => void): void {
  const db = new Database(file, { readonly: true });
  const version = db.pragma('user_version', { simple: true }) as number;
  db.close();
  if (version >= SCHEMA_VERSION) return;
  const t = performance.now();
  openSqliteStore(file).close();
  log(`bench data ${file}: schema ${version} upgraded to ${SCHEMA_VERSION} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

/** The first `n` issued codes of a data set, in issue order (each distinct). */
export function benchCodes(d: BenchData, n: number): string[] {
  const out: string[] = [];
  for (let b = 0; out.length < n && existsSync(join(d.dir, `codes-${b}.csv`)); b++) {
    const lines = readFileSync(join(d.dir, `codes-${b}.csv`), 'utf8').split('\n');
    for (let i = 1; i < lines.length && out.length < n; i++) if (lines[i]) out.push(lines[i]!.slice(0, lines[i]!.indexOf(',')));
  }
  return out;
}
