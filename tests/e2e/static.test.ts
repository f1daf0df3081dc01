// The static verifier `warncheck publish` writes, served by Debian's nginx with the mirror
// configuration docs/DEPLOY.md shows (no service behind it), opened in a real Chromium: with
// JavaScript a code in the address or typed is checked in the browser against the published files
// only; without it the page says so and points to the full service; a byte flipped in a published
// bucket or in the checkpoint is refused, never read as genuine.
import { launchBrowser } from '../helpers/browser.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemo } from '../../src/demo/ensure.js';
import { base64urlDecode, base64urlEncode, utf8Decode } from '../../src/core/bytes.js';
import { codeHashHex, normalizeCode } from '../../src/core/code.js';
import { decodeCompactJws } from '../../src/core/jws.js';
import { TRUST_MAX_JWS } from '../../src/core/trust.js';
import { bucketName, bucketOfHex, decodeRangeAnswer, rangeBits } from '../../src/core/range.js';
import { parseStatement } from '../../src/core/statement.js';
import { CATALOGS } from '../../src/web/i18n/index.js';
import type { DemoInputs } from '../../src/service/types.js';
import { run } from '../helpers/cli.js';
import { startNginxMirror, type Nginx } from '../helpers/nginx.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let base: string;
let inputs: DemoInputs;
let nginx: Nginx;
let browser: Browser;
let fullService: string;
let rootKey: string;
const site = () => join(base, 'site');
const size = () => Number(readFileSync(join(site(), 'log/checkpoint'), 'utf8').split('\n')[1]);

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'wc-static-'));
  inputs = await makeDemo({ keysDir: join(base, 'keys'), dataDir: join(base, 'data'), now: Date.now(), perTemplate: 20 });
  // A rotated root: the pages pin the first one and follow the published hand-over to the next.
  const rr = await run(['rotate-root', '--keys', join(base, 'keys'), '--data', join(base, 'data')]);
  expect(rr.code, rr.stderr).toBe(0);
  const pub = await run(['publish', '--data', join(base, 'data'), '--out', site()]);
  expect(pub.code, pub.stderr).toBe(0);
  fullService = JSON.parse(
    utf8Decode(decodeCompactJws(readFileSync(join(site(), '.well-known/warncheck-trust.jws'), 'utf8').trim(), TRUST_MAX_JWS).payload),
  ).site;
  rootKey = JSON.parse(readFileSync(join(base, 'data/root.pub.jwk'), 'utf8')).x;
  nginx = await startNginxMirror(site(), join(base, 'nginx'));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  rmSync(base, { recursive: true, force: true });
});

/** A fresh context (an empty cache: a changed file is fetched anew) recording every request. */
async function open(js: boolean): Promise<{ ctx: BrowserContext; requests: Array<{ url: string; method: string }> }> {
  const ctx = await browser.newContext({ javaScriptEnabled: js, locale: 'en-GB' });
  const requests: Array<{ url: string; method: string }> = [];
  ctx.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  return { ctx, requests };
}

/** Open `path` and read the browser's verdict (or its error code). */
async function verdictAt(ctx: BrowserContext, path: string): Promise<string> {
  const page = await ctx.newPage();
  await page.goto(`${nginx.url}${path}`);
  const v = page.locator('#local-result #verdict');
  await v.waitFor({ timeout: 20_000 });
  const out = (await v.getAttribute('data-verdict')) ?? (await v.getAttribute('data-error')) ?? '';
  await page.close();
  return out;
}

