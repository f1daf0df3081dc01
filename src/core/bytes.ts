/**
 * Bytes and encodings. Every function names its variant: C2SP notes use standard base64,
 * JWS uses base64url (unpadded). Decoders are strict: they accept only the canonical encoding,
 * because a forgiving decoder (Node's atob, Buffer) lets many strings decode to the same bytes,
 * so a signed value would have many spellings.
 */
import { base64, base64urlnopad, hex, type BytesCoder } from '@scure/base';
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

// The codecs are @scure/base's: as strict as this project needs (canonical padding, zero trailing
// bits, one alphabet, no whitespace), audited, and isomorphic. Only the error code is ours.
const B64_SHAPE = /^[A-Za-z0-9+/]*={0,2}$/;
const B64URL_SHAPE = /^[A-Za-z0-9_-]*$/;

function decode(coder: BytesCoder, s: string, shape: RegExp, padded: boolean): Uint8Array {
  try {
    return coder.decode(s);
  } catch {
    // Name why, for the error's detail: the library has rejected it either way.
    const why = !shape.test(s) ? 'character' : (padded ? s.length % 4 !== 0 : s.length % 4 === 1) ? 'length' : 'trailing bits';
    return fail('WC_BASE64_NONCANONICAL', why);
  }
}

export const base64Encode = (b: Uint8Array): string => base64.encode(b);
export const base64Decode = (s: string): Uint8Array => decode(base64, s, B64_SHAPE, true);
export const base64urlEncode = (b: Uint8Array): string => base64urlnopad.encode(b);
export const base64urlDecode = (s: string): Uint8Array => decode(base64urlnopad, s, B64URL_SHAPE, false);

export const hexEncode = (b: Uint8Array): string => hex.encode(b);

/** Hex in either case, an even number of digits; anything else is WC_KEY_MALFORMED. */
export function hexDecode(s: string): Uint8Array {
  try {
    return hex.decode(s);
  } catch {
    return fail('WC_KEY_MALFORMED', 'hex');
  }
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
