// The pages read in a text browser: each is rendered by Debian's w3m (installed by .ci/run when
// missing) and the text is checked for what a reader needs, in reading order, in every language.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { CATALOGS } from '../../src/web/i18n/index.js';
import { demoFixture, form, FORM, type DemoFixture } from '../helpers/server.js';

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

function w3m(html: string): string {
  const r = spawnSync('w3m', ['-dump', '-T', 'text/html', '-cols', '72', '-I', 'UTF-8', '-O', 'UTF-8'], { input: html, encoding: 'utf8' });
  if (r.error) throw new Error(`w3m is needed for this test (Debian: apt-get install w3m; .ci/run installs it): ${r.error.message}`);
  expect(r.status).toBe(0);
  return r.stdout;
}

/** Each string appears, in this order. */
function inOrder(text: string, parts: string[]): void {
  const flat = text.replace(/\s+/g, ' ');
  let at = 0;
  for (const p of parts) {
    const i = flat.indexOf(p.replace(/\s+/g, ' '), at);
    expect(i, `"${p}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = i + p.length;
  }
}

describe('pages in a text browser (w3m)', () => {
  for (const [lang, t] of Object.entries(CATALOGS)) {
    it(`${lang}: home, scam verdict and API page read in order, with no markup left`, async () => {
      const home = w3m((await app.inject({ url: `/?lang=${lang}` })).body);
      // The form first (label, button), then the facts; every language offered by name.
      inOrder(home, [t.home.title, t.home.inputLabel, t.home.submit, t.home.genuineTitle, t.home.neverTitle]);
      for (const c of Object.values(CATALOGS)) expect(home).toContain(c.languageName);

      const scam = (await app.inject({ method: 'POST', url: '/verify', headers: FORM, payload: form({ input: fx.inputs.scam, lang }) })).body;
      const text = w3m(scam);
      // The verdict first, with where to report; then the marked message and its legend; then help.
      inOrder(text, [
        t.verdict.names.scam,
        t.verdict.explain.scam,
        t.help.kinds['report-scam']!,
        t.verdict.markedTitle,
        t.errors.WC_SIGN_FINE!,
        t.verdict.findingsTitle,
        t.help.title,
      ]);
      // Each mark keeps its number in plain text (the highlight itself is colour only).
      expect(text).toMatch(/pay a fine\^\d+/);
      // The header's parts stay apart.
      expect(text).toContain(`${t.siteName} ${t.tagline}`);

      const api = w3m((await app.inject({ url: `/api?lang=${lang}` })).body);
      inOrder(api, [t.api.title, t.api.intro, 'POST /api/v1/verify', t.api.messages]);

      for (const out of [home, text, api]) expect(out).not.toMatch(/<\/?(?:div|section|span|p|h[1-6]|details|summary|mark|sup)\b/);
    });
  }
});
