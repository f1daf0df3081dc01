/**
 * Is this URL, e-mail address or host official, a lookalike of an official one, or neither?
 *
 * The order of the checks, the thresholds and the reasons for them are in docs/DOMAINS.md; in
 * short: official (exact host or parent on the list) → hidden tricks (userinfo, parser
 * differential) → homoglyph equality (skeletons) → structural checks on the host in each of its
 * forms (embedding, edit distance, TLD swap, combosquat, subdomain brand) → path, fragment and
 * bidi → IP hosts → e-mail sender claims → fake government labels → display names.
 *
 * The official list is a parameter (the trust list carries it); its lookup tables are built once
 * per list (official-index.ts). Everything is bounded by the input limits in normalize.ts, and no
 * step is worse than quadratic in a 253-character host.
 */
import { themeScoreInLabel } from './theme.js';
import { govDashName, placeGovernmentLabel, stateOnThrowaway } from './place-gov.js';
import { parse } from 'tldts';
import type { DomainVerdict } from '../verdict.js';
import { chromiumRejectsOneEdit, boundedEdits, finalVowelSwap, oneEdit } from './edit.js';
import { isFreeMail } from './freemail.js';
import { normalizeAddress, DISGUISE_TRAPS, type AddressKind, type NormalizeError, type NormalizedAddress, type Trap } from './normalize.js';
import type { OfficialDomain } from './official.js';
import {
  loosen,
  MIN_JOINED,
  officialIndex,
  pickEntry,
  tokenize,
  type Form,
  type IndexedOfficial,
  type OfficialIndex,
  type RankContext,
} from './official-index.js';
import { isMixedScript, scriptsOf, skeleton, stripDiacritics } from './skeleton.js';
import { transliterate } from './translit.js';
import { COUNTRY_CODES, GOVERNMENT_UMBRELLAS, GOV_WORDS, KIT_WORDS, NAMING_ONLY_CC } from './words.js';
import {
  authorityInLocalPart,
  brandInLabel,
  governmentPrefix,
  themeWordsInLabel,
  justiceInLocalPart,
  policeInLocalPart,
  shortBrandInLabel,
  THEME_BODY,
  typoBrandInLabel,
  type BrandHit,
  type BrandTheme,
} from './brand.js';
import { AUTHORITY_THEME_OF } from './official-authorities.js';

export type LookalikeTechnique =
  // characters
  | 'homoglyph-cyrillic'
  | 'homoglyph-greek'
  | 'homoglyph-whole-script'
  | 'homoglyph'
  | 'homoglyph-ascii'
  | 'diacritic'
  | 'punycode'
  | 'digit-swap'
  // edits
  | 'one-edit'
  | 'two-edit'
  | 'transposition'
  // structure
  | 'subdomain-embedding'
  | 'hyphen-embedding'
  | 'dot-to-hyphen'
  | 'no-separator-embedding'
  | 'tld-swap'
  | 'tld-append'
  | 'fake-government-domain'
  | 'combosquat'
  | 'private-suffix-hosting'
  // elsewhere in the address
  | 'userinfo'
  | 'path-embedding'
  | 'fragment-embedding'
  | 'bidi-control'
  | 'ip-host'
  | 'free-mail'
  | 'sender-name-claim'
  | 'display-name-spoof'
  // an official host reached through a disguise (DISGUISE_TRAPS)
  | 'zero-width'
  | 'fullwidth-letters'
  | 'compatibility-characters'
  | 'ideographic-dot'
  | 'fullwidth-dot'
  | 'percent-encoded-host'
  | 'parser-differential';

export interface DomainClassification {
  verdict: DomainVerdict;
  kind: AddressKind;
  /** The host a browser or mail server would use (ASCII, xn-- for IDN); '' when unparseable. */
  host: string;
  /** The host in Unicode, when it has IDN labels. */
  hostUnicode?: string;
  /** Registrable domain of `host` (PSL with private suffixes); '' for IPs. */
  domain: string;
  /** Lookalikes: how the address imitates an official one. */
  technique?: LookalikeTechnique;
  /** Lookalikes: the organisation imitated (`org` of the list entry, or the embedded name when it is not on the list). */
  imitates?: string;
  /** Official: the organisation. */
  org?: string;
  /** The list entry matched (official) or imitated (lookalike). */
  entry?: string;
  /** Official e-mail: the list confirms the organisation sends mail from this domain. */
  sendsEmail?: boolean;
  traps: Trap[];
  /** URL fragment as pasted (without '#'), so a caller can read a code after '#'. */
  fragment?: string;
  /** Why the input could not be classified (then the verdict is not-official). */
  error?: NormalizeError;
}

/** A view of the host: the same host in one comparison form, and what a match in it is called. */
interface View {
  form: Form;
  host: string;
  technique?: LookalikeTechnique;
}

interface Hit {
  technique: LookalikeTechnique;
  entries: readonly IndexedOfficial[];
}

const CC_TO_COUNTRY: Record<string, string> = { uk: 'GB' };
/** Two-letter TLDs sold and used as generic ones (.eu is the Union's, .nu "now" in Scandinavian). */
/** Free hosting, or a TLD that is neither a country code nor .com/.net/.org (`.top`, `.xin`, `.vip`); the two-letter TLDs sold as generic ones too, except .eu, .io and .co. */
function cheapTld(a: NormalizedAddress): boolean {
  const tld = a.publicSuffix.split('.').at(-1) ?? '';
  return a.privateSuffix || (tld.length > 2 && !MAINSTREAM_TLDS.has(tld)) || (GENERIC_CC.has(tld) && !['eu', 'io', 'co'].includes(tld)) || FREE_CC.has(tld);
}

/** Government words that name the page in a kit's path (`/gov`); not `go`, `gv`, `mil`. */
const PATH_GOV_WORDS: ReadonlySet<string> = new Set(['gov', 'govt', 'gouv', 'gob', 'government', 'gouvernement']);

/** The TLDs most ordinary businesses register under, besides the country codes (themeWordsInLabel). */
const MAINSTREAM_TLDS: ReadonlySet<string> = new Set(['com', 'net', 'org']);
const GENERIC_CC: ReadonlySet<string> = new Set(['eu', 'nu', 'io', 'co', 'tv', 'cc', 'ws']);
/** The ccTLDs once given away free (Freenom: .tk, .ml, .ga, .cf, .gq), where phishing hosts cluster: off the ordinary TLDs. */
const FREE_CC: ReadonlySet<string> = new Set(['tk', 'ml', 'ga', 'cf', 'gq']);
const GOV_SUFFIX_WORDS = new Set([...GOV_WORDS, 'police']);
const ALNUM = /[a-z0-9-]/;

