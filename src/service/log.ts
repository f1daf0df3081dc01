/**
 * The reader's side of the log (docs/LOG.md §10): open the latest checkpoint under the trust
 * list's log policy, check that it commits to exactly the stored statements, and keep checking
 * that every newer checkpoint is consistent with the one before (a rolled-back or forked log is an
 * error, never a verdict). Proofs are built from the stored subtree hashes, which the core
 * verifies against the signed root on every answer.
 */
import { base64Decode, base64Encode, equalBytes } from '../core/bytes.js';
import { fail, isWarncheckError } from '../core/errors.js';
import type { LogContext } from '../core/inclusion.js';
import type { TrustState } from '../core/trust.js';
import type { Ed25519Verify } from '../core/ed25519.js';
import { consistencyProof, treeRoot, verifyConsistency, type NodeReader } from '../core/tlog/merkle.js';
import { openCheckpoint, type OpenedCheckpoint } from '../core/tlog/policy.js';
import { leafHashOf, nodeHashOf } from '../store/log.js';
import { boundedMap } from './bounded-map.js';

const PROOF_CACHE_MAX = 5_000;
/** The tick: how often a server looks for a new checkpoint (and trust list, service/load.ts). */
export const RECHECK_MS = 1000;
import type { Store } from '../store/types.js';

/** A checkpoint remembered by a verifier: `<size> <base64 root>`. */
export type SeenCheckpoint = string;

export interface OpenLog {
  /** The log context for the next answer (re-reads the latest checkpoint; cheap when unchanged). */
  context(): LogContext;
  /** The checkpoint currently answered from. */
  current(): OpenedCheckpoint;
  /** The log's verifier key (trust list). */
  vkey: string;
}

export function seenOf(cp: OpenedCheckpoint): SeenCheckpoint {
  return `${cp.size} ${base64Encode(cp.rootHash)}`;
}

export function openLog(
  store: Store,
  trust: TrustState,
  seenFor: (vkey: string) => SeenCheckpoint | undefined = () => undefined,
  verify?: Ed25519Verify,
  /** Which statements the proof memo may keep (service/load.ts: issued ones only). */
  admit?: (jws: string) => boolean,
): OpenLog {
  const policy = trust.payload.log;
  if (!policy) return fail('WC_LOG_MISSING', 'the trust list names no log');
  const seen = seenFor(policy.vkey);
  const node: NodeReader = (level, index) => store.logHash(level, Number(index)) ?? fail('WC_LOG_RANGE', 'hash not stored');
  const open = (note: string): OpenedCheckpoint => openCheckpoint(note, policy, verify);

  const first = store.latestCheckpoint();
  if (!first) return fail('WC_LOG_MISSING', 'no signed checkpoint');
  let cp = open(first.note);
  if (Number(cp.size) !== store.count()) fail('WC_LOG_MISSING', 'the latest checkpoint does not cover every stored statement');
  // The stored tree must have the signed root (tampered hashes or statements show up here or in a proof).
  if (!equalBytes(treeRoot(cp.size, node), cp.rootHash)) fail('WC_DATA_CORRUPT', 'the stored log does not match its signed checkpoint');
  if (seen !== undefined) checkAgainstSeen(seen, cp, node);
  let note = first.note;
  let checkedAt = Date.now();

  // Proofs against one checkpoint never change: each is built and verified once (bounded).
  let memo: NonNullable<LogContext['memo']> = boundedMap(PROOF_CACHE_MAX, admit);
  const indexOf = (jws: string, h: Uint8Array | null): number | undefined => store.indexOf(h, jws);
  // One context object per checkpoint (answers share it; it is rebuilt when the checkpoint changes).
  let current: LogContext = { checkpoint: cp, node, indexOf, leafHash: leafHashOf, nodeHash: nodeHashOf, memo };
  const ctx = (): LogContext => current;
  return {
    vkey: policy.vkey,
    current: () => cp,
    context() {
      // A new checkpoint is looked for at most once a second: /log/checkpoint may be cached for
      // seconds anyway, and one query per answer cost ~9 % of the service's throughput.
      const now = Date.now();
      if (now - checkedAt < RECHECK_MS) return ctx();
      checkedAt = now;
      const latest = store.latestCheckpoint();
      if (latest && latest.note !== note) {
        const next = open(latest.note);
        checkAgainstSeen(seenOf(cp), next, node);
        cp = next;
        note = latest.note;
        memo = boundedMap(PROOF_CACHE_MAX, admit);
        current = { checkpoint: cp, node, indexOf, leafHash: leafHashOf, nodeHash: nodeHashOf, memo };
      }
      return ctx();
    },
  };
}

/** The new checkpoint must extend the one seen before. */
function checkAgainstSeen(seen: SeenCheckpoint, cp: OpenedCheckpoint, node: NodeReader): void {
  const [sizeText, root] = seen.split(' ');
  const size = BigInt(sizeText ?? '0');
  if (size > cp.size) fail('WC_LOG_ROLLBACK', `seen ${size}, now ${cp.size}`);
  if (size === 0n) return;
  try {
    const proof = size === cp.size ? [] : consistencyProof(size, cp.size, node);
    verifyConsistency(size, cp.size, proof, base64Decode(root ?? ''), cp.rootHash);
  } catch (e) {
    if (isWarncheckError(e)) fail('WC_LOG_FORK', `not consistent with the checkpoint of size ${size} seen before`);
    throw e;
  }
}
