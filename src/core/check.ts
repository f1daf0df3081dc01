/**
 * The single entry point every verifier calls: one input (a code, a JWS, a URL or a whole pasted
 * text) → one overall verdict and one finding per item found in it (ARCHITECTURE.md "The verification pipeline").
 */
import { fail, failLimit } from './errors.js';
import { assertTrustCurrent } from './trust.js';
import { parseCode } from './code.js';
import { overallVerdict, type Finding, type Result } from './verdict.js';
import { verifyCode, verifyStatementInput, type StatementSource, type VerifyContext } from './verify.js';
import { analyzeText } from './text/analyze.js';
import { findCodes } from './text/extract/codes.js';

/** Largest input accepted (UTF-16 code units after decoding; the HTTP and CLI limits are in bytes). */
export const MAX_INPUT_CHARS = 64 * 1024;

const JWS_SHAPE = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

export function checkInput(input: string, ctx: VerifyContext): Result {
  if (input.length > MAX_INPUT_CHARS) failLimit('WC_INPUT_TOO_LARGE', 'input-chars', MAX_INPUT_CHARS);
  assertTrustCurrent(ctx.trust, ctx.now);
  const trimmed = input.trim();
  if (trimmed.length === 0) fail('WC_INPUT_EMPTY');
  const findings: Finding[] = [];
  const jws = JWS_SHAPE.test(trimmed);
  const code = !jws && trimmed.length <= 40 ? parseCode(trimmed) : undefined;
  if (code && (code.ok || (code.code !== 'WC_CODE_MALFORMED' && codeShaped(trimmed, ctx)))) {
    findings.push(verifyCode(trimmed, ctx, undefined, code));
  } else {
    // A text (or a statement) looks code hashes up more than once (a warning, then its
    // revocations; the same code twice): ask the store once per hash within one answer.
    ctx = { ...ctx, source: onceSource(ctx.source) };
    if (jws) findings.push(verifyStatementInput(trimmed, ctx));
    else findings.push(...analyzeText(input, ctx));
  }
  return { verdict: overallVerdict(findings), findings };
}

/**
 * A whole input whose check symbol fails is read as a mistyped code only when it is shaped like one
 * (EXTRACT.md "Message codes"): the text finder sees one code over all of it, and its country has an
 * issuer. Otherwise (`govportal-pl.com`, `notice 2026-4471`) it is analysed as a text.
 */
function codeShaped(trimmed: string, ctx: VerifyContext): boolean {
  const found = findCodes(trimmed);
  return found.length === 1 && found[0]!.span.start === 0 && found[0]!.span.end === trimmed.length && ctx.trust.countries.has(trimmed.slice(0, 2).toUpperCase());
}

function onceSource(source: StatementSource): StatementSource {
  const seen = new Map<string, readonly string[]>();
  return {
    byCodeHash(hex) {
      let r = seen.get(hex);
      if (r === undefined) seen.set(hex, (r = source.byCodeHash(hex)));
      return r;
    },
  };
}