/** Label rules do not apply under a government namespace of the PSL (gov.co, gob.es, gov.sg): only that government can register there. */
function isGovernmentSuffix(a: NormalizedAddress): boolean {
  return a.icannSuffix && a.publicSuffix.split('.').some((l) => GOV_SUFFIX_WORDS.has(l));
}

/** A public suffix on the list, alone (the PSL's default rule makes any unknown word a suffix: `stadt`, `berkeley`). */
function isBareSuffix(text: string): boolean {
  const p = parse(text, { allowPrivateDomains: true, extractHostname: false });
  return p.domain === null && p.publicSuffix === text && (p.isIcann === true || p.isPrivate === true);
}

/** The TLDs a domain name is written with in a phishing host (`dgt.com-pago.vip`, `politie.nl-zaak.com`): country codes and the old generic ones, not the many new word TLDs (`police.city-hall.com`). */
const LEGACY_GENERIC_TLDS: ReadonlySet<string> = new Set(['com', 'net', 'org', 'gov', 'edu', 'int', 'info']);
function isDomainEnding(text: string): boolean {
  return (text.length === 2 || LEGACY_GENERIC_TLDS.has(text)) && isBareSuffix(text);
}

/** Walk a host's parents (a.b.c, b.c, c) and return the first that is a key of the map. */
function findUnder<T>(map: ReadonlyMap<string, T>, host: string): { value: T; matched: string } | null {
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const key = labels.slice(i).join('.');
    const value = map.get(key);
    if (value !== undefined) return { value, matched: key };
  }
  return null;
}

/** Longest official domain written inside a text on label boundaries (`evil.example/politiet.no`). */
function embeddedDomain(text: string, index: OfficialIndex): IndexedOfficial | null {
  const t = text.toLowerCase();
  let best: IndexedOfficial | null = null;
  for (const ie of index.entries) {
    if (ie.domain.length < 6 || (best && best.domain.length >= ie.domain.length)) continue;
    for (let at = t.indexOf(ie.domain); at >= 0; at = t.indexOf(ie.domain, at + 1)) {
      const before = t[at - 1];
      const after = t[at + ie.domain.length];
      if ((before === undefined || !ALNUM.test(before)) && (after === undefined || !ALNUM.test(after))) {
        best = ie;
        break;
      }
    }
  }
  return best;
}

/** Words of a local part, display name, userinfo or path: diacritics stripped, split on non-letters and at letter/digit changes. */
function words(text: string): string[] {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return plain
    .split(/[^a-z0-9]+/)
    .flatMap((w) => w.split(/(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])/))
    .filter(Boolean);
}

/** Organisations a free text claims: a word on the claim lists, a long official label inside the joined text, or a whole official domain. */
function textClaim(text: string, index: OfficialIndex): { entries: readonly IndexedOfficial[]; strong: boolean } | null {
  const embedded = embeddedDomain(text, index);
  if (embedded) return { entries: [embedded], strong: true };
  const ws = words(text);
  for (const w of ws) {
    const strong = index.claims.plain.get(w);
    if (strong) return { entries: [...new Set([...strong, ...(index.localClaims.get(w) ?? [])])], strong: true };
  }
  const joined = ws.join('');
  for (const [label, ie] of index.longClaims) if (joined.includes(label)) return { entries: [ie], strong: true };
  for (const w of ws) {
    const generic = index.localClaims.get(w);
    if (generic) return { entries: generic, strong: false };
  }
  return null;
}

function homoglyphTechnique(a: NormalizedAddress): LookalikeTechnique {
  if (a.traps.includes('punycode')) return 'punycode';
  const labels = a.hostUnicode.split('.');
  const nonAscii = labels.filter((l) => /[^\x00-\x7f]/.test(l));
  if (!nonAscii.length) return /[0-9]/.test(a.host) ? 'digit-swap' : 'homoglyph-ascii';
  if (nonAscii.some((l) => !scriptsOf(l).has('Latin') && scriptsOf(l).size > 0)) return 'homoglyph-whole-script';
  const scripts = scriptsOf(nonAscii.join('').replace(/[\x00-\x7f]/g, ''));
  if (scripts.has('Cyrillic')) return 'homoglyph-cyrillic';
  if (scripts.has('Greek')) return 'homoglyph-greek';
  return 'homoglyph';
}

/** The host in every form worth comparing, first match wins; duplicates dropped. */
function viewsOf(a: NormalizedAddress): View[] {
  const plain = a.hostUnicode.toLowerCase();
  const homoglyph = homoglyphTechnique(a);
  const views: View[] = [
    { form: 'plain', host: plain },
    { form: 'skeleton', host: skeleton(plain), technique: homoglyph },
    { form: 'skeleton', host: skeleton(stripDiacritics(plain)), technique: a.traps.includes('punycode') ? 'punycode' : 'diacritic' },
  ];
  if (/\p{Lu}/u.test(a.hostTyped) && /\p{Ll}/u.test(a.hostTyped))
    views.push({ form: 'skeleton', host: skeleton(a.hostTyped), technique: /^[\x00-\x7f]*$/.test(a.hostTyped) ? 'homoglyph-ascii' : homoglyph });
  const name = a.publicSuffix ? plain.slice(0, Math.max(0, plain.length - a.publicSuffix.length - 1)) : plain;
  if (/[0-9]|vv/.test(name)) views.push({ form: 'loose', host: loosen(views[1]!.host), technique: /[0-9]/.test(name) ? 'digit-swap' : 'homoglyph-ascii' });
  return views.filter((v, i) => views.findIndex((w) => w.host === v.host && w.form === v.form) === i);
}

/**
 * An official domain's tokens found in the candidate's tokens, and what that arrangement is called.
 * `withoutTld`: look for the domain minus its last label (`met-police` in `rnet-police.co.uk`),
 * only for entries of three or more tokens with a specific one.
 */
