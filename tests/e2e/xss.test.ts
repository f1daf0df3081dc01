// XSS corpus in a real browser (issue 12 item 5). Every payload of xss-payloads.json goes through
// every field the pages reflect or read — the form's text (POST /verify), `lang` as a form field and
// as a query on / and /api, the fragment the browser check reads (/#…), and the not-found error page
// (its path) — and is rendered in Chromium with JavaScript ON. Each payload calls __xss(id) if it
// ever runs; alert/confirm/prompt, dialogs, page errors, CSP violation events and "Refused to …"
// console errors are all reported back; the rendered DOM is audited for any element or attribute a
// payload could have made. The same payloads go through the JSON API, which must stay valid JSON.
// A control page (served by the test, not the app) proves that the detectors do see an injection.
import { launchBrowser } from '../helpers/browser.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoInputs } from '../../src/service/types.js';
import { serve, type Served } from '../helpers/spawn.js';

interface Corpus {
  payloads: Array<{ class: string; p: string }>;
}
const corpus = JSON.parse(readFileSync(new URL('./xss-payloads.json', import.meta.url), 'utf8')) as Corpus;

let server: Served;
let browser: Browser;
let ctx: BrowserContext;
let cwd: string;
let payloads: string[] = [];
/** Everything the page side reported: executions, dialogs, CSP violations, page errors. */
const reports: string[] = [];
/** Document responses: [url, status, csp]. */
const documents: Array<{ url: string; status: number; csp: string | undefined; nosniff: string | undefined }> = [];
const CONTROL = '/__xss-control';

const b64u = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
function materialise(p: string, id: number, demo: DemoInputs): string {
  return p
    .split('XSSID')
    .join(String(id))
    .split('⟦genuine⟧')
    .join(demo.genuine)
    .split('⟦scam⟧')
    .join(demo.scam)
    .split('⟦altered⟧')
    .join(demo.altered)
    .replace(/⟦b64u:(.*?)⟧/g, (_m, s: string) => b64u(s));
}

// Runs in the page before any of its own script: the marker and the dialog functions report to the
// test through a binding (CDP, not subject to the page's CSP), as do CSP violation events.
const INIT = `(() => {
  const report = (kind, detail) => { try { window.__xssReport(kind + ' ' + String(detail) + ' @' + location.pathname + location.search + location.hash); } catch {} };
  Object.defineProperty(window, '__xss', { value: (id) => report('EXECUTED', id) });
  for (const f of ['alert', 'confirm', 'prompt', 'print']) Object.defineProperty(window, f, { value: (m) => report('DIALOG ' + f, m) });
  document.addEventListener('securitypolicyviolation', (e) => report('CSP', e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sample), true);
})();`;

// The page's own markup, all of it HTML: anything else in the DOM came from a payload.
const AUDIT = `(() => {
  const ALLOWED = new Set('html head meta title link script body a header div small nav details summary ul li main h1 h2 h3 h4 p strong em form input label textarea button section noscript pre code mark sup ol blockquote dl dt dd del ins span footer br'.split(' '));
  const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background']);
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.localName;
    if (!ALLOWED.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') bad.push('element <' + tag + '>');
    for (const a of el.attributes) {
      const n = a.name.toLowerCase();
      if (n.startsWith('on') || n === 'style' || n === 'srcdoc' || n === 'formaction' || n.includes(':')) bad.push('attribute ' + n + ' on <' + tag + '>');
      if (URL_ATTRS.has(n) && /^[\\u0000-\\u0020]*(javascript|data|vbscript)/i.test(a.value.replace(/[\\t\\n\\r]/g, ''))) bad.push(n + '=' + a.value.slice(0, 40));
      if ((n === 'id' || n === 'name' || n === 'class') && /xss/i.test(a.value)) bad.push(n + '=' + a.value);
    }
  }
  const scripts = [...document.scripts].map((s) => s.getAttribute('src') + '|' + s.type + '|' + s.text.length);
  if (scripts.length > 1 || (scripts.length === 1 && scripts[0] !== '/static/app.js|module|0')) bad.push('scripts ' + scripts.join(','));
  for (const f of document.forms) if (f.getAttribute('action') !== '/verify' || f.getAttribute('method') !== 'post') bad.push('form ' + f.getAttribute('action'));
  for (const i of document.querySelectorAll('input')) if (i.type !== 'hidden' || i.name !== 'lang') bad.push('input ' + i.name);
  for (const m of document.querySelectorAll('meta')) if (m.httpEquiv) bad.push('meta http-equiv');
  return bad;
})()`;

