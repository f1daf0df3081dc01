// IBANs: the SWIFT IBAN registry's example IBANs, every single-digit mutation, and what is not an IBAN.
import { describe, expect, it } from 'vitest';
import { isValidBBAN } from 'ibantools';
import { findIbans, IBAN_LENGTHS } from '../../../src/core/text/extract/iban.js';
import { expectSpans } from './helpers.js';
import { ADVERSARIAL } from './inputs.js';

/** Example IBANs of the SWIFT IBAN registry (print form), one per country listed. */
const REGISTRY_EXAMPLES = [
  'GB82 WEST 1234 5698 7654 32',
  'NO93 8601 1117 947',
  'DE89 3704 0044 0532 0130 00',
  'FR14 2004 1010 0505 0001 3M02 606',
  'NL91 ABNA 0417 1643 00',
  'BE68 5390 0754 7034',
  'CH93 0076 2011 6238 5295 7',
  'ES91 2100 0418 4502 0005 1332',
  'IT60 X054 2811 1010 0000 0123 456',
  'AT61 1904 3002 3457 3201',
  'DK50 0040 0440 1162 43',
  'FI21 1234 5600 0007 85',
  'SE45 5000 0000 0583 9825 7466',
  'PL61 1090 1014 0000 0712 1981 2874',
  'PT50 0002 0123 1234 5678 9015 4',
  'IE29 AIBK 9311 5212 3456 78',
  'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
  'LV80 BANK 0000 4351 9500 1',
  'IS14 0159 2600 7654 5510 7303 39',
  'CZ65 0800 0000 1920 0014 5399',
  'SK31 1200 0000 1987 4263 7541',
  'SI56 2633 0001 2039 086',
  'LU28 0019 4006 4475 0000',
];

/** EU and EEA members, Switzerland, the UK and the SEPA microstates. */
const SEPA = 'AD AT BE BG CH CY CZ DE DK EE ES FI FR GB GI GR HR HU IE IS IT LI LT LU LV MC MT NL NO PL PT RO SE SI SK SM VA'.split(' ');

const compact = (s: string): string => s.replaceAll(' ', '');

/** ISO 7064 MOD 97-10 of an IBAN: move the first four characters to the end, letters count 10–35. */
const ibanMod97 = (iban: string): number => Number(BigInt([...(iban.slice(4) + iban.slice(0, 4))].map((c) => parseInt(c, 36)).join('')) % 97n);

/** Correct check digits for a country and BBAN (ISO 7064 MOD 97-10). */
const checkDigits = (country: string, bban: string): string => String(98 - ibanMod97(`${country}00${bban}`)).padStart(2, '0');

