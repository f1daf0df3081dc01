/**
 * Compact JWS tokens in a pasted text: `eyJ…` `.` `…` `.` `…` in base64url (RFC 7515 §7.1). A
 * protected header is a JSON object, so its base64url always starts with `eyJ` (`{"`).
 *
 * Wrapped tokens: mail clients and terminals break long tokens at a fixed width, so a token may
 * run over line breaks. A line break is taken as part of the token only while the token is
 * still incomplete (fewer than two dots seen: the break falls in the header or the payload), or
 * when it splits the signature and the next line completes exactly the 86 characters of an
 * Ed25519 signature (the only algorithm warncheck accepts). A token joined across lines must
 * have a header that decodes to a JSON object; otherwise each of its lines is tried on its own.
 * Nothing else is repaired: a token cut anywhere else is found up to the cut and fails
 * verification, which is the honest answer.
 *
 * Linear: the scan never goes back. Each region is read once; the per-line fallback re-reads a
 * failed region once; the signature look-ahead reads at most 86 characters per line break.
 * Hand-written because a regex with an optional line break inside a repeated group is exactly
 * the shape that backtracks.
 */
import type { Span } from '../../verdict.js';
import { base64urlDecode, utf8Decode } from '../../bytes.js';
import { wordAt } from './chars.js';

export interface JwsMatch {
  /** The token exactly as written, line breaks included when it was wrapped. */
  match: string;
  span: Span;
  /** The compact serialization: `match` without its line breaks. */
  token: string;
  /** The token ran over at least one line break. */
  wrapped: boolean;
}

/** The longest token considered (parseCompactJws's default limit; statements are ≤ 2,048). */
export const MAX_JWS_CHARS = 8192;
/** base64url length of a 64-byte Ed25519 signature. */
const ED25519_SIG_CHARS = 86;

const isB64 = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
const DOT = 46;

/** Length of the line break at i (CRLF counts as one), or 0. */
function lineBreakAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 13) return text.charCodeAt(i + 1) === 10 ? 2 : 1;
  return c === 10 ? 1 : 0;
}

function startsToken(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 101 || text.charCodeAt(i + 1) !== 121 || text.charCodeAt(i + 2) !== 74) return false; // "eyJ"
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  return !isB64(p) && p !== DOT;
}

/** Length of the base64url run at i, read no further than limit characters. */
function b64Run(text: string, i: number, limit: number): number {
  let e = i;
  while (e < text.length && e - i <= limit && isB64(text.charCodeAt(e))) e++;
  return e - i;
}

interface Region {
  end: number;
  /** Positions of the line breaks taken into the token. */
  breaks: number[];
}

/** Read one token region from i (which starts `eyJ`), joining lines by the rules above. */
function readRegion(text: string, i: number): Region {
  const breaks: number[] = [];
  let p = i;
  let dots = 0;
  let firstDot = -1;
  let sigLen = 0;
  let eddsa: boolean | undefined;
  for (;;) {
    const c = text.charCodeAt(p);
    if (isB64(c)) {
      if (dots === 2) sigLen++;
      p++;
      continue;
    }
    if (c === DOT) {
      if (dots === 0) firstDot = p;
      dots++;
      p++;
      continue;
    }
    const lb = lineBreakAt(text, p);
    if (lb === 0 || p === i) break;
    const next = p + lb;
    if (!isB64(text.charCodeAt(next))) break;
    const prev = text.charCodeAt(p - 1);
    if (dots < 2 && (isB64(prev) || prev === DOT)) {
      breaks.push(p);
      p = next;
      continue;
    }
    if (dots === 2 && sigLen > 0 && sigLen < ED25519_SIG_CHARS) {
      // A split signature is repaired only for EdDSA, whose signature length is known.
      eddsa ??= headerAlg(withoutBreaks(text, i, firstDot, breaks)) === 'EdDSA';
      const run = b64Run(text, next, ED25519_SIG_CHARS);
      const after = next + run;
      const fits = sigLen + run === ED25519_SIG_CHARS && !isB64(text.charCodeAt(after)) && text.charCodeAt(after) !== DOT;
      const fillsLine = sigLen + run < ED25519_SIG_CHARS && lineBreakAt(text, after) > 0;
      if (eddsa && (fits || fillsLine)) {
        breaks.push(p);
        p = next;
        continue;
      }
    }
    break;
  }
  return { end: p, breaks };
}

function withoutBreaks(text: string, start: number, end: number, breaks: readonly number[]): string {
  let s = '';
  let from = start;
  for (const b of breaks) {
    if (b >= end) break;
    s += text.slice(from, b);
    from = b + lineBreakAt(text, b);
  }
  return s + text.slice(from, end);
}

/**
 * The decoded protected header if it is a JSON object, else null. Cheap tests first (length, a
 * closing brace) so that garbage regions cost no exceptions: a scan may try thousands of them.
 */
function decodeHeader(segment: string): Record<string, unknown> | null {
  if (segment.length < 4 || segment.length > MAX_JWS_CHARS || segment.length % 4 === 1) return null;
  try {
    const bytes = base64urlDecode(segment);
    let last = bytes.length - 1;
    while (last > 0 && (bytes[last] === 0x20 || bytes[last] === 0x0a || bytes[last] === 0x0d || bytes[last] === 0x09)) last--;
    if (bytes[last] !== 0x7d) return null; // '}'
    const h: unknown = JSON.parse(utf8Decode(bytes));
    return typeof h === 'object' && h !== null && !Array.isArray(h) ? (h as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const headerAlg = (segment: string): unknown => decodeHeader(segment)?.['alg'];

/** Trim a sentence's full stop, then require exactly three segments, the first non-empty. */
function shape(text: string, start: number, end: number, breaks: readonly number[]): JwsMatch | null {
  if (end - start > MAX_JWS_CHARS + 2 * breaks.length + 1) return null;
  let e = end;
  let token = withoutBreaks(text, start, e, breaks);
  if (token.endsWith('.') && token.split('.').length === 4) {
    e--;
    token = token.slice(0, -1);
  }
  const segments = token.split('.');
  // An empty signature (an `alg: none` forgery) or an empty payload (RFC 7515 Appendix F) is a
  // token worth a verdict; both empty leaves nothing to check.
  if (token.length > MAX_JWS_CHARS || segments.length !== 3 || segments[1]! + segments[2]! === '' || wordAt(text, e)) return null;
  if (breaks.length > 0 && !decodeHeader(token.slice(0, token.indexOf('.')))) return null;
  return { match: text.slice(start, e), span: { start, end: e }, token, wrapped: breaks.length > 0 };
}

/** Every compact JWS in the text, in order, with its span in the text as given. */
export function findJws(text: string): JwsMatch[] {
  const out: JwsMatch[] = [];
  let i = 0;
  while (i < text.length) {
    if (!startsToken(text, i)) {
      i++;
      continue;
    }
    const r = readRegion(text, i);
    const whole = shape(text, i, r.end, r.breaks);
    if (whole) out.push(whole);
    else if (r.breaks.length > 0) {
      // The joined reading failed: try every line of the region as an unwrapped token.
      let from = i;
      for (const b of [...r.breaks, r.end]) {
        const lineEnd = Math.min(b, r.end);
        if (startsToken(text, from)) {
          const m = shape(text, from, lineEnd, []);
          if (m) out.push(m);
        }
        from = b + lineBreakAt(text, b);
      }
    }
    i = Math.max(r.end, i + 1);
  }
  return out;
}
