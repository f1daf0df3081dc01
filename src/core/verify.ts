/**
 * Verification as explicit, ordered steps (docs/FORMAT.md §8), in the manner of sigstore-js:
 *   parse → checksum → lookup → key → signature → trust → revocation → template
 * Each step that fails names its stable error code. Every verifier (server, browser, CLI) calls
 * these functions, so they cannot disagree. No I/O: statements come through `StatementSource`.
 */
import { codeHashHex, formatCode, nearbyCodes, parseCode, type CodeParse } from './code.js';
import { base64urlDecode, hexEncode } from './bytes.js';
import { isWarncheckError, type ErrorCode } from './errors.js';
import { verifyJws, type ParsedJws } from './jws.js';
import { parseStatement, type ParsedStatement, type WarningStatement } from './statement.js';
import { compareText, genuineText } from './template.js';
import { formatTime } from './time.js';
import type { TrustState } from './trust.js';
import { proveInclusion, type LogContext } from './inclusion.js';
import { STEP_NAMES, type Finding, type InclusionProof, type Step, type StepName, type Verdict, type WarningInfo } from './verdict.js';

/** Where statements come from: the SQLite store, a synced copy, or a range bucket in the browser. */
export interface StatementSource {
  /** Every statement (warnings and revocations) stored under this code hash (hex), as compact JWS. */
  byCodeHash(hashHex: string): readonly string[];
}

export interface VerifyContext {
  trust: TrustState;
  source: StatementSource;
  now: number;
  /**
   * Signature check; defaults to the core policy (noble). A server may pass a cached or node:crypto
   * back-end proven equivalent on every vector (src/node/ed25519.ts).
   */
  verifySignature?: (parsed: ParsedJws, pk: Uint8Array) => boolean;
  /**
   * Optional memo of parsed statements (the data is immutable, so a parse result never changes).
   * The caller owns and bounds it; core keeps no state of its own.
   */
  parsed?: Map<string, ParsedStatement | ErrorCode>;
  /** The public log; when present, a statement must be in it (step `inclusion`). */
  log?: LogContext;
  /**
   * Optional memo of statement outcomes (genuine or revoked, with their steps and proofs) by exact
   * JWS, for answers by code. Such an outcome depends only on the trust list and on what the log
   * holds (a later revocation): the caller owns it, bounds it, and clears it when either changes.
   * Forged outcomes are never memoized (one of them, "issued in the future", depends on the clock).
   */
  outcomes?: Map<string, StatementCheck>;
  /** Code hash back-end (e.g. node:crypto): `codeHashHex` of a normalized code (tests prove it equal). */
  codeHashHex?: (normalized: string) => string;
}

/** Parse a statement, through the context's memo when there is one. */
function parseIn(ctx: VerifyContext, jws: string): ParsedStatement | ErrorCode {
  const hit = ctx.parsed?.get(jws);
  if (hit !== undefined) return hit;
  let r: ParsedStatement | ErrorCode;
  try {
    r = parseStatement(jws);
  } catch (e) {
    r = isWarncheckError(e) ? e.code : 'WC_STATEMENT_MALFORMED';
  }
  ctx.parsed?.set(jws, r);
  return r;
}

/** Clock skew tolerated for statements that claim to be issued slightly in the future. */
export const FUTURE_SKEW_MS = 5 * 60 * 1000;

/** Outcome of checking one statement, before any text comparison. */
export interface StatementCheck {
  verdict: 'genuine' | 'revoked' | 'forged';
  steps: Step[];
  code?: ErrorCode;
  statement?: ParsedStatement;
  warning?: WarningInfo;
  inclusion?: InclusionProof[];
}

// A passed step is the same (frozen) object in every answer: nothing to allocate per answer.
const PASSED = new Map<StepName, Step>(STEP_NAMES.map((step) => [step, Object.freeze({ step, ok: true })]));

class Steps {
  readonly list: Step[] = [];
  ok(step: StepName): void {
    this.list.push(PASSED.get(step)!);
  }
  no(step: StepName, code: ErrorCode): void {
    this.list.push({ step, ok: false, code });
  }
}

