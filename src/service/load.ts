/**
 * Load a data directory for answering: open the store read-only, verify the trust list against
 * the pinned root key, and bind the core verification to them. Statement signatures are checked
 * with the node:crypto back-end (proven equivalent to the core policy on every vector) once each,
 * then remembered: the data is immutable, so a verified statement stays verified. Start-up does
 * not touch the statements, so it stays fast with millions of them. A new trust-list version is
 * picked up on the log's tick and replaces everything derived from the old one at once.
 */
import { join } from 'node:path';
import { checkUnlessText, type TextCheck } from '../core/check-code.js';
import { base64urlEncode } from '../core/bytes.js';
import { fail, isWarncheckError } from '../core/errors.js';
import { jwkThumbprint, publicJwk } from '../core/jwk.js';
import type { ParsedJws } from '../core/jws.js';
import { openTrustList, type TrustState } from '../core/trust.js';
import type { VerifyContext } from '../core/verify.js';
import { nodeVerifier, nodeVerify } from '../node/ed25519.js';
import { openDataDir, readRootPublicKey, ROOT_PUBLIC_FILE } from '../store/datadir.js';
import type { Store } from '../store/types.js';
import { readHandovers } from '../store/handovers.js';
import { AnswerCache } from './cache.js';
import { nativeCodeHashHex } from '../node/code-hash.js';
import { openLog, RECHECK_MS, seenOf, type SeenCheckpoint } from './log.js';
import type { LoadedData } from './types.js';
import type { Result } from '../core/verdict.js';
import { encodeRangeAnswer, rangeBits, rangeTarget, RANGE_MAX_BITS } from '../core/range.js';
import { multiproof, multiproofRanges, verifyMultiproof } from '../core/tlog/multiproof.js';
import { leafHash, nodeHash } from '../core/tlog/hash.js';
import { rangeNodes, type NodeReader } from '../core/tlog/merkle.js';
import type { LogContext } from '../core/inclusion.js';
import { utf8Encode } from '../core/bytes.js';

/**
 * The text analysis (core/check.ts checkText and the detectors under core/text and core/domain),
 * loaded on first need: building the detectors' tables costs ~0.3 s of CPU and ~35 MB of heap, which
 * a server answering only codes never pays, and which would otherwise delay every start
 * (docs/HTTP.md "Start-up and memory"). Once per process; every LoadedData shares it.
 */
let textCheck: TextCheck | undefined;
let textLoading: Promise<TextCheck> | undefined;
export function loadTextCheck(): Promise<TextCheck> {
  return (textLoading ??= import('../core/check.js').then((m) => (textCheck = m.checkText)));
}
/** Is the text analysis loaded in this process (tests; the server's first text loads it)? */
export const textCheckLoaded = (): boolean => textCheck !== undefined;

export interface LoadOptions {
  now: () => number;
  /** A root public key pinned by the operator; default: the data directory's root.pub.jwk. */
  rootPublicKey?: Uint8Array;
  /** Highest trust-list version seen before (rollback protection). */
  seenVersion?: number;
  /** Log checkpoints seen before, by log vkey (`<size> <base64 root>`): the log must extend them. */
  seenCheckpoints?: Record<string, SeenCheckpoint>;
  /**
   * Told the trust-list version and checkpoint served, at load and whenever either changes (a
   * server records them outside the data directory, so a rolled-back copy is refused later).
   */
  onServe?: (served: { rootKid: string; version: number; vkey: string; checkpoint: SeenCheckpoint }) => void;
  /**
   * Told when an answer finds the data damaged (WC_DATA_CORRUPT, thrown on to the caller): the
   * operator must hear of it. Gets the code and its fixed detail, never the input.
   */
  onDataFault?: (line: string) => void;
  /** The server's start-up: check the stored log tree after loading, between answers (service/log.ts). */
  deferTreeCheck?: boolean;
  /** The one cache (service/cache.ts), created by the adapter; default: a new one for this load. */
  cache?: AnswerCache;
}

