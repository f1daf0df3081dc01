/**
 * Bech32 (BIP-173) and Bech32m (BIP-350), and segregated-witness addresses on top of them.
 *
 * Written here rather than imported for the reason given in base58.ts (@scure/base is not a core
 * dependency). It follows the BIPs' reference code line by line and is tested against every
 * test vector in both BIPs (tests/core/extract/crypto.test.ts).
 */

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const CHARSET_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < CHARSET.length; i++) CHARSET_VALUE[CHARSET.charCodeAt(i)] = i;
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

export type Bech32Spec = 'bech32' | 'bech32m';
const CONST: Record<Bech32Spec, number> = { bech32: 1, bech32m: 0x2bc830a3 };
export const BECH32_MAX_LENGTH = 90;

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GENERATOR[i]!) >>> 0;
  }
  return chk;
}

function hrpExpand(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

export type Bech32Error = 'length' | 'character' | 'mixed-case' | 'separator' | 'checksum';

/** Decode a Bech32 or Bech32m string (BIP-173 §Bech32, BIP-350). `data` excludes the checksum. */
export function bech32Decode(s: string): { hrp: string; data: number[]; spec: Bech32Spec } | { error: Bech32Error } {
  if (s.length > BECH32_MAX_LENGTH) return { error: 'length' };
  let lower = false;
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 33 || c > 126) return { error: 'character' };
    if (c >= 97 && c <= 122) lower = true;
    if (c >= 65 && c <= 90) upper = true;
  }
  if (lower && upper) return { error: 'mixed-case' };
  const str = s.toLowerCase();
  const pos = str.lastIndexOf('1');
  if (pos < 1 || pos + 7 > str.length) return { error: 'separator' };
  const hrp = str.slice(0, pos);
  const data: number[] = [];
  for (let i = pos + 1; i < str.length; i++) {
    const v = CHARSET_VALUE[str.charCodeAt(i)]!;
    if (v < 0) return { error: 'character' };
    data.push(v);
  }
  const pm = polymod([...hrpExpand(hrp), ...data]);
  const spec: Bech32Spec | null = pm === CONST.bech32 ? 'bech32' : pm === CONST.bech32m ? 'bech32m' : null;
  if (!spec) return { error: 'checksum' };
  return { hrp, data: data.slice(0, -6), spec };
}

/** Regroup bits (BIP-173 convertbits); without padding, leftover bits must be < from and zero. */
function convertBits(data: readonly number[], from: number, to: number, pad: boolean): number[] | null {
  let acc = 0;
  let bits = 0;
  const out: number[] = [];
  const maxv = (1 << to) - 1;
  for (const v of data) {
    acc = (acc << from) | v;
    bits += from;
    while (bits >= to) {
      bits -= to;
      out.push((acc >> bits) & maxv);
    }
    acc &= (1 << bits) - 1;
  }
  if (pad) {
    if (bits > 0) out.push((acc << (to - bits)) & maxv);
  } else if (bits >= from || ((acc << (to - bits)) & maxv) !== 0) return null;
  return out;
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
  const program = convertBits(d.data.slice(1), 5, 8, false);
  if (!program) return { error: 'padding' };
  if (program.length < 2 || program.length > 40) return { error: 'program-length' };
  if (version === 0 && program.length !== 20 && program.length !== 32) return { error: 'program-length' };
  if ((version === 0) !== (d.spec === 'bech32')) return { error: 'wrong-variant' };
  return { version, program: Uint8Array.from(program) };
}

/** Encode a native segwit address (bech32 for v0, bech32m for v1+). */
export function encodeSegwitAddress(hrp: string, version: number, program: Uint8Array): string {
  const data = [version, ...convertBits([...program], 8, 5, true)!];
  const spec: Bech32Spec = version === 0 ? 'bech32' : 'bech32m';
  const pm = polymod([...hrpExpand(hrp), ...data, 0, 0, 0, 0, 0, 0]) ^ CONST[spec];
  let s = hrp + '1';
  for (const v of data) s += CHARSET[v];
  for (let i = 0; i < 6; i++) s += CHARSET[(pm >>> (5 * (5 - i))) & 31];
  return s;
}
