/** Ed25519 public keys as JWK (RFC 8037) and their RFC 7638 thumbprints (the statements' `kid`). */
import { sha256 } from '@noble/hashes/sha2.js';
import { base64urlDecode, base64urlEncode, utf8Encode } from './bytes.js';
import { assertPublicKey } from './ed25519.js';
import { fail, isWarncheckError } from './errors.js';

export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

/** RFC 7638: SHA-256 over the required members in lexicographic order, no white space. */
export function jwkThumbprint(pk: Uint8Array): string {
  const json = `{"crv":"Ed25519","kty":"OKP","x":"${base64urlEncode(pk)}"}`;
  return base64urlEncode(sha256(utf8Encode(json)));
}

export function publicJwk(pk: Uint8Array): PublicJwk {
  return { kty: 'OKP', crv: 'Ed25519', x: base64urlEncode(pk), kid: jwkThumbprint(pk), alg: 'EdDSA', use: 'sig' };
}

/** Strict: an OKP/Ed25519 public JWK whose key passes the policy. A private JWK is refused. */
export function parsePublicJwk(jwk: unknown): Uint8Array {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) return fail('WC_KEY_MALFORMED', 'not a JWK object');
  const o = jwk as Record<string, unknown>;
  if (o['kty'] !== 'OKP' || o['crv'] !== 'Ed25519') return fail('WC_KEY_MALFORMED', 'not an OKP Ed25519 JWK');
  if ('d' in o) return fail('WC_KEY_MALFORMED', 'a private JWK where a public key belongs');
  if (typeof o['x'] !== 'string') return fail('WC_KEY_MALFORMED', 'x');
  let pk: Uint8Array;
  try {
    pk = base64urlDecode(o['x']);
  } catch (e) {
    if (isWarncheckError(e)) return fail('WC_KEY_MALFORMED', 'x is not canonical base64url');
    throw e;
  }
  assertPublicKey(pk);
  if (o['kid'] !== undefined && o['kid'] !== jwkThumbprint(pk)) fail('WC_KEY_MALFORMED', 'kid is not the thumbprint');
  return pk;
}
