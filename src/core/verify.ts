/**
 * Verification as one pipeline of named steps (ARCHITECTURE.md "The verification pipeline",
 * FORMAT.md §8), in the manner of sigstore-js. Each step has a unique name, reads what the steps
 * before it established and either passes or fails with one stable code (errors.ts):
 *
 *   a code       parse → checksum → country → lookup → each statement under its hash
 *   a statement  statement → key → the checks of its type:
 *     warning      signature → issuer → key-validity → issue-time → known-template
 *                  → key-status → revocation → inclusion (with a log) → template (with a text)
 *     revocation   signature → issuer → inclusion (with a log)
 *
 * Adding a step is one entry in one of the tables below (WARNING_CHECKS, WITHDRAWALS,
 * REVOCATION_CHECKS) and its name in STEP_NAMES (verdict.ts). Every verifier (server, browser,
 * CLI) calls these functions, so they cannot disagree. No I/O: statements come through
 * `StatementSource`. The overall verdict of an input is not decided here (check.ts combines).
 */
import { codeHashHex, formatCode, nearbyCodes, parseCode, type CodeParse } from './code.js';
import { isWarncheckError, type ErrorCode } from './errors.js';
import { verifyJws, type ParsedJws } from './jws.js';
import { parseStatement, type ParsedStatement, type RevocationStatement, type WarningStatement } from './statement.js';
import { compareText, genuineText } from './template.js';
import { formatTime } from './time.js';
import type { Issuer, TrustState } from './trust.js';
import { proveInclusion, type LogContext } from './inclusion.js';
import { STEP_NAMES, type Finding, type InclusionProof, type Step, type StepName, type WarningInfo } from './verdict.js';

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

/** A message code to verify. */
export interface CodeInput {
  /** The code as typed or found. */
  code: string;
  /** Its parse, when the caller already has it. */
  parsed?: CodeParse;
  /** The whole message the code was found in: compared with the genuine text (step `template`). */
  text?: string;
  /** Look for the issued code a mistyped one probably meant (a dozen look-ups; default true). */
  suggest?: boolean;
}

