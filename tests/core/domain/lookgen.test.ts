// The general shapes of government phishing hosts (docs/DOMAINS.md §3 "Places and government words"
// and the theme-word additions): hand-written hosts, none of them in the corpus, that read lookalike
// since these rules, and near misses (companies, news, ordinary words) that must stay quiet.
import { describe, expect, it } from 'vitest';
import { classifyAddress } from '../../../src/core/domain/lookalike.js';
import { officialIndex } from '../../../src/core/domain/official-index.js';
import { OFFICIAL_REFERENCE } from '../../../src/core/domain/official-reference.js';
import { govWithJunk, placeGovernmentLabel } from '../../../src/core/domain/place-gov.js';

const REFERENCE = officialIndex(OFFICIAL_REFERENCE); // built once: the core keeps no memo
const classify = (input: string) => classifyAddress(input, REFERENCE);

describe('a government spelt by its place and a government word', () => {
  it.each([
    // a US state's name or code and a government word, junk letters glued on, as the registrable label
    ['texas-govq.top', 'combosquat', 'texas.gov'],
    ['floridagovx.icu', 'combosquat', 'florida.gov'],
    ['gov-oregon.xyz', 'combosquat', 'oregon.gov'],
    // the same as a label in front of a throwaway domain
    ['nhgov.qwz.cc', 'subdomain-embedding', 'nh.gov'],
    // `<name>.gov-<junk>`: the host begins with a whole .gov name
    ['georgia.gov-kqz.top', 'subdomain-embedding', 'georgia.gov'],
    ['state.gov-xk.us', 'subdomain-embedding', 'state.gov'],
    // a state's name as the wildcard label of random letters on a cheap TLD
    ['arizona.qwrt.cc', 'subdomain-embedding', 'arizona.gov'],
  ])('%s reads %s, imitating %s', (host, technique, imitates) => {
    const r = classify(host);
    expect(r.verdict).toBe('lookalike');
    expect(r.technique).toBe(technique);
    expect(r.imitates).toBe(imitates);
  });

  it.each([
    // companies and words: a government word that is the start of another word, no place, an ordinary TLD
    'portal.gov-solutions.com',
    'api.gov-data.io',
    'virginiagovernor.com',
    'co-govern.com',
    'govtech.com',
    'govx.com',
    // a state's name in front of an ordinary domain, or of a throwaway one under .com
    'texas.example-shop.com',
    'arizona.qwrt.com',
  ])('%s stays not-official', (host) => {
    expect(classify(host).verdict).toBe('not-official');
  });

  it('reads junk letters after a government word, never the start of govern…', () => {
    expect(govWithJunk('govy')).toBe('gov');
    expect(govWithJunk('gouvs')).toBe('gouv');
    expect(govWithJunk('govt')).toBe('govt');
    expect(govWithJunk('govern')).toBeNull();
    expect(govWithJunk('gouvernement')).toBeNull();
    expect(govWithJunk('gobi')).toBeNull();
    expect(placeGovernmentLabel('ohio-gov-xk')).toBe('ohio.gov');
    expect(placeGovernmentLabel('ohio-gov-extras')).toBeNull();
    expect(placeGovernmentLabel('br-govx')).toBe('gov.br');
    expect(placeGovernmentLabel('x'.repeat(64))).toBeNull();
  });
});

