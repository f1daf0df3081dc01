/**
 * Concepts of a police-impersonation message, found in any of the supported languages however the
 * words are disguised (concept-fold.ts): who the message claims to come from (`authority`) and what
 * it wants from the reader (the pressure concepts). The lexicons are data (concepts/lexicon.ts).
 *
 * Matching is phrases.ts's linear trie walk over the concept-folded text; overlapping matches are
 * resolved leftmost-longest, so a longer `ignore` word ("politiek") hides a stem inside it
 * ("politie*"). Every match keeps its exact UTF-16 span in the text as given.
 *
 * How the concepts combine into a verdict is analyze.ts's job (docs/EXTRACT.md "Concepts").
 */
import type { Span } from '../verdict.js';
import { conceptFold, conceptFoldPhrase, plainFold } from './concept-fold.js';
import { CONCEPT_LEXICONS, CONDITIONALS, NEGATORS, type ConceptKind, type ConceptLexicon } from './concepts/lexicon.js';
import { compilePhrases, findPhrases, longestNonOverlapping, type FoldedText, type PhraseMatch, type PhraseMatcher, type PhraseSource } from './phrases.js';

export { CONCEPT_KINDS, type ConceptKind } from './concepts/lexicon.js';

/**
 * Concepts that speak in an authority's name without naming it: a summons or legal proceedings, a
 * fine or penalty notice, an accusation aimed at the reader ("you are accused"), a locked device.
 * Each but the fine is a claim and a demand at once; a fine needs a demand with it (pay, overdue).
 */
export const IMPLIED_AUTHORITY_KINDS: ReadonlySet<ConceptKind> = new Set(['proceedings', 'penalty', 'accusation', 'device-lock']);

/** Concepts that put pressure on the reader: any one of them next to an authority claim is a scam. */
export const PRESSURE_KINDS: ReadonlySet<ConceptKind> = new Set([
  'ultimatum',
  'overdue',
  'accusation',
  'offence',
  'proceedings',
  'threat',
  'deadline',
  'payment',
  'contact',
  'login',
  'attachment',
  'device-lock',
  'refund-offer',
]);

export interface ConceptMatch {
  kind: ConceptKind;
  lang: string;
  span: Span;
  /** Authority only: one of the next six words negates ("the police do not …", "die Polizei betont, dass sie … nicht"). */
  negated?: boolean;
  /** Authority only: the word was disguised (leetspeak digits, letters of another script, spaced letters): evasion, which no genuine sender needs. */
  obfuscated?: boolean;
  /** Authority only: a unit named by what it fights ("Cyber Crime Division", "Brigada … de Ciberseguridad"), from a `unit` and a `mission` word. */
  unit?: boolean;
  /** Threat only: a sanction on the reader's own account, licence, card or ID ("your account has been suspended"), from an `ownasset` pair. */
  asset?: boolean;
}

const NEGATION_WINDOW = 6;
/** Matches kept per concept kind (analyze.ts reports at most 16 of them). */
const MAX_PER_KIND = 64;
/** The negators in the concept fold (built once at module load: src/core stays free of mutable module state). */
const NEGATOR_SET: ReadonlySet<string> = new Set(NEGATORS.map((n) => conceptFold(n).chars.join('')));

/** Authority acronyms that count only in capitals (lexicon.ts `casedAuthority`), in the concept fold. */
const CASED_ACRONYMS: ReadonlySet<string> = new Set(CONCEPT_LEXICONS.flatMap((l) => (l.casedAuthority ?? []).map((a) => conceptFold(a).chars.join(''))));

