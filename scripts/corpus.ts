/**
 * The measurement corpus (tests/corpus, described in its README): loaders, the publisher of a
 * source and the development/test split.
 *
 * Real entries are split BY PUBLISHER, so that no wording, domain or campaign seen while writing
 * the rules can leak into the test set through a second article from the same site:
 *   - publisher = registrable domain of the source URL (tldts, private suffixes on), or
 *     `github.com/<owner>/<repo>` for a GitHub file;
 *   - a publisher already cited by the legacy files (tests/corpus/*.json, written together with the
 *     rules) is `dev`;
 *   - any other publisher is `dev` when the first byte of SHA-256(publisher) is even, else `test`.
 * The rule is fixed before any tuning and is re-checked by tests/core/corpus.test.ts.
 *
 * `npx tsx scripts/corpus.ts build <staging.json>` writes tests/corpus/real/*.{dev,test}.json from a
 * flat list of collected entries (ids, publishers, de-duplication and the split are computed here);
 * `npx tsx scripts/corpus.ts publishers` lists the publishers of each split with their entry counts;
 * `npx tsx scripts/corpus.ts add <staging.json>` appends entries of any class (same staging format as
 * `build`) to the split of their publisher, skipping repeats (counts only are printed);
 * `add-officials <staging.json>` does the same for a flat list of official or probe addresses.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDomain } from 'tldts';

export type Split = 'dev' | 'test';
export const SPLITS: readonly Split[] = ['dev', 'test'];
export type Origin = 'quoted' | 'reconstructed' | 'constructed';

interface Sourced {
  /** The page the wording, address or domain was read on. */
  source: string;
  /** Derived from `source` by publisherOf (stored so a reader sees the split unit). */
  publisher: string;
  publisherName?: string;
  /** Publication date as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD), when known. */
  date?: string;
  note?: string;
}
export interface ScamText extends Sourced {
  id: string;
  lang: string;
  /** email | sms | fragment (one sentence or clause) | subject (a subject line) | screen (lock screen) | letter | chat */
  kind: string;
  /** summons | fine | login | ransomware | exposure | app | identity | payment | other */
  theme: string;
  text: string;
}
export interface GenuineText extends Sourced {
  id: string;
  lang: string;
  /** scam-warning (official or press warning that quotes the scam) | police-news | help-service | official-notice */
  category: string;
  text: string;
}
export interface LookalikeDomain extends Sourced {
  input: string;
  /** Official domain of the imitated organisation. */
  imitates: string;
  organisation?: string;
  technique: string;
}
export interface OfficialDomain extends Sourced {
  input: string;
  /** official: a real official address (must read `official`); probe: an ordinary domain that merely contains a police/court/justice word (must not read `lookalike`). */
  kind: 'official' | 'probe';
  organisation?: string;
}
export interface RealCorpus {
  scams: ScamText[];
  genuine: GenuineText[];
  lookalikes: LookalikeDomain[];
  officials: OfficialDomain[];
}

const CORPUS = new URL('../tests/corpus/', import.meta.url);
const readJson = <T>(rel: string): T => JSON.parse(readFileSync(new URL(rel, CORPUS), 'utf8')) as T;