function embedding(view: View, index: OfficialIndex, withoutTld: boolean): Hit | null {
  const tokens = tokenize(view.host);
  const labels = view.host.split('.');
  for (let i = 0; i < tokens.length; i++) {
    for (const ie of index.byFirstToken[view.form].get(tokens[i]!.text) ?? []) {
      const E = ie.forms[view.form].tokens;
      const attempt = (m: number, droppedTld: boolean): LookalikeTechnique | null => {
        if (m < 1 || i + m > tokens.length) return null;
        for (let j = 0; j < m; j++) if (tokens[i + j]!.text !== E[j]!.text) return null;
        let exact = true;
        for (let j = 1; j < m; j++) if (tokens[i + j]!.sep !== E[j]!.sep) exact = false;
        if (!exact && !ie.specific) return null;
        if (i + m === tokens.length) return exact || droppedTld ? null : 'dot-to-hyphen';
        const next = tokens[i + m]!;
        if (exact && next.sep === '.') {
          const rest = labels.slice(next.label).join('.');
          if (isBareSuffix(rest)) return droppedTld ? 'tld-swap' : 'tld-append';
          return 'subdomain-embedding';
        }
        return 'hyphen-embedding';
      };
      if (ie.domain.length < 6) continue;
      const t = !withoutTld ? attempt(E.length, false) : E.length >= 3 && ie.specific ? attempt(E.length - 1, true) : null;
      if (t) return { technique: t, entries: [ie] };
    }
  }
  return null;
}

/**
 * Label-level checks of one view, strongest first: whole-domain embedding, no-separator, edit
 * distance, embedding without the TLD, TLD swap, combosquat, subdomain brand. (A generator: the
 * caller takes the first hit; tests can list them all.) Edit distance comes before the TLD-less
 * embedding because it requires the same suffix: `policіja.gov.pl` is nearer policja.gov.pl than
 * policija.gov.hr.
 */
function* structural(view: View, a: NormalizedAddress, index: OfficialIndex): Generator<Hit> {
  const labels = view.host.split('.');
  if (labels.length !== a.host.split('.').length) return;
  const suffixCount = a.publicSuffix ? a.publicSuffix.split('.').length : 0;
  const e2ldAt = labels.length - suffixCount - 1;
  const form = view.form;

  const embedded = embedding(view, index, false);
  if (embedded) yield embedded;

  for (const tok of tokenize(view.host)) {
    // Every official domain run together that the token holds, in list order.
    const found: IndexedOfficial[] = [];
    for (let i = 0; i + MIN_JOINED <= tok.text.length; i++)
      for (const [joined, ie] of index.joinedAt[form].get(tok.text.slice(i, i + MIN_JOINED)) ?? [])
        if (tok.text.startsWith(joined, i) && !found.includes(ie)) found.push(ie);
    for (const ie of found.sort((x, y) => x.order - y.order)) yield { technique: 'no-separator-embedding', entries: [ie] };
  }

  if (e2ldAt < 0) return;
  const e2ld = labels[e2ldAt]!;
  const nameLabels = labels.slice(0, e2ldAt + 1);

  if (form !== 'loose')
    for (const ie of index.bySuffix.get(a.publicSuffix) ?? []) {
      const technique = editTechnique(nameLabels, ie, form);
      if (technique) yield { technique, entries: [ie] };
    }

  // Under another suffix, one edit of a long organisation label (9 letters or more: `skateverket.com`,
  // `belastingdiesnt.net`): at that length a one-edit neighbour is no ordinary word of its own,
  // unless it is an inflection (`carabiniere.com`, the singular of carabinieri).
  if (form !== 'loose')
    for (const ie of index.longOrgs[form].get(e2ld.length) ?? []) {
      const org = ie.forms[form].org;
      if (ie.suffix === a.publicSuffix) continue;
      const r = oneEdit(e2ld, org);
      if (r && !chromiumRejectsOneEdit(e2ld, org) && !finalVowelSwap(e2ld, org)) yield { technique: r, entries: [ie] };
    }

  const withoutTld = embedding(view, index, true);
  if (withoutTld) yield withoutTld;

  const suffixIsFakeGov = !a.icannSuffix && a.publicSuffix.split('.').some((l) => GOV_WORDS.has(l));
  const labelTechnique = (t: LookalikeTechnique): LookalikeTechnique =>
    suffixIsFakeGov ? 'fake-government-domain' : a.privateSuffix ? 'private-suffix-hosting' : t;

  // The word for "police" under another country's ccTLD may be that country's police
  // (policija.rs, policja.waw.pl): such words only count under generic TLDs, or (combosquats)
  // under the entry's own country. Private suffixes (blogspot.no, gov.nl) are never a force's.
  const tld = a.publicSuffix.split('.').at(-1) ?? '';
  const tldCountry = CC_TO_COUNTRY[tld] ?? tld.toUpperCase();
  const allowed = (word: string, entries: readonly IndexedOfficial[] | undefined, sameCountryOk: boolean): readonly IndexedOfficial[] => {
    if (!entries) return [];
    if (!a.icannSuffix || !index.policeWords[form].has(word) || tld.length !== 2 || GENERIC_CC.has(tld)) return entries;
    return sameCountryOk ? entries.filter((ie) => ie.entry.country === tldCountry) : [];
  };

  const swapped = allowed(e2ld, index.byOrg[form].get(e2ld), false);
  if (swapped.length) yield { technique: labelTechnique('tld-swap'), entries: swapped };
  // A four-letter name (`cjib`, `dvla`, `ansr`) as the whole label under a cheap TLD (`cjib.top`):
  // under .com or a ccTLD the same letters are often someone else's, so only there.
  if (!swapped.length && e2ld.length === 4 && a.icannSuffix && cheapTld(a)) {
    const short = allowed(e2ld, index.claims[form].get(e2ld), false);
    if (short.length) yield { technique: labelTechnique('tld-swap'), entries: short };
  }

  const e2ldTokens = e2ld
    .split('-')
    .flatMap((w) => w.split(/(?<=\p{L})(?=[0-9])|(?<=[0-9])(?=\p{L})/u))
    .filter(Boolean);
  const tokenCountries = new Set(e2ldTokens.filter((t) => COUNTRY_CODES.has(t) || NAMING_ONLY_CC.has(t)).map((t) => CC_TO_COUNTRY[t] ?? t.toUpperCase()));
  if (e2ldTokens.length > 1)
    for (const word of tokenRuns(e2ldTokens)) {
      if (word === e2ld.replace(/-/g, '')) {
        // An organisation's name split by hyphens as the whole name (`guardia-civil.net`,
        // `inter-pol.com`): a TLD swap in disguise. Names of 8+ letters that are not a word for
        // police (`euro-pol` is a common company name, `poli-tie` a police word).
        const named = word.length >= 8 && e2ld.includes('-') && !index.policeWords[form].has(word) ? index.byOrg[form].get(word) : undefined;
        if (named) yield { technique: labelTechnique('hyphen-embedding'), entries: named };
        continue;
      }
      const claimed = allowed(word, index.claims[form].get(word), true);
      // A country code as another token names which of the bodies of that name (`euprava-rs` → Serbia's, not Slovenia's).
      const inCountry = claimed.filter((ie) => tokenCountries.has(ie.entry.country ?? ''));
      if (claimed.length) yield { technique: labelTechnique('combosquat'), entries: inCountry.length ? inCountry : claimed };
    }

  // A bare word for police as a subdomain under a country's ccTLD may be a town's or a
  // university's own police (`policie.ostrava.cz`, `politie.amsterdam.nl`): it claims only when
  // the registrable label is kit words, government words, country codes or digits (`politie.zaak-2381.nl`).
  const ownName =
    a.icannSuffix &&
    tld.length === 2 &&
    !GENERIC_CC.has(tld) &&
    !e2ldTokens.every((t) => KIT_WORDS.has(t) || GOV_WORDS.has(t) || COUNTRY_CODES.has(t) || /^[0-9]+$/.test(t));
  for (const label of labels.slice(0, e2ldAt))
    for (const word of tokenRuns(label.split('-').filter(Boolean))) {
      if (ownName && word === label && index.policeWords[form].has(word)) continue;
      const claimed = index.claims[form].get(word);
      if (claimed)
        yield {
          technique: GOV_WORDS.has(e2ld) && !GOVERNMENT_UMBRELLAS.has(a.registrable) ? 'fake-government-domain' : 'subdomain-embedding',
          entries: claimed,
        };
    }
}

