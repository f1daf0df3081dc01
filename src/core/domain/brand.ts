/**
 * Lookalikes by brand, not by spelling (docs/DOMAINS.md §3 "Brand combosquats"): an official
 * organisation's distinctive name, or the word for police, court or justice in a supported
 * language, glued to the words phishing kits add (`cyberpolice.com`, `europolhelp.live`,
 * `politie-nl.org`, `nlpolitie.online`, `antaidossiergouv.com`), and an official domain's labels
 * or a government label with a country code at the front of another host (`gov.pl.case.online`,
 * `dgt.com-pago.vip`).
 *
 * What keeps false alarms out: a word only counts as a whole hyphen-token, or glued to a word from
 * KIT_WORDS, to digits, or (in front) to a country code. So `policeone.com`, `police-foundation.org`,
 * `interpolation.com`, `europolis.gr`, `neapolis.gr` and `socialjustice.org` stay not-official:
 * what is glued to the name there is not a kit word. A brand name of 5 letters or more may also
 * carry a long kit word with a letter or two around it (`antaiapaiement`). Brand names
 * (10 letters or more: `gendarmerie`, `guardiacivil`) are distinctive enough to count with anything glued on; so are
 * the brand words marked `affix` in words.ts (an acronym phishing lists show glued to anything).
 * Under another country's ccTLD the bare word for police is left alone (it may be that country's
 * police: `policija.rs`); combined with other words it is not.
 *
 * Bounded: a registrable label has at most 63 characters, every loop is over its tokens and the
 * (fixed) word lists.
 */
import { boundedEdits, chromiumRejectsOneEdit, finalVowelSwap } from './edit.js';
import type { IndexedOfficial, OfficialIndex } from './official-index.js';
import {
  AUTHORITY_THEME_WORDS,
  CLAIM_KIT_WORDS,
  COUNTRY_BOUND_WORDS,
  COUNTRY_CODES,
  NAMING_ONLY_CC,
  E_PREFIXES,
  FINE_WORDS,
  GOVERNMENT_CC,
  GOV_WORDS,
  JUSTICE_WORDS,
  KIT_WORDS,
  LANGUAGE_BOUND_FINE_WORDS,
  AUTHORITY_WORDS_BY_LANGUAGE,
  COMMON_LABELS,
  CUSTOMS_WORDS,
  GLUED_STATE_CODES,
  NATIONAL_QUALIFIERS,
  NOT_POLICE_STEMS,
  OFFICIAL_KIT_WORDS,
  PAYMENT_WORDS,
  SHORT_BRAND_WORDS,
  US_STATE_CODES,
  US_STATE_NAMES,
  VEHICLE_WORDS,
} from './words.js';
import { AUTHORITY_THEME_OF } from './official-authorities.js';
import { REGISTRY_COMMON_LABELS } from './data/registry.js';

/** What kind of body a claim word names (decides which national entry stands in for a generic word). */
export type BrandTheme = 'brand' | 'police' | 'fine' | 'justice' | 'government' | AuthorityTheme;
/** Themes of the generic words for other authorities (words.ts AUTHORITY_THEME_WORDS). */
export type AuthorityTheme = 'tax' | 'customs' | 'bailiff' | 'toll' | 'health' | 'transport';
const AUTHORITY_THEMES: ReadonlySet<BrandTheme> = new Set(['tax', 'customs', 'bailiff', 'toll', 'health', 'transport']);
/** What a theme word imitates when the list has no entry for it. */
export const THEME_BODY: Record<AuthorityTheme, string> = {
  tax: 'a tax administration',
  customs: 'a customs administration',
  bailiff: 'a bailiff or enforcement authority',
  toll: 'a road-toll operator',
  health: 'a public health insurer',
  transport: 'a vehicle-registration or driving-licence authority',
};

export interface BrandHit {
  /** Official entries imitated (empty when the imitated body is not on the list). */
  entries: readonly IndexedOfficial[];
  /** The body imitated, in words, when no list entry names it (a court, a ministry of justice). */
  imitates?: string;
  /** Country named by a country-code token, if any (ISO 3166 alpha-2, upper case). */
  country?: string;
  /** The word is the generic word for police (or a fine), not one organisation's name. */
  generic: boolean;
  theme: BrandTheme;
}

/** Minimum length of a brand name that counts with any word glued on. */
const DISTINCTIVE = 10;
/** Minimum length of a kit word glued on without a separator. */
const MIN_KIT = 3;

/**
 * Kit words that an information site, an NGO or a news outlet about fines or justice also uses
 * (`justiceinfo.net`, `bussgeld-info.de`, `justice-international`): with a fine or justice word
 * (a theme, not one body's name) they do not make a claim; a payment, login or case word does.
 */
export const INFORMATIONAL: ReadonlySet<string> = new Set([
  'info',
  'infos',
  'center',
  'centre',
  'centrum',
  'report',
  'reports',
  'legal',
  'international',
  'intl',
  'europe',
  'euro',
  'global',
  'world',
]);

/**
 * Split a remainder into kit words, country codes and digits (and, at the very front of a name, an
 * e-government prefix: `e`, `i`, `my`); the pieces, or null when something else is left.
 * `cc`: country codes may be pieces. `prefix`: an e-government prefix may open the remainder (it
 * stands before the word). `themed`: the word is a theme (a fine, justice, tax …), so
 * informational kit words do not count.
 */
function kitPieces(rest: string, cc: boolean, prefix: boolean, themed = false): string[] | null {
  if (rest === '') return null;
  return segment(rest, (i, w) => {
    const lens: number[] = [];
    for (let len = Math.min(16, w.length - i); len >= MIN_KIT; len--) {
      const piece = w.slice(i, i + len);
      if ((KIT_WORDS.has(piece) || FINE_WORDS.has(piece)) && !(themed && INFORMATIONAL.has(piece))) lens.push(len);
    }
    if (cc && COUNTRY_CODES.has(w.slice(i, i + 2))) lens.push(2);
    if (prefix && i === 0) for (const p of E_PREFIXES) if (w.startsWith(p)) lens.push(p.length);
    return lens;
  });
}

/**
 * `w` cut wholly into pieces, or null: at each letter the piece lengths `letters` offers, tried in
 * its order (the first that lets the rest be cut wins); a run of digits is always one piece.
 * Bounded: one pass per start position (at most 63 in a label), each over at most 16 lengths.
 */
function segment(w: string, letters: (i: number, w: string) => number[]): string[] | null {
  // tail[i]: the pieces that cover w[i..], or null; filled from the end.
  const tail: Array<string[] | null> = new Array(w.length + 1).fill(null);
  tail[w.length] = [];
  for (let i = w.length - 1; i >= 0; i--) {
    let lens: number[];
    if (/[0-9]/.test(w[i]!)) {
      let j = i;
      while (j < w.length && /[0-9]/.test(w[j]!)) j++;
      lens = [j - i];
    } else lens = letters(i, w);
    for (const len of lens) {
      const after = tail[i + len];
      if (after) {
        tail[i] = [w.slice(i, i + len), ...after];
        break;
      }
    }
  }
  return tail[0] ?? null;
}

/** Kit words, country codes and digits only (see kitPieces); country codes only when `allowCountryCode`. */
function kitRemainder(rest: string, allowCountryCode: boolean, themed = false): boolean {
  return kitPieces(rest, allowCountryCode, false, themed) !== null;
}

