/**
 * Plain-words messages for verdicts and findings, in one catalog's language: shared by the pages
 * and the API (each API finding carries `message` beside its stable code).
 */
import { MESSAGES, type StableCode } from '../core/findings.js';
import type { ErrorCode } from '../core/errors.js';
import type { Finding } from '../core/verdict.js';
import type { Catalog } from './i18n/en.js';
import { CATALOGS, fmt, pickLanguage } from './i18n/index.js';

export function verdictName(t: Catalog, v: string): string {
  if (v === 'official') return t.verdict.officialDomain;
  return (t.verdict.names as Record<string, string>)[v] ?? v;
}

export function errorText(t: Catalog, code: string | undefined): string {
  if (!code) return '';
  return t.errors[code as StableCode] ?? (MESSAGES as Record<string, string>)[code] ?? code;
}

/** What a finding means, in the catalog's words (never its machine code). */
export function verdictExplain(t: Catalog, f: Finding): string {
  if ((f.kind === 'sign' || f.kind === 'phone' || f.kind === 'text') && f.code) return errorText(t, f.code);
  return (t.verdict.explain as Record<string, string>)[f.verdict] ?? '';
}

/**
 * The message of one finding, as the API sends it: the explanation, then (when there is one) why it
 * is softened, the suggested code, or how a lookalike imitates whom.
 */
export function findingMessage(t: Catalog, f: Finding): string {
  const parts = [verdictExplain(t, f)];
  if (f.softened) parts.push(t.verdict.softened[f.softened]);
  if (f.verdict === 'mistyped' && f.note) parts.push(fmt(t.verdict.suggestion, { code: f.note }));
  if (f.technique) parts.push(techniqueText(t, f));
  return parts.filter((p) => p).join(' ');
}

export function techniqueText(t: Catalog, f: Finding): string {
  if (!f.technique) return '';
  return fmt(t.verdict.technique, { technique: (t.verdict.techniques as Record<string, string>)[f.technique] ?? f.technique, imitates: f.imitates ?? '' });
}

/**
 * An API error's `message` in the language asked for: the body's `lang`, else Accept-Language, else
 * English (the same choice as the findings' messages). Every stable code has a message in every
 * catalog (tests/web/i18n.test.ts); none of them quotes the input.
 */
export function apiErrorMessage(code: ErrorCode, bodyLang: unknown, acceptLanguage: string | undefined): string {
  return errorText(CATALOGS[pickLanguage(bodyLang, acceptLanguage)] ?? CATALOGS['en']!, code);
}

/**
 * A label's colon in the reader's typography: French sets a narrow no-break space before it (as its
 * catalog does everywhere, tests/web/typography.test.ts); the other languages here do not.
 */
export function colon(t: Catalog): string {
  return t.lang === 'fr' ? '\u202f: ' : ': ';
}