describe('a government namespace, a short name or a brand in other dress', () => {
  it.each([
    // a government namespace written with look-alike letters as a registrable domain
    ['qob.es', 'homoglyph-ascii', 'gob.es'],
    ['g0v.pl', 'homoglyph-ascii', 'gov.pl'],
    ['qov.uk', 'homoglyph-ascii', 'gov.uk'],
  ])('%s reads %s of %s', (host, technique, imitates) => {
    const r = classify(host);
    expect(r.verdict).toBe('lookalike');
    expect(r.technique).toBe(technique);
    expect(r.imitates).toBe(imitates);
  });

  it('reads a four-letter official name as the whole label on a cheap TLD, not under .com or a ccTLD', () => {
    const r = classify('dvla.top');
    expect(r.verdict).toBe('lookalike');
    expect(r.technique).toBe('tld-swap');
    expect(r.entry).toBe('dvla.gov.uk');
    expect(classify('dvla.com').verdict).toBe('not-official');
    expect(classify('dvla.co.uk').verdict).toBe('not-official');
  });

  it('reads a four-letter official name with consonant junk on a cheap TLD only', () => {
    expect(classify('dvlakz.xyz').entry).toBe('dvla.gov.uk');
    expect(classify('cjibxq.top').verdict).toBe('lookalike');
    expect(classify('cjibxq.com').verdict).toBe('not-official');
    expect(classify('ansra.top').verdict).toBe('not-official');
  });

  it('reads random letters in front of a brand name on a cheap TLD, as after it', () => {
    expect(classify('qxsunpass.top').entry).toBe('sunpass.com');
    expect(classify('kzezdrivema.xyz').entry).toBe('ezdrivema.com');
    expect(classify('qxsunpass.com').verdict).toBe('not-official');
  });

  it('reads a government or an official name as the first path segment on a cheap TLD', () => {
    const gov = classify('https://qwe-uslug.cfd/gov');
    expect(gov.verdict).toBe('lookalike');
    expect(gov.technique).toBe('path-embedding');
    expect(classify('https://kq7.top/ezdrivema').entry).toBe('ezdrivema.com');
    expect(classify('https://shop.com/gov').verdict).toBe('not-official');
    expect(classify('https://blog.top/government-relations').verdict).toBe('not-official');
  });

  it("reads a health insurer's name glued to its own theme's words, not a first name", () => {
    const r = classify('amelisante.com');
    expect(r.verdict).toBe('lookalike');
    expect(r.entry).toBe('ameli.fr');
    const front = classify('remboursement.amelivitale.example.ro');
    expect(front.verdict).toBe('lookalike');
    expect(front.technique).toBe('subdomain-embedding');
    expect(classify('amelie-assurance.fr').verdict).toBe('not-official');
  });
});

describe('theme-word labels: kit marks and the theme in more languages', () => {
  it.each([
    // a leading `com-` (the kits' `….com-…` root) with a parking word
    'com-parking.xin',
    'com-citations.top',
    // the e-government prefix `my` glued to a fine word, with pay
    'mybussgeld-zahlung.top',
    'myboete-betalen.top',
    // HM, the crown prefix of UK bodies, with a tax refund
    'hm-refund-tax.co.uk',
    // junk letters glued to a government word
    'amende-gouvx.com',
    // nothing but the theme's words on a cheap TLD
    'traffic-fines.top',
    'taxrefund.top',
    // Bulgarian vignette + payment; Croatian toll + payment; Czech vignette + fine; Greek tolls + payment;
    // Dutch allowances + repayment; the UK congestion charge + pay; the French taxpayer + refund
    'vinetka-plashtane.top',
    'cestarina-placanje.top',
    'znamka-pokuta.top',
    'diodia-pliromi.top',
    'toeslagen-terugbetaling.top',
    'congestion-charge-pay.top',
    'contribuable-remboursement.top',
    // Dutch additional assessment + pay; Polish overpayment + tax; Hungarian vignette + surcharge;
    // Lithuanian fine + pay; Greek refund + tax; Polish fine + `do` + payment; Romanian fine + unpaid;
    // Norwegian tax refund; English jury + duty + fine
    'naheffing-betalen.top',
    'nadplata-podatku.top',
    'matrica-potdij.top',
    'bauda-apmoketi.top',
    'epistrofi-forou.top',
    'mandat-do-zaplaty.top',
    'amenda-neplatita.top',
    'skatterefusjon.top',
    'jury-duty-fine.top',
  ])('%s reads lookalike', (host) => {
    expect(classify(host).verdict).toBe('lookalike');
  });

  it.each([
    // the same words under .com or a ccTLD, where refund agents, news and apps name themselves so
    'taxrefund.com',
    'traffic-fines.co.uk',
    'parking-fines.de',
    // the words in another meaning
    'citationmachine.net',
    'citationstyles.org',
    'ticketmaster.com',
    'trafic-info.fr',
    'hm-fashion.com',
    'myparking.com',
    'renta-coches.top',
    'jury-selection.com',
    'vehicle-registration.com',
    'naheffing-info.nl',
  ])('%s stays not-official', (host) => {
    expect(classify(host).verdict).toBe('not-official');
  });
});