/** Government words that a country code follows run together (`govuk`, `gouvfr`, `setupgovgr`); not `mil` (`miles`). */
const GOV_BEFORE_CC: ReadonlySet<string> = new Set(['gov', 'govt', 'gouv', 'gob']);

/** A piece that makes a claim by itself (payment, case, government word, a country code, an e-government prefix). */
const claimPiece = (p: string): boolean => CLAIM_KIT_WORDS.has(p) || FINE_WORDS.has(p) || GOV_WORDS.has(p) || COUNTRY_CODES.has(p) || E_PREFIXES.includes(p);

/** A kit word of 6 letters or more anywhere in the remainder (`antai` + `a` + `paiement`). */
function holdsLongKitWord(rest: string): boolean {
  for (let i = 0; i + 6 <= rest.length; i++)
    for (let len = Math.min(16, rest.length - i); len >= 6; len--) if (KIT_WORDS.has(rest.slice(i, i + len))) return true;
  return false;
}

export interface Word {
  word: string;
  entries: readonly IndexedOfficial[];
  imitates?: string;
  generic: boolean;
  any: boolean;
  theme: BrandTheme;
  /** Counts only when a country-code label or the ccTLD names this country (COUNTRY_BOUND_WORDS). */
  country?: string;
}

/** Official domains with a name label, run together (`dgtes`), for one list (kept in its index). */
function joinedDomainsOf(index: OfficialIndex): Map<string, IndexedOfficial[]> {
  let m = index.derived.joined;
  if (m) return m;
  m = new Map();
  for (const ie of index.entries) {
    if (ie.nameLabels === 0) continue;
    const key = ie.domain.replace(/[.-]/g, '');
    const list = m.get(key);
    if (list) list.push(ie);
    else m.set(key, [ie]);
  }
  index.derived.joined = m;
  return m;
}

/** The words that can claim a body in a domain label, for one official list (kept in its index). */
function wordsOf(index: OfficialIndex): Word[] {
  const hit = index.derived.words;
  if (hit) return hit;
  const out: Word[] = [];
  for (const [word, entries] of index.claims.plain) {
    // An org label that is the word for police (politiet, policja) is a generic word, not a brand.
    const generic = index.policeWords.plain.has(word) || AUTHORITY_WORDS_BY_LANGUAGE.has(word);
    out.push({ word, entries, generic, any: !generic && (word.length >= DISTINCTIVE || index.affixAny.has(word)), theme: generic ? 'police' : 'brand' });
  }
  for (const [word, domains] of AUTHORITY_WORDS_BY_LANGUAGE) {
    const entries = domains.flatMap((d) => index.byDomain.plain.get(d) ?? []);
    const fine = FINE_WORDS.has(word);
    out.push({
      word,
      entries,
      imitates: entries.length ? undefined : fine ? 'a traffic-fine service' : 'police',
      generic: true,
      any: false,
      theme: fine ? 'fine' : 'police',
    });
  }
  for (const [word, bound] of COUNTRY_BOUND_WORDS) {
    const entries = bound.domains.flatMap((d) => index.byDomain.plain.get(d) ?? []);
    out.push({ word, entries, imitates: entries.length ? undefined : 'police', generic: true, any: false, theme: 'police', country: bound.country });
  }
  for (const [word, t] of AUTHORITY_THEME_WORDS) {
    const entries = t.domains.flatMap((d) => index.byDomain.plain.get(d) ?? []);
    out.push({
      word,
      entries,
      ...(entries.length ? {} : { imitates: THEME_BODY[t.theme] }),
      generic: true,
      any: false,
      theme: t.theme,
      ...(t.country ? { country: t.country } : {}),
    });
  }
  for (const word of JUSTICE_WORDS)
    out.push({ word, entries: [], imitates: 'a court or the justice authorities', generic: true, any: false, theme: 'justice' });
  for (const word of GOV_WORDS)
    if (word.length >= 3) out.push({ word, entries: [], imitates: 'a government service', generic: true, any: false, theme: 'government' });
  // Longest first: `politiet` before `politi`, `policija` before `polici…`.
  out.sort((a, b) => b.word.length - a.word.length);
  index.derived.words = out;
  const at = new Map<string, number[]>();
  out.forEach((w, i) => at.set(w.word, [...(at.get(w.word) ?? []), i]));
  index.derived.wordAt = at;
  return out;
}

/**
 * The words of wordsOf found in `tok`, in wordsOf's order (longest first): every substring of the
 * token looked up once, instead of every word searched in the token (the lists hold hundreds).
 */
function wordsIn(tok: string, index: OfficialIndex): Word[] {
  const words = wordsOf(index);
  const at = index.derived.wordAt!;
  const longest = words[0]?.word.length ?? 0;
  const hits = new Set<number>();
  for (let i = 0; i < tok.length; i++)
    for (let len = 2; len <= longest && i + len <= tok.length; len++) for (const k of at.get(tok.slice(i, i + len)) ?? []) hits.add(k);
  return [...hits].sort((a, b) => a - b).map((k) => words[k]!);
}

/**
 * A brand or police/justice word inside the registrable label `e2ld` (no suffix). `foreignCc`:
 * the TLD is a country code other than generic ones, so a bare police word there may be that
 * country's own police.
 */