export function loadData(
  dataDir: string,
  opts: LoadOptions,
): LoadedData & {
  store: Store;
  readonly cache: AnswerCache;
  readonly trust: TrustState;
  readonly treeChecked: Promise<void>;
  tick(): void;
  close(): void;
  caches(): Record<string, number>;
} {
  const { store } = openDataDir(dataDir, { readonly: true });
  try {
    const rootPk = opts.rootPublicKey ?? readRootPublicKey(join(dataDir, ROOT_PUBLIC_FILE));
    const latest = store.latestTrustList();
    if (!latest) fail('WC_DATA_MISSING', 'no trust list in the data directory');
    // node:crypto for the trust list and checkpoints too: the core's first verify builds noble's
    // tables (~120 ms of start-up); the back-ends are proven equal on every vector.
    const verify = nodeVerify();
    // Everything remembered lives in the adapter's cache (service/cache.ts). The statements the
    // store has handed out (issued, public) are noted there; every map keyed by a statement admits
    // only these: a typed JWS that was never issued is checked, answered and forgotten.
    const cache = opts.cache ?? new AnswerCache();
    const verifySignature = cachedVerifier(cache);
    // The generation (trust-list version, checkpoint) of the answer being made: set by ctx().
    let gen = cache.generation(-1, '');
    // The look-up of this answer: a code's answer asks for its hash twice (its warnings, then the
    // revocations under it), and a distinct code is in no cache yet. Only an issued code's (public),
    // and only until the answer ends (dropped by ctx() and after each answer).
    let thisAnswer: { hex: string; r: readonly string[] } | undefined;
    const source = {
      byCodeHash(hex: string): readonly string[] {
        if (thisAnswer !== undefined && thisAnswer.hex === hex) return thisAnswer.r;
        // Look-ups by code hash (public data, never the typed code) are remembered until the log's
        // checkpoint changes: every append, a revocation included, signs a new one.
        let r = gen.lookups.get(hex);
        if (r !== undefined) {
          cache.noteIssued(r);
          return r;
        }
        // Through the log: both index paths must agree and the statements prove against the tree.
        r = snap.log.statements(Buffer.from(hex, 'hex'), snap.ctx.log!);
        cache.noteIssued(r);
        // Only hashes of issued codes (public statements) are kept: the hash of a code that was
        // never issued exists nowhere but in what someone typed; and only once admitted (cache.ts).
        if (r.length > 0) {
          if (r.every(cache.isRemembered)) gen.lookups.set(hex, r);
          else thisAnswer = { hex, r };
        }
        return r;
      },
    };

    /**
     * Everything derived from one trust-list version, swapped as one object: an answer reads one
     * snapshot, so it never mixes the keys of one version with the templates of another.
     */
    const open = (jws: string, handovers: readonly string[], seenVersion: number | undefined, seenCheckpoint: (vkey: string) => SeenCheckpoint | undefined) => {
      const trust = openTrustList(jws, rootPk, { now: opts.now(), verify, handovers, ...(seenVersion !== undefined ? { seenVersion } : {}) });
      const version = trust.payload.version;
      const log = openLog(store, trust, seenCheckpoint, verify, {
        deferTreeCheck: opts.deferTreeCheck ?? false,
        now: opts.now,
        proofs: (cp) => cache.generation(version, cp.note).proofs,
        stored: (j) => cache.noteIssued([j]),
      });
      log.treeChecked.catch((e: unknown) => {
        if (isWarncheckError(e, 'WC_DATA_CORRUPT')) opts.onDataFault?.(`WC_DATA_CORRUPT ${e.detail ?? ''} (found by the start-up check of the stored log)`);
      });
      // Outcomes (core VerifyContext.outcomes) are set per answer from the cache's generation.
      const ctx: VerifyContext = { trust, source, now: 0, verifySignature, parsed: cache.parsed, log: log.context(), codeHashHex: nativeCodeHashHex };
      return {
        trust,
        jws,
        handovers,
        log,
        ctx,
        jwks: {
          keys: trust.payload.keys.map((k) => ({
            ...publicJwk(keyBytes(trust, k.kid)),
            status: k.status,
            issuer: k.issuer,
            not_before: k.not_before,
            not_after: k.not_after,
          })),
        },
        templates: trust.payload.templates.map((t) => ({ id: t.id, language: t.lang, issuer: t.issuer, title: t.title, text: t.text })),
        help: trust.payload.issuers.flatMap((i) => i.help.map((h) => ({ name: h.name, url: h.url, country: i.country, kind: h.kind, lang: h.lang }))),
        logView: {
          origin: trust.payload.log!.origin,
          vkey: log.vkey,
          checkpoint: () => {
            log.context();
            return log.current();
          },
          tile: (level: number, index: number, width: number) => store.logTile(level, index, width),
          entries: (index: number, width: number) => store.statements(index * 256, index * 256 + width),
        },
      };
    };
    let snap = open(latest!.jws, readHandovers(dataDir), opts.seenVersion, (vkey) => opts.seenCheckpoints?.[vkey]);
    // Told once per change, compared by identity (no work per answer when nothing changed).
    let reportedSnap: unknown;
    let reportedCp: unknown;
    const report = (): void => {
      const current = snap.log.current();
      if (reportedSnap === snap && reportedCp === current) return;
      reportedSnap = snap;
      reportedCp = current;
      opts.onServe?.({ rootKid: jwkThumbprint(rootPk), version: snap.trust.payload.version, vkey: snap.log.vkey, checkpoint: seenOf(current) });
    };
    report();

    // The trust list is looked for on the log's tick (about a second). A higher version replaces
    // everything derived from the old one at once; a lower one, or another list under the same
    // version, is a rolled-back or forked copy: answers stop (the CLI's stable codes) until fixed.
    let checkedAt = opts.now();
    const refresh = (): typeof snap => {
      const t = opts.now();
      if (t - checkedAt < RECHECK_MS) return snap;
      const next = store.latestTrustList();
      if (!next) return fail('WC_DATA_MISSING', 'no trust list in the data directory');
      const version = snap.trust.payload.version;
      if (next.version < version) fail('WC_TRUST_ROLLBACK', `version ${next.version} < ${version} served before`);
      if (next.version === version && next.jws !== snap.jws) fail('WC_TRUST_ROLLBACK', `another list under version ${version}`);
      if (next.version > version) {
        const cp = seenOf(snap.log.current());
        // The new list's log must extend the checkpoint served so far (same checks as at start).
        const prev = snap;
        snap = open(next.jws, readHandovers(dataDir), version, () => cp);
        prev.log.stop();
      }
      checkedAt = t;
      return snap;
    };
    const reported = <T>(f: () => T): T => {
      try {
        return f();
      } catch (e) {
        if (isWarncheckError(e, 'WC_DATA_CORRUPT')) opts.onDataFault?.(`WC_DATA_CORRUPT ${e.detail ?? ''}`.trim());
        throw e;
      }
    };
    // One context object per snapshot, refreshed per answer (answers run one at a time; core never keeps it).
    const ctx = (): VerifyContext => {
      thisAnswer = undefined;
      const s = refresh();
      const l = s.log.context();
      // What holds for one trust-list version and checkpoint: a fresh generation when either moved.
      gen = cache.generation(s.trust.payload.version, l.checkpoint.note);
      cache.nextAnswer();
      s.ctx.outcomes = gen.outcomes;
      report();
      s.ctx.now = opts.now();
      s.ctx.log = l;
      return s.ctx;
    };
    // One answer: its store look-up (thisAnswer) is dropped when it ends, whatever the outcome.
    const answer = <T>(f: (c: VerifyContext) => T): T =>
      reported(() => {
        try {
          return f(ctx());
        } finally {
          thisAnswer = undefined;
        }
      });
    const verifyInput = (input: string): Result => answer((c) => checkUnlessText(input, c) ?? (textCheck ?? noTextCheck)(input, c));
    return {
      store,
      cache,
      get trust() {
        return refresh().trust;
      },
      verify: verifyInput,
      // Through this.verify once loaded (a copy of this object with its own verify, as tests make, answers with it).
      verifyOrLoad(input) {
        if (textCheck) return this.verify(input);
        // Before the first text: a code or a statement is answered now; a text once the analysis is loaded.
        return answer((c) => checkUnlessText(input, c)) ?? loadTextCheck().then(() => this.verify(input));
      },
      /** Look for a new trust list and checkpoint now (a server calls this on its tick). */
      tick: () => void ctx(),
      get jwks() {
        return refresh().jwks;
      },
      rootPublicKey: base64urlEncode(rootPk),
      get trustJws() {
        return refresh().jws;
      },
      get rootHandovers() {
        return refresh().handovers;
      },
      get templates() {
        return refresh().templates;
      },
      get help() {
        return refresh().help;
      },
      get statementCount() {
        refresh().log.context(); // throws once the stored tree was found damaged: not ready
        return store.count();
      },
      get treeChecked() {
        return refresh().log.treeChecked;
      },
      range: (bits, bucket) =>
        reported(() => {
          const c = ctx();
          return range(store, bits, bucket, c.log!, c.trust.payload.keys.length);
        }),
      get log() {
        return refresh().logView;
      },
      close: () => {
        snap.log.stop();
        store.close();
      },
      // Entries per cache (tests; what junk input must not be able to change).
      caches: () => {
        ctx();
        return cache.sizes();
      },
    };
  } catch (e) {
    store.close();
    throw e;
  }
}

