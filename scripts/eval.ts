/**
 * `npm run eval`: the text and address analysis measured on tests/corpus (sources in its README),
 * through the same `checkInput` the page, the API and the CLI call, with the reference list of
 * official domains as a trust list carries it.
 *
 * Two views:
 *   - the split corpus (evaluateCorpus): real, quoted entries split by publisher into `dev` (the
 *     rules may be tuned on it) and `test` (never tuned on), side by side, plus the reconstructed
 *     and constructed legacy entries as a class apart that is reported but never counted;
 *       · scam texts: recall = share whose overall verdict is `scam` or `lookalike`;
 *       · genuine texts: false alarms = `scam` or `lookalike`;
 *       · lookalike addresses: strict recall = verdict `lookalike` (and `not official` = anything but `official`);
 *       · official addresses: false alarms = anything but `official`;
 *       · probes (ordinary domains that merely contain a police/court word): false alarms = `lookalike` or `official`;
 *   - the legacy files as a whole (evaluate), on which the older floors in tests/core/eval.test.ts hold.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkInput } from '../src/core/check.js';
import { OFFICIAL_REFERENCE } from '../src/core/domain/official-reference.js';
import type { Verdict } from '../src/core/verdict.js';
import { ctxWith, trustPayload, trustState } from '../tests/helpers/fixture.js';
import { evalDomains, formatDomainEval, type DomainEval } from './eval-domains.js';
import { loadLegacy, loadReal, type GenuineText, type LookalikeDomain, type OfficialDomain, type ScamText } from './corpus.js';

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

/** A count and how many of it were hit (detected, or flagged for the false-alarm classes). */
export interface Tally {
  total: number;
  hit: number;
}
export interface SplitEval {
  scams: Tally & {
    byLang: Record<string, Tally>;
    byKind: Record<string, Tally>;
    byTheme: Record<string, Tally>;
    verdicts: Record<string, number>;
    missed: string[];
  };
  genuine: Tally & { byLang: Record<string, Tally>; byCategory: Record<string, Tally>; flagged: string[] };
  lookalikes: Tally & {
    notOfficial: number;
    europe: Tally;
    byTechnique: Record<string, Tally>;
    byImitated: Record<string, Tally>;
    missed: Array<{ input: string; verdict: Verdict }>;
  };
  officials: Tally & { falseAlarms: Array<{ input: string; verdict: Verdict }> };
  probes: Tally & { falseAlarms: Array<{ input: string; verdict: Verdict }> };
}
export interface CorpusEval {
  dev: SplitEval;
  test: SplitEval;
  /** Reconstructed and constructed legacy entries: reported, never counted. */
  constructed: SplitEval;
}

const bump = (m: Record<string, Tally>, k: string, hit: boolean) => {
  const t = (m[k] ??= { total: 0, hit: 0 });
  t.total++;
  if (hit) t.hit++;
};

interface Material {
  scams: Array<Pick<ScamText, 'id' | 'lang' | 'kind' | 'theme' | 'text'>>;
  genuine: Array<Pick<GenuineText, 'id' | 'lang' | 'category' | 'text'>>;
  lookalikes: Array<Pick<LookalikeDomain, 'input' | 'imitates' | 'technique'>>;
  officials: Array<Pick<OfficialDomain, 'input' | 'kind'>>;
}

/**
 * The service's scope is Europe's police and public bodies (the official registry lists them), but
 * the corpus also holds real impersonations of bodies elsewhere (US toll agencies, gov.br, ...),
 * which no registry entry can name. Reported apart, decided by the imitated domain's top-level
 * domain alone (never by the verdict): an EU, EEA, UK or Swiss country code, .eu or .int.
 */
const EUROPE_TLDS = new Set('at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se is li no uk ch eu int'.split(' '));
export const imitatesEurope = (imitates: string): boolean => EUROPE_TLDS.has(imitates.slice(imitates.lastIndexOf('.') + 1).toLowerCase());

