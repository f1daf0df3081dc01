/**
 * Evaluation of the URL / e-mail / host classifier (src/core/domain/lookalike.ts) on
 * tests/corpus/lookalike-domains.json and official-domains.json (sources in tests/corpus/README.md).
 *
 * - recall: share of lookalike entries classified `lookalike`, overall and per corpus technique;
 * - imitates: among those, share naming the corpus's imitated domain (only where that domain is
 *   on the list; fbi.gov and hmrc.gov.uk are quoted by warnings but are not);
 * - officialFalsePositives: official entries not classified `official` (must be 0).
 *
 * Run: npx tsx scripts/eval-domains.ts. tests/core/domain/corpus.test.ts asserts the floors.
 */
import { readFileSync } from 'node:fs';
import { officialIndex } from '../src/core/domain/official-index.js';
import { classifyAddress, type DomainClassification } from '../src/core/domain/lookalike.js';
import type { OfficialDomain } from '../src/core/domain/official.js';
import { OFFICIAL_REFERENCE } from '../src/core/domain/official-reference.js';

interface LookalikeCase {
  input: string;
  imitates: string;
  technique: string;
}
interface OfficialCase {
  input: string;
}

export interface DomainEvalRow {
  /** Technique as the corpus names it. */
  technique: string;
  total: number;
  flagged: number;
  /** Flagged and naming the imitated domain, of those whose imitated domain is on the list. */
  imitatesRight: number;
  imitatesKnown: number;
}

export interface DomainEval {
  rows: DomainEvalRow[];
  lookalikes: number;
  recall: number;
  imitatesAccuracy: number;
  missed: Array<{ input: string; technique: string; result: DomainClassification }>;
  officials: number;
  officialFalsePositives: number;
  officialMisses: Array<{ input: string; result: DomainClassification }>;
}

const load = <T>(f: string): T[] => JSON.parse(readFileSync(new URL(`../tests/corpus/${f}`, import.meta.url), 'utf8')) as T[];

export function evalDomains(official: readonly OfficialDomain[] = OFFICIAL_REFERENCE): DomainEval {
  const listed = new Set(official.map((o) => o.domain));
  const index = officialIndex(official); // built once for every case (the core keeps no memo)
  const rows = new Map<string, DomainEvalRow>();
  const missed: DomainEval['missed'] = [];
  const lookalikes = load<LookalikeCase>('lookalike-domains.json');
  let flagged = 0;
  let imitatesRight = 0;
  let imitatesKnown = 0;
  for (const c of lookalikes) {
    const row = rows.get(c.technique) ?? { technique: c.technique, total: 0, flagged: 0, imitatesRight: 0, imitatesKnown: 0 };
    rows.set(c.technique, row);
    row.total++;
    const result = classifyAddress(c.input, index);
    if (result.verdict !== 'lookalike') {
      missed.push({ input: c.input, technique: c.technique, result });
      continue;
    }
    row.flagged++;
    flagged++;
    if (listed.has(c.imitates)) {
      row.imitatesKnown++;
      imitatesKnown++;
      if (result.entry === c.imitates) {
        row.imitatesRight++;
        imitatesRight++;
      }
    }
  }
  const officials = load<OfficialCase>('official-domains.json');
  const officialMisses = officials.map((c) => ({ input: c.input, result: classifyAddress(c.input, index) })).filter((r) => r.result.verdict !== 'official');
  return {
    rows: [...rows.values()],
    lookalikes: lookalikes.length,
    recall: flagged / lookalikes.length,
    imitatesAccuracy: imitatesKnown ? imitatesRight / imitatesKnown : 1,
    missed,
    officials: officials.length,
    officialFalsePositives: officialMisses.length,
    officialMisses,
  };
}

/** The per-technique table as text (also printed by the corpus test). */
export function formatDomainEval(r: DomainEval): string {
  const lines = [
    `${'technique'.padEnd(34)} ${'flagged'.padStart(9)} ${'recall'.padStart(7)} ${'imitates'.padStart(9)}`,
    ...r.rows.map(
      (x) =>
        `${x.technique.padEnd(34)} ${`${x.flagged}/${x.total}`.padStart(9)} ${(x.flagged / x.total).toFixed(2).padStart(7)} ${(x.imitatesKnown ? `${x.imitatesRight}/${x.imitatesKnown}` : '-').padStart(9)}`,
    ),
    `lookalikes: recall ${r.recall.toFixed(3)} (${r.lookalikes - r.missed.length}/${r.lookalikes}), imitated domain named right ${(r.imitatesAccuracy * 100).toFixed(1)}%`,
    `missed: ${r.missed.map((m) => `${JSON.stringify(m.input)} (${m.technique}: ${m.result.verdict})`).join(', ') || 'none'}`,
    `official: ${r.officials - r.officialFalsePositives}/${r.officials} official, false positives ${r.officialFalsePositives}${r.officialMisses.map((m) => ` ${JSON.stringify(m.input)} → ${m.result.verdict}`).join(',')}`,
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(formatDomainEval(evalDomains()));
