/**
 * C2SP tlog-cosignature, Ed25519 (signature type 0x04; c2sp.org/tlog-cosignature v1.0.1;
 * docs/LOG.md §6). Hand-written (see hash.ts for why).
 *
 * A cosignature is an ordinary note signature line on a checkpoint whose signature bytes are
 *   u64 big-endian timestamp (POSIX seconds, ≤ 2^63−1) || Ed25519 signature (64 bytes)
 * over the message
 *   "cosignature/v1\n" "time " <timestamp, ASCII decimal> "\n" <checkpoint text>.
 * Its key ID is SHA-256(name || 0x0A || 0x04 || public key)[:4], so the same key used as a type
 * 0x01 note key has a different ID. ML-DSA-44 cosignatures (type 0x06) cannot be verified on
 * Node 20 and are left to note.ts's unknown-signature rule.
 *
 * No clock here: signers are given their timestamp by the caller.
 */
import { concatBytes, utf8Encode } from '../bytes.js';
import { publicKeyFromSeed, signEd25519, verifyEd25519 } from '../ed25519.js';
import { fail } from '../errors.js';
import { parseCheckpoint } from './checkpoint.js';
import {
  SIG_TYPE_COSIGNATURE_V1,
  computeKeyId,
  formatVerifierKey,
  isValidKeyName,
  resolveVerifierKey,
  type NoteSignature,
  type NoteSigner,
  type NoteVerifier,
} from './note.js';

/** Signature bytes (after the key ID): 8-byte timestamp + 64-byte Ed25519 signature. */
export const COSIGNATURE_SIZE = 72;
const MAX_TIMESTAMP = (1n << 63n) - 1n;

function toTimestamp(t: bigint | number): bigint {
  const v = typeof t === 'number' ? (Number.isSafeInteger(t) ? BigInt(t) : -1n) : t;
  if (v < 0n || v > MAX_TIMESTAMP) fail('WC_NOTE_MALFORMED', 'cosignature timestamp out of range');
  return v;
}

/** The exact bytes an Ed25519 cosigner signs for `checkpointText` at `timestamp`. */
export function cosignatureMessage(checkpointText: string, timestamp: bigint | number): Uint8Array {
  return utf8Encode(`cosignature/v1\ntime ${toTimestamp(timestamp).toString()}\n${checkpointText}`);
}

/**
 * The timestamp carried by a cosignature (its signature bytes after the key ID, or the parsed line).
 * @throws WC_NOTE_MALFORMED when the signature is not 72 bytes or the time exceeds 2^63−1
 */
export function cosignatureTimestamp(sig: Uint8Array | NoteSignature): bigint {
  const b = sig instanceof Uint8Array ? sig : sig.signature;
  if (b.length !== COSIGNATURE_SIZE) fail('WC_NOTE_MALFORMED', 'cosignature length');
  let t = 0n;
  for (let i = 0; i < 8; i++) t = (t << 8n) | BigInt(b[i]!);
  return toTimestamp(t);
}

/** The vkey string of an Ed25519 cosigner: <name>+<key ID>+base64(0x04 || public key). */
export function formatCosignerKey(name: string, publicKey: Uint8Array): string {
  return formatVerifierKey(name, SIG_TYPE_COSIGNATURE_V1, publicKey);
}

/**
 * A note verifier for an Ed25519 cosigner (type 0x04), from its vkey or its name and raw key.
 * Use it with note.ts openNote on a checkpoint. Never throws from verify.
 */
export function cosignatureVerifier(vkey: string): NoteVerifier;
export function cosignatureVerifier(name: string, publicKey: Uint8Array): NoteVerifier;
export function cosignatureVerifier(nameOrVkey: string, publicKey?: Uint8Array): NoteVerifier {
  const { name, pk, keyId } = resolveVerifierKey(nameOrVkey, publicKey, SIG_TYPE_COSIGNATURE_V1);
  return {
    name,
    keyId,
    verify(text, sig) {
      if (sig.length !== COSIGNATURE_SIZE) return false;
      let t = 0n;
      for (let i = 0; i < 8; i++) t = (t << 8n) | BigInt(sig[i]!);
      if (t > MAX_TIMESTAMP) return false;
      const msg = concatBytes(utf8Encode(`cosignature/v1\ntime ${t.toString()}\n`), text);
      return verifyEd25519(pk, msg, sig.subarray(8));
    },
  };
}

/**
 * A note signer that cosigns checkpoints as `name` at `timestamp` (1 … 2^63−1; the witness
 * protocol requires a non-zero time). It refuses to sign a text that is not a checkpoint.
 */
export function cosignatureSigner(name: string, seed: Uint8Array, timestamp: bigint | number): NoteSigner {
  if (!isValidKeyName(name)) fail('WC_NOTE_KEY_MALFORMED', 'key name');
  const t = toTimestamp(timestamp);
  if (t === 0n) fail('WC_NOTE_MALFORMED', 'cosignature timestamp must not be zero');
  const s = seed.slice();
  const keyId = computeKeyId(name, SIG_TYPE_COSIGNATURE_V1, publicKeyFromSeed(s));
  const ts = new Uint8Array(8);
  for (let i = 7, x = t; i >= 0; i--, x >>= 8n) ts[i] = Number(x & 0xffn);
  const TD = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  return {
    name,
    keyId,
    sign(text) {
      let body: string;
      try {
        body = TD.decode(text);
      } catch {
        return fail('WC_LOG_CHECKPOINT_MALFORMED', 'not UTF-8');
      }
      parseCheckpoint(body);
      const msg = concatBytes(utf8Encode(`cosignature/v1\ntime ${t.toString()}\n`), text);
      return concatBytes(ts, signEd25519(s, msg));
    },
  };
}
