/**
 * File writing for the issuer side: atomic (temp file + fsync + rename) so a crash never leaves a
 * half-written key, trust list or CSV, and a guard that keeps private keys out of the data
 * directory (that folder is what servers serve and mirrors copy).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import { fail } from '../core/errors.js';

export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o644): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', mode);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** Is `child` the same as or inside `parent`? */
export function isInside(child: string, parent: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Refuse a key directory that lies inside the data directory, or the other way round. */
export function assertKeysApart(keysDir: string, dataDir: string): void {
  if (isInside(keysDir, dataDir) || isInside(dataDir, keysDir)) {
    fail('WC_DATA_PRIVATE_KEY', 'the key directory must not be inside the data directory or contain it');
  }
}
