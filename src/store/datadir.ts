/**
 * The data directory: everything a server serves and a mirror copies. It holds the SQLite store
 * (statements, trust-list versions, log) and the root public key, never a private key.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../core/errors.js';
import { parsePublicJwk } from '../core/jwk.js';
import { DB_FILE, openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export const ROOT_PUBLIC_FILE = 'root.pub.jwk';

export interface DataDir {
  dir: string;
  store: Store;
}

export function openDataDir(dir: string, opts: { create?: boolean; readonly?: boolean } = {}): DataDir {
  if (!existsSync(dir)) {
    if (!opts.create) fail('WC_DATA_MISSING', 'no such directory');
    mkdirSync(dir, { recursive: true });
  } else if (!statSync(dir).isDirectory()) {
    fail('WC_DATA_MISSING', 'not a directory');
  }
  const file = join(dir, DB_FILE);
  if (!opts.create && !existsSync(file)) fail('WC_DATA_MISSING', 'no warncheck.db in the data directory');
  return { dir, store: openSqliteStore(file, { create: opts.create ?? false, readonly: opts.readonly ?? false }) };
}

/** The root public key shipped with the data (a pinned key given by the operator takes precedence). */
export function readRootPublicKey(path: string): Uint8Array {
  return parsePublicJwk(readJson(path, () => fail('WC_DATA_MISSING', 'no readable root public key')));
}

/** The root public key the operator pins with `--root FILE`: an unreadable file is their typo, not missing data. */
export function readPinnedRootKey(path: string): Uint8Array {
  return parsePublicJwk(readJson(path, () => fail('WC_USAGE', '--root: no readable JSON file at that path (the root public key, root.pub.jwk)')));
}

function readJson(path: string, unreadable: () => never): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return unreadable();
  }
}
