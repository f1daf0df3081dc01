// Lookalikes by brand (brand.ts, docs/DOMAINS.md "Brand combosquats"), on addresses that are NOT
// in the corpus, and a probe list of real domains that must never read lookalike: the official
// domains of the list, and ordinary sites whose names hold a police, court or justice word in
// another meaning (insurance "policy", Greek "polis", "justice" in non-government names).
import { describe, expect, it } from 'vitest';
import { classifyAddress } from '../../../src/core/domain/lookalike.js';
import { officialIndex } from '../../../src/core/domain/official-index.js';
import { OFFICIAL_REFERENCE } from '../../../src/core/domain/official-reference.js';

const REFERENCE = officialIndex(OFFICIAL_REFERENCE); // built once: the core keeps no memo
const classify = (input: string) => classifyAddress(input, REFERENCE);

describe('brand combosquats read lookalike and name the body imitated', () => {
  it.each([
    ['cyberpolice.com', 'combosquat', 'police'],
    ['europolhelp.live', 'combosquat', 'Europol'],
    ['interpolpolice.pro', 'combosquat', 'INTERPOL'],
    ['politie-nl.org', undefined, 'Politie (Netherlands Police)'],
    ['nlpolitie.online', 'combosquat', 'Politie (Netherlands Police)'],
    ['policja-online.pl', 'combosquat', 'Policja (Polish Police)'],
    ['secure-poliisi.com', undefined, 'Police of Finland (Poliisi)'],
    ['gendarmerie-amendes.com', 'combosquat', undefined],
    ['fbi-fraud-unit.com', 'combosquat', 'FBI (Federal Bureau of Investigation, USA)'],
    ['kriposhelp.net', 'combosquat', 'Politiet (Norwegian Police, incl. Kripos)'],
    ['amende-paiement-gouv.com', 'combosquat', undefined],
    ['justice-portal-online.com', 'combosquat', 'a court or the justice authorities'],
    ['gov.pl.sprawa-online.online', 'subdomain-embedding', 'gov.pl'],
    ['dgt.com-pago.vip', 'subdomain-embedding', 'Dirección General de Tráfico (Spain)'],
    ['www.paypal.com-secure-login.top', 'subdomain-embedding', 'paypal.com'],
    ['europolsupport.case-files.net', 'subdomain-embedding', 'Europol'],
    ['rigspolitiet.com', 'tld-swap', 'Danish Police (Politi)'],
    ['hmrc.com', 'tld-swap', 'HM Revenue & Customs (HMRC, UK)'],
    ['politie.zaak-2381.nl', 'subdomain-embedding', 'Politie (Netherlands Police)'],
    ['politi.sag-online.dk', 'subdomain-embedding', 'Danish Police (Politi)'],
    ['parking-notice-gov-ie.com', 'combosquat', 'the government of IE'],
    ['helpfrgouv.net', 'combosquat', undefined],
    ['kontrollpolitsei-ee.info', 'combosquat', 'Police and Border Guard Board (Estonia)'],
    ['politsei.ee.eu', undefined, 'Police and Border Guard Board (Estonia)'],
    ['poliisifi.com', undefined, 'Police of Finland (Poliisi)'],
  ])('%s', (input, technique, imitates) => {
    const r = classify(input);
    expect(r.verdict, input).toBe('lookalike');
    if (technique) expect(r.technique, input).toBe(technique);
    if (imitates) expect(r.imitates, input).toBe(imitates);
    expect(r.imitates, input).toBeTruthy();
  });

  it('a free-mail sender whose local part names a police body', () => {
    expect(classify('policja.cbzc@gmail.com')).toMatchObject({ verdict: 'lookalike', technique: 'free-mail' });
    expect(classify('europol.unit@outlook.com')).toMatchObject({ verdict: 'lookalike', technique: 'free-mail', imitates: 'Europol' });
    expect(classify('cyberpolizei.dienst@gmx.de')).toMatchObject({ verdict: 'lookalike', technique: 'free-mail' });
    expect(classify('police@university.edu').verdict).toBe('not-official'); // campus police on their own domain
  });
});