/** Check one warning statement: key → signature → trust → revocation. */
export function checkStatement(jws: string, ctx: VerifyContext, steps = new Steps(), codeCountry?: string, codeHashHex?: string): StatementCheck {
  const st = parseIn(ctx, jws);
  if (typeof st === 'string') {
    steps.no('parse', st);
    return { verdict: 'forged', steps: steps.list, code: st };
  }
  steps.ok('parse');
  const k = ctx.trust.keys.get(st.parsed.kid);
  if (!k) {
    steps.no('key', 'WC_KEY_UNKNOWN');
    return { verdict: 'forged', steps: steps.list, code: 'WC_KEY_UNKNOWN', statement: st };
  }
  steps.ok('key');
  const sigOk = (ctx.verifySignature ?? verifyJws)(st.parsed, k.pk);
  if (!sigOk) {
    steps.no('signature', 'WC_SIGNATURE_INVALID');
    return { verdict: 'forged', steps: steps.list, code: 'WC_SIGNATURE_INVALID', statement: st };
  }
  steps.ok('signature');
  const s = st.statement;
  const issuer = ctx.trust.issuers.get(k.key.issuer);
  let trustFail: ErrorCode | undefined;
  if (!issuer || s.issuer !== k.key.issuer || (codeCountry !== undefined && issuer.country !== codeCountry)) trustFail = 'WC_STATEMENT_ISSUER_MISMATCH';
  else if (st.issuedAtMs < k.notBeforeMs || st.issuedAtMs >= k.notAfterMs) trustFail = 'WC_KEY_NOT_VALID_AT_TIME';
  else if (st.issuedAtMs > ctx.now + FUTURE_SKEW_MS) trustFail = 'WC_STATEMENT_FUTURE';
  else if (s.type !== 'warning') trustFail = 'WC_STATEMENT_MALFORMED';
  else if (!ctx.trust.templates.has(s.template)) trustFail = 'WC_TEMPLATE_UNKNOWN';
  if (trustFail) {
    steps.no('trust', trustFail);
    return { verdict: 'forged', steps: steps.list, code: trustFail, statement: st };
  }
  steps.ok('trust');
  const w = s as WarningStatement;
  const tpl = ctx.trust.templates.get(w.template)!;
  const warning: WarningInfo = {
    templateId: tpl.id,
    text: tpl.text,
    language: w.lang,
    issuer: issuer!.id,
    issuerName: issuer!.name['en'] ?? Object.values(issuer!.name)[0] ?? issuer!.id,
    country: issuer!.country,
    issuedAt: w.issued_at,
    channel: w.channel,
    kid: st.parsed.kid,
  };
  // Revocation: the key itself, or a valid revocation statement for this code by the same issuer.
  // A key revoked with a cut-off keeps the statements the log proves it held before the cut-off:
  // the index comes from the verified inclusion proof, never from the statement (no backdating).
  if (k.key.status === 'revoked' && !loggedBeforeCutoff(jws, w.code_hash, k.revokedLogSize, ctx)) {
    steps.no('revocation', 'WC_KEY_REVOKED');
    if (k.revokedAtMs !== undefined) warning.revokedAt = formatTime(k.revokedAtMs);
    if (k.key.revocation_reason) warning.revocationReason = k.key.revocation_reason;
    return logged({ verdict: 'revoked', steps: steps.list, code: 'WC_KEY_REVOKED', statement: st, warning }, [['warning', jws]], w.code_hash, ctx, steps);
  }
  const rev = findRevocation(w, ctx, codeHashHex ?? hexFromB64url(w.code_hash));
  if (rev) {
    steps.no('revocation', 'WC_STATEMENT_REVOKED');
    warning.revokedAt = rev.statement.issued_at;
    if (rev.statement.type === 'revocation') warning.revocationReason = rev.statement.reason;
    return logged({ verdict: 'revoked', steps: steps.list, code: 'WC_STATEMENT_REVOKED', statement: st, warning }, [['warning', jws], ['revocation', rev.parsed.compact]], w.code_hash, ctx, steps);
  }
  steps.ok('revocation');
  if (k.key.status === 'revoked') {
    if (k.revokedAtMs !== undefined) warning.keyWithdrawnAt = formatTime(k.revokedAtMs);
    if (k.key.revocation_reason) warning.keyWithdrawnReason = k.key.revocation_reason;
    warning.loggedBefore = k.revokedLogSize!;
  }
  return logged({ verdict: 'genuine', steps: steps.list, statement: st, warning }, [['warning', jws]], w.code_hash, ctx, steps);
}

