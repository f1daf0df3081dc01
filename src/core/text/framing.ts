/**
 * Framing: does a text warn ABOUT a police-impersonation scam (an official warning that quotes the
 * scam's wording) rather than BE the scam? Scam-sign phrases (signs.ts) fire on both; framing cues
 * are what warnings say and the scams themselves do not. Phrase lists per language are data in
 * src/core/text/framing/ (26 languages); matching is the linear trie matcher of phrases.ts.
 *
 * Cue kinds (framing/types.ts): names-fraud ("scam", "Betrug", "svindel*"), perpetrator
 * ("fraudsters", "oszuści"), reported (third-person framing: "the e-mail claims", "recipients",
 * "such e-mails", "pretending to be"), warning ("police warn of", "advarer"), advice (self-defeating
 * imperatives: "do not pay", "delete it", "report it to"), disclaimer ("police will never ask",
 * "does not send", "is not from").
 *
 * THE RULE. `aboutScam` is true iff, after the filters below,
 *   (1) the first occurrences of the cue kinds lie in at least two different sentences, and
 *   (2) at least one cue is of a core kind: reported, advice or disclaimer.
 * So at least two kinds, introduced by two different sentences, one of them core.
 * Filters, in order:
 *   - overlapping matches: leftmost-longest wins ("do not reply to" over a shorter cue inside it);
 *     of equal ranges (a word in several lists) the language with most matches in the text wins;
 *   - negation: a names-fraud, perpetrator or advice cue is dropped when one of the three words
 *     before it in the same clause is a negator of any language ("not a scam", "kein Betrug", "no es
 *     una estafa", "n'est pas une arnaque", "tämä ei ole huijaus", "do not ignore it", "do not
 *     contact your local police") and the words between are short (≤ 4 letters: articles,
 *     copulas). A negator inside another cue ("do not pay the scammers", "ikke svar og ikke
 *     betal") does not count;
 *   - conditions: an advice cue right after a subject pronoun, "if" or a relative pronoun of its
 *     language is a condition, not advice ("If you do not pay, …", "si vous ne répondez pas",
 *     "caso não responda") and is dropped. Scams say this all the time.
 * Sentences end at . ! ? … followed by white space and not by a lower-case letter, and at a blank
 * line; a single line break, ":" and ";" do not end a sentence.
 *
 * Why this shape (anti-evasion): a scam mail that wants to look legitimate adds a line such as
 * "This is not a scam", "Beware of fraudsters impersonating the police" or "Do not reply to any
 * other address". A negated cue counts for nothing; one sentence, however many cues it packs,
 * introduces its kinds in one sentence only and never meets (1); repeating a sentence or
 * rephrasing it with cues of the same kinds adds no kind and so no second sentence; and the kinds a
 * fraud pretext uses on its own account (safe-account and recovery scams speak of "fraud" and
 * "fraudsters"; scams open with "beware") never meet (2) alone. A scammer who writes two
 * deliberate warning sentences of different kinds, one of them self-defeating advice or a
 * disclaimer, can still set the flag: the flag is a framing signal for the verdict logic, not a
 * verdict, and must not override hard evidence (a payment demand, a lookalike sender).
 *
 * Linear time: one fold, one trie walk (O(n · longest phrase)), a sort of the matches
 * (O(m log m)), and a bounded look-back of at most 64 characters per negatable cue. No regular
 * expression runs over the input (only one-character class tests per code point, as in signs.ts).
 */
import type { Span } from '../verdict.js';
import { FRAMING_LANGUAGES } from './framing/index.js';
import type { FramingKind, FramingPatterns } from './framing/types.js';
import { compilePhrases, findPhrases, foldText, longestNonOverlapping, type FoldedText, type PhraseMatcher } from './phrases.js';

export type { FramingKind, FramingPatterns } from './framing/types.js';
export { FRAMING_KINDS } from './framing/types.js';

export interface FramingCue {
  kind: FramingKind;
  /** The phrase as written in the data (a trailing or leading `*` marks a stem). */
  phrase: string;
  lang: string;
  /** UTF-16 span in the text as given. */
  span: Span;
}

export interface Framing {
  /** True when the text reads as a warning about a scam (THE RULE above). */
  aboutScam: boolean;
  /** Every counted cue (overlaps resolved, negated cues left out), in text order. */
  cues: FramingCue[];
}

/** Kinds a scam does not use on its own account; rule (2) needs one. */
export const CORE_FRAMING_KINDS: readonly FramingKind[] = ['reported', 'advice', 'disclaimer'];
const CORE = new Set<FramingKind>(CORE_FRAMING_KINDS);
/** Kinds that "not …" turns around ("not a scam", "we are no fraudsters", "do not ignore it"). */
const NEGATABLE = new Set<FramingKind>(['names-fraud', 'perpetrator', 'advice']);

