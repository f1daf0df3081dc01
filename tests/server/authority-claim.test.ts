// Issue 11 on the real server (app.inject, demo data): a police claim with nothing else never reads
// as harmless, a miss never reassures, and a mistyped code inside a fraud never says "try again".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { demoFixture, form, FORM, JSON_CT, type DemoFixture } from '../helpers/server.js';
import { en } from '../../src/web/i18n/en.js';

let fx: DemoFixture;
let app: FastifyInstance;
beforeAll(async () => {
  fx = await demoFixture();
  app = await fx.app();
  await app.ready();
});
afterAll(async () => {
  await app.close();
  fx.cleanup();
});

async function page(input: string) {
  const r = await app.inject({ method: 'POST', url: '/verify', headers: FORM, payload: form({ input }) });
  return { body: r.body, verdict: /data-verdict="([a-z-]+)"/.exec(r.body)?.[1] };
}

describe('a miss never reassures', () => {
  it('no page and no verdict text says "no sign of fraud"', async () => {
    for (const catalog of Object.values(en.verdict.explain)) expect(catalog).not.toMatch(/no sign of fraud/i);
    const p = await page('hello, I just wanted to ask something');
    expect(p.verdict).toBe('no-evidence');
    expect(p.body).not.toMatch(/no sign of fraud/i);
    expect(p.body).toContain(en.verdict.explain['no-evidence']);
  });

  it('a mail that only claims to be from the police reads not-a-warning, explains where genuine warnings appear, and marks the claim', async () => {
    const p = await page('Message from the Police cyber unit regarding your computer.');
    expect(p.verdict).toBe('not-a-warning');
    expect(p.body).toContain('never arrive by e-mail, text message, phone call, letter or pop-up');
    expect(p.body).toMatch(/<mark class="m-sign" data-code="WC_SIGN_AUTHORITY"[^>]*>Police<\/mark>/);
  });

  it('the claim written in disguise (P0LICE) is evasion, which no genuine sender needs: fraud, with the word marked', async () => {
    const p = await page('Message from the P0LICE cyber unit regarding your computer.');
    expect(p.verdict).toBe('scam');
    expect(p.body).toMatch(/<mark class="m-sign" data-code="WC_SIGN_AUTHORITY"[^>]*>P0LICE<\/mark>/);
  });

  it('the same claim with a demand is fraud', async () => {
    expect((await page('Message from the P0LICE cyber unit: open the attachment and log in.')).verdict).toBe('scam');
  });

  it('a mistyped code inside a fraud does not ask to try again', async () => {
    const p = await page(`Europol: pay the fine within 24 hours. Your reference ${fx.inputs.mistyped}`);
    expect(p.verdict).toBe('scam');
    expect(p.body).toContain(en.verdict.mistypedInScam);
    expect(p.body).not.toContain(en.verdict.explain.mistyped);
  });

  it('a domain alone is never a mistyped code', async () => {
    expect((await page('govportal-pl.com')).verdict).not.toBe('mistyped');
  });

  it('the API and its OpenAPI description carry the verdict', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: 'Polizei Bundeskriminalamt' }) });
    expect(r.json()).toMatchObject({
      verdict: 'not-a-warning',
      findings: [{ kind: 'sign', verdict: 'not-a-warning', code: 'WC_SIGN_AUTHORITY' }, expect.anything()],
    });
    const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).body;
    expect(spec).toContain('"not-a-warning"');
  });
});