export function publisherOf(source: string): string {
  const u = new URL(source);
  const host = u.hostname.toLowerCase();
  if (host === 'github.com' || host === 'raw.githubusercontent.com' || host === 'gist.github.com') {
    const [owner = '', repo = ''] = u.pathname.split('/').filter(Boolean);
    return `github.com/${owner}/${repo}`.toLowerCase();
  }
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Legacy files written together with the rules; every entry carries an `origin`. */
export interface LegacyText {
  id: string;
  lang: string;
  text: string;
  source?: string;
  category?: string;
  origin: Origin;
  note?: string;
}
export interface LegacyLookalike {
  input: string;
  imitates: string;
  technique: string;
  source?: string;
  origin: Origin;
}
export interface LegacyOfficial {
  input: string;
  origin: Origin;
  /** The address itself for quoted home and warning pages; absent on constructed format variants. */
  source?: string;
  note?: string;
}
export function loadLegacy() {
  return {
    scams: readJson<LegacyText[]>('scam-texts.json'),
    genuine: readJson<LegacyText[]>('genuine-texts.json'),
    lookalikes: readJson<LegacyLookalike[]>('lookalike-domains.json'),
    officials: readJson<LegacyOfficial[]>('official-domains.json'),
  };
}

/** Publishers cited anywhere in the legacy files: the rules were written seeing them, so they are dev. */
export function legacyPublishers(): Set<string> {
  const l = loadLegacy();
  const out = new Set<string>();
  for (const e of [...l.scams, ...l.genuine, ...l.lookalikes, ...l.officials]) if (e.source) out.add(publisherOf(e.source));
  return out;
}

export function splitOf(publisher: string, legacy: ReadonlySet<string> = legacyPublishers()): Split {
  if (legacy.has(publisher)) return 'dev';
  return createHash('sha256').update(publisher).digest()[0]! % 2 === 0 ? 'dev' : 'test';
}

export const REAL_FILES = ['scam-texts', 'genuine-texts', 'lookalike-domains', 'official-domains'] as const;

export function loadReal(split: Split): RealCorpus {
  return {
    scams: readJson<ScamText[]>(`real/scam-texts.${split}.json`),
    genuine: readJson<GenuineText[]>(`real/genuine-texts.${split}.json`),
    lookalikes: readJson<LookalikeDomain[]>(`real/lookalike-domains.${split}.json`),
    officials: readJson<OfficialDomain[]>(`real/official-domains.${split}.json`),
  };
}

/** Key under which two entries count as the same (case, spacing and typographic quotes ignored). */
export const dedupKey = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** Addresses compare without scheme, leading "www." and trailing slashes, so a home page quoted twice is one entry. */
export const addressKey = (s: string): string =>
  dedupKey(s)
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');

/** JSON with every non-ASCII character as a \u escape (domain files: confusables stay visible in review). */
export const asciiJson = (v: unknown): string =>
  JSON.stringify(v, null, 2).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Keys of every legacy entry (any origin), by class: a real entry equal to one of them is not added again. */
export function legacyKeys(): Set<string> {
  const l = loadLegacy();
  return new Set([
    ...l.scams.map((e) => `scam:${dedupKey(e.text)}`),
    ...l.genuine.map((e) => `genuine:${dedupKey(e.text)}`),
    ...l.lookalikes.map((e) => `lookalike:${addressKey(e.input)}`),
    ...l.officials.map((e) => `official:${addressKey(e.input)}`),
  ]);
}

type Staged = { class: 'scam' | 'genuine' | 'lookalike' | 'official'; [k: string]: unknown };
const FILE_OF: Record<Staged['class'], (typeof REAL_FILES)[number]> = {
  scam: 'scam-texts',
  genuine: 'genuine-texts',
  lookalike: 'lookalike-domains',
  official: 'official-domains',
};

/**
 * Builds the real files from a flat staging list; with `append`, the staged entries are added to the
 * files as they are (an entry already in either split, or in the legacy files, is skipped) and only
 * counts are printed, so whoever adds entries never reads the test split.
 */
function build(stagingPath: string, append = false): void {
  const staged = JSON.parse(readFileSync(stagingPath, 'utf8')) as Staged[];
  const legacy = legacyPublishers();
  const inLegacy = legacyKeys();
  const seen = new Set<string>();
  const files: Record<string, Record<Split, object[]>> = {};
  for (const f of REAL_FILES) files[f] = { dev: [], test: [] };
  const before: Record<string, Record<Split, number>> = {};
  if (append)
    for (const s of SPLITS) {
      const c = loadReal(s);
      const existing: Record<(typeof REAL_FILES)[number], Array<{ text?: string; input?: string }>> = {
        'scam-texts': c.scams,
        'genuine-texts': c.genuine,
        'lookalike-domains': c.lookalikes,
        'official-domains': c.officials,
      };
      for (const [cls, f] of Object.entries(FILE_OF)) {
        files[f]![s] = existing[f];
        for (const e of existing[f]) seen.add(`${cls}:${e.text ? dedupKey(e.text) : addressKey(e.input ?? '')}`);
      }
    }
  for (const f of REAL_FILES) before[f] = { dev: files[f]!.dev.length, test: files[f]!.test.length };
  let dropped = 0;
  let alreadyLegacy = 0;
  for (const e of staged) {
    const source = String(e.source);
    const publisher = typeof e.publisher === 'string' ? e.publisher : publisherOf(source);
    const split = splitOf(publisher, legacy);
    const base = { source, publisher, ...(e.publisherName ? { publisherName: e.publisherName } : {}), ...(e.date ? { date: e.date } : {}) };
    const note = e.note ? { note: e.note } : {};
    const text = typeof e.text === 'string' ? e.text : '';
    const input = typeof e.input === 'string' ? e.input : '';
    const key = `${e.class}:${text ? dedupKey(text) : addressKey(input)}`;
    if (inLegacy.has(key)) {
      alreadyLegacy++;
      continue;
    }
    if (seen.has(key)) {
      dropped++;
      continue;
    }
    seen.add(key);
    const hash = createHash('sha256').update(dedupKey(text)).digest('hex').slice(0, 10);
    if (e.class === 'scam')
      files['scam-texts']![split].push({ id: `rs-${e.lang}-${hash}`, lang: e.lang, kind: e.kind, theme: e.theme, text, ...base, ...note });
    else if (e.class === 'genuine')
      files['genuine-texts']![split].push({ id: `rg-${e.lang}-${hash}`, lang: e.lang, category: e.category, text, ...base, ...note });
    else if (e.class === 'lookalike')
      files['lookalike-domains']![split].push({
        input,
        imitates: e.imitates,
        ...(e.organisation ? { organisation: e.organisation } : {}),
        technique: e.technique,
        ...base,
        ...note,
      });
    else files['official-domains']![split].push({ input, kind: e.kind, ...(e.organisation ? { organisation: e.organisation } : {}), ...base, ...note });
  }
  for (const f of REAL_FILES)
    for (const s of SPLITS) {
      // An appended file that gained nothing is left untouched (another hand may be editing it).
      if (append && files[f]![s].length === before[f]![s]) continue;
      const body = f.endsWith('domains') ? asciiJson(files[f]![s]) : JSON.stringify(files[f]![s], null, 2);
      writeFileSync(new URL(`real/${f}.${s}.json`, CORPUS), `${body}\n`);
      console.log(`${f}.${s}: ${files[f]![s].length}${append ? ` (+${files[f]![s].length - before[f]![s]})` : ''}`);
    }
  console.log(
    `${append ? 'duplicates or entries already in the real files' : 'duplicates'} dropped: ${dropped}; already in the legacy files: ${alreadyLegacy}`,
  );
}

/**
 * Append probe or official addresses (`{ input, kind, source, organisation?, note? }`, a flat JSON
 * list) to the split their publisher falls in, skipping any already in the corpus. Prints counts
 * only, so whoever adds probes never sees the test split's entries.
 */
function addOfficials(stagingPath: string): void {
  type Staged = { input: string; kind: 'official' | 'probe'; source: string; organisation?: string; note?: string };
  const staged = JSON.parse(readFileSync(stagingPath, 'utf8')) as Staged[];
  const legacy = legacyPublishers();
  const seen = legacyKeys();
  const files = Object.fromEntries(SPLITS.map((s) => [s, loadReal(s).officials])) as Record<Split, OfficialDomain[]>;
  for (const s of SPLITS) for (const e of files[s]) seen.add(`official:${addressKey(e.input)}`);
  const added: Record<Split, number> = { dev: 0, test: 0 };
  for (const e of staged) {
    const key = `official:${addressKey(e.input)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const publisher = publisherOf(e.source);
    const split = splitOf(publisher, legacy);
    files[split].push({
      input: e.input,
      kind: e.kind,
      ...(e.organisation ? { organisation: e.organisation } : {}),
      source: e.source,
      publisher,
      ...(e.note ? { note: e.note } : {}),
    });
    added[split]++;
  }
  for (const s of SPLITS) writeFileSync(new URL(`real/official-domains.${s}.json`, CORPUS), `${asciiJson(files[s])}\n`);
  console.log(`added: dev ${added.dev}, test ${added.test}`);
}

function publishers(): void {
  for (const split of SPLITS) {
    const c = loadReal(split);
    const count = new Map<string, number>();
    for (const e of [...c.scams, ...c.genuine, ...c.lookalikes, ...c.officials]) count.set(e.publisher, (count.get(e.publisher) ?? 0) + 1);
    const list = [...count].sort(([a], [b]) => a.localeCompare(b));
    console.log(`${split} (${list.length} publishers): ${list.map(([p, n]) => `${p} ${n}`).join(', ')}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === 'build') build(process.argv[3] ?? '');
  else if (process.argv[2] === 'add') build(process.argv[3] ?? '', true);
  else if (process.argv[2] === 'publishers') publishers();
  else if (process.argv[2] === 'add-officials') addOfficials(process.argv[3] ?? '');
}
