/**
 * Bech32 (BIP-173) and Bech32m (BIP-350), and segregated-witness addresses on top of them.
 *
 * The codecs are @scure/base's; this module adds the segwit rules of the BIPs and names why a
 * string fails. Tested against every test vector in both BIPs (tests/core/extract/crypto.test.ts).
 */
import { bech32, bech32m } from '@scure/base';

export type Bech32Spec = 'bech32' | 'bech32m';
export const BECH32_MAX_LENGTH = 90;

export type Bech32Error = 'length' | 'character' | 'mixed-case' | 'separator' | 'checksum';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** Why a string that neither codec accepts fails, in the order BIP-173 checks it; the checksum last. */
function whyNot(s: string): Bech32Error {
  if (s.length > BECH32_MAX_LENGTH) return 'length';
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 33 || s.charCodeAt(i) > 126) return 'character';
  const lower = s.toLowerCase();
  if (s !== lower && s !== s.toUpperCase()) return 'mixed-case';
  const pos = lower.lastIndexOf('1');
  if (pos < 1 || pos + 7 > lower.length) return 'separator';
  for (let i = pos + 1; i < lower.length; i++) if (!CHARSET.includes(lower[i]!)) return 'character';
  return 'checksum';
}

/** Decode a Bech32 or Bech32m string (BIP-173 §Bech32, BIP-350). `data` excludes the checksum. */
export function bech32Decode(s: string): { hrp: string; data: number[]; spec: Bech32Spec } | { error: Bech32Error } {
  for (const [spec, coder] of [
    ['bech32', bech32],
    ['bech32m', bech32m],
  ] as const) {
    try {
      const d = coder.decode(s, BECH32_MAX_LENGTH);
      return { hrp: d.prefix, data: d.words, spec };
    } catch {
      // the other variant, or an error named below
    }
  }
  return { error: whyNot(s) };
}

export type SegwitError = Bech32Error | 'hrp' | 'version' | 'program-length' | 'padding' | 'wrong-variant';

/** A native segwit address for the given HRP (BIP-173 §Segwit address format, BIP-350 rules). */
export function decodeSegwitAddress(hrp: string, addr: string): { version: number; program: Uint8Array } | { error: SegwitError } {
  const d = bech32Decode(addr);
  if ('error' in d) return d;
  if (d.hrp !== hrp) return { error: 'hrp' };
  if (d.data.length < 1) return { error: 'program-length' };
  const version = d.data[0]!;
  if (version > 16) return { error: 'version' };
  // fromWordsUnsafe enforces BIP-173's convertbits rule: fewer than 5 leftover bits, all zero.
  const program = bech32.fromWordsUnsafe(d.data.slice(1));
  if (!program) return { error: 'padding' };
  if (program.length < 2 || program.length > 40) return { error: 'program-length' };
  if (version === 0 && program.length !== 20 && program.length !== 32) return { error: 'program-length' };
  if ((version === 0) !== (d.spec === 'bech32')) return { error: 'wrong-variant' };
  return { version, program };
}

/** Encode a native segwit address (bech32 for v0, bech32m for v1+). */
export function encodeSegwitAddress(hrp: string, version: number, program: Uint8Array): string {
  const words = [version, ...bech32.toWords(program)];
  return version === 0 ? bech32.encode(hrp, words) : bech32m.encode(hrp, words);
}
