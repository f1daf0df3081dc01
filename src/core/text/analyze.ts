/**
 * A whole pasted text → one finding per item found in it, each with its exact span
 * (docs/FORMAT.md §8 "Texts"): message codes and JWS are verified as if typed alone; payment
 * instruments and scam phrases become `sign` findings; URLs and e-mail addresses are classified
 * against the trust list's official domains (official, lookalike with the technique and the
 * organisation imitated, not-official); phone numbers are listed (they cannot be confirmed).
 * Linear time: every finder is (src/core/text/extract, src/core/domain/extract.ts, signs.ts).
 */
import { VERDICT_PRECEDENCE, type DomainVerdict, type Finding } from '../verdict.js';
import { compareWarningText, verifyCode, verifyStatementInput, type VerifyContext } from '../verify.js';
import { parseCode } from '../code.js';
import type { ErrorCode } from '../errors.js';
import { extractItems } from './extract/index.js';
import { findSigns } from './signs.js';
import { detectFraming } from './framing.js';
import { LURES } from './lures.js';
import { compilePhrases, findPhrases, foldText } from './phrases.js';

const LURE_MATCHER = compilePhrases(LURES.map((phrase) => ({ phrase, tag: 'lure' as const })));
import { findAddresses } from '../domain/extract.js';
import { classifyAddress } from '../domain/lookalike.js';
import { officialDomainsOf } from '../domain/trusted.js';
import type { SignKind } from './lang/types.js';

const SIGN_CODES: Record<SignKind, ErrorCode> = {
  payment: 'WC_SIGN_PAYMENT',
  fine: 'WC_SIGN_FINE',
  deadline: 'WC_SIGN_DEADLINE',
  arrest: 'WC_SIGN_ARREST',
  register: 'WC_SIGN_REGISTER',
  exposure: 'WC_SIGN_EXPOSURE',
  reply: 'WC_SIGN_REPLY',
  'send-id': 'WC_SIGN_SEND_ID',
  'device-lock': 'WC_SIGN_DEVICE_LOCK',
  voucher: 'WC_SIGN_VOUCHER',
  'word-tell': 'WC_SIGN_WORD_TELL',
};

const ADDRESS_CODES: Record<DomainVerdict, ErrorCode> = { official: 'WC_ADDRESS_OFFICIAL', lookalike: 'WC_ADDRESS_LOOKALIKE', 'not-official': 'WC_ADDRESS_NOT_OFFICIAL' };

/**
 * The work budget of one text's answer (docs/HTTP.md "Limits"). Repeated items are checked once
 * (a code repeated 1,000 times costs one look-up), and the distinct items checked are bounded, so
 * the worst text within the size limit costs a few times an ordinary one. Beyond a bound the
 * answer says so with a `WC_TEXT_TRUNCATED` finding; the items it checked keep their verdicts.
 */
export const TEXT_LIMITS = {
  /** Findings reported for one repeated item (the same kind, code and matched text). */
  repeats: 8,
  /** Findings in one answer (the strongest verdicts are kept first). */
  findings: 1000,
  /** Distinct message codes looked up. */
  codes: 128,
  /** Distinct signed statements (JWS) verified: each costs a signature check. */
  statements: 16,
  /** Distinct URLs and e-mail addresses classified (official, lookalike, not official). */
  addresses: 128,
  /** Genuine codes whose text is compared with the pasted text (a word diff each). */
  comparisons: 2,
  /** Mistyped codes for which a nearby issued code is looked for (a dozen look-ups each). */
  suggestions: 8,
} as const;

