/**
 * The reader's side of the log (docs/LOG.md §10): open the latest checkpoint under the trust
 * list's log policy, check that it commits to exactly the stored statements, and keep checking
 * that every newer checkpoint is consistent with the one before (a rolled-back or forked log is an
 * error, never a verdict). Proofs are built from the stored subtree hashes, which the core
 * verifies against the signed root on every answer.
 */
import { performance as perf } from 'node:perf_hooks';
import { base64Decode, base64Encode, base64urlEncode, equalBytes } from '../core/bytes.js';
import { fail, isWarncheckError } from '../core/errors.js';
import { proveInclusion, type LogContext } from '../core/inclusion.js';
import type { TrustState } from '../core/trust.js';
import type { Ed25519Verify } from '../core/ed25519.js';
import { consistencyProof, inclusionProofNodes, treeRoot, verifyConsistency, type NodeReader } from '../core/tlog/merkle.js';
import { openCheckpoint, type OpenedCheckpoint } from '../core/tlog/policy.js';
import { leafHashOf, nodeHashOf, runToEnd } from '../store/log.js';
/** The tick: how often a server looks for a new checkpoint (and trust list, service/load.ts). */
export const RECHECK_MS = 1000;
import type { Store, StoredEntry } from '../store/types.js';

/** A checkpoint remembered by a verifier: `<size> <base64 root>`. */
export type SeenCheckpoint = string;

export interface OpenLog {
  /** The log context for the next answer (re-reads the latest checkpoint; cheap when unchanged). */
  context(): LogContext;
  /** The checkpoint currently answered from. */
  current(): OpenedCheckpoint;
  /** The log's verifier key (trust list). */
  vkey: string;
  /**
   * The stored statements under this code hash that `log`'s checkpoint covers (later appends are
   * not published yet), each proven in the log first (the proof is remembered for the answer).
   * Damage to the data is WC_DATA_CORRUPT here, before any statement can become a verdict: a
   * stored statement altered on disk would otherwise read `forged` (bad signature).
   */
  statements(codeHash: Uint8Array, log: LogContext): string[];
  /**
   * Settles when the check of the stored tree is done (at once unless it was deferred); rejects
   * with the fault it found. After a fault every context() throws it: no answer from damaged data.
   */
  treeChecked: Promise<void>;
  /** Stop a deferred check (the store is about to close). */
  stop(): void;
}

export interface OpenLogOptions {
  /**
   * Check the stored tree in slices of a few milliseconds between answers, after start-up,
   * instead of before it (a server: start-up stays fast; meanwhile every answer's statements are
   * proven one by one, so damage still never reads as a verdict). Default: before returning.
   */
  deferTreeCheck?: boolean;
  /**
   * The proof memo for a checkpoint, owned by the adapter's cache (service/cache.ts: a fresh one per
   * trust-list version and checkpoint, admitting issued statements only). Default: none kept.
   */
  proofs?: (cp: OpenedCheckpoint) => NonNullable<LogContext['memo']>;
  /** The clock (ms) that paces the look for a new checkpoint; default Date.now. */
  now?: () => number;
  /**
   * Told of each statement statements() reads from the store, before proving it: a stored
   * statement is an issued one, so the proof built for it is remembered (for the verdict's own
   * inclusion step) instead of being built twice per answer.
   */
  stored?: (jws: string) => void;
}

/** Lowest tree level the check before the first answer reads (service/log.ts openLog). */
const CLI_CHECK_LOW = 4;

export function seenOf(cp: OpenedCheckpoint): SeenCheckpoint {
  return `${cp.size} ${base64Encode(cp.rootHash)}`;
}