/**
 * One or two edits between the candidate's name labels and an entry's (same public suffix only).
 * Per label: the organisation label may be 1 edit away from 5 characters, 2 from 8 (then with the
 * same first and last letter); an umbrella label (europa) 1 edit from 5 characters; 2 in total.
 * So `eurapol.europe.eu` matches europol.europa.eu but `europarl.europa.eu` does not.
 */
function editTechnique(nameLabels: readonly string[], ie: IndexedOfficial, form: Form): LookalikeTechnique | null {
  if (!ie.strong || ie.nameLabels === 0 || nameLabels.length < ie.nameLabels) return null;
  const cand = nameLabels.slice(-ie.nameLabels);
  const target = ie.forms[form].name.split('.');
  let total = 0;
  let transposition = false;
  for (let k = 0; k < target.length; k++) {
    const c = cand[k]!;
    const t = target[k]!;
    const r = boundedEdits(c, t, k === 0 && t.length >= 8 ? 2 : 1);
    if (!r) return null;
    if (r.distance === 0) continue;
    if (t.length < 5) return null;
    if (r.distance === 1 && chromiumRejectsOneEdit(c, t)) return null;
    if (r.distance === 2 && (c[0] !== t[0] || c.at(-1) !== t.at(-1))) return null;
    total += r.distance;
    transposition ||= r.transposition;
  }
  if (total < 1 || total > 2) return null;
  return total === 2 ? 'two-edit' : transposition ? 'transposition' : 'one-edit';
}

/** Every run of neighbouring tokens, joined (`guardia-civil-multas` → guardia, guardiacivil, …); at most 8 tokens per run. */
function* tokenRuns(tokens: readonly string[]): Generator<string> {
  for (let i = 0; i < tokens.length; i++) {
    let run = '';
    for (let j = i; j < tokens.length && j < i + 8; j++) {
      run += tokens[j];
      yield run;
    }
  }
}

function countryOf(a: NormalizedAddress): string | undefined {
  const tld = a.publicSuffix.split('.').at(-1) ?? '';
  if (tld.length !== 2) return undefined;
  return CC_TO_COUNTRY[tld] ?? tld.toUpperCase();
}

/** `X.gov.…` in the subdomain of a non-government domain (`fbi.gov.id88231.com`): the embedded name, or null. */
function fakeGovernmentSubdomain(a: NormalizedAddress): string | null {
  if (!a.registrable || GOVERNMENT_UMBRELLAS.has(a.registrable)) return null;
  const labels = a.host.split('.');
  const sub = labels.slice(0, labels.length - a.registrable.split('.').length);
  for (let j = 1; j < sub.length; j++) {
    if (!GOV_WORDS.has(sub[j]!)) continue;
    const name = sub.slice(j - 1, j + 1);
    if (sub[j + 1] && /^[a-z]{2}$/.test(sub[j + 1]!)) name.push(sub[j + 1]!);
    return name.join('.');
  }
  return null;
}