export function analyzeText(text: string, ctx: VerifyContext): Finding[] {
  const out: Finding[] = [];
  let truncated = false;
  let comparisons = 0;
  let suggestions = 0;
  // One check per distinct item; later occurrences copy its finding with their own span.
  const codes = new Map<string, Finding>();
  const statements = new Map<string, Finding>();
  for (const item of extractItems(text)) {
    const at = { span: item.span, match: item.match };
    switch (item.kind) {
      case 'code': {
        let f = codes.get(item.match);
        if (f === undefined) {
          if (codes.size >= TEXT_LIMITS.codes) {
            truncated = true;
            break;
          }
          const parsed = parseCode(item.match);
          const mistyped = !parsed.ok && parsed.code === 'WC_CODE_CHECK_FAILED';
          f = verifyCode(item.match, ctx, undefined, parsed, !mistyped || suggestions++ < TEXT_LIMITS.suggestions);
          if (f.verdict === 'genuine' && f.warning && comparisons++ < TEXT_LIMITS.comparisons) compareWarningText(f, text);
          codes.set(item.match, f);
        }
        if (f.code !== 'WC_CODE_MALFORMED') out.push({ ...f, ...at });
        break;
      }
      case 'jws': {
        let f = statements.get(item.token);
        if (f === undefined) {
          if (statements.size >= TEXT_LIMITS.statements) {
            truncated = true;
            break;
          }
          statements.set(item.token, (f = verifyStatementInput(item.token, ctx)));
        }
        out.push({ ...f, ...at });
        break;
      }
      case 'crypto':
        // A checksum that holds means a real address someone can be paid at.
        if (item.valid) out.push({ kind: 'sign', verdict: 'scam', code: 'WC_SIGN_CRYPTO', ...at });
        break;
      case 'iban':
        if (item.valid) out.push({ kind: 'sign', verdict: 'scam', code: 'WC_SIGN_IBAN', ...at });
        break;
      case 'phone':
        out.push({ kind: 'phone', verdict: 'no-evidence', code: 'WC_PHONE_UNCHECKED', ...at });
        break;
    }
  }
  const official = officialDomainsOf(ctx.trust.payload);
  const addresses = new Map<string, ReturnType<typeof classifyAddress>>();
  for (const a of findAddresses(text)) {
    let c = addresses.get(a.match);
    if (c === undefined) {
      if (addresses.size >= TEXT_LIMITS.addresses) {
        truncated = true;
        continue;
      }
      addresses.set(a.match, (c = classifyAddress(a.match, official)));
    }
    const f: Finding = { kind: a.kind, verdict: c.verdict, code: ADDRESS_CODES[c.verdict], span: a.span, match: a.match };
    if (c.domain) f.domain = c.hostUnicode ?? c.domain;
    if (c.technique) f.technique = c.technique;
    if (c.imitates) f.imitates = c.imitates;
    if (c.verdict === 'official' && c.org) f.note = c.org;
    out.push(f);
  }
  // A text that warns ABOUT the fraud (official warnings quote its wording) keeps its phrases as
  // quoted, not as signs (framing.ts: framing in two sentences, one of them advice or a report).
  // Hard evidence is not softened: payment instruments and lookalike addresses count regardless.
  const folded = foldText(text); // shared by the framing and lure matchers
  const quoted = detectFraming(text, folded).aboutScam;
  // One finding per span and kind: the same phrase is often listed in several languages.
  const seen = new Set<string>();
  for (const s of findSigns(folded)) {
    const key = `${s.span.start}:${s.span.end}:${s.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const f: Finding = { kind: 'sign', verdict: quoted ? 'no-evidence' : 'scam', code: SIGN_CODES[s.kind], span: s.span, match: text.slice(s.span.start, s.span.end) };
    if (quoted) f.softened = 'quoted';
    out.push(f);
  }
  for (const m of findPhrases(LURE_MATCHER, folded)) {
    const f: Finding = { kind: 'sign', verdict: quoted ? 'no-evidence' : 'scam', code: 'WC_SIGN_LURE', span: m.span, match: text.slice(m.span.start, m.span.end) };
    if (quoted) f.softened = 'quoted';
    out.push(f);
  }
  // A word tell or a lure name alone (a text naming the wrong term to reject it, a genuine text
  // naming EMPACT) is not enough: they only support other signs.
  const signs = out.filter((f) => f.kind === 'sign' && f.verdict === 'scam');
  if (signs.length > 0 && signs.every((f) => f.code === 'WC_SIGN_WORD_TELL' || f.code === 'WC_SIGN_LURE')) {
    for (const f of signs) {
      f.verdict = 'no-evidence';
      f.softened = 'alone';
    }
  }
  // An address that is part of a genuine warning's signed text is vouched for by that signature.
  const signedTexts = out.filter((f) => f.kind === 'code' && f.warning && f.steps?.some((s) => s.step === 'template' && s.ok)).map((f) => f.warning!.text);
  for (const f of out) {
    if ((f.kind === 'url' || f.kind === 'email') && f.verdict === 'not-official' && signedTexts.some((t) => t.includes(f.match!))) {
      f.verdict = 'official';
      f.code = ADDRESS_CODES.official;
      f.softened = 'signed-text';
    }
  }
  return bounded(out.sort(byStart), truncated);
}

const byStart = (a: Finding, b: Finding): number => (a.span?.start ?? 0) - (b.span?.start ?? 0);
const RANK = new Map<string, number>(VERDICT_PRECEDENCE.map((v, i) => [v, i]));

/**
 * At most `repeats` findings per repeated item and `findings` in all. The findings dropped are
 * repeats or, past the total, the weakest verdicts: the overall verdict never changes.
 */
function bounded(sorted: Finding[], truncated: boolean): Finding[] {
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
