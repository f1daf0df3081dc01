// Safety rule 3 (ARCHITECTURE.md): marker inputs go through every route; no log line, response header or file
// under the data directory may contain them, nor the client's address.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeHashHex, normalizeCode } from '../../src/core/code.js';
import { bucketName, bucketOfHex, rangeBits } from '../../src/core/range.js';
import { demoFixture, form, FORM, JSON_CT, type DemoFixture } from '../helpers/server.js';

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture();
});
afterAll(() => fx.cleanup());

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('privacy: nothing a client sends is logged or stored', () => {
  it('markers and the client address appear in no log line, header or data file', async () => {
    const app = await fx.app({ metrics: true });
    const IP = '203.0.113.77';
    const TEXT = 'zqxmarker-text-51';
    const URL_MARK = 'https://zqxmarker-url.example/x';
    const code = fx.inputs.genuine;
    const bits = rangeBits(Number(fx.data.log.checkpoint().size));
    const markers = [IP, TEXT, 'zqxmarker-url', code, normalizeCode(code)!, 'zqxmarker-ua', 'zqxmarker-path'];
    const requests = [
      { method: 'GET' as const, url: '/' },
      { method: 'POST' as const, url: '/verify', headers: FORM, payload: form({ input: `${TEXT} ${URL_MARK} ${code}` }) },
      { method: 'POST' as const, url: '/verify', headers: FORM, payload: form({ input: code }) },
      { method: 'POST' as const, url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: `${TEXT} ${code}` }) },
      { method: 'POST' as const, url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: code }) },
      { method: 'POST' as const, url: '/api/v1/verify/batch', headers: JSON_CT, payload: JSON.stringify({ items: [code, TEXT, URL_MARK] }) },
      { method: 'POST' as const, url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: TEXT, extra: TEXT }) },
      { method: 'POST' as const, url: '/api/v1/verify', headers: { 'content-type': 'text/plain' }, payload: TEXT },
      { method: 'GET' as const, url: `/api/v1/range/${bits}/${bucketName(bucketOfHex(codeHashHex(normalizeCode(code)!), bits), bits)}` },
      { method: 'GET' as const, url: '/zqxmarker-path' },
      { method: 'GET' as const, url: '/api/zqxmarker-path' },
      { method: 'GET' as const, url: '/.well-known/jwks.json' },
      { method: 'GET' as const, url: '/.well-known/warncheck-trust.jws' },
      { method: 'GET' as const, url: '/healthz' },
      { method: 'GET' as const, url: '/readyz' },
      { method: 'GET' as const, url: '/api/openapi.json' },
      { method: 'GET' as const, url: '/api' },
    ];
    const headerDump: string[] = [];
    for (const r of requests) {
      const res = await app.inject({ ...r, remoteAddress: IP, headers: { ...(r.headers ?? {}), 'user-agent': 'zqxmarker-ua', 'x-forwarded-for': IP } });
      headerDump.push(JSON.stringify(res.headers));
    }
    const metrics = (await app.inject({ url: '/metrics', remoteAddress: IP })).body;
    await app.close();

    expect(fx.logLines.length).toBeGreaterThanOrEqual(requests.length);
    // The access log (fastify's logger) has method, route pattern, status, time and a timestamp:
    // nothing else, not even a request id.
    for (const line of fx.logLines) {
      const l = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(l).sort()).toEqual(['level', 'msg', 'req', 'res', 'responseTime', 'time']);
      expect(l['time']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(l['msg']).toBe('request');
      expect(Object.keys(l['req'] as object).sort()).toEqual(['method', 'route']);
      expect((l['req'] as { route: string }).route).toMatch(/^(\/[^ ]*|\(unmatched\))$/);
      expect(Object.keys(l['res'] as object)).toEqual(['statusCode']);
      expect(typeof l['responseTime']).toBe('number');
    }
    const files = filesUnder(fx.dataDir);
    expect(files.some((f) => f.endsWith('warncheck.db'))).toBe(true);
    const fileText = files.map((f) => readFileSync(f).toString('latin1'));
    for (const m of markers) {
      for (const l of fx.logLines) expect(l, `log line holds ${m}`).not.toContain(m);
      for (const h of headerDump) expect(h, `header holds ${m}`).not.toContain(m);
      expect(metrics, `metrics hold ${m}`).not.toContain(m);
      fileText.forEach((t, i) => expect(t.includes(m), `${files[i]} holds ${m}`).toBe(false));
    }
  });

  it('the logger itself can only write its few fields: any other field or message is dropped', async () => {
    const lines: string[] = [];
    const app = await fx.app({ log: { write: (l: string) => void lines.push(l) } });
    const mark = 'zqxmarker-logged';
    app.log.info({ url: `/x?code=${mark}`, body: mark, req: { url: mark }, res: { statusCode: 200, headers: mark }, code: mark }, `message ${mark}`);
    app.log.error({ err: new Error(`failed on ${mark}`), input: mark }, mark);
    app.log.warn(`${mark} only a message`);
    await app.close();
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).not.toContain(mark);
    const [info, error] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(info).toEqual({ level: 30, time: expect.any(String), res: { statusCode: 200 }, msg: 'event' });
    expect(error).toMatchObject({ level: 50, err: { type: 'Error' }, msg: 'event' });
    expect(Object.keys(error!).sort()).toEqual(['err', 'level', 'msg', 'time']);
  });
});
