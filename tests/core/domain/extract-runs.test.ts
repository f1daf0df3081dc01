// findAddresses splits the text into runs at white space and at the quotes and brackets around
// addresses, then reads each run alone. The split is one regex search per run (extract.ts); this
// checks it against the definition, one code point at a time, on random texts that mix addresses
// with every kind of break and near-break (Unicode spaces, BOM, NEL, zero-width space, lone surrogates).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../src/core/domain/extract.js';

const BREAKS = new Set([' ', '\t', '\n', '\r', '\f', '\v', '<', '>', '"', '`', '«', '»', '“', '”', '„', '\u00a0', '\u3000', '\u2028', '\u2029']);
const isBreak = (ch: string) => BREAKS.has(ch) || /^\s$/u.test(ch);

/** The runs by definition: maximal stretches of code points that are no break. */
function runs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (isBreak(ch)) {
      if (start >= 0) out.push([start, i]);
      start = -1;
    } else if (start < 0) start = i;
    i += ch.length;
  }
  if (start >= 0) out.push([start, text.length]);
  return out;
}

describe('findAddresses: runs', () => {
  it('reads each run as if it stood alone, on random texts', () => {
    const piece = fc.constantFrom(
      'politiet.no',
      'a@b.no',
      'https://x.no/p',
      'www.gov.uk',
      '.',
      '@',
      'po',
      'лиц',
      '𝓅',
      'hxxp://',
      '[.]',
      ' ',
      '\t',
      '\n',
      '<',
      '»',
      '“',
      '\u00a0',
      '\u2003',
      '\u1680',
      '\u3000',
      '\u2028',
      '\ufeff',
      '\u0085',
      '\u200b',
      '\u180e',
      '\ud800',
      '\udc00',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const whole = findAddresses(text);
        const byRun = runs(text).flatMap(([a, b]) =>
          findAddresses(text.slice(a, b)).map((c) => ({ ...c, span: { start: c.span.start + a, end: c.span.end + a } })),
        );
        expect(whole).toEqual(byRun);
      }),
      { numRuns: 2000 },
    );
  });

  it('breaks at Unicode spaces and the byte-order mark, not at a zero-width space', () => {
    expect(findAddresses('politiet.no\u2003politi.dk\ufeffpolisen.se').map((c) => c.match)).toEqual(['politiet.no', 'politi.dk', 'polisen.se']);
    expect(findAddresses('«politiet.no»').map((c) => c.match)).toEqual(['politiet.no']);
    expect(findAddresses('politiet\u200b.no').length).toBe(1);
  });
});
