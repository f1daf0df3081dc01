/**
 * Generic literal multi-phrase matcher: every phrase of a list found on word boundaries, case-folded,
 * with the exact UTF-16 span in the input as given. Same approach as signs.ts, made reusable.
 *
 * Phrase syntax (data, not regex):
 * - a lower-case literal; one space in a phrase matches any run of white space in the text
 *   (line breaks, tabs, NBSP), so wrapped text still matches;
 * - a trailing `*` leaves the end open (a stem: `svindel*` matches "svindelforsøk", "svindelen");
 * - a leading `*` lets the phrase start inside a word (a compound tail: `*betrug*` matches
 *   "Internetbetrug", "Betrugsmasche").
 * Without `*` a phrase must start and end on a word boundary (letters, marks and digits are word
 * characters; apostrophes and hyphens are not).
 *
 * Folding: per code point lower case; curly apostrophes (’ ‘ ʼ) become ', Unicode hyphens (U+2010,
 * U+2011) become -, soft hyphens and zero-width characters are dropped, and each run of white space
 * becomes one space. Accents are kept (matching is accent-sensitive).
 *
 * Linear time by construction, no regular expression over the input: the phrases form two tries
 * (word-start phrases and in-word phrases), walked from each word start, respectively each word
 * character, for at most the depth of the trie: O(n · longest phrase).
 */
import { fail } from '../errors.js';
import type { Span } from '../verdict.js';

export interface PhraseSource<T> {
  /** Phrase in the syntax above. */
  phrase: string;
  /** Caller's data, returned with every match. */
  tag: T;
}

export interface PhraseHit<T> {
  tag: T;
  phrase: string;
  openEnd: boolean;
}

export interface PhraseNode<T> {
  next: Map<string, PhraseNode<T>>;
  hits: Array<PhraseHit<T>>;
}

export interface PhraseMatcher<T> {
  readonly atWord: PhraseNode<T>;
  readonly inWord: PhraseNode<T>;
  readonly size: number;
}

/** A text folded for matching, with the origin of every folded character. */
export interface FoldedText {
  readonly text: string;
  /** One folded code point per entry. */
  readonly chars: string[];
  /** UTF-16 start and end in `text` of the code point each folded character came from. */
  readonly start: number[];
  readonly end: number[];
  /** 1 where the folded character is a word character (letter, mark, digit). */
  readonly word: Uint8Array;
  /** For folded spaces: how many line breaks the white-space run held (capped at 255). */
  readonly newlines: Uint8Array;
}

export interface PhraseMatch<T> {
  tag: T;
  /** The phrase as written in the data (with its `*`). */
  phrase: string;
  /** Half-open range of folded character indices. */
  from: number;
  to: number;
  /** UTF-16 span in the text as given. */
  span: Span;
}

const node = <T>(): PhraseNode<T> => ({ next: new Map(), hits: [] });
const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^[\s\p{Z}]$/u;
const DROP = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const MAP: Record<string, string> = { '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2010': '-', '\u2011': '-' };

/** True when `c` (one code point) is a word character. */
export const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD.test(c);

/** Parse and check one phrase; throws on a malformed phrase (empty, upper case, stray `*`, edges). */
function parse(raw: string): { chars: string[]; inWord: boolean; openEnd: boolean } {
  let body = raw;
  const inWord = body.startsWith('*');
  if (inWord) body = body.slice(1);
  const openEnd = body.endsWith('*');
  if (openEnd) body = body.slice(0, -1);
  const chars = [...body];
  if (chars.length === 0) fail('WC_INTERNAL', `empty phrase: ${JSON.stringify(raw)}`);
  if (body !== body.toLowerCase()) fail('WC_INTERNAL', `phrase not lower case: ${JSON.stringify(raw)}`);
  if (body.includes('*')) fail('WC_INTERNAL', `'*' only at either end: ${JSON.stringify(raw)}`);
  if (body !== body.trim() || /\s\s|[\t\n\r\u00a0]/u.test(body)) fail('WC_INTERNAL', `bad white space: ${JSON.stringify(raw)}`);
  if (!isWordChar(chars[0]) || !isWordChar(chars[chars.length - 1]))
    fail('WC_INTERNAL', `phrase must start and end with a letter or digit: ${JSON.stringify(raw)}`);
  for (const c of chars) if (DROP.has(c) || c in MAP) fail('WC_INTERNAL', `phrase holds a character that folding removes: ${JSON.stringify(raw)}`);
  return { chars, inWord, openEnd };
}