export function brandInLabel(
  e2ld: string,
  index: OfficialIndex,
  foreignCc: (w: Word['entries']) => boolean,
  tldCountry?: string,
  /** The label as written (not a skeleton or loose form, where `ai` becomes `al`): the codes of all countries may follow a government word. */
  asWritten = true,
  /** Free hosting or an unusual TLD (lookalike.ts): a brand name may carry a few random letters there (`sunpassxk.top`). */
  offMainstream = false,
): BrandHit | null {
  const GOV_CC = asWritten ? GOVERNMENT_CC : COUNTRY_CODES;
  // An e-government prefix written with a hyphen belongs to the next token (`e-zpassny`, `e-podatek`).
  const tokens: string[] = [];
  for (const t of e2ld.split('-').filter(Boolean)) {
    const last = tokens.at(-1);
    if (last !== undefined && (last === 'e' || last === 'i')) tokens[tokens.length - 1] = last + t;
    else tokens.push(t);
  }
  const ccOf = (t: string | undefined) => (t && COUNTRY_CODES.has(t) ? t.toUpperCase() : undefined);
  // The registrable label is an official domain run together (`dgtes` for dgt.es).
  const runTogether = joinedDomainsOf(index);
  for (const tok of tokens) {
    const joined = tok.length >= 5 ? runTogether.get(tok) : undefined;
    if (joined) return { entries: joined, generic: false, theme: 'brand' };
  }
  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti]!;
    const others = tokens.filter((_, k) => k !== ti);
    const otherCc = others.map(ccOf).find(Boolean);
    // A government label right before a country code (`…-gov-cz.eu`, `gouv-fr`, `gov-br`) spells gov.cz.
    const govCc = (t: string | undefined) => (t && GOV_CC.has(t) ? t.toUpperCase() : undefined);
    if (GOV_WORDS.has(tok) && (GOV_BEFORE_CC.has(tok) ? govCc(tokens[ti + 1]) : ccOf(tokens[ti + 1])))
      return { entries: [], generic: true, theme: 'government', imitates: `the government of ${tokens[ti + 1]!.toUpperCase()}` };
    // The same run together (`govuk-fines`, `gouvfr-amende`, `gobespago`): a government word, a
    // country code, then nothing or kit words, with company when nothing follows.
    const govGlued = /^(gov|govt|gouv|gob)([a-z]{2})([a-z0-9]*)$/.exec(tok);
    if (govGlued && govCc(govGlued[2]) && (govGlued[3] ? kitRemainder(govGlued[3], false) : others.length > 0 && others.every((o) => kitRemainder(o, true))))
      return { entries: [], generic: true, theme: 'government', imitates: `the government of ${govCc(govGlued[2])}` };
    // An official acronym of three letters (gnr, psp, dgt, mvr, bka) is too short to claim with any
    // kit word (`psp-payments` is fintech jargon), but not with the word for a fine (`gnr-multas`).
    if (tok.length === 3 && others.length > 0 && others.every((o) => FINE_WORDS.has(o))) {
      const acronym = index.entries.filter(
        (ie) => ie.nameLabels > 0 && ie.forms.plain.org === tok && (ie.entry.kind === 'police' || ie.entry.kind === 'traffic-fine'),
      );
      if (acronym.length) return { entries: acronym, generic: false, theme: 'brand' };
    }
    for (const w of wordsIn(tok, index)) {
      const authority = AUTHORITY_THEMES.has(w.theme);
      const themed = w.theme === 'fine' || w.theme === 'justice' || authority;
      // A country code run on after the word: for tax, customs … words (`podatkipl`) and `gov`
      // (`govgr`), not for the words for police or justice, where it would read Nordic adjectives
      // and Romance plurals as codes (`politisk`, `tribunales`).
      const ccAfter = authority || GOV_BEFORE_CC.has(w.word);
      // `politica`, `politiek`, `policybazaar`: an ordinary word that begins like the police word.
      if (continuesAsOrdinaryWord(tok, w.word)) continue;
      let ok = false;
      // Pieces glued to the word (kit words, country codes, digits), when it is not a whole token.
      let pieces: string[] | null = null;
      if (tok === w.word) {
        // A whole token: needs company (a bare `police.com` is someone's; `europol.live` is a TLD
        // swap found earlier) and, for the generic words, only kit words or country codes as
        // company (`politie-nl`, not `police-be-safe`).
        if (others.length === 0) continue;
        ok = !w.generic || others.every((o) => kitRemainder(o, true, themed));
      } else if (tok.startsWith(w.word)) {
        const rest = tok.slice(w.word.length);
        pieces = ccAfter && (authority ? COUNTRY_CODES : GOV_CC).has(rest) ? [rest] : kitPieces(rest, false, false, themed);
        ok =
          (w.any && rest.length >= 2) ||
          pieces !== null ||
          (!w.generic && w.word.length >= 5 && holdsLongKitWord(rest)) ||
          // The kits of toll and tax SMS register a brand with a few random letters on a cheap TLD
          // (`e-zpassijx.top`): off the ordinary TLDs, a brand name of 5+ letters may carry up to 4.
          // Random, not an inflection (`europols`, `europolom`): a digit, or two consonants in a row.
          (!w.generic && offMainstream && asWritten && w.word.length >= 5 && /^[a-z0-9]{1,4}$/.test(rest) && /[0-9]|[b-df-hj-np-tv-z]{2}/.test(rest)) ||
          // A four-letter name only with two to four consonants or digits (`cjibxq.top`): any letters would read words (`ansrs`).
          (!w.generic && offMainstream && asWritten && w.word.length === 4 && /^[b-df-hj-np-tv-z0-9]{2,4}$/.test(rest)) ||
          // A tax, customs, toll, health … body's name glued to the words of its own theme (`ameliassurance`).
          (!w.generic && asWritten && w.word.length >= 5 && ownThemeCompany(rest, w.entries, index));
      } else if (tok.endsWith(w.word)) {
        const rest = tok.slice(0, tok.length - w.word.length);
        // An e-government prefix before a brand too (`myaade`, `e-sunpass`).
        pieces = kitPieces(rest, true, authority || !w.generic, themed);
        ok =
          (w.any && rest.length >= 2) ||
          pieces !== null ||
          (!w.generic && w.word.length >= 5 && holdsLongKitWord(rest)) ||
          (!w.generic && asWritten && w.word.length >= 5 && ownThemeCompany(rest, w.entries, index)) ||
          // Random letters in front on a cheap TLD, as after (`qxsunpass.top`).
          (!w.generic && offMainstream && asWritten && w.word.length >= 5 && /^[a-z0-9]{1,4}$/.test(rest) && /[0-9]|[b-df-hj-np-tv-z]{2}/.test(rest));
      } else if (w.generic || w.any) {
        // Inside the token with kit words on both sides (`myturnpiketollservices`, `setupgovgr`).
        for (let at = tok.indexOf(w.word); at > 0 && !ok; at = tok.indexOf(w.word, at + 1)) {
          const before = kitPieces(tok.slice(0, at), true, authority, themed);
          const rest = tok.slice(at + w.word.length);
          const after = before && rest ? (ccAfter && (authority ? COUNTRY_CODES : GOV_CC).has(rest) ? [rest] : kitPieces(rest, false, false, themed)) : null;
          if (before && after) {
            pieces = [...before, ...after];
            ok = true;
          }
        }
      }
      // With a country code as another token, a police word glued to anything names that
      // country's police (`ugyintezespolice-hu`).
      if (!ok && otherCc && w.theme === 'police' && w.entries.length && w.word.length >= 6 && tok !== w.word && tok.includes(w.word)) ok = true;
      // The word for a tax, customs, bailiff, toll or health body: tax advisers, customs brokers
      // and insurers glue "online", "service" or "help" to it too, so it needs a piece that makes a
      // claim (pay, refund, login, case, gov, official, a country code, `e-`) here or as another token.
      if (ok && authority && !(pieces ?? []).some(claimPiece) && !others.some((o) => claimPiece(o) || (kitPieces(o, true, false) ?? []).some(claimPiece)))
        ok = false;
      if (!ok) continue;
      const glued = tok === w.word ? undefined : tok.startsWith(w.word) ? tok.slice(w.word.length) : tok.slice(0, tok.length - w.word.length);
      // (Naming only: a code of Europe outside the EU as a token tells which country, `euprava-rs`.)
      const nameCc = (t: string | undefined) => ccOf(t) ?? (t && NAMING_ONLY_CC.has(t) ? t.toUpperCase() : undefined);
      const country =
        otherCc ??
        others.map(nameCc).find(Boolean) ??
        ccOf(glued) ??
        pieces?.map(ccOf).find(Boolean) ??
        (GOV_BEFORE_CC.has(w.word) && glued && GOV_CC.has(glued) ? glued.toUpperCase() : undefined);
      if (w.generic && others.length === 0 && glued === undefined && foreignCc(w.entries)) continue;
      if (w.country !== undefined && (country ?? tldCountry) !== w.country) continue;
      if (w.imitates === 'a government service' && (country ?? tldCountry))
        return { entries: [], generic: true, theme: 'government', imitates: `the government of ${country ?? tldCountry}` };
      return { entries: w.entries, generic: w.generic, theme: w.theme, ...(w.imitates ? { imitates: w.imitates } : {}), ...(country ? { country } : {}) };
    }
  }
  return null;
}

