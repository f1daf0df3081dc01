/**
 * Message codes (docs/FORMAT.md §3): `CC-XXXX-XXXX-XXXX`.
 *
 * CC is the ISO 3166-1 alpha-2 country of the issuer. The 12 symbols after it are Crockford
 * base32: 11 random symbols (55 bits) and one check symbol. The check symbol makes
 *   Σ α^i · v_i = 0   in GF(32) = GF(2)[x]/(x^5 + x^2 + 1),  α = x,
 * over the 14 positions (the two country letters, then the 12 symbols). Because
 * α has order 31 > 14, the weights α^i are distinct and non-zero, so every single substitution
 * (Δ·α^i ≠ 0) and every adjacent transposition ((a⊕b)·α^i·(1⊕α) ≠ 0) changes the sum: both are
 * always caught. Written by hand because no library offers a GF(32) check symbol; it is small
 * and proven exhaustively in tests/core/code.test.ts.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, hexEncode, utf8Encode } from './bytes.js';
import { fail } from './errors.js';

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_RANDOM_SYMBOLS = 11;
export const CODE_SYMBOLS = 12;
/** Longest string accepted as one typed code (separators included). */
export const CODE_MAX_TYPED = 40;
/** Domain separation for the code hash (FORMAT.md §3.4). */
export const CODE_HASH_PREFIX = 'warncheck/code/v1\n';

const EXP = new Uint8Array(62);
const LOG = new Int8Array(32).fill(-1);
{
  let x = 1;
  for (let i = 0; i < 31; i++) {
    EXP[i] = x;
    EXP[i + 31] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 32) x ^= 0b100101;
  }
}

function gfMul(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return EXP[LOG[a]! + LOG[b]!]!;
}

const SYMBOL_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < CODE_ALPHABET.length; i++) {
  SYMBOL_VALUE[CODE_ALPHABET.charCodeAt(i)] = i;
  SYMBOL_VALUE[CODE_ALPHABET.toLowerCase().charCodeAt(i)] = i;
}
// Crockford's reading aids: O→0, I/L→1 (any case).
const READING_AIDS = [
  ['O', 0],
  ['o', 0],
  ['I', 1],
  ['i', 1],
  ['L', 1],
  ['l', 1],
] as const;
for (const [c, v] of READING_AIDS) SYMBOL_VALUE[c.charCodeAt(0)] = v;

const SEPARATORS = new Set([' ', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '.', '_', '\u00a0', '\t']);
const SEPARATOR_UNITS = new Set([...SEPARATORS].map((c) => c.charCodeAt(0)));

/**
 * Value of a country letter. A letter that is also a symbol takes its symbol value (O→0, I→1
 * included), so swapping the last country letter with the first symbol is an ordinary
 * transposition and always caught. L and U take the spare values 2 and 4: for L, 2 is one of the
 * values for which such a swap lands a digit in the country (malformed, caught); U is no symbol.
 */
function countryValue(c: number): number {
  if (c === 76) return 2; // L
  if (c === 85) return 4; // U
  return SYMBOL_VALUE[c]!;
}

/** The values v_0 … v_13 of a normalized code (country letters then symbols). */
function values(normalized: string): number[] {
  const v: number[] = [countryValue(normalized.charCodeAt(0)), countryValue(normalized.charCodeAt(1))];
  for (let i = 2; i < normalized.length; i++) v.push(SYMBOL_VALUE[normalized.charCodeAt(i)]!);
  return v;
}

function syndrome(v: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s ^= gfMul(EXP[i % 31]!, v[i]!);
  return s;
}

/** The check symbol for a country and 11 random symbols (both already normalized). */
export function checkSymbol(country: string, random: string): string {
  const v = values(country + random);
  const s = syndrome(v);
  // v_13 · α^13 = s  →  v_13 = s · α^-13 = s · α^18
  return CODE_ALPHABET[gfMul(s, EXP[31 - 13]!)]!;
}

export type CodeParse =
  | { ok: true; normalized: string; country: string; display: string }
  | { ok: false; code: 'WC_CODE_MALFORMED' | 'WC_CODE_CHECK_FAILED'; normalized?: string; country?: string };

/**
 * Normalize a typed code (FORMAT.md §3.3): drop separators, upper-case, O→0 and I/L→1 in the
 * symbol part, then check length, alphabet and check symbol. Never throws.
 */
