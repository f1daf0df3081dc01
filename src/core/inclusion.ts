/**
 * The `inclusion` step: a statement counts only if it is in the public log under a checkpoint
 * that the trust list's log key signed (docs/LOG.md §10). A validly signed statement that is not
 * in the log was not issued through it (a stolen key, a quiet addition): it is not genuine.
 * The proof is built from the data's stored hashes (untrusted) and verified here, then returned in
 * the C2SP tlog-proof format so anyone can check it again later, offline.
 */
import { base64urlDecode, utf8Encode } from './bytes.js';
import { fail, isWarncheckError, type ErrorCode } from './errors.js';
import { leafHash } from './tlog/hash.js';
import { inclusionProof, verifyInclusion, type NodeHasher, type NodeReader } from './tlog/merkle.js';
import type { OpenedCheckpoint } from './tlog/policy.js';
import { formatTlogProof, parseTlogProof } from './tlog/proof.js';
import type { InclusionProof } from './verdict.js';

export interface LogContext {
  /** The latest checkpoint, already opened under the trust list's log policy (openCheckpoint). */
  checkpoint: OpenedCheckpoint;
  /** Log index of this exact statement (found through its code hash), or undefined. */
  indexOf?(jws: string, codeHash: Uint8Array | null): number | undefined;
  /** Complete subtree hashes of the log (untrusted: the proof is checked against the signed root). */
  node?: NodeReader;
  /**
   * `node` and `indexOf` read the answerer's OWN copy of the log, whose stored tree was checked
   * against the signed root when it was opened. A statement found there whose proof then fails
   * says the copy is damaged, not that the statement is forged: WC_DATA_CORRUPT is thrown (the
   * check cannot be completed) instead of a verdict.
   */
  ownData?: boolean;
  /**
   * Or: tlog-proofs handed over with the statements (the browser's range answer), by exact JWS.
   * Untrusted too: each must be against this checkpoint and verify against its root.
   */
  proofs?: ReadonlyMap<string, string>;
  /** Optional native hash back-ends (node:crypto), proven equal to the core's by tests. */
  leafHash?: (jws: string) => Uint8Array;
  nodeHash?: NodeHasher;
  /**
   * Optional memo owned and bounded by the caller: a proof against one checkpoint never changes,
   * so it is built and verified once (like signatures). Keyed by the exact JWS (the same string
   * object is hashed once), then by role; the caller clears it when the checkpoint changes.
   */
  memo?: Map<string, Partial<Record<InclusionProof['role'], InclusionProof | ErrorCode>>>;
}

export function proveInclusion(role: InclusionProof['role'], jws: string, codeHashB64: string | undefined, log: LogContext): InclusionProof | ErrorCode {
  const byRole = log.memo?.get(jws);
  const hit = byRole?.[role];
  if (hit !== undefined) return hit;
  const r = prove(role, jws, codeHashB64, log);
  if (log.memo) log.memo.set(jws, { ...byRole, [role]: r });
  return r;
}

function prove(role: InclusionProof['role'], jws: string, codeHashB64: string | undefined, log: LogContext): InclusionProof | ErrorCode {
  const cp = log.checkpoint;
  if (log.proofs) return given(role, jws, log);
  if (!log.indexOf || !log.node) return 'WC_LOG_NOT_INCLUDED';
  const index = log.indexOf(jws, codeHashB64 ? base64urlDecode(codeHashB64) : null);
  if (index === undefined || BigInt(index) >= cp.size) return 'WC_LOG_NOT_INCLUDED';
  try {
    const hashes = inclusionProof(index, cp.size, log.node, log.nodeHash);
    verifyInclusion(index, cp.size, log.leafHash ? log.leafHash(jws) : leafHash(utf8Encode(jws)), hashes, cp.rootHash, log.nodeHash);
    return { role, index, size: Number(cp.size), proof: formatTlogProof({ index, hashes, checkpoint: cp.note }) };
  } catch (e) {
    // Missing or altered hashes in the data: the log does not prove this statement.
    if (isWarncheckError(e) && log.ownData) fail('WC_DATA_CORRUPT', 'a stored statement does not prove against the signed checkpoint');
    if (isWarncheckError(e)) return 'WC_LOG_PROOF_INVALID';
    throw e;
  }
}

/** A handed-over proof: parsed, tied to this checkpoint, verified against its root. */
function given(role: InclusionProof['role'], jws: string, log: LogContext): InclusionProof | ErrorCode {
  const text = log.proofs!.get(jws);
  if (text === undefined) return 'WC_LOG_NOT_INCLUDED';
  const cp = log.checkpoint;
  try {
    const p = parseTlogProof(text);
    if (p.checkpoint !== cp.note || p.index >= cp.size) return 'WC_LOG_PROOF_INVALID';
    verifyInclusion(p.index, cp.size, log.leafHash ? log.leafHash(jws) : leafHash(utf8Encode(jws)), p.hashes, cp.rootHash, log.nodeHash);
    return { role, index: Number(p.index), size: Number(cp.size), proof: text };
  } catch (e) {
    if (isWarncheckError(e)) return 'WC_LOG_PROOF_INVALID';
    throw e;
  }
}
