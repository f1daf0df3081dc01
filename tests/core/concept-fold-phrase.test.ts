// conceptFoldPhrase takes two shortcuts (plain ASCII words, Latin words with diacritics): each must
// give exactly what the full concept fold gives, on every lexicon phrase and on random phrases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conceptFold, conceptFoldPhrase } from '../../src/core/text/concept-fold.js';
import { CONCEPT_LEXICONS, NEGATORS, CONDITIONALS } from '../../src/core/text/concepts/lexicon.js';

/** The phrase through the full fold (concept-fold.ts before the shortcuts). */
function fullFold(phrase: string): string {
  const lead = phrase.startsWith('*') ? '*' : '';
  const trail = phrase.length > 1 && phrase.endsWith('*') ? '*' : '';
  const body = phrase.slice(lead.length, phrase.length - trail.length);
  return lead + conceptFold(body).chars.join('').trim() + trail;
}

describe('conceptFoldPhrase', () => {
  it('folds every lexicon phrase as the full concept fold does', () => {
    const all = CONCEPT_LEXICONS.flatMap((l) => [
      ...Object.values(l.concepts).flat(),
      ...(l.ignore ?? []),
      ...(l.casedReader ?? []),
      ...(l.casedAuthority ?? []),
    ]);
    expect(all.length).toBeGreaterThan(10_000);
    for (const p of [...all, ...NEGATORS, ...CONDITIONALS]) expect(conceptFoldPhrase(p), p).toBe(fullFold(p));
  });

  it('folds random phrases as the full concept fold does', () => {
    // Letters the shortcuts take (ASCII, Latin with diacritics, æ þ ß, a ligature, ª) and ones they
    // must leave to the full fold (capitals, digits, other scripts, a lone mark, single letters).
    const ch = fc.constantFrom('a', 'e', 'o', 'l', 'é', 'ø', 'æ', 'þ', 'ß', 'ﬀ', 'ª', 'Č', 'İ', '0', '1', 'о', 'α', '\u0301', ' ', '  ', '-', "'", '.');
    fc.assert(
      fc.property(fc.array(ch, { minLength: 1, maxLength: 14 }), fc.boolean(), fc.boolean(), (cs, lead, trail) => {
        const p = `${lead ? '*' : ''}${cs.join('')}${trail ? '*' : ''}`;
        expect(conceptFoldPhrase(p)).toBe(fullFold(p));
      }),
      { numRuns: 2000 },
    );
  });
});
