/**
 * File writing for the issuer side: atomic (temp file + fsync + rename + fsync of the directory) so
 * a crash never leaves a half-written key, trust list or CSV, and a guard that keeps private keys
 * out of the data directory (that folder is what servers serve and mirrors copy).
 */
import { closeSync, existsSync, fchmodSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fail } from '../core/errors.js';

export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o644): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  // A temp file left by a crashed run of the same pid would keep ITS mode under 'w': start afresh.
  try {
    unlinkSync(tmp);
  } catch {
    /* none */
  }
  const fd = openSync(tmp, 'wx', mode);
  try {
    fchmodSync(fd, mode); // exactly `mode`, whatever the umask
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  fsyncDir(dirname(path));
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
