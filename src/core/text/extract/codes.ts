/**
 * Message codes in a pasted text, as people type and paste them (docs/FORMAT.md §3):
 * `NO-3EF9-T535-897W`, `no 3ef9 t535 897w`, `NO3EF9T535897W`, `NO–3EF9–T535–897W`, `NO.3EF9.T535.897W`.
 *
 * Shape, not a regex: a code is 14 ASCII letters/digits once separators are removed (2 country
 * letters + 12 symbols). The scanner cuts the text into runs of ASCII letters and digits
 * ("tokens") and tries, from each token that starts with two letters, to join the following
 * tokens into exactly 14 characters. People copy the display form `CC-XXXX-XXXX-XXXX`, so a
 * token may end only where a display group ends (after 2, 6 or 10 characters), and tokens are
 * joined only across 1–3 separator characters (those FORMAT.md §3.3 removes, no line break).
 * At most 4 tokens are joined from each start, so the work is O(n).
 *
 * Words must not read as codes: the 12 symbols must hold a digit *and* a letter (a random code
 * lacks one of them with probability ≈ 1 %; phone and account numbers are all digits and
 * `of pornographic` has no digit). A code without a digit is still found when it is written in
 * the exact display grouping with non-space separators and its check symbol holds. Every
 * candidate of the right shape is returned, also those whose check symbol fails (the caller
 * reports them as `mistyped`); normalization and the check are code.ts's (parseCode).
 */
import type { Span } from '../../verdict.js';
import { CODE_SYMBOLS, parseCode } from '../../code.js';
import { asciiTokens, isAsciiAlnum, isAsciiAlpha, isBlank, isDigit, isLineBreak } from './chars.js';

export interface CodeMatch {
  /** The code exactly as written in the text. */
  match: string;
  span: Span;
  /** Normalized form (FORMAT.md §3.3), present when the shape parses. */
  normalized?: string;
  /** The check symbol holds. false: a typing slip, to be reported as `mistyped`. */
  valid: boolean;
}

const CODE_LENGTH = 2 + CODE_SYMBOLS;
/** Where a token may end inside a code: after the country and after each display group. */
const GROUP_ENDS = new Set([2, 6, 10, CODE_LENGTH]);
const MAX_GAP = 3;

/**
 * The separators of FORMAT.md §3.3 step 1 (space, tab, no-break space, `-`, `.`, `_`, U+2010–U+2014,
 * U+2212). code.ts keeps its set private; tests/core/extract/codes.test.ts proves that parseCode
 * drops every character listed here, so the two cannot drift apart unnoticed.
 */
export const CODE_SEPARATORS: readonly number[] = [0x20, 0x09, 0xa0, 0x2d, 0x2e, 0x5f, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212];
const SEP = new Set(CODE_SEPARATORS);
/** Separators that glue a code into a longer identifier when they touch it from outside. */
const GLUE = new Set([0x2d, 0x5f, 0x2e, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212]);

/** Is text[a, b) 1–3 separator characters? */
function isGap(text: string, a: number, b: number): boolean {
  if (b - a < 1 || b - a > MAX_GAP) return false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (!SEP.has(c) || isLineBreak(c)) return false;
  }
  return true;
}

/** `x-NO-…` or `…-897W-12`: the candidate is a piece of a longer hyphenated or dotted identifier. */
function glued(text: string, start: number, end: number): boolean {
  const before = start >= 2 && GLUE.has(text.charCodeAt(start - 1)) && isAsciiAlnum(text.charCodeAt(start - 2));
  const after = end + 1 < text.length && GLUE.has(text.charCodeAt(end)) && isAsciiAlnum(text.charCodeAt(end + 1));
  return before || after;
}

