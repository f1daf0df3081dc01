/**
 * `npm run eval`: precision and recall of the text analysis on tests/corpus (sources in its
 * README). Today: scam signs only (src/core/text/signs.ts); URL and lookalike classes follow.
 */
import { readFileSync } from 'node:fs';
import { findSigns } from '../src/core/text/signs.js';

interface Text {
  id: string;
  lang: string;
  text: string;
  category?: string;
}
const load = (f: string): Text[] => JSON.parse(readFileSync(new URL(`../tests/corpus/${f}`, import.meta.url), 'utf8')) as Text[];

export function evaluate(): { recall: number; precision: number; scams: number; missed: string[]; falsePositives: Record<string, string[]>; genuineByCategory: Record<string, number> } {
  const scams = load('scam-texts.json');
  const genuine = load('genuine-texts.json');
  const missed = scams.filter((t) => findSigns(t.text).length === 0).map((t) => t.id);
  const falsePositives: Record<string, string[]> = {};
  const genuineByCategory: Record<string, number> = {};
  for (const g of genuine) {
    const c = g.category ?? 'other';
    genuineByCategory[c] = (genuineByCategory[c] ?? 0) + 1;
    if (findSigns(g.text).length > 0) (falsePositives[c] ??= []).push(g.id);
  }
  const tp = scams.length - missed.length;
  const fp = Object.values(falsePositives).reduce((a, b) => a + b.length, 0);
  return { recall: tp / scams.length, precision: tp / (tp + fp), scams: scams.length, missed, falsePositives, genuineByCategory };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = evaluate();
  console.log(`scam texts: recall ${r.recall.toFixed(3)} (${r.scams - r.missed.length}/${r.scams}), precision ${r.precision.toFixed(3)}`);
  console.log(`missed: ${r.missed.join(', ') || 'none'}`);
  for (const [c, n] of Object.entries(r.genuineByCategory)) console.log(`genuine ${c}: ${n} texts, flagged ${r.falsePositives[c]?.length ?? 0}${r.falsePositives[c] ? ` (${r.falsePositives[c]!.join(', ')})` : ''}`);
}
