/**
 * A whole pasted text → one finding per item found in it, each with its exact span
 * (docs/FORMAT.md §8 "Texts"): message codes and JWS are verified as if typed alone; payment
 * instruments and scam phrases become `sign` findings; URLs and e-mail addresses are classified
 * against the trust list's official domains (official, lookalike with the technique and the
 * organisation imitated, not-official); phone numbers are listed (they cannot be confirmed).
 * Linear time: every finder is (src/core/text/extract, src/core/domain/extract.ts, signs.ts).
 */
import type { DomainVerdict, Finding } from '../verdict.js';
import { verifyCode, verifyStatementInput, type VerifyContext } from '../verify.js';
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

export function analyzeText(text: string, ctx: VerifyContext): Finding[] {
  const out: Finding[] = [];
  for (const item of extractItems(text)) {
    const at = { span: item.span, match: item.match };
    switch (item.kind) {
      case 'code': {
        const f = verifyCode(item.match, ctx, text);
        if (f.code !== 'WC_CODE_MALFORMED') out.push({ ...f, ...at });
        break;
      }
      case 'jws':
        out.push({ ...verifyStatementInput(item.token, ctx), ...at });
        break;
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
  for (const a of findAddresses(text)) {
    const c = classifyAddress(a.match, official);
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
  return out.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}
