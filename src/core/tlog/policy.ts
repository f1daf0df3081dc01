/**
 * Opening a checkpoint under the trust list's log policy (docs/LOG.md §10): the log key named in
 * the trust list must have signed it, and when the trust list names witnesses, at least
 * `threshold` of them must have cosigned it. A failure is an error, never a verdict: it says the
 * check cannot be completed, and which witnesses are missing.
 */
import { fail } from '../errors.js';
import type { Ed25519Verify } from '../ed25519.js';
import { parseCheckpoint, type Checkpoint } from './checkpoint.js';
import { cosignatureVerifier } from './cosignature.js';
import { ed25519Verifier, openNote, parseVerifierKey, type NoteVerifier } from './note.js';

export interface LogPolicy {
  origin: string;
  /** The log's verifier key, `<origin>+<key id>+<base64(0x01 || key)>`. */
  vkey: string;
  witnesses?: ReadonlyArray<{ name: string; vkey: string }>;
  /** Cosignatures required (k of n); 0 or absent: none. */
  witness_threshold?: number;
}

export interface OpenedCheckpoint extends Checkpoint {
  /** The signed note exactly as given (log signature and every cosignature). */
  note: string;
  /** The checkpoint text (the signed body). */
  text: string;
  /** Witnesses whose cosignature verified. */
  cosignedBy: string[];
}

/**
 * Verify a signed checkpoint note against the policy.
 * @throws WC_NOTE_* (signatures), WC_LOG_CHECKPOINT_MALFORMED / _ORIGIN, WC_LOG_WITNESS_MISSING
 */
export function openCheckpoint(note: string, policy: LogPolicy, verify?: Ed25519Verify): OpenedCheckpoint {
  const logKey = parseVerifierKey(policy.vkey);
  if (logKey.name !== policy.origin) fail('WC_LOG_CHECKPOINT_ORIGIN', 'the log key name is not the origin');
  const witnesses = (policy.witnesses ?? []).map((w) => ({ name: w.name, v: cosignatureVerifier(w.vkey) }));
  const core = ed25519Verifier(policy.vkey);
  const pk = logKey.publicKey;
  const logVerifier: NoteVerifier = verify ? { name: core.name, keyId: core.keyId, verify: (text, sig) => verify(pk, text, sig) } : core;
  const verifiers: NoteVerifier[] = [logVerifier, ...witnesses.map((w) => w.v)];
  const opened = openNote(note, verifiers);
  const logSigned = opened.sigs.some((s) => s.name === logKey.name && s.keyId === logKey.keyId);
  if (!logSigned) fail('WC_NOTE_UNVERIFIED', 'the log key did not sign this checkpoint');
  const cp = parseCheckpoint(opened.text, { origin: policy.origin });
  const cosignedBy = witnesses.filter((w) => opened.sigs.some((s) => s.name === w.v.name && s.keyId === w.v.keyId)).map((w) => w.name);
  const k = policy.witness_threshold ?? 0;
  if (cosignedBy.length < k) {
    const missing = witnesses.map((w) => w.name).filter((n) => !cosignedBy.includes(n));
    fail('WC_LOG_WITNESS_MISSING', `${cosignedBy.length} of ${k} required cosignatures; missing: ${missing.join(', ')}`);
  }
  return { ...cp, note, text: opened.text, cosignedBy };
}