describe('findIbans', () => {
  it.each(REGISTRY_EXAMPLES)('finds %s in print and electronic form', (iban) => {
    for (const written of [iban, compact(iban)]) {
      const text = `Bitte überweisen Sie auf ${written}, Verwendungszweck 4471.`;
      const found = findIbans(text);
      expectSpans(text, found);
      expect(found).toEqual([{ match: written, span: { start: 25, end: 25 + written.length }, country: iban.slice(0, 2), iban: compact(iban), valid: true }]);
    }
  });

  it('knows a length for every SEPA country, and lengths between 15 and 34', () => {
    for (const c of SEPA) expect(IBAN_LENGTHS[c], c).toBeDefined();
    for (const [c, n] of Object.entries(IBAN_LENGTHS)) {
      expect(c).toMatch(/^[A-Z]{2}$/);
      expect(n).toBeGreaterThanOrEqual(15);
      expect(n).toBeLessThanOrEqual(34);
    }
    for (const iban of REGISTRY_EXAMPLES) expect(compact(iban).length).toBe(IBAN_LENGTHS[iban.slice(0, 2)]);
  });

  it('reports every single-digit mutation of every example as not valid', () => {
    let mutations = 0;
    for (const iban of REGISTRY_EXAMPLES.map(compact)) {
      for (let i = 2; i < iban.length; i++) {
        if (!/\d/.test(iban[i]!)) continue;
        for (let d = 0; d <= 9; d++) {
          if (String(d) === iban[i]) continue;
          const bad = iban.slice(0, i) + d + iban.slice(i + 1);
          const found = findIbans(`IBAN ${bad}`);
          expect(found, bad).toHaveLength(1);
          expect(found[0]!.valid, bad).toBe(false);
          mutations++;
        }
      }
    }
    expect(mutations).toBeGreaterThan(3000);
  });

  it('refuses check digits 00, 01 and 99 even when MOD 97 holds', () => {
    // Find Norwegian BBANs (with their national MOD 11 check digit right) whose correct check digits are 97, 98
    // and 02: 00, 01 and 99 are congruent to them.
    const want: Record<string, string> = { '97': '00', '98': '01', '02': '99' };
    const seen = new Set<string>();
    for (let n = 0; seen.size < 3; n++) {
      const bban = String(86011117900 + n);
      if (!isValidBBAN(bban, 'NO')) continue;
      const cd = checkDigits('NO', bban);
      if (!(cd in want) || seen.has(cd)) continue;
      seen.add(cd);
      expect(findIbans(`NO${cd}${bban}`)[0]!.valid).toBe(true);
      const fake = `NO${want[cd]}${bban}`;
      expect(ibanMod97(fake)).toBe(1);
      expect(findIbans(fake)[0]!.valid, fake).toBe(false);
    }
  });

  it('returns nothing for wrong lengths, lower case, unknown countries or fragments', () => {
    for (const text of [
      'NO93 8601 1117 9470', // one digit too many
      'NO93 8601 1117 94', // one too few
      'NO938601111794',
      'NO93860111179470',
      'no93 8601 1117 947',
      'XX93 8601 1117 947',
      'DE12 3456',
      'DE89 37040044 0532013000', // not groups of four
      'xDE89370400440532013000',
      'DE89370400440532013000ß',
      'NO93\n8601 1117 947',
    ]) {
      expect(findIbans(text), text).toEqual([]);
    }
  });

  it('finds several IBANs in one text', () => {
    const text = `Konto: ${REGISTRY_EXAMPLES[1]} oder ${compact(REGISTRY_EXAMPLES[2]!)}; alt: ${REGISTRY_EXAMPLES[0]}`;
    const found = findIbans(text);
    expectSpans(text, found);
    expect(found.map((m) => m.country)).toEqual(['NO', 'DE', 'GB']);
  });

  it.each(ADVERSARIAL)('returns on the adversarial 64 KiB input %s', (_, text) => {
    const found = findIbans(text);
    expectSpans(text, found);
    expect(found).toEqual([]);
  });

  it('returns every IBAN of a 64 KiB list of IBANs', () => {
    const unit = `${REGISTRY_EXAMPLES[2]}\n`;
    const n = Math.floor(65536 / unit.length);
    const found = findIbans(unit.repeat(n));
    expect(found).toHaveLength(n);
    expect(found.every((m) => m.valid)).toBe(true);
  });
});

describe('IBAN validation (ibantools)', () => {
  it('checks the BBAN structure and national check digits besides MOD 97-10', () => {
    // NO: 11 digits, the last a MOD 11 check digit. 8601 1117 948 breaks it; new IBAN check digits make MOD 97 hold.
    const bban = '86011117948';
    const iban = `NO${checkDigits('NO', bban)}${bban}`;
    expect(ibanMod97(iban)).toBe(1);
    expect(findIbans(iban)).toMatchObject([{ iban, valid: false }]);
    // DE: 18 digits; a letter in the BBAN is the right length but the wrong structure.
    const de = `DE${checkDigits('DE', '37040044053201300A')}37040044053201300A`;
    expect(ibanMod97(de)).toBe(1);
    expect(findIbans(de)).toMatchObject([{ iban: de, valid: false }]);
  });
});
