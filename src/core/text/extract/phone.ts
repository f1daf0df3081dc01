/**
 * Phone numbers in a pasted text: international `+47 800 99 900`, `+44 (0)20 7946 0958`,
 * `0047 22 12 34 56`, and national `0808 1000 900`, `800 99 900`, `(020) 7946 0958`,
 * `06-12345678`, `030/1234567`. 7–15 digits (E.164 allows at most 15).
 *
 * A number is digit groups joined by one separator (space, no-break space, `.`, `-`, `/`) or by
 * parentheses around an area code or the `(0)` trunk digit. Anything else ends it, so
 * `0808 1000 900 - 24/7` and `800 99 900. Ring` stop at the right place. A run of more than 15
 * digits is an account or card number and is skipped whole.
 *
 * Without a `+` a digit string is ambiguous, so national numbers must not look like what else
 * digits are in these texts:
 * - amounts: `1 650 000`, `1.650.000`, `55.000` (1–3 digits then groups of exactly 3, one
 *   separator) — unless the number starts with the trunk `0`, which amounts never do; a currency
 *   sign right before or after also rules it out;
 * - dates `20.06.2024`, `2024-06-20`, `20/06/24`, year ranges `2014-2022`, decimals `3.14159265`;
 * - references with slashes `2022/10/4471` (a `/` is taken only after a leading `0` area code);
 * - the tail of an IBAN in print form (`NO93 8601 1117 947`): the number is preceded by
 *   4-character groups that go back to a country code and check digits;
 * - a bare run of digits (`58213`, `22123456`): accepted only with a leading `0` and 9–12 digits.
 * Times (`10:00`) never match: `:` is no separator. No country's numbering plan is checked
 * (libphonenumber's metadata is 100s of KB and not a core dependency); this finds numbers to show
 * as contact details, it does not say whether they are in service.
 *
 * Linear: a number is read left to right once and scanning resumes after it; the IBAN look-back
 * reads at most 8 groups.
 */
import type { Span } from '../../verdict.js';
import { isAsciiAlnum, isAsciiAlpha, isBlank, isDigit, isUpper, wordAt } from './chars.js';

export interface PhoneMatch {
  match: string;
  span: Span;
  /** `+` and the digits for an international number (the `(0)` trunk dropped), else the digits. */
  normalized: string;
  /** Written with `+` or `00` and a country code. */
  international: boolean;
}

export const MIN_PHONE_DIGITS = 7;
export const MAX_PHONE_DIGITS = 15;

interface Group {
  start: number;
  end: number;
  paren: boolean;
}

/** What may stand right before a number: start of text, white space or opening punctuation. */
function startOk(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c <= 0x20 || isBlank(c) || c === 0x2028 || c === 0x2029 || c === 0x3000) return true;
  return '([{<:;"\'«»“”„‘’*>|'.includes(text[i - 1]!);
}

/** One separator between groups. */
const isSep = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2e || c === 0x2d || c === 0x2f;

function digitRunEnd(text: string, i: number): number {
  let e = i;
  while (isDigit(text.charCodeAt(e))) e++;
  return e;
}

/** `(` 1–5 digits `)` at i: returns the index after `)`, or -1. */
function parenGroupEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x28) return -1;
  const e = digitRunEnd(text, i + 1);
  if (e === i + 1 || e - i - 1 > 5 || text.charCodeAt(e) !== 0x29) return -1;
  return e + 1;
}

/** Read the groups of a number starting at i (a digit, `+` or `(`). */
function readGroups(text: string, i: number): { groups: Group[]; seps: number[]; end: number; plus: boolean } | null {
  const groups: Group[] = [];
  const seps: number[] = [];
  let p = i;
  const plus = text.charCodeAt(p) === 0x2b;
  if (plus) {
    p++;
    if (!isDigit(text.charCodeAt(p)) || text.charCodeAt(p) === 0x30) return null;
  }
  for (;;) {
    const pe = parenGroupEnd(text, p);
    if (pe > 0) {
      groups.push({ start: p + 1, end: pe - 1, paren: true });
      p = pe;
    } else if (isDigit(text.charCodeAt(p))) {
      const e = digitRunEnd(text, p);
      groups.push({ start: p, end: e, paren: false });
      p = e;
    } else break;
    const c = text.charCodeAt(p);
    const last = groups[groups.length - 1]!;
    if (last.paren && isDigit(c)) {
      seps.push(0);
      continue;
    }
    if (isSep(c) && (isDigit(text.charCodeAt(p + 1)) || (c === 0x20 && parenGroupEnd(text, p + 1) > 0))) {
      seps.push(c);
      p++;
      continue;
    }
    break;
  }
  if (groups.length === 0) return null;
  return { groups, seps, end: p, plus };
}

const len = (g: Group): number => g.end - g.start;

/** 1–3 digits, then groups of exactly 3, all with the same thousands separator. */
function looksLikeAmount(groups: readonly Group[], seps: readonly number[]): boolean {
  if (groups.length < 2 || len(groups[0]!) > 3 || groups.some((g) => g.paren)) return false;
  if (!groups.slice(1).every((g) => len(g) === 3)) return false;
  const s = seps[0]!;
  return s !== 0x2d && s !== 0x2f && seps.every((x) => x === s);
}

/** A 4-digit year, 19xx or 20xx. */
const isYear = (text: string, g: Group): boolean => len(g) === 4 && !g.paren && ['19', '20'].includes(text.slice(g.start, g.start + 2));

