// Phone numbers in text: the forms in the corpus and in police warnings, and the digit strings that are not phones.
import { describe, expect, it } from 'vitest';
import { findPhones } from '../../../src/core/text/extract/phone.js';
import { expectSpans } from './helpers.js';
import { ADVERSARIAL } from './inputs.js';

function phones(text: string) {
  const found = findPhones(text);
  expectSpans(text, found);
  return found.map((m) => [m.match, m.normalized]);
}

describe('findPhones', () => {
  it('finds the helpline numbers of the genuine corpus texts with exact spans', () => {
    const text = 'Stop It Now (stopitnow.org.uk, 0808 1000 900) or Troubled Desire.';
    const found = findPhones(text);
    expect(found).toEqual([{ match: '0808 1000 900', span: { start: 31, end: 44 }, normalized: '08081000900', international: false }]);
    expect(phones('detfinneshjelp.no eller telefon 800 99 900. Tjenesten er')).toEqual([['800 99 900', '80099900']]);
    expect(phones('ringe 800 99 900 eller få behandling')).toEqual([['800 99 900', '80099900']]);
  });

  it.each([
    ['+47 800 99 900', '+4780099900'],
    ['+44 (0)20 7946 0958', '+442079460958'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33.6.12.34.56.78', '+33612345678'],
    ['+49-30-1234567', '+49301234567'],
    ['+1 (202) 555-0143', '+12025550143'],
    ['0047 22 12 34 56', '+4722123456'],
    ['+4780099900', '+4780099900'],
  ])('normalizes the international number %s', (typed, normalized) => {
    const text = `Ring oss på ${typed} i dag.`;
    const found = findPhones(text);
    expectSpans(text, found);
    expect(found).toEqual([{ match: typed, span: { start: 12, end: 12 + typed.length }, normalized, international: true }]);
  });

  it.each([
    ['(020) 7946 0958', '02079460958'],
    ['06-12345678', '0612345678'],
    ['030/1234567', '0301234567'],
    ['22 12 34 56', '22123456'],
    ['412 34 567', '41234567'],
    ['01 23 45 67 89', '0123456789'],
    ['0612345678', '0612345678'],
    ['020\u00a07946\u00a00958', '02079460958'],
  ])('finds the national number %s', (typed, normalized) => {
    expect(phones(`Tel.: ${typed}, bitte.`)).toEqual([[typed, normalized]]);
  });

  it('ends a number where its grouping ends', () => {
    expect(phones('0808 1000 900 - 24/7')).toEqual([['0808 1000 900', '08081000900']]);
    expect(phones('(0808 1000 900)')).toEqual([['0808 1000 900', '08081000900']]);
    expect(phones('tel:+4780099900')).toEqual([['+4780099900', '+4780099900']]);
    expect(phones('800 99 900, 22 12 34 56')).toEqual([
      ['800 99 900', '80099900'],
      ['22 12 34 56', '22123456'],
    ]);
  });

  it('does not read amounts, dates, years, references, IBANs or codes as phone numbers', () => {
    for (const text of [
      'en bot på 1 650 000 kroner',
      'en bot på 1.650.000 kroner',
      'zwischen 55.000 und 550.000 Euro',
      '1.650.000,00 kr',
      '€ 2 200 000',
      '2 200 000 €',
      'since 2014-2022',
      'le 20.06.2024 et le 28/08/2024',
      'am 2024-06-20',
      'Ref: GNCCB/2022/10/4471',
      'Ref 2022/10/4471',
      'Dossier N46/07537',
      'IBAN NO93 8601 1117 947',
      'GB82 WEST 1234 5698 7654 32',
      'kl. 09.00-15.00',
      'at 10:00 or 12:30:45',
      'card 4111 1111 1111 1111',
      'numbers 1 2 3 4 5 6 7 8',
      'Expediente 58213, artigo 246765',
      'order 12345678',
      '3.14159265',
      'x1234567 or 1234567x',
      'NO-3EF9-T535-897W',
      'ring 02800',
    ]) {
      expect(phones(text), text).toEqual([]);
    }
  });

  it('reads a year-number reference and a date with its time as no phone number, and keeps Norwegian 8-digit numbers', () => {
    for (const text of ['notice 2026-4471', 'Ref. 2025/004471', 'sak 2019.123456', 'Ketvirtadienis 02.10.2025 17:40', 'am 2024-06-20 14:30 Uhr']) {
      expect(phones(text), text).toEqual([]);
    }
    // The near misses: an 8-digit number written in pairs or with a dash after a non-year start.
    expect(phones('ring 20 26 44 71')).toEqual([['20 26 44 71', '20264471']]);
    expect(phones('ring 2212-3456')).toEqual([['2212-3456', '22123456']]);
    expect(phones('ring 2026 4471')).toEqual([['2026 4471', '20264471']]);
  });

  it('takes `/` only after a leading-zero area code, and at most once', () => {
    expect(phones('030/1234567')).toHaveLength(1);
    expect(phones('30/1234567')).toEqual([]);
    expect(phones('030/123/4567')).toEqual([]);
  });

  it('does not stop at a 16th digit: long digit runs are skipped whole', () => {
    expect(phones('+47 1234 5678 9012 3456 78')).toEqual([]);
    expect(phones('0123456789012345678')).toEqual([]);
  });

  it.each(ADVERSARIAL)('returns on the adversarial 64 KiB input %s', (_, text) => {
    const found = findPhones(text);
    expectSpans(text, found);
    expect(found).toEqual([]);
  });

  it('returns every number of a 64 KiB list of numbers', () => {
    const unit = '0808 1000 900\n';
    const text = unit.repeat(Math.floor(65536 / unit.length));
    const found = findPhones(text);
    expect(found).toHaveLength(Math.floor(65536 / unit.length));
    expect(new Set(found.map((m) => m.normalized))).toEqual(new Set(['08081000900']));
  });
});