/**
 * Labels in front of the registrable domain that spell an official host or a government with its
 * country (`gov.pl.x.online`, `policja.gov.pl-x.online` is found elsewhere): the imitated body or
 * null. `sub` are the labels before the registrable domain.
 */
export function governmentPrefix(sub: readonly string[], govWords: ReadonlySet<string>): string | null {
  for (let j = 0; j + 1 < sub.length + 1 && j < sub.length; j++) {
    const cc = sub[j + 1];
    if (govWords.has(sub[j]!) && cc !== undefined && (GOV_BEFORE_CC.has(sub[j]!) ? GOVERNMENT_CC : COUNTRY_CODES).has(cc)) return `${sub[j]}.${cc}`;
    if (COUNTRY_CODES.has(sub[j]!) && cc !== undefined && govWords.has(cc)) return `${sub[j]}.${cc}`;
  }
  return null;
}

/** The token continues `word` into an ordinary word (NOT_POLICE_STEMS) wherever the word stands in it. */
function continuesAsOrdinaryWord(tok: string, word: string): boolean {
  for (let at = tok.indexOf(word); at >= 0; at = tok.indexOf(word, at + 1)) {
    const from = tok.slice(at);
    if (!NOT_POLICE_STEMS.some((stem) => stem.startsWith(word) && stem.length > word.length && from.startsWith(stem))) return false;
  }
  return true;
}

/**
 * A local part that names a police body however it is glued (`federalpolice`,
 * `polizialocalegenova`, `policefederale`): the word for police (6 letters or more, not `polis`)
 * as a whole word of the local part, or at the start or end of one, or after a kit word or country
 * code (`cyberpolicedept`), and not the beginning of an ordinary word (`politics`, `apolitical`,
 * `politiek`). `national`: also require a word that makes it a national force (NATIONAL_QUALIFIERS):
 * for senders on domains anyone could register, where a town's own police may write from the
 * town's domain.
 */
export function policeInLocalPart(local: string, index: OfficialIndex, national = false): readonly IndexedOfficial[] | null {
  const tokens = local
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const qualified = (s: string) => NATIONAL_QUALIFIERS.some((q) => s.includes(q));
  for (const w of wordsOf(index)) {
    if (!w.generic || w.theme !== 'police' || w.country !== undefined || !w.entries.length || w.word.length < 6) continue;
    for (const tok of tokens) {
      if (!tok.includes(w.word) || continuesAsOrdinaryWord(tok, w.word)) continue;
      let found = false;
      for (let at = tok.indexOf(w.word); at >= 0 && !found; at = tok.indexOf(w.word, at + 1)) {
        const before = tok.slice(0, at);
        const after = tok.slice(at + w.word.length);
        found = before === '' || after === '' || kitRemainder(before, true);
      }
      if (!found) continue;
      if (national && !tokens.some((t) => t !== w.word && qualified(t.replace(w.word, '')))) continue;
      return w.entries;
    }
  }
  return null;
}

/**
 * A free-mail (or private-suffix) local part that names a court or a prosecutor
 * (`procureur.republique@…`, `tribunal-judiciaire@…`): a whole word of the local part, or one glued
 * only to kit words. Not `justice` or `justis`, which are also given names, and not words under 6
 * letters (`court` in `courtney`).
 */
export function justiceInLocalPart(local: string): boolean {
  const tokens = local
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  for (const word of JUSTICE_WORDS) {
    if (word.length < 6 || word === 'justice' || word === 'justis') continue;
    for (const tok of tokens) {
      if (tok === word) return true;
      if (tok.startsWith(word) && kitRemainder(tok.slice(word.length), false)) return true;
      if (tok.endsWith(word) && kitRemainder(tok.slice(0, tok.length - word.length), true)) return true;
    }
  }
  return false;
}

/**
 * A free-mail (or private-suffix) local part that names a tax, customs, bailiff, toll or health
 * body, or a government with its country, by the rules for a domain label (`zoll-paket@`,
 * `impots.remboursement@`, `gov.uk.refunds@`): its words joined with hyphens and read by
 * brandInLabel, so a tax adviser's `steuer.berater@` stays quiet as `steuer-berater.de` does.
 */
export function authorityInLocalPart(local: string, index: OfficialIndex): BrandHit | null {
  const label = local
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
  if (!label || label.length > 63) return null;
  const hit = brandInLabel(label, index, () => false);
  if (hit && (AUTHORITY_THEMES.has(hit.theme) || (hit.theme === 'government' && hit.imitates !== 'a government service'))) return hit;
  // A short name with support, as in a domain label (`irs.refund@`, `dmv-ca-renewal@`).
  return shortBrandInLabel(label, index);
}

/** The summons words of ENFORCEMENT_WORDS: a court is imitated. */
export const SUMMONS_WORDS: ReadonlySet<string> = new Set([
  'summons',
  'vorladung',
  'dagvaarding',
  'wezwanie',
  'predvolani',
  'predvolanie',
  'citatie',
  'citacion',
  'citazione',
]);

/**
 * Enforcement words of a government-demand theme in the supported languages (folded to ASCII): a
 * fine, an offence notice, a penalty or surcharge, arrears or an unpaid sum, a summons. One of them
 * with any other theme or kit word makes a label that speaks only of a public authority's demand
 * (`avis-impaye`, `oplata-zaleglosci`, `majoration-redirect`). Words that commerce also uses for
 * itself (dunning: `mahnung`, `aanmaning`, `overdue`; English "fine" and "penalty", which are also
 * "good" and football's; "sanction", which is also compliance screening) are service words below.
 */
export const ENFORCEMENT_WORDS: ReadonlySet<string> = new Set([
  ...FINE_WORDS,
  // fines and offences
  'multe',
  'boter',
  'bussgelder',
  'infracao',
  'infraccion',
  'infrazione',
  'infrazioni',
  'wykroczenie',
  'prestupek',
  'priestupok',
  // penalty and surcharge
  'penalite',
  'penalites',
  'majoration',
  'sanzione',
  'sanzioni',
  'sancion',
  'sanciones',
  'sancao',
  // arrears and unpaid sums
  'impaye',
  'impayes',
  'impayee',
  'impayees',
  'impayer',
  'impagado',
  'impagada',
  'unpaid',
  'arrears',
  'zaleglosc',
  'zaleglosci',
  'nedoplatek',
  'nedoplatok',
  'hatralek',
  'restanta',
  'achterstand',
  'obetald',
  'obetalda',
  'ubetalt',
  'maksamaton',
  'neplacena',
  // violations and infringement notices (toll and traffic kits)
  'violation',
  'violations',
  'infringement',
  'infringements',
  'overtreding',
  'verstoss',
  'priestupku',
  'delinquent',
  // outstanding (Dutch)
  'openstaand',
  'openstaande',
  ...SUMMONS_WORDS,
]);

