/**
 * `npm run eval`: the text and address analysis measured on tests/corpus (sources in its README),
 * through the same `checkInput` the page, the API and the CLI call, with the reference list of
 * official domains as a trust list carries it. Per class:
 *   - scam texts: recall = share whose overall verdict is `scam` or `lookalike`, per language;
 *   - genuine texts (police warnings, help services, official warnings about the scams): how many
 *     get `scam` or `lookalike` (goal: none);
 *   - lookalike addresses: recall per technique; official addresses: any not `official` (goal: none).
 * tests/core/eval.test.ts holds the floors.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkInput } from '../src/core/check.js';
import { OFFICIAL_REFERENCE } from '../src/core/domain/official-reference.js';
import type { Verdict } from '../src/core/verdict.js';
import { ctxWith, trustPayload, trustState } from '../tests/helpers/fixture.js';
import { evalDomains, formatDomainEval, type DomainEval } from './eval-domains.js';

interface Text {
  id: string;
  lang: string;
  text: string;
  category?: string;
}
const load = (f: string): Text[] => JSON.parse(readFileSync(new URL(`../tests/corpus/${f}`, import.meta.url), 'utf8')) as Text[];
const FRAUD: ReadonlySet<Verdict> = new Set(['scam', 'lookalike']);

export interface TextEval {
  scams: number;
  detected: number;
  recall: number;
  missed: string[];
  byLang: Record<string, { total: number; detected: number }>;
  genuine: Record<string, { total: number; flagged: string[] }>;
  precision: number;
}

export function evaluateTexts(): TextEval {
  const ctx = ctxWith([], trustState(trustPayload({ official_domains: [...OFFICIAL_REFERENCE] })));
  const verdict = (t: string) => checkInput(t, ctx).verdict;
  const scams = load('scam-texts.json');
  const byLang: TextEval['byLang'] = {};
  const missed: string[] = [];
  for (const s of scams) {
    const hit = FRAUD.has(verdict(s.text));
    const l = (byLang[s.lang] ??= { total: 0, detected: 0 });
    l.total++;
    if (hit) l.detected++;
    else missed.push(s.id);
  }
  const genuine: TextEval['genuine'] = {};
  for (const g of load('genuine-texts.json')) {
    const c = (genuine[g.category ?? 'other'] ??= { total: 0, flagged: [] });
    c.total++;
    if (FRAUD.has(verdict(g.text))) c.flagged.push(g.id);
  }
  const detected = scams.length - missed.length;
  const fp = Object.values(genuine).reduce((a, c) => a + c.flagged.length, 0);
  return { scams: scams.length, detected, recall: detected / scams.length, missed, byLang, genuine, precision: detected / (detected + fp) };
}

export function evaluate(): { texts: TextEval; domains: DomainEval } {
  return { texts: evaluateTexts(), domains: evalDomains() };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { texts: t, domains } = evaluate();
  console.log('## Texts (overall verdict of checkInput)\n');
  console.log(`scam texts: recall ${t.recall.toFixed(3)} (${t.detected}/${t.scams}), precision ${t.precision.toFixed(3)}; missed: ${t.missed.join(', ') || 'none'}`);
  console.log('\n| language | scam texts | detected | recall |\n| --- | --- | --- | --- |');
  for (const [lang, v] of Object.entries(t.byLang).sort()) console.log(`| ${lang} | ${v.total} | ${v.detected} | ${(v.detected / v.total).toFixed(2)} |`);
  console.log('\n| genuine category | texts | read as scam or lookalike |\n| --- | --- | --- |');
  for (const [c, v] of Object.entries(t.genuine)) console.log(`| ${c} | ${v.total} | ${v.flagged.length}${v.flagged.length ? ` (${v.flagged.join(', ')})` : ''} |`);
  console.log('\n## Addresses\n');
  console.log(formatDomainEval(domains));
}
