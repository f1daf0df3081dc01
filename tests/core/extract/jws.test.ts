// Compact JWS tokens in text: inline, wrapped over lines, cut signatures, and what is not a token.
import { describe, expect, it } from 'vitest';
import { base64urlEncode, utf8Encode } from '../../../src/core/bytes.js';
import { findJws } from '../../../src/core/text/extract/jws.js';
import vectors from '../../vectors/warncheck/v1.json' with { type: 'json' };
import { expectSpans } from './helpers.js';
import { ADVERSARIAL } from './inputs.js';

const JWS = vectors.statement_jws;
const [HEADER, PAYLOAD, SIG] = JWS.split('.') as [string, string, string];

/** Break s every `width` characters with `nl`, as a mail client wrapping at a fixed width does. */
const wrap = (s: string, width: number, nl = '\n'): string => s.match(new RegExp(`.{1,${width}}`, 'g'))!.join(nl);

describe('findJws', () => {
  it('finds an inline token with its exact span', () => {
    const text = `Statement: ${JWS} (signed)`;
    const found = findJws(text);
    expectSpans(text, found);
    expect(found).toEqual([{ match: JWS, span: { start: 11, end: 11 + JWS.length }, token: JWS, wrapped: false }]);
  });

  it('drops a sentence full stop after the token but keeps an empty signature segment', () => {
    expect(findJws(`See ${JWS}.`)[0]!.token).toBe(JWS);
    const unsigned = `${base64urlEncode(utf8Encode('{"alg":"none"}'))}.${PAYLOAD}.`;
    expect(findJws(`token ${unsigned} end`)[0]!.token).toBe(unsigned);
  });

  it.each([
    ['76 columns, LF', 76, '\n'],
    ['64 columns, CRLF', 64, '\r\n'],
    ['40 columns', 40, '\n'],
  ])('re-joins a token wrapped at %s', (_, width, nl) => {
    const text = `Here is the statement:\n${wrap(JWS, width, nl)}\nRegards`;
    const found = findJws(text);
    expectSpans(text, found);
    expect(found).toHaveLength(1);
    expect(found[0]!.token).toBe(JWS);
    expect(found[0]!.wrapped).toBe(true);
    expect(found[0]!.match).toContain(nl);
  });

  it('repairs an Ed25519 signature split over lines, and nothing else after the token', () => {
    const text = `${HEADER}.${PAYLOAD}.${SIG.slice(0, 50)}\n${SIG.slice(50)}\nThanks`;
    expect(findJws(text).map((m) => m.token)).toEqual([JWS]);
    const cut = `${HEADER}.${PAYLOAD}.${SIG.slice(0, 30)}\n${SIG.slice(30, 60)}\n${SIG.slice(60)}\nBye`;
    expect(findJws(cut).map((m) => m.token)).toEqual([JWS]);
    // A complete signature: the next line is not taken in.
    expect(findJws(`${JWS}\nThanks`).map((m) => m.token)).toEqual([JWS]);
  });

  it('does not join a following line to a token of another algorithm (its signature length is unknown)', () => {
    const h = base64urlEncode(utf8Encode('{"alg":"HS256","typ":"JWT"}'));
    const sig = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
    const text = `${h}.${PAYLOAD}.${sig}\nThanks\n`;
    expect(findJws(text).map((m) => m.token)).toEqual([`${h}.${PAYLOAD}.${sig}`]);
  });

  it('reads each line on its own when joining lines gives no JSON header', () => {
    const text = `eyJnot-a-header\n${JWS}\n`;
    const found = findJws(text);
    expectSpans(text, found);
    expect(found.map((m) => [m.token, m.wrapped])).toEqual([[JWS, false]]);
  });

  it('finds several tokens, in a URL query too', () => {
    const text = `a ${JWS} b https://x.example/?t=${JWS}&x=1\n${JWS}`;
    const found = findJws(text);
    expectSpans(text, found);
    expect(found).toHaveLength(3);
  });

  it('refuses what is not a compact JWS', () => {
    for (const text of [
      `x${JWS}`, // no boundary before
      `a.${JWS}`, // part of a longer dotted name
      `${JWS}.more`, // four segments
      `${HEADER}.${PAYLOAD}.${SIG}.x.y`, // JWE-like five segments
      `${HEADER}.${PAYLOAD}`, // two segments
      `eyJ${'A'.repeat(9000)}.${PAYLOAD}.${SIG}`, // longer than any statement
      `${JWS}é`, // runs into a word
      'eyJhbGciOiJFZERTQSJ9..', // header only
    ]) {
      const found = findJws(text);
      expect(
        found.map((m) => m.token),
        text.slice(0, 40),
      ).not.toContain(JWS);
      expect(found.filter((m) => m.token.startsWith(`eyJ${'A'.repeat(20)}`))).toEqual([]);
    }
    expect(findJws('eyJhbGciOiJFZERTQSJ9..')).toEqual([]);
  });

  it.each(ADVERSARIAL)('returns on the adversarial 64 KiB input %s', (_, text) => {
    const found = findJws(text);
    expectSpans(text, found);
    expect(found).toEqual([]);
  });

  it('returns every token of a 64 KiB text made of wrapped tokens', () => {
    const unit = `${wrap(JWS, 76)}\n\n`;
    const n = Math.floor(65536 / unit.length);
    const text = unit.repeat(n);
    const found = findJws(text);
    expect(found).toHaveLength(n);
    expect(found.every((m) => m.token === JWS)).toBe(true);
  });
});
