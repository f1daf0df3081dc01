// The floors of `npm run eval` (scripts/eval.ts): the real checkInput on the corpus.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/eval.js';

describe('corpus (npm run eval)', () => {
  const { texts, domains } = evaluate();
  it('reads ≥ 95% of the real scam texts as scam or lookalike, in every language', () => {
    expect(texts.scams).toBeGreaterThanOrEqual(100);
    expect(texts.recall).toBeGreaterThanOrEqual(0.95);
    for (const [lang, v] of Object.entries(texts.byLang)) expect(v.detected / v.total, lang).toBeGreaterThanOrEqual(0.66);
  });
  it('reads no genuine text as scam or lookalike: police warnings, help services, warnings that quote the scams', () => {
    expect(texts.genuine['police-warning']!.total).toBeGreaterThanOrEqual(15);
    expect(texts.genuine['scam-warning']!.total).toBeGreaterThanOrEqual(25);
    for (const [category, v] of Object.entries(texts.genuine)) expect(v.flagged, category).toEqual([]);
  });
  it('flags ≥ 95% of the lookalike addresses and no official one', () => {
    expect(domains.lookalikes).toBeGreaterThanOrEqual(100);
    expect(domains.recall).toBeGreaterThanOrEqual(0.95);
    expect(domains.officialFalsePositives).toBe(0);
  });
});
