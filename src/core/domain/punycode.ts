/**
 * Punycode decoding (RFC 3492), to show and compare IDN hosts in Unicode.
 *
 * Why here: WHATWG `URL` gives the ASCII (xn--) form of a host, and the only built-in way back
 * (`url.domainToUnicode`) is Node-only, while src/core also runs in browsers. The `punycode` npm
 * package is deprecated as a Node built-in and the userland copy would add a dependency for
 * ~50 lines of arithmetic. Only decoding is needed: encoding is done by `URL` itself.
 */

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7fffffff;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 26; // 0-9 → 26-35
  if (c >= 0x41 && c <= 0x5a) return c - 0x41; // A-Z
  if (c >= 0x61 && c <= 0x7a) return c - 0x61; // a-z
  return BASE;
}

/** Decode the part after `xn--` of one label; null when it is not valid Punycode. */
export function decodePunycode(input: string): string | null {
  if (input.length > 63) return null;
  const output: number[] = [];
  const b = input.lastIndexOf('-');
  for (let j = 0; j < Math.max(b, 0); j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let pos = b > 0 ? b + 1 : 0; pos < input.length; ) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const digit = digitValue(input.charCodeAt(pos++));
      if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) return null;
      w *= BASE - t;
    }
    const len = output.length + 1;
    bias = adapt(i - oldi, len, oldi === 0);
    if (Math.floor(i / len) > MAX_INT - n) return null;
    n += Math.floor(i / len);
    i %= len;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/**
 * The Unicode form of an ASCII host: every `xn--` label decoded. `invalid` names the labels that
 * are not valid Punycode (they are kept as they were).
 */
export function hostToUnicode(asciiHost: string): { unicode: string; invalid: string[] } {
  const invalid: string[] = [];
  const unicode = asciiHost
    .split('.')
    .map((label) => {
      if (!label.toLowerCase().startsWith('xn--')) return label;
      const decoded = decodePunycode(label.slice(4));
      if (decoded === null || decoded === '') {
        invalid.push(label);
        return label;
      }
      return decoded;
    })
    .join('.');
  return { unicode, invalid };
}