const noTextCheck: TextCheck = () => fail('WC_INTERNAL', 'the text analysis is not loaded (await loadTextCheck() first)');

function keyBytes(trust: TrustState, kid: string): Uint8Array {
  return trust.keys.get(kid)!.pk;
}

/** node:crypto verification, once per distinct issued statement and key (results in the cache). */
function cachedVerifier(cache: AnswerCache): (parsed: ParsedJws, pk: Uint8Array) => boolean {
  // node:crypto key objects per trust-list key (not answers: the keys of the trust list).
  const verifiers = new Map<Uint8Array, (m: Uint8Array, s: Uint8Array) => boolean>();
  const seen = cache.signatures;
  const check = (parsed: ParsedJws, pk: Uint8Array): boolean => {
    let v = verifiers.get(pk);
    if (!v) {
      v = nodeVerifier(pk);
      verifiers.set(pk, v);
    }
    // The compact JWS names its kid, and the trust list maps a kid to one key: JWS → result is exact.
    const hit = seen.get(parsed.compact);
    if (hit !== undefined) return hit;
    const ok = v(parsed.signingInput, parsed.signature);
    seen.set(parsed.compact, ok);
    return ok;
  };
  return check;
}

/**
 * A look-up bucket (docs/FORMAT.md §3.5): its statements with one multi-leaf inclusion proof, in the
 * binary answer, padded to the one size of this log size.
 */
