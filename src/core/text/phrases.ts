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
 *
 * Each trie is a few flat integer arrays built from the sorted phrases (the children of a node are
 * consecutive nodes, sorted by code point, found by binary search) rather than a Map per node: the
 * concept lexicons hold ~150,000 nodes, which as Maps took most of the first text's start-up time
 * and ~20 MB of heap, and walked slower.
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

/**
 * A trie as flat arrays; node 0 is the root. Node n's children are the nodes `kids[n]` to
 * `kids[n] + kidCount[n] - 1`, sorted by `label` (the code point on the edge into them); its hits
 * are `hits[hitAt[n]]` to `hits[hitAt[n] + hitCount[n] - 1]`, in the order the phrases were given.
 */
export interface PhraseTrie<T> {
  readonly label: Int32Array;
  readonly kids: Int32Array;
  readonly kidCount: Int32Array;
  readonly hitAt: Int32Array;
  readonly hitCount: Int32Array;
  readonly hits: ReadonlyArray<PhraseHit<T>>;
}

export interface PhraseMatcher<T> {
  readonly atWord: PhraseTrie<T>;
  readonly inWord: PhraseTrie<T>;
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

const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE = /^[\s\p{Z}]$/u;
const DROP = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const MAP: Record<string, string> = { '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u2010': '-', '\u2011': '-' };

/** True when `c` (one code point) is a word character. */
export const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD.test(c);

/** Parse and check one phrase; throws on a malformed phrase (empty, upper case, stray `*`, edges). */
function parse(raw: string): { body: string; chars: string[]; inWord: boolean; openEnd: boolean } {
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
  for (const c of chars) if (FOLDED_AWAY.has(c)) fail('WC_INTERNAL', `phrase holds a character that folding removes: ${JSON.stringify(raw)}`);
  return { body, chars, inWord, openEnd };
}
/** Characters that folding drops or maps, which a phrase therefore cannot hold. */
const FOLDED_AWAY: ReadonlySet<string> = new Set([...DROP, ...Object.keys(MAP)]);

/** Build the matcher. Phrases are checked (see `parse`); a bad phrase throws. */
export function compilePhrases<T>(sources: Iterable<PhraseSource<T>>): PhraseMatcher<T> {
  const atWord: Array<Entry<T>> = [];
  const inWord: Array<Entry<T>> = [];
  let size = 0;
  for (const { phrase, tag } of sources) {
    const p = parse(phrase);
    const cps = new Array<number>(p.chars.length);
    for (let k = 0; k < cps.length; k++) cps[k] = p.chars[k]!.codePointAt(0)!;
    (p.inWord ? inWord : atWord).push({ key: p.body, cps, hit: { tag, phrase, openEnd: p.openEnd } });
    size++;
  }
  return { atWord: buildTrie(atWord), inWord: buildTrie(inWord), size };
}

interface Entry<T> {
  /** The phrase's body as a string (sorted on), and as code points (the trie's edges). */
  key: string;
  cps: number[];
  hit: PhraseHit<T>;
}

/**
 * The trie of `entries`: sorted (stably, so hits of one phrase keep their order), the entries below
 * a node are one range, and its children are allocated together, each taking the sub-range of its
 * code point. A queue of (node, range, depth): linear in the phrases' total length.
 */
function buildTrie<T>(entries: Array<Entry<T>>): PhraseTrie<T> {
  // UTF-16 order: a phrase's prefix comes first and equal prefixes are one range, which is all the
  // grouping needs; a node's children are then put in code-point order (which differs from UTF-16
  // order only between astral and U+E000–U+FFFF characters).
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // At most one node per phrase character, plus the root.
  let max = 1;
  for (const e of entries) max += e.cps.length;
  const label = new Int32Array(max);
  const kids = new Int32Array(max);
  const kidCount = new Int32Array(max);
  const hitAt = new Int32Array(max);
  const hitCount = new Int32Array(max);
  const hits: Array<PhraseHit<T>> = [];
  // Nodes are numbered in breadth-first order; node n's entries are lo[n]..hi[n]-1, which share its
  // path of depth[n] code points.
  const lo = new Int32Array(max);
  const hi = new Int32Array(max);
  const depth = new Int32Array(max);
  hi[0] = entries.length;
  let nodes = 1;
  for (let n = 0; n < nodes; n++) {
    let i = lo[n]!;
    const end = hi[n]!;
    const d = depth[n]!;
    hitAt[n] = hits.length;
    while (i < end && entries[i]!.cps.length === d) hits.push(entries[i++]!.hit);
    hitCount[n] = hits.length - hitAt[n]!;
    kids[n] = nodes;
    while (i < end) {
      const c = entries[i]!.cps[d]!;
      let j = i + 1;
      while (j < end && entries[j]!.cps[d] === c) j++;
      label[nodes] = c;
      lo[nodes] = i;
      hi[nodes] = j;
      depth[nodes] = d + 1;
      nodes++;
      i = j;
    }
    kidCount[n] = nodes - kids[n]!;
    if (kidCount[n]! > 1) sortChildren(label, lo, hi, kids[n]!, kidCount[n]!);
  }
  return {
    label: label.slice(0, nodes),
    kids: kids.slice(0, nodes),
    kidCount: kidCount.slice(0, nodes),
    hitAt: hitAt.slice(0, nodes),
    hitCount: hitCount.slice(0, nodes),
    hits,
  };
}

/**
 * Put `count` sibling nodes from `first` (not yet expanded: only their label and range are set) in
 * code-point order, if UTF-16 order left them otherwise: an insertion sort, as they almost always
 * are in order already.
 */
function sortChildren(label: Int32Array, lo: Int32Array, hi: Int32Array, first: number, count: number): void {
  for (let k = first + 1; k < first + count; k++) {
    const c = label[k]!;
    if (label[k - 1]! <= c) continue;
    const l = lo[k]!;
    const h = hi[k]!;
    let m = k - 1;
    for (; m >= first && label[m]! > c; m--) {
      label[m + 1] = label[m]!;
      lo[m + 1] = lo[m]!;
      hi[m + 1] = hi[m]!;
    }
    label[m + 1] = c;
    lo[m + 1] = l;
    hi[m + 1] = h;
  }
}

/** The child of node `n` on code point `c`, or -1 (binary search: children are sorted). */
function child<T>(t: PhraseTrie<T>, n: number, c: number): number {
  let lo = t.kids[n]!;
  let hi = lo + t.kidCount[n]! - 1;
  const label = t.label;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = label[mid]!;
    if (x === c) return mid;
    if (x < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
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

function walk<T>(t: PhraseTrie<T>, f: FoldedText, codes: Int32Array, s: number, out: Array<PhraseMatch<T>>): void {
  const { word } = f;
  let n = 0;
  for (let e = s; e < codes.length; e++) {
    n = child(t, n, codes[e]!);
    if (n < 0) return;
    const count = t.hitCount[n]!;
    if (count === 0) continue;
    const closed = word[e + 1] !== 1;
    for (let k = t.hitAt[n]!, end = k + count; k < end; k++) {
      const h = t.hits[k]!;
      if (h.openEnd || closed) out.push({ tag: h.tag, phrase: h.phrase, from: s, to: e + 1, span: { start: f.start[s]!, end: f.end[e]! } });
    }
  }
}

/** Every match of every phrase, in order of start, overlapping matches included. */
export function findPhrases<T>(matcher: PhraseMatcher<T>, input: string | FoldedText): Array<PhraseMatch<T>> {
  const f = typeof input === 'string' ? foldText(input) : input;
  const out: Array<PhraseMatch<T>> = [];
  const anyInWord = matcher.inWord.kidCount[0]! > 0;
  // The folded characters as code points, once per call (the tries are keyed by code point); an
  // entry that is not exactly one code point matches no edge (-1).
  const codes = new Int32Array(f.chars.length);
  for (let k = 0; k < codes.length; k++) {
    const ch = f.chars[k]!;
    const cp = ch.codePointAt(0) ?? -1;
    codes[k] = ch.length === (cp > 0xffff ? 2 : 1) ? cp : -1;
  }
  for (let s = 0; s < f.chars.length; s++) {
    if (f.word[s] !== 1) continue;
    if (s === 0 || f.word[s - 1] !== 1) walk(matcher.atWord, f, codes, s, out);
    if (anyInWord) walk(matcher.inWord, f, codes, s, out);
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
