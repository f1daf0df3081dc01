/**
 * Bytes and encodings. Every function names its variant: C2SP notes use standard base64,
 * JWS uses base64url. Decoders are strict: they accept only the canonical encoding, because
 * Node's forgiving atob lets many strings decode to the same bytes (notes/ED25519 §3.6).
 */
import { fail } from './errors.js';

const TE = new TextEncoder();
const TD = new TextDecoder('utf-8', { fatal: true });

export function utf8Encode(s: string): Uint8Array {
  return TE.encode(s);
}

/** Decode UTF-8 strictly; invalid sequences throw WC_INPUT_NOT_TEXT. */
export function utf8Decode(b: Uint8Array): string {
  try {
    return TD.decode(b);
  } catch {
    return fail('WC_INPUT_NOT_TEXT');
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const REV_STD = reverse(B64);
const REV_URL = reverse(B64URL);

function reverse(alpha: string): Int16Array {
  const r = new Int16Array(128).fill(-1);
  for (let i = 0; i < alpha.length; i++) r[alpha.charCodeAt(i)] = i;
  return r;
}

function encode(b: Uint8Array, alpha: string, pad: boolean): string {
  let out = '';
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const n = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    out += alpha[(n >> 18) & 63]! + alpha[(n >> 12) & 63]! + alpha[(n >> 6) & 63]! + alpha[n & 63]!;
  }
  const rest = b.length - i;
  if (rest === 1) {
    const n = b[i]! << 16;
    out += alpha[(n >> 18) & 63]! + alpha[(n >> 12) & 63]! + (pad ? '==' : '');
  } else if (rest === 2) {
    const n = (b[i]! << 16) | (b[i + 1]! << 8);
    out += alpha[(n >> 18) & 63]! + alpha[(n >> 12) & 63]! + alpha[(n >> 6) & 63]! + (pad ? '=' : '');
  }
  return out;
}

function decode(s: string, rev: Int16Array, pad: boolean): Uint8Array {
  let body = s;
  if (pad) {
    if (s.length % 4 !== 0) fail('WC_BASE64_NONCANONICAL', 'length');
    if (s.endsWith('==')) body = s.slice(0, -2);
    else if (s.endsWith('=')) body = s.slice(0, -1);
  }
  if (body.length % 4 === 1) fail('WC_BASE64_NONCANONICAL', 'length');
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const v = c < 128 ? rev[c]! : -1;
    if (v < 0) fail('WC_BASE64_NONCANONICAL', 'character');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
    acc &= 0xffff;
  }
  // Canonical: the unused low bits of the last character must be zero.
  if (bits > 0 && (acc & ((1 << bits) - 1)) !== 0) fail('WC_BASE64_NONCANONICAL', 'trailing bits');
  return out;
}

export const base64Encode = (b: Uint8Array): string => encode(b, B64, true);
export const base64Decode = (s: string): Uint8Array => decode(s, REV_STD, true);
export const base64urlEncode = (b: Uint8Array): string => encode(b, B64URL, false);
export const base64urlDecode = (s: string): Uint8Array => decode(s, REV_URL, false);

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function hexEncode(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += HEX_BYTE[b[i]!]!;
  return s;
}

export function hexDecode(s: string): Uint8Array {
  if (s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) fail('WC_KEY_MALFORMED', 'hex');
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i]! ^ b[i]!;
  return d === 0;
}
