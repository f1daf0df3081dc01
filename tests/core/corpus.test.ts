// Integrity of the measurement corpus (tests/corpus, README there): real entries carry a source,
// the split by publisher is the documented rule (scripts/corpus.ts) and no publisher, entry or id
// leaks across the splits. Figures on the splits are reported by `npm run eval`; floors on the test
// split are set elsewhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addressKey,
  dedupKey,
  legacyKeys,
  legacyPublishers,
  loadLegacy,
  loadReal,
  publisherOf,
  REAL_FILES,
  splitOf,
  SPLITS,
  type RealCorpus,
  type Split,
} from '../../scripts/corpus.js';
import { evaluateCorpus } from '../../scripts/eval.js';

const real: Record<Split, RealCorpus> = { dev: loadReal('dev'), test: loadReal('test') };
const both = <K extends keyof RealCorpus>(k: K): RealCorpus[K] => [...real.dev[k], ...real.test[k]] as RealCorpus[K];
const legacy = loadLegacy();
const LANGS = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'hr',
  'hu',
  'is',
  'it',
  'lt',
  'lv',
  'mt',
  'nb',
  'nl',
  'nn',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
];
const KINDS = ['email', 'sms', 'fragment', 'subject', 'screen', 'letter', 'chat'];
const THEMES = ['summons', 'fine', 'login', 'ransomware', 'exposure', 'app', 'identity', 'payment', 'other'];
const CATEGORIES = ['scam-warning', 'police-news', 'help-service', 'official-notice'];
const TECHNIQUES = [
  'combosquat',
  'brand-in-subdomain',
  'brand-in-local-part',
  'tld-swap',
  'typo',
  'homoglyph',
  'free-mail',
  'theme-word',
  'unbranded',
  'cloud-hosting',
  'unrelated-sender',
];

