// Accessibility in a real browser (the Chromium of tests/e2e/browser.test.ts, against the real
// server process): axe-core (WCAG 2.2 AA tags) on the home page, the API page, every verdict page
// and the error pages, in every registered language, with JavaScript on and off, at phone and
// desktop widths, with no horizontal scrolling at 320 px; the form on a phone's first screen; a
// keyboard-only check and the focus ring's contrast in every language. Screenshots of the home page
// and a scam verdict on a phone, per language, go to test-output/languages/ (git-ignored).
//
// The full matrix, kept affordable: every document is asked of the server once per (page,
// language) and kept; the browser loads it from that copy, with the server's body, status and
// headers (CSP included), through a small same-origin front (below) that passes everything else
// (stylesheet, scripts, form posts, look-ups) to the real server. The front, not a Playwright
// route, because routing turns Chromium's HTTP cache off: with the cache, the 0.5 MB axe script
// (served by the front too) and the stylesheet come from memory and axe's compiled code is reused
// instead of compiled again for each of some six hundred documents. One browser, one context, a
// few tabs in parallel. "JavaScript off" is Chromium's own script switch (CDP
// Emulation.setScriptExecutionDisabled) while the page loads, so the page is parsed exactly as
// without JavaScript (<noscript> shown, app.js never run); the switch is turned back on afterwards
// only to run axe in that document.
import { launchBrowser } from '../helpers/browser.js';
import { statementOf } from '../helpers/range.js';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
const WIDTHS = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;
/**
 * The tallest scam verdict a phone may show (CSS px at 390 px wide): seven 844 px screens. The demo
 * scam mail (~1,000 characters, fourteen kinds of sign) needs about four screens that cannot fold:
 * the verdict box, the mail itself with its marks, and one plain-words line per sign; the findings,
 * the reader's country's help links and the form take two more. Everything else is folded (the
 * other countries' help, the copied code's genuine text, codes and proofs). Measured 5,000–5,600 px
 * across the sixteen languages; unfolded, the Polish page was 7,879 px and the French 8,212.
 */
const SCAM_MAX_HEIGHT = 7 * PHONE.height;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Tabs working in parallel: the machine's cores are shared, more tabs only queue. */
const TABS = 3;

let server: Served;
/** The same-origin front (see the header) and its address: every page the browser loads. */
let front: Server;
let site: string;
let browser: Browser;
let ctx: BrowserContext;
let tabs: Array<{ page: Page; cdp: CDPSession }>;
let inputs: DemoInputs;
let cwd: string;
/** An input for every verdict (and the error page); a verdict added to the vocabulary needs one here. */
let byVerdict: Record<string, string>;
/** The server's answers, asked once per (page, language): path → body, status, headers. */
const docs = new Map<string, { status: number; body: string; headers: Record<string, string> }>();

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  cwd = mkdtempSync(join(tmpdir(), 'wc-a11y-'));
  // Hundreds of checks in a minute: the per-client rate limit is off for this one client.
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
  };
  browser = await launchBrowser();
  ctx = await browser.newContext({ viewport: PHONE });
  front = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://front').pathname;
    if (path === '/__axe.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=3600' });
      return void res.end(AXE);
    }
    const d = docs.get(path);
    if (d) {
      res.writeHead(d.status, d.headers);
      return void res.end(d.body);
    }
    // A new connection each time (agent: false): a kept-alive one the server closes as idle (5 s)
    // just as it is reused fails the request, which Node, unlike a browser, does not retry.
    const up = request(`${server.url}${req.url}`, { method: req.method, headers: req.headers, agent: false }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
  site = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  tabs = [];
  for (let i = 0; i < TABS; i++) {
    const page = await ctx.newPage();
    tabs.push({ page, cdp: await ctx.newCDPSession(page) });
  }
}, 180_000);

afterAll(async () => {
  console.log(`a11y matrix: ${loads} page loads, ${audited} documents audited by axe at ${WIDTHS.length} widths`);
  await browser?.close();
  await new Promise((r) => (front ? front.close(r) : r(undefined)));
  await server?.stop();
  rmSync(cwd, { recursive: true, force: true });
});

/** Ask the server once and keep its answer under /__a11y/<lang>/<name>. */
async function render(lang: string, name: string, req: { path: string; form?: Record<string, string> }): Promise<string> {
  const res = await fetch(`${server.url}${req.path}`, req.form ? { method: 'POST', body: new URLSearchParams(req.form) } : {});
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date'].includes(k)) headers[k] = v;
  });
  const path = `/__a11y/${lang}/${name}`;
  docs.set(path, { status: res.status, body: await res.text(), headers });
  return path;
}

