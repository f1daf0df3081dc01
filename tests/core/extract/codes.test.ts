// Message codes in text: every way people type them, typos, word boundaries, and words that must not match.
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, formatCode, makeCode, parseCode } from '../../../src/core/code.js';
import { CODE_SEPARATORS, findCodes } from '../../../src/core/text/extract/codes.js';
import vectors from '../../vectors/warncheck/v1.json' with { type: 'json' };
import { expectSpans } from './helpers.js';
import { ADVERSARIAL } from './inputs.js';

// The worked example of docs/FORMAT.md §9.
const CODE = vectors.code.normalized; // NO3EF9T535897W
const DISPLAY = vectors.code.display; // NO-3EF9-T535-897W

/** A code with 0 and 1 among its symbols, to type with O, I and L. */
const WITH_01 = makeCode('SE', Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));

function only(text: string) {
  const found = findCodes(text);
  expectSpans(text, found);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('findCodes', () => {
  it('finds the display form with its exact span and normalizes it', () => {
    const text = `Your message code: ${DISPLAY}. Check it at the official site.`;
    const m = only(text);
    expect(m).toEqual({ match: DISPLAY, span: { start: 19, end: 36 }, normalized: CODE, valid: true });
  });

  it.each([
    ['hyphens', 'NO-3EF9-T535-897W'],
    ['spaces', 'NO 3EF9 T535 897W'],
    ['dots', 'NO.3EF9.T535.897W'],
    ['en dashes', 'NO–3EF9–T535–897W'],
    ['em dashes', 'NO—3EF9—T535—897W'],
    ['minus signs', 'NO−3EF9−T535−897W'],
    ['underscores', 'NO_3EF9_T535_897W'],
    ['no-break spaces', 'NO\u00a03EF9\u00a0T535\u00a0897W'],
    ['tabs', 'NO\t3EF9\t T535 897W'],
    ['spaced dashes', 'NO – 3EF9 – T535 – 897W'],
    ['no separators', 'NO3EF9T535897W'],
    ['country apart only', 'NO 3EF9T535897W'],
    ['one separator missing', 'NO-3EF9T535-897W'],
    ['lower case', 'no-3ef9-t535-897w'],
    ['mixed case', 'No-3eF9-T535-897w'],
  ])('with %s', (_, typed) => {
    const text = `Code: ${typed} (from the file)`;
    const m = only(text);
    expect(m.match).toBe(typed);
    expect(m.normalized).toBe(CODE);
    expect(m.valid).toBe(true);
  });

  it('reads O as 0 and I/L as 1, as FORMAT.md §3.3 says', () => {
    expect(WITH_01.slice(2, 4)).toBe('01');
    const typed = formatCode(WITH_01).replace('-01', '-Ol').toLowerCase();
    expect(typed).toMatch(/^se-ol/);
    const m = only(`kode ${typed}`);
    expect(m.normalized).toBe(WITH_01);
    expect(m.valid).toBe(true);
    expect(only(`kode ${formatCode(WITH_01).replace('-01', '-OI')}`).normalized).toBe(WITH_01);
  });

  it('every scanner separator is one that parseCode removes (the two lists cannot drift apart)', () => {
    for (const sep of CODE_SEPARATORS) {
      const typed = `NO${String.fromCharCode(sep)}3EF9${String.fromCharCode(sep)}T535897W`;
      expect(parseCode(typed).ok, `U+${sep.toString(16)}`).toBe(true);
    }
  });

  it('returns codes with one typo as not valid, normalized, for a `mistyped` verdict', () => {
    // Every single substitution of a symbol, and every adjacent transposition, fails the check symbol.
    const sym = CODE.slice(2);
    for (let i = 0; i < sym.length; i++) {
      const other = CODE_ALPHABET[(CODE_ALPHABET.indexOf(sym[i]!) + 7) % 32]!;
      const typo = CODE.slice(0, 2 + i) + other + CODE.slice(3 + i);
      const m = only(`code ${formatCode(typo)} here`);
      expect(m.valid).toBe(false);
      expect(m.normalized).toBe(typo);
    }
    const swapped = 'NO-3E9F-T535-897W';
    expect(only(swapped)).toMatchObject({ match: swapped, valid: false, normalized: 'NO3E9FT535897W' });
  });

  it("a failing check symbol is a typo only in a code's shape: not a reference number, a year or mixed separators", () => {
    for (const t of ['notice 2026-4471', 'Notice 2026 4471', 'ref AB12-2026-4471', 'NOTICE-2026-4471', 'NO3EF9-T535 897X']) expect(findCodes(t), t).toEqual([]);
    // a typo of a real code keeps its grouping and its single kind of separator
    expect(only('NO3EF9 T535 897X').valid).toBe(false);
    expect(only('NO-3EF9-T535-897X').valid).toBe(false);
  });

  it('finds several codes and codes inside a URL fragment', () => {
    const text = `https://warncheck.example/#${DISPLAY}\nor type ${CODE.toLowerCase()} or ${formatCode(WITH_01)}`;
    const found = findCodes(text);
    expectSpans(text, found);
    expect(found.map((m) => m.normalized)).toEqual([CODE, CODE, WITH_01]);
  });

  it('keeps UTF-16 spans after astral characters', () => {
    const text = `😀😀 ${DISPLAY} 😀`;
    expect(only(text).span).toEqual({ start: 5, end: 22 });
  });

  it('requires word boundaries and refuses codes glued into longer identifiers', () => {
    for (const text of [`x${CODE}`, `${CODE}x`, `é${DISPLAY}`, `${DISPLAY}ß`, `ID-${DISPLAY}`, `${DISPLAY}-12`, `v1.${CODE}`, `${DISPLAY}_7`]) {
      expect(findCodes(text), text).toEqual([]);
    }
    expect(only(`(${DISPLAY})`).match).toBe(DISPLAY);
    expect(only(`"${DISPLAY}".`).match).toBe(DISPLAY);
  });

  it('joins groups only where the display form has them, and never across a line break', () => {
    expect(only('NO3EF9 T535 897W').normalized).toBe(CODE);
    expect(findCodes('NO3 EF9T535897W')).toEqual([]);
    expect(findCodes('NO-3EF9-T53 5897W')).toEqual([]);
    expect(findCodes('NO-3EF9-\nT535-897W')).toEqual([]);
    expect(findCodes('NO-3EF9 -- - T535-897W')).toEqual([]);
  });

  it('does not read words, phone numbers, IBANs or case numbers as codes', () => {
    for (const text of [
      'the files of pornographic nature',
      'justifications administrative',
      'call us on 0800 1234 5678 now', // "on" + 12 digits: all digits
      'at 0808 1000 9001',
      'NO93 8601 1117 947',
      'Ref: GNCCB/2022/10/4471',
      'Dossier N46/07537',
      'Expediente Nº – 58213',
      'UNUSUAL-UNIT-TEXT-HERE', // U is no symbol
    ]) {
      expect(findCodes(text), text).toEqual([]);
    }
  });

  it('accepts a code without digits only in display form with a holding check symbol', () => {
    let lettersOnly = '';
    for (let n = 0; !lettersOnly; n++) {
      const c = makeCode(
        'DK',
        Uint8Array.from({ length: 11 }, (_, k) => 10 + ((n * 7 + k * 13) % 22)),
      );
      if (!/\d/.test(c.slice(2))) lettersOnly = c;
    }
    expect(only(formatCode(lettersOnly)).valid).toBe(true);
    expect(findCodes(lettersOnly)).toEqual([]); // one run of letters: a word as far as anyone can tell
    expect(findCodes(formatCode(lettersOnly).replaceAll('-', ' '))).toEqual([]);
    const typo = lettersOnly.slice(0, 13) + (lettersOnly[13] === 'A' ? 'B' : 'A');
    expect(findCodes(formatCode(typo))).toEqual([]);
  });

  it.each(ADVERSARIAL)('returns on the adversarial 64 KiB input %s', (_, text) => {
    const found = findCodes(text);
    expectSpans(text, found);
    expect(found).toEqual([]);
  });

  it('returns every code of a 64 KiB text made of codes', () => {
    const unit = 'NO 3EF9 T535 897W ';
    const text = unit.repeat(Math.floor(65536 / unit.length));
    const found = findCodes(text);
    expect(found).toHaveLength(Math.floor(65536 / unit.length));
    expect(found.every((m) => m.valid && m.normalized === CODE)).toBe(true);
    expectSpans(text, found);
  });
});