/** Classify one pasted URL, e-mail address or host against an official-domain list (or its index, built once by the caller). */
export function classifyAddress(input: string, official: readonly OfficialDomain[] | OfficialIndex): DomainClassification {
  const n = normalizeAddress(input);
  if (!n.ok)
    return {
      verdict: 'not-official',
      kind: input.includes('@') && !input.includes('/') ? 'email' : 'url',
      host: '',
      domain: '',
      traps: n.traps,
      error: n.error,
    };
  const a = n.address;
  const index = officialIndex(official);
  const traps = new Set<Trap>(a.traps);
  for (const label of a.hostUnicode.split('.')) if (isMixedScript(label)) traps.add('mixed-script');
  if (a.privateSuffix) traps.add('private-suffix');
  const freeMail = a.kind === 'email' && !a.isIp && isFreeMail(a.registrable || a.host);
  if (freeMail) traps.add('free-mail');

  const base: DomainClassification = { verdict: 'not-official', kind: a.kind, host: a.host, domain: a.registrable, traps: [] };
  if (a.hostUnicode !== a.host) base.hostUnicode = a.hostUnicode;
  if (a.fragment !== undefined) base.fragment = a.fragment;
  const ctx: RankContext = { email: a.kind === 'email', ...(countryOf(a) ? { country: countryOf(a)! } : {}) };
  const finish = (r: DomainClassification): DomainClassification => ({ ...r, traps: [...traps] });
  const lookalike = (technique: LookalikeTechnique, entries: readonly IndexedOfficial[]): DomainClassification => {
    const ie = pickEntry(entries, ctx);
    return finish({ ...base, verdict: 'lookalike', technique, imitates: ie.entry.org, entry: ie.domain });
  };

  // 1. Official: the host is a listed domain or under one.
  const official1 = a.isIp ? null : findUnder(index.byDomain.plain, a.host);
  if (official1) {
    const ie = pickEntry(official1.value, ctx);
    const alternateOfficial = a.alternateHost !== undefined && findUnder(index.byDomain.plain, a.alternateHost) !== null;
    const disguise = a.traps.find((t) => DISGUISE_TRAPS.has(t) && !(t === 'parser-differential' && alternateOfficial));
    if (disguise) return lookalike(disguise as LookalikeTechnique, [ie]);
    const r: DomainClassification = { ...base, verdict: 'official', org: ie.entry.org, entry: ie.domain };
    if (a.kind === 'email') r.sendsEmail = ie.entry.email === true;
    return finish(r);
  }

  // 2. What the reader sees is official, what the parser uses is not.
  if (a.alternateHost !== undefined) {
    const alt = findUnder(index.byDomain.plain, a.alternateHost);
    if (alt) return lookalike('parser-differential', alt.value);
  }
  if (a.userinfo) {
    const claim = textClaim(a.userinfo, index);
    if (claim) return lookalike('userinfo', claim.entries);
  }

  // 3–4. The host itself, in each form: homoglyph equality first, then the label rules.
  if (!a.isIp) {
    const views = viewsOf(a);
    for (const v of views.slice(1)) {
      const hit = findUnder(index.byDomain[v.form], v.host);
      if (hit) return lookalike(v.technique!, hit.value);
    }
    // Under a government namespace only that government registers names, so plain label rules
    // would flag foreign forces (policia.gov.co); a host with IDN labels is still checked.
    const govSuffix = isGovernmentSuffix(a);
    if (!govSuffix || a.hostUnicode !== a.host)
      for (const v of govSuffix ? views.slice(1) : views) {
        const hit = structural(v, a, index).next();
        if (!hit.done) return lookalike(v.technique ?? hit.value.technique, hit.value.entries);
      }
  }

  // 4a. A host under a government namespace of an EU or EEA country or the UK (gov.pl, gouv.fr,
  // gv.at, gob.es …: the registry gives names there only to public bodies), or under a government
  // umbrella (europa.eu, gov.hr, lrv.lt …), is a public body's, also when the list does not name
  // it (msp.gov.cz, a police school under gov.pl). ASCII hosts only, without disguise, and after
  // the label rules, so an official name put under an umbrella (`politiet.gov.hr`) still reads lookalike.
  const publicBody = !a.isIp && a.hostUnicode === a.host && !a.traps.some((t) => DISGUISE_TRAPS.has(t)) ? governmentNamespace(a) : null;
  if (publicBody) {
    const r: DomainClassification = {
      ...base,
      verdict: 'official',
      org: `a public body (${publicBody.name} is reserved for public bodies${publicBody.country ? ` in ${publicBody.country}` : ''})`,
      entry: publicBody.name,
    };
    if (a.kind === 'email') r.sendsEmail = false;
    return finish(r);
  }

  // 4a'. A government namespace written with a look-alike letter as a registrable domain (`qouv.fr`
  // for gouv.fr: the loose form folds q into g, 1 into l, 0 into o …).
  const govTypo = !a.isIp && a.registrable && a.icannSuffix ? lookalikeGovNamespace(a.registrable) : null;
  if (govTypo) return finish({ ...base, verdict: 'lookalike', technique: 'homoglyph-ascii', imitates: govTypo });

  // 4b. Brands and police, court or justice words glued to kit words (brand.ts), and an official
  // label followed by a suffix-like label (`dgt.com-pago.vip`).
  if (!a.isIp && !isGovernmentSuffix(a) && !GOVERNMENT_UMBRELLAS.has(a.registrable) && a.registrable) {
    const brand = brandLookalike(a, index);
    if (brand) return finish({ ...base, verdict: 'lookalike', technique: brand.technique, ...nameBrandHit(index, brand.hit, ctx) });
  }

  // 5. Elsewhere in a URL: path, fragment, the on-screen order of a right-to-left override.
  if (a.kind === 'url') {
    const inPath = embeddedDomain(a.path, index);
    if (inPath) return lookalike('path-embedding', [inPath]);
    const inFragment = a.fragment !== undefined ? embeddedDomain(safeDecode(a.fragment), index) : null;
    if (inFragment) return lookalike('fragment-embedding', [inFragment]);
    // A page on a throwaway host under a cheap TLD whose first path segment names a government or an
    // official body (`uslugi.cfd/gov`, `x.top/ezdrivema`): the kits put the name there.
    const first = safeDecode(a.path).split('/').find(Boolean)?.toLowerCase();
    if (first !== undefined && !a.isIp && cheapTld(a) && /^[a-z0-9.-]{3,40}$/.test(first)) {
      if (PATH_GOV_WORDS.has(first)) return finish({ ...base, verdict: 'lookalike', technique: 'path-embedding', imitates: 'a government service' });
      const claim = textClaim(first, index);
      if (claim?.strong) return lookalike('path-embedding', claim.entries);
    }
  }
  if (a.visual !== undefined) {
    const shown = embeddedDomain(a.visual, index);
    if (shown) return lookalike('bidi-control', [shown]);
  }

  // 6. An IP address with a police name in its path.
  if (a.isIp && a.path) {
    const claim = textClaim(a.path, index);
    if (claim) return lookalike('ip-host', claim.entries);
  }

  // 7. A sender that claims to be police from somewhere else. Free mail and hosts under a private
  // suffix (dynamic DNS, hosting: anyone gets a name there) with any police word; other domains
  // only with a word that makes it a national force (`policefederale@…`), since a town's police
  // may write from the town's domain, which is not on the list.
  const onFakeGov = !isGovernmentSuffix(a) && !GOVERNMENT_UMBRELLAS.has(a.registrable) && a.host.split('.').some((l) => GOV_WORDS.has(l));
  const openHost = freeMail || (a.privateSuffix && !a.icannSuffix);
  if (
    a.kind === 'email' &&
    a.local !== undefined &&
    !a.isIp &&
    !isGovernmentSuffix(a) &&
    !GOVERNMENT_UMBRELLAS.has(a.registrable) &&
    (freeMail ? !textClaim(a.local, index) : !textClaim(a.local, index)?.strong)
  ) {
    const glued =
      policeInLocalPart(a.local, index, !openHost) ??
      foldDigits(a.local).reduce<readonly IndexedOfficial[] | null>((hit, l) => hit ?? policeInLocalPart(l, index, !openHost), null);
    if (glued) {
      const technique: LookalikeTechnique = freeMail ? 'free-mail' : 'sender-name-claim';
      // The generic word with no country to tell which force: say "police", do not guess one.
      if (glued.length > 1 && !glued.some((ie) => ie.entry.country === ctx.country))
        return finish({ ...base, verdict: 'lookalike', technique, imitates: 'police' });
      return lookalike(technique, glued);
    }
    if (openHost && justiceInLocalPart(a.local))
      return finish({ ...base, verdict: 'lookalike', technique: freeMail ? 'free-mail' : 'sender-name-claim', imitates: 'a court or the justice authorities' });
    // A tax, customs, bailiff, toll or health body, or a government with its country, named the
    // way a domain label would name it (`zoll-paket@`, `impots.remboursement@`, `gov.uk.refunds@`).
    const authority = openHost ? authorityInLocalPart(a.local, index) : null;
    if (authority)
      return finish({ ...base, verdict: 'lookalike', technique: freeMail ? 'free-mail' : 'sender-name-claim', ...nameBrandHit(index, authority, ctx) });
  }
  if (a.kind === 'email' && a.local !== undefined) {
    const claim = textClaim(a.local, index);
    if (claim) {
      if (freeMail) return lookalike('free-mail', claim.entries);
      if (onFakeGov) return lookalike('fake-government-domain', claim.entries);
      if (claim.strong) return lookalike('sender-name-claim', claim.entries);
    }
  }

  // 8. `X.gov.` or `gov.<cc>.` inside the subdomain of an ordinary domain, for governments not on the list.
  // The registrable label's first hyphen token counts as a label too: `gov.uk-refund.com` reads gov.uk.
  const hostLabels = a.host.split('.');
  const subLabels = hostLabels.slice(0, hostLabels.length - a.registrable.split('.').length);
  const e2ldHead = hostLabels[subLabels.length]?.split('-');
  const govName =
    fakeGovernmentSubdomain(a) ??
    (a.registrable && !GOVERNMENT_UMBRELLAS.has(a.registrable)
      ? governmentPrefix(e2ldHead && e2ldHead.length > 1 ? [...subLabels, e2ldHead[0]!] : subLabels, GOV_WORDS)
      : null);
  if (govName) {
    const claim = textClaim(govName, index);
    if (claim) return lookalike('subdomain-embedding', claim.entries);
    return finish({ ...base, verdict: 'lookalike', technique: 'subdomain-embedding', imitates: govName });
  }

  // 9. A display name that claims police over an address that is not official.
  if (a.displayName !== undefined) {
    const claim = textClaim(a.displayName, index);
    if (claim) return lookalike('display-name-spoof', claim.entries);
  }
  return finish(base);
}

