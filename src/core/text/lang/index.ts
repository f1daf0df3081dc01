/**
 * All per-language scam-sign phrase lists (data). One module per language; this index only
 * collects them. Order: the languages most seen in police-impersonation mails first.
 */
import type { LanguagePatterns } from './types.js';
import { patterns as en } from './en.js';
import { patterns as fr } from './fr.js';
import { patterns as nl } from './nl.js';
import { patterns as de } from './de.js';
import { patterns as nb } from './nb.js';
import { patterns as es } from './es.js';
import { patterns as nn } from './nn.js';
import { patterns as da } from './da.js';
import { patterns as sv } from './sv.js';
import { patterns as fi } from './fi.js';
import { patterns as is } from './is.js';
import { patterns as it } from './it.js';
import { patterns as pt } from './pt.js';
import { patterns as pl } from './pl.js';
import { patterns as cs } from './cs.js';
import { patterns as sk } from './sk.js';
import { patterns as sl } from './sl.js';
import { patterns as lv } from './lv.js';
import { patterns as mt } from './mt.js';
import { patterns as hu } from './hu.js';
import { patterns as ro } from './ro.js';
import { patterns as hr } from './hr.js';
import { patterns as bg } from './bg.js';
import { patterns as el } from './el.js';
import { patterns as lt } from './lt.js';
import { patterns as et } from './et.js';

export type { LanguagePatterns, SignKind } from './types.js';
export { SIGN_KINDS } from './types.js';

export const LANGUAGES: readonly LanguagePatterns[] = [en, fr, nl, de, nb, es, nn, da, sv, fi, is, it, pt, pl, cs, sk, sl, lv, mt, hu, ro, hr, bg, el, lt, et];
