/**
 * A whole pasted text → one finding per item found in it, each with its exact span
 * (docs/FORMAT.md §8 "Texts"): message codes and JWS are verified as if typed alone; payment
 * instruments and scam phrases become `sign` findings; URLs and e-mail addresses are classified
 * against the trust list's official domains (official, lookalike with the technique and the
 * organisation imitated, not-official); phone numbers are listed (they cannot be confirmed).
 * Linear time: every finder is (src/core/text/extract, src/core/domain/extract.ts, signs.ts).
 */
import type { DomainVerdict, Finding } from '../verdict.js';
import { verifyCode, verifyStatement, type VerifyContext } from '../verify.js';
import { parseCode } from '../code.js';
import type { FindingCode } from '../findings.js';
import { extractItems } from './extract/index.js';
import { findSigns } from './signs.js';
import { detectFraming } from './framing.js';
import { LURES } from './lures.js';
import { compilePhrases, findPhrases, foldText } from './phrases.js';
import { conceptFold } from './concept-fold.js';
import { findConcepts, PRESSURE_KINDS, type ConceptKind, type ConceptMatch } from './concepts.js';

const LURE_MATCHER = compilePhrases(LURES.map((phrase) => ({ phrase, tag: 'lure' as const })));
import { findAddresses } from '../domain/extract.js';
import { classifyAddress } from '../domain/lookalike.js';
import { officialIndexOf } from '../domain/trusted.js';
import type { SignKind } from './lang/types.js';