export function parseCode(typed: string): CodeParse {
  if (typed.length > CODE_MAX_TYPED) return { ok: false, code: 'WC_CODE_MALFORMED' };
  const t = typed.trim();
  // One pass by code unit (every separator is one unit): keep the units that are not separators.
  const kept: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (SEPARATOR_UNITS.has(c)) continue;
    if (kept.length === 2 + CODE_SYMBOLS) return { ok: false, code: 'WC_CODE_MALFORMED' };
    kept.push(c);
  }
  if (kept.length !== 2 + CODE_SYMBOLS) return { ok: false, code: 'WC_CODE_MALFORMED' };
  // toUpperCase on the pair, as typed (it maps a few non-ASCII letters, e.g. ı → I).
  const country = String.fromCharCode(kept[0]!, kept[1]!).toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) return { ok: false, code: 'WC_CODE_MALFORMED' };
  let symbols = '';
  let syn = gfMul(EXP[0]!, countryValue(country.charCodeAt(0))) ^ gfMul(EXP[1]!, countryValue(country.charCodeAt(1)));
  for (let i = 2; i < kept.length; i++) {
    const c = kept[i]!;
    const v = c < 128 ? SYMBOL_VALUE[c]! : -1;
    if (v < 0) return { ok: false, code: 'WC_CODE_MALFORMED' };
    symbols += CODE_ALPHABET[v];
    syn ^= gfMul(EXP[i % 31]!, v);
  }
  const normalized = country + symbols;
  if (syn !== 0) return { ok: false, code: 'WC_CODE_CHECK_FAILED', normalized, country };
  return { ok: true, normalized, country, display: formatCode(normalized) };
}

/** Normalized form, or null if the code is malformed or fails its check symbol. */
export function normalizeCode(typed: string): string | null {
  const p = parseCode(typed);
  return p.ok ? p.normalized : null;
}

/** `NO7K3Q9XW2M4TD` → `NO-7K3Q-9XW2-M4TD`. */
export function formatCode(normalized: string): string {
  return `${normalized.slice(0, 2)}-${normalized.slice(2, 6)}-${normalized.slice(6, 10)}-${normalized.slice(10, 14)}`;
}

/**
 * Make a code from a country and 11 random bytes' worth of entropy (a CSPRNG is the caller's:
 * core reads no randomness). Uses 5 bits of each of the first 11 bytes.
 */
export function makeCode(country: string, random: Uint8Array): string {
  if (!/^[A-Z]{2}$/.test(country)) fail('WC_USAGE', 'country must be two capital letters');
  if (random.length < CODE_RANDOM_SYMBOLS) fail('WC_USAGE', 'need 11 random bytes');
  let r = '';
  for (let i = 0; i < CODE_RANDOM_SYMBOLS; i++) r += CODE_ALPHABET[random[i]! & 31];
  return country + r + checkSymbol(country, r);
}

/** SHA-256("warncheck/code/v1\n" ‖ normalized code): what public data holds instead of the code. */
export function codeHash(normalized: string): Uint8Array {
  return sha256(concatBytes(utf8Encode(CODE_HASH_PREFIX), utf8Encode(normalized)));
}

export function codeHashHex(normalized: string): string {
  return hexEncode(codeHash(normalized));
}

/**
 * Every valid code one typing slip away from a code that failed its check: all single
 * substitutions and adjacent transpositions in the symbol part. Used to suggest the code the
 * reader probably meant (only if exactly one of them was issued).
 */
export function nearbyCodes(normalized: string): string[] {
  const out = new Set<string>();
  const country = normalized.slice(0, 2);
  const sym = normalized.slice(2);
  for (let i = 0; i < sym.length; i++) {
    for (const c of CODE_ALPHABET) {
      if (c === sym[i]) continue;
      const cand = country + sym.slice(0, i) + c + sym.slice(i + 1);
      if (syndrome(values(cand)) === 0) out.add(cand);
    }
    if (i + 1 < sym.length && sym[i] !== sym[i + 1]) {
      const cand = country + sym.slice(0, i) + sym[i + 1] + sym[i] + sym.slice(i + 2);
      if (syndrome(values(cand)) === 0) out.add(cand);
    }
  }
  return [...out];
}
