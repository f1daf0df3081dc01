// Load a public service sees: rate limits by kind of route, the overload guard, slow clients,
// Node-level errors, and what a 500 leaves in the log.
import { bucketName, rangeBits } from '../../src/core/range.js';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, JSON_CT, type DemoFixture } from '../helpers/server.js';

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture();
});
afterAll(() => fx.cleanup());

const CLIENT = '203.0.113.7';

/** Write raw bytes to a listening server; resolve with what came back and how long until it closed. */
function raw(port: number, chunks: string[], o: { keepOpen?: boolean } = {}): Promise<{ text: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const s = connect(port, '127.0.0.1');
    let text = '';
    s.on('data', (d) => (text += d.toString('latin1')));
    s.on('error', () => undefined); // a reset after the answer is fine; 'close' follows
    s.on('close', () => resolve({ text, ms: performance.now() - t0 }));
    s.on('connect', () => {
      for (const c of chunks) s.write(c);
      if (!o.keepOpen) s.end();
    });
    setTimeout(() => reject(new Error(`still open after 15 s; got ${text}`)), 15_000).unref();
  });
}

function parseRaw(text: string): { status: number; headers: Record<string, string>; body: string } {
  const [head, ...rest] = text.split('\r\n\r\n');
  const [statusLine, ...lines] = head!.split('\r\n');
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
  }
  return { status: Number(statusLine!.split(' ')[1]), headers, body: rest.join('\r\n\r\n') };
}

function expectSecurityHeaders(h: Record<string, string | string[] | number | undefined>): void {
  expect(h['content-security-policy']).toContain("default-src 'none'");
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['x-frame-options']).toBe('DENY');
}

describe('rate limits by kind of route', () => {
  it('public data is not limited per client: 2,400 reads of the log, keys, static files and buckets in a row, none 429', async () => {
    const app = await fx.app({ rateLimit: 5 });
    const size = Number(fx.data.log.checkpoint().size);
    expect(size).toBeGreaterThan(0);
    // The first tile: full once the log holds 256 entries, partial before.
    const first = size >= 256 ? '000' : `000.p/${size}`;
    const urls = [
      '/log/checkpoint',
      `/log/tile/0/${first}`,
      `/log/tile/entries/${first}`,
      '/.well-known/jwks.json',
      '/.well-known/warncheck-trust.jws',
      '/static/style.css',
      `/api/v1/range/${rangeBits(size)}/${bucketName(0, rangeBits(size))}`,
      '/healthz',
    ];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 2_400; i++) {
      const r = await app.inject({ url: urls[i % urls.length]!, remoteAddress: CLIENT });
      statuses.set(r.statusCode, (statuses.get(r.statusCode) ?? 0) + 1);
    }
    expect([...statuses]).toEqual([[200, 2_400]]);
    // Immutable data says so; what changes says for how long it may be kept.
    const cc = async (url: string) => (await app.inject({ url, remoteAddress: CLIENT })).headers['cache-control'];
    expect(await cc(`/log/tile/0/${first}`)).toBe('public, max-age=31536000, immutable');
    expect(await cc(`/log/tile/entries/${first}`)).toBe('public, max-age=31536000, immutable');
    expect(await cc('/log/checkpoint')).toBe('public, max-age=5');
    expect(await cc('/static/style.css')).toMatch(/^public, max-age=\d+$/);
    expect(await cc(`/api/v1/range/${rangeBits(size)}/${bucketName(0, rangeBits(size))}`)).toBe('public, max-age=60');

    // The verification budget is still there, for this client, with Retry-After.
    const verify = () =>
      app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: fx.inputs.genuine }), remoteAddress: CLIENT });
    for (let i = 0; i < 5; i++) expect((await verify()).statusCode).toBe(200);
    const limited = await verify();
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ error: { code: 'WC_RATE_LIMITED', message: expect.any(String) } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expectSecurityHeaders(limited.headers);
    // The form and the batch share it; reads still pass.
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/verify/batch', headers: JSON_CT, payload: '{"items":["x"]}', remoteAddress: CLIENT })).statusCode,
    ).toBe(429);
    expect((await app.inject({ url: '/log/checkpoint', remoteAddress: CLIENT })).statusCode).toBe(200);
    expect((await app.inject({ url: '/healthz', remoteAddress: CLIENT })).statusCode).toBe(200);
    await app.close();
  });

  it('per client only where the address means one: loopback is a proxy speaking for many; trustProxy reads X-Forwarded-For', async () => {
    const app = await fx.app({ rateLimit: 2 });
    const ask = (remoteAddress: string, headers: Record<string, string> = {}) =>
      app.inject({ method: 'POST', url: '/api/v1/verify', headers: { ...JSON_CT, ...headers }, payload: '{"input":"x"}', remoteAddress });
    // Without trustProxy, X-Forwarded-For is ignored (anyone can send it) and loopback is not limited.
    for (let i = 0; i < 6; i++) expect((await ask('127.0.0.1', { 'x-forwarded-for': `198.51.100.${i}` })).statusCode).toBe(200);
    for (let i = 0; i < 2; i++) expect((await ask(CLIENT, { 'x-forwarded-for': `198.51.100.${i}` })).statusCode).toBe(200);
    expect((await ask(CLIENT, { 'x-forwarded-for': '198.51.100.99' })).statusCode).toBe(429);
    await app.close();

    const proxied = await fx.app({ rateLimit: 2, trustProxy: '127.0.0.1' });
    const viaProxy = (client: string) =>
      proxied.inject({
        method: 'POST',
        url: '/api/v1/verify',
        headers: { ...JSON_CT, 'x-forwarded-for': client },
        payload: '{"input":"x"}',
        remoteAddress: '127.0.0.1',
      });
    expect((await viaProxy('198.51.100.1')).statusCode).toBe(200);
    expect((await viaProxy('198.51.100.1')).statusCode).toBe(200);
    expect((await viaProxy('198.51.100.1')).statusCode).toBe(429);
    expect((await viaProxy('198.51.100.2')).statusCode).toBe(200); // another client, its own budget
    await proxied.close();
  });
});

