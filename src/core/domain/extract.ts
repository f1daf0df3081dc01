/**
 * Find URLs and e-mail addresses in a free text (a pasted e-mail or SMS), with their exact spans,
 * so each can be classified (lookalike.ts) and highlighted where it stands.
 *
 * Linear time by construction, with no regular expression over the text: the text is cut into
 * runs at whitespace and quote/angle characters, and each run is scanned left to right a bounded
 * number of times (scheme starts, '@' signs, host-character sequences). Backward scans for a
 * local part stop at 64 characters and at the previous '@'; forward host scans stop at 254.
 *
 * What counts as an address:
 * - `http(s)://…` (also defanged `hxxp`, `[.]`, `(.)`, `[dot]`, `[:]`, fullwidth forms): up to
 *   the end of the run or the next scheme; the host must parse.
 * - `local@domain` where the domain has a known public suffix (PSL, ICANN or private section).
 * - a bare host (`politiet.no`, `www.politiet.no/sak`) whose public suffix is known, so "e.g",
 *   "file.txt" and "3.14" are not addresses (see docs/DOMAINS.md for the remaining cases such as
 *   "readme.md", where .md is Moldova's TLD).
 * Trailing sentence punctuation is not part of a match; a closing bracket is, when it closes one
 * opened inside the match.
 */
import { parse } from 'tldts';
import type { Span } from '../verdict.js';
import { DEFANG_MARKERS } from './normalize.js';

export interface AddressCandidate {
  kind: 'url' | 'email';
  /** The text exactly as in the input. */
  match: string;
  /** UTF-16 offsets into the input as given. */
  span: Span;
}

const MAX_LOCAL = 64;
const MAX_HOST = 253;

/**
 * What ends a run: any white space (`\s`: tab, line breaks, no-break and ideographic spaces …) and
 * the quotes and brackets around addresses in mail and HTML. One character class, found by the
 * regex engine (a regex per call: its lastIndex is state): per-character Set and regex tests made
 * splitting the runs the largest cost of a 64 KiB text of distinct addresses.
 */
const RUN_BREAK_CLASS = '[\\s<>"`«»“”„]';
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const HOST_CHAR = /^[\p{L}\p{N}\p{M}.-]$/u;
const LOCAL_CHAR = /^[\p{L}\p{N}\p{M}._%+\-!#$&'*=?^{|}~]$/u;
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', ')', ']', '}', '…', '»', '”', '’', '-']);

