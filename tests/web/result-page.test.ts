// A result page in the reader's country and kept short: the verdict box's report (or help) link
// comes from the reader's country (the issuer of a genuine code; for a scam, which copies codes
// from anywhere, the country of the page's language first); the long list of every country's
// services, the copied code's genuine text and its particulars are folded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { demoFixture, form, FORM, type DemoFixture } from '../helpers/server.js';

let fx: DemoFixture;
let app: FastifyInstance;

beforeAll(async () => {
  fx = await demoFixture(2);
  app = await fx.app();
  await app.ready();
});
afterAll(async () => {
  await app.close();
  fx.cleanup();
});

async function page(input: string, lang: string): Promise<string> {
  return (await app.inject({ method: 'POST', url: '/verify', headers: FORM, payload: form({ input, lang }) })).body;
}
const box = (body: string) => body.slice(body.indexOf('<div class="verdict'), body.indexOf('</div>', body.indexOf('<div class="verdict')));
const boxLink = (body: string) => /<a href="([^"]+)" rel="noreferrer noopener" data-kind="([a-z-]+)">/.exec(box(body))?.slice(1);
const help = (body: string) => body.slice(body.indexOf('id="help"'), body.indexOf('</section>', body.indexOf('id="help"')));
/** The help section's links outside its fold, i.e. in view. */
const helpInView = (body: string) =>
  [
    ...help(body)
      .replace(/<details[\s\S]*?<\/details>/g, '')
      .matchAll(/<a href="([^"]+)"/g),
  ].map((m) => m[1]);

describe("the verdict box carries the reader's country's link", () => {
  const service = (country: string, kind: string, lang?: string) =>
    fx.data.help.filter((h) => h.country === country && h.kind === kind).find((h) => !lang || h.lang === lang) ??
    fx.data.help.find((h) => h.country === country && h.kind === kind)!;

  it("a scam read in French: France's report service, though the mail copies a Norwegian code", async () => {
    const body = await page(fx.inputs.scam, 'fr');
    expect(boxLink(body)).toEqual([service('FR', 'report-scam', 'fr').url, 'report-scam']);
    expect(service('FR', 'report-scam').url).not.toBe(service('NO', 'report-scam').url);
    // The help section shows France's services, the other countries' are folded.
    const inView = helpInView(body);
    expect(inView.length).toBeGreaterThan(0);
    for (const url of inView) expect(fx.data.help.filter((h) => h.url === url).map((h) => h.country)).toContain('FR');
    expect(help(body)).toMatch(/<details class="more-help"><summary>[^<]+ \(\d+\)<\/summary><ul class="help">/);
  });

  it("a genuine Norwegian warning read in French: Norway's help service (the issuer's), not France's", async () => {
    const body = await page(fx.inputs.genuine, 'fr');
    expect(boxLink(body)?.[1]).toBe('help');
    expect(fx.data.help.find((h) => h.url === boxLink(body)![0])!.country).toBe('NO');
  });

  it("a language whose country has no service (German): the copied code's issuer, else none", async () => {
    const body = await page(fx.inputs.scam, 'de');
    expect(boxLink(body)).toEqual([service('NO', 'report-scam').url, 'report-scam']);
    // No code, no country with a service: no link in the box, the whole list one click away.
    const nothing = await page('Message from the P0LICE cyber unit regarding your computer.', 'de');
    expect(boxLink(nothing)).toBeUndefined();
    expect(box(nothing)).toContain('href="#help"');
    expect(helpInView(nothing)).toEqual([]);
  });

  it('every participating language: the box names its own country for an unknown code', async () => {
    for (const [lang, country] of Object.entries({
      da: 'DK',
      fi: 'FI',
      fr: 'FR',
      is: 'IS',
      lv: 'LV',
      mt: 'MT',
      nb: 'NO',
      nl: 'NL',
      pt: 'PT',
      sk: 'SK',
      sl: 'SI',
      es: 'ES',
      sv: 'SE',
    })) {
      const link = boxLink(await page(fx.inputs.unknown, lang));
      expect(link?.[1], lang).toBe('report-scam');
      expect(fx.data.help.find((h) => h.url === link![0])!.country, lang).toBe(country);
    }
  });
});

describe('a long result stays short', () => {
  it("the copied code's genuine text and particulars are folded; the note that it proves nothing is not said twice", async () => {
    const body = await page(fx.inputs.scam, 'en');
    const main = body.slice(body.indexOf('<main>'));
    expect(main).toMatch(
      /<details class="genuine"><summary>The genuine warning<\/summary><blockquote class="genuine-text"[^>]*>[\s\S]*?<\/blockquote>\s*<dl class="info">[\s\S]*?<\/dl><\/details>/,
    );
    const open = main.replace(/<details[\s\S]*?<\/details>/g, '');
    expect(open).not.toContain('class="info"');
    expect(open).toContain('genuine code copied from a real police warning');
    expect(open).not.toContain('does not make the message around it genuine');
    // A genuine code on its own is not folded: its text and particulars are the answer.
    const genuine = await page(fx.inputs.genuine, 'en');
    expect(genuine.replace(/<details[\s\S]*?<\/details>/g, '')).toContain('class="info"');
    expect(genuine).toContain('does not make the message around it genuine');
  });
});

describe('French typography on the pages themselves', () => {
  it("the page's own labels (title, language choice, verdict box, check steps) space their colon as the fr catalog does", async () => {
    const fr = await page(fx.inputs.genuine, 'fr');
    const en = await page(fx.inputs.genuine, 'en');
    const own = (body: string) =>
      [/<title>[\s\S]*?<\/title>/, /<nav class="lang"[\s\S]*?<\/summary>/, /<div class="verdict[\s\S]*?<\/div>/, /<ol class="steps">[\s\S]*?<\/ol>/]
        .map((re) => re.exec(body)![0])
        .join('\n')
        // Service names come from the trust list as written (e.g. "PHAROS: ..."), not from a catalog.
        .replace(/<a [^>]*>[\s\S]*?<\/a>/g, '')
        .replace(/<[^>]+>/g, '');
    const colons = (text: string) => [...text.matchAll(/(.):/g)].map((m) => m[1]);
    expect(colons(own(fr)).length).toBeGreaterThan(3);
    expect(colons(own(fr)).filter((c) => c !== '\u202f')).toEqual([]);
    expect(colons(own(en)).filter((c) => c === '\u202f' || c === ' ')).toEqual([]);
  });
});
