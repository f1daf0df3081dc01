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
import { conceptFold, conceptFoldPhrase } from './concept-fold.js';
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
export const PRESSURE_KINDS: ReadonlySet<ConceptKind> = new Set(['overdue', 'accusation', 'offence', 'proceedings', 'threat', 'deadline', 'payment', 'contact', 'login', 'attachment', 'device-lock']);

export interface ConceptMatch {
  kind: ConceptKind;
  lang: string;
  span: Span;
  /** Authority only: one of the next six words negates ("the police do not …", "die Polizei betont, dass sie … nicht"). */
  negated?: boolean;
}

const NEGATION_WINDOW = 6;
/** Matches kept per concept kind (analyze.ts reports at most 16 of them). */
const MAX_PER_KIND = 64;
let negators: ReadonlySet<string> | undefined;
const negatorSet = (): ReadonlySet<string> => (negators ??= new Set(NEGATORS.map((n) => conceptFold(n).chars.join(''))));

/** Is one of the (at most NEGATION_WINDOW) words after folded index `to` a negator, in the same sentence? */
/** Kinds a negator right before turns around ("do not pay", "this is not a fraud", "ne kattintson"). */
const NEGATABLE: ReadonlySet<string> = new Set([...PRESSURE_KINDS, 'disclaimer', 'device', 'lock'].filter((k) => k !== 'overdue')); // "not yet paid" is the overdue concept itself

/** Is one of the (at most `n`) words before folded index `from` a negator, in the same sentence? */
function negatedBefore(f: FoldedText, from: number, n: number): boolean {
  const set = negatorSet();
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
  const set = negatorSet();
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

type Tag = { kind: ConceptKind | 'ignore'; lang: string };

export function compileConcepts(lexicons: readonly ConceptLexicon[] = CONCEPT_LEXICONS): PhraseMatcher<Tag> {
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
    for (const [kind, phrases] of Object.entries(l.concepts) as Array<[ConceptKind, string[]]>) for (const p of phrases) add(p, { kind, lang: l.lang });
    for (const p of l.ignore ?? []) add(p, { kind: 'ignore', lang: l.lang });
  }
  return compilePhrases(sources);
}

let compiled: PhraseMatcher<Tag> | undefined;

/** Every concept found in the text (or a text already concept-folded), one per span, in text order. */
/** A device noun and a lock word in one sentence, at most this many characters apart, are a locked device. */
const DEVICE_LOCK_REACH = 80;

function deviceLocks(text: string, found: readonly ConceptMatch[]): ConceptMatch[] {
  // `found` is in text order: remember the last device seen, and pair each lock with the nearest
  // device before it or the first one after it (one pass each way, so linear).
  const out: ConceptMatch[] = [];
  const near = (d: ConceptMatch, l: ConceptMatch) =>
    Math.abs(d.span.start - l.span.start) <= DEVICE_LOCK_REACH && !/[.!?\n]/.test(text.slice(Math.min(d.span.end, l.span.end), Math.max(d.span.start, l.span.start)));
  let last: ConceptMatch | undefined;
  const paired = new Set<ConceptMatch>();
  for (const c of found) {
    if (c.kind === 'device') last = c;
    else if (c.kind === 'lock' && last && near(last, c)) {
      paired.add(c);
      out.push({ kind: 'device-lock', lang: c.lang, span: { start: last.span.start, end: c.span.end } });
    }
  }
  let next: ConceptMatch | undefined;
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i]!;
    if (c.kind === 'device') next = c;
    else if (c.kind === 'lock' && !paired.has(c) && next && near(next, c)) out.push({ kind: 'device-lock', lang: c.lang, span: { start: c.span.start, end: next.span.end } });
  }
  return out;
}

export function findConcepts(input: string | FoldedText, matcher: PhraseMatcher<Tag> = (compiled ??= compileConcepts())): ConceptMatch[] {
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
    if (NEGATABLE.has(c.kind) && !negatorSet().has(f.chars.slice(m.from, m.to).join('')) && negatedBefore(f, m.from, 2)) continue;
    // Only a negation after the authority: one before it is as often a scam's own isolation line
    // ("do not call the police") as a warning's.
    if (c.kind === 'authority' && negatedAfter(f, m.to)) c.negated = true;
    out.push(c);
  }
  // Devices and lock words only count together (the page marks the whole stretch).
  const locks = deviceLocks(f.text, out);
  return [...out.filter((c) => c.kind !== 'device' && c.kind !== 'lock'), ...locks].sort((a, b) => a.span.start - b.span.start);
}
