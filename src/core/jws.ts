/**
 * Compact JWS (RFC 7515) with one profile: alg "EdDSA" (RFC 8037) only, a `kid`, canonical
 * base64url in every segment.
 * Kept here rather than jose: strict (jose accepts padding, whitespace and non-zero trailing bits,
 * so many strings for one token), synchronous (jose verifies through async WebCrypto), and isomorphic
 * (the browser runs the very same check). tests/core/jose-differential.test.ts holds the two apart.
 */
import { base64urlDecode, base64urlEncode, utf8Decode, utf8Encode } from './bytes.js';
import { verifyEd25519 } from './ed25519.js';
import { fail, isWarncheckError } from './errors.js';

export const JWS_ALG = 'EdDSA';
/** Header members a verifier must refuse: keys come only from the trust list. */
const FORBIDDEN_HEADER = ['crit', 'b64', 'jwk', 'jku', 'x5u', 'x5c', 'x5t', 'x5t#S256'];

export interface ParsedJws {
  /** The compact serialization exactly as given. */
  compact: string;
  header: Record<string, unknown>;
  kid: string;
  typ: string | undefined;
  payload: Uint8Array;
  signature: Uint8Array;
  signingInput: Uint8Array;
}

function segment(s: string, what: string): Uint8Array {
  try {
    return base64urlDecode(s);
  } catch (e) {
    if (isWarncheckError(e)) return fail('WC_JWS_MALFORMED', `${what} is not canonical base64url`);
    throw e;
  }
}

export type DecodedJws = Omit<ParsedJws, 'kid' | 'typ'>;

/**
 * RFC 7515 compact decoding under the strict profile (three canonical base64url segments, a JSON
 * object header, alg EdDSA only, no key-carrying or `crit`/`b64` members, a 64-byte signature), but
 * without warncheck's `kid`/`typ` rules: the RFC 8037 vectors have no `kid` and run through this.
 * @throws WC_INPUT_TOO_LARGE, WC_JWS_MALFORMED, WC_JWS_ALG_NOT_ALLOWED
 */
export function decodeCompactJws(s: string, maxLength = 8192): DecodedJws {
  if (s.length > maxLength) fail('WC_INPUT_TOO_LARGE', 'JWS');
  const parts = s.split('.');
  if (parts.length !== 3) return fail('WC_JWS_MALFORMED', 'a compact JWS has three segments');
  const [h, p, sig] = parts as [string, string, string];
  if (h.length === 0 || sig.length === 0) fail('WC_JWS_MALFORMED', 'empty segment');
  let header: unknown;
  try {
    header = JSON.parse(utf8Decode(segment(h, 'header')));
  } catch (e) {
    if (isWarncheckError(e) && e.code === 'WC_JWS_MALFORMED') throw e;
    return fail('WC_JWS_MALFORMED', 'header is not JSON');
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return fail('WC_JWS_MALFORMED', 'header is not an object');
  const hd = header as Record<string, unknown>;
  if (hd['alg'] !== JWS_ALG) fail('WC_JWS_ALG_NOT_ALLOWED');
  for (const k of FORBIDDEN_HEADER) if (k in hd) fail('WC_JWS_MALFORMED', `header member ${k} is not allowed`);
  const payload = segment(p, 'payload');
  const signature = segment(sig, 'signature');
  if (signature.length !== 64) fail('WC_JWS_MALFORMED', 'an EdDSA signature is 64 bytes');
  return { compact: s, header: hd, payload, signature, signingInput: utf8Encode(`${h}.${p}`) };
}

/** decodeCompactJws plus warncheck's header rules: a `kid` (1..128 chars), `typ` a string if present. */
export function parseCompactJws(s: string, maxLength = 8192): ParsedJws {
  const d = decodeCompactJws(s, maxLength);
  const kid = d.header['kid'];
  if (typeof kid !== 'string' || kid.length === 0 || kid.length > 128) return fail('WC_JWS_MALFORMED', 'kid');
  const typ = d.header['typ'];
  if (typ !== undefined && typeof typ !== 'string') fail('WC_JWS_MALFORMED', 'typ');
  return { ...d, kid, typ: typ as string | undefined };
}

export function verifyJws(parsed: DecodedJws, pk: Uint8Array): boolean {
  return verifyEd25519(pk, parsed.signingInput, parsed.signature);
}

export function formatCompactJws(header: Record<string, unknown>, payload: Uint8Array, sign: (signingInput: Uint8Array) => Uint8Array): string {
  const input = `${base64urlEncode(utf8Encode(JSON.stringify(header)))}.${base64urlEncode(payload)}`;
  return `${input}.${base64urlEncode(sign(utf8Encode(input)))}`;
}
