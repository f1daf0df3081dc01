// Accessibility in a real browser (the Chromium of tests/e2e/browser.test.ts, against the real
// server process): axe-core (WCAG 2.2 AA tags) on the home page, the API page and every verdict
// page, in every registered language, with JavaScript on and off, at phone and desktop widths;
// the form on a phone's first screen; reflow at 320 px; the focus ring's contrast; a keyboard-only
// check. Screenshots of the home page and a scam verdict on a phone, per language, go to
// test-output/languages/ (git-ignored).
//
// The matrix, kept fast (16 languages): one browser, one context and one page reused. "JavaScript off" is
// Chromium's own script switch (CDP Emulation.setScriptExecutionDisabled) while the page loads, so
// the page is parsed exactly as without JavaScript (<noscript> shown, app.js never run); the switch
// is turned back on afterwards only to run axe in that document. axe comes as a same-origin script
// (a test route) so that Chromium compiles it once, not once per page. Each language gets the home
// page without JS (phone) and with JS checking a code from the address (phone), the API page
// (desktop) and a scam verdict (phone); English and Norwegian get those at both widths, and every
// verdict page without JS at both widths, English with JS at desktop width too. 320 px reflow
// everywhere.
import { launchBrowser } from '../helpers/browser.js';
import { statementOf } from '../helpers/range.js';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICTS } from '../../src/core/verdict.js';
import type { DemoInputs } from '../../src/service/types.js';
import { CATALOGS } from '../../src/web/i18n/index.js';
import { serve, type Served } from '../helpers/spawn.js';

const OUT = new URL('../../test-output/languages/', import.meta.url).pathname;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 640 };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: Served;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let cdp: CDPSession;
let inputs: DemoInputs;
let cwd: string;
/** An input for every verdict (and the error page); a verdict added to the vocabulary needs one here. */
let byVerdict: Record<string, string>;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  cwd = mkdtempSync(join(tmpdir(), 'wc-a11y-'));
  // Hundreds of page loads in a minute: the per-client rate limit is off for this one client.
  server = await serve([], { cwd, env: { WARNCHECK_RATE_LIMIT: '0' } });
  inputs = JSON.parse(readFileSync(join(cwd, '.warncheck/demo/keys/demo-inputs.json'), 'utf8'));
  // A forged statement: a real one from the range API with its signature changed.
  const jws = await statementOf(server.url, inputs.genuine);
  const forged = jws.slice(0, -2) + (jws.at(-2) === 'A' ? 'B' : 'A') + jws.at(-1);
  byVerdict = {
    scam: inputs.scam,
    genuine: inputs.genuine,
    altered: inputs.altered,
    revoked: inputs.revoked,
    unknown: inputs.unknown,
    mistyped: inputs.mistyped,
    forged,
    lookalike: 'Reply to politiet.saksbehandler@gmail.com',
    'not-official': 'See https://example.org/page',
    official: 'https://www.politiet.no/',
    'no-evidence': 'hello, I just wanted to ask something',
    'not-a-warning': 'Message from the Police cyber unit regarding your computer.',
    WC_INPUT_EMPTY: ' ',
  };
  browser = await launchBrowser();
  ctx = await browser.newContext({ viewport: PHONE });
  await ctx.route('**/__axe.js', (r) => r.fulfill({ body: AXE, contentType: 'text/javascript; charset=utf-8', headers: { 'cache-control': 'max-age=3600' } }));
  page = await ctx.newPage();
  cdp = await ctx.newCDPSession(page);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(cwd, { recursive: true, force: true });
});

/** Load with scripts on or off (see the header), then make axe available in the document. */
async function load(js: boolean, go: () => Promise<unknown>): Promise<void> {
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: !js });
  await go();
  await page.waitForLoadState('load');
  if (!js) await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
  await page.addScriptTag({ url: '/__axe.js' });
}

/** Run `act` and wait until the new document has loaded (actions no longer wait for navigations). */
async function navigation(act: () => Promise<unknown>): Promise<void> {
  const committed = page.waitForEvent('framenavigated', (f) => f === page.mainFrame());
  await act();
  await committed;
  await page.waitForLoadState('load');
}