/**
 * Service words of a government theme that ordinary commerce also uses (parking operators, tax
 * advisers, toll-road and vignette sellers, refund agents; English "fine" and "penalty"): they make
 * a theme-word label only with a word of DEMAND_WORDS, never with `service`, `online` or `help`
 * (`taxservice`, `parking-online`), and with a payment word only off the ordinary TLDs (see
 * themeWordsInLabel: `parkingpay.ch` is a real parking app).
 */
export const SERVICE_THEME_WORDS: ReadonlyMap<string, BrandTheme> = new Map([
  ['fine', 'fine'],
  ['fines', 'fine'],
  ['penalty', 'government'],
  ['penalties', 'government'],
  ['sanction', 'government'],
  ['sanctions', 'government'],
  // a UK penalty charge notice, also an NHS primary care network
  ['pcn', 'fine'],
  ['mandat', 'fine'],
  ['mandaty', 'fine'],
  ['mandatu', 'fine'],
  ['verbale', 'fine'],
  ['strafe', 'fine'],
  ['mahnung', 'government'],
  ['aanmaning', 'government'],
  ['overdue', 'government'],
  // parking
  ['stationnement', 'fine'],
  ['parking', 'fine'],
  ['parkering', 'fine'],
  ['parkeer', 'fine'],
  ['parkeren', 'fine'],
  ['parcheggio', 'fine'],
  ['aparcamiento', 'fine'],
  ['estacionamento', 'fine'],
  ['estacionamiento', 'fine'],
  ['parkowanie', 'fine'],
  ['parkovani', 'fine'],
  ['parkovanie', 'fine'],
  ['parkolas', 'fine'],
  ['pysakointi', 'fine'],
  // road traffic
  ['routier', 'fine'],
  ['routiere', 'fine'],
  ['trafico', 'fine'],
  ['transito', 'fine'],
  ['traffico', 'fine'],
  // tolls and vignettes
  ['toll', 'toll'],
  ['tolls', 'toll'],
  ['etoll', 'toll'],
  ['peage', 'toll'],
  ['peaje', 'toll'],
  ['portagem', 'toll'],
  ['portagens', 'toll'],
  ['pedaggio', 'toll'],
  ['maut', 'toll'],
  ['myto', 'toll'],
  ['vignette', 'toll'],
  ['vinjeta', 'toll'],
  ['matrica', 'toll'],
  ['rovinieta', 'toll'],
  ['dalnicni', 'toll'],
  ['tolheffing', 'toll'],
  ['vagtull', 'toll'],
  // taxes and refunds
  ['tax', 'tax'],
  ['taxes', 'tax'],
  ['vat', 'tax'],
  ['impuesto', 'tax'],
  ['impuestos', 'tax'],
  ['imposte', 'tax'],
  ['refund', 'tax'],
  ['refunds', 'tax'],
  ['remboursement', 'tax'],
  ['rimborso', 'tax'],
  ['reembolso', 'tax'],
  ['zwrot', 'tax'],
  ['restituicao', 'tax'],
  ['devolucion', 'tax'],
  ['teruggave', 'tax'],
  ['erstattung', 'tax'],
  ['rueckerstattung', 'tax'],
  ['terugbetaling', 'tax'],
  ['aterbetalning', 'tax'],
  ['tilbakebetaling', 'tax'],
  ['palautus', 'tax'],
  ['epistrofi', 'tax'],
]);

/**
 * The authority words of AUTHORITY_THEME_WORDS whose theme a theme-word host can have (toll, tax,
 * customs, vehicle words: `turnpike`, `tollway`, `maut`, `steuer`, `douane`, `dmv`) count as
 * service theme words too, with their theme.
 */
export const AUTHORITY_SERVICE_WORDS: ReadonlyMap<string, BrandTheme> = new Map(
  [...AUTHORITY_THEME_WORDS].filter(([, t]) => t.country === undefined && t.theme !== 'health' && t.theme !== 'bailiff').map(([w, t]) => [w, t.theme]),
);

/** The theme of a service theme word (SERVICE_THEME_WORDS, else AUTHORITY_SERVICE_WORDS). */
const serviceTheme = (w: string): BrandTheme | undefined => SERVICE_THEME_WORDS.get(w) ?? AUTHORITY_SERVICE_WORDS.get(w);

/**
 * Words that bills and toll kits put around the theme (`toll-road-bill`, `express-lane-invoice`,
 * `state-toll-services`): allowed in a theme-word label, they carry no theme by themselves.
 * `bill`, `billing` and `invoice` are payment words (they count like `pay`).
 */
export const THEME_FILLER: ReadonlySet<string> = new Set([
  'road',
  'roads',
  'highway',
  'highways',
  'motorway',
  'expressway',
  'express',
  'lane',
  'lanes',
  'bridge',
  'bridges',
  'tunnel',
  'pass',
  'tag',
  'transponder',
  'ticket',
  'tickets',
  'driver',
  'drivers',
  'vehicle',
  'vehicles',
  'license',
  'licence',
  'plate',
  'plates',
  'traffic',
  'charge',
  'charges',
  'congestion',
  'state',
  'states',
  'county',
  'city',
  'bureau',
  'usa',
  'my',
  'now',
  'pending',
  'status',
  'final',
  'bill',
  'bills',
  'billing',
  'invoice',
  'invoices',
  'facture',
  'factura',
  'fattura',
  'rechnung',
  'faktura',
]);
const BILL_WORDS: ReadonlySet<string> = new Set(['bill', 'bills', 'billing', 'invoice', 'invoices', 'facture', 'factura', 'fattura', 'rechnung', 'faktura']);

/** The words that turn a service theme word into a demand: a notice, a check, an unpaid sum, an official or citizen word. */
export const DEMAND_WORDS: ReadonlySet<string> = new Set([
  ...ENFORCEMENT_WORDS,
  'avis',
  'aviso',
  'avviso',
  'notice',
  'notification',
  'notif',
  'bescheid',
  'varsel',
  'ilmoitus',
  'oznameni',
  'powiadomienie',
  'ertesites',
  'verify',
  'verification',
  'verif',
  'verifica',
  'verificacion',
  'verificatie',
  'verifizierung',
  'weryfikacja',
  'validation',
  'valid',
  'due',
  'overdue',
  'outstanding',
  'regularisation',
  'regularizar',
  'regularizacao',
  'pendencia',
  'pendente',
  'pendiente',
  'pendientes',
  'pendentes',
  'pendenti',
  ...OFFICIAL_KIT_WORDS,
  'usager',
  'usagers',
  'citoyen',
  'cidadao',
  'ciudadano',
  'cittadino',
]);

/** Theme and kit words a theme-word label may be made of, besides KIT_WORDS (`redirect` of kits, `usager`). */
const THEME_EXTRA: ReadonlySet<string> = new Set([
  ...ENFORCEMENT_WORDS,
  ...SERVICE_THEME_WORDS.keys(),
  ...AUTHORITY_SERVICE_WORDS.keys(),
  ...THEME_FILLER,
  ...DEMAND_WORDS,
  ...PAYMENT_WORDS,
  'redirect',
  'publique',
  'public',
  'enligne',
  'ligne',
]);

