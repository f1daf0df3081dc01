// Fuzz properties for the decisions on typed input: URL and e-mail address parsing and
// classification, the text finders (codes, JWS, IBAN, crypto, phones, addresses), and the whole
// check (checkInput through the service, as every route calls it): no exception but typed errors,
// spans that point into the text as given, and a verdict from the documented set.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS } from '../../src/core/check.js';
import { findAddresses } from '../../src/core/domain/extract.js';
import { classifyAddress } from '../../src/core/domain/lookalike.js';
import { normalizeAddress } from '../../src/core/domain/normalize.js';
import { officialIndex } from '../../src/core/domain/official-index.js';
import { OFFICIAL_REFERENCE } from '../../src/core/domain/official-reference.js';
import { extractItems } from '../../src/core/text/extract/index.js';
import { VERDICTS } from '../../src/core/verdict.js';

const REFERENCE = officialIndex(OFFICIAL_REFERENCE); // built once: the core keeps no memo
import { base64urlDecode, utf8Decode, utf8Encode } from '../../src/core/bytes.js';
import { signEd25519 } from '../../src/core/ed25519.js';
import { formatCompactJws } from '../../src/core/jws.js';
import { loadKeyRing } from '../../src/issuer/keys.js';
import { demoFixture, type DemoFixture } from '../helpers/server.js';
import { anyString, check, mutated, typedOnly } from './fuzz.js';

const scams = (JSON.parse(readFileSync(new URL('../corpus/scam-texts.json', import.meta.url), 'utf8')) as Array<{ text: string }>).map((s) => s.text);
const ADDRESSES = [
  'https://politiet.no/kontakt',
  'http://xn--politet-9db.no/a?b=c#d',
  'police.gov.uk',
  'hxxps://europol[.]europa[.]eu/report',
  'kontakt@politiet.no',
  'user:pass@evil.example/@politiet.no',
  'http://[::1]:8080/x',
  'http://192.168.0.1',
  'pоlice.uk',
  'ｈｔｔｐｓ：／／ｐｏｌｉｃｅ．ｕｋ',
  'mailto:a.b+c@xn--80ak6aa92e.com',
  'https://a.b.c.d.e.f.g.h.github.io/%2e%2e/',
];
const PIECES = [
  ...ADDRESSES,
  'NO-7K3Q-9XW2-M4TD',
  'GB82 WEST 1234 5698 7654 32',
  '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
  'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  '0x52908400098527886E0F7030069857D2E4169EE7',
  '+47 22 22 22 22',
  'eyJhbGciOiJFZERTQSJ9.eyJ2IjoxfQ.AAAA',
  '\n',
  ' ',
  '24 hours',
  'pay 500 EUR',
];

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture(4);
  PIECES.push(fx.inputs.genuine, fx.inputs.revoked, fx.inputs.mistyped, fx.inputs.unknown, ...fx.data.log.entries(0, 4));
});
afterAll(() => fx.cleanup());

/** A text made of real pieces (codes, statements, addresses, scam sentences) and random glue. */
const text = (): fc.Arbitrary<string> =>
  fc.oneof(
    anyString(400),
    mutated([...scams.map((s) => s.slice(0, 1500)), fx.inputs.altered, fx.inputs.scam]),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(...PIECES),
          mutated(PIECES),
          anyString(20),
          fc.constantFrom(...scams).map((s) => s.slice(0, 300)),
        ),
        { maxLength: 20 },
      )
      .map((a) => a.join(' ')),
  );

const inText = (t: string, s: { start: number; end: number }) =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= t.length;

describe('fuzz: URL and e-mail address', () => {
  it('normalizeAddress never throws; classifyAddress throws nothing but typed errors', () => {
    check(
      'address',
      fc.property(fc.oneof(mutated(ADDRESSES), anyString(120), fc.webUrl(), fc.emailAddress()), (s) => {
        const n = normalizeAddress(s);
        if (n.ok) expect(n.address.host.length).toBeLessThanOrEqual(253);
        const c = typedOnly(() => classifyAddress(s, REFERENCE));
        if (c) expect(typeof c).toBe('object');
      }),
    );
  });
});

describe('fuzz: text extraction', () => {
  it('every finder returns spans into the text as given, sorted, and throws nothing', () => {
    check(
      'extract',
      fc.property(text(), (t) => {
        const items = extractItems(t);
        let last = 0;
        for (const it of items) {
          const span = (it as { span?: { start: number; end: number } }).span ?? (it as unknown as { start: number; end: number });
          expect(inText(t, span), JSON.stringify(span)).toBe(true);
          expect(span.start).toBeGreaterThanOrEqual(last);
          last = span.start;
        }
        for (const a of findAddresses(t)) {
          expect(inText(t, a.span)).toBe(true);
          expect(t.slice(a.span.start, a.span.end)).toBe(a.match);
        }
      }),
      0.5,
    );
  });
});

describe('fuzz: the whole check (checkInput)', () => {
  it('any input gets a verdict from the documented set or a typed error', () => {
    check(
      'checkInput',
      fc.property(fc.oneof(text(), fc.constantFrom(...PIECES), mutated(PIECES)), (t) => {
        const r = typedOnly(() => fx.data.verify(t));
        if (r) {
          expect(VERDICTS).toContain(r.verdict);
          expect(Array.isArray(r.findings)).toBe(true);
        }
      }),
      0.25,
    );
  });
  it('an input over the limit is refused with WC_INPUT_TOO_LARGE, whatever it holds', () => {
    check(
      'checkInput limit',
      fc.property(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 100 }), (p, extra) => {
        const big = p.repeat(Math.ceil((MAX_INPUT_CHARS + extra) / p.length));
        expect(() => fx.data.verify(big)).toThrow(expect.objectContaining({ code: 'WC_INPUT_TOO_LARGE' }));
      }),
      0.05,
    );
  });
});

describe('fuzz: validly signed statements with damaged contents', () => {
  it('a statement signed by a real issuer key, with any payload or header edit, gets a verdict or a typed error', () => {
    const ring = loadKeyRing(fx.keysDir);
    const key = [...ring.issuers.values()][0]![0]!;
    const payloads = fx.data.log.entries(0, 8).map((j) => utf8Decode(base64urlDecode(j.split('.')[1]!)));
    const headers = [JSON.stringify({ alg: 'EdDSA', kid: key.kid, typ: 'warncheck-statement' })];
    check(
      'signed statement edit',
      fc.property(mutated(payloads), fc.oneof(fc.constant(headers[0]!), mutated(headers)), (payload, header) => {
        let h: Record<string, unknown>;
        try {
          h = JSON.parse(header) as Record<string, unknown>;
          if (typeof h !== 'object' || h === null || Array.isArray(h)) h = { h };
        } catch {
          h = { alg: 'EdDSA', kid: key.kid, typ: header };
        }
        const jws = formatCompactJws(h, utf8Encode(payload), (m) => signEd25519(key.seed, m));
        for (const input of [jws, `Forwarded statement:\n${jws}\n`]) {
          const r = typedOnly(() => fx.data.verify(input));
          if (r) expect(VERDICTS).toContain(r.verdict);
        }
      }),
      0.05,
    );
  });
});