/** Written in capitals (at least one cased letter, no lower-case one): "NAV", "PČR". */
function allCapitals(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

/**
 * An acronym in capitals among lower-case words ("a NAV értesíti", "KAS wzywa"); in a line written
 * all in capitals ("POLICIJA NAV SŪTĪJUSI") it is the ordinary word. 40 characters either side bound the look.
 */
function acronymAt(text: string, start: number, end: number): boolean {
  if (!allCapitals(text.slice(start, end))) return false;
  const before = /(\p{L}+)[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  const after = /^[^\p{L}\n]*(\p{L}+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
  return !((before.length > 1 && allCapitals(before)) || (after.length > 1 && allCapitals(after)));
}

/** Is `word` (folded indices `from`..`to` inclusive) a negator? Latvian "nav" is, Hungarian "NAV" (the tax authority) is not. */
function negatorAt(f: FoldedText, from: number, to: number, word: string): boolean {
  return NEGATOR_SET.has(word) && !(CASED_ACRONYMS.has(word) && acronymAt(f.text, f.start[from]!, f.end[to]!));
}

/** The conditionals in the concept fold (built once at module load). */
const CONDITIONAL_SET: ReadonlySet<string> = new Set(CONDITIONALS.map((n) => conceptFold(n).chars.join('')));

/** Is the word right before folded index `from` (same sentence) a conditional ("if you …")? */
function conditionalBefore(f: FoldedText, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && f.word[i] !== 1) {
    const c = f.chars[i]!;
    if (c !== ' ' && c !== ',' && c !== '"' && c !== "'" && c !== '(') return false;
    i--;
  }
  let word = '';
  for (let k = 0; i >= 0 && f.word[i] === 1 && k < 8; i--, k++) word = f.chars[i]! + word;
  return (i < 0 || f.word[i] !== 1) && CONDITIONAL_SET.has(word);
}

/** Is one of the (at most NEGATION_WINDOW) words after folded index `to` a negator, in the same sentence? */
/** Kinds a negator right before turns around ("do not pay", "this is not a fraud", "ne kattintson"). */
const NEGATABLE: ReadonlySet<string> = new Set([...PRESSURE_KINDS, 'disclaimer', 'device', 'lock'].filter((k) => k !== 'overdue')); // "not yet paid" is the overdue concept itself

/** Is one of the (at most `n`) words before folded index `from` a negator, in the same sentence? */
function negatedBefore(f: FoldedText, from: number, n: number): boolean {
  const set = NEGATOR_SET;
  let i = from - 1;
  for (let w = 0; w < n; w++) {
    while (i >= 0 && f.word[i] !== 1) {
      const c = f.chars[i]!;
      if (c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || (c === ' ' && f.newlines[i]! > 0)) return false;
      if (c === "'" && i > 0 && f.word[i - 1] === 1) {
        // n' (French elision) directly before
        let j = i - 1;
        let word = '';
        while (j >= 0 && f.word[j] === 1 && word.length < 8) word = f.chars[j--]! + word;
        if (set.has(word + "'")) return true;
      }
      i--;
    }
    const last = i;
    let word = '';
    for (let k = 0; i >= 0 && f.word[i] === 1 && k < 32; i--, k++) word = f.chars[i]! + word;
    while (i >= 0 && f.word[i] === 1) i--;
    if (word === '') return false;
    if (set.has(word) && negatorAt(f, i + 1, last, word)) return true;
  }
  return false;
}

function negatedAfter(f: FoldedText, to: number): boolean {
  const set = NEGATOR_SET;
  let i = to;
  while (i < f.chars.length && f.word[i] === 1) i++; // the rest of a stem's word
  for (let w = 0; w < NEGATION_WINDOW; w++) {
    while (i < f.chars.length && f.word[i] !== 1) {
      const c = f.chars[i]!;
      if (c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || (c === ' ' && f.newlines[i]! > 0)) return false;
      i++;
    }
    const first = i;
    let word = '';
    for (let n = 0; i < f.chars.length && f.word[i] === 1 && n < 32; i++, n++) word += f.chars[i];
    while (i < f.chars.length && f.word[i] === 1) i++;
    if (word === '') return false;
    if ((set.has(word) && negatorAt(f, first, i - 1, word)) || (f.chars[i] === "'" && set.has(word + "'"))) return true;
  }
  return false;
}

/** `literal`: the lexicon word holds digits itself (`ec3`), so digits in the text are not a disguise. */
type Tag = { kind: ConceptKind | 'ignore'; lang: string; literal?: true; cased?: true; upper?: string };

export function compileConcepts(
  lexicons: readonly ConceptLexicon[] = CONCEPT_LEXICONS,
  only: (kind: ConceptKind) => boolean = (k) => k !== 'reader',
): PhraseMatcher<Tag> {
  const sources: Array<PhraseSource<Tag>> = [];
  const seen = new Set<string>();
  const add = (raw: string, tag: Tag) => {
    const folded = conceptFoldPhrase(raw);
    // The fold reads a typed 1 as i; an l written as 1 (`po1ice`) then meets the l→i variant.
    // Only for phrases long enough that the variant is not another word (multa → Finnish "muita").
    const variant = folded.includes('l') && folded.replace(/\*/g, '').length >= 6 ? folded.replace(/l/g, 'i') : folded;
    for (const phrase of variant === folded ? [folded] : [folded, variant]) {
      const key = `${phrase}\u0000${tag.kind}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sources.push({ phrase, tag });
    }
  };
  for (const l of lexicons) {
    for (const [kind, phrases] of Object.entries(l.concepts) as Array<[ConceptKind, string[]]>)
      if (only(kind)) for (const p of phrases) add(p, /[0-9]/.test(p) ? { kind, lang: l.lang, literal: true } : { kind, lang: l.lang });
    if (only('ignore' as ConceptKind)) for (const p of l.ignore ?? []) add(p, { kind: 'ignore', lang: l.lang });
    if (only('reader')) for (const p of l.casedReader ?? []) add(p, { kind: 'reader', lang: l.lang, cased: true });
    if (only('authority')) for (const p of l.casedAuthority ?? []) add(p, { kind: 'authority', lang: l.lang, upper: p.toUpperCase() });
  }
  return compilePhrases(sources);
}

/**
 * The words addressing the reader, matched on their own: they often sit inside a longer phrase of
 * another concept ("your IP address", "votre famille") that the leftmost-longest choice would keep
 * instead of them.
 */
const READERS: PhraseMatcher<Tag> = compileConcepts(CONCEPT_LEXICONS, (k) => k === 'reader');
/**
 * What a unit fights (`mission`), matched on its own like the reader words: a crime field is often
 * also an authority word ("Cyberkriminalität", "Kiberbűnözés"), and the longer authority match
 * would otherwise hide it from the unit + mission pair.
 */
const MISSIONS: PhraseMatcher<Tag> = compileConcepts(CONCEPT_LEXICONS, (k) => k === 'mission');
/** The other lexicons, compiled once at module load (pure: a constant, not a lazily filled cache). */
const MAIN: PhraseMatcher<Tag> = compileConcepts(CONCEPT_LEXICONS, (k) => k !== 'reader' && k !== 'mission');
/**
 * The unit words of every language in the concept fold, as word endings (4+ letters): a compound
 * of a mission and a unit in one word is a specialised unit's name ("cybermisdaaddienst",
 * "Cyberkriminalitätsdezernat", "kyberrikoskeskus", "IT-brottscentrum"). Built once at module load.
 */
const UNIT_TAILS: ReadonlySet<string> = new Set(
  CONCEPT_LEXICONS.flatMap((l) => l.concepts.unit ?? [])
    .map((u) => conceptFoldPhrase(u).replace(/\*$/, ''))
    .filter((u) => u.length >= 4 && !u.includes(' ')),
);
/** Longest word tail looked at after a mission stem. */
const MAX_TAIL = 24;
/** Does the word that a mission match starts go on into a unit word ("cybermisdaad|dienst")? */
function unitTail(f: FoldedText, to: number): boolean {
  let tail = '';
  for (let i = to; i < f.chars.length && f.word[i] === 1; i++) {
    if (tail.length >= MAX_TAIL) return false;
    tail += f.chars[i]!;
  }
  for (let k = 0; k + 4 <= tail.length; k++) if (UNIT_TAILS.has(tail.slice(k))) return true;
  return false;
}
/** Reader words kept per text: "you" is frequent, and each offence pairs with the nearest one. */
const MAX_READERS = 4096;

/** Two concepts at most `reach` characters apart (in one clause with `clause`) make a third. */
type Pair = { a: ConceptKind; b: ConceptKind; makes: ConceptKind; reach: number; clause?: true };
/**
 * Concepts that only count in pairs, in one sentence and at most `reach` characters apart; the pair
 * is reported as `makes`, spanning both (the page marks the whole stretch):
 * - a device word and a lock word → a locked device (`device-lock`);
 * - an offence term and a word addressing the reader (`you`, `votre`, `Ihre`, `twoje`, `σας` …)
 *   → an offence laid at the reader (`accusation`): "votre adresse IP … associée à des activités
 *   illicites", "Pedofilu, mamy twoje zdjęcie";
 * - an investigation, interrogation or criminal-case word and a word addressing the reader →
 *   proceedings against the reader (`proceedings`): "Jums pradėtas ikiteisminis tyrimas", "Du er
 *   innkalt til avhør";
 * - a fine and a word addressing the reader → a demand to pay it (`payment`): "votre amende".
 * Police news speaks of offences and investigations in the third person, and the reader words are
 * chosen so that none is an ordinary word in another supported language (French `du`, Romanian
 * `din`, Croatian `u` and `te` are left out).
 */
const PAIRS: readonly Pair[] = [
  { a: 'device', b: 'lock', makes: 'device-lock', reach: 80 },
  { a: 'offence', b: 'reader', makes: 'accusation', reach: 80 },
  { a: 'inquiry', b: 'reader', makes: 'proceedings', reach: 60 },
  { a: 'penalty', b: 'reader', makes: 'payment', reach: 60 },
  // A sum owed addressed to the reader ("your unpaid toll", "Ihre offene Zahlung") is a demand.
  { a: 'overdue', b: 'reader', makes: 'payment', reach: 60 },
  // A fine or an arrear with a reference number or an amount is a payment notice ("mancato
  // pagamento – Riferimento #R…", "Geldbuße in Höhe von 25 €"): the SMS and subject lines. A
  // notice word alone ("avviso di sanzione") is not: official notices describe fine notices too.
  { a: 'penalty', b: 'reference', makes: 'payment', reach: 80 },
  { a: 'overdue', b: 'reference', makes: 'payment', reach: 80 },
  { a: 'penalty', b: 'amount', makes: 'payment', reach: 60 },
  { a: 'overdue', b: 'amount', makes: 'payment', reach: 60 },
  // An organisational unit named by what it fights is an authority claim even when the name is
  // invented or garbled ("Anti Terrorist & Monetary Crimes Division", "Brigada Europea de
  // Ciberseguridad", "Dipartimento di … Sicurezza Informatica").
  { a: 'unit', b: 'mission', makes: 'authority', reach: 50 },
  // The reader's case file handed on ("your file has been forwarded", "Ihre Akte wurde an die
  // Staatsanwaltschaft weitergeleitet", "asiasi on siirretty syyttäjälle") is a threat, in any
  // tense: next to an authority it is pressure. A file that is not the reader's ("the case file was
  // forwarded to the prosecutor", police news) is not.
  { a: 'ownfile', b: 'transfer', makes: 'threat', reach: 60 },
  // A time limit in any number and grammatical form ("within 36 hours", "binnen 5 dagen",
  // "36 tunnin kuluessa"): the number is checked where the unit is found (SHORT_HOURS, SHORT_DAYS).
  { a: 'within', b: 'hours', makes: 'deadline', reach: 30 },
  { a: 'within', b: 'days', makes: 'deadline', reach: 30 },
  // Evidence, a complaint or a warrant against the reader ("we have evidence against you", "Gegen
  // Sie wurde Anzeige erstattet", "Er is aangifte tegen u gedaan") is proceedings against the reader.
  // One clause (no comma or colon between): "if someone uses violence against you, report it" is
  // advice, not a charge.
  { a: 'charge', b: 'against', makes: 'proceedings', reach: 50, clause: true },
  // A sanction on the reader's account, licence, passport or card ("your bank account has been
  // frozen", "votre permis de conduire sera suspendu", "tilisi on jäädytetty") is a threat: next to an
  // authority it is pressure; with a demand to pay or a deadline it is extortion (analyze.ts).
  { a: 'ownasset', b: 'lock', makes: 'threat', reach: 60, clause: true },
  { a: 'ownasset', b: 'sanction', makes: 'threat', reach: 60, clause: true },
  // Money said to be waiting for the reader is the refund lure ("your tax refund", "Επιστροφή φόρου
  // 286,40 ευρώ", "você está qualificado para receber um reembolso"): a refund addressed to the
  // reader, with a sum to the cent, or said in the second person to be due to them. Authorities do not announce
  // refunds that way; a refund in the third person ("refunds are paid in June") pairs with nothing.
  { a: 'refund', b: 'reader', makes: 'refund-offer', reach: 40, clause: true },
  { a: 'refund', b: 'exact', makes: 'refund-offer', reach: 60 },
  { a: 'refund', b: 'entitled', makes: 'refund-offer', reach: 60 },
];
/**
 * Pairs formed before PAIRS, because what they make pairs again: content with a word that makes
 * it unlawful, a few words apart ("verbotene und als eingeschränkt eingestufte Inhalte",
 * "contenuti informatici vietati"), is an offence term, which then meets a reader word. "Material"
 * and "punishable" are left out: a genuine Police2Peer warning says "it is punishable to download
 * … material" to its reader.
 */
const FIRST_PAIRS: readonly Pair[] = [
  { a: 'content', b: 'forbidden', makes: 'offence', reach: 40 },
  // A case file next to a word addressing the reader is the reader's file ("your file", "votre dossier").
  { a: 'file', b: 'reader', makes: 'ownfile', reach: 24, clause: true },
  // An account, a licence or a card next to a word addressing the reader is the reader's ("your account").
  { a: 'asset', b: 'reader', makes: 'ownasset', reach: 24, clause: true },
];
/** Kinds that count only inside a pair and are never reported alone. */
const PAIR_ONLY: ReadonlySet<ConceptKind> = new Set([
  'device',
  'lock',
  'reader',
  'inquiry',
  'reference',
  'amount',
  'unit',
  'mission',
  'content',
  'forbidden',
  'file',
  'ownfile',
  'transfer',
  'within',
  'hours',
  'days',
  'charge',
  'against',
  'asset',
  'ownasset',
  'sanction',
  'entitled',
  'exact',
]);

/**
 * The longest time limits that count as pressure: scams give 24, 48 or 72 hours or a few days; a
 * legal time limit (an appeal within 14 or 30 days) is what genuine notices give.
 */
const SHORT_HOURS = 96;
const SHORT_DAYS = 7;
/** The number written right before `start` (across at most 2 spaces or a hyphen: "72 hours", "48-hour"), or -1. */
function numberBefore(text: string, start: number): number {
  let i = start - 1;
  for (let k = 0; k < 2 && i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '-'); k++) i--;
  let n = 0;
  let scale = 1;
  let digits = 0;
  for (; i >= 0 && digits < 4; i--, digits++) {
    const x = text.charCodeAt(i);
    if (x < 0x30 || x > 0x39) break;
    n += (x - 0x30) * scale;
    scale *= 10;
  }
  return digits === 0 || (i >= 0 && /[\p{L}\p{N}]/u.test(text[i]!)) ? -1 : n;
}

/** Characters after a reference word in which its number must start ("Réf. : N46/07537", "Riferimento #R72…"). */
const REFERENCE_REACH = 16;
/** Does a digit follow within REFERENCE_REACH code units, on the same line? A reference word without a number is an ordinary word. */
function numberAfter(text: string, at: number): boolean {
  for (let i = at; i < text.length && i < at + REFERENCE_REACH; i++) {
    const x = text.charCodeAt(i);
    if (x >= 0x30 && x <= 0x39) return true;
    if (x === 0x0a || x === 0x0d) return false;
  }
  return false;
}
/** Is there a digit right before `start` or right after `end` (across at most 2 spaces or separators)? `€`, `EUR`, `euros` count as an amount only next to a number. */
function digitNear(text: string, start: number, end: number): boolean {
  const isDigit = (i: number) => {
    const x = text.charCodeAt(i);
    return x >= 0x30 && x <= 0x39;
  };
  const gap = (i: number) => {
    const c = text[i];
    return c === ' ' || c === '\u00a0' || c === '\u202f' || c === ':' || c === '.';
  };
  let i = start - 1;
  for (let k = 0; k < 2 && i >= 0 && gap(i); k++) i--;
  if (i >= 0 && isDigit(i)) return true;
  let j = end;
  for (let k = 0; k < 2 && j < text.length && gap(j); k++) j++;
  return j < text.length && isDigit(j);
}
/**
 * Is the number next to an amount match (before `start` or after `end`, across at most 2 spaces)
 * written to the cent ("286,40 €", "£312.50", "EUR 95,00")? Looks at most 16 code units each way.
 */
function toTheCent(text: string, start: number, end: number): boolean {
  const digit = (i: number) => i >= 0 && i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;
  const sep = (i: number) => text[i] === ',' || text[i] === '.';
  const blank = (i: number) => text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\u202f';
  let i = start - 1;
  for (let k = 0; k < 2 && i >= 0 && blank(i); k++) i--;
  // before: "… 286,40 €" ends in digit digit, a separator, a digit
  if (digit(i) && digit(i - 1) && sep(i - 2) && digit(i - 3)) return true;
  let j = end;
  for (let k = 0; k < 2 && j < text.length && blank(j); k++) j++;
  // after: "£312.50", "EUR 1.234,56": digits and separators, ending in a separator and two digits
  let n = 0;
  while (n < 16 && (digit(j + n) || (sep(j + n) && digit(j + n + 1)))) n++;
  return n >= 4 && digit(j) && sep(j + n - 3) && digit(j + n - 2) && digit(j + n - 1);
}
const CURRENCY_SIGNS = new Set(['€', '£', '$']);
/** Currency signs next to a number, found in one pass over the text (signs are not word characters, so not in the lexicons). */
function currencySigns(text: string): ConceptMatch[] {
  const out: ConceptMatch[] = [];
  for (let i = 0; i < text.length && out.length < MAX_PER_KIND; i++)
    if (CURRENCY_SIGNS.has(text[i]!) && digitNear(text, i, i + 1)) out.push({ kind: 'amount', lang: 'intl', span: { start: i, end: i + 1 } });
  return out;
}
/** A reader word that counts only capitalised inside a sentence (German `Sie`): not at the text's or a sentence's start, not in an all-capitals word. */
function casedInSentence(text: string, start: number): boolean {
  const c = text[start];
  const d = text[start + 1];
  if (c === undefined || c === c.toLowerCase() || d === undefined || d === d.toUpperCase()) return false;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '"' || text[i] === '„' || text[i] === '(')) i--;
  if (i < 0) return false;
  const p = text[i]!;
  return !(p === '.' || p === '!' || p === '?' || p === ':' || p === '\n' || p === '\r' || p === '•' || p === '-' || p === '–');
}

/**
 * What ends a sentence (or a clause) between the two halves of a pair. A full stop or a comma between
 * two digits is a decimal or thousands separator ("a refund of 265.48 GBP", "1,250 lei"), not a break.
 * One character class with lookarounds: linear.
 */
const SENTENCE_BREAK = /[!?\n]|(?<!\d)\.|\.(?!\d)/;
const CLAUSE_BREAK = /[!?\n;:]|(?<!\d)[.,]|[.,](?!\d)/;

function pairs(
  text: string,
  found: readonly ConceptMatch[],
  a: ConceptKind,
  b: ConceptKind,
  makes: ConceptKind,
  reach: number,
  clause = false,
): ConceptMatch[] {
  // `found` is in text order: remember the last `a` seen, and pair each `b` with the nearest `a`
  // before it or the first one after it (one pass each way, so linear).
  const out: ConceptMatch[] = [];
  const near = (x: ConceptMatch, y: ConceptMatch) =>
    Math.abs(x.span.start - y.span.start) <= reach &&
    !(clause ? CLAUSE_BREAK : SENTENCE_BREAK).test(text.slice(Math.min(x.span.end, y.span.end), Math.max(x.span.start, y.span.start)));
  let last: ConceptMatch | undefined;
  const paired = new Set<ConceptMatch>();
  for (const c of found) {
    if (c.kind === a) last = c;
    else if (c.kind === b && last && near(last, c)) {
      paired.add(c);
      out.push(made(makes, last.lang, { start: last.span.start, end: c.span.end }));
    }
  }
  let next: ConceptMatch | undefined;
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i]!;
    if (c.kind === a) next = c;
    else if (c.kind === b && !paired.has(c) && next && near(next, c)) out.push(made(makes, next.lang, { start: c.span.start, end: next.span.end }));
  }
  return out;
}
/** The folded index where the word containing folded index `i` ends (at most MAX_TAIL on). */
function wordEnd(f: FoldedText, i: number): number {
  let e = i;
  while (e < f.chars.length && f.word[e] === 1 && e - i < MAX_TAIL) e++;
  return e;
}
const made = (kind: ConceptKind, lang: string, span: Span): ConceptMatch => (kind === 'authority' ? { kind, lang, span, unit: true } : { kind, lang, span });

/**
 * The `inner` matches that the leftmost-longest choice hid inside a kept match of one of the
 * `outer` kinds and shorter than it (`hidden`: the walk's matches that `kept` left out, in text
 * order; `kept` is in text order and does not overlap itself). One pass over each.
 */
function hiddenInside(
  kept: readonly PhraseMatch<Tag>[],
  hidden: readonly PhraseMatch<Tag>[],
  outer: ReadonlySet<string>,
  inner: ConceptKind,
): PhraseMatch<Tag>[] {
  const outers = kept.filter((m) => outer.has(m.tag.kind));
  if (!outers.length) return [];
  const out: PhraseMatch<Tag>[] = [];
  let p = 0;
  for (const m of hidden) {
    if (m.tag.kind !== inner) continue;
    while (p < outers.length && outers[p]!.to <= m.from) p++;
    // Strictly inside: the same phrase listed under two kinds is one concept (the first listed).
    const o = outers[p];
    if (o && o.from <= m.from && m.to <= o.to && m.to - m.from < o.to - o.from) out.push(m);
  }
  return out;
}
/** A fine phrase hides the arrear it names ("unpaid toll"); an arrear or a payment phrase hides the fine it names ("offenes Bußgeld", "pague su multa"). */
const FINE_PHRASES: ReadonlySet<string> = new Set(['penalty']);
const DEMAND_PHRASES: ReadonlySet<string> = new Set(['overdue', 'payment']);

/**
 * Does a German phrase hold the word "sie" in lower case ("Anzeige gegen sie", "sie werden
 * beschuldigt")? The formal "you" is always written "Sie"; lower case is "she" or "they", police
 * news in the third person. A phrase written all in capitals says nothing either way and counts.
 * Looks only inside the match.
 */
function lowerSie(text: string, start: number, end: number): boolean {
  const isLetter = (c: string | undefined) => c !== undefined && c.toLowerCase() !== c.toUpperCase();
  const span = text.slice(start, end);
  if (span === span.toUpperCase()) return false;
  for (let i = span.indexOf('sie'); i >= 0; i = span.indexOf('sie', i + 1)) if (!isLetter(span[i - 1]) && !isLetter(span[i + 3])) return true;
  return false;
}

/** Every concept found in the text (or a text already concept-folded), one per span, in text order. */
export function findConcepts(
  input: string | FoldedText,
  matcher: PhraseMatcher<Tag> = MAIN,
  readers: PhraseMatcher<Tag> = READERS,
  missions: PhraseMatcher<Tag> = MISSIONS,
): ConceptMatch[] {
  const f = typeof input === 'string' ? conceptFold(input) : input;
  const out: ConceptMatch[] = [];
  const perKind = new Map<string, number>();
  // An acronym (`casedAuthority`) counts written exactly so, in capitals with its diacritics (PČR, not
  // the PCR test), and then wins over another word of the same letters; written otherwise it is no
  // match at all, and hides no shorter word either.
  const found = findPhrases(matcher, f);
  const acronyms = found.filter(
    (m) => m.tag.upper !== undefined && f.text.slice(m.span.start, m.span.end) === m.tag.upper && acronymAt(f.text, m.span.start, m.span.end),
  );
  const raw = found.filter((m) => (m.tag.upper !== undefined ? acronyms.includes(m) : !acronyms.some((a) => a.from === m.from && a.to === m.to)));
  const kept = longestNonOverlapping(raw);
  // A fine and its arrear or its payment in one phrase ("unpaid toll", "péage impayé", "offenes
  // Bußgeld", "pague su multa") are both concepts: the word of the other concept inside the
  // longer match is kept too (no extra walk: the trie already returned it).
  // The matches the longest choice dropped, in text order.
  const taken = new Set(kept);
  const hidden = raw.length > kept.length ? raw.filter((x) => !taken.has(x)).sort((a, b) => a.from - b.from) : [];
  const inner = hidden.length ? [...hiddenInside(kept, hidden, FINE_PHRASES, 'overdue'), ...hiddenInside(kept, hidden, DEMAND_PHRASES, 'penalty')] : [];
  for (const m of inner.length ? [...kept, ...inner].sort((a, b) => a.from - b.from) : kept) {
    if (m.tag.kind === 'ignore') continue;
    // The verdict needs only which kinds occur (and up to three offence terms); past MAX_PER_KIND
    // matches of a kind, more cannot change it, so a text of one word repeated stops costing.
    const seen = perKind.get(m.tag.kind) ?? 0;
    if (seen >= MAX_PER_KIND) continue;
    if (m.tag.kind === 'reference' && !numberAfter(f.text, m.span.end)) continue;
    if (m.tag.kind === 'amount' && !digitNear(f.text, m.span.start, m.span.end)) continue;
    if (m.tag.kind === 'hours' || m.tag.kind === 'days') {
      const n = numberBefore(f.text, m.span.start);
      if (n <= 0 || n > (m.tag.kind === 'hours' ? SHORT_HOURS : SHORT_DAYS)) continue;
    }
    if (m.tag.lang === 'de' && lowerSie(f.text, m.span.start, m.span.end)) continue;
    perKind.set(m.tag.kind, seen + 1);
    // A specialised unit's name is an authority claim, marked `unit` (analyze.ts: a claim and a demand in one).
    const c: ConceptMatch =
      m.tag.kind === 'special' ? { kind: 'authority', lang: m.tag.lang, span: m.span, unit: true } : { kind: m.tag.kind, lang: m.tag.lang, span: m.span };
    // "ne … jamais": a "never" after a negator is still a "never".
    if (NEGATABLE.has(c.kind) && !NEGATOR_SET.has(f.chars.slice(m.from, m.to).join('')) && negatedBefore(f, m.from, 2)) continue;
    if (c.kind === 'authority') {
      // Only a negation after the authority: one before it is as often a scam's own isolation line
      // ("do not call the police") as a warning's.
      if (negatedAfter(f, m.to)) c.negated = true;
      // The word as written differs from its reading only by a disguise (P0LICJA, Pоlice, P O L I C E).
      if (!m.tag.literal && plainFold(f.text.slice(m.span.start, m.span.end)) !== f.chars.slice(m.from, m.to).join('')) c.obfuscated = true;
    }
    out.push(c);
  }
  const you = longestNonOverlapping(findPhrases(readers, f))
    .filter(
      (m) =>
        (!m.tag.cased || casedInSentence(f.text, m.span.start)) &&
        !conditionalBefore(f, m.from) &&
        !(m.tag.lang === 'de' && lowerSie(f.text, m.span.start, m.span.end)),
    )
    .slice(0, MAX_READERS)
    .map((m): ConceptMatch => ({ kind: 'reader', lang: m.tag.lang, span: m.span }));
  const fights: ConceptMatch[] = [];
  const compounds: ConceptMatch[] = [];
  for (const m of longestNonOverlapping(findPhrases(missions, f))) {
    if (fights.length + compounds.length >= MAX_PER_KIND) break;
    // A mission and a unit in one word is the unit's name itself (reported as an authority).
    if (unitTail(f, m.to))
      compounds.push({ kind: 'authority', lang: m.tag.lang, span: { start: m.span.start, end: f.end[wordEnd(f, m.to) - 1]! }, unit: true });
    else fights.push({ kind: 'mission', lang: m.tag.lang, span: m.span });
  }
  const signs = currencySigns(f.text);
  // An amount written to the cent (`exact`, pair-only): what the refund lure pairs with.
  const cents = [...out, ...signs]
    .filter((c) => c.kind === 'amount' && toTheCent(f.text, c.span.start, c.span.end))
    .map((c): ConceptMatch => ({ kind: 'exact', lang: c.lang, span: c.span }));
  const extra = [...you, ...fights, ...compounds, ...signs, ...cents];
  const all = extra.length ? [...out, ...extra].sort((a, b) => a.span.start - b.span.start) : out;
  // Pairs whose result pairs again (forbidden content is an offence, which meets a reader word).
  // A pair whose two kinds are not both present costs nothing (most texts hold few of the kinds).
  const present = new Set(all.map((c) => c.kind));
  const run = (list: typeof PAIRS, found: readonly ConceptMatch[]) =>
    list.flatMap((p) =>
      present.has(p.a) && present.has(p.b)
        ? pairs(f.text, found, p.a, p.b, p.makes, p.reach, 'clause' in p).map((c) => (p.a === 'ownasset' ? { ...c, asset: true } : c))
        : [],
    );
  const first = run(FIRST_PAIRS, all);
  for (const c of first) present.add(c.kind);
  const both = first.length ? [...all, ...first].sort((a, b) => a.span.start - b.span.start) : all;
  const paired = run(PAIRS, both);
  return [...out.filter((c) => !PAIR_ONLY.has(c.kind)), ...compounds, ...first.filter((c) => !PAIR_ONLY.has(c.kind)), ...paired].sort(
    (a, b) => a.span.start - b.span.start,
  );
}