/** Characters without which a run holds no address (a single-character class: linear). */
const MAY_HOLD_ADDRESS = /[.@[({\u3002\uff0e\uff61\uff20]/;

/** A run with defanging undone: `text[i]` came from the input's [from[i], to[i]). */
interface Clean {
  text: string;
  from: number[];
  to: number[];
}

function cleanRun(input: string, start: number, end: number): Clean {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  const emit = (s: string, a: number, b: number): void => {
    for (let k = 0; k < s.length; k++) {
      from.push(a);
      to.push(b);
    }
    text += s;
  };
  outer: for (let i = start; i < end;) {
    const c0 = input.charCodeAt(i);
    // Markers start with a bracket: test them only there (this loop runs once per character).
    if (c0 === 0x5b || c0 === 0x28 || c0 === 0x7b)
      for (const [m, r] of DEFANG_MARKERS)
        if (i + m.length <= end && input.slice(i, i + m.length).toLowerCase() === m) {
          emit(r, i, i + m.length);
          i += m.length;
          continue outer;
        }
    if ((c0 === 0x68 || c0 === 0x48) && i + 4 <= end && input.slice(i, i + 4).toLowerCase() === 'hxxp') {
      emit('http', i, i + 4);
      i += 4;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    if (cp >= 0x80 && IGNORABLE.test(ch)) {
      i = next;
      continue;
    }
    if (cp === 0x3002 || cp === 0xff0e || cp === 0xff61) emit('.', i, next);
    else if (cp >= 0xff01 && cp <= 0xff5e) emit(String.fromCharCode(cp - 0xfee0), i, next);
    else emit(ch, i, next);
    i = next;
  }
  return { text, from, to };
}

/** End of a match after dropping trailing punctuation; brackets stay when they close one inside. */
function trimEnd(t: string, start: number, end: number): number {
  while (end > start) {
    const c = t[end - 1]!;
    if (!TRAILING.has(c)) break;
    if (c === ')' || c === ']' || c === '}') {
      const open = c === ')' ? '(' : c === ']' ? '[' : '{';
      const inside = t.slice(start, end);
      if (inside.split(open).length > inside.split(c).length - 1) break;
    }
    end--;
  }
  return end;
}

function knownSuffixHost(host: string): boolean {
  if (host.length > MAX_HOST || !host.includes('.') || host.startsWith('.') || host.endsWith('.') || host.includes('..')) return false;
  if (host.split('.').some((l) => l.length > 63 || l.startsWith('-') || l.endsWith('-'))) return false;
  const p = parse(host.toLowerCase(), { allowPrivateDomains: true, extractHostname: false });
  if (p.domain !== null && (p.isIcann === true || p.isPrivate === true)) return true;
  // The apex of a private suffix (`ddns.net`, `sytes.net`) is itself a registered domain that can receive mail and serve pages.
  return p.isPrivate === true && parse(host.toLowerCase(), { extractHostname: false }).domain === host.toLowerCase();
}

function isSchemeAt(lower: string, i: number): number {
  const len = lower.startsWith('https:', i) ? 6 : lower.startsWith('http:', i) ? 5 : 0;
  if (!len) return 0;
  if (i > 0 && /[a-z0-9]/.test(lower[i - 1]!)) return 0;
  const after = lower[i + len];
  return after === '/' || after === '\\' ? len : 0;
}

function hostOfUrl(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Matches in one cleaned run, as [start, end, kind] in cleaned offsets. */
function scanRun(c: Clean): Array<[number, number, 'url' | 'email']> {
  const t = c.text;
  const lower = t.toLowerCase();
  const found: Array<[number, number, 'url' | 'email']> = [];
  const cov = new Uint8Array(t.length);
  const take = (a: number, b: number, kind: 'url' | 'email'): void => {
    found.push([a, b, kind]);
    cov.fill(1, a, b);
  };
  /** First covered position at or after i (or the run's end). */
  const nextCovered = (i: number): number => {
    while (i < t.length && !cov[i]) i++;
    return i;
  };

  // 1. URLs with a scheme, each ending at the next scheme or the end of the run.
  const starts: number[] = [];
  for (let i = lower.indexOf('http'); i >= 0; i = lower.indexOf('http', i + 1)) if (isSchemeAt(lower, i)) starts.push(i);
  starts.forEach((s, k) => {
    const end = trimEnd(t, s, k + 1 < starts.length ? starts[k + 1]! : t.length);
    const host = hostOfUrl(t.slice(s, end));
    if (host && (host.includes('.') || host.startsWith('['))) take(s, end, 'url');
  });

  // 2. E-mail addresses (and `user@host/path` without a scheme, which is a URL).
  let prevAt = -1;
  for (let at = t.indexOf('@'); at >= 0; prevAt = at, at = t.indexOf('@', at + 1)) {
    if (cov[at]) continue;
    let ls = at;
    while (ls > prevAt + 1 && at - ls < MAX_LOCAL && !cov[ls - 1] && LOCAL_CHAR.test(t[ls - 1]!)) ls--;
    if (at - ls >= MAX_LOCAL && ls > 0 && LOCAL_CHAR.test(t[ls - 1]!)) continue;
    while (ls < at && t[ls] === '.') ls++;
    if (ls === at) continue;
    let he = at + 1;
    while (he < t.length && he - at <= MAX_HOST && !cov[he] && HOST_CHAR.test(t[he]!)) he++;
    let hostEnd = he;
    while (hostEnd > at + 1 && (t[hostEnd - 1] === '.' || t[hostEnd - 1] === '-')) hostEnd--;
    if (!knownSuffixHost(t.slice(at + 1, hostEnd))) continue;
    const start = ls >= 7 && lower.startsWith('mailto:', ls - 7) && !cov[ls - 7] ? ls - 7 : ls;
    if (hostEnd === he && /[/\\:?#]/.test(t[he] ?? '')) take(start, trimEnd(t, start, nextCovered(he)), 'url');
    else take(start, hostEnd, 'email');
  }

  // 3. Bare hosts: maximal sequences of host characters with a known public suffix. Not one
  //    written right after '/' or '@' or right before '@': that is a path, a rejected e-mail
  //    domain or a userinfo, and reporting it alone could show `evil.example/politiet.no` as
  //    politiet.no.
  for (let i = 0; i < t.length;) {
    if (cov[i] || !HOST_CHAR.test(t[i]!)) {
      i++;
      continue;
    }
    let e = i;
    while (e < t.length && !cov[e] && HOST_CHAR.test(t[e]!)) e++;
    let hs = i;
    let he = e;
    while (hs < he && (t[hs] === '.' || t[hs] === '-')) hs++;
    while (he > hs && (t[he - 1] === '.' || t[he - 1] === '-')) he--;
    const before = t[i - 1];
    const after = t[e];
    if (he > hs && before !== '@' && before !== '/' && before !== '\\' && after !== '@' && knownSuffixHost(t.slice(hs, he))) {
      let end = he;
      if (he === e && after !== undefined && '/\\?#:'.includes(after)) {
        end = Math.max(he, trimEnd(t, hs, nextCovered(e)));
        if (after === ':' && !/^:\d+(?:[/\\?#]|$)/.test(t.slice(e, Math.min(end, e + 8)))) end = he;
      }
      take(hs, end, 'url');
      i = end;
      continue;
    }
    i = e;
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** Every URL and e-mail address in the text, in order, with spans into the text as given. */
export function findAddresses(text: string): AddressCandidate[] {
  const out: AddressCandidate[] = [];
  const runBreak = new RegExp(RUN_BREAK_CLASS, 'gu');
  for (let i = 0; i < text.length;) {
    runBreak.lastIndex = i;
    const next = runBreak.exec(text);
    const e = next ? next.index : text.length;
    // Most runs are plain words: an address needs a dot or an @ (or a defanged or fullwidth one).
    if (e > i && MAY_HOLD_ADDRESS.test(text.slice(i, e))) {
      const clean = cleanRun(text, i, e);
      for (const [a, b, kind] of scanRun(clean)) {
        const start = clean.from[a]!;
        const end = clean.to[b - 1]!;
        out.push({ kind, match: text.slice(start, end), span: { start, end } });
      }
    }
    i = next ? e + next[0].length : text.length;
  }
  return out;
}