describe('corpus integrity', () => {
  it('holds its minimum counts (real entries, both splits; the README gives the issue targets)', () => {
    expect(both('scams').length).toBeGreaterThanOrEqual(388);
    expect(both('genuine').length).toBeGreaterThanOrEqual(618);
    expect(both('lookalikes').length).toBeGreaterThanOrEqual(331);
    expect(both('officials').filter((o) => o.kind === 'official').length).toBeGreaterThanOrEqual(147);
    expect(both('officials').filter((o) => o.kind === 'probe').length).toBeGreaterThanOrEqual(51);
    // The test split is big enough to measure on: every class has entries there.
    expect(real.test.scams.length).toBeGreaterThanOrEqual(135);
    expect(real.test.genuine.length).toBeGreaterThanOrEqual(269);
    expect(real.test.lookalikes.length).toBeGreaterThanOrEqual(172);
    expect(real.test.officials.length).toBeGreaterThanOrEqual(96);
    for (const s of SPLITS) {
      expect(real[s].scams.length, s).toBeGreaterThan(0);
      expect(real[s].genuine.length, s).toBeGreaterThan(0);
      expect(real[s].lookalikes.length, s).toBeGreaterThan(0);
    }
  });

  it('gives every real entry a source, its publisher, and the split the publisher rule assigns', () => {
    const legacyPubs = legacyPublishers();
    for (const s of SPLITS)
      for (const e of [...real[s].scams, ...real[s].genuine, ...real[s].lookalikes, ...real[s].officials]) {
        expect(() => new URL(e.source), e.source).not.toThrow();
        expect(new URL(e.source).protocol, e.source).toMatch(/^https?:$/);
        expect(e.publisher, e.source).toBe(publisherOf(e.source));
        expect(splitOf(e.publisher, legacyPubs), e.source).toBe(s);
      }
  });

  it('never puts one publisher in both splits', () => {
    const pubs = (s: Split) => new Set([...real[s].scams, ...real[s].genuine, ...real[s].lookalikes, ...real[s].officials].map((e) => e.publisher));
    const dev = pubs('dev');
    expect([...pubs('test')].filter((p) => dev.has(p))).toEqual([]);
    // Publishers the legacy files cite were seen while writing the rules: none of them is in test.
    const legacyPubs = legacyPublishers();
    expect([...pubs('test')].filter((p) => legacyPubs.has(p))).toEqual([]);
  });

  it('has no duplicate entries or ids, within or across the splits', () => {
    const dup = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dup(both('scams').map((e) => dedupKey(e.text)))).toEqual([]);
    expect(dup(both('genuine').map((e) => dedupKey(e.text)))).toEqual([]);
    expect(dup(both('lookalikes').map((e) => addressKey(e.input)))).toEqual([]);
    expect(dup(both('officials').map((e) => addressKey(e.input)))).toEqual([]);
    expect(dup([...both('scams'), ...both('genuine')].map((e) => e.id))).toEqual([]);
    // A scam text is never also a genuine text, and a lookalike never also an official address.
    const genuine = new Set(both('genuine').map((e) => dedupKey(e.text)));
    expect(both('scams').filter((e) => genuine.has(dedupKey(e.text)))).toEqual([]);
    const official = new Set(both('officials').map((e) => addressKey(e.input)));
    expect(both('lookalikes').filter((e) => official.has(addressKey(e.input)))).toEqual([]);
    // Nor does a real entry repeat a legacy one: the legacy quoted entries already count as dev.
    const old = legacyKeys();
    const repeats = [
      ...both('scams').map((e) => `scam:${dedupKey(e.text)}`),
      ...both('genuine').map((e) => `genuine:${dedupKey(e.text)}`),
      ...both('lookalikes').map((e) => `lookalike:${addressKey(e.input)}`),
      ...both('officials').map((e) => `official:${addressKey(e.input)}`),
    ].filter((k) => old.has(k));
    expect(repeats).toEqual([]);
  });

  it('uses the documented vocabulary and covers many languages in both splits', () => {
    for (const e of both('scams')) {
      expect(LANGS, e.id).toContain(e.lang);
      expect(KINDS, e.id).toContain(e.kind);
      expect(THEMES, e.id).toContain(e.theme);
      expect(e.text.trim().length, e.id).toBeGreaterThan(0);
    }
    for (const e of both('genuine')) {
      expect(LANGS, e.id).toContain(e.lang);
      expect(CATEGORIES, e.id).toContain(e.category);
    }
    for (const e of both('lookalikes')) {
      expect(e.imitates, e.input).toBeTruthy();
      expect(TECHNIQUES, e.input).toContain(e.technique);
    }
    for (const e of both('officials')) expect(['official', 'probe'], e.input).toContain(e.kind);
    const langs = (s: Split, k: 'scams' | 'genuine') => new Set(real[s][k].map((e) => e.lang));
    expect(new Set([...langs('dev', 'scams'), ...langs('test', 'scams')]).size).toBeGreaterThanOrEqual(26);
    expect(new Set([...langs('dev', 'genuine'), ...langs('test', 'genuine')]).size).toBeGreaterThanOrEqual(26);
    expect(langs('test', 'scams').size).toBeGreaterThanOrEqual(19);
    expect(langs('test', 'genuine').size).toBeGreaterThanOrEqual(25);
  });

  it('keeps the domain files ASCII (non-ASCII as \\u escapes), like the legacy ones', () => {
    for (const f of REAL_FILES.filter((n) => n.endsWith('domains')))
      for (const s of SPLITS)
        expect(/[^\x00-\x7f]/.test(readFileSync(new URL(`../corpus/real/${f}.${s}.json`, import.meta.url), 'utf8')), `${f}.${s}`).toBe(false);
  });

  it('marks every legacy entry with its origin, and only quoted ones (with a source) count', () => {
    const all = [...legacy.scams, ...legacy.genuine, ...legacy.lookalikes, ...legacy.officials];
    for (const e of all) expect(['quoted', 'reconstructed', 'constructed']).toContain(e.origin);
    for (const e of [...legacy.scams, ...legacy.genuine, ...legacy.lookalikes])
      if (e.origin === 'quoted') expect(e.source, JSON.stringify(e).slice(0, 80)).toMatch(/^https?:\/\//);
    const c = evaluateCorpus();
    const quoted = (xs: Array<{ origin: string }>) => xs.filter((x) => x.origin === 'quoted').length;
    expect(c.dev.scams.total).toBe(real.dev.scams.length + quoted(legacy.scams));
    expect(c.dev.genuine.total).toBe(real.dev.genuine.length + quoted(legacy.genuine));
    expect(c.test.scams.total).toBe(real.test.scams.length);
    expect(c.test.lookalikes.total).toBe(real.test.lookalikes.length);
    expect(c.constructed.scams.total).toBe(legacy.scams.length - quoted(legacy.scams));
    expect(c.constructed.lookalikes.total).toBe(legacy.lookalikes.length - quoted(legacy.lookalikes));
  });
});