/** Step `inclusion`: with a log, every statement the outcome rests on must be proven in it. */
function logged(c: StatementCheck, entries: Array<[InclusionProof['role'], string]>, codeHashB64: string, ctx: VerifyContext, steps: Steps): StatementCheck {
  if (!ctx.log) return c;
  const proofs: InclusionProof[] = [];
  for (const [role, jws] of entries) {
    const p = proveInclusion(role, jws, codeHashB64, ctx.log);
    if (typeof p === 'string') {
      steps.no('inclusion', p);
      return { verdict: 'forged', steps: steps.list, code: p, ...(c.statement ? { statement: c.statement } : {}) };
    }
    proofs.push(p);
  }
  steps.ok('inclusion');
  return { ...c, steps: steps.list, inclusion: proofs };
}

/** Is this statement of a revoked key proven in the log at an index below the key's cut-off? */
function loggedBeforeCutoff(jws: string, codeHashB64: string, cut: number | undefined, ctx: VerifyContext): boolean {
  if (cut === undefined || !ctx.log) return false;
  const p = proveInclusion('warning', jws, codeHashB64, ctx.log);
  return typeof p !== 'string' && p.index < cut;
}

function findRevocation(w: WarningStatement, ctx: VerifyContext, hex: string): ParsedStatement | undefined {
  for (const jws of ctx.source.byCodeHash(hex)) {
    const r = parseIn(ctx, jws);
    if (typeof r === 'string') continue;
    const s = r.statement;
    if (s.type !== 'revocation' || !('code_hash' in s.target) || s.target.code_hash !== w.code_hash) continue;
    const k = ctx.trust.keys.get(r.parsed.kid);
    // Only the issuer of the warning can withdraw it; a key revoked since still signed validly.
    if (!k || k.key.issuer !== w.issuer || s.issuer !== w.issuer) continue;
    if (!(ctx.verifySignature ?? verifyJws)(r.parsed, k.pk)) continue;
    return r;
  }
  return undefined;
}

function hexFromB64url(b64: string): string {
  return hexEncode(base64urlDecode(b64));
}

/**
 * Verify one message code. `text`, when given, is the whole message the code was found in: if it
 * is (an attempt at) the warning's text, it is compared with the genuine text.
 */
