/**
 * The issuer's side of the log: the log key (KEYDIR/log.key) signs a checkpoint inside every
 * append's transaction, so the store, the log and the latest checkpoint always agree (docs/LOG.md).
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { base64Decode, base64Encode, equalBytes } from '../core/bytes.js';
import { fail } from '../core/errors.js';
import { treeRoot } from '../core/tlog/merkle.js';
import type { TrustListPayload } from '../core/trust.js';
import { formatCheckpoint } from '../core/tlog/checkpoint.js';
import { ed25519Signer, formatVerifierKey, isValidKeyName, SIG_TYPE_ED25519, signNote } from '../core/tlog/note.js';
import type { Store } from '../store/types.js';
import type { PrivateKey } from './keys.js';

/** The log's origin (= its key name): from the trust config, else `<site host>/log`. */
export function logOrigin(site: string, configured?: string): string {
  let origin = configured;
  if (origin === undefined) {
    try {
      origin = `${new URL(site).host}/log`;
    } catch {
      return fail('WC_USAGE', 'the trust config site is not a URL');
    }
  }
  if (!isValidKeyName(origin) || /\s/.test(origin)) fail('WC_USAGE', 'the log origin must be a schema-less URL without spaces or "+"');
  return origin;
}

export function logVerifierKey(origin: string, key: PrivateKey): string {
  return formatVerifierKey(origin, SIG_TYPE_ED25519, key.publicKey);
}

/** From now on every append to `store` is sealed by a checkpoint signed with the log key. */
export function attachLogSigner(store: Store, key: PrivateKey | undefined, trust: TrustListPayload, clock: () => number = Date.now): void {
  if (!trust.log) return fail('WC_LOG_MISSING', 'the trust list names no log: rebuild it with `warncheck trust` (keygen makes log.key)');
  if (!key || key.role !== 'log') return fail('WC_KEYFILE_INVALID', 'no log.key in the key directory');
  const { origin, vkey } = trust.log;
  if (logVerifierKey(origin, key) !== vkey) fail('WC_KEYFILE_INVALID', 'log.key is not the log key named in the trust list');
  const signer = ed25519Signer(origin, key.seed);
  const journal = checkpointJournal(key);
  store.setCheckpointSigner((size, root) => {
    // Recorded before the append commits: an entry whose append rolled back is ignored on reading
    // (its root is not the log's root at that size).
    appendLine(journal, `${size} ${base64Encode(root)} ${new Date(clock()).toISOString()}\n`);
    return signNote(formatCheckpoint({ origin, size, rootHash: root }), [signer]);
  });
}

/**
 * When each checkpoint was signed, kept next to the log key (KEYDIR/log-checkpoints.txt, one
 * `<size> <base64 root> <ISO time>` line per checkpoint): `revoke --key --at` maps a time to a log
 * size with it. A checkpoint note carries no time of its own (c2sp.org/tlog-checkpoint).
 */
export const CHECKPOINT_JOURNAL = 'log-checkpoints.txt';

function checkpointJournal(key: PrivateKey): string {
  return join(dirname(key.path), CHECKPOINT_JOURNAL);
}

function appendLine(path: string, line: string): void {
  const fd = openSync(path, 'a', 0o600);
  try {
    writeSync(fd, line);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The log size of the last checkpoint signed at or before `at` (0 if none), from the journal,
 * counting only entries whose root is the stored log's root at that size (so an append that
 * rolled back, or a journal of another log, never counts).
 */
export function logSizeAt(store: Store, key: PrivateKey | undefined, at: number): number {
  if (!key) return fail('WC_KEYFILE_INVALID', 'no log.key in the key directory');
  const path = checkpointJournal(key);
  if (!existsSync(path)) return 0;
  const count = store.count();
  const node = (level: number, index: bigint) => store.logHash(level, Number(index)) ?? fail('WC_DATA_CORRUPT', 'log hash missing');
  let best = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [sizeText, root, time] = line.split(' ');
    const size = Number(sizeText);
    const t = Date.parse(time ?? '');
    if (!Number.isSafeInteger(size) || size <= best || size > count || !Number.isFinite(t) || t > at) continue;
    try {
      if (equalBytes(treeRoot(size, node), base64Decode(root ?? ''))) best = size;
    } catch {
      /* a malformed line is not a checkpoint */
    }
  }
  return best;
}
