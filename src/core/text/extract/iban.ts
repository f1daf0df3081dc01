/**
 * IBANs in a pasted text (ISO 13616): `NO93 8601 1117 947`, `DE89370400440532013000`.
 *
 * An IBAN is a country code, two check digits and a BBAN of a per-country length (the SWIFT
 * IBAN registry, data below), valid when the number formed by moving the first four characters
 * to the end and replacing letters by 10–35 is ≡ 1 mod 97 (ISO 7064 MOD 97-10). Written both in
 * the electronic form (no spaces) and the print form (groups of four separated by one space).
 * Upper case only, as ISO 13616 writes it: a lower-case `de89…` is not matched.
 *
 * A candidate of the country's exact length whose check fails is returned with `valid: false`
 * (a typing slip or a forged number; the caller decides). A wrong length is no IBAN and is not
 * returned: `NO93 NO93 NO93 NO93` or a fragment such as `DE12 3456` must not read as account
 * numbers. The per-country BBAN structure (which positions are digits) is not checked: MOD 97-10
 * already catches every single-character substitution.
 *
 * Linear: candidates start only at a word boundary, and each reads at most 34 characters plus
 * its separators.
 */
import type { Span } from '../../verdict.js';
import { isAsciiAlnum, isDigit, isUpper, wordAt, wordBefore } from './chars.js';

export interface IbanMatch {
  match: string;
  span: Span;
  /** ISO 3166-1 alpha-2 country of the account. */
  country: string;
  /** The IBAN in electronic form (no spaces). */
  iban: string;
  /** Check digits 02–98 and MOD 97-10 = 1. */
  valid: boolean;
}

/**
 * IBAN length by country, from the SWIFT IBAN registry: all SEPA countries (EU/EEA, CH, GB, SM,
 * VA, MC, AD) and the other registry countries. French overseas departments and territories use
 * FR, Guernsey/Jersey/Isle of Man use GB.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

export const MAX_IBAN_LENGTH = 34;

const isIbanChar = (c: number): boolean => isDigit(c) || isUpper(c);
const isGroupSpace = (c: number): boolean => c === 0x20 || c === 0xa0;

/** ISO 7064 MOD 97-10 over the rearranged IBAN, digit by digit (no big integers needed). */
export function ibanMod97(iban: string): number {
  const r = iban.slice(4) + iban.slice(0, 4);
  let m = 0;
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    m = isDigit(c) ? (m * 10 + (c - 48)) % 97 : (m * 100 + (c - 55)) % 97;
  }
  return m;
}

/** Read the IBAN whose country code starts at i; returns the end of the candidate and its electronic form. */
function read(text: string, i: number, expected: number): { end: number; iban: string } | null {
  let p = i + 4;
  let iban = text.slice(i, p);
  if (isAsciiAlnum(text.charCodeAt(p))) {
    // Electronic form: one run.
    while (p < text.length && isAsciiAlnum(text.charCodeAt(p)) && iban.length <= MAX_IBAN_LENGTH) iban += text[p++];
    if (isAsciiAlnum(text.charCodeAt(p)) || wordAt(text, p)) return null;
    return { end: p, iban };
  }
  // Print form: groups of 4 after single spaces, the last one 1–4, until the country's length.
  while (iban.length < expected && isGroupSpace(text.charCodeAt(p)) && isAsciiAlnum(text.charCodeAt(p + 1))) {
    let q = p + 1;
    while (q - p - 1 < 5 && isAsciiAlnum(text.charCodeAt(q))) q++;
    const group = q - p - 1;
    if (group > 4 || wordAt(text, q)) break;
    iban += text.slice(p + 1, q);
    p = q;
    if (group < 4) break; // a short group ends the IBAN
  }
  return { end: p, iban };
}

/** Every IBAN candidate in the text, in order, with its span in the text as given. */
export function findIbans(text: string): IbanMatch[] {
  const out: IbanMatch[] = [];
  let i = 0;
  while (i + 4 <= text.length) {
    const expected = isUpper(text.charCodeAt(i)) && isUpper(text.charCodeAt(i + 1)) ? IBAN_LENGTHS[text.slice(i, i + 2)] : undefined;
    if (!expected || !isDigit(text.charCodeAt(i + 2)) || !isDigit(text.charCodeAt(i + 3)) || wordBefore(text, i)) {
      i++;
      continue;
    }
    const r = read(text, i, expected);
    if (!r || r.iban.length !== expected || ![...r.iban].every((ch) => isIbanChar(ch.charCodeAt(0)))) {
      i++;
      continue;
    }
    const check = r.iban.slice(2, 4);
    // ISO 7064 check digits are 02–98: 00, 01 and 99 can pass MOD 97 but are never issued.
    const valid = check !== '00' && check !== '01' && check !== '99' && ibanMod97(r.iban) === 1;
    out.push({ match: text.slice(i, r.end), span: { start: i, end: r.end }, country: r.iban.slice(0, 2), iban: r.iban, valid });
    i = r.end;
  }
  return out;
}
