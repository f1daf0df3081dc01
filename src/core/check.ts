/**
 * The single entry point every verifier calls, and the one combiner of findings: one input (a
 * code, a JWS, a URL or a whole pasted text) → one overall verdict and one finding per item found
 * in it (ARCHITECTURE.md "The verification pipeline"). Verification (verify.ts) and text analysis
 * (text/analyze.ts) contribute findings; what they mean together is decided here, and only here.
 */
import { overallVerdict, VERDICT_PRECEDENCE, type Finding, type Result } from './verdict.js';
import type { VerifyContext } from './verify.js';
import { analyzeText, TEXT_LIMITS, type TextAnalysis } from './text/analyze.js';
import { checkUnlessText, onceSource } from './check-code.js';

export { MAX_INPUT_CHARS } from './check-code.js';

export function checkInput(input: string, ctx: VerifyContext): Result {
  return checkUnlessText(input, ctx) ?? checkText(input, ctx);
}

/**
 * A text's answer. Only after checkUnlessText (check-code.ts) found the input to be a text: the
 * limits and the trust list's currency are checked there.
 */
export function checkText(input: string, ctx: VerifyContext): Result {
  // A text looks code hashes up more than once (a warning, then its revocations; the same code
  // twice): ask the store once per hash within one answer.
  const findings = combineText(analyzeText(input, { ...ctx, source: onceSource(ctx.source) }));
  return { verdict: overallVerdict(findings), findings };
}

/**
 * A text's findings, judged together (FORMAT.md §8.1, EXTRACT.md):
 * - a word tell or a lure name alone (a text naming the wrong term to reject it, a genuine text
 *   naming EMPACT) is not enough: they only support other signs, so unless the concepts found a
 *   scam they are softened `alone`;
 * - an address that is part of a genuine warning's signed text (its `template` step passed) is
 *   vouched for by that signature: `official`, softened `signed-text`;
 * then the list is bounded (TEXT_LIMITS), which never changes the overall verdict.
 */
function combineText(a: TextAnalysis): Finding[] {
  const signs = a.findings.filter((f) => f.kind === 'sign' && f.verdict === 'scam');
  const alone = !a.conceptScam && signs.length > 0 && signs.every((f) => f.code === 'WC_SIGN_WORD_TELL' || f.code === 'WC_SIGN_LURE');
  const signedTexts = a.findings
    .filter((f) => f.kind === 'code' && f.warning && f.steps?.some((s) => s.step === 'template' && s.ok))
    .map((f) => f.warning!.text);
  const combined = a.findings.map((f): Finding => {
    if (alone && f.kind === 'sign' && f.verdict === 'scam') return { ...f, verdict: 'no-evidence', softened: 'alone' };
    if ((f.kind === 'url' || f.kind === 'email') && f.verdict === 'not-official' && signedTexts.some((t) => t.includes(f.match!)))
      return { ...f, verdict: 'official', code: 'WC_ADDRESS_OFFICIAL', softened: 'signed-text' };
    return f;
  });
  return bounded(combined, a.truncated);
}

const RANK = new Map<string, number>(VERDICT_PRECEDENCE.map((v, i) => [v, i]));

/**
 * At most `repeats` findings per repeated item and `findings` in all. The findings dropped are
 * repeats or, past the total, the weakest verdicts: the overall verdict never changes.
 */
function bounded(sorted: readonly Finding[], truncated: boolean): Finding[] {
  const seen = new Map<string, number>();
  let out = sorted.filter((f) => {
    const key = `${f.kind}\u0000${f.code ?? ''}\u0000${f.verdict}\u0000${f.match ?? ''}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n <= TEXT_LIMITS.repeats;
  });
  if (out.length > TEXT_LIMITS.findings) {
    // A stable sort by verdict strength, then back in text order.
    out = out
      .map((f, i) => ({ f, i }))
      .sort((x, y) => (RANK.get(x.f.verdict) ?? RANK.size) - (RANK.get(y.f.verdict) ?? RANK.size) || x.i - y.i)
      .slice(0, TEXT_LIMITS.findings)
      .sort((x, y) => x.i - y.i)
      .map((x) => x.f);
    truncated = true;
  }
  if (truncated) out.unshift({ kind: 'text', verdict: 'no-evidence', code: 'WC_TEXT_TRUNCATED' });
  return out;
}
