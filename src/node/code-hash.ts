/** The code hash with node:crypto: the same bytes as core `codeHash` (tests/core/code.test.ts), faster. */
import { hash } from 'node:crypto';
import { CODE_HASH_PREFIX } from '../core/code.js';

export function nativeCodeHash(normalized: string): Uint8Array {
  return hash('sha256', CODE_HASH_PREFIX + normalized, 'buffer'); // a Buffer is a Uint8Array
}

/**
 * The code hash in hex, for look-ups (core VerifyContext.codeHashHex): one one-shot hash with a
 * string output is ~3× faster than a Buffer output plus a JS hex encoding (0.3 vs 1.3 µs).
 */
export function nativeCodeHashHex(normalized: string): string {
  return hash('sha256', CODE_HASH_PREFIX + normalized, 'hex');
}
