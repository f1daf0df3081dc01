/**
 * Ed25519 under ONE verification policy (docs/FORMAT.md §2; notes on why: the libraries disagree
 * on hundreds of edge-case vectors unless this policy is applied first):
 *   1. the key is 32 bytes, strictly decodable, canonical, not of small order, torsion-free;
 *   2. the signature is 64 bytes;
 *   3. R is strictly decodable, canonical, not of small order, torsion-free;
 *   4. S < L;
 *   5. the equation holds (noble, strict mode; under 1–4 cofactored = cofactorless).
 * Every accept/reject here is proven against Wycheproof, CCTV, speccheck and RFC 8032 vectors in
 * tests/core/ed25519-vectors.test.ts, together with the node:crypto back-end (src/node/ed25519.ts).
 */
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { fail } from './errors.js';
import { equalBytes } from './bytes.js';

// Configuration of a dependency, not state: noble's synchronous API needs a SHA-512 (the one allowed module-level write, tests/architecture.test.ts).
ed.hashes.sha512 = sha512;

/** The group order L. */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;

/** Strict point check shared by keys and R: decodable, canonical, not small order, torsion-free. */
function isStrictPoint(bytes: Uint8Array): boolean {
  if (bytes.length !== 32) return false;
  let p: ed.Point;
  try {
    p = ed.Point.fromBytes(bytes, false);
  } catch {
    return false;
  }
  return equalBytes(p.toBytes(), bytes) && !p.isSmallOrder() && p.isTorsionFree();
}

// No memo here (the core keeps no state): an adapter that verifies often passes its own
// back-end, which validates each key once (src/node/ed25519.ts nodeVerify).
export function isValidPublicKey(pk: Uint8Array): boolean {
  return isStrictPoint(pk);
}

/** @throws WC_KEY_MALFORMED (not 32 bytes / not a point) or WC_KEY_WEAK (non-canonical, small order, torsion). */
export function assertPublicKey(pk: Uint8Array): void {
  if (pk.length !== 32) fail('WC_KEY_MALFORMED', 'an Ed25519 public key is 32 bytes');
  try {
    ed.Point.fromBytes(pk, false);
  } catch {
    fail('WC_KEY_MALFORMED', 'not a curve point');
  }
  if (!isValidPublicKey(pk)) fail('WC_KEY_WEAK');
}

function scalarLE(b: Uint8Array): bigint {
  let n = 0n;
  for (let i = b.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(b[i]!);
  return n;
}

/** An Ed25519 verification back-end under the policy above (the core's own, or node:crypto's). */
export type Ed25519Verify = (pk: Uint8Array, msg: Uint8Array, sig: Uint8Array) => boolean;

/** Verify under the policy above. Never throws: any failure is `false`. */
export function verifyEd25519(pk: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  if (sig.length !== 64 || !isValidPublicKey(pk)) return false;
  if (!isStrictPoint(sig.subarray(0, 32))) return false;
  if (scalarLE(sig.subarray(32)) >= L) return false;
  try {
    return ed.verify(sig, msg, pk, { zip215: false });
  } catch {
    return false;
  }
}

/** Deterministic RFC 8032 signature from a 32-byte seed (noble; the browser and tests use it). */
export function signEd25519(seed: Uint8Array, msg: Uint8Array): Uint8Array {
  return ed.sign(msg, seed);
}

export function publicKeyFromSeed(seed: Uint8Array): Uint8Array {
  if (seed.length !== 32) fail('WC_KEY_MALFORMED', 'an Ed25519 seed is 32 bytes');
  return ed.getPublicKey(seed);
}
