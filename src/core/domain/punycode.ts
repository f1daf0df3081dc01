/**
 * Punycode decoding (RFC 3492), to show and compare IDN hosts in Unicode.
 *
 * WHATWG `URL` gives the ASCII (xn--) form of a host, and the only built-in way back
 * (`url.domainToUnicode`) is Node-only, while src/core also runs in browsers. So the decoder is
 * the `punycode` package, the reference implementation. It is imported by its file path: the bare
 * name `punycode` would load Node's deprecated built-in module instead. Only decoding is needed:
 * encoding is done by `URL` itself.
 */
import punycode from 'punycode/punycode.js';

/** A lone surrogate: Punycode can encode one, but no IDN label contains one. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Decode the part after `xn--` of one label; null when it is not valid Punycode. */
export function decodePunycode(input: string): string | null {
  if (input.length > 63) return null; // a DNS label is at most 63 octets
  try {
    const decoded = punycode.decode(input);
    return LONE_SURROGATE.test(decoded) ? null : decoded;
  } catch {
    return null; // RangeError: overflow, a non-basic code point, or an invalid digit
  }
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
