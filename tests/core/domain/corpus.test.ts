// The corpus eval (tests/corpus, sources in its README): official addresses are official, and the
// lookalike recall stays at or above its floor. The per-technique table is printed for review.
import { describe, expect, it } from 'vitest';
import { evalDomains, formatDomainEval } from '../../../scripts/eval-domains.js';

const RECALL_FLOOR = 0.95;

describe('domain corpus', () => {
  const r = evalDomains();

  it('prints the per-technique table', () => {
    console.log(formatDomainEval(r));
    expect(r.rows.reduce((n, x) => n + x.total, 0)).toBe(r.lookalikes);
  });

  it('every official-domains.json entry is official (and so never a lookalike)', () => {
    expect(r.officials).toBe(65);
    expect(r.officialMisses.map((m) => `${m.input} → ${m.result.verdict}`)).toEqual([]);
    expect(r.officialFalsePositives).toBe(0);
  });

  it(`lookalike-domains.json recall is at least ${RECALL_FLOOR}`, () => {
    expect(r.lookalikes).toBe(175);
    expect(r.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  it('the three inputs that normalise to an official host are flagged, not shown as official', () => {
    for (const technique of ['fullwidth-normalises-to-official', 'zero-width-normalises-to-official', 'backslash-parser-differential'])
      expect(
        r.rows.find((x) => x.technique === technique),
        technique,
      ).toMatchObject({ flagged: 1, total: 1 });
  });

  it('when a lookalike is flagged, it names the imitated organisation (mostly) right', () => {
    expect(r.imitatesAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
