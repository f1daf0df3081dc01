/**
 * Base58 as Bitcoin uses it (Base58Check addresses) and as Monero uses it (8-byte blocks).
 *
 * Written here rather than imported: the core may depend only on @noble/hashes among the noble
 * packages (tests/architecture.test.ts), and @scure/base, which has both, is not a dependency.
 * Inputs are at most 106 characters (the finder checks lengths first), so the quadratic
 * schoolbook conversion below costs a few thousand operations per candidate.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';

export const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE58_ALPHABET.length; i++) VALUE[BASE58_ALPHABET.charCodeAt(i)] = i;

export const isBase58Char = (c: number): boolean => c < 128 && VALUE[c]! >= 0;

/** Bitcoin-style base58 (leading `1`s are leading zero bytes), or null on a foreign character. */
export function base58Decode(s: string): Uint8Array | null {
  const bytes: number[] = []; // little-endian
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let carry = c < 128 ? VALUE[c]! : -1;
    if (carry < 0) return null;
    for (let j = 0; j < bytes.length; j++) {
      carry += bytes[j]! * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < s.length && s.charCodeAt(i) === 49; i++) bytes.push(0); // '1'
  return Uint8Array.from(bytes.reverse());
}

/** Base58Check: payload ‖ first 4 bytes of SHA-256(SHA-256(payload)). Returns the payload or why not. */
export function base58CheckDecode(s: string): { payload: Uint8Array } | { error: 'character' | 'checksum' } {
  const raw = base58Decode(s);
  if (!raw) return { error: 'character' };
  if (raw.length < 5) return { error: 'checksum' };
  const payload = raw.subarray(0, raw.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== raw[raw.length - 4 + i]) return { error: 'checksum' };
  return { payload };
}

/** Characters needed for a final Monero block of n bytes (n = 0 … 8). */
const MONERO_BLOCK_CHARS = [0, 2, 3, 5, 6, 7, 9, 10, 11];

/**
 * Monero's base58: 8-byte blocks encoded as 11 characters each, a short final block as
 * MONERO_BLOCK_CHARS[n] characters. A block whose value overflows its byte size is invalid.
 */
export function moneroBase58Decode(s: string): Uint8Array | null {
  const full = Math.floor(s.length / 11);
  const restChars = s.length % 11;
  const restBytes = MONERO_BLOCK_CHARS.indexOf(restChars);
  if (restBytes < 0) return null;
  const out = new Uint8Array(full * 8 + restBytes);
  const block = (from: number, chars: number, at: number, size: number): boolean => {
    let v = 0n;
    for (let k = 0; k < chars; k++) {
      const c = s.charCodeAt(from + k);
      const d = c < 128 ? VALUE[c]! : -1;
      if (d < 0) return false;
      v = v * 58n + BigInt(d);
    }
    if (v >> BigInt(8 * size) !== 0n) return false;
    for (let k = size - 1; k >= 0; k--) {
      out[at + k] = Number(v & 0xffn);
      v >>= 8n;
    }
    return true;
  };
  for (let b = 0; b < full; b++) if (!block(b * 11, 11, b * 8, 8)) return null;
  if (restBytes > 0 && !block(full * 11, restChars, full * 8, restBytes)) return null;
  return out;
}

/** Monero address checksum: the last 4 bytes are the first 4 of Keccak-256 over the rest. */
export function moneroChecksumOk(raw: Uint8Array): boolean {
  if (raw.length < 5) return false;
  const h = keccak_256(raw.subarray(0, raw.length - 4));
  for (let i = 0; i < 4; i++) if (h[i] !== raw[raw.length - 4 + i]) return false;
  return true;
}
