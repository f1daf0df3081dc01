/**
 * Scam signs in a text: every phrase of the per-language lists (src/core/text/lang, data) found
 * on word boundaries, case-folded, with the exact span in the input as given.
 *
 * The matching itself is phrases.ts (linear, no regular expression over the input), shared with
 * the framing cues and the lure names, so a text is folded once for all three (analyze.ts).
 */
import type { Span } from '../verdict.js';
import { LANGUAGES } from './lang/index.js';
import type { LanguagePatterns, SignKind } from './lang/types.js';
import { compilePhrases, findPhrases, type FoldedText, type PhraseMatcher } from './phrases.js';

export interface SignMatch {
  kind: SignKind;
  lang: string;
  phrase: string;
  /** UTF-16 span in the text as given. */
  span: Span;
}

/** One matcher over every language's phrases (phrases.ts: literal, case-folded, word-bounded). */
export function compileSigns(langs: readonly LanguagePatterns[]): PhraseMatcher<{ kind: SignKind; lang: string }> {
  return compilePhrases(
    langs.flatMap((l) =>
      (Object.entries(l.signs) as Array<[SignKind, string[]]>).flatMap(([kind, phrases]) => phrases.map((phrase) => ({ phrase, tag: { kind, lang: l.lang } }))),
    ),
  );
}

// Built once at module load (a few ms): a constant, so the core keeps no mutable state.
const DEFAULT_MATCHER: PhraseMatcher<{ kind: SignKind; lang: string }> = compileSigns(LANGUAGES);

/** Every sign phrase in `text` (or in a text already folded by phrases.ts), with its span. */
export function findSigns(text: string | FoldedText, matcher = DEFAULT_MATCHER): SignMatch[] {
  return findPhrases(matcher, text).map((m) => ({ kind: m.tag.kind, lang: m.tag.lang, phrase: m.phrase, span: m.span }));
}
