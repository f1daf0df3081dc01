/**
 * Base58 as Bitcoin uses it (Base58Check addresses) and as Monero uses it (8-byte blocks).
 *
 * The codecs are @scure/base's; this module only turns their exceptions into the reasons the
 * finder reports. Inputs are at most 106 characters (the finder checks lengths first), so the
 * quadratic base conversion costs a few thousand operations per candidate.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58, base58xmr } from '@scure/base';

/** The Bitcoin alphabet (1–9, A–Z without I and O, a–z without l) as code ranges: the finder calls this per character. */
export const isBase58Char = (c: number): boolean => (c >= 49 && c <= 57) || (c >= 65 && c <= 90 && c !== 73 && c !== 79) || (c >= 97 && c <= 122 && c !== 108);

/** Bitcoin-style base58 (leading `1`s are leading zero bytes), or null on a foreign character. */
export function base58Decode(s: string): Uint8Array | null {
  try {
    return base58.decode(s);
  } catch {
    return null;
  }
}

/**
 * Base58Check: payload ‖ first 4 bytes of SHA-256(SHA-256(payload)). Returns the payload or why not.
 * The checksum is compared here, not by @scure/base's createBase58check: that one throws on a bad
 * checksum, and telling `character` from `checksum` would then cost a second decode per failing candidate.
 */
export function base58CheckDecode(s: string): { payload: Uint8Array } | { error: 'character' | 'checksum' } {
  const raw = base58Decode(s);
  if (!raw) return { error: 'character' };
  if (raw.length < 5) return { error: 'checksum' };
  const payload = raw.subarray(0, raw.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== raw[raw.length - 4 + i]) return { error: 'checksum' };
  return { payload };
}

/**
 * Monero's base58: 8-byte blocks encoded as 11 characters each, a short final block in fewer
 * characters. A block whose value overflows its byte size is invalid (null).
 */
export function moneroBase58Decode(s: string): Uint8Array | null {
  try {
    return base58xmr.decode(s);
  } catch {
    return null;
  }
}

/** Monero address checksum: the last 4 bytes are the first 4 of Keccak-256 over the rest. */
export function moneroChecksumOk(raw: Uint8Array): boolean {
  if (raw.length < 5) return false;
  const h = keccak_256(raw.subarray(0, raw.length - 4));
  for (let i = 0; i < 4; i++) if (h[i] !== raw[raw.length - 4 + i]) return false;
  return true;
}
