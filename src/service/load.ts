/**
 * Load a data directory for answering: open the store read-only, verify the trust list against
 * the pinned root key, and bind the core verification to them. Statement signatures are checked
 * with the node:crypto back-end (proven equivalent to the core policy on every vector) once each,
 * then remembered: the data is immutable, so a verified statement stays verified. Start-up does
 * not touch the statements, so it stays fast with millions of them.
 */
import { join } from 'node:path';
import { checkInput } from '../core/check.js';
import { base64urlEncode } from '../core/bytes.js';
import { fail, isWarncheckError, type ErrorCode } from '../core/errors.js';
import { publicJwk } from '../core/jwk.js';
import type { ParsedJws } from '../core/jws.js';
import { openTrustList, type TrustState } from '../core/trust.js';
import type { StatementCheck, VerifyContext } from '../core/verify.js';
import type { ParsedStatement } from '../core/statement.js';
import { nodeVerifier, nodeVerify } from '../node/ed25519.js';
import { openDataDir, readRootPublicKey, ROOT_PUBLIC_FILE } from '../store/datadir.js';
import type { Store } from '../store/types.js';
import { boundedMap } from './bounded-map.js';
import { nativeCodeHashHex } from '../node/code-hash.js';
import { openLog, type SeenCheckpoint } from './log.js';
import { proveInclusion, type LogContext } from '../core/inclusion.js';
import type { InclusionProof } from '../core/verdict.js';
import type { LoadedData, RangeBucket } from './types.js';

export interface LoadOptions {
  now: () => number;
  /** A root public key pinned by the operator; default: the data directory's root.pub.jwk. */
  rootPublicKey?: Uint8Array;
  /** Highest trust-list version seen before (rollback protection). */
  seenVersion?: number;
  /** Log checkpoints seen before, by log vkey (`<size> <base64 root>`): the log must extend them. */
  seenCheckpoints?: Record<string, SeenCheckpoint>;
  /**
   * Told when an answer finds the data damaged (WC_DATA_CORRUPT, thrown on to the caller): the
   * operator must hear of it. Gets the code and its fixed detail, never the input.
   */
  onDataFault?: (line: string) => void;
  /** The server's start-up: check the stored log tree after loading, between answers (service/log.ts). */
  deferTreeCheck?: boolean;
}

// Bounded: a remembered statement costs up to ~10 KB of heap across these maps (JWS, parse,
// signature, outcome, proof and its JSON); measured, 10k of them held ~100 MB live.
const CACHE_MAX = 5_000;
const LOOKUP_CACHE_MAX = 5_000;

