// The phrase matcher's flat trie (phrases.ts) against a plain reference: every phrase tried at every
// start, in the order the Map-per-node trie it replaced gave (by start; at-word before in-word; by
// end; phrases ending together in the order given). Random phrase sets and texts over an alphabet
// with accents, a character above the surrogates (U+FF41) and an astral one (U+1D4B6), whose
// UTF-16 and code-point orders differ.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePhrases, findPhrases, foldText, type FoldedText, type PhraseMatch, type PhraseSource } from '../../src/core/text/phrases.js';

function reference<T>(sources: ReadonlyArray<PhraseSource<T>>, f: FoldedText): Array<PhraseMatch<T>> {
  const parsed = sources.map(({ phrase, tag }) => {
    let body = phrase;
    const inWord = body.startsWith('*');
    if (inWord) body = body.slice(1);
    const openEnd = body.endsWith('*');
    if (openEnd) body = body.slice(0, -1);
    return { cps: [...body], inWord, openEnd, tag, phrase };
  });
  const out: Array<PhraseMatch<T>> = [];
  const n = f.chars.length;
  for (let s = 0; s < n; s++) {
    if (f.word[s] !== 1) continue;
    for (const inWord of [false, true]) {
      if (!inWord && s > 0 && f.word[s - 1] === 1) continue;
      const found: Array<PhraseMatch<T>> = [];
      for (const p of parsed) {
        if (p.inWord !== inWord || s + p.cps.length > n || !p.cps.every((c, k) => f.chars[s + k] === c)) continue;
        const e = s + p.cps.length - 1;
        if (p.openEnd || f.word[e + 1] !== 1) found.push({ tag: p.tag, phrase: p.phrase, from: s, to: e + 1, span: { start: f.start[s]!, end: f.end[e]! } });
      }
      out.push(
        ...found
          .map((m, i) => ({ m, i }))
          .sort((a, b) => a.m.to - b.m.to || a.i - b.i)
          .map((x) => x.m),
      );
    }
  }
  return out;
}

const LETTERS = ['a', 'b', 'é', '\uff41', '\u{1d4b6}', '1'];
const letter = fc.constantFrom(...LETTERS);
const word = fc.array(letter, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
const phrase = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean())
  .map(([ws, lead, trail]) => `${lead ? '*' : ''}${ws.join(' ')}${trail ? '*' : ''}`);
const text = fc.array(fc.constantFrom(...LETTERS, 'A', 'É', ' ', '  ', '\n', '.', '-'), { maxLength: 80 }).map((a) => a.join(''));

describe('phrases.ts flat trie', () => {
  it('finds exactly what trying every phrase at every start finds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 30 }), text, (phrases, t) => {
        const sources = phrases.map((p, i) => ({ phrase: p, tag: i }));
        const f = foldText(t);
        expect(findPhrases(compilePhrases(sources), f)).toEqual(reference(sources, f));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a node’s children in code-point order whatever the UTF-16 order (binary search)', () => {
    // U+1D4B6 sorts before U+FF41 in UTF-16 (a surrogate) but after it as a code point.
    const sources = ['\uff41b', '\u{1d4b6}b', 'ab', '\uff41', '\u{1d4b6}'].map((p, i) => ({ phrase: p, tag: i }));
    const m = compilePhrases(sources);
    for (const t of ['\uff41b \u{1d4b6}b ab', '\u{1d4b6} \uff41', 'x \u{1d4b6}b.']) expect(findPhrases(m, t)).toEqual(reference(sources, foldText(t)));
    expect(findPhrases(m, '\u{1d4b6}b').map((x) => x.tag)).toEqual([1]);
  });
});
