/**
 * The pure decision logic of a C2SP tlog-witness add-checkpoint call (c2sp.org/tlog-witness
 * v1.0.0; docs/LOG.md §8): parse the request body, check it against the witness's configuration
 * and its record of the log, and return the HTTP status the spec prescribes. Hand-written (see
 * hash.ts for why); proven against the torchwood litewitness request sequence.
 *
 * No I/O, no clock: the caller looks up the log and its latest cosigned state, runs this, then —
 * atomically with that lookup, to prevent the rollback race the spec describes — persists the new
 * state and cosigns (cosignature.ts) with its own clock before answering 200.
 */
import { base64Decode, base64Encode, equalBytes, utf8Encode } from '../bytes.js';
import { fail, isWarncheckError } from '../errors.js';
import { parseCheckpoint, type Checkpoint } from './checkpoint.js';
import { HASH_SIZE, emptyRoot } from './hash.js';
import { verifyConsistency } from './merkle.js';
import { MAX_NOTE_BYTES, formatSignatureLine, openNote, type NoteSigner, type NoteVerifier, type OpenedNote } from './note.js';

/** A client MUST NOT send more than 63 consistency proof lines. */
export const MAX_PROOF_LINES = 63;
export const TLOG_SIZE_CONTENT_TYPE = 'text/x.tlog.size';

export interface WitnessedLog {
  readonly origin: string;
  /** The log's keys (their names need not equal the origin: sum.golang.org signs "go.sum database tree"). */
  readonly verifiers: readonly NoteVerifier[];
}

/** The latest checkpoint the witness cosigned for an origin. */
export interface WitnessState {
  readonly size: bigint;
  readonly rootHash: Uint8Array;
}

export interface AddCheckpointRequest {
  readonly oldSize: bigint;
  readonly proof: readonly Uint8Array[];
  /** The signed checkpoint note, verbatim. */
  readonly checkpoint: string;
}

export type AddCheckpointDecision =
  | { readonly status: 200; readonly checkpoint: Checkpoint; readonly note: OpenedNote; readonly newState: WitnessState }
  | { readonly status: 409; readonly contentType: typeof TLOG_SIZE_CONTENT_TYPE; readonly body: string }
  | { readonly status: 400 | 403 | 404 | 422; readonly reason: string };

const TD = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const MAX_U64 = (1n << 64n) - 1n;
const MAX_BODY = MAX_NOTE_BYTES + 64 * (MAX_PROOF_LINES + 2);

function parseRequest(body: Uint8Array | string): AddCheckpointRequest {
  let s: string;
  if (typeof body === 'string') s = body;
  else {
    if (body.length > MAX_BODY) fail('WC_LOG_WITNESS_REQUEST_MALFORMED', 'body too large');
    try {
      s = TD.decode(body);
    } catch {
      fail('WC_LOG_WITNESS_REQUEST_MALFORMED', 'not UTF-8');
    }
  }
  if (s.length > MAX_BODY) fail('WC_LOG_WITNESS_REQUEST_MALFORMED', 'body too large');
  let nl = s.indexOf('\n');
  if (nl < 0) fail('WC_LOG_WITNESS_REQUEST_MALFORMED', 'no old size line');
  const m = /^old (0|[1-9][0-9]*)$/.exec(s.slice(0, nl));
  if (!m) fail('WC_LOG_WITNESS_REQUEST_MALFORMED', 'old size line');
  const oldSize = BigInt(m[1]!);
  if (oldSize > MAX_U64) fail('WC_LOG_WITNESS_REQUEST_MALFORMED', 'old size');
  const proof: Uint8Array[] = [];
  let o = nl + 1;
  for (;;) {
    nl = s.indexOf('\n', o);
    if (nl < 0) fail('WC_LOG_WITNESS_REQUEST_MALFORMED', 'no empty line');
    const line = s.slice(o, nl);
    o = nl + 1;
    if (line === '') break;
    if (proof.length === MAX_PROOF_LINES) fail('WC_LOG_WITNESS_REQUEST_MALFORMED', 'too many proof lines');
    let h: Uint8Array;
    try {
      h = base64Decode(line);
    } catch {
      fail('WC_LOG_WITNESS_REQUEST_MALFORMED', 'proof line base64');
    }
    if (h.length !== HASH_SIZE) fail('WC_LOG_WITNESS_REQUEST_MALFORMED', 'proof hash length');
    proof.push(h);
  }
  return { oldSize, proof, checkpoint: s.slice(o) };
}

/**
 * Parse an add-checkpoint request body.
 * @throws WC_LOG_WITNESS_REQUEST_MALFORMED
 */