describe('theme words beyond Europe, and `my` between the words', () => {
  it.each([
    'etilang-online.top',
    'denda-tilang.top',
    'pajak-kendaraan-bayar.top',
    'fotomulta-pago.top',
    'multas-pendientes.top',
    'ipva-pagar.top',
    'beacukai-pembayaran.top',
    'pay-my-toll.online',
  ])('%s reads lookalike', (host) => {
    expect(classify(host).verdict).toBe('lookalike');
  });

  it.each([
    // a pending thing, a payment word or a tax word alone anchors nothing (`pendientes` are also earrings)
    'pendientes-online.shop',
    'pagar-online.top',
    'pago-facil.com',
    'my-toll.com',
  ])('%s stays not-official', (host) => {
    expect(classify(host).verdict).toBe('not-official');
  });
});

describe('theme words with a country beyond Europe, by code or by name', () => {
  it.each(['tax-refund-au.top', 'toll-pay-sg.top', 'toll-pay-jp.top', 'refund-canada.top', 'mexico-multas.top', 'fines-india.top'])(
    '%s reads lookalike',
    (host) => {
      expect(classify(host).verdict).toBe('lookalike');
    },
  );

  it.each([
    // a country with no theme word, a company form that is also a code, a theme and a country on .com
    'canada-travel.top',
    'india-news.top',
    'toll-ag.top',
    'parking-bv.top',
    'tax-sa.top',
    'japan-toll.com',
  ])('%s stays not-official', (host) => {
    expect(classify(host).verdict).toBe('not-official');
  });
});

describe('glue words around the theme, bills and balances', () => {
  it.each(['quicktoll-pay.top', 'expressway-invoice.top', 'parking-statement.top', 'highway-billing.top', 'fast-parking-pay.top'])(
    '%s reads lookalike',
    (host) => {
      expect(classify(host).verdict).toBe('lookalike');
    },
  );

  it.each([
    // glue words add no point: a theme with glue only, or glue without a theme
    'toll-express-center.top',
    'easy-tax.com',
    'quick-check.top',
    'smart-parking.top',
    'checkpoint-pay.top',
    'highway-news.top',
  ])('%s stays not-official', (host) => {
    expect(classify(host).verdict).toBe('not-official');
  });
});

describe('a trailing -com, -net or -org token', () => {
  it.each(['parkingfine-com.xyz', 'taxrefund-com.top'])('%s reads lookalike', (host) => {
    expect(classify(host).verdict).toBe('lookalike');
  });

  it.each(['multas-com.top', 'parking-com.top', 'toll-org.top', 'taxrefund-com.com', 'tax-net.com'])('%s stays not-official', (host) => {
    expect(classify(host).verdict).toBe('not-official');
  });
});

describe('one unknown word as a hyphen token (a town, a made-up name)', () => {
  it.each(['acme-toll-notice.top', 'nimes-amende-paiement.top', 'lisboa-multa-pagamento.top'])('%s reads lookalike', (host) => {
    expect(classify(host).verdict).toBe('lookalike');
  });

  it.each([
    // one point more is asked of the rest; two unknown words stop the reading
    'lyon-parking.top',
    'joes-parking-pay.top',
    'cityhub-toll-pay.com',
    'acme-tax-notice.com',
    'acme-corp-toll-notice.top',
  ])('%s stays not-official', (host) => {
    expect(classify(host).verdict).toBe('not-official');
  });
});

describe('two-letter words that are also country codes, and advisers named after the theme', () => {
  it.each([
    // Dutch/Swedish `om`, Danish `er`, Lithuanian/Croatian `uz`, Spanish `ni`, Swedish `ar` (är), Turkish `ve`
    'om-boter.top',
    'er-erstattet.top',
    'bauda-uz.top',
    'multas-ni.top',
    'bot-ar-betald.top',
    'ceza-ve-odeme.top',
    // a lawyer's or an adviser's name: a second unknown word, or too few points on an ordinary TLD
    'kanzlei-bussgeld-check.de',
    'avocat-contravention-paiement.fr',
    'abogado-multas-recurso.es',
    'jones-parking-fine-appeal.co.uk',
  ])('%s stays not-official', (host) => {
    expect(classify(host).verdict).toBe('not-official');
  });
});