export function loadData(dataDir: string, opts: LoadOptions): LoadedData & { store: Store; trust: TrustState; treeChecked: Promise<void>; close(): void } {
  const { store } = openDataDir(dataDir, { readonly: true });
  try {
    const rootPk = opts.rootPublicKey ?? readRootPublicKey(join(dataDir, ROOT_PUBLIC_FILE));
    const latest = store.latestTrustList();
    if (!latest) fail('WC_DATA_MISSING', 'no trust list in the data directory');
    // node:crypto for the trust list and checkpoints too: the core's first verify builds noble's
    // tables (~120 ms of start-up); the back-ends are proven equal on every vector.
    const verify = nodeVerify();
    const trust = openTrustList(latest!.jws, rootPk, { now: opts.now(), verify, ...(opts.seenVersion !== undefined ? { seenVersion: opts.seenVersion } : {}) });
    const verifySignature = cachedVerifier();
    const parsed = boundedMap<string, ParsedStatement | ErrorCode>(CACHE_MAX);
    const log = openLog(store, trust, (vkey) => opts.seenCheckpoints?.[vkey], verify, { deferTreeCheck: opts.deferTreeCheck ?? false });
    log.treeChecked.catch((e: unknown) => {
      if (isWarncheckError(e, 'WC_DATA_CORRUPT')) opts.onDataFault?.(`WC_DATA_CORRUPT ${e.detail ?? ''} (found by the start-up check of the stored log)`);
    });
    // Look-ups by code hash (public data, never the typed code) are remembered until the log's
    // checkpoint changes: every append, a revocation included, signs a new one, and the server
    // looks for it at least once a second. Bounded; saves the SQLite query of repeated checks.
    const lookups = boundedMap<string, readonly string[]>(LOOKUP_CACHE_MAX);
    // Outcomes by statement (core VerifyContext.outcomes) hold for this trust list and checkpoint.
    const outcomes = boundedMap<string, StatementCheck>(CACHE_MAX);
    let lookupsFor: unknown;
    const source = {
      byCodeHash(hex: string): readonly string[] {
        let r = lookups.get(hex);
        if (r !== undefined) return r;
        r = log.statements(Buffer.from(hex, 'hex'), current.log!);
        // Only hashes of issued codes (public statements) are kept: the hash of a code that was
        // never issued exists nowhere but in what someone typed.
        if (r.length > 0) lookups.set(hex, r);
        return r;
      },
    };
    const reported = <T>(f: () => T): T => {
      try {
        return f();
      } catch (e) {
        if (isWarncheckError(e, 'WC_DATA_CORRUPT')) opts.onDataFault?.(`WC_DATA_CORRUPT ${e.detail ?? ''}`.trim());
        throw e;
      }
    };
    // One context object, refreshed per answer (answers run one at a time; core never keeps it).
    const current: VerifyContext = { trust, source, now: 0, verifySignature, parsed, log: log.context(), outcomes, codeHashHex: nativeCodeHashHex };
    const ctx = (): VerifyContext => {
      const l = log.context();
      if (l.checkpoint !== lookupsFor) {
        lookups.clear();
        outcomes.clear();
        lookupsFor = l.checkpoint;
      }
      current.now = opts.now();
      current.log = l;
      return current;
    };
    return {
      store,
      trust,
      verify: (input) => reported(() => checkInput(input, ctx())),
      jwks: { keys: trust.payload.keys.map((k) => ({ ...publicJwk(keyBytes(trust, k.kid)), status: k.status, issuer: k.issuer, not_before: k.not_before, not_after: k.not_after })) },
      rootPublicKey: base64urlEncode(rootPk),
      trustJws: latest!.jws,
      templates: trust.payload.templates.map((t) => ({ id: t.id, language: t.lang, issuer: t.issuer, title: t.title, text: t.text })),
      help: trust.payload.issuers.flatMap((i) => i.help.map((h) => ({ name: h.name, url: h.url, country: i.country, kind: h.kind }))),
      get statementCount() {
        log.context(); // throws once the stored tree was found damaged: not ready
        return store.count();
      },
      treeChecked: log.treeChecked,
      range: (prefix) => reported(() => range(store, prefix, log.context(), (jws, codeHash, l) => proveInclusion('statement', jws, base64urlEncode(codeHash), l))),
      log: {
        origin: trust.payload.log!.origin,
        vkey: log.vkey,
        checkpoint: () => {
          log.context();
          return log.current();
        },
        tile: (level, index, width) => store.logTile(level, index, width),
        entries: (index, width) => store.statements(index * 256, index * 256 + width),
      },
      close: () => {
        log.stop();
        store.close();
      },
    };
  } catch (e) {
    store.close();
    throw e;
  }
}

function keyBytes(trust: TrustState, kid: string): Uint8Array {
  return trust.keys.get(kid)!.pk;
}

/** node:crypto verification, once per distinct statement and key (bounded memory). */
function cachedVerifier(): (parsed: ParsedJws, pk: Uint8Array) => boolean {
  const verifiers = new Map<Uint8Array, (m: Uint8Array, s: Uint8Array) => boolean>();
  const seen = boundedMap<string, boolean>(CACHE_MAX);
  return (parsed, pk) => {
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
}

/** A k-anonymity bucket, each statement with its tlog-proof so the browser can check inclusion too. */
function range(store: Store, prefix: string, log: LogContext, prove: (jws: string, codeHash: Uint8Array, log: LogContext) => InclusionProof | ErrorCode): RangeBucket {
  if (!/^[0-9a-f]{5}$/.test(prefix)) fail('WC_REQUEST_MALFORMED', 'prefix must be 5 lowercase hex characters');
  const bucket = parseInt(prefix, 16);
  return {
    prefix,
    entries: store.byBucket(bucket).map((r) => {
      const suffix = Buffer.from(r.codeHash).toString('hex').slice(5);
      // Appended after the checkpoint: no proof yet (the browser reads it as not logged).
      if (r.index >= log.checkpoint.size) return { suffix, jws: r.jws };
      // Our own statement must prove (a damaged one throws WC_DATA_CORRUPT in the core); not
      // even found at its index says the indexes are damaged.
      const p = prove(r.jws, r.codeHash, log);
      if (typeof p === 'string') fail('WC_DATA_CORRUPT', 'a stored statement is not found at its log index');
      return { suffix, jws: r.jws, proof: p.proof };
    }),
  };
}
