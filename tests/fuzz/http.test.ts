// Fuzz properties for every HTTP route, through app.inject on the real app over a real demo data
// directory: whatever the method, path, query, headers and body, the answer is never a 5xx, always
// carries the security headers (the page set for HTML, the API set for everything else), never sets
// a cookie, and an error answer names a registered error code. Nothing reaches the 5xx log.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode } from '../../src/core/errors.js';
import { demoFixture, type DemoFixture } from '../helpers/server.js';
import { anyString, checkAsync, mutated } from './fuzz.js';

const API_CSP = "default-src 'none'; frame-ancestors 'none'";
const ROUTES = [
  '/',
  '/?lang=nb',
  '/api',
  '/api?lang=de',
  '/verify',
  '/api/v1/verify',
  '/api/v1/verify/batch',
  '/api/v1/range/0/0',
  '/api/v1/range/4/a',
  '/log/checkpoint',
  '/log/tile/0/000',
  '/log/tile/0/000.p/5',
  '/log/tile/entries/000.p/5',
  '/log/tile/1/x001/234.p/7',
  '/.well-known/jwks.json',
  '/.well-known/warncheck-trust.jws',
  '/.well-known/warncheck-root-handovers',
  '/healthz',
  '/readyz',
  '/metrics',
  '/api/openapi.json',
  '/static/style.css',
  '/nothing-here',
];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'] as const;

let fx: DemoFixture;
let app: Awaited<ReturnType<DemoFixture['app']>>;
const errors: string[] = [];
let pieces: string[];
beforeAll(async () => {
  fx = await demoFixture(4);
  // No per-client limit and no overload guard: every fuzz input must reach its route.
  app = await fx.app({ rateLimit: false, overload: false, log: { write: (l: string) => void (l.startsWith('{"level":50') && errors.push(l)) } });
  pieces = [
    fx.inputs.genuine,
    fx.inputs.revoked,
    fx.inputs.mistyped,
    fx.inputs.unknown,
    fx.inputs.altered.slice(0, 2000),
    fx.inputs.scam,
    ...fx.data.log.entries(0, 3),
    'https://politiet.no',
    'a@b.example',
    '<script>alert(1)</script>',
  ];
});
afterAll(async () => {
  await app?.close();
  fx.cleanup();
});

/** A request target: bytes that cannot go on the wire raw are percent-encoded (lone surrogates as invalid UTF-8). */
function target(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > 0x20 && c < 0x7f && !'"<>\\^`{|}#'.includes(ch)) out += ch;
    else if (c >= 0xd800 && c <= 0xdfff)
      out += `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 63)).toString(16)}%${(0x80 | (c & 63)).toString(16)}`;
    else out += [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
  return out.startsWith('/') ? out : `/${out}`;
}

interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/** The properties every answer must have, whatever was asked. */
function assertAnswer(r: Answer, what: string): void {
  expect(r.statusCode, what).toBeLessThan(500);
  expect(r.statusCode, what).toBeGreaterThanOrEqual(200);
  const h = r.headers;
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('no-referrer');
  expect(h['cross-origin-resource-policy'], what).toBe('same-origin');
  expect(h['set-cookie'], what).toBeUndefined();
  expect(h['cache-control'], what).toBeDefined();
  const csp = String(h['content-security-policy']);
  const type = String(h['content-type'] ?? '');
  // Pages, and the static files they load (helmet's full set), carry the page CSP; data the API one.
  if (type.startsWith('text/html') || (/^(GET|HEAD) \/static\//.test(what) && r.statusCode === 200)) {
    expect(csp, what).toContain("default-src 'none'");
    expect(csp, what).toContain("form-action 'self'");
    expect(csp, what).toContain("frame-ancestors 'none'");
    expect(csp, what).not.toContain('unsafe-inline');
    expect(r.body, what).not.toMatch(/\n\s+at .*:\d+:\d+/);
    const code = /data-error="([A-Z_]+)"/.exec(r.body)?.[1];
    if (r.statusCode >= 400 && r.body) expect(isErrorCode(code), `${what} page error ${code}`).toBe(true);
  } else {
    expect(csp, what).toBe(API_CSP);
    expect(h['x-frame-options'], what).toBe('DENY');
    if (r.statusCode >= 400 && type.startsWith('application/json') && r.body) {
      const code = (JSON.parse(r.body) as { error?: { code?: unknown } }).error?.code;
      expect(isErrorCode(code), `${what} error ${String(code)}`).toBe(true);
    }
  }
  expect(errors, what).toEqual([]);
}

async function send(o: { method: (typeof METHODS)[number]; url: string; headers?: Record<string, string>; payload?: string | Buffer }): Promise<void> {
  const r = await app.inject(o);
  assertAnswer(r, `${o.method} ${o.url.slice(0, 80)}`);
}

const header = (max = 60) => anyString(max).map((s) => s.replace(/[^\t\x20-\x7e]/g, '?'));
const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/x-www-form-urlencoded',
    'text/plain',
    'application/json; charset=latin1',
    'multipart/form-data; boundary=x',
    'APPLICATION/JSON',
    '',
  ),
  header(40),
);
const lang = fc.oneof(fc.constantFrom('en', 'nb', 'de', 'xx', 'EN', 'nb-NO', ''), anyString(12));