/** Runs every entry through checkInput and tallies it. */
export function evaluateMaterial(m: Material): SplitEval {
  const ctx = ctxWith([], trustState(trustPayload({ official_domains: [...OFFICIAL_REFERENCE] })));
  const verdict = (t: string): Verdict => checkInput(t, ctx).verdict;
  const r: SplitEval = {
    scams: { total: 0, hit: 0, byLang: {}, byKind: {}, byTheme: {}, verdicts: {}, missed: [] },
    genuine: { total: 0, hit: 0, byLang: {}, byCategory: {}, flagged: [] },
    lookalikes: { total: 0, hit: 0, notOfficial: 0, europe: { total: 0, hit: 0 }, byTechnique: {}, byImitated: {}, missed: [] },
    officials: { total: 0, hit: 0, falseAlarms: [] },
    probes: { total: 0, hit: 0, falseAlarms: [] },
  };
  for (const s of m.scams) {
    const v = verdict(s.text);
    const hit = FRAUD.has(v);
    r.scams.total++;
    if (hit) r.scams.hit++;
    else r.scams.missed.push(s.id);
    r.scams.verdicts[v] = (r.scams.verdicts[v] ?? 0) + 1;
    bump(r.scams.byLang, s.lang, hit);
    bump(r.scams.byKind, s.kind, hit);
    bump(r.scams.byTheme, s.theme, hit);
  }
  for (const g of m.genuine) {
    const hit = FRAUD.has(verdict(g.text));
    r.genuine.total++;
    if (hit) {
      r.genuine.hit++;
      r.genuine.flagged.push(g.id);
    }
    bump(r.genuine.byLang, g.lang, hit);
    bump(r.genuine.byCategory, g.category, hit);
  }
  for (const l of m.lookalikes) {
    const v = verdict(l.input);
    const hit = v === 'lookalike';
    r.lookalikes.total++;
    if (hit) r.lookalikes.hit++;
    else r.lookalikes.missed.push({ input: l.input, verdict: v });
    if (v !== 'official') r.lookalikes.notOfficial++;
    if (imitatesEurope(l.imitates)) bump({ all: r.lookalikes.europe }, 'all', hit);
    bump(r.lookalikes.byTechnique, l.technique, hit);
    bump(r.lookalikes.byImitated, l.imitates, hit);
  }
  for (const o of m.officials) {
    const v = verdict(o.input);
    const probe = o.kind === 'probe';
    const alarm = probe ? v === 'lookalike' || v === 'official' : v !== 'official';
    const t = probe ? r.probes : r.officials;
    t.total++;
    if (alarm) {
      t.hit++;
      t.falseAlarms.push({ input: o.input, verdict: v });
    }
  }
  return r;
}

/** The split corpus: dev = real dev files + quoted legacy entries; test = real test files; constructed = the rest of the legacy files. */
export function evaluateCorpus(): CorpusEval {
  const legacy = loadLegacy();
  const dev = loadReal('dev');
  const test = loadReal('test');
  const legacyScam = (origin: (o: string) => boolean) => legacy.scams.filter((s) => origin(s.origin)).map((s) => ({ ...s, kind: 'legacy', theme: 'legacy' }));
  const legacyGenuine = (origin: (o: string) => boolean) =>
    legacy.genuine.filter((g) => origin(g.origin)).map((g) => ({ ...g, category: g.category ?? 'other' }));
  const legacyLook = (origin: (o: string) => boolean) => legacy.lookalikes.filter((l) => origin(l.origin));
  const legacyOff = (origin: (o: string) => boolean) => legacy.officials.filter((o) => origin(o.origin)).map((o) => ({ ...o, kind: 'official' as const }));
  const quoted = (o: string) => o === 'quoted';
  const notQuoted = (o: string) => o !== 'quoted';
  return {
    dev: evaluateMaterial({
      scams: [...dev.scams, ...legacyScam(quoted)],
      genuine: [...dev.genuine, ...legacyGenuine(quoted)],
      lookalikes: [...dev.lookalikes, ...legacyLook(quoted)],
      officials: [...dev.officials, ...legacyOff(quoted)],
    }),
    test: evaluateMaterial(test),
    constructed: evaluateMaterial({
      scams: legacyScam(notQuoted),
      genuine: legacyGenuine(notQuoted),
      lookalikes: legacyLook(notQuoted),
      officials: legacyOff(notQuoted),
    }),
  };
}

const pct = (t: Tally | undefined): string => (t && t.total ? `${((100 * t.hit) / t.total).toFixed(1)}%` : '-');
const cell = (t: Tally | undefined): string => (t ? `${t.hit}/${t.total} (${pct(t)})` : '-');

