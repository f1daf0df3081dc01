// API errors speak the language asked for, like the findings: the body's `lang`, else
// Accept-Language, else English; the code stays the stable one of docs/ERRORS.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ERRORS, type ErrorCode } from '../../src/core/errors.js';
import { CATALOGS } from '../../src/web/i18n/index.js';
import { apiErrorMessage } from '../../src/web/messages.js';
import { httpStatus } from '../../src/server/status.js';
import { demoFixture, JSON_CT, type DemoFixture } from '../helpers/server.js';

let fx: DemoFixture;
let app: FastifyInstance;

beforeAll(async () => {
  fx = await demoFixture(2);
  app = await fx.app();
  await app.ready();
});
afterAll(async () => {
  await app.close();
  fx.cleanup();
});

describe('API error messages in the language asked for', () => {
  it('every stable code has its message in every catalog; lang, then Accept-Language, then English', () => {
    for (const code of Object.keys(ERRORS) as ErrorCode[]) {
      for (const [lang, t] of Object.entries(CATALOGS)) {
        expect(apiErrorMessage(code, lang, undefined), `${lang} ${code}`).toBe(t.errors[code]);
        expect(apiErrorMessage(code, undefined, `xx, ${lang};q=0.5`), `${lang} ${code}`).toBe(t.errors[code]);
      }
      expect(apiErrorMessage(code, 'fr', 'de')).toBe(CATALOGS['fr']!.errors[code]);
      expect(apiErrorMessage(code, 'xx', undefined)).toBe(CATALOGS['en']!.errors[code]);
      expect(apiErrorMessage(code, 42, undefined)).toBe(CATALOGS['en']!.errors[code]);
    }
  });

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url, headers: { ...JSON_CT, ...headers }, payload: typeof body === 'string' ? body : JSON.stringify(body) });

  for (const lang of Object.keys(CATALOGS)) {
    it(`${lang}: errors of the verify, batch and unknown routes, by body lang and by Accept-Language`, async () => {
      const t = CATALOGS[lang]!;
      const cases: Array<[string, Awaited<ReturnType<typeof post>>]> = [
        ['WC_INPUT_EMPTY', await post('/api/v1/verify', { input: '  ', lang })],
        ['WC_REQUEST_MALFORMED', await post('/api/v1/verify', { lang })],
        ['WC_INPUT_TOO_LARGE', await post('/api/v1/verify', { input: 'x'.repeat(70_000), lang })],
        ['WC_NOT_FOUND', await app.inject({ url: '/api/v1/nothing', headers: { 'accept-language': lang } })],
        ['WC_REQUEST_MALFORMED', await post('/api/v1/verify', '{"input":', { 'accept-language': lang })],
        ['WC_BATCH_TOO_LARGE', await post('/api/v1/verify/batch', { items: Array(1001).fill('a'), lang })],
      ];
      for (const [code, r] of cases) {
        expect(r.json().error, `${lang} ${code}`).toMatchObject({ code, message: t.errors[code as ErrorCode] });
        expect(r.statusCode).toBe(httpStatus(code as ErrorCode));
      }
      // A batch item's own error, beside a result whose findings speak the same language.
      const batch = (await post('/api/v1/verify/batch', { items: ['', fx.inputs.genuine] }, { 'accept-language': lang })).json();
      expect(batch.results[0].error).toEqual({ code: 'WC_INPUT_EMPTY', message: t.errors.WC_INPUT_EMPTY });
      expect(batch.results[1].verdict).toBe('genuine');
    });
  }

  it('without a language asked for, English (the registry text)', async () => {
    const r = await post('/api/v1/verify', { input: '  ' });
    expect(r.json().error).toEqual({ code: 'WC_INPUT_EMPTY', message: CATALOGS['en']!.errors.WC_INPUT_EMPTY });
  });
});