describe('fuzz: every HTTP route', () => {
  it('any method, path and query: no 5xx, security headers, registered error codes', async () => {
    await checkAsync(
      'http any route',
      fc.asyncProperty(
        fc.constantFrom(...METHODS),
        fc.oneof(mutated(ROUTES), anyString(60)),
        fc.option(header(), { nil: undefined }),
        async (method, path, al) => send({ method, url: target(path), headers: al === undefined ? {} : { 'accept-language': al } }),
      ),
      0.25,
    );
  });
  it('pages with any lang and Accept-Language', async () => {
    await checkAsync(
      'http pages',
      fc.asyncProperty(fc.constantFrom('/', '/api', '/nothing'), lang, header(), async (p, l, al) =>
        send({ method: 'GET', url: `${p}?lang=${encodeURIComponent(l.replace(/[\ud800-\udfff]/g, '?'))}`, headers: { 'accept-language': al } }),
      ),
      0.1,
    );
  });
  it('POST /verify (the form) with any fields, body and content type', async () => {
    const text = fc.oneof(fc.constantFrom(...pieces0()), anyString(300));
    const body = fc.oneof(
      fc
        .record({ input: text, lang }, { requiredKeys: [] })
        .map((f) => new URLSearchParams(Object.entries(f).map(([k, v]) => [k, v.replace(/[\ud800-\udfff]/g, '?')])).toString()),
      mutated(['input=NO-7K3Q-9XW2-M4TD&lang=nb', 'input=%E0%80&lang=en', 'input=a&input=b', 'x=1&y=2&input=3']),
      anyString(200),
    );
    await checkAsync(
      'http form',
      fc.asyncProperty(body, fc.oneof(fc.constant('application/x-www-form-urlencoded'), contentType), async (payload, ct) =>
        send({ method: 'POST', url: '/verify', headers: { 'content-type': ct }, payload }),
      ),
      0.1,
    );
  });
  it('POST /api/v1/verify with any input, JSON value, body and content type', async () => {
    const text = fc.oneof(fc.constantFrom(...pieces0()), mutated(pieces0()), anyString(300));
    const body = fc.oneof(
      fc.record({ input: text, lang }, { requiredKeys: ['input'] }).map((o) => JSON.stringify(o)),
      fc.jsonValue().map((j) => JSON.stringify(j) ?? ''),
      mutated(['{"input":"NO-7K3Q-9XW2-M4TD"}', '{"input":"x","lang":"nb"}', '{"input":"\\ud800"}']),
      anyString(200),
    );
    await checkAsync(
      'http verify',
      fc.asyncProperty(body, fc.oneof(fc.constant('application/json'), contentType), fc.option(header(), { nil: undefined }), async (payload, ct, al) =>
        send({ method: 'POST', url: '/api/v1/verify', headers: { 'content-type': ct, ...(al === undefined ? {} : { 'accept-language': al }) }, payload }),
      ),
      0.25,
    );
  });
  it('POST /api/v1/verify/batch with any items', async () => {
    const item = fc.oneof(fc.constantFrom(...pieces0()), mutated(pieces0()), anyString(100), fc.constant(''));
    const body = fc.oneof(
      fc.record({ items: fc.array(item, { maxLength: 12 }), lang }, { requiredKeys: ['items'] }).map((o) => JSON.stringify(o)),
      fc.jsonValue().map((j) => JSON.stringify({ items: j })),
      anyString(200),
    );
    await checkAsync(
      'http batch',
      fc.asyncProperty(body, async (payload) =>
        send({ method: 'POST', url: '/api/v1/verify/batch', headers: { 'content-type': 'application/json' }, payload }),
      ),
      0.1,
    );
  });
  it('GET /api/v1/range/:bits/:bucket with any prefix', async () => {
    await checkAsync(
      'http range',
      fc.asyncProperty(
        fc.oneof(fc.stringMatching(/^[0-9]{1,3}$/), anyString(4)),
        fc.oneof(fc.stringMatching(/^[0-9a-f]{0,6}$/), anyString(8)),
        async (bits, bucket) => send({ method: 'GET', url: target(`/api/v1/range/${bits}/${bucket}`) }),
      ),
      0.25,
    );
  });
  it('GET /log/tile/* with any tile or bundle path', async () => {
    await checkAsync(
      'http tiles',
      fc.asyncProperty(
        fc.oneof(
          mutated(ROUTES.filter((r) => r.startsWith('/log/'))),
          fc.stringMatching(/^\/log\/tile\/(entries|[0-9]{1,2})(\/x[0-9]{3}){0,7}\/[0-9]{3}(\.p\/[0-9]{1,3})?$/),
        ),
        async (p) => send({ method: 'GET', url: target(p) }),
      ),
      0.25,
    );
  });
});

// The pieces are known only after the fixture is made; arbitraries are built inside the tests.
function pieces0(): string[] {
  return pieces;
}
