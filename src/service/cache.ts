/**
 * The one cache (ARCHITECTURE.md "State"): everything remembered between answers, in one object
 * that the adapter creates (the server in server/main.ts, the CLI per command) and hands to
 * loadData. It holds public data only: statements the store handed out (issued), what was derived
 * from them, look-ups by the hash of an issued code, and log proofs. Nothing derived from what
 * someone typed is admitted unless it is one of those (tests/server/heap.test.ts, caches.test.ts).
 *
 * Two lifetimes:
 *   - by statement (issued, parsed, signatures): true for as long as the statement exists (a
 *     parse never changes; a kid names one key forever), kept across trust lists and checkpoints;
 *   - by (trust-list version, checkpoint), a `Generation`: outcomes, look-ups, proofs and the
 *     proofs' JSON, all dropped at once when either changes.
 * Every map is bounded (oldest out first). A statement is remembered from its second answer on:
 * when every person checks their own code, a first sighting is almost always the only one, and
 * keeping it would only push out the statements that are asked again and again (a code in a
 * message many received), and fill the heap (~10 KB each) for nothing. Within its first answer it
 * is admitted like any other (an answer proves and checks a statement in several steps), and
 * dropped when the next answer begins.
 */
import type { ErrorCode } from '../core/errors.js';
import type { ParsedStatement } from '../core/statement.js';
import type { LogContext } from '../core/inclusion.js';
import type { StatementCheck } from '../core/verify.js';
import { boundedMap } from './bounded-map.js';

// Bounded: a remembered statement costs up to ~10 KB of heap across these maps (JWS, parse,
// signature, outcome, proof and its JSON); measured, 10k of them held ~100 MB live.
export const CACHE_MAX = 5_000;
// Issued statements known to the caches: references to strings the caches and look-ups hold anyway.
const ISSUED_MAX = 4 * CACHE_MAX;

/** What holds for one trust-list version and one checkpoint. */
export interface Generation {
  readonly version: number;
  readonly checkpoint: string;
  /** Statement outcomes (core VerifyContext.outcomes), by issued statement. */
  readonly outcomes: Map<string, StatementCheck>;
  /** Issued statements by code hash (hex; only hashes of issued codes are kept). */
  readonly lookups: Map<string, readonly string[]>;
  /** Inclusion proofs (core LogContext.memo), by issued statement. */
  readonly proofs: NonNullable<LogContext['memo']>;
  /** A proof's JSON string literal, by the proof text (server/result-json.ts): public log data. */
  readonly proofJson: Map<string, string>;
}

export class AnswerCache {
  private readonly issued = boundedMap<string, true>(ISSUED_MAX);
  // Issued statements handed out in one answer so far: jws → that answer's number.
  private readonly once = boundedMap<string, number>(CACHE_MAX);
  private answer = 0;
  // First seen in the current answer: their entries are dropped when the next one begins.
  private fresh: string[] = [];
  /**
   * Is this a statement the store handed out, in this answer or in two answers before? Every map
   * keyed by statement admits only these.
   */
  readonly isIssued = (jws: string): boolean => this.issued.has(jws) || this.once.get(jws) === this.answer;
  /** Is this statement remembered across answers (handed out in two of them)? */
  readonly isRemembered = (jws: string): boolean => this.issued.has(jws);
  /** Parses by issued statement (kept across trust lists: a parse never changes). */
  readonly parsed = boundedMap<string, ParsedStatement | ErrorCode>(CACHE_MAX, this.isIssued);
  /** Signature results by issued compact JWS (its kid names one key forever). */
  readonly signatures = boundedMap<string, boolean>(CACHE_MAX, this.isIssued);
  private gen: Generation | undefined;

  /** A new answer begins (the adapter's per-answer context): the last one's one-offs are dropped. */
  nextAnswer(): void {
    this.answer++;
    if (this.fresh.length === 0) return;
    for (const j of this.fresh) {
      if (this.issued.has(j)) continue;
      this.parsed.delete(j);
      this.signatures.delete(j);
      this.gen?.outcomes.delete(j);
      // The proofs' JSON was written for the answer (server/result-json.ts), keyed by proof text.
      for (const p of Object.values(this.gen?.proofs.get(j) ?? {})) if (typeof p === 'object') this.gen!.proofJson.delete(p.proof);
      this.gen?.proofs.delete(j);
    }
    this.fresh = [];
  }

  /** Statements the store handed out (public) for this answer: from their second answer on they may be remembered. */
  noteIssued(list: readonly string[]): void {
    for (const j of list) {
      if (this.issued.has(j)) continue;
      const first = this.once.get(j);
      if (first === undefined) {
        this.once.set(j, this.answer);
        this.fresh.push(j);
      } else if (first !== this.answer) {
        this.once.delete(j);
        this.issued.set(j, true);
      }
    }
  }

  /** The generation of this trust-list version and checkpoint: the current one, or a fresh one. */
  generation(version: number, checkpoint: string): Generation {
    const g = this.gen;
    if (g && g.version === version && g.checkpoint === checkpoint) return g;
    return (this.gen = {
      version,
      checkpoint,
      outcomes: boundedMap(CACHE_MAX, this.isIssued),
      lookups: boundedMap(CACHE_MAX),
      proofs: boundedMap(CACHE_MAX, this.isIssued),
      proofJson: boundedMap(CACHE_MAX),
    });
  }

  /** The generation the last answer used (undefined before the first). */
  get current(): Generation | undefined {
    return this.gen;
  }

  /** Entries per map (tests: what junk input must not be able to change). */
  sizes(): Record<string, number> {
    const g = this.gen;
    return {
      issued: this.issued.size,
      parsed: this.parsed.size,
      signatures: this.signatures.size,
      outcomes: g?.outcomes.size ?? 0,
      lookups: g?.lookups.size ?? 0,
      proofs: g?.proofs.size ?? 0,
    };
  }
}
