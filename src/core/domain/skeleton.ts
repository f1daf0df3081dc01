/**
 * UTS #39 skeletons and the script facts the lookalike checks need.
 *
 * Written here rather than taken from npm because no package computes a correct TR39 skeleton with
 * current data (notes in docs/DOMAINS.md): they skip NFD, ship Unicode 10/13 tables, or use their
 * own hand-made tables. The table is the vendored confusables.txt 17.0.0, packed into
 * confusables-data.ts by scripts/gen-confusables.ts.
 *
 * Skeletons are for comparison only; never show one to a user (UTS #39 §4).
 */
import { CONFUSABLES_PACKED } from './confusables-data.js';

/** The confusables table, decoded once at module load (a few ms per process or page). */
const TABLE: ReadonlyMap<number, string> = decodeConfusables();

export function confusablesTable(): ReadonlyMap<number, string> {
  return TABLE;
}

function decodeConfusables(): Map<number, string> {
  const t = new Map<number, string>();
  let cp = 0;
  for (const chunk of CONFUSABLES_PACKED)
    for (const entry of chunk.split(',')) {
      const colon = entry.indexOf(':');
      cp += parseInt(entry.slice(0, colon), 36);
      t.set(
        cp,
        String.fromCodePoint(
          ...entry
            .slice(colon + 1)
            .split('.')
            .map((x) => parseInt(x, 36)),
        ),
      );
    }
  return t;
}

/** The skeleton exactly as UTS #39 defines it: NFD, map every code point, NFD. Case-sensitive. */
export function tr39Skeleton(s: string): string {
  const map = confusablesTable();
  let out = '';
  for (const ch of s.normalize('NFD')) out += map.get(ch.codePointAt(0)!) ?? ch;
  return out.normalize('NFD');
}

/**
 * The form every comparison uses: the TR39 skeleton, lower-cased, and mapped once more. The table
 * maps digits to capitals (`0` → `O`), so `p0licja` meets `policja` only after lower-casing; the
 * second pass maps what lower-casing produced (Cyrillic `Р` → `P` → `p` is already final, but
 * e.g. Greek capitals lower-case to letters that have their own mapping).
 */
export function skeleton(s: string): string {
  return tr39Skeleton(tr39Skeleton(s).toLowerCase());
}

const MARK = /\p{M}/gu;
const EXTRA_BASE: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŧ: 't', ı: 'i' };
const LGC = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}0-9._-]*$/u;

/**
 * Chromium's diacritic removal (skeleton_generator.cc): NFD, drop combining marks, NFC, plus the
 * few letters whose "diacritic" is not a combining mark (ł ø đ …). Only applied to labels written
 * entirely in Latin, Greek or Cyrillic, as Chromium does; other labels are returned unchanged.
 */
export function stripDiacritics(host: string): string {
  return host
    .split('.')
    .map((label) => {
      if (!LGC.test(label)) return label;
      let out = label.normalize('NFD').replace(MARK, '').normalize('NFC');
      out = [...out].map((c) => EXTRA_BASE[c] ?? c).join('');
      return out;
    })
    .join('.');
}

export type Script = 'Latin' | 'Cyrillic' | 'Greek' | 'Han' | 'Hiragana' | 'Katakana' | 'Hangul' | 'Bopomofo' | 'Other';

const SCRIPT_TESTS: Array<[Script, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Bopomofo', /\p{Script=Bopomofo}/u],
];
const LETTER = /\p{L}/u;

/** Scripts of the letters in a string (digits, hyphens and combining marks have none). */
export function scriptsOf(s: string): Set<Script> {
  const out = new Set<Script>();
  for (const c of s) {
    if (!LETTER.test(c)) continue;
    out.add(SCRIPT_TESTS.find(([, re]) => re.test(c))?.[0] ?? 'Other');
  }
  return out;
}

const CJK: ReadonlySet<Script> = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo']);

/**
 * A label mixes scripts in a way UTS #39 "Highly Restrictive" does not allow (Chromium's rule):
 * more than one script, unless the mix is Latin and/or the CJK scripts only.
 */
export function isMixedScript(label: string): boolean {
  const scripts = scriptsOf(label);
  if (scripts.size < 2) return false;
  return ![...scripts].every((s) => s === 'Latin' || CJK.has(s));
}
