// Real browser (issue 11): the page for a mail that only claims to come from the police never reads
// as harmless. Same setup as browser.test.ts (playwright-core + @sparticuz/chromium, real server
// process), JavaScript off (Tor Browser "Safest").
import { launchBrowser } from '../helpers/browser.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../helpers/spawn.js';

let server: Served;
let browser: Browser;
let cwd: string;

beforeAll(async () => {
  cwd = mkdtempSync(join(tmpdir(), 'wc-e2e-claim-'));
  server = await serve([], { cwd });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(cwd, { recursive: true, force: true });
});

describe('browser: a police claim with nothing else', () => {
  it('reads "Not a police warning", says where genuine warnings appear, and marks the claim', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const page = await ctx.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('textarea#input', 'Dear citizen, this is Europol writing to you about your computer.');
    await Promise.all([page.waitForURL(`${server.url}/verify`), page.click('button[type=submit]')]);
    expect(await page.getAttribute('#verdict', 'data-verdict')).toBe('not-a-warning');
    const status = (await page.textContent('[role=status]')) ?? '';
    expect(status).toContain('Not a police warning');
    expect(status).toContain('only appear inside a file you downloaded yourself');
    expect(status).not.toMatch(/no sign of fraud/i);
    expect(await page.textContent('mark[data-code="WC_SIGN_AUTHORITY"]')).toBe('Europol');
    await ctx.close();
  });
});
