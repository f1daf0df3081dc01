/**
 * Offline inclusion proofs in the C2SP tlog-proof format (c2sp.org/tlog-proof; docs/LOG.md §9):
 *
 *   c2sp.org/tlog-proof@v1
 *   [extra <base64>]                 (not authenticated; warncheck writes none)
 *   index <leaf index>
 *   <base64 proof hash>              (0 or more, leaf sibling first)
 *                                    (empty line)
 *   <the signed checkpoint note, verbatim>
 *
 * A verdict carries one per statement it rests on, so that anyone can check it later against the
 * log key alone, with no access to warncheck.
 */
import { base64Decode, base64Encode, utf8Encode } from '../bytes.js';
import { fail, isWarncheckError } from '../errors.js';
import { leafHash } from './hash.js';
import { verifyInclusion } from './merkle.js';
import { openCheckpoint, type LogPolicy, type OpenedCheckpoint } from './policy.js';

export const TLOG_PROOF_HEADER = 'c2sp.org/tlog-proof@v1';
const MAX_PROOF_HASHES = 64;
const DECIMAL = /^(0|[1-9][0-9]{0,19})$/;

export interface TlogProof {
  extra?: Uint8Array;
  index: bigint;
  hashes: Uint8Array[];
  /** The signed checkpoint, verbatim. */
  checkpoint: string;
}

export function formatTlogProof(p: { index: bigint | number; hashes: readonly Uint8Array[]; checkpoint: string }): string {
  return `${TLOG_PROOF_HEADER}\nindex ${BigInt(p.index)}\n${p.hashes.map((h) => base64Encode(h) + '\n').join('')}\n${p.checkpoint}`;
}

/** @throws WC_LOG_PROOF_FORMAT */
export function parseTlogProof(text: string): TlogProof {
  const lines = text.split('\n');
  let i = 0;
  if (lines[i++] !== TLOG_PROOF_HEADER) fail('WC_LOG_PROOF_FORMAT', 'header');
  let extra: Uint8Array | undefined;
  if (lines[i]?.startsWith('extra ')) extra = b64(lines[i++]!.slice(6));
  const idx = lines[i++];
  if (!idx?.startsWith('index ') || !DECIMAL.test(idx.slice(6))) fail('WC_LOG_PROOF_FORMAT', 'index line');
  const index = BigInt(idx!.slice(6));
  if (index >= 1n << 64n) fail('WC_LOG_PROOF_FORMAT', 'index');
  const hashes: Uint8Array[] = [];
  while (i < lines.length && lines[i] !== '') {
    if (hashes.length >= MAX_PROOF_HASHES) fail('WC_LOG_PROOF_FORMAT', 'too many hashes');
    const h = b64(lines[i++]!);
    if (h.length !== 32) fail('WC_LOG_PROOF_FORMAT', 'hash length');
    hashes.push(h);
  }
  if (i >= lines.length) fail('WC_LOG_PROOF_FORMAT', 'no checkpoint');
  const checkpoint = lines.slice(i + 1).join('\n');
  if (checkpoint === '') fail('WC_LOG_PROOF_FORMAT', 'no checkpoint');
  return { ...(extra ? { extra } : {}), index, hashes, checkpoint };
}

function b64(s: string): Uint8Array {
  try {
    return base64Decode(s);
  } catch (e) {
    if (isWarncheckError(e)) fail('WC_LOG_PROOF_FORMAT', 'base64');
    throw e;
  }
}

/**
 * Verify a tlog-proof for one entry (the exact bytes of a statement JWS): the checkpoint under
 * the policy (log signature, witnesses), then the inclusion proof against its root.
 * @throws WC_LOG_PROOF_FORMAT, WC_NOTE_*, WC_LOG_CHECKPOINT_*, WC_LOG_WITNESS_MISSING, WC_LOG_PROOF_INVALID
 */
export function verifyTlogProof(entry: string | Uint8Array, proofText: string, policy: LogPolicy): OpenedCheckpoint & { index: bigint } {
  const p = parseTlogProof(proofText);
  const cp = openCheckpoint(p.checkpoint, policy);
  const bytes = typeof entry === 'string' ? utf8Encode(entry) : entry;
  verifyInclusion(p.index, cp.size, leafHash(bytes), p.hashes, cp.rootHash);
  return { ...cp, index: p.index };
}
