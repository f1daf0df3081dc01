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
import { CONCEPT_LEXICONS, NEGATORS, type ConceptKind, type ConceptLexicon } from './concepts/lexicon.js';
import { compilePhrases, findPhrases, longestNonOverlapping, type FoldedText, type PhraseMatcher, type PhraseSource } from './phrases.js';

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
]);

export interface ConceptMatch {
  kind: ConceptKind;
  lang: string;
  span: Span;
  /** Authority only: one of the next six words negates ("the police do not …", "die Polizei betont, dass sie … nicht"). */
  negated?: boolean;
  /** Authority only: the word was disguised (leetspeak digits, letters of another script, spaced letters): evasion, which no genuine sender needs. */
  obfuscated?: boolean;
}

const NEGATION_WINDOW = 6;
/** Matches kept per concept kind (analyze.ts reports at most 16 of them). */
const MAX_PER_KIND = 64;
/** The negators in the concept fold (built once at module load: src/core stays free of mutable module state). */
const NEGATOR_SET: ReadonlySet<string> = new Set(NEGATORS.map((n) => conceptFold(n).chars.join('')));

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
    let word = '';
    for (let k = 0; i >= 0 && f.word[i] === 1 && k < 32; i--, k++) word = f.chars[i]! + word;
    while (i >= 0 && f.word[i] === 1) i--;
    if (word === '') return false;
    if (set.has(word)) return true;
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
    let word = '';
    for (let n = 0; i < f.chars.length && f.word[i] === 1 && n < 32; i++, n++) word += f.chars[i];
    while (i < f.chars.length && f.word[i] === 1) i++;
    if (word === '') return false;
    if (set.has(word) || (f.chars[i] === "'" && set.has(word + "'"))) return true;
  }
  return false;
}

/** `literal`: the lexicon word holds digits itself (`ec3`), so digits in the text are not a disguise. */
type Tag = { kind: ConceptKind | 'ignore'; lang: string; literal?: true };

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
    for (const phrase of new Set([folded, folded.replace(/\*/g, '').length >= 6 ? folded.replace(/l/g, 'i') : folded])) {
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
  }
  return compilePhrases(sources);
}

/** The lexicons compiled once, at module load (pure: a constant, not a lazily filled cache). */
const COMPILED: PhraseMatcher<Tag> = compileConcepts();
/**
 * The words addressing the reader, matched on their own: they often sit inside a longer phrase of
 * another concept ("your IP address", "votre famille") that the leftmost-longest choice would keep
 * instead of them.
 */
const READERS: PhraseMatcher<Tag> = compileConcepts(CONCEPT_LEXICONS, (k) => k === 'reader');
/** Reader words kept per text: "you" is frequent, and each offence pairs with the nearest one. */
const MAX_READERS = 4096;

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
const PAIRS: ReadonlyArray<{ a: ConceptKind; b: ConceptKind; makes: ConceptKind; reach: number }> = [
  { a: 'device', b: 'lock', makes: 'device-lock', reach: 80 },
  { a: 'offence', b: 'reader', makes: 'accusation', reach: 80 },
  { a: 'inquiry', b: 'reader', makes: 'proceedings', reach: 60 },
  { a: 'penalty', b: 'reader', makes: 'payment', reach: 60 },
];
/** Kinds that count only inside a pair and are never reported alone. */
const PAIR_ONLY: ReadonlySet<ConceptKind> = new Set(['device', 'lock', 'reader', 'inquiry']);

function pairs(text: string, found: readonly ConceptMatch[], a: ConceptKind, b: ConceptKind, makes: ConceptKind, reach: number): ConceptMatch[] {
  // `found` is in text order: remember the last `a` seen, and pair each `b` with the nearest `a`
  // before it or the first one after it (one pass each way, so linear).
  const out: ConceptMatch[] = [];
  const near = (x: ConceptMatch, y: ConceptMatch) =>
    Math.abs(x.span.start - y.span.start) <= reach && !/[.!?\n]/.test(text.slice(Math.min(x.span.end, y.span.end), Math.max(x.span.start, y.span.start)));
  let last: ConceptMatch | undefined;
  const paired = new Set<ConceptMatch>();
  for (const c of found) {
    if (c.kind === a) last = c;
    else if (c.kind === b && last && near(last, c)) {
      paired.add(c);
      out.push({ kind: makes, lang: last.lang, span: { start: last.span.start, end: c.span.end } });
    }
  }
  let next: ConceptMatch | undefined;
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i]!;
    if (c.kind === a) next = c;
    else if (c.kind === b && !paired.has(c) && next && near(next, c))
      out.push({ kind: makes, lang: next.lang, span: { start: c.span.start, end: next.span.end } });
  }
  return out;
}

/** Every concept found in the text (or a text already concept-folded), one per span, in text order. */
export function findConcepts(input: string | FoldedText, matcher: PhraseMatcher<Tag> = COMPILED, readers: PhraseMatcher<Tag> = READERS): ConceptMatch[] {
  const f = typeof input === 'string' ? conceptFold(input) : input;
  const out: ConceptMatch[] = [];
  const perKind = new Map<string, number>();
  for (const m of longestNonOverlapping(findPhrases(matcher, f))) {
    if (m.tag.kind === 'ignore') continue;
    // The verdict needs only which kinds occur (and up to three offence terms); past MAX_PER_KIND
    // matches of a kind, more cannot change it, so a text of one word repeated stops costing.
    const seen = perKind.get(m.tag.kind) ?? 0;
    if (seen >= MAX_PER_KIND) continue;
    perKind.set(m.tag.kind, seen + 1);
    const c: ConceptMatch = { kind: m.tag.kind, lang: m.tag.lang, span: m.span };
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
    .slice(0, MAX_READERS)
    .map((m): ConceptMatch => ({ kind: 'reader', lang: m.tag.lang, span: m.span }));
  const all = you.length ? [...out, ...you].sort((a, b) => a.span.start - b.span.start) : out;
  const paired = PAIRS.flatMap((p) => pairs(f.text, all, p.a, p.b, p.makes, p.reach));
  return [...out.filter((c) => !PAIR_ONLY.has(c.kind)), ...paired].sort((a, b) => a.span.start - b.span.start);
}