export function openLog(
  store: Store,
  trust: TrustState,
  seenFor: (vkey: string) => SeenCheckpoint | undefined = () => undefined,
  verify?: Ed25519Verify,
  opts: OpenLogOptions = {},
): OpenLog {
  const policy = trust.payload.log;
  if (!policy) return fail('WC_LOG_MISSING', 'the trust list names no log');
  const seen = seenFor(policy.vkey);
  // Our own stored tree: a hash it should hold and does not is damage (the root was checked).
  // An answer's proof nodes, read in one call before it is built (statements() below).
  let path: Map<number, Uint8Array> | undefined;
  const node: NodeReader = (level, index) =>
    path?.get(Number(index) * 64 + level) ?? store.logHash(level, Number(index)) ?? fail('WC_DATA_CORRUPT', 'log hash missing');
  const prefetch = (index: number, size: bigint): void => {
    const list = inclusionProofNodes(BigInt(index), size).map((n) => ({ level: n.level, index: Number(n.index) }));
    const hashes = store.logHashes(list);
    path = new Map();
    for (let i = 0; i < list.length; i++) if (hashes[i]) path.set(list[i]!.index * 64 + list[i]!.level, hashes[i]!);
  };
  const open = (note: string): OpenedCheckpoint => openCheckpoint(note, policy, verify);

  const first = store.latestCheckpoint();
  if (!first) return fail('WC_LOG_MISSING', 'no signed checkpoint');
  let cp = open(first.note);
  if (Number(cp.size) !== store.count()) fail('WC_LOG_MISSING', 'the latest checkpoint does not cover every stored statement');
  // The stored tree must have the signed root: every stored hash is the hash of its children
  // (checkTree) and the frontier hashes to the signed root. Statement bytes are proven per answer
  // (statements() below), so start-up never reads them. Checked before the first answer (the
  // CLI): from level 4 up, 1/16 SHA-256 per statement; the leaves and levels 1–3 an answer reads
  // are on its proof path, proven against the signed root with it. Checked between answers (a
  // server): every level from the leaves up, ~1 SHA-256 per statement, so that the tiles it
  // serves are checked too.
  if (!opts.deferTreeCheck) runToEnd(store.checkTree(0, Number(cp.size), CLI_CHECK_LOW));
  if (!equalBytes(treeRoot(cp.size, node), cp.rootHash)) fail('WC_DATA_CORRUPT', 'the stored log does not match its signed checkpoint');
  let fault: unknown;
  let stopped = false;
  const treeChecked = !opts.deferTreeCheck
    ? Promise.resolve()
    : new Promise<void>((resolve, reject) => {
        const steps = store.checkTree(0, Number(cp.size));
        // While answers keep the event loop busy between slices, the check steps back to about a
        // sixth of the time (a slice, then a pause 5× as long): at 10M statements it is ~20 s of
        // CPU, which must not double the first answers' latency. Idle, it runs slice after slice.
        let since = perf.eventLoopUtilization();
        const slice = (): void => {
          if (stopped) return resolve();
          const busy = perf.eventLoopUtilization(since).utilization > 0.2;
          const t = performance.now();
          try {
            while (performance.now() - t < 4) if (steps.next().done) return resolve();
          } catch (e) {
            fault = e;
            return reject(e);
          }
          since = perf.eventLoopUtilization();
          if (busy) setTimeout(slice, 5 * (performance.now() - t));
          else setImmediate(slice);
        };
        setImmediate(slice);
      });
  treeChecked.catch(() => {}); // the fault is kept and thrown by context(); callers may also await it
  if (seen !== undefined) checkAgainstSeen(seen, cp, node);
  let note = first.note;
  const clock = opts.now ?? Date.now;
  let checkedAt = clock();

  // Proofs against one checkpoint never change: each is built and verified once (the adapter's
  // cache keeps them; without one, none are kept).
  let memo = opts.proofs?.(cp);
  // Through entries(): its two index paths must agree, so a damaged index is WC_DATA_CORRUPT and
  // never "not in the log" (forged) for a pasted genuine statement.
  // statements() has just read the entries it proves through both paths: their indexes are reused
  // (the look-up is not made twice per answer).
  let justRead: readonly StoredEntry[] = [];
  const indexOf = (jws: string, h: Uint8Array | null): number | undefined => {
    const read = justRead.find((e) => e.jws === jws);
    if (read) return read.index;
    return h ? store.entries(h).find((e) => e.jws === jws)?.index : store.indexOf(h, jws);
  };
  // One context object per checkpoint (answers share it; it is rebuilt when the checkpoint changes).
  let current: LogContext = { checkpoint: cp, node, indexOf, leafHash: leafHashOf, nodeHash: nodeHashOf, ...(memo ? { memo } : {}), ownData: true };
  const ctx = (): LogContext => current;
  return {
    vkey: policy.vkey,
    treeChecked,
    stop: () => void (stopped = true),
    current: () => cp,
    context() {
      if (fault !== undefined) throw fault;
      // A new checkpoint is looked for at most once a second: /log/checkpoint may be cached for
      // seconds anyway, and one query per answer cost ~9 % of the service's throughput.
      const now = clock();
      if (now - checkedAt < RECHECK_MS) return ctx();
      checkedAt = now;
      const latest = store.latestCheckpoint();
      if (latest && latest.note !== note) {
        const next = open(latest.note);
        checkAgainstSeen(seenOf(cp), next, node);
        // Only the hashes this append added are new: check them as start-up checked the rest.
        runToEnd(store.checkTree(Number(cp.size), Number(next.size)));
        if (!equalBytes(treeRoot(next.size, node), next.rootHash)) fail('WC_DATA_CORRUPT', 'the stored log does not match its signed checkpoint');
        cp = next;
        note = latest.note;
        memo = opts.proofs?.(cp);
        current = { checkpoint: cp, node, indexOf, leafHash: leafHashOf, nodeHash: nodeHashOf, ...(memo ? { memo } : {}), ownData: true };
      }
      return ctx();
    },
    statements(codeHash, log) {
      const size = Number(log.checkpoint.size);
      const b64 = base64urlEncode(codeHash);
      const out: string[] = [];
      justRead = store.entries(codeHash);
      try {
        for (const e of justRead) {
          if (e.index >= size) continue;
          opts.stored?.(e.jws);
          if (log.memo?.get(e.jws)?.[e.type] === undefined) prefetch(e.index, log.checkpoint.size);
          // Under the role the verdict will ask for, so its proof is the remembered one.
          if (typeof proveInclusion(e.type, e.jws, b64, log) === 'string') fail('WC_DATA_CORRUPT', 'a stored statement is not found at its log index');
          out.push(e.jws);
        }
      } finally {
        justRead = [];
        path = undefined;
      }
      return out;
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
