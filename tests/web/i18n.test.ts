// Every catalog is complete: same keys and list lengths as English, same {placeholders}, and a
// message for every error and finding code in the registries.
import { describe, expect, it } from 'vitest';
import { MESSAGES, type StableCode } from '../../src/core/findings.js';
import { LANGUAGES } from '../../src/core/text/lang/index.js';
import { en } from '../../src/web/i18n/en.js';
import { CATALOGS, fmt, pickLanguage } from '../../src/web/i18n/index.js';

function leaves(o: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (o !== null && typeof o === 'object') {
    for (const [k, v] of Object.entries(o)) for (const [p, x] of leaves(v, `${path}.${k}`)) out.set(p, x);
  } else out.set(path, o);
  return out;
}
const placeholders = (s: unknown): string[] => (typeof s === 'string' ? (s.match(/\{[a-z]+\}/g) ?? []).sort() : []);

describe('message catalogs', () => {
  const ref = leaves(en);
  it('English has a message for every error and finding code', () => {
    for (const code of Object.keys(MESSAGES)) expect(en.errors[code as StableCode], code).toBeTruthy();
  });
  for (const [lang, cat] of Object.entries(CATALOGS)) {
    it(`${lang} is complete and keeps every placeholder`, () => {
      const got = leaves(cat);
      const missing = [...ref.keys()].filter((k) => !got.has(k) || got.get(k) === '');
      const extra = [...got.keys()].filter((k) => !ref.has(k));
      expect(missing).toEqual([]);
      expect(extra).toEqual([]);
      for (const [k, v] of ref) expect(placeholders(got.get(k)), `${lang}${k}`).toEqual(placeholders(v));
      if (lang !== 'en') expect(got.get('.home.title')).not.toBe(ref.get('.home.title'));
    });
  }
  it('the Norwegian catalog follows Kripos wording', () => {
    const all = JSON.stringify(CATALOGS['nb']);
    expect(all).not.toMatch(/barneporno/i);
  });
  it('language choice: explicit, then Accept-Language with q-values, then English', () => {
    expect(pickLanguage('nb', 'en')).toBe('nb');
    expect(pickLanguage('xx', 'nb-NO')).toBe('nb');
    expect(pickLanguage(undefined, 'no;q=0.8, zh;q=0.9')).toBe('nb');
    expect(pickLanguage(undefined, 'zh, en;q=0.1, nb;q=0.2')).toBe('nb');
    expect(pickLanguage(undefined, 'nb;q=0')).toBe('en');
    expect(pickLanguage(undefined, ','.repeat(10_000))).toBe('en');
    expect(pickLanguage(undefined, undefined)).toBe('en');
  });
  it('fmt fills known placeholders and leaves others', () => {
    expect(fmt('a {x} b {y}', { x: '1' })).toBe('a 1 b {y}');
    expect(fmt('{x', { x: '1' })).toBe('{x');
  });
});

// Translations are real translations, and they keep the word-tell rule: a catalog never uses the
// wording the scam detector counts against a text (src/core/text/lang/*, "word-tell").
describe('translated catalogs', () => {
  const ref = leaves(en);
  for (const [lang, cat] of Object.entries(CATALOGS).filter(([l]) => l !== 'en')) {
    it(`${lang} differs from English in most strings and names its own language`, () => {
      expect(cat.lang).toBe(lang);
      const got = leaves(cat);
      const same = [...ref].filter(([k, v]) => got.get(k) === v).map(([k]) => k);
      // Only words that are the same in both languages may match (e.g. "API", "Format", "Link").
      expect(same.length / ref.size, same.join(' ')).toBeLessThan(0.05);
    });
    it(`${lang} uses none of the word-tell phrases of any language`, () => {
      const all = JSON.stringify(cat).toLowerCase();
      const tells = LANGUAGES.flatMap((l) => l.signs['word-tell']).filter((w) => all.includes(w.toLowerCase()));
      expect(tells).toEqual([]);
    });
  }
  it('every interface language has a scam-sign language of its own', () => {
    for (const lang of Object.keys(CATALOGS))
      expect(
        LANGUAGES.some((l) => l.lang === lang),
        lang,
      ).toBe(true);
  });
});
