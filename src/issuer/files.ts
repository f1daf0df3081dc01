/**
 * File writing for the issuer side: atomic (temp file + fsync + rename + fsync of the directory) so
 * a crash never leaves a half-written key, trust list or CSV, and a guard that keeps private keys
 * out of the data directory (that folder is what servers serve and mirrors copy).
 */
import { closeSync, existsSync, fchmodSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fail } from '../core/errors.js';

export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o644): void {
  const tmp = writeTemp(path, data, mode, true);
  renameSync(tmp, path);
  fsyncDir(dirname(path));
}

/**
 * `data` in a temp file beside `path` (its name returned), fsynced when `sync`; the caller renames
 * it into place. A temp file left by a crashed run of the same pid would keep ITS mode under 'w':
 * it is removed first.
 */
export function writeTemp(path: string, data: string | Uint8Array, mode: number, sync: boolean): string {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    unlinkSync(tmp);
  } catch {
    /* none */
  }
  const fd = openSync(tmp, 'wx', mode);
  try {
    fchmodSync(fd, mode); // exactly `mode`, whatever the umask
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    if (sync) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return tmp;
}

/**
 * Many files written atomically and made durable together (`publish`: ~340,000 files at 10M
 * statements, where an fsync of each file and of its directory took ~4 ms a file, measured): each
 * goes to a temp file at write(); commit() makes every temp file durable at once, then renames
 * them all into place and makes the renames durable. After a crash at any point, each file holds
 * its old bytes or its new ones, never a part: a rename only ever names a durable file. "At once"
 * is one syncfs(2) of the file system (`sync --file-system`, GNU coreutils and BusyBox); where
 * that is not available, an fsync per file and per directory, as writeFileAtomic does.
 */
export class DurableBatch {
  private pending: Array<[tmp: string, path: string]> = [];
  private readonly root: string;
  /** `root`: a folder on the file system every file is written to. */
  constructor(root: string) {
    this.root = root;
  }

  write(path: string, data: string | Uint8Array, mode = 0o644): void {
    this.pending.push([writeTemp(path, data, mode, false), path]);
  }

  get size(): number {
    return this.pending.length;
  }

  commit(): void {
    const pending = this.pending;
    this.pending = [];
    if (pending.length === 0) return;
    const whole = syncFileSystem(this.root);
    if (!whole)
      for (const [tmp] of pending) {
        const fd = openSync(tmp, 'r');
        try {
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
      }
    for (const [tmp, path] of pending) renameSync(tmp, path);
    if (!whole || !syncFileSystem(this.root)) for (const dir of new Set(pending.map(([, p]) => dirname(p)))) fsyncDir(dir);
  }
}

/** syncfs(2) of the file system holding `dir` (Node.js has no binding for it): false where unavailable. */
function syncFileSystem(dir: string): boolean {
  const r = spawnSync('sync', ['--file-system', dir], { stdio: 'ignore' });
  return r.status === 0;
}

/** Make a rename or a new file in `dir` durable (POSIX: the directory entry needs its own fsync). */
export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return; // a platform that cannot open directories (Windows) has no such fsync
  }
  try {
    fsyncSync(fd);
  } catch {
    /* some file systems refuse fsync on a directory: nothing more can be done */
  } finally {
    closeSync(fd);
  }
}

/** Is `child` the same as or inside `parent`? Both are compared as real paths (symbolic links resolved). */
export function isInside(child: string, parent: string): boolean {
  const rel = relative(realPath(parent), realPath(child));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real path of `p`, also when it does not exist yet: its nearest existing ancestor resolved, the rest appended. */
export function realPath(p: string): string {
  const abs = resolve(p);
  const rest: string[] = [];
  for (let cur = abs; ; cur = dirname(cur)) {
    try {
      return join(realpathSync(cur), ...rest.reverse());
    } catch {
      if (dirname(cur) === cur) return abs;
      rest.push(basename(cur));
    }
  }
}

/** Refuse a key directory that lies inside the data directory, or the other way round (real paths). */
export function assertKeysApart(keysDir: string, dataDir: string): void {
  if (isInside(keysDir, dataDir) || isInside(dataDir, keysDir)) {
    fail('WC_DATA_PRIVATE_KEY', 'the key directory must not be inside the data directory or contain it');
  }
}

/**
 * `keygen` has no data directory to compare with: refuse a key directory that is, or lies inside,
 * a data directory (a folder holding warncheck.db), and one that is apart from $WARNCHECK_DATA
 * only in appearance (assertKeysApart on real paths).
 */
export function assertNotInDataDir(keysDir: string, envDataDir: string | undefined): void {
  if (envDataDir) assertKeysApart(keysDir, envDataDir);
  for (let cur = realPath(keysDir); ; cur = dirname(cur)) {
    if (existsSync(join(cur, DATA_MARKER)))
      fail('WC_DATA_PRIVATE_KEY', 'the key directory must not be inside a data directory (a folder holding warncheck.db)');
    if (dirname(cur) === cur) return;
  }
}

/** The file that makes a folder a data directory (store/sqlite.ts DB_FILE; not imported: issuer files stay store-free). */
const DATA_MARKER = 'warncheck.db';
