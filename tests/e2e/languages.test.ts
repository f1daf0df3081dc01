// Every interface language in a real browser against the real server: the printed address
// `/#<code>` is checked in the browser with the page's own language bundle (and no other), the
// genuine code of that language's demo text reads genuine and its altered text reads altered.
// (Phone screenshots of the home page and of a scam verdict, in every language, are taken by
// tests/e2e/a11y.test.ts.)
import { launchBrowser } from '../helpers/browser.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoInputs } from '../../src/service/types.js';
import { CATALOGS } from '../../src/web/i18n/index.js';
import { serve, type Served } from '../helpers/spawn.js';

let server: Served;
let browser: Browser;
let inputs: DemoInputs;
let cwd: string;

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'wc-e2e-lang-'));
  server = await serve([], { cwd });
  inputs = JSON.parse(readFileSync(join(cwd, '.warncheck/demo/keys/demo-inputs.json'), 'utf8'));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(cwd, { recursive: true, force: true });
});

describe('every interface language in the browser', () => {
  let ctx: BrowserContext;
  let page: Page;
  let requested: string[] = [];
  beforeAll(async () => {
    ctx = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 390, height: 844 } });
    page = await ctx.newPage();
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  });
  afterAll(async () => ctx?.close());

  for (const [lang, t] of Object.entries(CATALOGS)) {
    it(`${lang}: the code after # is checked with the ${lang} bundle, in ${t.languageName}`, async () => {
      const mine = inputs.byLanguage?.[lang];
      expect(mine, lang).toBeDefined();
      requested = [];
      await page.goto(`${server.url}/?lang=${lang}#${mine!.genuine}`);
      await page.waitForSelector('#local-result #verdict', { timeout: 20_000 });
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.getAttribute('#local-result #verdict', 'data-verdict')).toBe('genuine');
      expect(await page.textContent('#local-result')).toContain(t.verdict.checkedLocally);
      const bundles = requested.filter((p) => p.startsWith('/static/app'));
      expect(bundles.sort()).toEqual(['/static/app.js', `/static/app-${lang}.js`].sort());
    });

    it(`${lang}: the altered genuine text reads altered`, async () => {
      await page.goto(`${server.url}/?lang=${lang}`);
      await page.fill('textarea#input', inputs.byLanguage![lang]!.altered);
      await Promise.all([page.waitForURL(`${server.url}/verify`), page.click('button[type=submit]')]);
      expect(await page.getAttribute('#verdict', 'data-verdict')).toBe('altered');
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
    });
  }
});
