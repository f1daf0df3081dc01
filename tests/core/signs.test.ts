// Scam signs: exact spans, case folding, word boundaries, adversarial input, and the corpus floor.
import { describe, expect, it } from 'vitest';
import { findSigns } from '../../src/core/text/signs.js';
import { LANGUAGES } from '../../src/core/text/lang/index.js';
import { DEMO_TEMPLATES } from '../../src/demo/content.js';

describe('findSigns', () => {
  it('reports each sign with the exact span of the text as given', () => {
    const text = 'Dear user, you must PAY IMMEDIATELY or face arrest.';
    const s = findSigns(text).find((m) => m.phrase === 'pay immediately');
    expect(s).toBeDefined();
    expect(text.slice(s!.span.start, s!.span.end)).toBe('PAY IMMEDIATELY');
    expect(s!.kind).toBe('payment');
  });

  it('matches on word boundaries only', () => {
    expect(findSigns('bitcoin addressbook').some((m) => m.phrase === 'bitcoin address')).toBe(false);
    expect(findSigns('xbitcoin address').some((m) => m.phrase === 'bitcoin address')).toBe(false);
    expect(findSigns('(bitcoin address)').some((m) => m.phrase === 'bitcoin address')).toBe(true);
  });

  it('keeps spans right after characters whose lower case is longer (İ)', () => {
    const text = 'İİİ barneporno';
    const s = findSigns(text).find((m) => m.phrase === 'barneporno');
    expect(s?.kind).toBe('word-tell');
    expect(text.slice(s!.span.start, s!.span.end)).toBe('barneporno');
  });

  it('the Kripos word tell: "barneporno" in Norwegian, never in a genuine template', () => {
    expect(LANGUAGES.find((l) => l.lang === 'nb')!.signs['word-tell']).toContain('barneporno');
    for (const t of DEMO_TEMPLATES) expect(findSigns(t.text), t.id).toEqual([]);
  });

  it('adversarial 64 KiB inputs finish (linear walk, no regex over the input)', () => {
    for (const text of ['a'.repeat(65536), 'pay '.repeat(16384), 'bitcoin addres'.repeat(4681), '\u{1F600}'.repeat(32768)]) {
      expect(Array.isArray(findSigns(text))).toBe(true);
    }
  });
});
