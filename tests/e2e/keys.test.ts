// The compromise drill and both rotations in a real browser (issue 13): batch A, time T, batch B,
// `revoke --key KID --at T`, then `rotate-root` and `rotate`, and batch C with the new key. The
// page pins the FIRST root (DATADIR/root.pub.jwk); the trust list is signed by the new root, so
// the browser check (JavaScript on) must follow the signed hand-over. The form (JavaScript off)
// answers the same.
import { launchBrowser } from '../helpers/browser.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { drillSetup } from '../helpers/drill.js';
import { serve, type Served } from '../helpers/spawn.js';

let server: Served;
let browser: Browser;
let base: string;
let a: string[] = [];
let b: string[] = [];
let c: string[] = [];

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'wc-e2e-keys-'));
  const d = await drillSetup(base);
  a = d.a;
  b = d.b;
  for (const args of [
    ['revoke', '--keys', d.keys, '--data', d.data, '--key', d.kid, '--reason', 'key leaked', '--at', d.t],
    ['rotate-root', '--keys', d.keys, '--data', d.data],
    ['rotate', '--keys', d.keys, '--data', d.data, '--issuer', 'no-test'],
  ]) {
    const r = await run(args);
    expect(r.code, `${args[0]}: ${r.stderr}`).toBe(0);
  }
  c = await d.batch('c');
  server = await serve(['--data', d.data, '--state', join(base, 'served.json')], { cwd: base });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(base, { recursive: true, force: true });
});

async function local(page: Page, code: string): Promise<string> {
  await page.goto(`${server.url}/#${code}`);
  await page.waitForSelector('#local-result #verdict, #local-result [data-error]', { timeout: 20_000 });
  return (await page.getAttribute('#local-result #verdict', 'data-verdict')) ?? `error ${await page.textContent('#local-result')}`;
}

async function form(page: Page, code: string): Promise<string> {
  await page.goto(`${server.url}/`);
  await page.fill('textarea#input', code);
  await Promise.all([page.waitForURL(`${server.url}/verify`), page.click('button[type=submit]')]);
  return (await page.getAttribute('#verdict', 'data-verdict')) ?? (await page.getAttribute('#verdict', 'data-error')) ?? '';
}

describe('drill and rotations in the browser', () => {
  it('JavaScript on: the browser check follows the root hand-over; A genuine with the note, B revoked, C genuine', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: true, locale: 'en-GB' });
    const requested: string[] = [];
    try {
      const page = await ctx.newPage();
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      for (const code of a) {
        expect(await local(page, code)).toBe('genuine');
        expect(await page.textContent('#local-result')).toContain('logged before that');
      }
      for (const code of b) expect(await local(page, code)).toBe('revoked');
      for (const code of c) expect(await local(page, code)).toBe('genuine');
      expect(requested).toContain('/.well-known/warncheck-root-handovers');
    } finally {
      await ctx.close();
    }
  });

  it('JavaScript off: the form answers the same', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    try {
      const page = await ctx.newPage();
      expect(await form(page, a[0]!)).toBe('genuine');
      expect(await page.textContent('body')).toContain('logged before that');
      expect(await form(page, b[0]!)).toBe('revoked');
      expect(await form(page, c[0]!)).toBe('genuine');
    } finally {
      await ctx.close();
    }
  });
});