/** A signed statement to verify (a warning or a revocation). */
export interface StatementInput {
  jws: string;
  /** The code it was found under: its issuer must be of the code's country; its hash (hex) finds revocations. */
  forCode?: { country: string; hashHex: string };
  /** Steps already passed for this input (a code's parse … lookup), put in front of the statement's own. */
  after?: readonly Step[];
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

type TrustedKey = TrustState['keys'] extends Map<string, infer K> ? K : never;

/** What the `statement` and `key` steps establish, read by every later step. */
interface Signed {
  readonly jws: string;
  readonly st: ParsedStatement;
  readonly key: TrustedKey;
  /** The issuer that owns the key (undefined when the trust list lacks it: step `issuer` fails). */
  readonly issuer: Issuer | undefined;
}

/** A check passes (null) or fails with its one stable reason. */
type Check<R> = (s: Signed, input: StatementInput, ctx: VerifyContext) => R | null;
type Table<R> = ReadonlyArray<readonly [StepName, Check<R>]>;

/** Why a warning is withdrawn: its key (WC_KEY_REVOKED) or a revocation statement (WC_STATEMENT_REVOKED). */
interface Withdrawal {
  code: ErrorCode;
  revokedAt?: string;
  reason?: string;
  /** The revocation statement that withdrew it, to be proven in the log with the warning. */
  by?: string;
}

const signature: Check<ErrorCode> = (s, _input, ctx) => ((ctx.verifySignature ?? verifyJws)(s.st.parsed, s.key.pk) ? null : 'WC_SIGNATURE_INVALID');
const issuerOwnsKey = (s: Signed): boolean => s.issuer !== undefined && s.st.statement.issuer === s.key.key.issuer;

/** A warning's checks after its key is found, in order: the first that fails makes it `forged`. */
const WARNING_CHECKS: Table<ErrorCode> = [
  ['signature', signature],
  // The statement's issuer owns the key, and a code's country is its issuer's.
  [
    'issuer',
    (s, input) => (issuerOwnsKey(s) && (input.forCode === undefined || s.issuer!.country === input.forCode.country) ? null : 'WC_STATEMENT_ISSUER_MISMATCH'),
  ],
  ['key-validity', (s) => (s.st.issuedAtMs >= s.key.notBeforeMs && s.st.issuedAtMs < s.key.notAfterMs ? null : 'WC_KEY_NOT_VALID_AT_TIME')],
  ['issue-time', (s, _input, ctx) => (s.st.issuedAtMs <= ctx.now + FUTURE_SKEW_MS ? null : 'WC_STATEMENT_FUTURE')],
  ['known-template', (s, _input, ctx) => (ctx.trust.templates.has((s.st.statement as WarningStatement).template) ? null : 'WC_TEMPLATE_UNKNOWN')],
];

/**
 * A revocation's checks (FORMAT.md §4): signed by a key of the trust list whose owner is the
 * statement's issuer. Its key's validity and status do not matter: a key's owner can always withdraw.
 */
const REVOCATION_CHECKS: Table<ErrorCode> = [
  ['signature', signature],
  ['issuer', (s) => (issuerOwnsKey(s) ? null : 'WC_STATEMENT_ISSUER_MISMATCH')],
];

/** A warning that passed its checks can still be withdrawn, in this order: it is then `revoked`. */
const WITHDRAWALS: Table<Withdrawal> = [
  ['key-status', keyWithdrawn],
  ['revocation', revokedByStatement],
];

// A passed step is the same (frozen) object in every answer: nothing to allocate per answer.
const PASSED = new Map<StepName, Step>(STEP_NAMES.map((step) => [step, Object.freeze({ step, ok: true })]));
const passed = (step: StepName): Step => PASSED.get(step)!;
const failed = (step: StepName, code: ErrorCode): Step => ({ step, ok: false, code });

/** Run a table of checks up to the first failure: the steps it produced and that failure, if any. */
function run<R>(table: Table<R>, codeOf: (r: R) => ErrorCode, s: Signed, input: StatementInput, ctx: VerifyContext): { steps: Step[]; failure?: R } {
  const steps: Step[] = [];
  for (const [step, check] of table) {
    const r = check(s, input, ctx);
    if (r !== null) return { steps: [...steps, failed(step, codeOf(r))], failure: r };
    steps.push(passed(step));
  }
  return { steps };
}

const same = (c: ErrorCode): ErrorCode => c;

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

/** Check one statement: `statement` (its format) → `key` → the checks of its type. */
export function checkStatement(input: StatementInput, ctx: VerifyContext): StatementCheck {
  const before = input.after ?? [];
  const st = parseIn(ctx, input.jws);
  if (typeof st === 'string') return { verdict: 'forged', steps: [...before, failed('statement', st)], code: st };
  const key = ctx.trust.keys.get(st.parsed.kid);
  if (!key) return { verdict: 'forged', steps: [...before, passed('statement'), failed('key', 'WC_KEY_UNKNOWN')], code: 'WC_KEY_UNKNOWN', statement: st };
  const s: Signed = { jws: input.jws, st, key, issuer: ctx.trust.issuers.get(key.key.issuer) };
  const head = [...before, passed('statement'), passed('key')];
  return st.statement.type === 'warning' ? checkWarning(s, head, input, ctx) : checkRevocation(s, head, input, ctx);
}

function checkWarning(s: Signed, head: readonly Step[], input: StatementInput, ctx: VerifyContext): StatementCheck {
  const checked = run(WARNING_CHECKS, same, s, input, ctx);
  const steps = [...head, ...checked.steps];
  if (checked.failure) return { verdict: 'forged', steps, code: checked.failure, statement: s.st };
  const w = s.st.statement as WarningStatement;
  const warning = warningInfo(s, ctx);
  const withdrawn = run(WITHDRAWALS, (x) => x.code, s, input, ctx);
  const all = [...steps, ...withdrawn.steps];
  const why = withdrawn.failure;
  if (why) {
    if (why.revokedAt !== undefined) warning.revokedAt = why.revokedAt;
    if (why.reason !== undefined) warning.revocationReason = why.reason;
    const entries: Array<[InclusionProof['role'], string]> = [['warning', s.jws]];
    if (why.by) entries.push(['revocation', why.by]);
    return inclusion({ verdict: 'revoked', steps: all, code: why.code, statement: s.st, warning }, entries, w.code_hash, ctx);
  }
  if (s.key.key.status === 'revoked') {
    // Genuine although the key was withdrawn since: it was logged before the key's cut-off.
    if (s.key.revokedAtMs !== undefined) warning.keyWithdrawnAt = formatTime(s.key.revokedAtMs);
    if (s.key.key.revocation_reason) warning.keyWithdrawnReason = s.key.key.revocation_reason;
    warning.loggedBefore = s.key.revokedLogSize!;
  }
  return inclusion({ verdict: 'genuine', steps: all, statement: s.st, warning }, [['warning', s.jws]], w.code_hash, ctx);
}

/**
 * A revocation statement given as input (FORMAT.md §8): once it passes its checks (and is in the
 * log), it is a genuine withdrawal and reads `revoked`: `WC_STATEMENT_REVOKED` for a code,
 * `WC_KEY_REVOKED` for every statement of a key.
 */
function checkRevocation(s: Signed, head: readonly Step[], input: StatementInput, ctx: VerifyContext): StatementCheck {
  const checked = run(REVOCATION_CHECKS, same, s, input, ctx);
  const steps = [...head, ...checked.steps];
  if (checked.failure) return { verdict: 'forged', steps, code: checked.failure, statement: s.st };
  const target = (s.st.statement as RevocationStatement).target;
  const byCode = 'code_hash' in target;
  return inclusion(
    { verdict: 'revoked', steps, code: byCode ? 'WC_STATEMENT_REVOKED' : 'WC_KEY_REVOKED', statement: s.st },
    [['revocation', s.jws]],
    byCode ? target.code_hash : undefined,
    ctx,
  );
}

function warningInfo(s: Signed, ctx: VerifyContext): WarningInfo {
  const w = s.st.statement as WarningStatement;
  const tpl = ctx.trust.templates.get(w.template)!;
  const issuer = s.issuer!;
  return {
    templateId: tpl.id,
    text: tpl.text,
    language: w.lang,
    issuer: issuer.id,
    issuerName: issuer.name['en'] ?? Object.values(issuer.name)[0] ?? issuer.id,
    country: issuer.country,
    issuedAt: w.issued_at,
    channel: w.channel,
    kid: s.st.parsed.kid,
  };
}

/**
 * Step `key-status`: a revoked key withdraws its statements, except (with a cut-off, FORMAT.md
 * §5.1) those the log proves it held before the cut-off: the index comes from the verified
 * inclusion proof, never from the statement (no backdating).
 */
function keyWithdrawn(s: Signed, _input: StatementInput, ctx: VerifyContext): Withdrawal | null {
  const k = s.key;
  if (k.key.status !== 'revoked' || loggedBeforeCutoff(s, k.revokedLogSize, ctx)) return null;
  const w: Withdrawal = { code: 'WC_KEY_REVOKED' };
  if (k.revokedAtMs !== undefined) w.revokedAt = formatTime(k.revokedAtMs);
  if (k.key.revocation_reason) w.reason = k.key.revocation_reason;
  return w;
}

function loggedBeforeCutoff(s: Signed, cut: number | undefined, ctx: VerifyContext): boolean {
  if (cut === undefined || !ctx.log) return false;
  const p = proveInclusion('warning', s.jws, (s.st.statement as WarningStatement).code_hash, ctx.log);
  return typeof p !== 'string' && p.index < cut;
}

/** Step `revocation`: a revocation statement for this code that passes its own checks, by the warning's issuer. */
function revokedByStatement(s: Signed, input: StatementInput, ctx: VerifyContext): Withdrawal | null {
  const w = s.st.statement as WarningStatement;
  for (const jws of ctx.source.byCodeHash(input.forCode?.hashHex ?? s.st.codeHashHex!)) {
    const r = parseIn(ctx, jws);
    if (typeof r === 'string') continue;
    const rs = r.statement;
    if (rs.type !== 'revocation' || !('code_hash' in rs.target) || rs.target.code_hash !== w.code_hash) continue;
    const key = ctx.trust.keys.get(r.parsed.kid);
    // Only the issuer of the warning can withdraw it; a key revoked since still signed validly.
    if (!key || key.key.issuer !== w.issuer) continue;
    if (run(REVOCATION_CHECKS, same, { jws, st: r, key, issuer: ctx.trust.issuers.get(key.key.issuer) }, { jws }, ctx).failure) continue;
    return { code: 'WC_STATEMENT_REVOKED', revokedAt: rs.issued_at, reason: rs.reason, by: jws };
  }
  return null;
}

/** Step `inclusion`: with a log, every statement the outcome rests on must be proven in it. */
function inclusion(
  c: StatementCheck,
  entries: ReadonlyArray<readonly [InclusionProof['role'], string]>,
  codeHashB64: string | undefined,
  ctx: VerifyContext,
): StatementCheck {
  if (!ctx.log) return c;
  const proofs: InclusionProof[] = [];
  for (const [role, jws] of entries) {
    const p = proveInclusion(role, jws, codeHashB64, ctx.log);
    if (typeof p === 'string')
      return { verdict: 'forged', steps: [...c.steps, failed('inclusion', p)], code: p, ...(c.statement ? { statement: c.statement } : {}) };
    proofs.push(p);
  }
  return { ...c, steps: [...c.steps, passed('inclusion')], inclusion: proofs };
}

/** Verify one message code: parse → checksum → country → lookup → its statements [→ template]. */
export function verifyCode(input: CodeInput | string, ctx: VerifyContext): Finding {
  const { code: typed, parsed, text, suggest = true } = typeof input === 'string' ? ({ code: input } as CodeInput) : input;
  const p = parsed ?? parseCode(typed);
  if (!p.ok) {
    if (p.code === 'WC_CODE_MALFORMED')
      return { kind: 'code', verdict: 'no-evidence', code: 'WC_CODE_MALFORMED', steps: [failed('parse', 'WC_CODE_MALFORMED')] };
    const f: Finding = {
      kind: 'code',
      verdict: 'mistyped',
      code: 'WC_CODE_CHECK_FAILED',
      steps: [passed('parse'), failed('checksum', 'WC_CODE_CHECK_FAILED')],
    };
    // Suggest the code the reader probably meant, only when exactly one nearby code was issued
    // (a text's answer asks for a few suggestions only: each costs a dozen look-ups).
    if (!suggest) return f;
    const issued = nearbyCodes(p.normalized!).filter((c) => ctx.source.byCodeHash(codeHashHex(c)).length > 0);
    if (issued.length === 1) f.note = formatCode(issued[0]!);
    return f;
  }
  if (!ctx.trust.countries.has(p.country)) {
    return {
      kind: 'code',
      verdict: 'unknown',
      code: 'WC_CODE_COUNTRY_UNKNOWN',
      steps: [passed('parse'), passed('checksum'), failed('country', 'WC_CODE_COUNTRY_UNKNOWN')],
      match: p.display,
    };
  }
  const hashHex = (ctx.codeHashHex ?? codeHashHex)(p.normalized);
  const warnings = ctx.source.byCodeHash(hashHex).filter((j) => {
    const r = parseIn(ctx, j);
    // A malformed entry under this hash is kept: it is checked (and reported as forged) below.
    return typeof r === 'string' || (r.statement.type === 'warning' && r.codeHashHex === hashHex);
  });
  const found = [passed('parse'), passed('checksum'), passed('country')];
  if (warnings.length === 0)
    return {
      kind: 'code',
      verdict: 'unknown',
      code: 'WC_STATEMENT_NOT_FOUND',
      steps: [...found, failed('lookup', 'WC_STATEMENT_NOT_FOUND')],
      match: p.display,
    };
  const after = [...found, passed('lookup')];
  // Normally one warning per code; if several, the best outcome wins only if every one verifies.
  const checks = warnings.map((jws) => {
    const hit = ctx.outcomes?.get(jws);
    if (hit) return hit;
    const c = checkStatement({ jws, forCode: { country: p.country, hashHex }, after }, ctx);
    if (c.verdict !== 'forged' && ctx.outcomes) {
      // Shared by later answers: frozen, so a change anywhere fails loudly instead of leaking.
      Object.freeze(c.steps);
      if (c.inclusion) Object.freeze(c.inclusion);
      ctx.outcomes.set(jws, c);
    }
    return c;
  });
  const bad = checks.find((c) => c.verdict === 'forged');
  const chosen = bad ?? checks.find((c) => c.verdict === 'revoked') ?? checks[0]!;
  // The steps may be memoized (ctx.outcomes): shared, never changed (`template` copies them).
  const f: Finding = { kind: 'code', verdict: chosen.verdict, steps: chosen.steps, match: p.display };
  if (chosen.code) f.code = chosen.code;
  if (chosen.inclusion) f.inclusion = chosen.inclusion;
  if (!chosen.warning) return f;
  f.warning = { ...chosen.warning, text: genuineText(ctx.trust.templates.get(chosen.warning.templateId)!, p.normalized) };
  return chosen.verdict === 'genuine' && text !== undefined ? template(f, text) : f;
}

/** Share of the genuine text's words a pasted text must keep to count as the warning's text. */
export const TEXT_SIMILARITY_THRESHOLD = 0.5;

/** Step `template`: the message a genuine code came in, compared with its genuine text (may make it `altered`). */
function template(f: Finding, text: string): Finding {
  const m = compareText(f.warning!.text, text);
  if (m.equal) return { ...f, steps: [...f.steps!, passed('template')] };
  if (m.similarity >= TEXT_SIMILARITY_THRESHOLD)
    return { ...f, verdict: 'altered', code: 'WC_TEXT_ALTERED', diff: m.diff, steps: [...f.steps!, failed('template', 'WC_TEXT_ALTERED')] };
  // Otherwise the text around the code is not the warning at all (an e-mail quoting it, say):
  // the code's own finding stays as it is and the text is judged by its scam signs.
  return f;
}

/** Verify a signed statement given as input: a warning, or a revocation read as what it is. */
export function verifyStatement(input: { jws: string }, ctx: VerifyContext): Finding {
  const c = checkStatement({ jws: input.jws }, ctx);
  const f: Finding = { kind: 'jws', verdict: c.verdict, steps: c.steps };
  if (c.code) f.code = c.code;
  if (c.inclusion) f.inclusion = c.inclusion;
  if (c.warning) f.warning = c.warning;
  return f;
}
