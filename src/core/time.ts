/**
 * Times in formats are RFC 3339 UTC with whole seconds and a `Z` (FORMAT.md §1). Core never reads
 * the clock: callers pass `now` in milliseconds.
 */
import { fail } from './errors.js';

const RFC3339_Z = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** Parse a canonical timestamp to epoch ms; anything else throws the given error code. */
export function parseTime(s: unknown, code: 'WC_STATEMENT_MALFORMED' | 'WC_TRUST_MALFORMED' | 'WC_USAGE'): number {
  if (typeof s !== 'string' || !RFC3339_Z.test(s)) return fail(code, 'time');
  const ms = Date.parse(s);
  if (!Number.isFinite(ms) || formatTime(ms) !== s) return fail(code, 'time');
  return ms;
}

export function formatTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
