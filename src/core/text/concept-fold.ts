/**
 * A second, obfuscation-proof folding of a text for the concept lexicons (concepts.ts). It starts
 * from phrases.ts's fold (case, white space, invisible characters) and undoes what scammers do to
 * keep filters from reading a word, keeping where every character came from:
 *
 * - diacritics are optional: every letter loses its combining marks (`Polícia` = `policia`,
 *   `αστυνομία` = `αστυνομια`), plus ł ø đ ħ ı and Greek final sigma;
 * - letters of another script inside a word are read in the word's own script (`Pоliсе` with
 *   Cyrillic о and с is `police`): Latin-majority words map the others through the UTS #39
 *   skeleton (skeleton.ts), Cyrillic and Greek-majority words map Latin look-alikes back;
 * - leetspeak: in a word that holds letters and digits, digits read as the letters they imitate
 *   (`P0LICJA`, `Eur0p0l`); `@` and `$` between letters read a and s;
 * - spaced or dotted letters: four or more single letters separated by one space, `.`, `-`, `_`,
 *   `*` or `·` are one word (`P O L I C E`, `p.o.l.i.z.e.i`).
 *
 * The lexicons are folded by the same function, so both sides meet; what this folding merges
 * (1/i/l, 0/o) is merged in both. Linear: a fixed amount of work per character.
 */
import { foldText, type FoldedText } from './phrases.js';
import { tr39Skeleton } from '../domain/skeleton.js';