describe('probes: never a lookalike', () => {
  it('every official domain of the list, as a host and as a URL', () => {
    for (const o of OFFICIAL_REFERENCE) {
      for (const input of [o.domain, `https://www.${o.domain}/`]) expect(classify(input).verdict, input).toBe('official');
    }
  });

  it.each([
    // the word in another meaning
    'policybazaar.com',
    'policygenius.com',
    'www.policy-online.com',
    'insurancepolicy.co.uk',
    'polisforsakring.example',
    'theacropolismuseum.gr',
    'neapolis.gr',
    'europolis.gr',
    'akropolis.lt',
    'annapolis.gov',
    'minneapolismn.gov',
    'metropolis.com',
    'politico.com',
    'politico.eu',
    'politicaonline.it',
    'politikken.dk',
    'interpolation.com',
    'socialjustice.org',
    'justice-league.com',
    'justiceforall.org',
    'environmentaljustice.org',
    'courtyard.com',
    'tribunalcorp.com',
    'gerichtet.de',
    'amendement.fr',
    'multacom.es',
    // (politiek.nl, one edit from politie.nl, is a known edit-distance false positive: DOMAINS.md §6)
    // police-related but not imitating: unions, foundations, news, other forces under their ccTLD
    'police-foundation.org',
    'policeone.com',
    'polfed.org',
    'politiebond.nl',
    'polisforbundet.se',
    'policija.rs',
    'policija.me',
    'politia.md',
    'policie.sk',
    'polizei.bayern.de',
    'polizei.brandenburg.de',
    'politietssikkerhetstjeneste.no',
    'police-be-safe.org',
    'fedpol.admin.ch',
    // governments and their umbrellas
    'www.gov.pl',
    'x.gov.si',
    'gov.wales',
    'policia.gov.co',
    'govtech.com',
    'government-jobs.com',
    // a police word as the subdomain of a town's or campus's own domain (constructed shapes): the
    // label after it starts with a word, not with a TLD, though the PSL's default rule makes any
    // unknown word a suffix (`stadt`) and some words are new TLDs (`city`)
    'polizei.stadt-bern.ch',
    'police.ville-geneve.ch',
    'police.city-hall.com',
    'police.campus-safety.org',
    // the bare word for police as a subdomain of a town's own domain under its country's ccTLD
    'policie.ostrava.cz',
    'politie.amsterdam.nl',
    'politi.aarhus.dk',
    'polisen.stockholm.se',
  ])('%s', (input) => {
    expect(classify(input).verdict).not.toBe('lookalike');
  });
});

// Theme-word hosts (brand.ts themeWordsInLabel, docs/DOMAINS.md "Theme-word hosts"): made-up
// hosts built only from the words of a government-demand theme and kit words, and near misses.
describe('theme-word hosts read lookalike and name the kind of authority', () => {
  it.each([
    ['avis-impaye-paiement.top', 'combosquat', 'a public authority demanding a payment'],
    ['zaleglosc-oplata24.eu', 'combosquat', 'a public authority demanding a payment'],
    ['majoration-portail.click', 'combosquat', 'a public authority demanding a payment'],
    ['unpaid-notice-uk.com', 'combosquat', 'a public authority demanding a payment'],
    ['wezwanie-sprawa.com', 'combosquat', 'a court or the justice authorities'],
    // `overeni` (Czech "check") is a demand word of theme.ts's multilingual vocabulary
    ['nedoplatek-overeni.cz', 'combosquat', 'a public authority demanding a payment'],
    ['taxrefundverification.com', 'combosquat', 'a tax administration'],
    ['parking-avis-usager.fr', 'combosquat', undefined],
    ['vignette-verification.shop', 'combosquat', 'a road-toll operator'],
    ['parking-pay.top', 'combosquat', 'a traffic-fine service'],
    ['impaye-redirect.sytes.net', 'private-suffix-hosting', 'a public authority demanding a payment'],
    ['penalty-notice.example-host.com', 'subdomain-embedding', 'a public authority demanding a payment'],
    ['p3nalty-n0tice.xyz', 'combosquat', 'a public authority demanding a payment'],
    ['pcn-notice.com', 'combosquat', 'a traffic-fine service'],
  ])('%s', (input, technique, imitates) => {
    const r = classify(input);
    expect(r.verdict).toBe('lookalike');
    if (technique) expect(r.technique).toBe(technique);
    if (imitates) expect(r.imitates).toBe(imitates);
  });

  it('names the country a code token or a national ccTLD gives, through its own fine service', () => {
    const fr = classify('parking-avis-usager.fr');
    expect(fr.verdict).toBe('lookalike');
    expect(fr.entry).toBeDefined();
    expect(fr.imitates).not.toBe('a traffic-fine service');
  });

  it.each([
    // a service theme word with ordinary company (no notice, check, unpaid or official word)
    'parking-online.com',
    'taxservice.com',
    'tollfree-help.com',
    'refund-center.net',
    // a payment word with a service theme word on an ordinary TLD or a ccTLD (parking apps)
    'parkingpay.com',
    'parking-payments.de',
    // English "fine" and "penalty" in their other meanings
    'finedirect.com',
    'penalty-team.com',
    // a penalty charge notice's acronym is also a primary care network's
    'pcn-team.co.uk',
    // an enforcement word with only informational company, or with a word that is not kit
    'amende-info.fr',
    'unpaid-invoices-guide.com',
    // a town, a brand or another word among the tokens
    'parkingparis.fr',
    'avis-location.fr',
    'lyon-stationnement-avis.fr',
    // one theme word alone
    'impaye.fr',
    'majoration.com',
  ])('%s stays not-official', (input) => {
    expect(classify(input).verdict).toBe('not-official');
  });

  it('refuses a label longer than a DNS label', () => {
    expect(classifyAddress(`${'avis-impaye-'.repeat(6)}x.top`, REFERENCE).verdict).not.toBe('lookalike');
  });
});