/**
 * Theme-word hosts (docs/DOMAINS.md §3 "Theme-word hosts"): a registrable label made ONLY of the
 * words of a government-demand theme and of phishing-kit words, with no organisation named
 * (`avis-impaye.info`, `oplata-zaleglosci.eu`, `amende-majoration.top`). Every hyphen token must
 * split wholly into such words, country codes or digits (the segmentation of kitPieces), and among
 * the pieces there must be an enforcement word (ENFORCEMENT_WORDS) with another word that is not
 * merely informational, or a service theme word (SERVICE_THEME_WORDS) with a demand word
 * (DEMAND_WORDS), or, when `offMainstream` (free hosting or a TLD other than a country code and
 * .com/.net/.org), with a payment word. A token that is not such a word (a town, a company name:
 * `parkingparis`, `avis-location`) leaves the label alone.
 * `tldCountry`: the country of a national ccTLD, if any. Bounded: labels of at most 63 characters,
 * one pass per token as in kitPieces.
 */
export function themeWordsInLabel(e2ld: string, offMainstream: boolean, tldCountry?: string): BrandHit | null {
  if (e2ld.length > 63) return null;
  const pieces: string[] = [];
  for (const tok of e2ld.split('-')) {
    if (tok === '') continue;
    const p = themePieces(tok);
    if (!p) return null;
    pieces.push(...p);
  }
  const isCc = (p: string) => COUNTRY_CODES.has(p) || p === 'usa';
  const cc = pieces.find((p) => COUNTRY_CODES.has(p)) ?? (pieces.includes('usa') ? 'us' : undefined);
  const place = cc ? (cc === 'uk' ? 'GB' : cc.toUpperCase()) : tldCountry;
  // A fine word of one language that is an ordinary word of the host's (Romanian `multe`, "many") is no word here.
  const ordinary = (p: string) => place !== undefined && LANGUAGE_BOUND_FINE_WORDS.get(p)?.ordinaryIn.includes(place) === true;
  const words = pieces.filter((p) => !/^[0-9]/.test(p) && !isCc(p) && !ordinary(p));
  const withCc = pieces.some(isCc);
  // A code as a token of its own (`us-tolls`), not glued, where it may be an inflection (`dalnicnich`).
  const ccToken = e2ld.split('-').some(isCc);
  if (words.length === 0 || (words.length < 2 && !(offMainstream && ccToken))) return null;
  const payment = (o: string) => PAYMENT_WORDS.has(o) || BILL_WORDS.has(o);
  let theme: BrandTheme | null = null;
  let bound: string | undefined;
  for (let i = 0; i < words.length && !theme; i++) {
    const w = words[i]!;
    const others = words.filter((_, k) => k !== i);
    const service = serviceTheme(w);
    if (ENFORCEMENT_WORDS.has(w) && others.some((o) => !INFORMATIONAL.has(o))) {
      theme = FINE_WORDS.has(w) ? 'fine' : SUMMONS_WORDS.has(w) ? 'justice' : 'government';
      bound = LANGUAGE_BOUND_FINE_WORDS.get(w)?.country;
    } else if (
      service &&
      // a demand word anywhere; a payment word off the ordinary TLDs; with a country code, a payment
      // or claim word (refund, login, account …); off the ordinary TLDs, any other kit word that is
      // not informational, or the theme word and the country code alone
      (others.some((o) => DEMAND_WORDS.has(o)) ||
        (offMainstream && others.some(payment)) ||
        (withCc && others.some((o) => payment(o) || CLAIM_KIT_WORDS.has(o))) ||
        (offMainstream && ccToken && others.every((o) => !INFORMATIONAL.has(o))) ||
        (offMainstream && others.some((o) => !INFORMATIONAL.has(o) && !THEME_FILLER.has(o) && serviceTheme(o) === undefined)))
    )
      theme = service;
  }
  if (!theme) return null;
  const country = place ?? bound;
  const t: BrandTheme = theme;
  const imitates =
    t === 'government'
      ? 'a public authority demanding a payment'
      : t === 'justice'
        ? 'a court or the justice authorities'
        : t === 'fine'
          ? 'a traffic-fine service'
          : THEME_BODY[t as AuthorityTheme];
  return { entries: [], imitates, generic: true, theme: t, ...(country ? { country } : {}) };
}

/** kitPieces' segmentation over KIT_WORDS, FINE_WORDS and the theme words (THEME_EXTRA), country codes and digits. */
function themePieces(tok: string): string[] | null {
  return segment(tok, (i, w) => {
    const lens: number[] = [];
    for (let len = Math.min(16, w.length - i); len >= MIN_KIT; len--) {
      const piece = w.slice(i, i + len);
      if (KIT_WORDS.has(piece) || FINE_WORDS.has(piece) || THEME_EXTRA.has(piece)) lens.push(len);
    }
    // A country code only at either end of a token (`amendefr`, `ukrefund`), so that runs of
    // codes do not spell out ordinary words.
    if ((i === 0 || i + 2 === w.length) && COUNTRY_CODES.has(w.slice(i, i + 2))) lens.push(2);
    return lens;
  });
}

/**
 * Short labels that are words or very common abbreviations (English met, ice, sat; Turkish bir;
 * French moi; Romanian mai; Latin via; Italian dea; Norwegian nav; French caf; Gibraltar; sns,
 * cns, adm, ams, aci, ria): the short-name rule leaves them alone, since a government word is
 * too thin a support for them (`met-gov.com`). They still read official, and whole official
 * domains written into a host still count (`ice.gov-pay.top`).
 */
const SHORT_WORDS: ReadonlySet<string> = new Set([
  'met',
  'ice',
  'sat',
  'bir',
  'moi',
  'mai',
  'via',
  'dea',
  'nav',
  'caf',
  'gib',
  'sns',
  'cns',
  'adm',
  'ams',
  'aci',
  'ria',
]);

/** Shortest and longest name the short-name rule reads (shorter than MIN_BRAND_WORD in words.ts). */
const SHORT_MIN = 3;
const SHORT_MAX = 4;

/** Government and "official" words: support for any body's short name (`irs-gov`, `kba-offiziell`). */
const OFFICIAL_SUPPORT: ReadonlySet<string> = new Set([
  ...[...GOV_WORDS].filter((w) => w.length >= 3 && w !== 'mil'),
  'official',
  'oficial',
  'officiel',
  'ufficiale',
  'offiziell',
]);

/** Words of one theme: the service words, the authority words and (for some) more (see supportWords). */
function themeWords(theme: string): string[] {
  return [
    ...[...SERVICE_THEME_WORDS].filter(([, t]) => t === theme).map(([w]) => w),
    ...[...AUTHORITY_THEME_WORDS].filter(([, t]) => t.theme === theme).map(([w]) => w),
  ];
}

/**
 * What supports one body's short name, by what the body is (official-authorities.ts theme, else
 * the list kind): a government or official word, an enforcement word (unpaid, penalty, summons …),
 * the body's country code, and the words of its own theme: tax words for a tax office, toll words
 * for a toll agency, vehicle, licence, toll and fine words for a vehicle authority, fine and police
 * words for a police force or fine service, parcel and duty words for customs.
 */
function supportWords(ie: IndexedOfficial, index: OfficialIndex): ReadonlySet<string> {
  const cache = (index.derived.support ??= new Map());
  const hit = cache.get(ie);
  if (hit) return hit;
  const out = supportWordsOf(ie);
  cache.set(ie, out);
  return out;
}