/**
 * The government namespace or umbrella a host is under, if any: an ICANN public suffix of two
 * labels `<gov word>.<cc>` for a country in COUNTRY_CODES other than the generic `eu` (gov.pl,
 * gouv.fr, gv.at, gob.es, gov.uk; not gov.co, which is another continent's), or a registrable
 * domain in GOVERNMENT_UMBRELLAS.
 */
function governmentNamespace(a: NormalizedAddress): { name: string; country?: string } | null {
  if (GOVERNMENT_UMBRELLAS.has(a.registrable)) {
    const cc = a.registrable.split('.').at(-1)!;
    return { name: a.registrable, ...(cc.length === 2 && cc !== 'eu' ? { country: CC_TO_COUNTRY[cc] ?? cc.toUpperCase() } : {}) };
  }
  // A private suffix the PSL lists inside a government namespace (`service.gov.uk`, run by the
  // Government Digital Service) is that government's too: only it holds names under `gov.uk`.
  // (A private suffix whose ICANN suffix is a plain ccTLD, `gov.nl`, is not: anyone registers there.)
  if (a.privateSuffix && !a.icannSuffix && a.registrable) {
    const icann = parse(a.host, { extractHostname: false }).publicSuffix ?? '';
    return a.publicSuffix.endsWith(`.${icann}`) ? govCountrySuffix(icann) : null;
  }
  if (!a.icannSuffix || (!a.registrable && a.host !== a.publicSuffix)) return null;
  // Italy: under a region's or province's geographic name (`genova.it`, `cr.it`: a PSL suffix),
  // the names `comune`, `provincia` and `regione` are assignable only to that local authority
  // (Registro .it, reserved geographic domains). `comune.<town>.<province>.it` is not included: a
  // town name is reserved only when it is a real town's, which needs the list of Italian towns.
  const geo = a.publicSuffix.split('.');
  if (geo.length === 2 && geo[1] === 'it' && geo[0] !== 'gov' && /^(comune|provincia|regione)\./.test(a.registrable))
    return { name: `${a.registrable.split('.')[0]}.${a.publicSuffix}`, country: 'IT' };
  return govCountrySuffix(a.publicSuffix);
}

/** The government namespace (`gouv.fr`) a registrable domain spells with look-alike letters (`qouv.fr`), else null. */
function lookalikeGovNamespace(registrable: string): string | null {
  const dot = registrable.indexOf('.');
  const label = registrable.slice(0, dot);
  if (dot < 3 || GOV_WORDS.has(label)) return null;
  const loose = loosen(label);
  for (const g of GOV_WORDS) if (g.length >= 3 && loosen(g) === loose) return govCountrySuffix(`${g}.${registrable.slice(dot + 1)}`)?.name ?? null;
  return null;
}

/** `<gov word>.<cc>` for a European country's government namespace (gov.pl, gouv.fr, gv.at, gov.uk), else null. */
function govCountrySuffix(suffix: string): { name: string; country: string } | null {
  const [gov, cc, more] = suffix.split('.');
  if (more !== undefined || cc === undefined || cc === 'eu' || !GOV_WORDS.has(gov!) || gov === 'mil' || !COUNTRY_CODES.has(cc) || cc === 'us' || cc === 'ch')
    return null;
  return { name: suffix, country: CC_TO_COUNTRY[cc] ?? cc.toUpperCase() };
}

/**
 * The body a brand hit imitates: for a generic word with a country to tell which, that country's
 * own force, fine service, tax administration … (`policia-sk.com` → the Slovak police, not the
 * Spanish one the word is listed under); with no country and entries of several countries, the
 * kind of body in words ("police", "a tax administration"), not a guess.
 */
