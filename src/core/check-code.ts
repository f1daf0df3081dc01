/**
 * What checkInput (check.ts) answers without the text analysis: the input limits, the trust list's
 * currency, and an input that is a code or a statement. A text is left to check.ts's checkText.
 * Split off so that an adapter can answer codes without loading the text detectors (their tables
 * cost ~0.3 s of CPU and ~35 MB of heap to build): the server loads them on its first text
 * (service/load.ts). check.ts's checkInput is this, then checkText: one order of checks for all.
 */
import { fail, failLimit } from './errors.js';
import { assertTrustCurrent } from './trust.js';
import { parseCode } from './code.js';
import { overallVerdict, type Result } from './verdict.js';
import { verifyCode, verifyStatement, type StatementSource, type VerifyContext } from './verify.js';
import { findCodes } from './text/extract/codes.js';

/** Largest input accepted (UTF-16 code units after decoding; the HTTP and CLI limits are in bytes). */
export const MAX_INPUT_CHARS = 64 * 1024;

const JWS_SHAPE = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

/** A text's answer, given after checkUnlessText found the input to be one (check.ts checkText). */
export type TextCheck = (input: string, ctx: VerifyContext) => Result;

/**
 * The input's answer if it is a code or a statement; undefined if it is a text (answer it with
 * checkText). Throws the input's typed error (too large, empty, trust list expired) either way.
 */
export function checkUnlessText(input: string, ctx: VerifyContext): Result | undefined {
  if (input.length > MAX_INPUT_CHARS) failLimit('WC_INPUT_TOO_LARGE', 'input-chars', MAX_INPUT_CHARS);
  assertTrustCurrent(ctx.trust, ctx.now);
  const trimmed = input.trim();
  if (trimmed.length === 0) fail('WC_INPUT_EMPTY');
  const jws = JWS_SHAPE.test(trimmed);
  const code = !jws && trimmed.length <= 40 ? parseCode(trimmed) : undefined;
  let findings;
  if (code && (code.ok || (code.code !== 'WC_CODE_MALFORMED' && codeShaped(trimmed, ctx)))) findings = [verifyCode({ code: trimmed, parsed: code }, ctx)];
  // A statement looks code hashes up more than once (a warning, then its revocations): once per hash.
  else if (jws) findings = [verifyStatement({ jws: trimmed }, { ...ctx, source: onceSource(ctx.source) })];
  else return undefined;
  return { verdict: overallVerdict(findings), findings };
}

/**
 * A whole input whose check symbol fails is read as a mistyped code only when it is shaped like one
 * (EXTRACT.md "Message codes"): the text finder sees one code over all of it, and its country has an
 * issuer. Otherwise (`govportal-pl.com`, `notice 2026-4471`) it is analysed as a text.
 */
function codeShaped(trimmed: string, ctx: VerifyContext): boolean {
  const found = findCodes(trimmed);
  return (
    found.length === 1 && found[0]!.span.start === 0 && found[0]!.span.end === trimmed.length && ctx.trust.countries.has(trimmed.slice(0, 2).toUpperCase())
  );
}

/** The store asked once per code hash within one answer. */
export function onceSource(source: StatementSource): StatementSource {
  const seen = new Map<string, readonly string[]>();
  return {
    byCodeHash(hex) {
      let r = seen.get(hex);
      if (r === undefined) seen.set(hex, (r = source.byCodeHash(hex)));
      return r;
    },
  };
}