interface Doc {
  name: string;
  path: string;
  /** Only with JavaScript (a code in the address checked by the script), or only without. */
  js?: boolean;
  fragment?: string;
  /** What the loaded document must be (checked before axe runs). */
  check: (page: Page, js: boolean) => Promise<void>;
}

async function axe(page: Page): Promise<string[]> {
  return page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run: (d: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown; failureSummary?: string }> }> }> };
        }
      ).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`)),
    TAGS,
  );
}

/**
 * One document in one tab: load it with scripts on or off, check it is what it should be, run axe
 * at both widths and measure 320 px. Returns what failed, labelled (an empty list when all is well).
 * `twin`: what the same document looked like in the other mode. A server page that the script
 * leaves alone renders the very same DOM, text and layout with JS on as off; axe's result is a
 * function of those, so an identical twin (checked here, not assumed) is not audited twice.
 */
async function audit(tab: { page: Page; cdp: CDPSession }, lang: string, doc: Doc, js: boolean, twin?: string): Promise<{ failed: string[]; print: string }> {
  const { page, cdp } = tab;
  const label = `${lang} ${doc.name} JS ${js ? 'on' : 'off'}`;
  await page.setViewportSize(PHONE);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: !js });
  try {
    // A tab that last showed this very address (the same code after #, loaded with JS off) would
    // only scroll to the fragment, not load a new document, and the script would never run: a new
    // document every time.
    if (doc.fragment) await page.goto('about:blank');
    await page.goto(`${site}${doc.path}${doc.fragment ? `#${doc.fragment}` : ''}`, { waitUntil: 'load' });
    await doc.check(page, js);
  } finally {
    if (!js) await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
  }
  // <noscript> serialises alike in both modes but renders only without JS: the rendered text and
  // height tell the two apart.
  const print = await page.evaluate(() => `${document.documentElement.outerHTML}\0${document.body.innerText}\0${document.documentElement.scrollHeight}`);
  if (print === twin) return { failed: [], print };
  await page.addScriptTag({ url: '/__axe.js' });
  const failed: string[] = [];
  for (const [name, size] of WIDTHS) {
    await page.setViewportSize(size);
    for (const v of await axe(page)) failed.push(`${label} @${name}: ${v}`);
  }
  await page.setViewportSize(NARROW);
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  if (scroll > width) failed.push(`${label}: horizontal scrolling at 320 px (${scroll} > ${width})`);
  audited++;
  return { failed, print };
}

/** Documents audited by axe, and loads in all: the matrix's size, printed at the end. */
let audited = 0;
let loads = 0;

/** Run `work` on every item, each free tab taking the next one; what failed, for all items. */
async function inTabs<T>(items: readonly T[], work: (tab: { page: Page; cdp: CDPSession }, item: T) => Promise<string[]>): Promise<string[]> {
  const queue = [...items];
  const failed: string[] = [];
  await Promise.all(
    tabs.map(async (tab) => {
      // A failed check ends that item only: the tab goes on, so no tab is still busy after the test.
      for (let item = queue.shift(); item !== undefined; item = queue.shift())
        failed.push(...(await work(tab, item).catch((e: Error) => [`${JSON.stringify(item)}: ${e.message}`])));
    }),
  );
  return failed;
}

const firstHeading = (page: Page) => page.evaluate(() => document.querySelector('main :is(h1,h2,h3,h4,h5,h6)')?.id);

/** Every page of one language, asked of the server once each. */
async function documents(lang: string): Promise<Doc[]> {
  const t = CATALOGS[lang]!;
  const isLang = async (page: Page) => expect(await page.getAttribute('html', 'lang'), lang).toBe(lang);
  const home = await render(lang, 'home', { path: `/?lang=${lang}` });
  const list: Doc[] = [
    {
      name: 'home',
      path: home,
      check: async (page, js) => {
        await isLang(page);
        // The form on a phone's first screen, whatever the language.
        const button = (await page.locator('button[type=submit]').boundingBox())!;
        expect(button.y + button.height, `${lang}: the form on the first screen of a 390×844 phone`).toBeLessThanOrEqual(PHONE.height);
        if (!js) await page.screenshot({ path: join(OUT, `${lang}-home-phone.png`) });
      },
    },
    {
      // Without JavaScript the first screen asks for the code after # just above the form.
      name: 'home with a code in the address',
      path: home,
      js: false,
      fragment: inputs.genuine,
      check: async (page) => {
        const hint = (await page.locator('#fragment').boundingBox())!;
        const area = (await page.locator('textarea#input').boundingBox())!;
        const button = (await page.locator('button[type=submit]').boundingBox())!;
        expect(hint.y + hint.height, `${lang}: the # hint above the form`).toBeLessThanOrEqual(area.y);
        expect(button.y + button.height, `${lang}: hint and form on the first screen`).toBeLessThanOrEqual(PHONE.height);
        expect(await page.innerHTML('#local-result')).toBe(''); // app.js never ran
      },
    },
    { name: 'API page', path: await render(lang, 'api', { path: `/api?lang=${lang}` }), check: isLang },
    {
      name: 'error page (empty input)',
      path: await render(lang, 'error', { path: '/verify', form: { input: ' ', lang } }),
      check: async (page) => {
        await isLang(page);
        expect(await page.getAttribute('#verdict', 'data-error')).toBe('WC_INPUT_EMPTY');
      },
    },
    {
      name: 'not found page',
      path: await render(lang, 'not-found', { path: `/no-such-page?lang=${lang}` }),
      check: async (page) => {
        await isLang(page);
        expect(await page.getAttribute('#verdict', 'data-error')).toBe('WC_NOT_FOUND');
      },
    },
  ];
  // With JavaScript a code in the home page's address is checked in the browser: its verdict box
  // (genuine, revoked, unknown, mistyped) is the script's own rendering.
  for (const v of ['genuine', 'revoked', 'unknown', 'mistyped'] as const) {
    list.push({
      name: `home, ${v} code in the address checked by the script`,
      path: home,
      js: true,
      fragment: inputs[v],
      check: async (page) => {
        // Any verdict box first, then which: an error box (a failed look-up, say) fails at once and
        // names itself instead of waiting out the time limit. The check takes 0.2-1.1 s beside two
        // tabs running axe on a machine loaded to 17; the limit leaves a full test run room.
        const box = page.locator('#local-result #verdict');
        await box.waitFor({ timeout: 60_000 });
        expect((await box.getAttribute('data-verdict')) ?? (await box.getAttribute('data-error')), `${lang}: the script's verdict`).toBe(v);
        expect(await page.isVisible('#fragment')).toBe(false);
        expect(await page.evaluate(() => document.activeElement?.id), `${lang}: focus on the verdict`).toBe('verdict');
      },
    });
  }
  for (const [want, input] of Object.entries(byVerdict)) {
    list.push({
      name: `${want} verdict`,
      path: await render(lang, want, { path: '/verify', form: { input, lang } }),
      check: async (page, js) => {
        await isLang(page);
        expect(await page.getAttribute('main #verdict', 'data-verdict'), `${lang} ${want}`).toBe(want);
        // On a result page the verdict is the first heading.
        expect(await firstHeading(page)).toBe('verdict');
        if (want === 'scam') {
          expect(await page.textContent('main #verdict')).toBe(t.verdict.names.scam);
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          expect(height, `${lang}: the scam verdict's height on a phone`).toBeLessThanOrEqual(SCAM_MAX_HEIGHT);
          if (!js) {
            await page.screenshot({ path: join(OUT, `${lang}-scam-phone.png`), fullPage: true });
            await page.screenshot({ path: join(OUT, `${lang}-scam-phone-first-screen.png`) });
          }
        }
      },
    });
  }
  return list;
}

