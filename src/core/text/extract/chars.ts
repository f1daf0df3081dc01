/**
 * Character classes shared by the extract scanners. Every scanner in this folder walks the text
 * one UTF-16 code unit at a time and asks these predicates, instead of running regular
 * expressions over the input: a hand-written scanner is linear by construction, a regex is only
 * linear if nobody ever adds a nested quantifier to it.
 */

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isLower = (c: number): boolean => c >= 97 && c <= 122;
export const isAsciiAlpha = (c: number): boolean => isUpper(c) || isLower(c);
export const isAsciiAlnum = (c: number): boolean => isDigit(c) || isUpper(c) || isLower(c);

/** A line break: LF, CR, NEL, LINE/PARAGRAPH SEPARATOR. No item spans one, except a wrapped JWS. */
export const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029;

// One code point, so the test is constant time whatever the input.
const WORD = /^[\p{L}\p{N}\p{M}]$/u;

function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return isAsciiAlnum(cp);
  return WORD.test(String.fromCodePoint(cp));
}

/**
 * Is the code point that ends right before index i a letter, digit or mark of any script?
 * Items must not start in the middle of a word: `xNO-7K3Q-…` or `é1A1zP1…` are not items.
 */
export function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return isAsciiAlnum(c);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isWordCodePoint(text.codePointAt(i - 2)!);
  }
  return isWordCodePoint(c);
}

/** Is the code point starting at index i a letter, digit or mark of any script? */
export function wordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c);
  return isWordCodePoint(text.codePointAt(i)!);
}

/** End of the run of ASCII letters and digits that starts at i. */
export function alnumRunEnd(text: string, i: number): number {
  let e = i;
  while (e < text.length && isAsciiAlnum(text.charCodeAt(e))) e++;
  return e;
}

/** Horizontal white space as it appears between groups of a number: space, tab, no-break spaces. */
export const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;

/**
 * The runs of ASCII letters and digits in `text` that stand on their own (a run touching a letter
 * of another script is not a token), as [start, end) pairs in order. One linear pass.
 */
export function asciiTokens(text: string): { start: number[]; end: number[] } {
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i;
    while (e < text.length && isAsciiAlnum(text.charCodeAt(e))) e++;
    if (!wordBefore(text, i) && !wordAt(text, e)) {
      start.push(i);
      end.push(e);
    }
    i = e;
  }
  return { start, end };
}