const MARK = /^\p{M}$/u;
const LATIN = /^\p{Script=Latin}$/u;
const CYRILLIC = /^\p{Script=Cyrillic}$/u;
const GREEK = /^\p{Script=Greek}$/u;
// Icelandic þ ð and Nordic æ have no decomposition; typed without them they are written th, d, ae.
const EXTRA: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ς: 'σ', ŀ: 'l', þ: 'th', ð: 'd', æ: 'ae' };
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '6': 'b', '2': 'z' };
/** Latin letters that look like Cyrillic, respectively Greek, ones (lower case). */
const TO_CYRILLIC: Record<string, string> = { a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у' };
const TO_GREEK: Record<string, string> = { a: 'α', b: 'β', e: 'ε', i: 'ι', k: 'κ', n: 'η', o: 'ο', p: 'ρ', t: 'τ', u: 'υ', v: 'ν', x: 'χ', y: 'γ', z: 'ζ' };
const SPACED_GAP = new Set([' ', '.', '-', '_', '*', '\u00b7']);
const MIN_SPACED = 4;

function stripChar(c: string): string {
  const x = c.charCodeAt(0);
  if (c.length === 1 && x < 0x80) return c;
  const e = EXTRA[c];
  if (e !== undefined) return e;
  if (MARK.test(c)) return '';
  let out = '';
  for (const d of c.normalize('NFD')) if (!MARK.test(d)) out += d;
  return out;
}

type Script = 'L' | 'C' | 'G' | '';
function scriptOfChar(c: string): Script {
  const x = c.charCodeAt(0);
  if (x < 0x80) return x >= 0x61 && x <= 0x7a ? 'L' : '';
  if (LATIN.test(c)) return 'L';
  if (CYRILLIC.test(c)) return 'C';
  if (GREEK.test(c)) return 'G';
  return '';
}

/** Latin reading of a Cyrillic or Greek letter (skeleton, lower case), or the letter itself. */
function toLatin(c: string): string {
  const s = tr39Skeleton(c).toLowerCase();
  return s.length === 1 && s >= 'a' && s <= 'z' ? s : c;
}

/** 3. Per word (after spaced letters are joined): mixed scripts and leetspeak digits, in place. */
function fixWords(chars: string[], word: ArrayLike<number>): void {
  const n = chars.length;
  const scripts = new Map<string, Script>();
  const latin = new Map<string, string>();
  for (let i = 0; i < n;) {
    if (word[i] !== 1) {
      i++;
      continue;
    }
    let j = i;
    let lat = 0;
    let cyr = 0;
    let gre = 0;
    let dig = 0;
    for (; j < n && word[j] === 1; j++) {
      const c = chars[j]!;
      if (c >= '0' && c <= '9') dig++;
      else {
        const s = scriptCached(c, scripts);
        if (s === 'L') lat++;
        else if (s === 'C') cyr++;
        else if (s === 'G') gre++;
      }
    }
    const letters = lat + cyr + gre;
    const major: Script = lat >= cyr && lat >= gre ? 'L' : cyr >= gre ? 'C' : 'G';
    if (letters > 0 && (lat !== letters || dig > 0))
      for (let k = i; k < j; k++) {
        const c = chars[k]!;
        const s = scriptCached(c, scripts);
        if (c >= '0' && c <= '9') {
          // A digit reads as the letter it imitates, in the word's own script (П0ЛИЦИЯ, ΑΣΤΥΝ0ΜΙΑ).
          const l = LEET[c]!;
          if (letters >= 2) chars[k] = major === 'L' ? l : major === 'C' ? (TO_CYRILLIC[l] ?? l) : (TO_GREEK[l] ?? l);
        } else if (major === 'L' && (s === 'C' || s === 'G')) {
          let l = latin.get(c);
          if (l === undefined) latin.set(c, (l = toLatin(c)));
          chars[k] = l;
        } else if (major === 'C' && s === 'L') chars[k] = TO_CYRILLIC[c] ?? c;
        else if (major === 'G' && s === 'L') chars[k] = TO_GREEK[c] ?? c;
      }
    i = j;
  }
}

/** Script of one letter, with a per-call cache for the non-ASCII ones (a plain function: hot loop). */
function scriptCached(c: string, cache: Map<string, Script>): Script {
  const x = c.charCodeAt(0);
  if (x < 0x80) return x >= 0x61 && x <= 0x7a ? 'L' : '';
  let s = cache.get(c);
  if (s === undefined) cache.set(c, (s = scriptOfChar(c)));
  return s;
}

/** A one-letter word at folded index k. */
function single(word: readonly number[], k: number): boolean {
  return word[k] === 1 && word[k - 1] !== 1 && word[k + 1] !== 1;
}

/** Fold a text (or one already folded by phrases.ts) for the concept lexicons. */
export function conceptFold(input: string | FoldedText): FoldedText {
  const base = typeof input === 'string' ? foldText(input) : input;
  // 1. Diacritics off, per folded character (a lone combining mark joins the letter before it).
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const nl: number[] = [];
  const word: number[] = [];
  const stripped = new Map<string, string>(); // per call: a text repeats few distinct letters
  for (let k = 0; k < base.chars.length; k++) {
    let c = base.chars[k]!;
    let isWord = base.word[k] === 1;
    if (isWord && (c.length > 1 || c.charCodeAt(0) >= 0x80)) {
      let d = stripped.get(c);
      if (d === undefined) stripped.set(c, (d = stripChar(c)));
      c = d;
    } else if ((c === '@' || c === '$') && k > 0 && k + 1 < base.chars.length && base.word[k - 1] === 1 && scriptOfChar(base.chars[k + 1]!) === 'L') {
      c = c === '@' ? 'a' : 's';
      isWord = true;
    }
    if (c === '') {
      if (chars.length) end[end.length - 1] = base.end[k]!;
      continue;
    }
    if (c.length === 1) {
      chars.push(c);
      start.push(base.start[k]!);
      end.push(base.end[k]!);
      nl.push(base.newlines[k]!);
      word.push(isWord ? 1 : 0);
      continue;
    }
    for (const d of c) {
      chars.push(d);
      start.push(base.start[k]!);
      end.push(base.end[k]!);
      nl.push(base.newlines[k]!);
      word.push(isWord ? 1 : 0);
    }
  }
  const n = chars.length;
  // 2. Spaced letters: runs of ≥ MIN_SPACED single letters with one gap character between them.
  const drop = new Uint8Array(n);
  for (let i = 0; i < n;) {
    if (!single(word, i)) {
      i++;
      continue;
    }
    let count = 1;
    let k = i;
    while (k + 2 < n && SPACED_GAP.has(chars[k + 1]!) && nl[k + 1] === 0 && single(word, k + 2)) {
      k += 2;
      count++;
    }
    if (count >= MIN_SPACED) for (let g = i + 1; g < k; g += 2) drop[g] = 1;
    i = k + 1;
  }
  let dropped = 0;
  for (let k = 0; k < n; k++) dropped += drop[k]!;
  if (dropped === 0) {
    fixWords(chars, word);
    return { text: base.text, chars, start, end, word: Uint8Array.from(word), newlines: Uint8Array.from(nl) };
  }
  const keep = n - dropped;
  const out = {
    chars: new Array<string>(keep),
    start: new Array<number>(keep),
    end: new Array<number>(keep),
    word: new Uint8Array(keep),
    newlines: new Uint8Array(keep),
  };
  for (let k = 0, j = 0; k < n; k++) {
    if (drop[k]) continue;
    out.chars[j] = chars[k]!;
    out.start[j] = start[k]!;
    out.end[j] = end[k]!;
    out.word[j] = word[k]!;
    out.newlines[j] = nl[k]!;
    j++;
  }
  fixWords(out.chars, out.word);
  return { text: base.text, ...out };
}

/**
 * Lower-case ASCII words of two letters or more, one space apart: the concept fold leaves them as
 * they are (no diacritic, other script or digit to undo, no single letters to join). Over half the
 * lexicon phrases.
 */
const PLAIN_PHRASE = /^[a-z]{2,}(?: [a-z]{2,})*$/;
/**
 * Lower-case words of two Latin letters or more, one space apart: the concept fold only takes their
 * diacritics off, letter by letter (no other script or digit to undo, no single letters to join).
 * Most of the other phrases. These two shortcuts halve the time to build the concept tables.
 */
const LATIN_PHRASE = /^\p{Script=Latin}{2,}(?: \p{Script=Latin}{2,})*$/u;

/** A lexicon phrase (phrases.ts syntax, `*` at either end) in the concept fold. */
export function conceptFoldPhrase(phrase: string): string {
  const lead = phrase.startsWith('*') ? '*' : '';
  const trail = phrase.length > 1 && phrase.endsWith('*') ? '*' : '';
  const body = phrase.slice(lead.length, phrase.length - trail.length);
  if (PLAIN_PHRASE.test(body)) return lead + body + trail;
  if (LATIN_PHRASE.test(body) && body === body.toLowerCase()) {
    let out = '';
    for (const c of body) out += c === ' ' ? c : stripChar(c);
    return lead + out + trail;
  }
  const f = conceptFold(body);
  return lead + f.chars.join('').trim() + trail;
}

/**
 * A text folded like `conceptFold` but without undoing any disguise (case, white space and
 * diacritics only), as one string: where it differs from the concept fold of the same text, the
 * text was disguised (leetspeak, mixed scripts, spaced letters).
 */
export function plainFold(text: string): string {
  const base = foldText(text);
  let out = '';
  for (let k = 0; k < base.chars.length; k++) {
    const c = base.chars[k]!;
    out += base.word[k] === 1 && (c.length > 1 || c.charCodeAt(0) >= 0x80) ? stripChar(c) : c;
  }
  return out.trim();
}