/** Build the matcher. Phrases are checked (see `parse`); a bad phrase throws. */
export function compilePhrases<T>(sources: Iterable<PhraseSource<T>>): PhraseMatcher<T> {
  const atWord = node<T>();
  const inWord = node<T>();
  let size = 0;
  for (const { phrase, tag } of sources) {
    const p = parse(phrase);
    let n = p.inWord ? inWord : atWord;
    for (const c of p.chars) {
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = node<T>()));
      n = m;
    }
    n.hits.push({ tag, phrase, openEnd: p.openEnd });
    size++;
  }
  return { atWord, inWord, size };
}

/** Fold `text` for matching (see the module comment), keeping where each character came from. */
export function foldText(text: string): FoldedText {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const nl: number[] = [];
  let i = 0;
  for (const cp of text) {
    const at = i;
    i += cp.length;
    const c0 = cp.charCodeAt(0);
    // ASCII fast path (most of any text): no regular expression, no map look-up per character.
    if (c0 < 0x80 && c0 !== 0x20 && (c0 < 0x09 || c0 > 0x0d)) {
      chars.push(c0 >= 0x41 && c0 <= 0x5a ? String.fromCharCode(c0 + 32) : cp);
      start.push(at);
      end.push(i);
      nl.push(0);
      continue;
    }
    if (DROP.has(cp)) continue;
    if (SPACE.test(cp)) {
      const isNl = cp === '\n' || cp === '\u2028' || cp === '\u2029' ? 1 : 0;
      const last = chars.length - 1;
      if (last >= 0 && chars[last] === ' ') {
        end[last] = i;
        nl[last] = Math.min(255, nl[last]! + isNl);
      } else {
        chars.push(' ');
        start.push(at);
        end.push(i);
        nl.push(isNl);
      }
      continue;
    }
    const mapped = MAP[cp];
    for (const c of mapped ?? cp.toLowerCase()) {
      chars.push(c);
      start.push(at);
      end.push(i);
      nl.push(0);
    }
  }
  const word = new Uint8Array(chars.length);
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k]!;
    const x = c.charCodeAt(0);
    word[k] = c.length === 1 && x < 0x80 ? ((x >= 0x61 && x <= 0x7a) || (x >= 0x30 && x <= 0x39) ? 1 : 0) : isWordChar(c) ? 1 : 0;
  }
  return { text, chars, start, end, word, newlines: Uint8Array.from(nl) };
}

function walk<T>(root: PhraseNode<T>, f: FoldedText, s: number, out: Array<PhraseMatch<T>>): void {
  const { chars, word } = f;
  let n: PhraseNode<T> | undefined = root;
  for (let e = s; e < chars.length; e++) {
    n = n.next.get(chars[e]!);
    if (!n) return;
    if (n.hits.length === 0) continue;
    const closed = word[e + 1] !== 1;
    for (const h of n.hits) {
      if (h.openEnd || closed) out.push({ tag: h.tag, phrase: h.phrase, from: s, to: e + 1, span: { start: f.start[s]!, end: f.end[e]! } });
    }
  }
}

/** Every match of every phrase, in order of start, overlapping matches included. */
export function findPhrases<T>(matcher: PhraseMatcher<T>, input: string | FoldedText): Array<PhraseMatch<T>> {
  const f = typeof input === 'string' ? foldText(input) : input;
  const out: Array<PhraseMatch<T>> = [];
  const anyInWord = matcher.inWord.next.size > 0;
  for (let s = 0; s < f.chars.length; s++) {
    if (f.word[s] !== 1) continue;
    if (s === 0 || f.word[s - 1] !== 1) walk(matcher.atWord, f, s, out);
    if (anyInWord) walk(matcher.inWord, f, s, out);
  }
  return out;
}

/**
 * Leftmost-longest selection: sorted by start, the longest match at each start wins, and a match
 * overlapping one already kept is dropped. Of equal ranges the first found is kept.
 */
export function longestNonOverlapping<T>(matches: ReadonlyArray<PhraseMatch<T>>): Array<PhraseMatch<T>> {
  const sorted = matches
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.from - b.m.from || b.m.to - a.m.to || a.i - b.i)
    .map((x) => x.m);
  const out: Array<PhraseMatch<T>> = [];
  let lastTo = -1;
  for (const m of sorted) {
    if (m.from >= lastTo) {
      out.push(m);
      lastTo = m.to;
    }
  }
  return out;
}
