/**
 * Templates: the genuine texts of warnings (docs/FORMAT.md §6). A pasted text matches a template
 * when both are equal after the canonical normalization below; otherwise a word-level diff shows
 * what was changed.
 */
import { diffWords } from 'diff';
import { formatCode } from './code.js';
import type { DiffPart } from './verdict.js';
import type { Template } from './trust.js';

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2039': "'",
  '\u203a': "'",
};
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d']);
const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);

/**
 * Canonical text normalization (FORMAT.md §6.2): Unicode NFC; zero-width characters and soft
 * hyphens removed; quote and dash variants mapped to ASCII; every run of Unicode white space
 * (including no-break space and line breaks) becomes one space; leading and trailing space removed.
 * Case and punctuation are kept: a changed word is a change.
 */
export function normalizeText(s: string): string {
  let out = '';
  let space = false;
  for (const ch of s.normalize('NFC')) {
    if (INVISIBLE.has(ch)) continue;
    if (/\s/u.test(ch)) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += QUOTES[ch] ?? (DASHES.has(ch) ? '-' : ch);
  }
  return out;
}

/** The genuine text of one warning: its template with the code filled in. */
export function genuineText(t: Template, normalizedCode: string): string {
  return t.text.split('{code}').join(formatCode(normalizedCode));
}

export interface TemplateMatch {
  equal: boolean;
  /** Word-level diff from the genuine text to the given text (normalized). */
  diff: DiffPart[];
  /** Share of the genuine text's words that the given text keeps (0…1). */
  similarity: number;
}

/**
 * Work bounds of one comparison (a word diff costs time proportional to the product of the lengths
 * when the texts differ a lot): a given text longer than `maxRatio` times the genuine one is not
 * its text (a mail quoting it, say) and is not diffed; and a diff that needs more than
 * `maxEdits` word edits is abandoned. Either way the result is "not the warning's text".
 */
export const COMPARE_LIMITS = { maxRatio: 3, maxEdits: 600 } as const;

const UNRELATED: TemplateMatch = Object.freeze({ equal: false, diff: [], similarity: 0 }) as TemplateMatch;

export function compareText(genuine: string, given: string): TemplateMatch {
  const a = normalizeText(genuine);
  const b = normalizeText(given);
  if (a === b) return { equal: true, diff: [{ op: 'same', text: a }], similarity: 1 };
  if (b.length > COMPARE_LIMITS.maxRatio * a.length) return UNRELATED;
  const parts = diffWords(a, b, { maxEditLength: COMPARE_LIMITS.maxEdits });
  if (parts === undefined) return UNRELATED;
  let kept = 0;
  let total = 0;
  const diff: DiffPart[] = [];
  for (const p of parts) {
    const words = p.value.trim() ? p.value.trim().split(' ').length : 0;
    if (!p.added) total += words;
    if (!p.added && !p.removed) kept += words;
    diff.push({ op: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value });
  }
  return { equal: false, diff, similarity: total === 0 ? 0 : kept / total };
}