function supportWordsOf(ie: IndexedOfficial): Set<string> {
  const theme = AUTHORITY_THEME_OF.get(ie.domain) ?? (ie.entry.kind === 'traffic-fine' ? 'fine' : ie.entry.kind === 'police' ? 'police' : 'government');
  const out = new Set<string>([...OFFICIAL_SUPPORT, ...ENFORCEMENT_WORDS]);
  const country = ie.entry.country?.toLowerCase();
  if (country) out.add(country === 'gb' ? 'uk' : country);
  if (country === 'us') out.add('usa');
  const add = (ws: Iterable<string>) => {
    for (const w of ws) out.add(w);
  };
  if (theme === 'tax') add(themeWords('tax'));
  else if (theme === 'customs') add([...themeWords('customs'), ...CUSTOMS_WORDS]);
  else if (theme === 'toll') add(themeWords('toll'));
  else if (theme === 'bailiff') add(themeWords('bailiff'));
  else if (theme === 'transport') add([...themeWords('transport'), ...VEHICLE_WORDS, ...themeWords('toll'), ...themeWords('fine')]);
  else if (theme === 'police' || theme === 'fine') add([...themeWords('fine'), ...AUTHORITY_WORDS_BY_LANGUAGE.keys(), ...JUSTICE_WORDS]);
  else if (theme === 'health') add([...themeWords('health'), ...HEALTH_WORDS]);
  return out;
}

/**
 * What a public health insurer's name is glued to in its own kits (`ameliassurance`,
 * `kela-korvaus`): insurance, health, card and reimbursement words of the supported languages
 * (folded to ASCII), the support of a health body besides its theme's authority words.
 */
const HEALTH_WORDS: readonly string[] = [
  'assurance',
  'assure',
  'assures',
  'maladie',
  'sante',
  'vitale',
  'remboursement',
  'remboursements',
  'versicherung',
  'versicherte',
  'verzekering',
  'zorgverzekering',
  'seguro',
  'salud',
  'sanidad',
  'saude',
  'sanita',
  'sanitaria',
  'tessera',
  'vakuutus',
  'korvaus',
  'forsakring',
  'sygesikring',
  'ubezpieczenie',
  'zdrowie',
  'pojistovna',
  'poistovna',
  'biztosito',
  'zavarovanje',
];

/** The rest glued to a brand name is made of the body's own support words (its theme's words, its country, a demand): `ameli` + `assurance`. */
function ownThemeCompany(rest: string, entries: readonly IndexedOfficial[], index: OfficialIndex): boolean {
  return rest.length >= 4 && entries.some((ie) => AUTHORITY_THEME_OF.has(ie.domain) && supportPieces(rest, supportWords(ie, index), false) !== null);
}

/** Short names (3 or 4 letters) of one list: official first labels and SHORT_BRAND_WORDS (kept in its index). */
function shortNamesOf(index: OfficialIndex): Map<string, IndexedOfficial[]> {
  let m = index.derived.short;
  if (m) return m;
  m = new Map();
  const add = (name: string, ie: IndexedOfficial) => {
    const list = m!.get(name);
    if (!list) m!.set(name, [ie]);
    else if (!list.includes(ie)) list.push(ie);
  };
  for (const ie of index.entries) {
    const org = ie.forms.plain.org;
    if (
      ie.nameLabels > 0 &&
      org.length >= SHORT_MIN &&
      org.length <= SHORT_MAX &&
      /^[a-z]+$/.test(org) &&
      // (A registry label marked `common` claims nothing with any company, as long ones do: `fina-gov`.)
      !COMMON_LABELS.has(org) &&
      !REGISTRY_COMMON_LABELS.has(org) &&
      !SHORT_WORDS.has(org) &&
      !GOV_WORDS.has(org)
    )
      add(org, ie);
  }
  for (const [word, domains] of SHORT_BRAND_WORDS) for (const d of domains) for (const ie of index.byDomain.plain.get(d) ?? []) add(word, ie);
  index.derived.short = m;
  return m;
}

/**
 * A remainder cut wholly into kit words, support words, digits and a country or US state code at
 * an end of the token (`ccStart`, `ccEnd`: the remainder's start or end is the token's), so that
 * codes inside a word do not spell it (`met` + `ro` + `politia` + `no` is `metropolitiano`).
 */
function supportPieces(rest: string, support: ReadonlySet<string>, us: boolean, ccStart = true, ccEnd = true, glued = false): string[] | null {
  if (rest === '') return [];
  return segment(rest, (i, w) => {
    const lens: number[] = [];
    for (let len = Math.min(16, w.length - i); len >= 2; len--) {
      const piece = w.slice(i, i + len);
      if ((len >= MIN_KIT && (KIT_WORDS.has(piece) || support.has(piece))) || (len === 2 && support.has(piece))) lens.push(len);
    }
    const two = w.slice(i, i + 2);
    // (Glued to a short name only the body's own code: `mai` + `lt` is `mailt`, not Lithuania's.)
    if (((ccStart && i === 0) || (ccEnd && i + 2 === w.length)) && (glued ? support.has(two) : COUNTRY_CODES.has(two) || (us && GLUED_STATE_CODES.has(two))))
      lens.push(2);
    else if (glued && us && ((ccStart && i === 0) || (ccEnd && i + 2 === w.length)) && GLUED_STATE_CODES.has(two)) lens.push(2);
    return lens;
  });
}

/**
 * A short name (3 or 4 letters: an official first label such as `kba`, `dgt`, `irs`, `dmv`, `mta`,
 * or a short name of the registry such as `rcmp`, `cra`) in the registrable label `e2ld`, with
 * support (docs/DOMAINS.md §3 "Short names"): the name is a whole hyphen token or glued only to
 * kit words, support words, digits and codes; every other token is made of the same; and among
 * all those pieces one supports this body (supportWords: a government or official word, an
 * enforcement word, the body's own country code or, for a US body, a state code, a word of its
 * theme). `kba-fahrzeug-zulassung.com`, `irs-gov-refund.com`, `dmv-ca-renewal.com` read as the
 * body; `kba-online.com`, `psp-payments.com`, `irs.com` do not: a kit word alone is no support
 * for three letters. Bounded like kitPieces.
 */