/** Submit the page's form (every page but the API page has one) and wait for the answer page. */
async function submit(js: boolean, input: string): Promise<string> {
  await load(js, async () => {
    await page.fill('textarea#input', input);
    await navigation(() => page.click('button[type=submit]'));
  });
  return (await page.getAttribute('main #verdict', 'data-verdict')) ?? (await page.getAttribute('main #verdict', 'data-error')) ?? '';
}

async function axe(label: string): Promise<void> {
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown; failureSummary?: string }> }> }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`)),
    TAGS,
  );
  expect(violations, label).toEqual([]);
}

/** axe at both widths on the loaded page, and no horizontal scrolling at 320 px. */
async function axeBoth(label: string): Promise<void> {
  for (const [name, size] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    await page.setViewportSize(size);
    await axe(`${label} @${name}`);
  }
  await reflows(label);
  await page.setViewportSize(PHONE);
}

/** axe at the phone width only, and no horizontal scrolling at 320 px. */
async function axePhone(label: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await axe(`${label} @phone`);
  await reflows(label);
  await page.setViewportSize(PHONE);
}

async function reflows(label: string): Promise<void> {
  await page.setViewportSize(NARROW);
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `${label}: horizontal scrolling at 320 px`).toBeLessThanOrEqual(width);
}

describe('accessibility in every language (axe-core, WCAG 2.2 AA)', () => {
  for (const [lang, t] of Object.entries(CATALOGS)) {
    it(`${lang}: home (JS off; JS on with a code in the address), API page, scam verdict; phone and desktop; 320 px`, async () => {
      // Home, JS off, phone: the first screen holds the hint for /#<code> and the whole form.
      await page.setViewportSize(PHONE);
      await load(false, () => page.goto(`${server.url}/?lang=${lang}#${inputs.genuine}`));
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const hint = (await page.locator('#fragment').boundingBox())!;
      const area = (await page.locator('textarea#input').boundingBox())!;
      const button = (await page.locator('button[type=submit]').boundingBox())!;
      expect(hint.y + hint.height, `${lang}: the # hint above the form`).toBeLessThanOrEqual(area.y);
      expect(button.y + button.height, `${lang}: the form on the first screen of a 390×844 phone`).toBeLessThanOrEqual(PHONE.height);
      await page.screenshot({ path: join(OUT, `${lang}-home-phone.png`) });
      // Both widths in English and Norwegian; one in the others (their API page is at desktop).
      const wide = lang === 'en' || lang === 'nb';
      await (wide ? axeBoth(`${lang} home, JS off`) : axePhone(`${lang} home, JS off`));
      expect(await page.innerHTML('#local-result')).toBe(''); // app.js never ran

      // The scam verdict, JS off: the verdict is the first heading.
      expect(await submit(false, inputs.scam)).toBe('scam');
      expect(await page.evaluate(() => document.querySelector('main :is(h1,h2,h3,h4,h5,h6)')?.id)).toBe('verdict');
      expect(await page.textContent('main #verdict')).toBe(t.verdict.names.scam);
      await page.screenshot({ path: join(OUT, `${lang}-scam-phone.png`), fullPage: true });
      await (wide ? axeBoth(`${lang} scam verdict, JS off`) : axePhone(`${lang} scam verdict, JS off`));

      // The API page, JS on, desktop.
      await page.setViewportSize(DESKTOP);
      await load(true, () => page.goto(`${server.url}/api?lang=${lang}`));
      await axe(`${lang} API page, JS on @desktop`);
      await reflows(`${lang} API page`);

      // Home with JS, phone: the code in the address checked in the browser, its verdict shown first.
      await page.setViewportSize(PHONE);
      await load(true, () => page.goto(`${server.url}/?lang=${lang}#${inputs.genuine}`));
      await page.waitForSelector('#local-result #verdict[data-verdict="genuine"]', { timeout: 20_000 });
      expect(await page.isVisible('#fragment')).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('verdict'); // focus moved to the verdict
      await axe(`${lang} home with a checked code, JS on @phone`);
      await reflows(`${lang} home with a checked code`);
    });
  }

  // With JS a verdict page is the same document (the script acts only on a code in the home
  // page's address): once in English is enough to show that the script changes nothing there.
  for (const [lang, js] of [['en', false], ['nb', false], ['en', true]] as const) {
    it(`${lang}, JS ${js ? 'on' : 'off'}: every verdict page and the error page`, async () => {
      expect(Object.keys(byVerdict).filter((v) => (VERDICTS as readonly string[]).includes(v)).sort()).toEqual([...VERDICTS].sort());
      await page.setViewportSize(PHONE);
      await load(js, () => page.goto(`${server.url}/?lang=${lang}`));
      for (const [want, input] of Object.entries(byVerdict)) {
        expect(await submit(js, input), want).toBe(want);
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        // Without JS at both widths; with JS (the same document) at desktop width.
        if (js) {
          await page.setViewportSize(DESKTOP);
          await axe(`${lang} ${want}, JS on @desktop`);
          await page.setViewportSize(PHONE);
        } else await axeBoth(`${lang} ${want}, JS off`);
      }
    });
  }
});

