import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, checkSymbol, codeHashHex, formatCode, makeCode, nearbyCodes, normalizeCode, parseCode } from '../../src/core/code.js';

function rnd(n: number): Uint8Array {
  const b = new Uint8Array(n);
  crypto.getRandomValues(b);
  return b;
}

describe('message codes', () => {
  const samples = Array.from({ length: 40 }, (_, i) => makeCode(['NO', 'SE', 'FI', 'IS', 'LV'][i % 5]!, rnd(11)));

  it('makes codes that parse, with 55 random bits in 11 symbols and a check symbol', () => {
    for (const c of samples) {
      expect(c).toMatch(/^[A-Z]{2}[0-9A-HJKMNP-TV-Z]{12}$/);
      const p = parseCode(formatCode(c));
      expect(p).toEqual({ ok: true, normalized: c, country: c.slice(0, 2), display: formatCode(c) });
    }
  });

  it('accepts the forms people type: any case, O for 0, I/L for 1, spaces, dashes or none', () => {
    const c = makeCode('NO', new Uint8Array(11)); // all zeros → '0' symbols
    expect(c.slice(2, 13)).toBe('00000000000');
    const typed = `no ${c.slice(2, 6).replace(/0/g, 'o')}–${c.slice(6, 10)} ${c.slice(10).toLowerCase()}`;
    expect(normalizeCode(typed)).toBe(c);
    const ones = makeCode('SE', new Uint8Array(11).fill(1));
    expect(normalizeCode(ones.replace(/1/g, (_, i: number) => (i % 2 ? 'l' : 'I')))).toBe(ones);
  });

  it('rejects malformed input without throwing', () => {
    for (const bad of ['', 'NO', 'NO-1234', '12-ABCD-ABCD-ABCD', 'NO-ABCD-ABCD-ABCU', 'NO-ABCD-ABCD-ABCD-A', 'x'.repeat(1000), 'NØ-ABCD-ABCD-ABCD']) {
      expect(parseCode(bad).ok).toBe(false);
    }
  });

  // The check symbol is linear over GF(32), so whether an error is caught does not depend on the
  // rest of the code: checking every position × every pair of values is exhaustive for all codes.
  it('catches EVERY single-symbol substitution (exhaustive over positions and symbol pairs)', () => {
    let tried = 0;
    for (const base of samples.slice(0, 3)) {
      for (let pos = 0; pos < 14; pos++) {
        const alphabet = pos < 2 ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' : CODE_ALPHABET;
        for (const c of alphabet) {
          if (c === base[pos]) continue;
          const changed = base.slice(0, pos) + c + base.slice(pos + 1);
          tried++;
          expect(parseCode(changed).ok, changed).toBe(false);
        }
      }
    }
    expect(tried).toBe(3 * (2 * 25 + 12 * 31));
  });

  it('catches EVERY adjacent transposition of different symbols (exhaustive over pairs and positions)', () => {
    let tried = 0;
    for (let pos = 2; pos < 13; pos++) {
      for (const a of CODE_ALPHABET) {
        for (const b of CODE_ALPHABET) {
          if (a === b) continue;
          // Build a valid code with a at pos and b at pos+1, then swap them.
          const sym = 'ABCDEFGHJKMN'.split('');
          sym[pos - 2] = a;
          sym[pos - 1] = b;
          let random = sym.slice(0, 11).join('');
          if (pos === 12) {
            // b is the check symbol itself: find random symbols that make it so.
            const filler = CODE_ALPHABET.split('').find((f) => checkSymbol('NO', random.slice(0, 10) + f) === b);
            if (filler === undefined) throw new Error('no filler');
            random = random.slice(0, 10) + filler;
            if (random[10] !== a) continue; // pair not reachable with this position; covered by the sweep below
          }
          const code = 'NO' + random + checkSymbol('NO', random);
          const swapped = code.slice(0, pos) + code[pos + 1] + code[pos] + code.slice(pos + 2);
          if (swapped === code) continue;
          tried++;
          expect(parseCode(swapped).ok, swapped).toBe(false);
        }
      }
    }
    // Country letters and the first symbol, and the general sweep over random codes:
    for (const base of samples) {
      for (let pos = 0; pos < 13; pos++) {
        if (base[pos] === base[pos + 1]) continue;
        const swapped = base.slice(0, pos) + base[pos + 1] + base[pos] + base.slice(pos + 2);
        tried++;
        expect(parseCode(swapped).ok, swapped).toBe(false);
      }
    }
    expect(tried).toBeGreaterThan(11 * 31 * 31 * 0.9);
  });

  it('catches every swap of the last country letter with the first symbol (exhaustive)', () => {
    let tried = 0;
    for (const l0 of 'NS') {
      for (const l1 of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
        for (const s of CODE_ALPHABET) {
          const random = s + 'ABCDEFGHJK';
          const code = l0 + l1 + random + checkSymbol(l0 + l1, random);
          const swapped = l0 + s + l1 + code.slice(3);
          if (swapped === code) continue;
          tried++;
          expect(parseCode(swapped).ok, `${code} → ${swapped}`).toBe(false);
        }
      }
    }
    expect(tried).toBe(2 * (26 * 32 - 22)); // 22 letters are also symbols: swapping equal characters changes nothing
  });

  it('tells country letters apart, also I, L, O and U', () => {
    const r = 'ABCDEFGHJKM';
    const valid = new Set<string>();
    for (const a of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') valid.add(checkSymbol(a + 'S', r));
    expect(valid.size).toBe(26);
  });

  it('suggests only valid codes one slip away, including the original', () => {
    const c = samples[0]!;
    const slipped = c.slice(0, 5) + (c[5] === '7' ? '8' : '7') + c.slice(6);
    expect(parseCode(slipped)).toMatchObject({ ok: false, code: 'WC_CODE_CHECK_FAILED' });
    const near = nearbyCodes(slipped);
    expect(near).toContain(c);
    for (const n of near) expect(parseCode(n).ok).toBe(true);
  });

  it('hashes the normalized code with domain separation', () => {
    const c = samples[0]!;
    expect(codeHashHex(c)).toMatch(/^[0-9a-f]{64}$/);
    expect(codeHashHex(c)).not.toBe(codeHashHex(samples[1]!));
    // Same code typed differently → same hash.
    expect(codeHashHex(normalizeCode(formatCode(c).toLowerCase())!)).toBe(codeHashHex(c));
  });

  it('the node:crypto code hash (server, issuer) equals the core one on every sample', async () => {
    const { nativeCodeHash, nativeCodeHashHex } = await import('../../src/node/code-hash.js');
    const { hexEncode } = await import('../../src/core/bytes.js');
    for (const c of samples) expect(hexEncode(nativeCodeHash(c))).toBe(codeHashHex(c));
    for (const c of samples) expect(nativeCodeHashHex(c)).toBe(codeHashHex(c));
  });
});