describe('the published static verifier on nginx', () => {
  it('has a home page per language, linking the static pages, pinning the root key, with no form to post', async () => {
    const langs = Object.keys(CATALOGS);
    expect(langs.length).toBeGreaterThanOrEqual(2);
    const pages: Record<string, string> = {};
    for (const lang of langs) {
      const r = await fetch(`${nginx.url}/${lang}/`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
      pages[lang] = await r.text();
      const p = pages[lang]!;
      expect(p).toContain(`<html lang="${lang}">`);
      expect(p).toContain(`<meta name="warncheck-root" content="${rootKey}">`);
      expect(p).toContain('<script type="module" src="/static/app.js"></script>');
      for (const other of langs) expect(p).toContain(`href="/${other}/" hreflang="${other}"`);
      expect(p).not.toMatch(/href="[^"]*\?lang=[^"]*" hreflang/);
      expect(p).not.toMatch(/method="post"|action="\/verify"/);
      expect(p).toContain(`<a href="${fullService}">`);
    }
    // After a root rotation the script follows the hand-overs from the root it pins.
    const handovers = await fetch(`${nginx.url}/.well-known/warncheck-root-handovers`);
    expect(handovers.status).toBe(200);
    expect(handovers.headers.get('content-type')).toMatch(/^text\/plain/);
    const chain = readFileSync(join(base, 'data/root-handovers.txt'), 'utf8');
    expect(chain.split('\n').filter(Boolean)).toHaveLength(1);
    expect(await handovers.text()).toBe(chain);
    // The site root is the English page (the default language).
    expect(await (await fetch(`${nginx.url}/`)).text()).toBe(pages['en']);
    for (const f of ['app.js', 'style.css']) {
      const r = await fetch(`${nginx.url}/static/${f}`);
      expect(r.status).toBe(200);
      expect(Buffer.from(await r.arrayBuffer()).equals(readFileSync(new URL(`../../dist/static/${f}`, import.meta.url)))).toBe(true);
    }
  });

  it('with JavaScript, /#<code> reads genuine, revoked and unknown; every request stays on the origin, no bucket finer than the rule', async () => {
    const { ctx, requests } = await open(true);
    expect(await verdictAt(ctx, `/#${inputs.genuine}`)).toBe('genuine');
    expect(await verdictAt(ctx, `/#${inputs.revoked}`)).toBe('revoked');
    expect(await verdictAt(ctx, `/#${inputs.unknown}`)).toBe('unknown');
    // In Norwegian on the Norwegian page.
    const nb = await ctx.newPage();
    await nb.goto(`${nginx.url}/nb/#${inputs.genuine}`);
    await nb.locator('#local-result #verdict[data-verdict="genuine"]').waitFor({ timeout: 20_000 });
    expect(await nb.textContent('#local-result #verdict')).toBe(CATALOGS['nb']!.verdict.names.genuine);
    await nb.close();
    await ctx.close();
    // The printed address /#<code> in a Norwegian browser: the Norwegian page, the code kept.
    const fetched = requests.filter((r) => r.url.includes('/api/v1/range/')).length;
    expect(fetched).toBe(4);
    const nbCtx = await browser.newContext({ locale: 'nb-NO' });
    nbCtx.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
    const moved = await nbCtx.newPage();
    await moved.goto(`${nginx.url}/#${inputs.genuine}`);
    await moved.locator('#local-result #verdict[data-verdict="genuine"]').waitFor({ timeout: 20_000 });
    expect(moved.url()).toBe(`${nginx.url}/nb/#${inputs.genuine}`);
    expect(await moved.getAttribute('html', 'lang')).toBe('nb');
    // One bucket fetched, on the Norwegian page only (the English one moved on before checking).
    expect(requests.filter((r) => r.url.includes('/api/v1/range/')).length).toBe(fetched + 1);
    await nbCtx.close();

    const origin = new URL(nginx.url).origin;
    const strip = (c: string) => c.replace(/-/g, '').toLowerCase();
    for (const r of requests) {
      expect(new URL(r.url).origin).toBe(origin);
      expect(r.method).toBe('GET');
      const path = new URL(r.url).pathname + new URL(r.url).search;
      for (const c of [inputs.genuine, inputs.revoked, inputs.unknown]) expect(strip(path)).not.toContain(strip(c));
    }
    const bits = rangeBits(size());
    const lookups = requests.map((r) => new URL(r.url).pathname).filter((p) => p.startsWith('/api/v1/range/'));
    expect(lookups.length).toBe(5);
    for (const p of lookups) {
      const [b, name] = p.split('/').slice(4);
      expect(Number(b)).toBe(bits);
      expect(name).toHaveLength(Math.max(1, Math.ceil(bits / 4)));
    }
    // The trust list is signed by the rotated root: the pinned one was followed through the hand-over.
    expect(requests.some((r) => r.url.endsWith('/.well-known/warncheck-root-handovers'))).toBe(true);
    // Its proof comes with the bucket, against the signed checkpoint: no tile is read.
    expect(requests.some((r) => r.url.includes('/log/tile/'))).toBe(false);
  });

  it('with JavaScript, a typed code is checked in the browser; a whole text is sent nowhere and points to the full service', async () => {
    const { ctx, requests } = await open(true);
    const page = await ctx.newPage();
    await page.goto(`${nginx.url}/`);
    expect(await page.isVisible('form#static-check')).toBe(true);
    await page.fill('textarea#input', inputs.genuine);
    await page.click('button[type=submit]');
    await page.locator('#local-result #verdict[data-verdict="genuine"]').waitFor({ timeout: 20_000 });
    expect(page.url()).toBe(`${nginx.url}/`);
    await page.fill('textarea#input', inputs.mistyped);
    await page.click('button[type=submit]');
    await page.locator('#local-result #verdict[data-verdict="mistyped"]').waitFor({ timeout: 20_000 });
    const before = requests.length;
    await page.fill('textarea#input', inputs.scam);
    await page.click('button[type=submit]');
    await page.locator('#local-result #codes-only').waitFor({ timeout: 20_000 });
    expect(await page.getAttribute('#local-result #codes-only a', 'href')).toBe(fullService);
    expect(requests.length).toBe(before);
    expect(page.url()).toBe(`${nginx.url}/`);
    expect(requests.every((r) => r.method === 'GET' && new URL(r.url).origin === new URL(nginx.url).origin)).toBe(true);
    await ctx.close();
  });

  it('without JavaScript, the page says it needs JavaScript, links the full service, and offers no form', async () => {
    const { ctx, requests } = await open(false);
    const page = await ctx.newPage();
    await page.goto(`${nginx.url}/#${inputs.genuine}`);
    expect(await page.isVisible('#needs-script')).toBe(true);
    expect(await page.textContent('#needs-script')).toContain('needs JavaScript');
    expect(await page.getAttribute('#needs-script a', 'href')).toBe(fullService);
    expect(await page.isVisible('form#static-check')).toBe(false);
    expect(await page.innerHTML('#local-result')).toBe('');
    await ctx.close();
    expect(requests.some((r) => r.url.includes('/api/v1/range/'))).toBe(false);
    for (const r of requests) expect(new URL(r.url).origin).toBe(new URL(nginx.url).origin);
  });

  it('every language page passes axe-core (WCAG 2.2 AA), without JavaScript and with a checked code', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    // axe comes as a same-origin script (the pages' CSP allows no other); run only to check.
    await ctx.route('**/__axe.js', (r) => r.fulfill({ body: AXE, contentType: 'text/javascript; charset=utf-8' }));
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    const axe = async (label: string) => {
      await page.addScriptTag({ url: '/__axe.js' });
      const violations = await page.evaluate(() =>
        (
          window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }
        ).axe
          .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] })
          .then((r) => r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)),
      );
      expect(violations, label).toEqual([]);
    };
    for (const lang of Object.keys(CATALOGS)) {
      // Scripts off while the page loads (the noscript text shows), on again only for axe.
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await page.goto(`${nginx.url}/${lang}/`);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
      expect(await page.isVisible('#needs-script'), lang).toBe(true);
      await axe(`${lang}, JS off`);
      await page.goto('about:blank'); // a new document: its script runs this time
      await page.goto(`${nginx.url}/${lang}/#${inputs.revoked}`);
      await page.locator('#local-result #verdict[data-verdict="revoked"]').waitFor({ timeout: 20_000 });
      await axe(`${lang}, JS on, revoked`);
      await page.goto('about:blank');
    }
    await ctx.close();
    // 32 axe runs and 16 browser checks: more than the default 30 s on a loaded machine, or while
    // tests/e2e/a11y.test.ts runs its matrix beside it.
  }, 180_000);

  /** Flip one byte of a published file, read the browser's verdict on the genuine code, restore. */
  async function tampered(file: string, at: (b: Buffer) => number): Promise<string> {
    const good = readFileSync(file);
    const bad = Buffer.from(good);
    bad[at(good)]! ^= 0x04;
    writeFileSync(file, bad);
    try {
      const { ctx } = await open(true);
      const v = await verdictAt(ctx, `/#${inputs.genuine}`);
      await ctx.close();
      return v;
    } finally {
      writeFileSync(file, good);
    }
  }

  it('a byte flipped in the genuine code’s bucket or in the checkpoint makes the browser check refuse', async () => {
    const bits = rangeBits(size());
    const hash = codeHashHex(normalizeCode(inputs.genuine)!);
    const bucket = join(site(), 'api/v1/range', String(bits), bucketName(bucketOfHex(hash, bits), bits));
    // In the statement's signature: the signature check fails.
    const signature = (b: Buffer) => {
      const jws = decodeRangeAnswer(new Uint8Array(b)).entries.find((e) => parseStatement(e.jws).codeHashHex === hash)!.jws;
      const at = b.indexOf(Buffer.from(base64urlDecode(jws.split('.')[2]!)));
      expect(at).toBeGreaterThan(0);
      return at + 10;
    };
    expect(await tampered(bucket, signature)).toBe('forged');
    // In the statement's code hash: the statement no longer names the code, and the answer no
    // longer reaches the signed root, so it is refused, never read as "not issued".
    const named = await tampered(bucket, (b) => {
      const at = b.indexOf(Buffer.from(`"code_hash":"${base64urlEncode(Buffer.from(hash, 'hex'))}"`));
      expect(at).toBeGreaterThan(0);
      return at + 16;
    });
    expect(named.startsWith('WC_'), named).toBe(true);
    // Anywhere else (lengths, proof, padding): refused one way or another, never genuine.
    for (const frac of [0.05, 0.5, 0.97]) {
      const v = await tampered(bucket, (b) => Math.floor(b.length * frac));
      expect(v === 'forged' || v.startsWith('WC_'), `${frac}: ${v}`).toBe(true);
    }
    // The checkpoint's root hash: its signature no longer holds.
    const v = await tampered(join(site(), 'log/checkpoint'), (b) => b.indexOf('\n', b.indexOf('\n') + 1) + 5);
    expect(v.startsWith('WC_'), v).toBe(true);
    // Restored: genuine again.
    const { ctx } = await open(true);
    expect(await verdictAt(ctx, `/#${inputs.genuine}`)).toBe('genuine');
    await ctx.close();
  });
});
