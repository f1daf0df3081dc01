// Real browser end to end: playwright-core drives the Chromium that `npm ci` brings inside
// @sparticuz/chromium (or CHROMIUM_PATH), against the real server process on a free port, once
// with JavaScript disabled and once enabled. Screenshots go to test-output/ (git-ignored).
import { launchBrowser } from '../helpers/browser.js';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rangeBits } from '../../src/core/range.js';
import type { DemoInputs } from '../../src/service/types.js';
import { serve, type Served } from '../helpers/spawn.js';

const OUT = new URL('../../test-output/', import.meta.url).pathname;
let server: Served;
let browser: Browser;
let inputs: DemoInputs;
let cwd: string;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  cwd = mkdtempSync(join(tmpdir(), 'wc-e2e-'));
  server = await serve([], { cwd });
  inputs = JSON.parse(readFileSync(join(cwd, '.warncheck/demo/keys/demo-inputs.json'), 'utf8'));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(cwd, { recursive: true, force: true });
});

async function submit(page: Page, input: string): Promise<string> {
  await page.goto(`${server.url}/`);
  await page.fill('textarea#input', input);
  await Promise.all([page.waitForURL(`${server.url}/verify`), page.click('button[type=submit]')]);
  return (await page.getAttribute('#verdict', 'data-verdict')) ?? (await page.getAttribute('#verdict', 'data-error')) ?? '';
}