function candidateAt(text: string, tokens: { start: number[]; end: number[] }, t: number): CodeMatch | null {
  const s = tokens.start[t]!;
  if (!isAsciiAlpha(text.charCodeAt(s)) || !isAsciiAlpha(text.charCodeAt(s + 1))) return null;
  let len = 0;
  let u = t;
  const lengths: number[] = [];
  for (;;) {
    const l = tokens.end[u]! - tokens.start[u]!;
    len += l;
    lengths.push(l);
    if (!GROUP_ENDS.has(len)) return null;
    if (len === CODE_LENGTH) break;
    if (u + 1 >= tokens.start.length || !isGap(text, tokens.end[u]!, tokens.start[u + 1]!)) return null;
    u++;
  }
  const e = tokens.end[u]!;
  if (glued(text, s, e)) return null;

  let compact = '';
  for (let k = t; k <= u; k++) compact += text.slice(tokens.start[k]!, tokens.end[k]!);
  let digits = 0;
  for (let k = 2; k < CODE_LENGTH; k++) if (isDigit(compact.charCodeAt(k))) digits++;
  if (digits === CODE_SYMBOLS) return null; // all digits: a phone or account number, not a code

  const match = text.slice(s, e);
  const p = parseCode(match);
  if (!p.ok && p.code === 'WC_CODE_MALFORMED') return null;
  if (!p.ok && (!typoShaped(text, tokens, t, u, compact) || inAddress(text, s, e))) return null;
  if (digits === 0) {
    // Only letters: accept only the display form with visible separators and a holding check symbol.
    const visibleSeps =
      lengths.length === 4 && [0, 1, 2].every((k) => tokens.start[t + k + 1]! - tokens.end[t + k]! === 1 && !isBlank(text.charCodeAt(tokens.end[t + k]!)));
    if (!p.ok || !visibleSeps) return null;
  }
  return { match, span: { start: s, end: e }, ...(p.normalized !== undefined ? { normalized: p.normalized } : {}), valid: p.ok };
}

/**
 * A candidate whose check symbol fails is reported as `mistyped` only when it is shaped like a
 * code that was typed with a slip, not like a reference number or a date that happens to have 14
 * characters ("notice 2026-4471" reads as NO-TICE-2026-4471):
 * - at most one of the three 4-symbol groups is all digits (a random group is all digits with
 *   probability (10/32)^4 ≈ 1 %, two of three ≈ 0.03 %; reference numbers and years are);
 * - the groups are separated by one kind of separator (a person retyping `NO-3EF9-T535-897W`
 *   keeps its hyphens or its spaces; "notice 2026-4471" mixes them);
 * - it is not a host name: dotted, with a last group of letters only (`noaa00a0a0.info`);
 * and it is not a part of a URL or an e-mail address (inAddress).
 */
function typoShaped(text: string, tokens: { start: number[]; end: number[] }, t: number, u: number, compact: string): boolean {
  let digitGroups = 0;
  for (let g = 2; g < CODE_LENGTH; g += 4) {
    let all = true;
    for (let k = g; k < g + 4; k++) if (!isDigit(compact.charCodeAt(k))) all = false;
    if (all) digitGroups++;
  }
  if (digitGroups >= 2) return false;
  // Dotted with a last group of letters only (`noaa00a0a0.info`, `no.ab12.cd34.shop`): a host name
  // with its TLD, not a code typed with dots.
  const last = text.slice(tokens.start[u]!, tokens.end[u]!);
  if (u > t && text.slice(tokens.end[u - 1]!, tokens.start[u]!).includes('.') && /^[A-Za-z]+$/.test(last)) return false;
  let sep = '';
  for (let k = t; k < u; k++) {
    const gap = text.slice(tokens.end[k]!, tokens.start[k + 1]!).trim() || ' ';
    if (sep === '') sep = gap;
    else if (gap !== sep) return false;
  }
  return true;
}

/** How far back `inAddress` looks for the start of a URL or e-mail address. */
const ADDRESS_LOOKBACK = 256;

/**
 * The candidate at `start` is a part of a URL or e-mail address (`https://x.example/NO3EF9…`,
 * `…?ref=NO…`, `NO…@mail.example`): in the same whitespace-free run there is a `/`, `?`, `=`, `&`
 * or `@` before it and no `#` after that. Such a part never reads as a mistyped code (a code that
 * holds its check symbol is still found, and the fragment after `#`, where the verification
 * address carries a code, still counts). Bounded look-back, so linear.
 */
function inAddress(text: string, start: number, end: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - ADDRESS_LOOKBACK; k--) {
    const c = text.charCodeAt(k);
    if (isBlank(c) || isLineBreak(c)) break;
    if (c === 0x23) return false; // '#'
    if (c === 0x2f || c === 0x3f || c === 0x3d || c === 0x26 || c === 0x40) return true; // / ? = & @
  }
  return text.charCodeAt(end) === 0x40; // the local part of an e-mail address
}

/**
 * Every message code in the text, in order, with its span in the text as given.
 *
 * Two candidates never share a token, so no overlap needs resolving: a candidate's first token is
 * 2, 6, 10 or 14 characters long, while a token inside a candidate spans the display positions
 * between two group ends (4, 8 or 12 characters).
 */
export function findCodes(text: string): CodeMatch[] {
  const tokens = asciiTokens(text);
  const out: CodeMatch[] = [];
  for (let t = 0; t < tokens.start.length; t++) {
    if (tokens.end[t]! - tokens.start[t]! < 2) continue;
    const c = candidateAt(text, tokens, t);
    if (c) out.push(c);
  }
  return out;
}
