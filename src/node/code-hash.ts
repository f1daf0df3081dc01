/** The code hash with node:crypto: the same bytes as core `codeHash` (tests/core/code.test.ts), faster. */
import { hash } from 'node:crypto';
import { CODE_HASH_PREFIX } from '../core/code.js';

export function nativeCodeHash(normalized: string): Uint8Array {
  return hash('sha256', CODE_HASH_PREFIX + normalized, 'buffer'); // a Buffer is a Uint8Array
}

/**
 * The code hash as hex and base64url, for verification (core VerifyContext.codeHash). Two one-shot
 * hashes of ~30 bytes with string output are ~3× faster than one with a Buffer output and two
 * encodings (measured: 0.6 vs 1.6 µs), and verifying a code needs nothing else of the hash.
 */
export function nativeCodeHashText(normalized: string): { hex: string; b64: string } {
  const input = CODE_HASH_PREFIX + normalized;
  return { hex: hash('sha256', input, 'hex'), b64: hash('sha256', input, 'base64url') };
}