export function parseAddCheckpointRequest(body: Uint8Array | string): AddCheckpointRequest {
  return parseRequest(body);
}

/** Format an add-checkpoint request body (the log's side). */
export function formatAddCheckpointRequest(oldSize: bigint | number, proof: readonly Uint8Array[], checkpointNote: string): string {
  const lines = [`old ${BigInt(oldSize).toString()}`, ...proof.map((p) => base64Encode(p)), ''];
  return lines.join('\n') + '\n' + checkpointNote;
}

const NOTE_REJECTIONS = new Set(['WC_NOTE_MALFORMED', 'WC_NOTE_SIGNATURE_INVALID', 'WC_NOTE_UNVERIFIED', 'WC_INPUT_TOO_LARGE']);

/**
 * Decide an add-checkpoint request (c2sp.org/tlog-witness "add-checkpoint"), in the spec's order:
 *  400 malformed body; 404 unknown origin; 403 no signature by a log key verifies (or a known
 *  key's signature fails, or the signature block is unreadable); 400 malformed checkpoint or
 *  old > size; 409 old ≠ the latest cosigned size (body "<size>\n"); 422 proof given for old 0,
 *  size 0 with a root other than SHA-256(""), equal sizes with different roots, or a consistency
 *  proof that does not verify; 200 otherwise, with the state to persist.
 */
export function decideAddCheckpoint(
  body: Uint8Array | string,
  witness: { readonly log: (origin: string) => WitnessedLog | undefined; readonly latest: (origin: string) => WitnessState | undefined },
): AddCheckpointDecision {
  let req: AddCheckpointRequest;
  try {
    req = parseRequest(body);
  } catch (e) {
    if (isWarncheckError(e, 'WC_LOG_WITNESS_REQUEST_MALFORMED')) return { status: 400, reason: e.detail ?? e.message };
    throw e;
  }
  const nl = req.checkpoint.indexOf('\n');
  if (nl <= 0) return { status: 400, reason: 'checkpoint has no origin line' };
  const origin = req.checkpoint.slice(0, nl);
  const log = witness.log(origin);
  if (!log) return { status: 404, reason: 'unknown log origin' };

  let note: OpenedNote;
  try {
    note = openNote(req.checkpoint, log.verifiers);
  } catch (e) {
    if (isWarncheckError(e) && NOTE_REJECTIONS.has(e.code)) return { status: 403, reason: `no valid log signature (${e.code})` };
    throw e;
  }
  let cp: Checkpoint;
  try {
    cp = parseCheckpoint(note.text, { origin });
  } catch (e) {
    if (isWarncheckError(e)) return { status: 400, reason: 'malformed checkpoint' };
    throw e;
  }
  if (req.oldSize > cp.size) return { status: 400, reason: 'old size is larger than the checkpoint size' };

  const latest = witness.latest(origin);
  const latestSize = latest?.size ?? 0n;
  if (req.oldSize !== latestSize) return { status: 409, contentType: TLOG_SIZE_CONTENT_TYPE, body: `${latestSize.toString()}\n` };

  const ok: AddCheckpointDecision = { status: 200, checkpoint: cp, note, newState: { size: cp.size, rootHash: cp.rootHash } };
  if (req.oldSize === 0n) {
    if (req.proof.length !== 0) return { status: 422, reason: 'old size 0 needs an empty proof' };
    if (cp.size === 0n && !equalBytes(cp.rootHash, emptyRoot())) return { status: 422, reason: 'empty tree with a wrong root' };
    return ok;
  }
  // latest is defined here: oldSize = latestSize > 0.
  const prev = latest!;
  if (req.oldSize === cp.size) {
    if (req.proof.length !== 0) return { status: 422, reason: 'equal sizes need an empty proof' };
    if (!equalBytes(prev.rootHash, cp.rootHash)) return { status: 422, reason: 'equal sizes, different roots' };
    return ok;
  }
  try {
    verifyConsistency(req.oldSize, cp.size, req.proof, prev.rootHash, cp.rootHash);
  } catch (e) {
    if (isWarncheckError(e)) return { status: 422, reason: 'consistency proof does not verify' };
    throw e;
  }
  return ok;
}

/** The 200 response body: one cosignature line per witness signer over the checkpoint text. */
export function addCheckpointResponse(checkpointText: string, signers: readonly NoteSigner[]): string {
  const text = utf8Encode(checkpointText);
  return signers.map((s) => formatSignatureLine(s.name, s.keyId, s.sign(text))).join('');
}
