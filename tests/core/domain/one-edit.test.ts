// oneEdit (edit.ts) is the one-pass check the lookalike rule "one edit of a long organisation label
// under another suffix" runs for every host; it must answer exactly as the bounded table does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEdits, oneEdit } from '../../../src/core/domain/edit.js';

const viaTable = (a: string, b: string) => {
  const r = boundedEdits(a, b, 1);
  return r && r.distance === 1 ? (r.transposition ? 'transposition' : 'one-edit') : null;
};

describe('oneEdit', () => {
  it('names the edit of hand-picked pairs', () => {
    expect(oneEdit('skatteverket', 'skateverket')).toBe('one-edit'); // deletion
    expect(oneEdit('belastingdienst', 'belastingdiesnt')).toBe('transposition');
    expect(oneEdit('politiet', 'politiét')).toBe('one-edit'); // a substitution of one code point
    expect(oneEdit('politiet', 'politiet')).toBeNull();
    expect(oneEdit('politiet', 'poltiiet')).toBe('transposition');
    expect(oneEdit('politiet', 'pilotiet')).toBeNull(); // a swap at a distance is two edits
    expect(oneEdit('police', 'policeee')).toBeNull();
    expect(oneEdit('𝓅olice', 'police')).toBe('one-edit'); // one code point, two UTF-16 units
  });

  it('agrees with boundedEdits(a, b, 1) on random pairs and on near neighbours', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'é', '𝓅');
    // Labels are never empty (boundedEdits's table answers null for one letter against none).
    const word = fc.array(alphabet, { minLength: 1, maxLength: 9 }).map((a) => a.join(''));
    fc.assert(
      fc.property(word, word, (a, b) => oneEdit(a, b) === viaTable(a, b)),
      { numRuns: 3000 },
    );
    // Neighbours: one random edit applied to a word (random pairs are seldom within one edit).
    const edited = fc
      .tuple(word, fc.nat(), alphabet, fc.constantFrom('sub', 'ins', 'del', 'swap'))
      .map(([w, n, ch, op]) => {
        const x = [...w];
        const i = x.length ? n % x.length : 0;
        if (op === 'sub' && x.length) x[i] = ch;
        if (op === 'ins') x.splice(i, 0, ch);
        if (op === 'del') x.splice(i, 1);
        if (op === 'swap' && i + 1 < x.length) [x[i], x[i + 1]] = [x[i + 1]!, x[i]!];
        return [w, x.join('')] as const;
      })
      .filter(([, b]) => b.length > 0);
    fc.assert(
      fc.property(edited, ([a, b]) => oneEdit(a, b) === viaTable(a, b)),
      { numRuns: 3000 },
    );
  });
});
