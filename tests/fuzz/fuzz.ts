// Shared machinery of the fuzz properties (tests/fuzz): the run count from FUZZ_RUNS, the one
// accepted failure (a WarncheckError with a registered code), mutations of real samples, and a
// tally that `npm run fuzz` (scripts/fuzz.ts) sums over every property.
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { isErrorCode, WarncheckError } from '../../src/core/errors.js';

/** Inputs per property: small under `npm test`, large under `npm run fuzz`. */
export const RUNS = (() => {
  const n = Number(process.env['FUZZ_RUNS'] ?? 200);
  return Number.isSafeInteger(n) && n > 0 ? n : 200;
})();

/** Runs for one property; `weight` < 1 for properties whose one input costs a whole HTTP request. */
export const runs = (weight = 1): number => Math.max(20, Math.round(RUNS * weight));

/** A thrown value the project allows: its own typed error with a registered code, nothing else. */
export function isTyped(e: unknown): boolean {
  return e instanceof WarncheckError && isErrorCode(e.code);
}

/** Run f; a typed error is an allowed answer, any other exception fails the property. */
export function typedOnly<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (isTyped(e)) return undefined;
    throw e;
  }
}

function tally(name: string, numRuns: number, failed: boolean, ms: number): void {
  const file = process.env['FUZZ_STATS'];
  if (file) appendFileSync(file, `${JSON.stringify({ name, runs: numRuns, failed, ms: Math.round(ms) })}\n`);
}

/** fc.assert with the run count, counted in the tally. */
export function check<T>(name: string, prop: fc.IProperty<T>, weight = 1): void {
  const t0 = performance.now();
  const d = fc.check(prop, { numRuns: runs(weight) });
  tally(name, d.numRuns + (d.failed ? 1 : 0), d.failed, performance.now() - t0);
  if (d.failed) throw new Error(`${name}: ${fc.defaultReportMessage(d) ?? 'failed'}\n${String(d.errorInstance)}`, { cause: d.errorInstance });
}

export async function checkAsync<T>(name: string, prop: fc.IAsyncProperty<T>, weight = 1): Promise<void> {
  const t0 = performance.now();
  const d = await fc.check(prop, { numRuns: runs(weight) });
  tally(name, d.numRuns + (d.failed ? 1 : 0), d.failed, performance.now() - t0);
  if (d.failed) throw new Error(`${name}: ${(await fc.asyncDefaultReportMessage(d)) ?? 'failed'}\n${String(d.errorInstance)}`, { cause: d.errorInstance });
}

/** Characters that break formats: separators, controls, lone surrogates, lookalikes, escapes. */
const NASTY = [
  '\n',
  '\r',
  '\t',
  '\0',
  ' ',
  '.',
  '=',
  '+',
  '/',
  '-',
  '_',
  '%',
  '&',
  '<',
  '>',
  '"',
  "'",
  '\\',
  '\u2028',
  '\u00a0',
  '\ufeff',
  '\u200b',
  '\ud800',
  '\udfff',
  '\u0301',
  'Ω',
  'а',
  'ﬀ',
  '😀',
  '\u202e',
  'A',
  '0',
  '9',
  '~',
  '\u0085',
];
export const nastyChar = fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));

/** Any string: code units (lone surrogates included), graphemes, or nasty characters. */
export const anyString = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: fc.constantFrom(...NASTY), maxLength }),
    fc.string({ maxLength }),
  );

type Op = { k: 'set' | 'ins'; at: number; s: string } | { k: 'del'; at: number; n: number } | { k: 'cut'; at: number } | { k: 'dup'; at: number; n: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ k: fc.constant('set' as const), at: fc.nat(), s: nastyChar }),
  fc.record({ k: fc.constant('ins' as const), at: fc.nat(), s: fc.oneof(nastyChar, anyString(8)) }),
  fc.record({ k: fc.constant('del' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ k: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ k: fc.constant('dup' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 64 }) }),
);

function apply(s: string, ops: readonly Op[]): string {
  for (const o of ops) {
    const at = s.length ? o.at % (s.length + 1) : 0;
    if (o.k === 'set') s = s.slice(0, at) + o.s + s.slice(at + 1);
    else if (o.k === 'ins') s = s.slice(0, at) + o.s + s.slice(at);
    else if (o.k === 'del') s = s.slice(0, at) + s.slice(at + o.n);
    else if (o.k === 'cut') s = s.slice(0, at);
    else if (o.k === 'dup') s = s.slice(0, at) + s.slice(at, at + o.n) + s.slice(at);
  }
  return s;
}

/** A real sample with 0–6 random edits (most inputs stay close to valid, deep in the parser). */
export const mutated = (samples: readonly string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...samples), fc.array(op, { minLength: 0, maxLength: 6 })).map(([s, ops]) => apply(s, ops));

type ByteOp =
  | { k: 'flip'; at: number; bit: number }
  | { k: 'set'; at: number; v: number }
  | { k: 'cut'; at: number }
  | { k: 'ins'; at: number; b: Uint8Array }
  | { k: 'del'; at: number; n: number };
const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ k: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ k: fc.constant('set' as const), at: fc.nat(), v: fc.constantFrom(0, 1, 0x7f, 0x80, 0xff, 0x0a, 0x20) }),
  fc.record({ k: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ k: fc.constant('ins' as const), at: fc.nat(), b: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ k: fc.constant('del' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 64 }) }),
);

/** A real byte sample with 0–6 random edits (bit flips, length-field damage, truncation). */
export const mutatedBytes = (samples: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> =>
  fc.tuple(fc.constantFrom(...samples), fc.array(byteOp, { maxLength: 6 })).map(([b0, ops]) => {
    let b = Uint8Array.from(b0);
    for (const o of ops) {
      const at = b.length ? o.at % b.length : 0;
      if (o.k === 'flip' && b.length) b[at] = b[at]! ^ (1 << o.bit);
      else if (o.k === 'set' && b.length) b[at] = o.v;
      else if (o.k === 'cut') b = b.slice(0, at);
      else if (o.k === 'ins') b = Uint8Array.from([...b.subarray(0, at), ...o.b, ...b.subarray(at)]);
      else if (o.k === 'del') b = Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + o.n)]);
    }
    return b;
  });