export function shortBrandInLabel(e2ld: string, index: OfficialIndex): BrandHit | null {
  if (e2ld.length > 63) return null;
  const tokens = e2ld.split('-').filter(Boolean);
  const names = shortNamesOf(index);
  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti]!;
    for (let len = SHORT_MIN; len <= SHORT_MAX && len <= tok.length; len++) {
      for (const [name, rest, atStart] of [
        [tok.slice(0, len), tok.slice(len), true],
        [tok.slice(tok.length - len), tok.slice(0, tok.length - len), false],
      ] as const) {
        const entries = names.get(name);
        if (!entries) continue;
        for (const ie of entries) {
          const support = supportWords(ie, index);
          const us = ie.entry.country === 'US';
          const pieces: string[] = [];
          const own = supportPieces(rest, support, us, !atStart, atStart, true);
          if (!own) continue;
          pieces.push(...own);
          let all = true;
          for (let k = 0; k < tokens.length && all; k++) {
            if (k === ti) continue;
            const o = tokens[k]!;
            // A state's code or name as a token of its own (`dmv-ca`, `florida-dmv`).
            const p = us && US_STATE_CODES.has(o) ? [o] : us && US_STATE_NAMES.has(o) ? [US_STATE_NAMES.get(o)!] : supportPieces(o, support, us);
            if (p) pieces.push(...p);
            else all = false;
          }
          // (A state code supports only as a token of its own or glued from GLUED_STATE_CODES: `de` + `ssa` is `dessa`.)
          const states = us
            ? pieces.filter(
                (p, k) =>
                  GLUED_STATE_CODES.has(p) ||
                  (k >= own.length && US_STATE_CODES.has(p) && (tokens.includes(p) || tokens.some((t) => US_STATE_NAMES.get(t) === p))),
              )
            : [];
          if (!all || !(pieces.some((p) => support.has(p) && !(us && US_STATE_CODES.has(p))) || states.length)) continue;
          // Which body: a US state code names that state's (dmv.ca.gov for `dmv-ca`), a country code
          // that country's; one body of the name is that one; several (the DMVs) only the kind of body.
          const state = states[0];
          const inState = state ? entries.filter((x) => x.domain.split('.').some((l) => l === state || US_STATE_NAMES.get(l) === state)) : [];
          const cc = pieces.find((p) => COUNTRY_CODES.has(p) && entries.some((x) => x.entry.country === (p === 'uk' ? 'GB' : p.toUpperCase())));
          const inCountry = cc ? entries.filter((x) => x.entry.country === (cc === 'uk' ? 'GB' : cc.toUpperCase())) : [];
          const named = inState.length ? inState : inCountry.length ? inCountry : entries.length === 1 ? entries : null;
          if (named) return { entries: named, generic: false, theme: 'brand' };
          const theme = AUTHORITY_THEME_OF.get(ie.domain);
          if (theme && theme in THEME_BODY)
            return { entries: [], imitates: THEME_BODY[theme as AuthorityTheme], generic: true, theme: theme as AuthorityTheme };
          return { entries: [ie], generic: false, theme: 'brand' };
        }
      }
    }
  }
  return null;
}

/** Shortest brand name whose misspellings are read (typoBrandInLabel); shorter names have too many neighbours. */
export const MIN_TYPO_BRAND = 7;
/** Shortest brand name read two edits away, and misspelt alone as the whole label under another TLD. */
const MIN_TYPO_TWO = 9;
/** Longest core cut from a token before glued kit words (longer names are tried as whole tokens only). */
const MAX_TYPO_CORE = 21;

/** Distinctive names by length: claim tokens of 6+ letters that are no generic word (kept in the index). */
function typoBrandsOf(index: OfficialIndex): Map<string, Array<[string, IndexedOfficial[]]>> {
  let m = index.derived.typo;
  if (m) return m;
  m = new Map();
  for (const w of wordsOf(index)) {
    if (w.generic || w.theme !== 'brand' || w.word.length < MIN_TYPO_BRAND || !/^[a-z]+$/.test(w.word) || COMMON_LABELS.has(w.word) || !w.entries.length)
      continue;
    // Keyed by first and last letter, which a typo keeps (see typoBrandInLabel).
    const key = w.word[0]! + w.word.at(-1)!;
    const list = m.get(key) ?? [];
    list.push([w.word, [...w.entries]]);
    m.set(key, list);
  }
  index.derived.typo = m;
  return m;
}

/**
 * A misspelt brand name (docs/DOMAINS.md §3 "Typos of brand names"): a hyphen token of the
 * registrable label, or its part before or after glued kit words, one edit from a distinctive name
 * of 7+ letters (two edits from 9+ letters), with the same first and last letter as the name (an
 * edit at an end often makes another word: `trafico`, `detras`), under Chromium's one-edit guards
 * (not trailing digits, not a final vowel for another). It needs
 * company with a claim among it (a payment, fee, login, case or government word, a country or US
 * state code, a word of the body's theme: `sunpas-toll.com`, `ezpas-ny-pay.top`), or, alone as the
 * whole label under another TLD, a name of 9+ letters. `fastrack-online.com` is an ordinary word
 * with an ordinary kit word: no claim, no finding. Bounded: each cut of a 63-letter label is
 * compared with the names of its length ± 2.
 */
export function typoBrandInLabel(e2ld: string, index: OfficialIndex): { hit: BrandHit; distance: number; transposition: boolean } | null {
  if (e2ld.length > 63) return null;
  const tokens: string[] = [];
  for (const t of e2ld.split('-').filter(Boolean)) {
    const last = tokens.at(-1);
    if (last !== undefined && (last === 'e' || last === 'i')) tokens[tokens.length - 1] = last + t;
    else tokens.push(t);
  }
  const brands = typoBrandsOf(index);
  for (let ti = 0; ti < tokens.length; ti++) {
    const tok = tokens[ti]!;
    if (tok.length < MIN_TYPO_BRAND - 1) continue;
    const others = tokens.filter((_, k) => k !== ti);
    // Cuts: the whole token, or a core with kit pieces glued after or before it; only cores whose
    // first and last letters and length fit some name are tried (the cheap test first).
    const fits = (core: string) => (brands.get(core[0]! + core.at(-1)!) ?? []).some(([name]) => Math.abs(name.length - core.length) <= 2);
    const cuts: Array<[string, string[]]> = fits(tok) ? [[tok, []]] : [];
    for (let k = MIN_TYPO_BRAND - 1; k < tok.length && k <= MAX_TYPO_CORE; k++) {
      const head = tok.slice(0, k);
      const after = fits(head) ? kitPieces(tok.slice(k), true, false) : null;
      if (after) cuts.push([head, after]);
      const tail = tok.slice(tok.length - k);
      const before = fits(tail) ? kitPieces(tok.slice(0, tok.length - k), true, false) : null;
      if (before) cuts.push([tail, before]);
    }
    for (const [core, glued] of cuts) {
      for (const [name, entries] of brands.get(core[0]! + core.at(-1)!) ?? []) {
        if (Math.abs(name.length - core.length) <= 2) {
          if (name === core) continue;
          const two = name.length >= MIN_TYPO_TWO;
          const r = boundedEdits(core, name, two ? 2 : 1);
          if (!r || r.distance === 0) continue;
          // The edit inside the name, never at its first or last letter: a name cut or changed at its
          // end is often a word of its own (`trafico` of traficom, `detras` of detran).
          if (core[0] !== name[0] || core.at(-1) !== name.at(-1)) continue;
          if (r.distance === 1 && (chromiumRejectsOneEdit(core, name) || finalVowelSwap(core, name))) continue;
          const ie = entries[0]!;
          const us = ie.entry.country === 'US';
          const support = supportWords(ie, index);
          const pieces: string[] = [...glued];
          let all = true;
          for (const o of others) {
            const p = us && US_STATE_CODES.has(o) ? [o] : supportPieces(o, support, us);
            if (p) pieces.push(...p);
            else all = false;
          }
          if (!all) continue;
          const alone = pieces.length === 0 && others.length === 0;
          if (alone ? !two : !pieces.some((p) => claimPiece(p) || support.has(p) || (us && US_STATE_CODES.has(p)))) continue;
          return { hit: { entries, generic: false, theme: 'brand' }, distance: r.distance, transposition: r.transposition };
        }
      }
    }
  }
  return null;
}