/** The side-by-side tables `npm run eval` prints. */
export function formatCorpusEval(c: CorpusEval): string {
  const out: string[] = [];
  const table = (title: string, head: string, rows: Array<[string, Tally | undefined, Tally | undefined]>) => {
    out.push(`\n### ${title}\n`, `| ${head} | dev | test |`, '| --- | --- | --- |');
    for (const [k, d, t] of rows) out.push(`| ${k} | ${cell(d)} | ${cell(t)} |`);
  };
  const keyed = (pick: (s: SplitEval) => Record<string, Tally>): Array<[string, Tally | undefined, Tally | undefined]> =>
    [...new Set([...Object.keys(pick(c.dev)), ...Object.keys(pick(c.test))])].sort().map((k) => [k, pick(c.dev)[k], pick(c.test)[k]]);
  out.push('## Corpus: development vs test (real entries; test never tuned on)\n');
  out.push('| class (measure) | dev | test | constructed (not counted) |', '| --- | --- | --- | --- |');
  const sum: Array<[string, (s: SplitEval) => Tally]> = [
    ['scam texts (recall: scam or lookalike)', (s) => s.scams],
    ['genuine texts (false alarms: scam or lookalike)', (s) => s.genuine],
    ['lookalike addresses (strict recall: lookalike)', (s) => s.lookalikes],
    ['lookalike addresses imitating a European body (strict recall)', (s) => s.lookalikes.europe],
    ['lookalike addresses (anything but official)', (s) => ({ total: s.lookalikes.total, hit: s.lookalikes.notOfficial })],
    ['official addresses (false alarms: not official)', (s) => s.officials],
    ['probe domains (false alarms: lookalike or official)', (s) => s.probes],
  ];
  for (const [label, f] of sum) out.push(`| ${label} | ${cell(f(c.dev))} | ${cell(f(c.test))} | ${cell(f(c.constructed))} |`);
  table(
    'Scam texts by language (recall)',
    'language',
    keyed((s) => s.scams.byLang),
  );
  table(
    'Scam texts by kind (recall)',
    'kind',
    keyed((s) => s.scams.byKind),
  );
  table(
    'Scam texts by theme (recall)',
    'theme',
    keyed((s) => s.scams.byTheme),
  );
  table(
    'Genuine texts by language (false alarms)',
    'language',
    keyed((s) => s.genuine.byLang),
  );
  table(
    'Genuine texts by category (false alarms)',
    'category',
    keyed((s) => s.genuine.byCategory),
  );
  table(
    'Lookalike addresses by technique (strict recall)',
    'technique',
    keyed((s) => s.lookalikes.byTechnique),
  );
  // Development split only: naming the test split's imitated bodies would tell whoever extends the
  // registry which bodies to add, which is tuning on the test set.
  out.push('\n### Lookalike addresses by imitated domain (strict recall, development split only)\n', '| imitates | dev |', '| --- | --- |');
  for (const [k, d] of Object.entries(c.dev.lookalikes.byImitated).sort(([a], [b]) => (a < b ? -1 : 1))) out.push(`| ${k} | ${cell(d)} |`);
  out.push('\n### Verdicts given to scam texts\n', '| verdict | dev | test |', '| --- | --- | --- |');
  for (const v of [...new Set([...Object.keys(c.dev.scams.verdicts), ...Object.keys(c.test.scams.verdicts)])].sort())
    out.push(`| ${v} | ${c.dev.scams.verdicts[v] ?? 0} | ${c.test.scams.verdicts[v] ?? 0} |`);
  out.push('\n### Dev misses and false alarms (ids and inputs; the test split is not listed, so that nobody tunes on it)\n');
  out.push(`- scam texts missed: ${c.dev.scams.missed.join(', ') || 'none'}`);
  out.push(`- genuine texts flagged: ${c.dev.genuine.flagged.join(', ') || 'none'}`);
  out.push(`- lookalikes not read lookalike: ${c.dev.lookalikes.missed.map((m) => `${JSON.stringify(m.input)} → ${m.verdict}`).join(', ') || 'none'}`);
  out.push(`- official false alarms: ${c.dev.officials.falseAlarms.map((m) => `${JSON.stringify(m.input)} → ${m.verdict}`).join(', ') || 'none'}`);
  out.push(`- probe false alarms: ${c.dev.probes.falseAlarms.map((m) => `${JSON.stringify(m.input)} → ${m.verdict}`).join(', ') || 'none'}`);
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatCorpusEval(evaluateCorpus()));
  const { texts: t, domains } = evaluate();
  console.log('\n## Legacy files as a whole (all origins; the older floors hold here)\n');
  console.log('## Texts (overall verdict of checkInput)\n');
  console.log(
    `scam texts: recall ${t.recall.toFixed(3)} (${t.detected}/${t.scams}), precision ${t.precision.toFixed(3)}; missed: ${t.missed.join(', ') || 'none'}`,
  );
  console.log('\n| language | scam texts | detected | recall |\n| --- | --- | --- | --- |');
  for (const [lang, v] of Object.entries(t.byLang).sort()) console.log(`| ${lang} | ${v.total} | ${v.detected} | ${(v.detected / v.total).toFixed(2)} |`);
  console.log('\n| genuine category | texts | read as scam or lookalike |\n| --- | --- | --- |');
  for (const [c, v] of Object.entries(t.genuine))
    console.log(`| ${c} | ${v.total} | ${v.flagged.length}${v.flagged.length ? ` (${v.flagged.join(', ')})` : ''} |`);
  console.log('\n## Addresses\n');
  console.log(formatDomainEval(domains));
}
