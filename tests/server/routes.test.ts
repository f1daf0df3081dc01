// Every route through app.inject on real demo data: pages, API, keys, health, and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { codeHashHex, normalizeCode } from '../../src/core/code.js';
import { bucketName, bucketOfHex, decodeRangeAnswer, rangeBits } from '../../src/core/range.js';
import { parseStatement } from '../../src/core/statement.js';
import { loadData } from '../../src/service/load.js';
import { CATALOGS } from '../../src/web/i18n/index.js';
import { demoFixture, form, FORM, JSON_CT, type DemoFixture } from '../helpers/server.js';

let fx: DemoFixture;
let app: FastifyInstance;

beforeAll(async () => {
  fx = await demoFixture();
  app = await fx.app({ metrics: true });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  fx.cleanup();
});

const STACK = /\bat [^\n]*\.(?:ts|js):\d+/;

async function page(input: string, headers: Record<string, string> = {}) {
  const r = await app.inject({ method: 'POST', url: '/verify', headers: { ...FORM, ...headers }, payload: form({ input }) });
  return { status: r.statusCode, body: r.body, verdict: /data-verdict="([a-z-]+)"/.exec(r.body)?.[1], error: /data-error="([A-Z_]+)"/.exec(r.body)?.[1] };
}

async function api(input: unknown) {
  const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input }) });
  return { status: r.statusCode, json: r.json() };
}

function forgedJws(): string {
  const [jws] = fx.data.store.statements(5, 6);
  const last = jws!.at(-2) === 'A' ? 'B' : 'A';
  return jws!.slice(0, -2) + last + jws!.at(-1);
}

describe('caching', () => {
  it('answers about an input are never stored by a cache; pages revalidate; public data may be cached', async () => {
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: fx.inputs.genuine }) })).headers[
        'cache-control'
      ],
    ).toBe('no-store');
    expect((await app.inject({ method: 'POST', url: '/verify', headers: FORM, payload: form({ input: fx.inputs.genuine }) })).headers['cache-control']).toBe(
      'no-store',
    );
    expect((await app.inject('/')).headers['cache-control']).toBe('no-cache');
    expect((await app.inject('/.well-known/jwks.json')).headers['cache-control']).toBe('public, max-age=300');
  });
});

describe('addresses', () => {
  it("a lookalike address names the technique and the organisation in plain words, in the reader's language", async () => {
    const en = await page('Reply to politiet.saksbehandler@gmail.com');
    expect(en.verdict).toBe('lookalike');
    expect(en.body).toContain('a free e-mail account whose name claims to be the police');
    expect(en.body).toMatch(/How it imitates [^:]*Politi/);
    const nb = await page('Svar til politiet.saksbehandler@gmail.com', { 'accept-language': 'nb' });
    expect(nb.body).toContain('en gratis e-postkonto med et navn som later som det er politiet');
    expect((await api('hxxps://europol.europa.eu.example[.]com/case')).json.findings[0]).toMatchObject({
      kind: 'url',
      verdict: 'lookalike',
      technique: 'subdomain-embedding',
      span: { start: 0, end: 44 },
    });
  });
});

describe('a genuine code inside a message', () => {
  it('reads genuine, and the page says real warnings never arrive by mail', async () => {
    const p = await page(`Hi, I found this in my inbox today: ${fx.inputs.genuine}. What is it?`);
    expect(p.verdict).toBe('genuine');
    expect(p.body).toContain('never arrive by e-mail, SMS or letter');
    // Typed alone, the code gets no such note.
    expect((await page(fx.inputs.genuine)).body).not.toContain('was found inside a message');
  });
});

