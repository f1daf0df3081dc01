/**
 * C2SP tlog-checkpoint bodies (c2sp.org/tlog-checkpoint v1.0.0; docs/LOG.md §5): the signed text
 * of a log's tree head. Hand-written (see hash.ts for why).
 *
 *   <origin>\n
 *   <tree size, ASCII decimal, no leading zeroes>\n
 *   <base64 of the 32-byte RFC 6962 root hash>\n
 *   [<extension line>\n]...      (opaque, non-empty; NOT RECOMMENDED)
 *
 * This module handles the text only; note.ts verifies the signatures around it.
 */
import { base64Decode, base64Encode } from '../bytes.js';
import { fail, isWarncheckError } from '../errors.js';
import { HASH_SIZE } from './hash.js';

export interface Checkpoint {
  readonly origin: string;
  /** Tree size (unsigned 64-bit). */
  readonly size: bigint;
  readonly rootHash: Uint8Array;
  /** Extension lines, without their newlines. */
  readonly extensions: readonly string[];
}

const MAX_U64 = (1n << 64n) - 1n;
const DECIMAL = /^(0|[1-9][0-9]*)$/;
const CONTROL = /[\u0000-\u001f]/;

/**
 * Parse a checkpoint body (a note's text). With `origin`, also require that origin.
 * @throws WC_LOG_CHECKPOINT_MALFORMED, WC_LOG_CHECKPOINT_ORIGIN
 */
export function parseCheckpoint(text: string, opts: { origin?: string } = {}): Checkpoint {
  if (!text.endsWith('\n')) fail('WC_LOG_CHECKPOINT_MALFORMED', 'must end in a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3) fail('WC_LOG_CHECKPOINT_MALFORMED', 'fewer than three lines');
  for (const l of lines) {
    if (l === '') fail('WC_LOG_CHECKPOINT_MALFORMED', 'empty line');
    if (CONTROL.test(l)) fail('WC_LOG_CHECKPOINT_MALFORMED', 'control character');
  }
  const [origin, sizeLine, rootLine, ...extensions] = lines as [string, string, string, ...string[]];
  if (!DECIMAL.test(sizeLine)) fail('WC_LOG_CHECKPOINT_MALFORMED', 'tree size');
  const size = BigInt(sizeLine);
  if (size > MAX_U64) fail('WC_LOG_CHECKPOINT_MALFORMED', 'tree size');
  let rootHash: Uint8Array;
  try {
    rootHash = base64Decode(rootLine);
  } catch (e) {
    if (isWarncheckError(e)) fail('WC_LOG_CHECKPOINT_MALFORMED', 'root hash base64');
    throw e;
  }
  if (rootHash.length !== HASH_SIZE) fail('WC_LOG_CHECKPOINT_MALFORMED', 'root hash length');
  if (opts.origin !== undefined && origin !== opts.origin) fail('WC_LOG_CHECKPOINT_ORIGIN');
  return { origin, size, rootHash, extensions };
}

/** Format a checkpoint body; the inverse of parseCheckpoint. */
export function formatCheckpoint(cp: { origin: string; size: bigint | number; rootHash: Uint8Array; extensions?: readonly string[] }): string {
  const size = typeof cp.size === 'number' ? (Number.isSafeInteger(cp.size) ? BigInt(cp.size) : -1n) : cp.size;
  if (size < 0n || size > MAX_U64) fail('WC_LOG_CHECKPOINT_MALFORMED', 'tree size');
  if (cp.rootHash.length !== HASH_SIZE) fail('WC_LOG_CHECKPOINT_MALFORMED', 'root hash length');
  const lines = [cp.origin, size.toString(), base64Encode(cp.rootHash), ...(cp.extensions ?? [])];
  for (const l of lines) if (l === '' || l.includes('\n') || CONTROL.test(l)) fail('WC_LOG_CHECKPOINT_MALFORMED', 'line');
  return lines.join('\n') + '\n';
}