/**
 * A date, a year range, a year-number reference (`2026-4471`, `2022/10/4471`: a case or notice
 * number, never dialled), or a number that starts with a date (`02.10.2025 17:40`: the time's hour
 * is no part of a phone number).
 */
function looksLikeDate(text: string, groups: readonly Group[], seps: readonly number[]): boolean {
  if (groups.length >= 2 && seps[0] !== undefined && [0x2d, 0x2f, 0x2e].includes(seps[0]) && isYear(text, groups[0]!) && len(groups[1]!) >= 3) return true;
  if (groups.length > 3 && isDateOf(groups.slice(0, 3), seps.slice(0, 2))) return true;
  return groups.length === 3 && isDateOf(groups, seps);
}

function isDateOf(groups: readonly Group[], seps: readonly number[]): boolean {
  if (groups.length !== 3 || seps[0] !== seps[1] || ![0x2e, 0x2d, 0x2f].includes(seps[0]!)) return false;
  const [a, b, c] = groups.map(len) as [number, number, number];
  const short = (n: number): boolean => n === 1 || n === 2;
  return (short(a) && short(b) && (c === 2 || c === 4)) || (a === 4 && short(b) && short(c));
}

/** Is the number the tail of an IBAN in print form, `CCdd XXXX XXXX …`? Reads at most 8 groups back. */
function afterIbanGroups(text: string, start: number): boolean {
  let p = start;
  for (let k = 0; k < 8; k++) {
    if (p < 5 || !isBlank(text.charCodeAt(p - 1))) return false;
    const gEnd = p - 1;
    let gStart = gEnd;
    while (gStart > 0 && gEnd - gStart < 5 && isAsciiAlnum(text.charCodeAt(gStart - 1))) gStart--;
    if (gEnd - gStart !== 4) return false;
    const g = text.slice(gStart, gEnd);
    if (isUpper(g.charCodeAt(0)) && isUpper(g.charCodeAt(1)) && isDigit(g.charCodeAt(2)) && isDigit(g.charCodeAt(3))) return true;
    p = gStart;
  }
  return false;
}

const CURRENCY = '€$£¥₹₽₺₴';

function nextToCurrency(text: string, start: number, end: number): boolean {
  let b = start - 1;
  if (b >= 0 && isBlank(text.charCodeAt(b))) b--;
  let a = end;
  if (isBlank(text.charCodeAt(a))) a++;
  return (b >= 0 && CURRENCY.includes(text[b]!)) || (a < text.length && CURRENCY.includes(text[a]!)) || text.charCodeAt(end) === 0x25; // %
}

function accept(text: string, start: number, r: NonNullable<ReturnType<typeof readGroups>>): PhoneMatch | null {
  const { groups, seps, end, plus } = r;
  let digits = '';
  for (const g of groups) digits += text.slice(g.start, g.end);
  const intl00 = !plus && digits.startsWith('00') && digits.charCodeAt(2) !== 0x30;
  const international = plus || intl00;

  // Not part of something longer: `900kr`, `1.650.000,00`, `3.5`.
  const after = text.charCodeAt(end);
  if (wordAt(text, end) || ((after === 0x2c || after === 0x2e) && isDigit(text.charCodeAt(end + 1)))) return null;
  if (nextToCurrency(text, start, end) || afterIbanGroups(text, start)) return null;
  for (let k = 1; k < groups.length; k++) if (len(groups[k]!) === 1 && len(groups[k - 1]!) === 1) return null; // `1 2 3 4`: a list

  let normalized: string;
  if (international) {
    // Drop the `(0)` trunk digit of `+44 (0)20 …`: it is not dialled from abroad.
    let n = '';
    groups.forEach((g, k) => {
      if (!(k > 0 && g.paren && text.slice(g.start, g.end) === '0')) n += text.slice(g.start, g.end);
    });
    if (intl00) n = n.slice(2);
    normalized = '+' + n;
    if (n.length < MIN_PHONE_DIGITS || n.length > MAX_PHONE_DIGITS) return null;
  } else {
    if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS) return null;
    const trunk = digits.charCodeAt(0) === 0x30;
    if (groups.length === 1 && !(trunk && digits.length >= 9 && digits.length <= 12)) return null;
    if (looksLikeDate(text, groups, seps)) return null;
    if (!trunk && looksLikeAmount(groups, seps)) return null;
    if (!trunk && groups.length === 2 && seps[0] === 0x2e) return null; // a decimal: `3.14159265`
    const slashes = seps.filter((s) => s === 0x2f).length;
    if (slashes > 1 || (slashes === 1 && (!trunk || seps[0] !== 0x2f))) return null;
    const marks = new Set(seps.filter((s) => s === 0x2e || s === 0x2d || s === 0x2f));
    if (marks.size > 1) return null; // `09.00-15.00`
    normalized = digits;
  }
  return { match: text.slice(start, end), span: { start, end }, normalized, international };
}

/** Every phone number in the text, in order, with its span in the text as given. */
export function findPhones(text: string): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!(isDigit(c) || c === 0x2b || c === 0x28) || !startOk(text, i)) {
      i++;
      continue;
    }
    const r = readGroups(text, i);
    if (!r) {
      i++;
      continue;
    }
    let total = 0;
    for (const g of r.groups) total += len(g);
    const m = total <= MAX_PHONE_DIGITS + 2 && !isAsciiAlpha(text.charCodeAt(r.end)) ? accept(text, i, r) : null;
    if (m) out.push(m);
    i = Math.max(r.end, i + 1);
  }
  return out;
}