function range(store: Store, bits: number, bucket: number, log: LogContext, keys: number): Uint8Array {
  const cp = log.checkpoint;
  const size = Number(cp.size);
  // A finer bucket than the rule allows would single out fewer statements than promised.
  if (!Number.isInteger(bits) || bits < 0 || bits > rangeBits(size)) fail('WC_RANGE_TOO_FINE', `at most ${rangeBits(size)} prefix bits for a log of ${size}`);
  if (!Number.isInteger(bucket) || bucket < 0 || bucket >= 2 ** bits) fail('WC_REQUEST_MALFORMED', 'bucket out of range');
  const shift = RANGE_MAX_BITS - bits;
  // Statements appended after the checkpoint this process serves are not in its proof yet.
  const entries = store
    .byBucket(bucket * 2 ** shift, 2 ** shift)
    .filter((r) => r.index < size)
    .map((r) => ({ index: BigInt(r.index), jws: r.jws }));
  const indices = entries.map((e) => e.index);
  const node = log.node ?? (() => fail('WC_LOG_MISSING', 'no log hashes'));
  // The proof's stored nodes in calls of 64 (store.logHashes), not one look-up each: ~700 nodes per
  // bucket at 10M statements, and `publish` writes every bucket (about half its time, measured).
  const list = multiproofRanges(indices, cp.size).flatMap(([lo, hi]) => rangeNodes(lo, hi).map((n) => ({ level: n.level, index: Number(n.index) })));
  const got = new Map<number, Uint8Array>();
  for (let i = 0; i < list.length; i += 64) {
    const part = list.slice(i, i + 64);
    store.logHashes(part).forEach((h, j) => h && got.set(part[j]!.index * 64 + part[j]!.level, h));
  }
  const read: NodeReader = (level, index) => got.get(Number(index) * 64 + level) ?? node(level, index);
  // node:crypto where the adapter has it (LogContext's native hashes, proven equal to the core's).
  const hashNode = log.nodeHash ?? nodeHash;
  const proof = multiproof(indices, cp.size, read, hashNode);
  // The answer is built from the server's own stored hashes: one that does not reach the signed
  // root is damage to that data (WC_DATA_CORRUPT), never an answer the browser would read as forged.
  if (entries.length > 0) {
    try {
      verifyMultiproof(
        indices,
        cp.size,
        entries.map((e) => (log.leafHash ? log.leafHash(e.jws) : leafHash(utf8Encode(e.jws)))),
        proof,
        cp.rootHash,
        hashNode,
      );
    } catch (e) {
      if (isWarncheckError(e)) fail('WC_DATA_CORRUPT', 'a look-up bucket does not prove against the signed checkpoint');
      throw e;
    }
  }
  const target = rangeTarget(size, bits, utf8Encode(cp.note).length, keys);
  return encodeRangeAnswer({ bits, bucket, size: cp.size, checkpoint: cp.note, entries, proof }, target);
}