function nameBrandHit(index: OfficialIndex, hit: BrandHit, ctx: RankContext): { imitates: string; entry?: string } {
  const country = hit.country ?? ctx.country;
  const national = hit.generic && country ? nationalEntries(index, country, hit.theme) : [];
  // Many toll or vehicle agencies in one country (the US states'): which one is not told, so the kind of body.
  if ((hit.theme === 'toll' || hit.theme === 'transport') && national.length > 2 && !hit.entries.some((ie) => ie.entry.country === country))
    return { imitates: `${THEME_BODY[hit.theme]} (${country})` };
  if (national.length && !hit.entries.some((ie) => ie.entry.country === country)) {
    const ie = pickEntry(national, { ...ctx, country });
    return { imitates: ie.entry.org, entry: ie.domain };
  }
  // (Entries all of one country, as for `amende`, are not a guess.)
  const guess =
    hit.generic &&
    hit.entries.length > 1 &&
    !hit.entries.some((ie) => ie.entry.country === country) &&
    new Set(hit.entries.map((ie) => ie.entry.country)).size > 1;
  if (hit.entries.length && !guess) {
    const ie = pickEntry(hit.entries, { ...ctx, ...(country ? { country } : {}) });
    return { imitates: ie.entry.org, entry: ie.domain };
  }
  const what =
    hit.theme in THEME_BODY
      ? THEME_BODY[hit.theme as keyof typeof THEME_BODY]
      : hit.entries[0]?.entry.kind === 'traffic-fine'
        ? 'a traffic-fine service'
        : 'police';
  return { imitates: hit.imitates ?? what };
}

/** The list entries of one country for a generic word's theme: its police (or fine service, else police). */
function nationalEntries(index: OfficialIndex, country: string, theme: BrandTheme): readonly IndexedOfficial[] {
  const of = (kind: string) => index.entries.filter((ie) => ie.entry.country === country && ie.entry.kind === kind);
  if (theme === 'police') return of('police');
  if (theme === 'fine') return of('traffic-fine').length ? of('traffic-fine') : of('police');
  // Tax and customs are one administration in many countries: either stands in for the other.
  const themed = (t: string) => index.entries.filter((ie) => ie.entry.country === country && AUTHORITY_THEME_OF.get(ie.domain) === t);
  if (theme === 'tax' || theme === 'customs') {
    const own = themed(theme);
    return own.length ? own : themed(theme === 'tax' ? 'customs' : 'tax');
  }
  if (theme === 'bailiff' || theme === 'toll' || theme === 'health' || theme === 'transport') return themed(theme);
  return [];
}