const SIGN_CODES: Record<SignKind, FindingCode> = {
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

const CONCEPT_CODES: Record<Exclude<ConceptKind, 'disclaimer'>, FindingCode> = {
  authority: 'WC_SIGN_AUTHORITY',
  penalty: 'WC_SIGN_FINE',
  overdue: 'WC_SIGN_PAYMENT',
  device: 'WC_SIGN_DEVICE_LOCK',
  lock: 'WC_SIGN_DEVICE_LOCK',
  // pair-only kinds (concepts.ts PAIRS): never reported alone
  reader: 'WC_SIGN_ACCUSATION',
  inquiry: 'WC_SIGN_PROCEEDINGS',
  reference: 'WC_SIGN_PAYMENT',
  amount: 'WC_SIGN_PAYMENT',
  unit: 'WC_SIGN_AUTHORITY',
  mission: 'WC_SIGN_AUTHORITY',
  special: 'WC_SIGN_AUTHORITY',
  content: 'WC_SIGN_ACCUSATION',
  forbidden: 'WC_SIGN_ACCUSATION',
  file: 'WC_SIGN_THREAT',
  ownfile: 'WC_SIGN_THREAT',
  transfer: 'WC_SIGN_THREAT',
  within: 'WC_SIGN_DEADLINE',
  hours: 'WC_SIGN_DEADLINE',
  days: 'WC_SIGN_DEADLINE',
  charge: 'WC_SIGN_PROCEEDINGS',
  against: 'WC_SIGN_PROCEEDINGS',
  asset: 'WC_SIGN_THREAT',
  ownasset: 'WC_SIGN_THREAT',
  sanction: 'WC_SIGN_THREAT',
  ultimatum: 'WC_SIGN_THREAT',
  accusation: 'WC_SIGN_ACCUSATION',
  offence: 'WC_SIGN_ACCUSATION',
  proceedings: 'WC_SIGN_PROCEEDINGS',
  threat: 'WC_SIGN_THREAT',
  deadline: 'WC_SIGN_DEADLINE',
  payment: 'WC_SIGN_PAYMENT',
  contact: 'WC_SIGN_REPLY',
  login: 'WC_SIGN_LOGIN',
  attachment: 'WC_SIGN_ATTACHMENT',
  'device-lock': 'WC_SIGN_DEVICE_LOCK',
  refund: 'WC_SIGN_REFUND',
  entitled: 'WC_SIGN_REFUND',
  'refund-offer': 'WC_SIGN_REFUND',
  exact: 'WC_SIGN_REFUND',
};
/** Findings kept per concept kind (a 64 KiB text of one word repeated would otherwise list thousands). */
const MAX_PER_CONCEPT = 16;

/** Codes of the phrase-list signs (lang/*.ts), which framing softens; payment instruments it does not. */
const PHRASE_SIGN_CODES: ReadonlySet<string> = new Set(Object.values(SIGN_CODES));

const ADDRESS_CODES: Record<DomainVerdict, FindingCode> = {
  official: 'WC_ADDRESS_OFFICIAL',
  lookalike: 'WC_ADDRESS_LOOKALIKE',
  'not-official': 'WC_ADDRESS_NOT_OFFICIAL',
};

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

/**
 * What a text contributes to its answer: its findings in text order, whether an item bound was
 * hit, and whether the concepts found a scam (THE RULE below). The combiner (check.ts) decides
 * what the findings mean together and the overall verdict.
 */
export interface TextAnalysis {
  findings: Finding[];
  truncated: boolean;
  conceptScam: boolean;
}

export function analyzeText(text: string, ctx: VerifyContext): TextAnalysis {
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
        // A failing check symbol under a country with no issuer is not a typo of a code (a code
        // can only start with an issuer's country): it says nothing, so it is not reported.
        if (!item.valid && item.normalized && !ctx.trust.countries.has(item.normalized.slice(0, 2))) break;
        let f = codes.get(item.match);
        if (f === undefined) {
          if (codes.size >= TEXT_LIMITS.codes) {
            truncated = true;
            break;
          }
          const parsed = parseCode(item.match);
          const mistyped = !parsed.ok && parsed.code === 'WC_CODE_CHECK_FAILED';
          const suggest = !mistyped || suggestions++ < TEXT_LIMITS.suggestions;
          // The first genuine codes are compared with the text around them (step `template`).
          f = verifyCode({ code: item.match, parsed, suggest, ...(comparisons < TEXT_LIMITS.comparisons ? { text } : {}) }, ctx);
          if (f.warning && (f.verdict === 'genuine' || f.verdict === 'altered')) comparisons++;
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
          statements.set(item.token, (f = verifyStatement({ jws: item.token }, ctx)));
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
  const official = officialIndexOf(ctx.trust);
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
  const framing = detectFraming(text, folded);
  const quoted = framing.aboutScam;
  // One finding per span and kind: the same phrase is often listed in several languages.
  const seen = new Set<string>();
  for (const s of findSigns(folded)) {
    const key = `${s.span.start}:${s.span.end}:${s.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const f: Finding = {
      kind: 'sign',
      verdict: quoted ? 'no-evidence' : 'scam',
      code: SIGN_CODES[s.kind],
      span: s.span,
      match: text.slice(s.span.start, s.span.end),
    };
    if (quoted) f.softened = 'quoted';
    out.push(f);
  }
  for (const m of findPhrases(LURE_MATCHER, folded)) {
    const f: Finding = {
      kind: 'sign',
      verdict: quoted ? 'no-evidence' : 'scam',
      code: 'WC_SIGN_LURE',
      span: m.span,
      match: text.slice(m.span.start, m.span.end),
    };
    if (quoted) f.softened = 'quoted';
    out.push(f);
  }
  // Concepts (docs/EXTRACT.md "Concepts"): an authority claim with any pressure is a scam; a claim
  // with nothing else is `not-a-warning` (unless a genuine code vouches for the text). A text that
  // speaks ABOUT an authority (one framing cue, a "never" or fraud word, "the police do not …")
  // keeps its phrases as quoted too: real warnings are often one or two such sentences.
  // Words inside an address or a code are the address's business (politiet.no is not a claim).
  const items = out.filter((f) => f.kind !== 'sign' && f.kind !== 'phone' && f.span).map((f) => f.span!);
  const concepts = quoted ? [] : findConcepts(conceptFold(folded)).filter((c) => !items.some((s) => s.start < c.span.end && c.span.start < s.end));
  // Advice alone is left out: scams isolate their reader too ("reply to no other address").
  const aboutAuthority = framing.cues.some((c) => c.kind !== 'advice') || concepts.some((c) => c.kind === 'disclaimer' || c.negated === true);
  if (!quoted && aboutAuthority)
    for (const f of out)
      if (f.kind === 'sign' && f.verdict === 'scam' && (PHRASE_SIGN_CODES.has(f.code!) || f.code === 'WC_SIGN_LURE')) {
        f.verdict = 'no-evidence';
        f.softened = 'quoted';
      }
  // A refund said to wait for the reader counts only in a text with no framing cue at all: a
  // refund scam gives no self-defeating advice ("delete the mail", "do not click the links"),
  // while help pages describe the lure in the second person ("a mail saying you get money back").
  const warned = framing.cues.length > 0;
  const conceptScam = quoted
    ? false
    : addConcepts(out, text, warned ? concepts.filter((c) => c.kind !== 'refund' && c.kind !== 'refund-offer') : concepts, aboutAuthority);
  return { findings: out.sort(byStart), truncated, conceptScam };
}

const byStart = (a: Finding, b: Finding): number => (a.span?.start ?? 0) - (b.span?.start ?? 0);

/**
 * Add the concept findings of an unquoted text to `out` (THE RULE, docs/EXTRACT.md "Concepts").
 * Unless the text speaks about an authority (`aboutAuthority`):
 * - an authority claim and any pressure (a pressure concept, a phrase-list sign, a payment
 *   instrument, a lookalike address) → the claim and the pressure are `scam`;
 * - an implied authority (a summons or proceedings, an accusation aimed at the reader, a locked
 *   device; a fine, an offence or an overdue sum with a demand to pay; a threat with a demand or
 *   an ultimatum; an authority word in disguise) → `scam`: a claim and a demand in one;
 * - a claim alone → `not-a-warning`, unless a genuine code is in the text (the claim is then the
 *   genuine warning's own);
 * - pressure alone (log in, see the attachment) → nothing: ordinary mail says that too.
 * A text about an authority still gets `not-a-warning` for its claim, and `scam` only from hard
 * evidence (a payment instrument, a lookalike address). Returns whether the concepts made a scam.
 * A span already reported as a sign is not repeated.
 */
/** Characters between a fine or an arrear and a link for the two to be one notice (an SMS or a subject line and its link). */
const LINK_REACH = 200;

function addConcepts(out: Finding[], text: string, concepts: readonly ConceptMatch[], aboutAuthority: boolean): boolean {
  const claims = concepts.filter((c) => c.kind === 'authority');
  const pressure = concepts.filter((c) => PRESSURE_KINDS.has(c.kind));
  const hard = out.some(
    (f) =>
      ((f.kind === 'sign' && (f.code === 'WC_SIGN_IBAN' || f.code === 'WC_SIGN_CRYPTO')) || f.kind === 'url' || f.kind === 'email') &&
      (f.verdict === 'scam' || f.verdict === 'lookalike'),
  );
  const phraseSigns = out.some((f) => f.kind === 'sign' && f.verdict === 'scam');
  // A link to a host that is not an authority's (a web address, not an e-mail address) within
  // LINK_REACH of a fine or an arrear: where a fine or arrear notice sends its reader to pay.
  const links = out.filter((f) => f.kind === 'url' && f.verdict === 'not-official' && f.span).map((f) => f.span!);
  const near = (c: ConceptMatch) => links.some((l) => l.start < c.span.end + LINK_REACH && c.span.start < l.end + LINK_REACH);
  const linked = concepts.some((c) => (c.kind === 'penalty' || c.kind === 'overdue' || c.kind === 'refund') && near(c));
  // A summons, an accusation aimed at the reader or a locked device speaks for an authority and
  // demands at once; a fine needs a demand with it (pay it, it is overdue); three offence terms in
  // a row are the fake summons' list ("child pornography, paedophilia, exhibitionism"); a demand
  // to pay something overdue ("payment required: avoid additional fees") is a fine's demand.
  const has = (k: ConceptKind) => concepts.some((c) => c.kind === k);
  const offences = new Set(concepts.filter((c) => c.kind === 'offence').map((c) => text.slice(c.span.start, c.span.end).toLowerCase())).size;
  // An offence or a fine with a demand to pay or a deadline is a fine's demand. A threat (arrest,
  // a register, exposure) with a demand to pay or a deadline, or an ultimatum to the reader ("if
  // you do not pay, …"), is extortion in anyone's name. An authority word in disguise (P0LICJA,
  // Pоlice) is evasion that no genuine sender needs.
  const implied =
    has('proceedings') ||
    has('accusation') ||
    has('device-lock') ||
    ((has('penalty') || has('offence')) && (has('payment') || has('overdue') || has('deadline'))) ||
    (has('penalty') && pressure.length > 0) ||
    offences >= 3 ||
    (has('overdue') && (has('payment') || has('login') || has('deadline'))) ||
    linked ||
    (has('threat') && (has('payment') || has('deadline'))) ||
    // A sanction on the reader's own account, licence, card or ID with a request to log in or
    // confirm details ("your account has been suspended … verify your identity"): the credential
    // lure, whoever claims to send it.
    (concepts.some((c) => c.kind === 'threat' && c.asset === true) && has('login')) ||
    (has('payment') && has('deadline')) ||
    // Money said to wait for the reader, or a refund with a request to log in, reply or open an
    // attachment (or a link, `linked`): the refund lure, which no tax office or authority sends.
    has('refund-offer') ||
    (has('refund') && (has('login') || has('contact') || has('attachment'))) ||
    has('ultimatum') ||
    claims.some((c) => c.obfuscated === true || c.unit === true);
  const genuineCode = out.some((f) => f.kind === 'code' && (f.verdict === 'genuine' || f.verdict === 'altered' || f.verdict === 'revoked'));
  let verdict: Finding['verdict'] | null = null;
  if (claims.length && (hard || (!aboutAuthority && (pressure.length || phraseSigns)))) verdict = 'scam';
  else if (!aboutAuthority && implied) verdict = 'scam';
  else if (claims.length && !genuineCode) verdict = 'not-a-warning';
  if (!verdict) return false;
  const taken = out.filter((f) => f.kind === 'sign' && f.span).map((f) => f.span!);
  const perKind = new Map<ConceptKind, number>();
  for (const c of verdict === 'scam' ? concepts.filter((k) => k.kind !== 'disclaimer') : claims) {
    if (taken.some((s) => s.start < c.span.end && c.span.start < s.end)) continue;
    const n = perKind.get(c.kind) ?? 0;
    if (n >= MAX_PER_CONCEPT) continue;
    perKind.set(c.kind, n + 1);
    out.push({
      kind: 'sign',
      verdict,
      code: CONCEPT_CODES[c.kind as Exclude<ConceptKind, 'disclaimer'>],
      span: c.span,
      match: text.slice(c.span.start, c.span.end),
    });
  }
  return verdict === 'scam';
}
