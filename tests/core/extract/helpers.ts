// Shared by the extract tests: the span invariants.
import { expect } from 'vitest';
import type { Span } from '../../../src/core/verdict.js';

/** Every span lies in the text, is non-empty, and slices back to the reported match. */
export function expectSpans(text: string, items: ReadonlyArray<{ match: string; span: Span }>): void {
  for (const it of items) {
    expect(it.span.start).toBeGreaterThanOrEqual(0);
    expect(it.span.end).toBeLessThanOrEqual(text.length);
    expect(it.span.end).toBeGreaterThan(it.span.start);
    expect(text.slice(it.span.start, it.span.end)).toBe(it.match);
  }
}

/** Spans sorted and pairwise disjoint. */
export function expectDisjoint(items: ReadonlyArray<{ span: Span }>): void {
  for (let k = 1; k < items.length; k++) expect(items[k]!.span.start).toBeGreaterThanOrEqual(items[k - 1]!.span.end);
}
