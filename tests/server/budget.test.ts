// The work budget through the real HTTP routes (issue 12): every 413 names the limit it hit, a
// batch is bounded by characters and findings as well as items, an empty item is that item's own
// error, a form body has few fields, and the attacks that blocked the server get small answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { MAX_INPUT_CHARS } from '../../src/core/check.js';
import { TEXT_LIMITS } from '../../src/core/text/analyze.js';
import { BODY_LIMITS } from '../../src/server/app.js';
import { MAX_BATCH_CHARS, MAX_BATCH_FINDINGS } from '../../src/server/batch.js';
import { MAX_FORM_FIELDS } from '../../src/server/body.js';
import { MAX_BATCH_ITEMS } from '../../src/server/schemas.js';
import { demoFixture, FORM, JSON_CT, type DemoFixture } from '../helpers/server.js';

let fx: DemoFixture;
let app: FastifyInstance;

beforeAll(async () => {
  fx = await demoFixture(2);
  app = await fx.app({ rateLimit: false });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  fx.cleanup();
});

const post = (url: string, body: unknown, headers: Record<string, string> = JSON_CT) =>
  app.inject({ method: 'POST', url, headers, payload: typeof body === 'string' ? body : JSON.stringify(body) });

/** Distinct phone numbers: each one a finding, the cheapest way to many findings. */
const phones = (n: number, from = 0): string => Array.from({ length: n }, (_, i) => `+47 9${String(from + i).padStart(7, '0')}`).join(' ');

describe('every 413 names the limit it hit', () => {
  it('input characters, body bytes, batch items, batch characters, form fields', async () => {
    const cases: Array<[Promise<{ statusCode: number; json: () => { error: Record<string, unknown> } }>, string, string, number]> = [
      [post('/api/v1/verify', { input: 'a'.repeat(MAX_INPUT_CHARS + 1) }), 'WC_INPUT_TOO_LARGE', 'input-chars', MAX_INPUT_CHARS],
      [post('/api/v1/verify', { input: 'a'.repeat(BODY_LIMITS.verify) }), 'WC_INPUT_TOO_LARGE', 'body-bytes', BODY_LIMITS.verify],
      [post('/api/v1/verify/batch', { items: Array(MAX_BATCH_ITEMS + 1).fill('x') }), 'WC_BATCH_TOO_LARGE', 'batch-items', MAX_BATCH_ITEMS],
      [post('/api/v1/verify/batch', { items: Array(5).fill('a'.repeat(MAX_BATCH_CHARS / 4)) }), 'WC_BATCH_TOO_LARGE', 'batch-chars', MAX_BATCH_CHARS],
    ];
    for (const [p, code, limit, max] of cases) {
      const r = await p;
      expect(r.statusCode, limit).toBe(413);
      expect(r.json().error, limit).toMatchObject({ code, limit, max });
    }
    const form = await post('/verify', Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i) => `f${i}=x`).join('&'), FORM);
    expect(form.statusCode).toBe(413);
    expect(form.body).toContain('data-error="WC_INPUT_TOO_LARGE"');
    const api = await post('/api/v1/verify', Array.from({ length: MAX_FORM_FIELDS + 1 }, (_, i) => `f${i}=x`).join('&'), FORM);
    expect(api.statusCode).toBe(413);
    expect(api.json().error).toMatchObject({ limit: 'form-fields', max: MAX_FORM_FIELDS });
  });

  it('the OpenAPI document describes the limit fields of an error', async () => {
    const spec = (await app.inject('/api/openapi.json')).json();
    expect(JSON.stringify(spec)).toContain('the name of the limit hit');
  });
});

describe('batch', () => {
  it("an empty item is that item's own error, never the whole batch's", async () => {
    const r = await post('/api/v1/verify/batch', { items: [fx.inputs.genuine, '', fx.inputs.unknown, 'a'.repeat(MAX_INPUT_CHARS + 1)] });
    expect(r.statusCode).toBe(200);
    const { results } = r.json();
    expect(results.map((x: { verdict?: string; error?: { code: string } }) => x.verdict ?? x.error!.code)).toEqual([
      'genuine',
      'WC_INPUT_EMPTY',
      'unknown',
      'WC_INPUT_TOO_LARGE',
    ]);
    expect(results[3].error).toMatchObject({ limit: 'input-chars', max: MAX_INPUT_CHARS });
  });

  it('32 inputs of 64 KiB (once a 7.9 s block and a 30 MB answer) are refused before any work', async () => {
    const r = await post('/api/v1/verify/batch', { items: Array(32).fill(`${fx.inputs.genuine} `.repeat(3500).slice(0, MAX_INPUT_CHARS)) });
    expect(r.statusCode).toBe(413);
    expect(r.json().error).toMatchObject({ code: 'WC_BATCH_TOO_LARGE', limit: 'batch-chars' });
  });

  it('the largest allowed batch of repeated genuine codes gets a small answer', async () => {
    const items = Array(4).fill(`${fx.inputs.genuine} `.repeat(3500).slice(0, MAX_INPUT_CHARS));
    const r = await post('/api/v1/verify/batch', { items });
    expect(r.statusCode).toBe(200);
    const { results } = r.json();
    for (const x of results) {
      expect(x.verdict).toBe('genuine');
      expect(x.findings.length).toBeLessThanOrEqual(TEXT_LIMITS.repeats);
    }
    expect(r.body.length).toBeLessThan(200_000);
  });

  it('findings are bounded in all: items past the budget answer WC_BATCH_TOO_LARGE with the limit', async () => {
    const item = phones(TEXT_LIMITS.findings + 50);
    const n = Math.ceil(MAX_BATCH_FINDINGS / TEXT_LIMITS.findings) + 2;
    expect(item.length * n).toBeLessThanOrEqual(MAX_BATCH_CHARS);
    const r = await post('/api/v1/verify/batch', { items: Array(n).fill(item) });
    expect(r.statusCode).toBe(200);
    const { results } = r.json();
    let total = 0;
    for (const x of results) total += x.findings?.length ?? 0;
    expect(total).toBeLessThanOrEqual(MAX_BATCH_FINDINGS + TEXT_LIMITS.findings + 1);
    expect(results.at(-1).error).toMatchObject({ code: 'WC_BATCH_TOO_LARGE', limit: 'batch-findings', max: MAX_BATCH_FINDINGS });
    expect(results[0].verdict).toBe('no-evidence');
  });
});

describe('one answer', () => {
  it('a list cut short says so, on the page as in the API', async () => {
    const text = Array.from({ length: TEXT_LIMITS.addresses + 20 }, (_, i) => `https://p${i}.example.com/`).join(' ');
    const j = (await post('/api/v1/verify', { input: text })).json();
    expect(j.findings[0]).toMatchObject({ kind: 'text', code: 'WC_TEXT_TRUNCATED' });
    expect(j.findings.filter((f: { kind: string }) => f.kind === 'url')).toHaveLength(TEXT_LIMITS.addresses);
    const page = await post('/verify', `input=${encodeURIComponent(text)}`, FORM);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('only the first ones were checked');
  });

  it('a genuine code repeated 200 times (3.6 KB, once a 14.6 s block): genuine, a short list', async () => {
    const r = await post('/api/v1/verify', { input: `${fx.inputs.genuine} `.repeat(200) });
    expect(r.statusCode).toBe(200);
    const j = r.json();
    expect(j.verdict).toBe('genuine');
    expect(j.findings.length).toBeLessThanOrEqual(TEXT_LIMITS.repeats);
  });
});
