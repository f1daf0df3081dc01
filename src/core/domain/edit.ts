/**
 * Bounded Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute,
 * swap two neighbours), for one- and two-edit typosquats (`poltiet`, `eruopol`).
 *
 * Hand-written because only "is it at most 2, and was the one edit a swap?" is needed, on labels
 * of at most 63 characters: a 64×64 table, and pairs whose lengths differ by more than the bound
 * are rejected before any work.
 */

export interface EditResult {
  distance: number;
  /** The strings differ by exactly one swap of neighbouring characters. */
  transposition: boolean;
}

/** Distance between a and b (code points), or null when it exceeds `max`. */
export function boundedEdits(a: string, b: string, max: number): EditResult | null {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return null;
  const rows = x.length + 1;
  const cols = y.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return null;
  }
  const distance = d[rows * cols - 1]!;
  if (distance > max) return null;
  return { distance, transposition: distance === 1 && x.length === y.length && isOneSwap(x, y) };
}

/**
 * Exactly one edit apart (one substitution, insertion, deletion or swap of neighbours, counted in
 * code points): `'transposition'` for a swap, `'one-edit'` for the others, else null. The same
 * answer as `boundedEdits(a, b, 1)` with distance 1, in one pass instead of a table: it runs
 * against every long organisation label of a similar length for every host classified.
 */
export function oneEdit(a: string, b: string): 'one-edit' | 'transposition' | null {
  if (a === b) return null;
  const x = [...a];
  const y = [...b];
  if (x.length === y.length) {
    let i = 0;
    while (x[i] === y[i]) i++;
    let j = x.length - 1;
    while (x[j] === y[j]) j--;
    if (i === j) return 'one-edit';
    return j === i + 1 && x[i] === y[j] && x[j] === y[i] ? 'transposition' : null;
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1) return null;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  for (let k = i; k < short.length; k++) if (long[k + 1] !== short[k]) return null;
  return 'one-edit';
}

function isOneSwap(x: string[], y: string[]): boolean {
  const diff: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!];
}

/**
 * Chromium's false-positive filters for one-edit matches (lookalike_url_util.cc): the only
 * difference is the first character (`hank`/`tank`), or trailing digits (`site45`/`site35`).
 * Ours on top: one letter added at the end that is not the last one doubled, because that is how
 * the supported languages inflect a word (plural, definite, feminine: `amelie` for ameli,
 * `politiets` for politiet), while a doubled key (`politiett`) is a typo.
 */
export function chromiumRejectsOneEdit(candidate: string, target: string): boolean {
  if (candidate.slice(1) === target.slice(1) || candidate.slice(1) === target || candidate === target.slice(1)) return true;
  if (candidate.length === target.length + 1 && candidate.startsWith(target) && candidate.at(-1) !== target.at(-1)) return true;

  const strip = (s: string): string => s.replace(/\d+$/, '');
  return strip(candidate) === strip(target) && strip(candidate) !== candidate;
}

/** A final vowel for another: Romance number and gender (`carabiniere` for carabinieri). */
export function finalVowelSwap(candidate: string, target: string): boolean {
  const vowel = (c: string | undefined) => c !== undefined && 'aeiou'.includes(c);
  return candidate.length === target.length && candidate.slice(0, -1) === target.slice(0, -1) && vowel(candidate.at(-1)) && vowel(target.at(-1));
}
