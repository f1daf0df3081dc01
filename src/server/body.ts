/**
 * Strict request-body parsers. Fastify's built-in parsers decode bodies as UTF-8 with replacement,
 * so invalid bytes would silently become U+FFFD and a garbled input would get a verdict; and
 * @fastify/formbody (querystring) does the same for percent-encoded bytes. Both are replaced here:
 * invalid UTF-8 is WC_INPUT_NOT_TEXT, a malformed body WC_REQUEST_MALFORMED. Linear time, no regex.
 */
import { fail, failLimit, isWarncheckError, WarncheckError } from '../core/errors.js';
import { utf8Decode } from '../core/bytes.js';

type Done = (err: Error | null, body?: unknown) => void;

function guard(done: Done, f: () => unknown): void {
  let out: unknown;
  try {
    out = f();
  } catch (e) {
    done(isWarncheckError(e) ? e : new WarncheckError('WC_REQUEST_MALFORMED', 'malformed body'));
    return;
  }
  done(null, out);
}

export function parseJson(body: Buffer, done: Done): void {
  guard(done, () => {
    if (body.length === 0) fail('WC_INPUT_EMPTY');
    const text = utf8Decode(body);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return fail('WC_REQUEST_MALFORMED', 'the body is not JSON');
    }
  });
}

function hexVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** application/x-www-form-urlencoded (WHATWG), with strict percent-decoding into UTF-8. */
function decodeComponent(b: Buffer, start: number, end: number): string {
  const out = new Uint8Array(end - start);
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = b[i]!;
    if (c === 0x2b) out[n++] = 0x20;
    else if (c === 0x25) {
      const hi = i + 2 < end ? hexVal(b[i + 1]!) : -1;
      const lo = i + 2 < end ? hexVal(b[i + 2]!) : -1;
      if (hi < 0 || lo < 0) fail('WC_REQUEST_MALFORMED', 'bad percent-encoding');
      out[n++] = (hi << 4) | lo;
      i += 2;
    } else out[n++] = c;
  }
  return utf8Decode(out.subarray(0, n));
}

/** Fields a form body may have: the form sends two (input, lang); more is not a form of ours. */
export const MAX_FORM_FIELDS = 8;

export function parseForm(body: Buffer, done: Done): void {
  guard(done, () => {
    const fields: Record<string, string> = Object.create(null) as Record<string, string>;
    let count = 0;
    let start = 0;
    while (start <= body.length) {
      let end = body.indexOf(0x26, start); // '&'
      if (end < 0) end = body.length;
      if (end > start) {
        if (++count > MAX_FORM_FIELDS) failLimit('WC_INPUT_TOO_LARGE', 'form-fields', MAX_FORM_FIELDS);
        let eq = body.indexOf(0x3d, start); // '='
        if (eq < 0 || eq > end) eq = end;
        const name = decodeComponent(body, start, eq);
        if (name in fields) fail('WC_REQUEST_MALFORMED', 'a field appears twice');
        fields[name] = eq < end ? decodeComponent(body, eq + 1, end) : '';
      }
      start = end + 1;
    }
    return { ...fields };
  });
}
