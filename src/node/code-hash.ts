/** The code hash with node:crypto: the same bytes as core `codeHash` (tests/core/code.test.ts), faster. */
import { hash } from 'node:crypto';
import { CODE_HASH_PREFIX } from '../core/code.js';

export function nativeCodeHash(normalized: string): Uint8Array {
  return hash('sha256', CODE_HASH_PREFIX + normalized, 'buffer'); // a Buffer is a Uint8Array
}