describe('overload guard (@fastify/under-pressure)', () => {
  it('answers 503 WC_OVERLOADED with Retry-After and the security headers; liveness stays 200', async () => {
    const app = await fx.app({ overload: { maxHeapUsedBytes: 1, maxEventLoopDelayMs: 0, sampleIntervalMs: 10, retryAfterS: 7 } });
    await app.ready();
    await new Promise((r) => setTimeout(r, 60));
    const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: fx.inputs.genuine }) });
    expect(r.statusCode).toBe(503);
    expect(r.json()).toEqual({ error: { code: 'WC_OVERLOADED', message: expect.any(String) } });
    expect(r.headers['retry-after']).toBe('7');
    expectSecurityHeaders(r.headers);
    const page = await app.inject({ url: '/' });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain('data-error="WC_OVERLOADED"');
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(503);
    await app.close();
  });

  it('a blocked event loop turns new requests away, and they are served again once it recovers', async () => {
    const app = await fx.app({ overload: { maxHeapUsedBytes: 0, maxEventLoopDelayMs: 30, sampleIntervalMs: 20 } });
    await app.ready();
    const ask = async () =>
      (await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: fx.inputs.genuine }) })).statusCode;
    expect(await ask()).toBe(200);
    let refused = false;
    for (let i = 0; i < 40 && !refused; i++) {
      const end = performance.now() + 150;
      while (performance.now() < end) {
        /* the heaviest request imaginable */
      }
      await new Promise((r) => setTimeout(r, 25));
      refused = (await ask()) === 503;
    }
    expect(refused).toBe(true);
    let back = false;
    for (let i = 0; i < 100 && !back; i++) {
      await new Promise((r) => setTimeout(r, 20));
      back = (await ask()) === 200;
    }
    expect(back).toBe(true);
    await app.close();
  });
});

