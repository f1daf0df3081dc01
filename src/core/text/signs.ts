/**
 * Scam signs in a text: every phrase of the per-language lists (src/core/text/lang, data) found
 * on word boundaries, case-folded, with the exact span in the input as given.
 *
 * Linear time by construction, no regular expression over the input: the phrases form one trie,
 * walked from each word start for at most the longest phrase's length (O(n · longest phrase)).
 * Hand-written because no maintained package does literal multi-phrase matching with Unicode word
 * boundaries and span mapping back through case folding.
 */
import type { Span } from '../verdict.js';
import { LANGUAGES } from './lang/index.js';
import type { LanguagePatterns, SignKind } from './lang/types.js';

export interface SignMatch {
  kind: SignKind;
  lang: string;
  phrase: string;
  /** UTF-16 span in the text as given. */
  span: Span;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hits: Array<{ kind: SignKind; lang: string; phrase: string }>;
}

const node = (): TrieNode => ({ next: new Map(), hits: [] });
const WORD = /^[\p{L}\p{N}]$/u;
const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c);

export function buildTrie(langs: readonly LanguagePatterns[]): TrieNode {
  const root = node();
  for (const l of langs)
    for (const [kind, phrases] of Object.entries(l.signs) as Array<[SignKind, string[]]>)
      for (const phrase of phrases) {
        let n = root;
        for (const c of phrase.toLowerCase()) {
          let m = n.next.get(c);
          if (!m) n.next.set(c, (m = node()));
          n = m;
        }
        n.hits.push({ kind, lang: l.lang, phrase });
      }
  return root;
}

let defaultTrie: TrieNode | undefined;

/** Fold case one code point at a time, remembering where each folded character came from. */
function fold(text: string): { chars: string[]; origin: number[] } {
  const chars: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const cp of text) {
    for (const c of cp.toLowerCase()) {
      chars.push(c);
      origin.push(i);
    }
    i += cp.length;
  }
  origin.push(text.length);
  return { chars, origin };
}

export function findSigns(text: string, trie: TrieNode = (defaultTrie ??= buildTrie(LANGUAGES))): SignMatch[] {
  const { chars, origin } = fold(text);
  const out: SignMatch[] = [];
  for (let s = 0; s < chars.length; s++) {
    if (isWord(chars[s - 1]) || !isWord(chars[s])) continue;
    let n: TrieNode | undefined = trie;
    for (let e = s; e < chars.length && n; e++) {
      n = n.next.get(chars[e]!);
      if (n && n.hits.length && !isWord(chars[e + 1])) {
        const span = { start: origin[s]!, end: origin[e + 1]! };
        for (const h of n.hits) out.push({ ...h, span });
      }
    }
  }
  return out;
}