async function audit(page: Page, label: string): Promise<string[]> {
  return ((await page.evaluate(AUDIT)) as string[]).map((b) => `${label}: ${b}`);
}

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'wc-e2e-xss-'));
  server = await serve([], { cwd });
  const demo = JSON.parse(readFileSync(join(cwd, '.warncheck/demo/keys/demo-inputs.json'), 'utf8')) as DemoInputs;
  payloads = corpus.payloads.map((x, i) => materialise(x.p, i, demo));
  browser = await launchBrowser();
  ctx = await browser.newContext({ javaScriptEnabled: true, locale: 'en-GB' });
  await ctx.exposeBinding('__xssReport', (_src, msg: string) => void reports.push(msg));
  await ctx.addInitScript({ content: INIT });
  ctx.on('page', (p) => watch(p));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (cwd) rmSync(cwd, { recursive: true, force: true });
});

function watch(page: Page): void {
  page.on('dialog', (d) => {
    reports.push(`DIALOG ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => reports.push(`PAGEERROR ${e.message}`));
  page.on('console', (m) => {
    // A document answered with an error status logs "Failed to load resource": not a violation.
    if (m.type() === 'error' && !/^Failed to load resource: the server responded with a status of \d+/.test(m.text())) reports.push(`CONSOLE ${m.text()}`);
  });
  page.on('response', (r) => {
    if (!r.request().isNavigationRequest() || r.frame() !== page.mainFrame()) return;
    const h = r.headers();
    documents.push({ url: r.url(), status: r.status(), csp: h['content-security-policy'], nosniff: h['x-content-type-options'] });
  });
}

/** Submit the page's form with `input` (and `lang`, when given); the page must hold the form. */
async function submitForm(page: Page, input: string, lang?: string): Promise<string> {
  await page.fill('textarea#input', input);
  const typed = await page.inputValue('textarea#input');
  if (lang !== undefined) await page.locator('form.check input[name=lang]').evaluate((el, v) => ((el as HTMLInputElement).value = v), lang);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('form.check button[type=submit]')]);
  return typed;
}

describe('the detectors see an injection (control page served by the test)', () => {
  it("with the app's CSP: markup found, CSP violations reported, nothing run; without it: the marker runs", async () => {
    const home = await fetch(`${server.url}/`);
    const csp = home.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    const page = await ctx.newPage();
    const body =
      '<!doctype html><html><head><title>c</title></head><body><img src=x onerror=__xss(-1)><svg onload=__xss(-2)></svg><a id=xss0 href="javascript:__xss(-3)">x</a></body></html>';
    await page.route(`**${CONTROL}*`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body, headers: new URL(route.request().url()).search ? {} : { 'content-security-policy': csp } }),
    );
    const before = reports.length;
    await page.goto(`${server.url}${CONTROL}`);
    await page.waitForTimeout(200);
    const found = await audit(page, 'control');
    expect(found.some((b) => b.includes('<img>'))).toBe(true);
    expect(found.some((b) => b.includes('<svg>'))).toBe(true);
    expect(found.some((b) => b.includes('javascript'))).toBe(true);
    const seen = reports.slice(before);
    expect(seen.some((r) => r.startsWith('CSP script-src-attr'))).toBe(true);
    expect(seen.some((r) => r.startsWith('EXECUTED'))).toBe(false);
    await page.goto(`${server.url}${CONTROL}?nocsp`);
    await page.waitForTimeout(200);
    expect(reports.slice(before).some((r) => r.startsWith('EXECUTED -1'))).toBe(true);
    await page.close();
    reports.length = before; // the control's own reports are not the app's
    documents.length = 0;
  });
});

describe(`XSS corpus: ${corpus.payloads.length} payloads through every reflected field, JavaScript on`, () => {
  it('has at least 200 payloads in the classes the issue names', () => {
    expect(corpus.payloads.length).toBeGreaterThanOrEqual(200);
    const classes = new Set(corpus.payloads.map((x) => x.class));
    for (const c of [
      'tag',
      'event-handler',
      'javascript-url',
      'svg',
      'attribute-breakout',
      'template-breakout',
      'encoded',
      'unicode',
      'in-url',
      'in-email',
      'jws-like',
      'code-like',
    ])
      expect(classes).toContain(c);
  });

  it("the pages as they are pass the audit (the allow-list is the pages' own markup)", async () => {
    const page = await ctx.newPage();
    const found: string[] = [];
    for (const path of ['/', '/api', '/nowhere']) {
      await page.goto(`${server.url}${path}`);
      found.push(...(await audit(page, path)));
    }
    const demo = JSON.parse(readFileSync(join(cwd, '.warncheck/demo/keys/demo-inputs.json'), 'utf8')) as DemoInputs;
    for (const input of [demo.genuine, demo.altered, demo.scam, demo.mistyped]) {
      await submitForm(page, input);
      found.push(...(await audit(page, 'form')));
    }
    await page.goto(`${server.url}/#${demo.genuine}`);
    await page.waitForSelector('#local-result #verdict', { timeout: 20_000 });
    found.push(...(await audit(page, 'fragment')));
    await page.close();
    expect(found).toEqual([]);
    expect(reports).toEqual([]);
  }, 60_000);

  const PAGES = 2;
  const stats = { renders: 0, answers: 0, distinct: 0, reflectedExactly: 0, fragmentChecked: 0 };
  const dom: string[] = [];
  const markedIds: number[] = [];

  it('renders every payload in every field: nothing runs, no markup reaches the DOM, every page keeps its CSP', async () => {
    const csp = (await fetch(`${server.url}/`)).headers.get('content-security-policy');
    documents.length = 0;
    const pages = await Promise.all(Array.from({ length: PAGES }, () => ctx.newPage()));
    // (a) The fragment and the form's text: every payload rendered in the browser.
    async function fragment(page: Page, i: number): Promise<void> {
      // Read by the browser check: a same-document change on the home page (hashchange), as a
      // reader following one printed address after another would do.
      await page.locator('#local-result').evaluate((o) => (o.innerHTML = '<p data-pending></p>'));
      await page.evaluate((h) => (location.hash = h), encodeURIComponent(payloads[i]!));
      await page.waitForFunction(
        () => {
          const o = document.getElementById('local-result');
          return o !== null && !o.querySelector('[data-pending]') && (o.innerHTML === '' || o.querySelector('#verdict') !== null);
        },
        undefined,
        { timeout: 20_000 },
      );
      if (await page.locator('#local-result #verdict').count()) stats.fragmentChecked++;
      dom.push(...(await audit(page, `#${i} fragment`)));
      stats.renders++;
    }
    async function form(page: Page, i: number): Promise<void> {
      // Every page with an answer carries the form again: one submission after another.
      const typed = await submitForm(page, payloads[i]!);
      const shown = await page.locator('main > details > pre').textContent();
      // The verdict page shows the text back in "What you checked", as text. (A leading U+FEFF is
      // dropped by the server's strict UTF-8 decoding, as TextDecoder does.)
      const expected = typed
        .replace(/\r\n?/g, '\n')
        .replace(/^\n/, '')
        .replace(/\0/g, '')
        .replace(/^\uFEFF/, '');
      if (shown === expected) stats.reflectedExactly++;
      else dom.push(`#${i} form: shown ${JSON.stringify(shown?.slice(0, 80))} for ${JSON.stringify(expected.slice(0, 80))}`);
      if ((await page.locator('pre.marked-text mark').count()) > 0) markedIds.push(i);
      dom.push(...(await audit(page, `#${i} form text`)));
      stats.renders++;
    }
    const took: string[] = [];
    for (const step of [fragment, form]) {
      const t0 = performance.now();
      let next = 0;
      await Promise.all(
        pages.map(async (page) => {
          await page.goto(`${server.url}/`);
          for (let i = next++; i < payloads.length; i = next++) await step(page, i);
        }),
      );
      took.push(`${step.name} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    const t1 = performance.now();
    // (b) `lang` (form field, and query on / and /api) and the error page's path. These answers are
    // fetched for every payload; a document is a function of its bytes and headers, so each distinct
    // answer is then rendered once, by the browser itself requesting it.
    const distinct = new Map<string, { label: string; go: (page: Page) => Promise<unknown> }>();
    const lang = { 'accept-language': 'en-GB' };
    for (const [i, p] of payloads.entries()) {
      const enc = encodeURIComponent(p);
      const asks: Array<[string, string, RequestInit, (page: Page) => Promise<unknown>]> = [
        [
          'form lang',
          '/verify',
          {
            method: 'POST',
            headers: { ...lang, 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ input: 'x', lang: p }).toString(),
          },
          (page) => page.goto(`${server.url}/`).then(() => submitForm(page, 'x', p)),
        ],
        ['/?lang', `/?lang=${enc}`, { headers: lang }, (page) => page.goto(`${server.url}/?lang=${enc}`)],
        ['/api?lang', `/api?lang=${enc}`, { headers: lang }, (page) => page.goto(`${server.url}/api?lang=${enc}`)],
        ['404', `/${enc}`, { headers: lang }, (page) => page.goto(`${server.url}/${enc}`)],
      ];
      for (const [label, path, init, go] of asks) {
        const r = await fetch(`${server.url}${path}`, init);
        const body = await r.text();
        stats.answers++;
        if (r.headers.get('content-security-policy') !== csp || r.headers.get('x-content-type-options') !== 'nosniff') dom.push(`#${i} ${label}: headers`);
        // The payload itself must never appear unescaped in a page.
        if (p.length > 2 && /[<>"']/.test(p) && body.includes(p)) dom.push(`#${i} ${label}: payload verbatim in the page`);
        const key = `${r.status} ${body}`;
        if (!distinct.has(key)) distinct.set(key, { label: `#${i} ${label}`, go });
      }
    }
    stats.distinct = distinct.size;
    for (const { label, go } of distinct.values()) {
      await go(pages[0]!);
      dom.push(...(await audit(pages[0]!, label)));
      stats.renders++;
    }
    took.push(`the rest ${((performance.now() - t1) / 1000).toFixed(1)} s`);
    await Promise.all(pages.map((p) => p.close()));
    console.log(
      `xss corpus: ${payloads.length} payloads; form text and fragment rendered for each (${2 * payloads.length}); ` +
        `lang (form, /?lang, /api?lang) and the error page's path: ${stats.answers} answers fetched, ${stats.distinct} distinct, each rendered; ` +
        `${stats.renders} renders (JS on): ${reports.filter((r) => r.startsWith('EXECUTED') || r.startsWith('DIALOG')).length} executed, ` +
        `${reports.filter((r) => r.startsWith('CSP') || r.startsWith('CONSOLE')).length} CSP violations, ${dom.length} DOM findings; ` +
        `${stats.reflectedExactly} form texts shown back exactly, ${markedIds.length} with marked spans (${markedIds.sort((a, b) => a - b).join(' ')}), ${stats.fragmentChecked} fragments checked; ` +
        `${documents.length} documents, ${documents.filter((d) => d.csp !== csp).length} without the CSP (${took.join(', ')})`,
    );
    expect(reports).toEqual([]);
    expect(dom).toEqual([]);
    expect(stats.answers).toBe(payloads.length * 4);
    // Every payload was really reflected by the form page, and the marked-text path was exercised.
    expect(stats.reflectedExactly).toBe(payloads.length);
    expect(markedIds.length).toBeGreaterThan(5);
    expect(stats.fragmentChecked).toBeGreaterThan(payloads.length / 2);
    // Every document the browser loaded (pages, error pages, 404s, 413s) carried the one CSP and nosniff.
    expect(documents.length).toBeGreaterThanOrEqual(payloads.length + stats.distinct);
    expect(documents.filter((d) => d.csp !== csp || d.nosniff !== 'nosniff')).toEqual([]);
  }, 300_000);
});

describe('the same payloads through the JSON API', () => {
  type Json = { verdict?: string; findings?: Array<Record<string, unknown>>; code?: string; message?: unknown };
  const post = async (path: string, body: unknown) => {
    const r = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
    return { status: r.status, json: JSON.parse(await r.text()) as Json };
  };
  const checkResult = (j: Json) => {
    expect(typeof j.verdict).toBe('string');
    for (const f of j.findings ?? []) {
      expect(typeof f['message']).toBe('string');
      if ('match' in f) expect(typeof f['match']).toBe('string');
    }
  };

  it('valid JSON, string messages and matches, for one input, its `lang`, and the batch', async () => {
    let ok = 0;
    for (const p of payloads) {
      const one = await post('/api/v1/verify', { input: p });
      expect(one.status).toBe(200);
      checkResult(one.json);
      ok++;
      const lang = await post('/api/v1/verify', { input: 'x', lang: p });
      if (lang.status === 200) checkResult(lang.json);
      else expect(typeof lang.json.code === 'string' && typeof lang.json.message === 'string').toBe(true);
    }
    const batch = await post('/api/v1/verify/batch', { items: payloads });
    expect(batch.status).toBe(200);
    const results = (batch.json as unknown as { results: Json[] }).results;
    expect(results).toHaveLength(payloads.length);
    // An item may be answered with its own error (a budget, say): a code and a string message then.
    for (const r of results) if (r.verdict !== undefined || typeof r.code !== 'string' || typeof r.message !== 'string') checkResult(r);
    expect(ok).toBe(payloads.length);
  }, 60_000);
});