const DIGIT_LETTERS: Record<string, string> = { '0': 'o', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g' };

/** The label with leetspeak digits as letters, `1` read as `i` and as `l`; none when it has no digit. */
export function foldDigits(label: string): string[] {
  if (!/[0-9]/.test(label)) return [];
  const base = label.replace(/[0345789]/g, (d) => DIGIT_LETTERS[d]!);
  return [base.replace(/1/g, 'i'), base.replace(/1/g, 'l')];
}

/** brand.ts on the registrable label (plain, then with digits read as letters), and brand labels before a suffix-like label. */
function brandLookalike(a: NormalizedAddress, index: OfficialIndex): { technique: LookalikeTechnique; hit: import('./brand.js').BrandHit } | null {
  const labels = a.host.split('.');
  const e2ldAt = labels.length - a.registrable.split('.').length;
  const e2ld = labels[e2ldAt];
  if (e2ld === undefined) return null;
  const tld = a.publicSuffix.split('.').at(-1) ?? '';
  const tldCountry = CC_TO_COUNTRY[tld] ?? tld.toUpperCase();
  const foreign = (entries: readonly IndexedOfficial[]) =>
    a.icannSuffix && tld.length === 2 && !GENERIC_CC.has(tld) && !entries.some((ie) => ie.entry.country === tldCountry);
  const technique: LookalikeTechnique = a.privateSuffix ? 'private-suffix-hosting' : 'combosquat';
  // Leetspeak digits read as letters (`p0lice`, `cyberp0l1ce`): the loose form maps i to l as well,
  // so the words for police need a digits-only fold too (1 as i, then as l).
  // Letters from other scripts (`pоlice` with a Cyrillic о): the Unicode label's skeleton.
  const unicodeLabel = a.hostUnicode.split('.')[e2ldAt] ?? e2ld;
  const homoglyphs = unicodeLabel !== e2ld ? [skeleton(stripDiacritics(unicodeLabel.toLowerCase()))] : [];
  // Cyrillic or Greek written out in Latin letters (`госуслуги-оплата` → `gosuslugi-oplata`).
  const romanised = transliterate(unicodeLabel);
  const translit = romanised !== null && /^[a-z0-9-]+$/.test(romanised) ? [romanised] : [];
  // A country code as a label in front (`de.zoll-paket.com`, `uk.gov-refund.com`) tells which
  // country a generic word means, as a code token would.
  const ccLabel = labels.slice(0, e2ldAt).find((l) => COUNTRY_CODES.has(l));
  const withCc = (hit: BrandHit): BrandHit => {
    if (!ccLabel || hit.country || !hit.generic) return hit;
    const country = CC_TO_COUNTRY[ccLabel] ?? ccLabel.toUpperCase();
    return hit.imitates === 'a government service' ? { ...hit, country, imitates: `the government of ${ccLabel.toUpperCase()}` } : { ...hit, country };
  };
  // Free hosting, or a TLD that is neither a country code nor .com/.net/.org (`.top`, `.info`, `.vip`).
  // (The two-letter TLDs sold as generic ones count too, except .eu, .io and .co, which companies use.)
  const offMainstream = cheapTld(a);
  // An organisation's name written in its own script as the whole label (`госуслуги.online`): a TLD swap.
  const spelt = translit[0] !== undefined ? index.byOrg.plain.get(translit[0]) : undefined;
  if (spelt?.length) return { technique: 'tld-swap', hit: { entries: spelt, generic: false, theme: 'brand' } };
  for (const label of new Set([e2ld, loosen(skeleton(stripDiacritics(e2ld))), ...foldDigits(e2ld), ...homoglyphs, ...translit])) {
    const hit = brandInLabel(
      label,
      index,
      foreign,
      a.icannSuffix && tld.length === 2 && !GENERIC_CC.has(tld) ? tldCountry : undefined,
      label === e2ld,
      offMainstream,
    );
    if (hit) return { technique, hit: withCc(hit) };
  }
  // A government named by its place (`virginia-govy.icu`, `ohio-govae.top`, `texasgov.site`): place-gov.ts.
  const placeGov = placeGovernmentLabel(e2ld);
  if (placeGov) return { technique, hit: { entries: [], imitates: placeGov, generic: false, theme: 'brand' } };
  // A short name (3 or 4 letters: `kba`, `irs`, `dmv`) with support (`irs-gov-refund.com`).
  const short = shortBrandInLabel(e2ld, index) ?? (translit[0] ? shortBrandInLabel(translit[0], index) : null);
  if (short) return { technique, hit: withCc(short) };
  // A misspelt brand name with a claim as company (`sunpas-toll.com`, `gosusulgi-pay.ru`).
  const typo = tld === '' ? null : (typoBrandInLabel(e2ld, index) ?? (translit[0] ? typoBrandInLabel(translit[0], index) : null));
  if (typo)
    return {
      technique: a.privateSuffix ? 'private-suffix-hosting' : typo.distance === 2 ? 'two-edit' : typo.transposition ? 'transposition' : 'one-edit',
      hit: withCc(typo.hit),
    };
  // A label made only of a government-demand theme's words and kit words, no organisation named
  // (`avis-impaye.info`, `oplata-zaleglosci.eu`): the kind of authority, and its country when a
  // country-code token or a national ccTLD gives one.
  for (const label of new Set([e2ld, ...foldDigits(e2ld), ...translit])) {
    const hit = themeWordsInLabel(label, offMainstream, a.icannSuffix && tld.length === 2 && !GENERIC_CC.has(tld) ? tldCountry : undefined);
    if (hit) return { technique, hit: withCc(hit) };
  }
  // The same theme in any supported language, scored (theme.ts): a topic with a demand, a payment
  // word, a country code, random letters or a cheap TLD (`maliyecezatr.com`, `dluznik-pl.tk`).
  for (const label of new Set([e2ld, ...foldDigits(e2ld), ...translit])) {
    const hit = themeScoreInLabel(label, offMainstream, a.icannSuffix && tld.length === 2 && !GENERIC_CC.has(tld) ? tldCountry : undefined);
    if (hit) return { technique, hit: withCc(hit) };
  }
  // The same in a label in front of the registrable domain, alone or with the registrable label
  // as its company (`paiement-amende.example-shop.com`, `impaye.avis-en-ligne.top`).
  for (let i = 0; i < e2ldAt; i++) {
    const label = labels[i]!;
    if (label === 'www' || GOV_WORDS.has(label) || COUNTRY_CODES.has(label)) continue;
    const hit =
      themeWordsInLabel(label, offMainstream) ??
      (label.length + e2ld.length < 63 ? themeWordsInLabel(`${label}-${e2ld}`, offMainstream) : null) ??
      themeScoreInLabel(label, offMainstream);
    if (hit) return { technique: 'subdomain-embedding', hit: withCc(hit) };
  }
  // The labels in front read as one label, scored (`toll.pay.example.top`, `amende.paiement.xk7.com`):
  // a kit's wildcard names split the words with dots. (Country-code labels count as codes; `www` not.)
  const front = labels.slice(0, e2ldAt).filter((l) => l !== 'www' && !GOV_WORDS.has(l));
  if (front.length >= 2 && front.join('-').length < 63) {
    const hit = themeScoreInLabel(front.join('-'), offMainstream);
    if (hit) return { technique: 'subdomain-embedding', hit: withCc(hit) };
  }
  // The same words in a label in front of the registrable domain (`fbifraud.bank-online.com`), or
  // a generic word as that label with the registrable label as its company (`douane.colis-paiement.fr`
  // reads as `douane-colis-paiement`; `polizei.stadt-bern.ch` does not claim: `stadt` is no kit word).
  // Not a government label: `gov.uk-refund.com` spells gov.uk (step 8).
  for (let i = 0; i < e2ldAt; i++) {
    const hit =
      brandInLabel(labels[i]!, index, () => true) ??
      (labels[i]!.includes('-') || GOV_WORDS.has(labels[i]!) || COUNTRY_CODES.has(labels[i]!)
        ? null
        : (brandInLabel(`${labels[i]}-${e2ld}`, index, () => true) ?? shortBrandInLabel(`${labels[i]}-${e2ld}`, index)));
    if (hit) return { technique: 'subdomain-embedding', hit: withCc(hit) };
  }
  // `dgt.com-pago.vip`: an official label, then a label that starts like a suffix.
  for (let i = 0; i < e2ldAt; i++) {
    const next = labels[i + 1]!.split('-');
    if (next.length < 2 || !isDomainEnding(next[0]!)) continue;
    const entries = index.entries.filter((ie) => ie.nameLabels > 0 && ie.forms.plain.org === labels[i] && ie.domain.length >= 6);
    if (entries.length) return { technique: 'subdomain-embedding', hit: { entries, generic: false, theme: 'brand' } };
  }
  // The same in front (`nhgov.x.vip`), a name spelt `<name>.gov-<junk>` (`oklahoma.gov-vpki.cc`),
  // and a US state's name as the wildcard label of a throwaway domain (`nebraska.rxsx.cc`).
  for (let i = 0; i < e2ldAt; i++) {
    const label = labels[i]!;
    const gov =
      placeGovernmentLabel(label) ?? (i === e2ldAt - 1 ? (govDashName(label, e2ld, offMainstream) ?? stateOnThrowaway(label, e2ld, offMainstream)) : null);
    if (gov) return { technique: 'subdomain-embedding', hit: { entries: [], imitates: gov, generic: false, theme: 'brand' } };
  }
  // `ezdrivema.com-pay.top`: any name, then a label that starts `com-`, so the host begins with a
  // whole `.com` domain that is not the one the browser goes to. Only `com`: `net-`, `org-` and
  // ccTLDs start ordinary names (`api.net-a-porter.com`, `shop.de-vries.nl`).
  for (let i = 0; i < e2ldAt; i++) {
    const next = labels[i + 1]!.split('-');
    const name = labels[i]!;
    if (next.length < 2 || next[0] !== 'com' || !next[1] || name === 'www' || !/^[a-z0-9-]+$/.test(name) || (name.match(/[a-z]/g)?.length ?? 0) < 3) continue;
    return { technique: 'subdomain-embedding', hit: { entries: [], imitates: `${name}.com`, generic: false, theme: 'brand' } };
  }
  return null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