describe('accessibility in every language (axe-core, WCAG 2.2 AA)', () => {
  it('the matrix holds a page for every verdict', () => {
    expect(Object.keys(byVerdict).sort()).toEqual([...VERDICTS].sort());
  });
  for (const lang of Object.keys(CATALOGS)) {
    it(`${lang}: home, API, every verdict and error page; JS on and off; phone and desktop; 320 px`, async () => {
      // A document's two modes in one tab, one after the other: the second knows the first's print.
      const failed = await inTabs(await documents(lang), async (tab, d) => {
        const out: string[] = [];
        let twin: string | undefined;
        for (const js of [false, true].filter((m) => d.js === undefined || d.js === m)) {
          loads++;
          const r = await audit(tab, lang, d, js, twin).catch((e: Error) => ({
            failed: [`${lang} ${d.name} JS ${js ? 'on' : 'off'}: ${e.message}`],
            print: undefined,
          }));
          out.push(...r.failed);
          twin = r.print;
        }
        return out;
      });
      expect(failed).toEqual([]);
    }, 180_000);
  }
});

describe('keyboard and focus, in every language', () => {
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

  /** Run `act` in the tab with scripts on or off and wait until the document it leads to has loaded. */
  async function loaded(tab: { page: Page; cdp: CDPSession }, js: boolean, act: () => Promise<unknown>): Promise<void> {
    await tab.cdp.send('Emulation.setScriptExecutionDisabled', { value: !js });
    try {
      const committed = tab.page.waitForEvent('framenavigated', (f) => f === tab.page.mainFrame());
      await act();
      await committed;
      await tab.page.waitForLoadState('load');
    } finally {
      if (!js) await tab.cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
    }
  }

  async function keyboard(tab: { page: Page; cdp: CDPSession }, lang: string, js: boolean): Promise<string[]> {
    const { page } = tab;
    const t = CATALOGS[lang]!;
    const active = () =>
      page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id, text: document.activeElement?.textContent?.trim() }));
    await page.setViewportSize(PHONE);
    await loaded(tab, js, () => page.goto(`${site}/?lang=${lang}`));
    await page.keyboard.press('Tab');
    expect((await active()).text, lang).toBe(t.skipToForm);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect((await active()).id, lang).toBe('input');
    await page.keyboard.type(inputs.genuine);
    await page.keyboard.press('Tab');
    expect((await active()).tag, lang).toBe('BUTTON');
    await loaded(tab, js, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).pathname).toBe('/verify');
    await page.keyboard.press('Tab');
    expect((await active()).text, lang).toBe(t.skipToResult);
    await page.keyboard.press('Enter');
    expect(await active(), lang).toMatchObject({ id: 'verdict', text: t.verdict.names.genuine });
    return [];
  }

  /** Tab through a scam verdict (every kind of focusable element is there) and measure each ring. */
  async function focusRings(tab: { page: Page; cdp: CDPSession }, lang: string): Promise<string[]> {
    const { page } = tab;
    await page.setViewportSize(DESKTOP);
    await loaded(tab, false, () => page.goto(`${site}/__a11y/${lang}/scam`));
    // Open the folds so that what they hold is reachable too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const seen: string[] = [];
    const failed: string[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const s = getComputedStyle(el);
        // The ring sits outside the element (outline-offset): behind it is the parent's background.
        let bg = 'rgba(0, 0, 0, 0)';
        for (let p = el.parentElement; p && /rgba\(.*, 0\)$|transparent/.test(bg); p = p.parentElement) bg = getComputedStyle(p).backgroundColor;
        return {
          what: `${el.tagName}.${el.className}#${el.id}`,
          style: s.outlineStyle,
          width: parseFloat(s.outlineWidth),
          color: s.outlineColor,
          bg: /rgba\(.*, 0\)$/.test(bg) ? 'rgb(255, 255, 255)' : bg,
        };
      });
      if (!ring) break;
      seen.push(ring.what);
      if (ring.style === 'none' || ring.width < 2 || contrast(ring.color, ring.bg) < 3)
        failed.push(`${lang} ${ring.what}: ${ring.style} ${ring.width}px ${ring.color} on ${ring.bg}`);
    }
    // The walk went through the page: skip link, language choice, links, the help list, the form.
    for (const kind of ['A.skip', 'SUMMARY', 'A.', 'TEXTAREA', 'BUTTON'])
      if (!seen.some((w) => w.startsWith(kind))) failed.push(`${lang}: no ${kind} reached by Tab`);
    return failed;
  }

  it('keyboard only, every language, JS on and off: skip to the form, type a code, submit, skip to the verdict', async () => {
    const jobs = Object.keys(CATALOGS).flatMap((lang) => [false, true].map((js) => ({ lang, js })));
    expect(await inTabs(jobs, (tab, { lang, js }) => keyboard(tab, lang, js))).toEqual([]);
  }, 180_000);

  it('every language: every focusable element shows a focus ring of at least 3:1 against what is behind it', async () => {
    // The scam pages were rendered by the matrix above; a run of this test alone renders them here.
    for (const lang of Object.keys(CATALOGS))
      if (!docs.has(`/__a11y/${lang}/scam`)) await render(lang, 'scam', { path: '/verify', form: { input: inputs.scam, lang } });
    expect(await inTabs(Object.keys(CATALOGS), focusRings)).toEqual([]);
  }, 180_000);
});
