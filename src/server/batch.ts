/**
 * `POST /api/v1/verify/batch`, bounded as one answer is (docs/HTTP.md "Limits"): by items (the
 * schema), by total characters (before any work), and by total findings (items past that budget
 * get an error of their own). Between items the handler yields to the event loop once it has run
 * for a few milliseconds, so a check sent beside a heavy batch is answered without waiting for it.
 */
import { failLimit, type LimitHit } from '../core/errors.js';
import type { Result } from '../core/verdict.js';

/** Characters (UTF-16 code units) of all items together: four full-size texts. */
export const MAX_BATCH_CHARS = 4 * 64 * 1024;
/** Findings of all answers together; later items answer WC_BATCH_TOO_LARGE. */
export const MAX_BATCH_FINDINGS = 10_000;
/** Run at most this long (ms) before letting other requests in. */
const SLICE_MS = 10;

export type ItemAnswer = Result | { error: { code: string; message: string; limit?: string; max?: number } };

export async function runBatch(
  items: readonly string[],
  one: (item: string) => Result | Promise<Result>,
  itemError: (e: unknown) => ItemAnswer,
  overBudget: (limit: LimitHit) => ItemAnswer,
): Promise<{ results: ItemAnswer[] }> {
  let chars = 0;
  for (const item of items) chars += item.length;
  if (chars > MAX_BATCH_CHARS) failLimit('WC_BATCH_TOO_LARGE', 'batch-chars', MAX_BATCH_CHARS);
  const results: ItemAnswer[] = [];
  let findings = 0;
  let slice = performance.now();
  for (const item of items) {
    if (findings >= MAX_BATCH_FINDINGS) {
      results.push(overBudget({ name: 'batch-findings', max: MAX_BATCH_FINDINGS }));
      continue;
    }
    try {
      const r = await one(item);
      findings += r.findings.length;
      results.push(r);
    } catch (e) {
      results.push(itemError(e));
    }
    if (performance.now() - slice > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = performance.now();
    }
  }
  return { results };
}
