/**
 * All per-language framing phrase lists (data), one module per language, in the order of
 * src/core/text/lang/index.ts. This index only collects them.
 */
import type { FramingPatterns } from './types.js';
import { framing as en } from './en.js';
import { framing as fr } from './fr.js';
import { framing as nl } from './nl.js';
import { framing as de } from './de.js';
import { framing as nb } from './nb.js';
import { framing as es } from './es.js';
import { framing as nn } from './nn.js';
import { framing as da } from './da.js';
import { framing as sv } from './sv.js';
import { framing as fi } from './fi.js';
import { framing as is } from './is.js';
import { framing as it } from './it.js';
import { framing as pt } from './pt.js';
import { framing as pl } from './pl.js';
import { framing as cs } from './cs.js';
import { framing as sk } from './sk.js';
import { framing as sl } from './sl.js';
import { framing as lv } from './lv.js';
import { framing as mt } from './mt.js';
import { framing as hu } from './hu.js';
import { framing as ro } from './ro.js';
import { framing as hr } from './hr.js';
import { framing as bg } from './bg.js';
import { framing as el } from './el.js';
import { framing as lt } from './lt.js';
import { framing as et } from './et.js';

export type { FramingKind, FramingPatterns } from './types.js';
export { FRAMING_KINDS } from './types.js';

export const FRAMING_LANGUAGES: readonly FramingPatterns[] = [
  en,
  fr,
  nl,
  de,
  nb,
  es,
  nn,
  da,
  sv,
  fi,
  is,
  it,
  pt,
  pl,
  cs,
  sk,
  sl,
  lv,
  mt,
  hu,
  ro,
  hr,
  bg,
  el,
  lt,
  et,
];
