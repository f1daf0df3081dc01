// The encodings: round trips, and strictness on every non-canonical spelling (the library must stay as strict as this).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, base64urlDecode, base64urlEncode, hexDecode, hexEncode } from '../../src/core/bytes.js';
import { WarncheckError } from '../../src/core/errors.js';

function why(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof WarncheckError) return `${e.code} ${e.detail}`;
    throw e;
  }
  return 'accepted';
}

describe('bytes', () => {
  it('round-trips any bytes and agrees with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (b) => {
        expect(base64Encode(b)).toBe(Buffer.from(b).toString('base64'));
        expect(base64urlEncode(b)).toBe(Buffer.from(b).toString('base64url'));
        expect(hexEncode(b)).toBe(Buffer.from(b).toString('hex'));
        expect(base64Decode(base64Encode(b))).toEqual(b);
        expect(base64urlDecode(base64urlEncode(b))).toEqual(b);
        expect(hexDecode(hexEncode(b))).toEqual(b);
        expect(hexDecode(hexEncode(b).toUpperCase())).toEqual(b);
      }),
    );
  });

  it('refuses every non-canonical base64 spelling', () => {
    expect(base64Decode('QUI=')).toEqual(new Uint8Array([65, 66]));
    for (const [s, d] of [
      ['QUJ=', 'trailing bits'], // non-zero bits after the last byte
      ['QR==', 'trailing bits'],
      ['QUI', 'length'], // padding missing
      ['QUI==', 'length'],
      ['Q===', 'character'],
      ['QUI=QUI=', 'character'], // padding inside
      ['QU I=', 'character'],
      ['QUI=\n', 'character'],
      ['QU-_', 'character'], // the other alphabet
      ['QUé=', 'character'],
    ])
      expect(
        why(() => base64Decode(s!)),
        s,
      ).toBe(`WC_BASE64_NONCANONICAL ${d}`);
  });

  it('refuses every non-canonical base64url spelling', () => {
    expect(base64urlDecode('QUI')).toEqual(new Uint8Array([65, 66]));
    for (const [s, d] of [
      ['QUJ', 'trailing bits'],
      ['QR', 'trailing bits'],
      ['QUI=', 'character'], // JWS base64url has no padding
      ['Q', 'length'],
      ['QUIxQ', 'length'],
      ['QU+/', 'character'],
      ['QU I', 'character'],
      ['QUI\n', 'character'],
    ])
      expect(
        why(() => base64urlDecode(s!)),
        s,
      ).toBe(`WC_BASE64_NONCANONICAL ${d}`);
  });

  it('refuses odd or foreign hex', () => {
    for (const s of ['0', 'abc', '0x00', 'zz', ' 00', '00 '])
      expect(
        why(() => hexDecode(s)),
        s,
      ).toBe('WC_KEY_MALFORMED hex');
    expect(hexDecode('')).toEqual(new Uint8Array(0));
  });
});
