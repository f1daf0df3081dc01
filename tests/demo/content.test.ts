// The demo trust-list content: every participating country has an issuer with its police's name in
// every interface language, a help service and the official place to report a fraud (each with the
// page it was taken from), and every interface language has a genuine text that verifies as
// genuine, and as altered once changed, in a real demo data directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overallVerdict } from '../../src/core/verdict.js';
import { LANGUAGES } from '../../src/core/text/lang/index.js';
import { findSigns } from '../../src/core/text/signs.js';
import { DEMO_ISSUERS, DEMO_TEMPLATES } from '../../src/demo/content.js';
import { demoTrustConfig, makeDemo } from '../../src/demo/ensure.js';
import { loadData, loadTextCheck } from '../../src/service/load.js';
import type { DemoInputs } from '../../src/service/types.js';
import { CATALOGS } from '../../src/web/i18n/index.js';

const PARTICIPATING = ['DK', 'FI', 'FR', 'IS', 'LV', 'MT', 'NL', 'NO', 'PT', 'SK', 'SI', 'ES', 'SE'];
const WORD_TELLS = LANGUAGES.flatMap((l) => l.signs['word-tell']);
const tells = (s: string): string[] => WORD_TELLS.filter((w) => s.toLowerCase().includes(w.toLowerCase()));

describe('demo issuers', () => {
  it('one issuer for each participating country, ids unique', () => {
    expect(DEMO_ISSUERS.map((i) => i.country).sort()).toEqual([...PARTICIPATING].sort());
    expect(new Set(DEMO_ISSUERS.map((i) => i.id)).size).toBe(DEMO_ISSUERS.length);
  });

  for (const i of DEMO_ISSUERS) {
    it(`${i.id}: its police's name in every interface language, with no word tell`, () => {
      for (const lang of Object.keys(CATALOGS)) expect(i.name[lang]?.trim(), `${i.id} ${lang}`).toBeTruthy();
      for (const n of Object.values(i.name)) expect(tells(n), n).toEqual([]);
    });

    it(`${i.id}: a help service and a place to report fraud, each with its public source`, () => {
      expect(i.help.some((h) => h.kind === 'help')).toBe(true);
      expect(i.help.some((h) => h.kind === 'report-scam')).toBe(true);
      for (const h of i.help) {
        expect(() => new URL(h.url), h.url).not.toThrow();
        expect(new URL(h.source).protocol, `${h.name} source`).toMatch(/^https?:$/);
      }
      expect(i.domains.length).toBeGreaterThan(0);
    });
  }

  it('the signed trust list carries name, url, kind and language of each link, not its source', () => {
    const help = demoTrustConfig().issuers.flatMap((i) => i.help);
    expect(help.length).toBe(DEMO_ISSUERS.flatMap((i) => i.help).length);
    for (const h of help)
      expect(
        Object.keys(h).every((k) => ['name', 'url', 'kind', 'lang'].includes(k)),
        JSON.stringify(h),
      ).toBe(true);
  });
});

describe('demo templates', () => {
  it('a genuine text in every interface language, each of a known issuer, with its code', () => {
    for (const lang of Object.keys(CATALOGS))
      expect(
        DEMO_TEMPLATES.some((t) => t.lang === lang),
        lang,
      ).toBe(true);
    const issuers = new Set(DEMO_ISSUERS.map((i) => i.id));
    for (const t of DEMO_TEMPLATES) {
      expect(issuers.has(t.issuer), t.id).toBe(true);
      expect(t.text, t.id).toContain('{code}');
      expect(findSigns(t.text), t.id).toEqual([]);
      expect(tells(t.text + t.title), t.id).toEqual([]);
    }
    expect(new Set(DEMO_TEMPLATES.map((t) => t.id)).size).toBe(DEMO_TEMPLATES.length);
  });

  describe('in a real demo data directory', () => {
    let base = '';
    let inputs: DemoInputs;
    let data: ReturnType<typeof loadData>;
    beforeAll(async () => {
      base = mkdtempSync(join(tmpdir(), 'wc-demo-content-'));
      inputs = await makeDemo({ keysDir: join(base, 'keys'), dataDir: join(base, 'data'), now: Date.now(), perTemplate: 2 });
      data = loadData(join(base, 'data'), { now: Date.now });
      await loadTextCheck();
    }, 120_000);
    afterAll(() => {
      data?.close();
      rmSync(base, { recursive: true, force: true });
    });

    it("no language's genuine code is the one the demo revokes", () => {
      expect(Object.values(inputs.byLanguage ?? {}).map((b) => b.genuine)).not.toContain(inputs.revoked);
    });
    for (const lang of Object.keys(CATALOGS)) {
      it(`${lang}: the genuine code is genuine and the altered text is altered`, () => {
        const mine = inputs.byLanguage?.[lang];
        expect(mine, lang).toBeDefined();
        expect(overallVerdict(data.verify(mine!.genuine).findings)).toBe('genuine');
        expect(overallVerdict(data.verify(mine!.altered).findings)).toBe('altered');
      });
    }
  });
});