export function verifyCode(typed: string, ctx: VerifyContext, text?: string, parsed: CodeParse = parseCode(typed), suggest = true): Finding {
  const steps = new Steps();
  const p = parsed;
  if (!p.ok) {
    if (p.code === 'WC_CODE_MALFORMED') {
      steps.no('parse', 'WC_CODE_MALFORMED');
      return { kind: 'code', verdict: 'no-evidence', code: 'WC_CODE_MALFORMED', steps: steps.list };
    }
    steps.ok('parse');
    steps.no('checksum', 'WC_CODE_CHECK_FAILED');
    const f: Finding = { kind: 'code', verdict: 'mistyped', code: 'WC_CODE_CHECK_FAILED', steps: steps.list };
    // Suggest the code the reader probably meant, only when exactly one nearby code was issued
    // (a text's answer asks for a few suggestions only: each costs a dozen look-ups).
    if (!suggest) return f;
    const issued = nearbyCodes(p.normalized!).filter((c) => ctx.source.byCodeHash(codeHashHex(c)).length > 0);
    if (issued.length === 1) f.note = formatCode(issued[0]!);
    return f;
  }
  steps.ok('parse');
  steps.ok('checksum');
  const hashHex = (ctx.codeHashHex ?? codeHashHex)(p.normalized);
  const countryKnown = ctx.trust.countries.has(p.country);
  const jwsList = countryKnown ? ctx.source.byCodeHash(hashHex) : [];
  const warnings = jwsList.filter((j) => {
    const r = parseIn(ctx, j);
    // A malformed entry under this hash is kept: it is checked (and reported as forged) below.
    return typeof r === 'string' || (r.statement.type === 'warning' && r.codeHashHex === hashHex);
  });
  if (warnings.length === 0) {
    const code: ErrorCode = countryKnown ? 'WC_STATEMENT_NOT_FOUND' : 'WC_CODE_COUNTRY_UNKNOWN';
    steps.no('lookup', code);
    return { kind: 'code', verdict: 'unknown', code, steps: steps.list, match: p.display };
  }
  steps.ok('lookup');
  // Normally one warning per code; if several, the best outcome wins only if every one verifies.
  const checks = warnings.map((j) => {
    const hit = ctx.outcomes?.get(j);
    if (hit) return hit;
    const c = checkStatement(j, ctx, cloneSteps(steps), p.country, hashHex);
    if (c.verdict !== 'forged' && ctx.outcomes) {
      // Shared by later answers: frozen, so a change anywhere fails loudly instead of leaking.
      Object.freeze(c.steps);
      if (c.inclusion) Object.freeze(c.inclusion);
      ctx.outcomes.set(j, c);
    }
    return c;
  });
  const bad = checks.find((c) => c.verdict === 'forged');
  const chosen = bad ?? checks.find((c) => c.verdict === 'revoked') ?? checks[0]!;
  // The steps may be memoized (ctx.outcomes): shared, never changed (compareWarningText copies).
  const f: Finding = { kind: 'code', verdict: chosen.verdict, steps: chosen.steps, match: p.display };
  if (chosen.code) f.code = chosen.code;
  if (chosen.inclusion) f.inclusion = chosen.inclusion;
  if (chosen.warning) {
    f.warning = { ...chosen.warning, text: genuineText(ctx.trust.templates.get(chosen.warning.templateId)!, p.normalized) };
    if (chosen.verdict === 'genuine' && text !== undefined) compareWarningText(f, text);
  }
  return f;
}

function cloneSteps(s: Steps): Steps {
  const c = new Steps();
  c.list.push(...s.list);
  return c;
}

/** Share of the genuine text's words a pasted text must keep to count as the warning's text. */
export const TEXT_SIMILARITY_THRESHOLD = 0.5;

/** Compare a pasted text with the genuine text of a genuine code's finding (may make it `altered`). */
export function compareWarningText(f: Finding, text: string): void {
  const m = compareText(f.warning!.text, text);
  if (m.equal) {
    f.steps = [...f.steps!, { step: 'template', ok: true }];
    return;
  }
  if (m.similarity >= TEXT_SIMILARITY_THRESHOLD) {
    f.steps = [...f.steps!, { step: 'template', ok: false, code: 'WC_TEXT_ALTERED' }];
    f.verdict = 'altered';
    f.code = 'WC_TEXT_ALTERED';
    f.diff = m.diff;
  }
  // Otherwise the text around the code is not the warning at all (an e-mail quoting it, say):
  // the code's own finding stays as it is and the text is judged by its scam signs.
}

/** Verify a compact JWS statement given as input. */
export function verifyStatementInput(jws: string, ctx: VerifyContext): Finding {
  const c = checkStatement(jws, ctx);
  const f: Finding = { kind: 'jws', verdict: c.verdict, steps: c.steps };
  if (c.code) f.code = c.code;
  if (c.inclusion) f.inclusion = c.inclusion;
  if (c.warning) f.warning = c.warning;
  return f;
}

export function verdictOf(f: Finding): Verdict {
  return f.verdict === 'official' ? 'genuine' : (f.verdict as Verdict);
}
