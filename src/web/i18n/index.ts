/**
 * Language choice without cookies: an explicit `lang` (a visible link or the form's hidden field)
 * wins, then the Accept-Language header, then English.
 */
import { en, type Catalog } from './en.js';
import { nb } from './nb.js';
import { da } from './da.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { is } from './is.js';
import { lv } from './lv.js';
import { mt } from './mt.js';
import { nl } from './nl.js';
import { pt } from './pt.js';
import { sk } from './sk.js';
import { sl } from './sl.js';
import { es } from './es.js';
import { sv } from './sv.js';
import { de } from './de.js';
import { pl } from './pl.js';

export const CATALOGS: Record<string, Catalog> = { en, nb, da, fi, fr, is, lv, mt, nl, pt, sk, sl, es, sv, de, pl };
export const DEFAULT_LANG = 'en';

/** Norwegian variants all read bokmål here; more aliases as catalogs are added. */
const ALIASES: Record<string, string> = { no: 'nb', nn: 'nb', nb: 'nb' };

function supported(tag: string): string | undefined {
  const base = tag.trim().toLowerCase().split('-')[0] ?? '';
  const lang = ALIASES[base] ?? base;
  return CATALOGS[lang] ? lang : undefined;
}

/** Parses at most the first 16 entries of Accept-Language (q-values respected; linear, no regex). */
export function pickLanguage(explicit: unknown, acceptLanguage: string | undefined): string {
  if (typeof explicit === 'string' && explicit.length <= 8) {
    const l = supported(explicit);
    if (l) return l;
  }
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .slice(0, 512)
      .split(',')
      .slice(0, 16)
      .map((part, i) => {
        const [tag = '', ...params] = part.split(';');
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        const qv = q ? Number(q.slice(2)) : 1;
        return { tag, q: Number.isFinite(qv) ? qv : 0, i };
      })
      .filter((x) => x.q > 0)
      .sort((a, b) => b.q - a.q || a.i - b.i);
    for (const r of ranked) {
      const l = supported(r.tag);
      if (l) return l;
    }
  }
  return DEFAULT_LANG;
}

export function catalog(lang: string): Catalog {
  return CATALOGS[lang] ?? en;
}

/** Fill `{name}` placeholders (values are plain strings; escaping happens in the html template). */
export function fmt(s: string, vars: Record<string, string>): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('{', i);
    if (open < 0) break;
    const close = s.indexOf('}', open);
    if (close < 0) break;
    const key = s.slice(open + 1, close);
    out += s.slice(i, open) + (key in vars ? vars[key] : s.slice(open, close + 1));
    i = close + 1;
  }
  return out + s.slice(i);
}