describe('keyboard and focus', () => {
  /** Contrast ratio of two CSS rgb()/rgba() colours (WCAG 2.x relative luminance). */
  function contrast(a: string, b: string): number {
    const lum = (c: string) => {
      const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((x) => {
        const v = Number(x) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
    };
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  }

  for (const js of [false, true]) {
    it(`keyboard only, JS ${js ? 'on' : 'off'}: skip to the form, type a code, submit, skip to the verdict`, async () => {
      await page.setViewportSize(PHONE);
      await load(js, () => page.goto(`${server.url}/?lang=en`));
      const active = () => page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id, text: document.activeElement?.textContent?.trim() }));
      await page.keyboard.press('Tab');
      expect((await active()).text).toBe(CATALOGS['en']!.skipToForm);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect((await active()).id).toBe('input');
      await page.keyboard.type(inputs.genuine);
      await page.keyboard.press('Tab');
      expect((await active()).tag).toBe('BUTTON');
      await load(js, () => navigation(() => page.keyboard.press('Enter')));
      expect(new URL(page.url()).pathname).toBe('/verify');
      await page.keyboard.press('Tab');
      expect((await active()).text).toBe(CATALOGS['en']!.skipToResult);
      await page.keyboard.press('Enter');
      expect(await active()).toMatchObject({ id: 'verdict', text: CATALOGS['en']!.verdict.names.genuine });
    });
  }

  it('every focusable element shows a focus ring of at least 3:1 against what is behind it', async () => {
    await page.setViewportSize(DESKTOP);
    await load(false, () => page.goto(`${server.url}/?lang=en`));
    await submit(false, inputs.scam);
    // Open the folds so that what they hold is reachable too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const seen: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const s = getComputedStyle(el);
        // The ring sits outside the element (outline-offset): behind it is the parent's background.
        let bg = 'rgba(0, 0, 0, 0)';
        for (let p = el.parentElement; p && /rgba\(.*, 0\)$|transparent/.test(bg); p = p.parentElement) bg = getComputedStyle(p).backgroundColor;
        return { what: `${el.tagName}.${el.className}#${el.id}`, style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor, bg: /rgba\(.*, 0\)$/.test(bg) ? 'rgb(255, 255, 255)' : bg };
      });
      if (!ring) break;
      seen.push(ring.what);
      expect(ring.style, ring.what).not.toBe('none');
      expect(ring.width, ring.what).toBeGreaterThanOrEqual(2);
      expect(contrast(ring.color, ring.bg), `${ring.what}: ${ring.color} on ${ring.bg}`).toBeGreaterThanOrEqual(3);
    }
    // The walk went through the page: skip link, language choice, links, the form, the help list.
    expect(seen.some((w) => w.startsWith('A.skip'))).toBe(true);
    expect(seen.some((w) => w.startsWith('SUMMARY'))).toBe(true);
    expect(seen.some((w) => w.startsWith('TEXTAREA'))).toBe(true);
    expect(seen.some((w) => w.startsWith('BUTTON'))).toBe(true);
  });
});