for (const js of [false, true]) {
  const mode = js ? 'js-on' : 'js-off';
  describe(`browser, JavaScript ${js ? 'on' : 'off'}`, () => {
    let ctx: BrowserContext;
    let page: Page;
    const requested: string[] = [];
    beforeAll(async () => {
      ctx = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 390, height: 844 }, locale: 'en-GB' });
      page = await ctx.newPage();
      page.on('request', (r) => requested.push(r.url()));
    });
    afterAll(async () => ctx?.close());

    it('a typed demo code reads genuine, with the genuine text', async () => {
      expect(await submit(page, inputs.genuine)).toBe('genuine');
      expect(await page.textContent('blockquote.genuine-text')).toContain(inputs.genuine);
      await page.screenshot({ path: join(OUT, `${mode}-genuine.png`), fullPage: true });
    });

    it('a pasted altered text shows the word diff', async () => {
      expect(await submit(page, inputs.altered)).toBe('altered');
      expect(await page.locator('.diff ins').count()).toBeGreaterThan(0);
      expect(await page.locator('.diff del').count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(OUT, `${mode}-altered.png`), fullPage: true });
    });

    it('a pasted scam mail reads scam, with each sign highlighted and named in plain words', async () => {
      expect(await submit(page, inputs.scam)).toBe('scam');
      const marks = page.locator('pre.marked-text mark.m-sign');
      expect(await marks.count()).toBeGreaterThanOrEqual(4);
      const codes = await marks.evaluateAll((ms) => ms.map((m) => m.getAttribute('data-code')));
      for (const c of ['WC_SIGN_DEADLINE', 'WC_SIGN_ARREST', 'WC_SIGN_FINE']) expect(codes).toContain(c);
      // Each highlighted span is exactly the triggering text, and the legend names it in words.
      const deadline = marks.nth(codes.indexOf('WC_SIGN_DEADLINE'));
      expect(inputs.scam).toContain((await deadline.textContent())!);
      expect(await page.locator('ol.legend').textContent()).toContain('A deadline meant to rush you');
      // The genuine code copied into it is explained, and still reads genuine on its own.
      expect(await page.textContent('main')).toContain('genuine code copied from a real police warning');
      await page.screenshot({ path: join(OUT, `${mode}-scam.png`), fullPage: true });
    });

    it('revoked, mistyped and unknown codes say so', async () => {
      expect(await submit(page, inputs.revoked)).toBe('revoked');
      await page.screenshot({ path: join(OUT, `${mode}-revoked.png`), fullPage: true });
      expect(await submit(page, inputs.mistyped)).toBe('mistyped');
      expect(await page.textContent('main')).toContain(`Did you mean ${inputs.genuine}?`);
      await page.screenshot({ path: join(OUT, `${mode}-mistyped.png`), fullPage: true });
      expect(await submit(page, inputs.unknown)).toBe('unknown');
      await page.screenshot({ path: join(OUT, `${mode}-unknown.png`), fullPage: true });
    });

    it('garbage and markup get a clear, escaped answer', async () => {
      expect(await submit(page, '%%% ??? <script>window.pwned=1</script> \u0000\u0001')).toBe('no-evidence');
      expect(await page.textContent('main')).toContain('<script>window.pwned=1</script>');
      if (js) expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      await page.screenshot({ path: join(OUT, `${mode}-garbage.png`), fullPage: true });
      expect(await submit(page, ' ')).toBe('WC_INPUT_EMPTY');
    });

    it('the printed address /#<code>: checked in the browser with JS, a typing request without', async () => {
      await page.goto(`${server.url}/#${inputs.genuine}`);
      if (js) {
        await page.waitForSelector('#local-result #verdict', { timeout: 20_000 });
        expect(await page.getAttribute('#local-result #verdict', 'data-verdict')).toBe('genuine');
        expect(await page.textContent('#local-result')).toContain('Checked in your browser');
        // The browser checked the statement's place in the public log too, against the log key.
        expect(await page.locator('#local-result [data-log-index]').count()).toBe(1);
        expect(await page.textContent('#local-result pre.proof')).toContain('c2sp.org/tlog-proof@v1');
        expect(await page.isHidden('#fragment')).toBe(true);
        await page.goto(`${server.url}/#${inputs.revoked}`);
        await page.waitForSelector('#local-result #verdict[data-verdict="revoked"]', { timeout: 20_000 });
      } else {
        expect(await page.isVisible('#fragment')).toBe(true);
        expect(await page.textContent('#fragment')).toContain('type the code');
        expect(await page.innerHTML('#local-result')).toBe('');
      }
      await page.screenshot({ path: join(OUT, `${mode}-fragment.png`), fullPage: true });
    });

    it('no code in any URL it requested, and nothing from another origin', async () => {
      const origin = new URL(server.url).origin;
      const strip = (c: string) => c.replace(/-/g, '').toLowerCase();
      for (const u of requested) {
        expect(new URL(u).origin).toBe(origin);
        const pathAndQuery = new URL(u).pathname + new URL(u).search;
        for (const c of [inputs.genuine, inputs.revoked, inputs.mistyped, inputs.unknown]) expect(strip(pathAndQuery)).not.toContain(strip(c));
      }
      // The look-up asks for the bucket the signed log size allows, never a finer one.
      const size = Number((await (await fetch(`${server.url}/log/checkpoint`)).text()).split('\n')[1]);
      const bits = rangeBits(size);
      const lookups = requested.filter((u) => u.includes('/api/v1/range/')).map((u) => new URL(u).pathname.split('/').slice(4));
      for (const [b, name] of lookups) {
        expect(Number(b)).toBe(bits);
        expect(name).toHaveLength(Math.max(1, Math.ceil(bits / 4)));
      }
      if (js) expect(lookups.length).toBeGreaterThan(0);
      else expect(requested.some((u) => u.includes('/api/v1/range/'))).toBe(false);
    });

    it('Norwegian by the browser language', async () => {
      const nb = await browser.newContext({ javaScriptEnabled: js, locale: 'nb-NO' });
      const p = await nb.newPage();
      await p.goto(`${server.url}/`);
      expect(await p.getAttribute('html', 'lang')).toBe('nb');
      expect(await submit(p, inputs.genuine)).toBe('genuine');
      await p.screenshot({ path: join(OUT, `${mode}-nb-genuine.png`), fullPage: true });
      await nb.close();
    });
  });
}
