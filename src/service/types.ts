/**
 * What the server (and any other adapter) gets from a loaded data directory. The data is
 * read and every signature checked once at load; answers then come from the same core
 * verification function that the CLI and the browser use.
 */
import type { Result } from '../core/verdict.js';
import type { OpenedCheckpoint } from '../core/tlog/policy.js';
import type { AnswerCache } from './cache.js';

export interface TemplateInfo {
  id: string;
  language: string;
  issuer: string;
  title: string;
  text: string;
}

export interface DemoInputs {
  genuine: string;
  revoked: string;
  revokedKey: string;
  mistyped: string;
  unknown: string;
  /** A whole pasted text: the genuine text of `genuine`'s template, altered. */
  altered: string;
  /** A scam mail that quotes the genuine code. */
  scam: string;
  /** Per template language: a genuine code and an altered copy of its genuine text. */
  byLanguage?: Record<string, { genuine: string; altered: string }>;
}

export interface LoadedData {
  /** The one cache the answers use (service/cache.ts), when the data keeps one. */
  readonly cache?: AnswerCache;
  /** Verify one input (a code, a URL, a JWS, or a whole pasted text). Sync and pure. */
  verify(input: string): Result;
  /**
   * verify, for an adapter that loads the text analysis on its first text (service/load.ts): a code
   * or a statement is answered at once, a text once the analysis is loaded.
   */
  verifyOrLoad(input: string): Result | Promise<Result>;
  /** `/.well-known/jwks.json`: the issuer public keys of the trust list. */
  jwks: { keys: Array<Record<string, unknown>> };
  /** The root public key the trust list was checked against (base64url), for the browser to pin. */
  rootPublicKey: string;
  /** `/.well-known/warncheck-trust.jws`: the signed trust list, exactly as stored. */
  trustJws: string;
  /** `/.well-known/warncheck-root-handovers`: the chain from the pinned root to the one signing now. */
  rootHandovers: readonly string[];
  templates: TemplateInfo[];
  /** Help services to show on every verdict page, per country (from the trust list). */
  help: Array<{ name: string; url: string; country: string; kind: string; lang?: string }>;
  statementCount: number;
  /** The public log, as the `/log/` routes serve it (C2SP tlog-tiles). */
  log: {
    origin: string;
    vkey: string;
    /** The latest checkpoint (verified, and consistent with every one served before). */
    checkpoint(): OpenedCheckpoint;
    /** Hash tile bytes, or undefined when the tree does not hold that tile at that width. */
    tile(level: number, index: number, width: number): Uint8Array | undefined;
    /** The statements of entry bundle `index` (at most `width`). */
    entries(index: number, width: number): string[];
  };
  /**
   * Look-up bucket `bucket` at `bits` prefix bits (docs/FORMAT.md §3.5): the binary answer, padded.
   * `bits` above the rule for the current log size is refused (WC_RANGE_TOO_FINE).
   */
  range(bits: number, bucket: number): Uint8Array;
}
