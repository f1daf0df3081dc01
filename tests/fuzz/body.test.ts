// Fuzz properties for the strict request-body parsers (src/server/body.ts): every body, valid or
// not, ends in exactly one call of `done`, with a value or a typed error (or the plain 400 error
// fastify answers as WC_REQUEST_MALFORMED); and what a browser encodes comes back unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FORM_FIELDS, parseForm, parseJson } from '../../src/server/body.js';
import { anyString, check, isTyped, mutatedBytes } from './fuzz.js';

function run(parse: typeof parseForm, body: Buffer): { err: Error | null; value: unknown } {
  const calls: Array<{ err: Error | null; value: unknown }> = [];
  parse(body, (err, value) => calls.push({ err, value }));
  expect(calls.length).toBe(1);
  const c = calls[0]!;
  if (c.err) expect(isTyped(c.err) || (c.err as { statusCode?: number }).statusCode === 400, String(c.err)).toBe(true);
  return c;
}

const enc = (s: string) => Buffer.from(s, 'utf8');
const samples = [enc('input=NO-7K3Q-9XW2-M4TD&lang=nb'), enc('input=%F0%9F%98%80+a%26b%3Dc'), enc('{"input":"x","lang":"en"}'), enc('{"items":["a","b"]}')];
const bodies = fc.oneof(mutatedBytes(samples), fc.uint8Array({ maxLength: 300 }), anyString(200).map(enc));

describe('fuzz: form and JSON bodies', () => {
  it('any body ends in exactly one answer: a value or a typed error', () => {
    check(
      'body parse',
      fc.property(bodies, (b) => {
        const buf = Buffer.from(b);
        const f = run(parseForm, buf);
        if (!f.err) expect(Object.keys(f.value as object).length).toBeLessThanOrEqual(MAX_FORM_FIELDS);
        run(parseJson, buf);
      }),
    );
  });
  it('form round trip: fields a browser encodes (URLSearchParams) come back unchanged', () => {
    // Well-formed strings only: a lone surrogate cannot be sent by a browser as UTF-8.
    const wellFormed = fc.string({ unit: 'grapheme', maxLength: 60 });
    check(
      'form round trip',
      fc.property(
        fc.dictionary(
          wellFormed.filter((k) => k.length > 0),
          wellFormed,
          { maxKeys: MAX_FORM_FIELDS },
        ),
        (fields) => {
          const { err, value } = run(parseForm, enc(new URLSearchParams(fields).toString()));
          expect(err).toBeNull();
          expect(value).toEqual({ ...fields });
        },
      ),
    );
  });
  it('JSON round trip: any JSON value comes back unchanged', () => {
    check(
      'json round trip',
      fc.property(fc.jsonValue(), (j) => {
        const { err, value } = run(parseJson, enc(JSON.stringify(j)));
        expect(err).toBeNull();
        expect(value).toEqual(JSON.parse(JSON.stringify(j)));
      }),
    );
  });
});
