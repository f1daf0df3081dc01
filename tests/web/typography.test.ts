// French typography in the fr catalog: a narrow no-break space (U+202F) before ? ! ; : and », and
// after «, everywhere, so that a phone never breaks the line before the mark. (One kind of space
// throughout: U+202F, as CLDR's French data uses.)
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/web/i18n/index.js';

const NNBSP = '\u202f';

function strings(o: unknown, path = ''): Array<[string, string]> {
  if (typeof o === 'string') return [[path, o]];
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** Every place in `s` where French typography wants U+202F and has something else. */
function frenchSpacingFaults(s: string): string[] {
  const faults: string[] = [];
  for (const m of s.matchAll(/[?!;:»]/g)) {
    const i = m.index;
    // A colon in an address (https://) or a time (10:30) is not a punctuation mark.
    if (m[0] === ':' && /^:(?:\/\/|\d)/.test(s.slice(i))) continue;
    if (s[i - 1] !== NNBSP) faults.push(s.slice(Math.max(0, i - 12), i + 1));
  }
  for (const m of s.matchAll(/«/g)) if (s[m.index + 1] !== NNBSP) faults.push(s.slice(m.index, m.index + 12));
  return faults;
}

describe('French typography', () => {
  it('the checker finds a plain, a no-break and a missing space, and passes U+202F', () => {
    expect(frenchSpacingFaults('Vraiment ? Oui : « non »')).toHaveLength(4);
    expect(frenchSpacingFaults('Vraiment\u00a0!')).toHaveLength(1);
    expect(frenchSpacingFaults('Vraiment!')).toHaveLength(1);
    expect(frenchSpacingFaults(`Vraiment${NNBSP}? « non${NNBSP}» https://x.fr 10:30`)).toHaveLength(1);
    expect(frenchSpacingFaults(`Vraiment${NNBSP}? «${NNBSP}non${NNBSP}»${NNBSP}; a${NNBSP}: b${NNBSP}!`)).toEqual([]);
  });

  it('every string of the fr catalog has a narrow no-break space before ? ! ; : » and after «', () => {
    const faults = strings(CATALOGS['fr']).flatMap(([path, s]) => frenchSpacingFaults(s).map((f) => `${path}: ${JSON.stringify(f)}`));
    expect(faults).toEqual([]);
    // and the marks are there to be spaced (the catalog has questions, colons and quotes)
    const all = strings(CATALOGS['fr'])
      .map(([, s]) => s)
      .join('\n');
    for (const mark of ['?', ':', ';', '«', '»']) expect(all).toContain(mark);
  });
});