const TERMINATORS = new Set(['.', '!', '?', '\u2026']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u201c', '\u00bb', '\u00ab', ')', ']']);
const SKIP_BACK = new Set([' ', '"', "'", '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);
const LOOK_BACK = 64;

export interface FramingTag {
  kind: FramingKind;
  lang: string;
}

export interface CompiledFraming {
  matcher: PhraseMatcher<FramingTag>;
  negators: Set<string>;
  notImperativeAfter: Map<string, Set<string>>;
}

/** Compile the lists (exported for tests that check other data; the default is built once at load). */
export function compileFraming(langs: readonly FramingPatterns[] = FRAMING_LANGUAGES): CompiledFraming {
  const sources: Array<{ phrase: string; tag: FramingTag }> = [];
  const negators = new Set<string>();
  const notImperativeAfter = new Map<string, Set<string>>();
  for (const l of langs) {
    for (const [kind, phrases] of Object.entries(l.cues) as Array<[FramingKind, string[]]>)
      for (const phrase of phrases) sources.push({ phrase, tag: { kind, lang: l.lang } });
    for (const n of l.negators) negators.add(n);
    notImperativeAfter.set(l.lang, new Set(l.notImperativeAfter));
  }
  return { matcher: compilePhrases(sources), negators, notImperativeAfter };
}

// Built once at module load (a few ms): a constant, so the core keeps no mutable state.
const COMPILED: CompiledFraming = compileFraming();

function isLowerLetterAt(f: FoldedText, k: number): boolean {
  const cp = f.text.codePointAt(f.start[k]!);
  if (cp === undefined) return false;
  const c = String.fromCodePoint(cp);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Sentence number of every folded character. */
function sentences(f: FoldedText): Int32Array {
  const n = f.chars.length;
  const breakAfter = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = f.chars[i]!;
    if (c === ' ') {
      if (f.newlines[i]! >= 2) breakAfter[i] = 1;
    } else if (TERMINATORS.has(c)) {
      let j = i + 1;
      while (j < n && CLOSERS.has(f.chars[j]!)) j++;
      if (j < n && f.chars[j] === ' ' && !(j + 1 < n && isLowerLetterAt(f, j + 1))) breakAfter[j] = 1;
    }
  }
  const id = new Int32Array(n);
  let cur = 0;
  for (let i = 0; i < n; i++) {
    id[i] = cur;
    if (breakAfter[i]) cur++;
  }
  return id;
}

/** The word right before folded index `from` (skipping white space and quotes), or '' at punctuation. */
function wordBefore(f: FoldedText, from: number): string {
  const limit = Math.max(0, from - LOOK_BACK);
  let i = from - 1;
  while (i >= limit && SKIP_BACK.has(f.chars[i]!)) {
    if (f.chars[i] === ' ' && f.newlines[i]! >= 2) return '';
    i--;
  }
  const end = i + 1;
  while (i >= limit && (f.word[i] === 1 || f.chars[i] === "'")) i--;
  return f.chars.slice(i + 1, end).join('');
}

/** Is the cue starting at folded index `from` negated by one of the three words before it? */
function negated(f: FoldedText, from: number, covered: Uint8Array, negators: Set<string>): boolean {
  const limit = Math.max(0, from - LOOK_BACK);
  let i = from - 1;
  for (let tokens = 0; tokens < 3; tokens++) {
    while (i >= limit && SKIP_BACK.has(f.chars[i]!)) {
      if (f.chars[i] === ' ' && f.newlines[i]! >= 2) return false;
      i--;
    }
    const end = i + 1;
    while (i >= limit && (f.word[i] === 1 || f.chars[i] === "'")) i--;
    const start = i + 1;
    if (start === end) return false; // punctuation or the look-back limit: the clause ends here
    const token = f.chars.slice(start, end).join('');
    if (negators.has(token) && covered[start] !== 1) return true;
    if (end - start > 4) return false;
  }
  return false;
}

export function detectFraming(text: string, folded?: FoldedText): Framing {
  const { matcher, negators, notImperativeAfter } = COMPILED;
  const f = folded ?? foldText(text);
  const all = findPhrases(matcher, f);
  const perLang = new Map<string, number>();
  for (const m of all) perLang.set(m.tag.lang, (perLang.get(m.tag.lang) ?? 0) + 1);
  const byLang = all
    .map((m, i) => ({ m, i, w: perLang.get(m.tag.lang)! }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .map((x) => x.m);
  const kept = longestNonOverlapping(byLang);
  const covered = new Uint8Array(f.chars.length);
  for (const m of kept) covered.fill(1, m.from, m.to);
  const sentenceOf = sentences(f);

  const cues: FramingCue[] = [];
  const firstSentence = new Map<FramingKind, number>();
  for (const m of kept) {
    if (NEGATABLE.has(m.tag.kind) && negated(f, m.from, covered, negators)) continue;
    if (m.tag.kind === 'advice' && notImperativeAfter.get(m.tag.lang)?.has(wordBefore(f, m.from))) continue;
    cues.push({ kind: m.tag.kind, phrase: m.phrase, lang: m.tag.lang, span: m.span });
    if (!firstSentence.has(m.tag.kind)) firstSentence.set(m.tag.kind, sentenceOf[m.from]!);
  }
  const introducedIn = new Set(firstSentence.values());
  const hasCore = [...firstSentence.keys()].some((k) => CORE.has(k));
  return { aboutScam: introducedIn.size >= 2 && hasCore, cues };
}
