/**
 * IBANs in a pasted text (ISO 13616): `NO93 8601 1117 947`, `DE89370400440532013000`.
 *
 * An IBAN is a country code, two check digits and a BBAN of a per-country length. The scanner
 * is ours; the per-country data and the validation are ibantools' (kept current with the SWIFT
 * IBAN registry): the BBAN's structure, the national check digits where a country has them, and
 * ISO 7064 MOD 97-10 check digits 02–98. Written both in the electronic form (no spaces) and the
 * print form (groups of four separated by one space). Upper case only, as ISO 13616 writes it: a
 * lower-case `de89…` is not matched.
 *
 * A candidate of the country's exact length that fails validation is returned with `valid: false`
 * (a typing slip or a forged number; the caller decides). A wrong length is no IBAN and is not
 * returned: `NO93 NO93 NO93 NO93` or a fragment such as `DE12 3456` must not read as account
 * numbers.
 *
 * Linear: candidates start only at a word boundary, and each reads at most 34 characters plus
 * its separators.
 */
import { getCountrySpecifications, isValidIBAN } from 'ibantools';
import type { Span } from '../../verdict.js';
import { isAsciiAlnum, isDigit, isUpper, wordAt, wordBefore } from './chars.js';

export interface IbanMatch {
  match: string;
  span: Span;
  /** ISO 3166-1 alpha-2 country of the account. */
  country: string;
  /** The IBAN in electronic form (no spaces). */
  iban: string;
  /** ibantools' isValidIBAN: BBAN structure, national check digits, MOD 97-10 check digits 02–98. */
  valid: boolean;
}

/**
 * IBAN length by country: every country ibantools has a format for, the SWIFT IBAN registry's
 * (all SEPA countries among them, and territories such as RE or AX under their own codes) and the
 * national IBANs outside it.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(Object.entries(getCountrySpecifications()).flatMap(([country, spec]) => (spec.chars && spec.bban_regexp ? [[country, spec.chars]] : []))),
);

export const MAX_IBAN_LENGTH = 34;

const isIbanChar = (c: number): boolean => isDigit(c) || isUpper(c);
const isGroupSpace = (c: number): boolean => c === 0x20 || c === 0xa0;

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
    const valid = isValidIBAN(r.iban);
    out.push({ match: text.slice(i, r.end), span: { start: i, end: r.end }, country: r.iban.slice(0, 2), iban: r.iban, valid });
    i = r.end;
  }
  return out;
}
