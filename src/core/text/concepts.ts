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
 * fine or penalty notice, an accusation aimed at the reader ("you are accused"). Each is a claim
 * and a demand at once.
 */
export const IMPLIED_AUTHORITY_KINDS: ReadonlySet<ConceptKind> = new Set(['proceedings', 'penalty', 'accusation']);

/** Concepts that put pressure on the reader: any one of them next to an authority claim is a scam. */
export const PRESSURE_KINDS: ReadonlySet<ConceptKind> = new Set(['penalty', 'accusation', 'offence', 'proceedings', 'threat', 'deadline', 'payment', 'contact', 'login', 'attachment', 'device-lock']);

export interface ConceptMatch {
  kind: ConceptKind;
  lang: string;
  span: Span;
  /** Authority only: one of the next six words negates ("the police do not …", "die Polizei betont, dass sie … nicht"). */
  negated?: boolean;
}

const NEGATION_WINDOW = 6;
let negators: ReadonlySet<string> | undefined;

/** Is one of the (at most NEGATION_WINDOW) words after folded index `to` a negator, in the same sentence? */
function negatedAfter(f: FoldedText, to: number): boolean {
  const set = (negators ??= new Set(NEGATORS.map((n) => conceptFold(n).chars.join(''))));
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
export function findConcepts(input: string | FoldedText, matcher: PhraseMatcher<Tag> = (compiled ??= compileConcepts())): ConceptMatch[] {
  const f = typeof input === 'string' ? conceptFold(input) : input;
  const out: ConceptMatch[] = [];
  for (const m of longestNonOverlapping(findPhrases(matcher, f))) {
    if (m.tag.kind === 'ignore') continue;
    const c: ConceptMatch = { kind: m.tag.kind, lang: m.tag.lang, span: m.span };
    if (c.kind === 'authority' && negatedAfter(f, m.to)) c.negated = true;
    out.push(c);
  }
  return out;
}