describe('slow clients and Node-level errors (a real socket)', () => {
  it('a request whose body never finishes is answered 408 WC_REQUEST_TIMEOUT and closed within the configured time', async () => {
    const app = await fx.app({ timeouts: { requestMs: 600, headersMs: 400, checkEveryMs: 100 } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const body = await raw(port, ['POST /api/v1/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"input":"'], {
      keepOpen: true,
    });
    expect(body.ms).toBeLessThan(3_000);
    const r = parseRaw(body.text);
    expect(r.status).toBe(408);
    expect(JSON.parse(r.body).error.code).toBe('WC_REQUEST_TIMEOUT');
    expectSecurityHeaders(r.headers);
    // Headers that never end are cut off too.
    const head = await raw(port, ['GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: 1\r\n'], { keepOpen: true });
    expect(head.ms).toBeLessThan(3_000);
    expect(parseRaw(head.text).status).toBe(408);
    await app.close();
  });

  it('malformed HTTP (400) and oversized headers (431) get the stable JSON error and the security headers', async () => {
    const app = await fx.app();
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const bad = parseRaw((await raw(port, ['GET / HTTP/1.1\r\nHost: x\r\nthis is no header\r\n\r\n'])).text);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ error: { code: 'WC_REQUEST_MALFORMED', message: expect.any(String) } });
    expect(bad.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(bad.headers['content-length'])).toBe(Buffer.byteLength(bad.body));
    expectSecurityHeaders(bad.headers);
    expect(bad.headers['cache-control']).toBe('no-store');
    const big = parseRaw((await raw(port, [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`])).text);
    expect(big.status).toBe(431);
    expect(JSON.parse(big.body).error.code).toBe('WC_HEADERS_TOO_LARGE');
    expectSecurityHeaders(big.headers);
    // And the server still answers.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    await app.close();
  });
});

describe('a 500', () => {
  it('is logged with its time, route and stack, never with the input or the error message; the client sees the stable code only', async () => {
    const lines: string[] = [];
    const marker = 'zqx500marker';
    const app = await fx.app({
      data: {
        ...fx.data,
        verify: (input: string) => {
          throw new TypeError(`cannot read ${input}`);
        },
      },
      log: { write: (l: string) => void lines.push(l) },
      metrics: true,
    });
    const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: `${marker} NO-7K3Q` }) });
    expect(r.statusCode).toBe(500);
    expect(r.json().error.code).toBe('WC_INTERNAL');
    expect(r.body).not.toContain(marker);
    expect(r.body).not.toMatch(/\bat /);
    // Through fastify's logger: one error line (level 50) and one access line for the answer.
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const errors = parsed.filter((l) => l['level'] === 50);
    expect(errors).toHaveLength(1);
    const e = errors[0] as { time: string; msg: string; code: string; req: unknown; err: { type: string; stack: string } };
    expect(e.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(e.msg).toBe('server error');
    expect(e.code).toBe('WC_INTERNAL');
    expect(e.req).toEqual({ method: 'POST', route: '/api/v1/verify' });
    expect(e.err.type).toBe('TypeError');
    expect(e.err.stack).toMatch(/^at .*limits\.test\.ts:\d+/m);
    for (const l of lines) {
      expect(l).not.toContain(marker);
      expect(l).not.toContain('cannot read');
    }
    const access = parsed.filter((l) => l['msg'] === 'request');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({ level: 30, req: { method: 'POST', route: '/api/v1/verify' }, res: { statusCode: 500 } });
    expect((await app.inject({ url: '/metrics' })).body).toContain('warncheck_internal_errors_total 1');
    await app.close();
  });

  it('is logged the same way with the access log off, and then it is the only line', async () => {
    const lines: string[] = [];
    const app = await fx.app({
      data: {
        ...fx.data,
        verify: () => {
          throw new RangeError('zqx500quiet');
        },
      },
      log: { write: (l: string) => void lines.push(l) },
      accessLog: false,
    });
    await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: fx.inputs.genuine }) });
    await app.inject({ url: '/healthz' });
    await app.close();
    expect(lines).toHaveLength(1);
    const e = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(e).toMatchObject({
      level: 50,
      msg: 'server error',
      code: 'WC_INTERNAL',
      req: { method: 'POST', route: '/api/v1/verify' },
      err: { type: 'RangeError' },
    });
    expect(lines[0]).not.toContain('zqx500quiet');
  });
});