describe('home page', () => {
  it("the one form first (a phone's first screen), then what a genuine warning looks like; posting to /verify", async () => {
    const r = await app.inject({ url: '/' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    const never = r.body.indexOf('never arrives by e-mail');
    const formAt = r.body.indexOf('<form');
    const hint = r.body.indexOf('<noscript><p class="card fragment-hint"');
    expect(never).toBeGreaterThan(0);
    expect(formAt).toBeLessThan(never);
    // Without JavaScript, the hint to type the code after # stands just above the form.
    expect(hint).toBeGreaterThan(r.body.indexOf('<h1>'));
    expect(hint).toBeLessThan(formAt);
    expect(r.body.slice(hint, formAt)).toContain('type the code that follows # in your address bar into the box below');
    expect(r.body).toContain('method="post" action="/verify"');
    expect((r.body.match(/<textarea/g) ?? []).length).toBe(1);
    expect(r.body).toContain('<a class="skip" href="#check">');
    expect(r.body).not.toMatch(/<script(?![^>]*src="\/static\/)/); // no inline script
    expect(r.body).not.toMatch(/https?:\/\/[^"]*\.(css|js)"/); // no external resources
  });

  it('every page offers every language as a plain link, in that language', async () => {
    for (const url of ['/', '/api', '/nothing-here']) {
      const body = (await app.inject({ url })).body;
      for (const [lang, c] of Object.entries(CATALOGS)) {
        expect(body, `${url} ${lang}`).toMatch(new RegExp(`<a href="/[a-z]*\\?lang=${lang}" hreflang="${lang}" lang="${lang}"[^>]*>${c.languageName}</a>`));
      }
    }
    expect((await page(fx.inputs.genuine)).body).toContain('hreflang="nb"');
  });

  it('sends strict security headers and no cookie', async () => {
    const r = await app.inject({ url: '/' });
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['set-cookie']).toBeUndefined();
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('API answers carry the headers that matter for data, pages the full document set', async () => {
    const api = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: fx.inputs.genuine }) });
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'no-store',
    });
    expect(api.headers['cross-origin-opener-policy']).toBeUndefined();
    for (const url of ['/.well-known/jwks.json', '/healthz', '/log/checkpoint', '/api/openapi.json', '/api/v1/nope']) {
      expect((await app.inject(url)).headers['content-security-policy'], url).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    const page = await app.inject('/api');
    expect(page.headers['content-security-policy']).toContain("form-action 'self'");
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.headers['cross-origin-embedder-policy']).toBe('require-corp');
  });

  it('remembers look-ups only for issued codes (a hash of a never-issued code is typed input)', async () => {
    const store = fx.data.store;
    const real = store.entries.bind(store);
    let queries = 0;
    store.entries = (hash: Uint8Array) => (queries++, real(hash));
    try {
      const count = async (input: string) => {
        queries = 0;
        for (let i = 0; i < 3; i++) await api(input);
        return queries;
      };
      expect(await count(fx.inputs.unknown)).toBe(3); // asked every time, never kept
      expect(await count(fx.inputs.genuine)).toBeLessThanOrEqual(1); // kept after its first answer
    } finally {
      store.entries = real;
    }
  });

  it('a URL that cannot be routed gets the same error answer and security headers as any other', async () => {
    const api = await app.inject({ url: '/api/v1/range/4/%E0' });
    expect(api.statusCode).toBe(400);
    expect(api.json()).toEqual({ error: { code: 'WC_REQUEST_MALFORMED', message: expect.any(String) } });
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    const page = await app.inject({ url: '/%' });
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('data-error="WC_REQUEST_MALFORMED"');
    expect(String(page.headers['content-security-policy'])).toContain("form-action 'self'");
    expect(page.body).not.toMatch(STACK);
  });

  it('speaks Norwegian by Accept-Language or by the visible choice, English otherwise', async () => {
    const byHeader = await app.inject({ url: '/', headers: { 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5' } });
    expect(byHeader.body).toContain('<html lang="nb">');
    const byLink = await app.inject({ url: '/?lang=nb' });
    expect(byLink.body).toContain('<html lang="nb">');
    const nynorsk = await app.inject({ url: '/', headers: { 'accept-language': 'nn' } });
    expect(nynorsk.body).toContain('<html lang="nb">');
    const fallback = await app.inject({ url: '/', headers: { 'accept-language': 'zh-CN,ja;q=0.8' } });
    expect(fallback.body).toContain('<html lang="en">');
    const german = await app.inject({ url: '/', headers: { 'accept-language': 'de-DE,fr;q=0.8' } });
    expect(german.body).toContain('<html lang="de">');
    const q = await app.inject({ url: '/', headers: { 'accept-language': 'nb;q=0.1, en;q=0.9' } });
    expect(q.body).toContain('<html lang="en">');
  });

  it('serves its stylesheet from the same origin', async () => {
    const r = await app.inject({ url: '/static/style.css' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/css');
  });
});

describe('verdict pages (form, no JavaScript)', () => {
  it('genuine: genuine text, issuer, country, language, date, where, and that the message is not thereby genuine', async () => {
    const p = await page(fx.inputs.genuine);
    expect(p.status).toBe(200);
    expect(p.verdict).toBe('genuine');
    expect(p.body).toContain('class="genuine-text"');
    expect(p.body).toContain(fx.inputs.genuine);
    for (const s of ['Issued by', 'Country', 'Language', 'Issued on', 'Where such warnings appear', 'does not make the message around it genuine'])
      expect(p.body).toContain(s);
    expect(p.body).toContain('id="help"');
    expect(p.body).toContain('detfinneshjelp.no');
  });

  it('revoked statement and revoked key', async () => {
    expect((await page(fx.inputs.revoked)).verdict).toBe('revoked');
    expect((await page(fx.inputs.revokedKey)).verdict).toBe('revoked');
  });

  it('mistyped: says so and suggests the issued code', async () => {
    const p = await page(fx.inputs.mistyped);
    expect(p.verdict).toBe('mistyped');
    expect(p.body).toContain(`Did you mean ${fx.inputs.genuine}?`);
  });

  it('unknown and no-evidence', async () => {
    expect((await page(fx.inputs.unknown)).verdict).toBe('unknown');
    expect((await page('hello, I just wanted to ask something')).verdict).toBe('no-evidence');
  });

  it('altered: a word-level diff against the genuine text', async () => {
    const p = await page(fx.inputs.altered);
    expect(p.verdict).toBe('altered');
    expect(p.body).toContain('class="diff"');
    expect(p.body).toMatch(/<ins [^>]*>[^<]+<\/ins>/);
    expect(p.body).toMatch(/<del [^>]*>[^<]+<\/del>/);
    // A replaced word is not glued to its replacement.
    expect(p.body).not.toMatch(/\S<\/del><ins/);
    expect(p.body).toMatch(/<\/del> <ins/);
  });

  it('scam: every sign marked and numbered; marks that mean the same share a number, explained once', async () => {
    const p = await page(fx.inputs.scam);
    expect(p.verdict).toBe('scam');
    const marked = p.body.slice(p.body.indexOf('class="marked-text"'));
    const sups = [...marked.matchAll(/<\/mark><sup>(\d+)<\/sup>/g)].map((m) => Number(m[1]));
    const items = [...marked.matchAll(/<li value="(\d+)" data-code="[^"]*">([^<]*)<\/li>/g)];
    expect(items.map((m) => Number(m[1]))).toEqual(items.map((_, i) => i + 1));
    expect(new Set(items.map((m) => m[2])).size).toBe(items.length); // each explanation once
    expect([...new Set(sups)].sort((a, b) => a - b)).toEqual(items.map((_, i) => i + 1));
    expect(sups.length).toBeGreaterThan(items.length); // the demo scam names several lures
  });

  it('a long scam stays short: the verdict first, a sign found twice is one finding, the copied text folded', async () => {
    const p = await page(fx.inputs.scam);
    const main = p.body.slice(p.body.indexOf('<main>'));
    // The first heading is the verdict, and the skip link leads to it.
    expect(/<h[1-6][^>]*>/.exec(main)![0]).toContain('id="verdict"');
    expect(p.body).toContain('<a class="skip" href="#verdict">Skip to the result</a>');
    const findings = main.slice(main.indexOf('What we found'));
    const sections = findings.split('<section class="finding').slice(1);
    // The legend of the marked message names each sign once (four lures, one line); the findings
    // do not list them again; their codes are in the marked section's closed fold.
    const marked = main.slice(main.indexOf('class="card marked"'), main.indexOf('What we found'));
    expect((marked.match(/<mark [^>]*data-code="WC_SIGN_LURE"/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect((marked.match(/<li value="\d+" data-code="WC_SIGN_LURE">/g) ?? []).length).toBe(1);
    expect(marked).toMatch(/<details class="tech"><summary>Technical details<\/summary><ul>(<li><code>WC_SIGN_[A-Z_]+<\/code><\/li>)+<\/ul><\/details>/);
    expect(sections.filter((x) => x.includes('WC_SIGN_'))).toEqual([]);
    expect(sections.filter((x) => x.includes(fx.inputs.genuine.slice(0, 7)) && x.includes('badge b-genuine'))).toHaveLength(1);
    // The decisive findings come first: the marked signs, then the lookalike sender, then the
    // genuine code it copied.
    expect(main.indexOf('class="card marked"')).toBeLessThan(main.indexOf('What we found'));
    expect(sections[0]).toContain('b-lookalike');
    expect(sections.findIndex((x) => x.includes('b-genuine'))).toBeGreaterThan(0);
    // The genuine text of the copied code is folded; machine codes and proofs sit in closed details.
    expect(main).toMatch(/<details class="genuine"><summary>The genuine warning<\/summary><blockquote class="genuine-text"/);
    const visible = main.replace(/<details class="tech">[\s\S]*?<\/details>/g, '');
    expect(visible).not.toMatch(/>WC_[A-Z_]+</);
    expect(visible).not.toContain('class="proof"');
    expect(main).toContain('<details class="tech"><summary>Technical details</summary>');
  });

  it("the verdict box carries the reader's country's report link: by the issuer of a genuine code, else by language", async () => {
    const box = (body: string) => body.slice(body.indexOf('<div class="verdict'), body.indexOf('</div>', body.indexOf('<div class="verdict')));
    const kind = (body: string) => /data-kind="([a-z-]+)"/.exec(box(body))?.[1];
    const norway = fx.data.help.find((h) => h.country === 'NO' && h.kind === 'report-scam')!;
    // The scam copies a Norwegian code: Norway's report link, even for an English reader.
    const scam = await page(fx.inputs.scam);
    expect(box(scam.body)).toContain(`href="${norway.url}"`);
    expect(kind(scam.body)).toBe('report-scam');
    // An unknown code names no issuer: a Norwegian reader gets Norway's link, an English one the list.
    const nb = await page(fx.inputs.unknown, { 'accept-language': 'nb' });
    expect(box(nb.body)).toContain(`href="${norway.url}"`);
    const en = await page(fx.inputs.unknown);
    expect(kind(en.body)).toBeUndefined();
    expect(box(en.body)).toContain('href="#help"');
    // A genuine warning: the issuer's help service, right there, in the reader's language if it has one.
    const genuine = await page(fx.inputs.genuine);
    expect(kind(genuine.body)).toBe('help');
    expect(box(genuine.body)).toContain(fx.data.help.find((h) => h.country === 'NO' && h.kind === 'help' && h.lang === 'en')!.url);
    const genuineNb = await page(fx.inputs.genuine, { 'accept-language': 'nb' });
    // Countries by name in the reader's language; the reader's country first in the full list.
    expect(genuine.body).toContain('<dd>Norway</dd>');
    expect(genuineNb.body).toContain('<dd>Norge</dd>');
    const list = genuineNb.body.slice(genuineNb.body.indexOf('<ul class="help">'));
    expect(list.indexOf('Norge)')).toBeLessThan(list.indexOf('Sverige)'));
    expect(box(genuineNb.body)).toContain(fx.data.help.find((h) => h.country === 'NO' && h.kind === 'help' && h.lang === 'nb')!.url);
  });

  it('forged: a statement whose signature was changed', async () => {
    const p = await page(forgedJws());
    expect(p.verdict).toBe('forged');
    expect(p.body).toContain('WC_SIGNATURE_INVALID');
  });

  it('every verdict page in Norwegian too', async () => {
    const p = await page(fx.inputs.genuine, { 'accept-language': 'nb' });
    expect(p.body).toContain('<html lang="nb">');
    expect(p.verdict).toBe('genuine');
  });

  it('the language chosen on the page travels in the form, not in a cookie', async () => {
    const r = await app.inject({ method: 'POST', url: '/verify', headers: FORM, payload: form({ input: fx.inputs.genuine, lang: 'nb' }) });
    expect(r.body).toContain('<html lang="nb">');
    // An input that cannot be checked is answered in the form's language too.
    const empty = await app.inject({ method: 'POST', url: '/verify', headers: FORM, payload: form({ input: '  ', lang: 'nb' }) });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('<html lang="nb">');
  });

  it('escapes everything it shows back (HTML and script payloads)', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)> "\' & NO-<b>X</b>';
    const p = await page(evil);
    expect(p.status).toBe(200);
    expect(p.body).not.toContain('<script>alert(1)');
    expect(p.body).not.toContain('<img src=x');
    expect(p.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('bad input gets a clear page with the stable code and no stack trace', async () => {
    const empty = await page('   ');
    expect(empty.status).toBe(400);
    expect(empty.error).toBe('WC_INPUT_EMPTY');
    const big = await page('a'.repeat(70_000));
    expect(big.status).toBe(413);
    expect(big.error).toBe('WC_INPUT_TOO_LARGE');
    const badUtf8 = await app.inject({ method: 'POST', url: '/verify', headers: FORM, payload: 'input=%FF%FE' });
    expect(badUtf8.statusCode).toBe(400);
    expect(badUtf8.body).toContain('data-error="WC_INPUT_NOT_TEXT"');
    const badPct = await app.inject({ method: 'POST', url: '/verify', headers: FORM, payload: 'input=%G1' });
    expect(badPct.statusCode).toBe(400);
    const wrongType = await app.inject({ method: 'POST', url: '/verify', headers: { 'content-type': 'text/plain' }, payload: 'x' });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.body).toContain('data-error="WC_MEDIA_TYPE"');
    const mib = await app.inject({ method: 'POST', url: '/verify', headers: FORM, payload: 'input=' + 'a'.repeat(1 << 20) });
    expect(mib.statusCode).toBe(413);
    for (const r of [empty, big]) expect(r.body).not.toMatch(STACK);
  });

  it('unknown pages are a 404 page', async () => {
    const r = await app.inject({ url: '/nothing-here' });
    expect(r.statusCode).toBe(404);
    expect(r.body).toContain('data-error="WC_NOT_FOUND"');
  });
});

describe('API', () => {
  it('POST /api/v1/verify gives every verdict with findings', async () => {
    const cases: Array<[string, string]> = [
      [fx.inputs.genuine, 'genuine'],
      [fx.inputs.revoked, 'revoked'],
      [fx.inputs.revokedKey, 'revoked'],
      [fx.inputs.mistyped, 'mistyped'],
      [fx.inputs.unknown, 'unknown'],
      [fx.inputs.altered, 'altered'],
      [forgedJws(), 'forged'],
      ['nothing to see', 'no-evidence'],
    ];
    for (const [input, verdict] of cases) {
      const r = await api(input);
      expect(r.status, input).toBe(200);
      expect(r.json.verdict, input).toBe(verdict);
      expect(Array.isArray(r.json.findings)).toBe(true);
    }
    const g = await api(fx.inputs.genuine);
    expect(g.json.findings[0].warning.country).toBe('NO');
    expect(g.json.findings[0].steps.map((s: { step: string }) => s.step)).toContain('signature');
  });

  it('each finding carries a plain message in the language asked for: lang, else Accept-Language, else English', async () => {
    const ask = async (body: Record<string, unknown>, headers: Record<string, string> = {}, url = '/api/v1/verify') =>
      (await app.inject({ method: 'POST', url, headers: { ...JSON_CT, ...headers }, payload: JSON.stringify(body) })).json();
    const en = (await ask({ input: fx.inputs.scam })).findings;
    const fine = en.find((f: { code?: string }) => f.code === 'WC_SIGN_FINE');
    expect(fine.message).toBe(CATALOGS['en']!.errors.WC_SIGN_FINE);
    for (const f of en) expect(typeof f.message, f.kind).toBe('string');
    const nbWant = CATALOGS['nb']!.errors.WC_SIGN_FINE;
    const find = (fs: Array<{ code?: string; message: string }>) => fs.find((f) => f.code === 'WC_SIGN_FINE')!.message;
    expect(find((await ask({ input: fx.inputs.scam, lang: 'nb' })).findings)).toBe(nbWant);
    expect(find((await ask({ input: fx.inputs.scam }, { 'accept-language': 'nb-NO, en;q=0.5' })).findings)).toBe(nbWant);
    expect(find((await ask({ input: fx.inputs.scam, lang: 'en' }, { 'accept-language': 'nb' })).findings)).toBe(CATALOGS['en']!.errors.WC_SIGN_FINE);
    expect(find((await ask({ input: fx.inputs.scam, lang: 'xx' })).findings)).toBe(CATALOGS['en']!.errors.WC_SIGN_FINE);
    // A verdict's explanation, a suggested code, a lookalike's technique: all in words.
    expect((await ask({ input: fx.inputs.genuine, lang: 'nb' })).findings[0].message).toBe(CATALOGS['nb']!.verdict.explain.genuine);
    expect((await ask({ input: fx.inputs.mistyped })).findings[0].message).toContain(`Did you mean ${fx.inputs.genuine}?`);
    expect((await ask({ input: 'Svar til politiet.saksbehandler@gmail.com', lang: 'nb' })).findings[0].message).toContain(
      'en gratis e-postkonto med et navn som later som det er politiet',
    );
    // The batch too.
    const batch = await ask({ items: [fx.inputs.unknown], lang: 'nb' }, {}, '/api/v1/verify/batch');
    expect(batch.results[0].findings[0].message).toBe(CATALOGS['nb']!.verdict.explain.unknown);
    // An unknown tag, however long, falls back as Accept-Language does; a tag that is not a string is refused.
    expect(find((await ask({ input: fx.inputs.scam, lang: 'nb'.repeat(500) }, { 'accept-language': 'nb' })).findings)).toBe(nbWant);
    expect((await ask({ input: 'x', lang: 7 })).error.code).toBe('WC_REQUEST_MALFORMED');
  });

  it('POST /api/v1/verify/batch answers each item in order, with per-item errors', async () => {
    const items = [fx.inputs.genuine, '   ', fx.inputs.revoked, fx.inputs.unknown];
    const r = await app.inject({ method: 'POST', url: '/api/v1/verify/batch', headers: JSON_CT, payload: JSON.stringify({ items }) });
    expect(r.statusCode).toBe(200);
    const { results } = r.json();
    expect(results).toHaveLength(4);
    expect(results[0].verdict).toBe('genuine');
    expect(results[1].error.code).toBe('WC_INPUT_EMPTY');
    expect(results[2].verdict).toBe('revoked');
    expect(results[3].verdict).toBe('unknown');
  });

  it('batch limits: 1,000 items pass, 1,001 are refused with WC_BATCH_TOO_LARGE', async () => {
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/verify/batch',
      headers: JSON_CT,
      payload: JSON.stringify({ items: Array(1000).fill(fx.inputs.unknown) }),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().results).toHaveLength(1000);
    const over = await app.inject({ method: 'POST', url: '/api/v1/verify/batch', headers: JSON_CT, payload: JSON.stringify({ items: Array(1001).fill('x') }) });
    expect(over.statusCode).toBe(413);
    expect(over.json().error.code).toBe('WC_BATCH_TOO_LARGE');
  });

  it('errors are JSON with a stable code: malformed, too large, wrong type, invalid UTF-8, binary', async () => {
    const cases: Array<[string | Buffer, Record<string, string>, number, string]> = [
      ['', JSON_CT, 400, 'WC_INPUT_EMPTY'],
      ['{}', JSON_CT, 400, 'WC_REQUEST_MALFORMED'],
      ['{"input": 5}', JSON_CT, 400, 'WC_REQUEST_MALFORMED'],
      ['{"input": "x", "extra": 1}', JSON_CT, 400, 'WC_REQUEST_MALFORMED'],
      ['{"input": ', JSON_CT, 400, 'WC_REQUEST_MALFORMED'],
      [JSON.stringify({ input: 'a'.repeat(70_000) }), JSON_CT, 413, 'WC_INPUT_TOO_LARGE'],
      [JSON.stringify({ input: 'a'.repeat(1 << 20) }), JSON_CT, 413, 'WC_INPUT_TOO_LARGE'],
      ['{"input":"x"}', { 'content-type': 'text/plain' }, 415, 'WC_MEDIA_TYPE'],
      [Buffer.from([0x7b, 0x22, 0x69, 0x6e, 0x70, 0x75, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), JSON_CT, 400, 'WC_INPUT_NOT_TEXT'],
      [Buffer.from([0, 1, 2, 3, 255, 128, 0]), { 'content-type': 'application/octet-stream' }, 415, 'WC_MEDIA_TYPE'],
      ['{"input":"   "}', JSON_CT, 400, 'WC_INPUT_EMPTY'],
    ];
    for (const [payload, headers, status, code] of cases) {
      const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers, payload });
      expect(r.statusCode, `${code} ${String(payload).slice(0, 30)}`).toBe(status);
      expect(r.headers['content-type']).toContain('application/json');
      expect(r.json().error.code).toBe(code);
      expect(r.json().error.message.length).toBeGreaterThan(5);
      expect(r.body).not.toMatch(STACK);
    }
  });

  it('an unexpected failure is a 500 with WC_INTERNAL and no internal message', async () => {
    const broken = await fx.app({
      data: {
        ...fx.data,
        verify: () => {
          throw new Error('secret internal detail at /srv/x.ts:12');
        },
      },
    });
    const r = await broken.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: '{"input":"x"}' });
    expect(r.statusCode).toBe(500);
    expect(r.json().error.code).toBe('WC_INTERNAL');
    expect(r.body).not.toContain('secret');
    const p = await broken.inject({ method: 'POST', url: '/verify', headers: FORM, payload: 'input=x' });
    expect(p.statusCode).toBe(500);
    expect(p.body).not.toContain('secret');
    await broken.close();
  });

  it('a trust list that expires while the server runs stops every answer (503), never genuine', async () => {
    let clock = Date.now();
    const data = loadData(fx.dataDir, { now: () => clock });
    const running = await fx.app({ data });
    const ask = () => running.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: fx.inputs.genuine }) });
    expect((await ask()).json().verdict).toBe('genuine');
    clock = data.trust.expiresAtMs;
    const r = await ask();
    expect(r.statusCode).toBe(503);
    expect(r.json().error.code).toBe('WC_TRUST_EXPIRED');
    const p = await running.inject({ method: 'POST', url: '/verify', headers: FORM, payload: form({ input: fx.inputs.genuine }) });
    expect(p.statusCode).toBe(503);
    expect(p.body).toContain('data-error="WC_TRUST_EXPIRED"');
    expect(p.body).not.toContain('data-verdict');
    await running.close();
    data.close();
  });

  it('rate limiting answers 429 with the stable code (verification routes; tests/server/limits.test.ts has the rest)', async () => {
    const limited = await fx.app({ rateLimit: 3 });
    const ask = () => limited.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: '{"input":"x"}', remoteAddress: '203.0.113.9' });
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) codes.push((await ask()).statusCode);
    expect(codes).toEqual([200, 200, 200]);
    const r = await ask();
    expect(r.statusCode).toBe(429);
    expect(r.json().error.code).toBe('WC_RATE_LIMITED');
    await limited.close();
  });

  it('GET /api/v1/range/:bits/:bucket: the bucket of a code hash at the bits the log size allows, every answer one size in bytes', async () => {
    const hash = codeHashHex(normalizeCode(fx.inputs.genuine)!);
    const size = Number(fx.data.log.checkpoint().size);
    const bits = rangeBits(size);
    expect(bits).toBeGreaterThan(0); // the demo is large enough to split
    const get = (b: number, bucket: number) => app.inject({ url: `/api/v1/range/${b}/${bucketName(bucket, b)}` });
    const open = (r: { rawPayload: Buffer }) => decodeRangeAnswer(new Uint8Array(r.rawPayload));
    const hashesOf = (r: { rawPayload: Buffer }) => open(r).entries.map((e) => parseStatement(e.jws).codeHashHex);
    const mine = bucketOfHex(hash, bits);
    const r = await get(bits, mine);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/octet-stream');
    const answer = open(r);
    expect(answer).toMatchObject({ bits, bucket: mine, size: BigInt(size) });
    expect(hashesOf(r)).toContain(hash);
    for (const h of hashesOf(r)) expect(bucketOfHex(h!, bits)).toBe(mine);
    // Every bucket, full or not, answers with the same number of bytes.
    const lengths = new Set<number>();
    const counts = new Set<number>();
    for (let b = 0; b < 2 ** bits; b++) {
      const x = await get(bits, b);
      lengths.add(x.rawPayload.length);
      counts.add(open(x).entries.length);
    }
    expect(counts.size).toBeGreaterThan(1);
    expect([...lengths]).toEqual([r.rawPayload.length]);
    // A coarser bucket is allowed (more company), a finer one is refused.
    expect(hashesOf(await get(bits - 1, mine >>> 1))).toContain(hash);
    const fine = await get(bits + 1, 0);
    expect(fine.statusCode).toBe(400);
    expect(fine.json().error.code).toBe('WC_RANGE_TOO_FINE');
    for (const bad of ['4/G', '4/00', '3/8', '21/00000', '04/0', 'x/0', '5/abcde'])
      expect((await app.inject({ url: `/api/v1/range/${bad}` })).statusCode, bad).toBe(400);
  });

  it('every route schema is valid JSON Schema (checked by ajv against its meta-schema)', async () => {
    // Start-up skips this check (the schemas are constants); this test is where it happens.
    const checked = await fx.app({ checkSchemas: true });
    await expect(checked.ready()).resolves.toBeDefined();
    await checked.close();
    // A mistake only the meta-schema catches (ajv compiles it happily otherwise).
    const mistake = { type: 'object', properties: { x: { type: 'string', description: 5 } } };
    const unchecked = await fx.app();
    unchecked.get('/broken', { schema: { querystring: mistake, response: { 200: { type: 'string' } } } }, () => 'x');
    await expect(unchecked.ready()).resolves.toBeDefined();
    await unchecked.close();
    const broken = await fx.app({ checkSchemas: true });
    broken.get('/broken', { schema: { querystring: mistake, response: { 200: { type: 'string' } } } }, () => 'x');
    await expect(broken.ready()).rejects.toThrow(/schema/i);
    await broken.close().catch(() => undefined);
  });

  it('keys, trust list, health, readiness, metrics, OpenAPI and docs', async () => {
    const jwks = (await app.inject({ url: '/.well-known/jwks.json' })).json();
    expect(jwks.keys.length).toBeGreaterThanOrEqual(4);
    for (const k of jwks.keys) {
      expect(k.kty).toBe('OKP');
      expect(k.d).toBeUndefined();
    }
    const trust = await app.inject({ url: '/.well-known/warncheck-trust.jws' });
    expect(trust.headers['content-type']).toContain('application/jose');
    expect(trust.body).toBe(fx.data.trustJws);
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = (await app.inject({ url: '/readyz' })).json();
    expect(ready.status).toBe('ready');
    expect(ready.statements).toBe(fx.data.statementCount);
    await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: '{"input":""}' });
    await app.inject({ url: '/no-such-page' });
    await app.inject({ url: '/static/style.css' });
    const metrics = await app.inject({ url: '/metrics' });
    expect(metrics.body).toContain('warncheck_requests_total{method="GET",route="/healthz",status="200"}');
    // Errors, unknown paths and static files are counted too (one onSend hook counts every answer).
    expect(metrics.body).toContain('warncheck_requests_total{method="POST",route="/api/v1/verify",status="400"}');
    expect(metrics.body).toContain('warncheck_requests_total{method="GET",route="(unmatched)",status="404"}');
    expect(metrics.body).toMatch(/warncheck_requests_total\{method="GET",route="\/static\/\*",status="200"\}/);
    const spec = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/v1/verify', '/api/v1/verify/batch', '/api/v1/range/{bits}/{bucket}', '/.well-known/jwks.json']),
    );
    expect(spec.paths['/verify']).toBeUndefined();
    expect(JSON.stringify(spec.paths['/api/v1/verify'].post.requestBody)).toContain('"maxLength":65536');
    const docs = await app.inject({ url: '/api' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('/api/v1/verify/batch');
    const notFound = await app.inject({ url: '/api/v2/nope' });
    expect(notFound.statusCode).toBe(404);
    expect(notFound.json().error.code).toBe('WC_NOT_FOUND');
  });

  it('metrics are off unless turned on: no /metrics route, nothing counted', async () => {
    const plain = await fx.app();
    await plain.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: fx.inputs.genuine }) });
    const r = await plain.inject({ url: '/metrics' });
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain('warncheck_');
    await plain.close();
  });

  it('every route has a response schema, and OpenAPI describes every answer in words (no "Default Response")', async () => {
    // buildApp refuses a route without one (static files excepted: they are files, not answers).
    const probe = await fx.app();
    expect(() => probe.get('/unschemed', () => 'x')).toThrow(/response schema/);
    await probe.close().catch(() => undefined);
    const spec = (await app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
    };
    const text = JSON.stringify(spec);
    expect(text).not.toContain('Default Response');
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(Object.keys(op.responses), `${method} ${path}`).toContain('200');
        for (const [status, r] of Object.entries(op.responses)) expect(r.description.length, `${method} ${path} ${status}`).toBeGreaterThan(10);
      }
    }
    for (const p of [
      '/log/checkpoint',
      '/log/tile/{*}',
      '/.well-known/jwks.json',
      '/.well-known/warncheck-trust.jws',
      '/.well-known/warncheck-root-handovers',
      '/healthz',
      '/readyz',
      '/metrics',
      '/api/v1/range/{bits}/{bucket}',
      '/api/v1/verify',
      '/api/v1/verify/batch',
    ]) {
      expect(spec.paths[p], p).toBeDefined();
    }
  });
});
