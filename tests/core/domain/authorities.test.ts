// The authorities scammers imitate besides the police (issue 11, point 3; official-authorities.ts):
// the registry, combosquats on their names and on the words for tax, customs, bailiffs, tolls and
// government in the supported languages, and the ordinary names that must stay quiet. Every
// address here was picked for the test, none is from the corpus.
import { describe, expect, it } from 'vitest';
import { classifyAddress } from '../../../src/core/domain/lookalike.js';
import { AUTHORITIES, AUTHORITY_THEME_OF } from '../../../src/core/domain/official-authorities.js';
import { officialIndex } from '../../../src/core/domain/official-index.js';
import { OFFICIAL_REFERENCE } from '../../../src/core/domain/official-reference.js';
import { AUTHORITY_THEME_WORDS, COMMON_LABELS } from '../../../src/core/domain/words.js';

const REFERENCE = officialIndex(OFFICIAL_REFERENCE); // built once: the core keeps no memo
const classify = (input: string) => classifyAddress(input, REFERENCE);

const EU_EEA_UK_CH = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB CH'.split(' ');

describe('the registry of authorities', () => {
  it('is part of the reference list, once per domain, each with a country, a theme and an https source', () => {
    const domains = OFFICIAL_REFERENCE.map((o) => o.domain);
    expect(new Set(domains).size).toBe(domains.length);
    for (const x of AUTHORITIES) {
      expect(domains, x.domain).toContain(x.domain);
      expect(x.source, x.domain).toMatch(/^https:\/\//);
      expect(x.country, x.domain).toMatch(/^[A-Z]{2}$/);
      expect(AUTHORITY_THEME_OF.get(x.domain)).toBe(x.theme);
    }
    // The reference list carries no field the trust-list format does not know.
    for (const o of OFFICIAL_REFERENCE)
      expect(
        Object.keys(o).every((k) => ['domain', 'org', 'country', 'kind', 'email', 'source'].includes(k)),
        o.domain,
      ).toBe(true);
  });

  it('names a tax or customs administration for every EU/EEA country, the UK and Switzerland (Cyprus and Liechtenstein: under their government namespaces)', () => {
    const taxCountries = new Set([
      ...AUTHORITIES.filter((x) => x.theme === 'tax' || x.theme === 'customs').map((x) => x.country),
      ...OFFICIAL_REFERENCE.filter((o) => o.domain === 'hmrc.gov.uk').map((o) => o.country),
    ]);
    for (const cc of EU_EEA_UK_CH.filter((c) => c !== 'CY' && c !== 'LI')) expect(taxCountries.has(cc), cc).toBe(true);
  });

  it('every theme word points only to listed domains, and ordinary-word labels do not claim alone', () => {
    const listed = new Set(OFFICIAL_REFERENCE.map((o) => o.domain));
    for (const [word, t] of AUTHORITY_THEME_WORDS) for (const d of t.domains) expect(listed.has(d), `${word} → ${d}`).toBe(true);
    for (const label of ['zoll', 'skat', 'vero', 'impots', 'podatki', 'revenue', 'douane', 'toll', 'komornik'])
      expect(COMMON_LABELS.has(label), label).toBe(true);
  });

  it.each([
    'https://www.skatteverket.se/privat',
    'https://www.belastingdienst.nl/wps/wcm/connect/nl/home/home',
    'https://www.impots.gouv.fr/accueil',
    'https://www.zoll.de/DE/Home/home_node.html',
    'https://www.ameli.fr/assure',
    'https://www.digid.nl/',
    'https://www.kronofogden.se/',
    'https://www.ezpassnj.com/en/home/index.shtml',
    'https://sede.agenciatributaria.gob.es/',
    'noreply@skatteetaten.no',
  ])('%s reads official', (input) => {
    expect(classify(input).verdict).toBe('official');
  });
});

describe('state, regional and municipal government domains read official', () => {
  it.each([
    ['https://www.berlin.de/polizei/', 'berlin.de'],
    ['https://www.polizei.hamburg.de/', 'polizei.hamburg.de'],
    ['https://www.bayern.de/', 'bayern.de'],
    ['https://www.zh.ch/de/sicherheit-justiz.html', 'zh.ch'],
    ['https://www.police.vd.ch/', 'vd.ch'],
    ['https://www.vlaanderen.be/', 'vlaanderen.be'],
    ['https://web.gencat.cat/ca/inici', 'gencat.cat'],
    ['https://www.comune.genova.it/', 'comune.genova.it'],
    ['https://www.regione.lombardia.it/', 'regione.lombardia.it'],
    ['https://provincia.pisa.it/', 'provincia.pisa.it'],
  ])('%s', (input, entry) => {
    expect(classify(input)).toMatchObject({ verdict: 'official', entry });
  });

  it('a name anyone can register under an Italian geographic suffix is not official, and not a lookalike either', () => {
    expect(classify('company.pisa.it').verdict).toBe('not-official');
    // A town name is reserved only when it is a real town's: without the list of towns, not official.
    expect(classify('comune.example.cr.it').verdict).toBe('not-official');
  });
});

describe('combosquats on the authorities’ names and words read lookalike and name the body', () => {
  it.each([
    ['skatteverket-aterbetalning.com', 'Skatteverket (Swedish tax agency)'],
    ['belastingdienst-teruggave.net', 'Belastingdienst (Dutch tax and customs)'],
    ['impots-remboursement.com', 'impots.gouv.fr (DGFiP, French tax administration)'],
    ['e-podatki-zwrot.com', 'Krajowa Administracja Skarbowa: podatki.gov.pl (Polish tax)'],
    ['podatkipl.top', 'Krajowa Administracja Skarbowa: podatki.gov.pl (Polish tax)'],
    ['zollpaket.de', 'Zoll (German customs)'],
    ['douane-fr.com', 'Douane (French customs)'],
    ['douane-colis-paiement.com', 'a customs administration'],
    ['skatt-no-refund.com', 'Skatteetaten (Norwegian tax administration)'],
    ['komornik-sprawa.pl', 'Krajowa Rada Komornicza (Polish chamber of bailiffs)'],
    ['kronofogden-skuld.com', 'Kronofogden (Swedish Enforcement Authority)'],
    ['ameli-remboursement.info', 'Assurance Maladie (ameli.fr, France)'],
    ['mitid-login.com', 'MitID (Danish digital ID)'],
    ['digid-verificatie.nl', 'DigiD (Dutch digital ID)'],
    ['e-zpassxqk.top', 'E-ZPass New York (E-ZPass Group member)'],
    ['ezpassva-tolls.com', 'E-ZPass Virginia (E-ZPass Group member)'],
    ['myturnpike-payment.com', 'Pennsylvania Turnpike Commission (E-ZPass Group member)'],
    ['toll-overdue-notice.top', 'a road-toll operator'],
    ['myto-oplata.pl', 'e-TOLL (Polish electronic toll system)'],
    ['govbr-consulta.com', 'the government of BR'],
    ['gob-mx-tramites.com', 'the government of MX'],
    ['setupgovie.xyz', 'the government of IE'],
    ['komornik-gov.online', 'Krajowa Rada Komornicza (Polish chamber of bailiffs)'],
  ])('%s', (input, imitates) => {
    const r = classify(input);
    expect(r.verdict, input).toBe('lookalike');
    expect(r.imitates, input).toBe(imitates);
  });

  it('a government label in front of another host, with any country’s code', () => {
    expect(classify('gov.ng.verify-id.com')).toMatchObject({ verdict: 'lookalike', technique: 'subdomain-embedding', imitates: 'gov.ng' });
    expect(classify('gov.br-consulta.site')).toMatchObject({ verdict: 'lookalike', technique: 'subdomain-embedding', imitates: 'gov.br' });
  });

  it('a country code as a label in front names the country; a generic word as a label takes the registrable label as company', () => {
    expect(classify('uk.gov-refund.com')).toMatchObject({ verdict: 'lookalike', imitates: 'the government of UK' });
    expect(classify('de.zoll-paket.com')).toMatchObject({ verdict: 'lookalike', entry: 'zoll.de' });
    expect(classify('douane.colis-paiement.fr')).toMatchObject({ verdict: 'lookalike', technique: 'subdomain-embedding', entry: 'douane.gouv.fr' });
    // a town's or a shop's own name as the registrable label is no kit company
    expect(classify('police.city-hall.com').verdict).toBe('not-official');
    expect(classify('zoll.online-shop.de').verdict).toBe('not-official');
  });

  it('free-mail senders whose local part names such a body', () => {
    expect(classify('impots.remboursement@gmail.com')).toMatchObject({ verdict: 'lookalike', technique: 'free-mail', entry: 'impots.gouv.fr' });
    // The provider's ccTLD tells which country's customs (gmx.de: Germany's); without one, the kind of body.
    expect(classify('zoll-paket@gmx.de')).toMatchObject({ verdict: 'lookalike', technique: 'free-mail', entry: 'zoll.de' });
    expect(classify('zoll-paket@gmail.com')).toMatchObject({ verdict: 'lookalike', technique: 'free-mail', imitates: 'a customs administration' });
    expect(classify('gov.uk.refunds@outlook.com')).toMatchObject({ verdict: 'lookalike', technique: 'free-mail', imitates: 'the government of UK' });
    expect(classify('skatteverket@gmail.com')).toMatchObject({ verdict: 'lookalike', technique: 'free-mail', entry: 'skatteverket.se' });
  });
});

describe('ordinary names with the same words stay quiet', () => {
  // Real sites (checked by name, not fetched); the corpus probe class holds them too.
  it.each([
    'taxfix.de',
    'hrblock.com',
    'taxback.com',
    'smartsteuer.de',
    'lohnsteuer-kompakt.de',
    'steuertipps.de',
    'podatki.biz',
    'e-podatnik.pl',
    'skatonline.de',
    'zoll.com',
    'zollverein.de',
    'burg-hohenzollern.com',
    'tollbrothers.com',
    'tollgroup.com',
    'tollfreeforwarding.com',
    'veromoda.com',
    'revenuecat.com',
    'customink.com',
    'krankenkassen.de',
    'emil-frey.ch',
    'miles-and-more.com',
    'gobankingrates.com',
    'govtech.com',
    'govdeals.com',
    'govplanet.com',
    'govdelivery.com',
    'fiscoetasse.com',
    'taxjar.com',
    'turbotax.intuit.com',
    'finanzen.net',
  ])('%s', (domain) => {
    for (const input of [domain, `https://www.${domain}/`]) expect(classify(input).verdict, input).toBe('not-official');
  });

  it.each([
    // names built for a rule's edge (not checked to exist)
    'amelie.fr', // one letter added to ameli: an inflection or a given name, not a typo
    'politiets.no', // Norwegian genitive of politiet
    'politisk.no', // Norwegian "political": not politi + the code of Slovakia
    'tribunales.com', // Spanish plural: not tribunal + the code of Spain
    'ezpassword.com', // "ez" + "password"
    'gov-ai-lab.com', // "ai" after gov is not Anguilla (nor, read loosely, Albania)
    'miles.com', // "mil" + the code of Spain
    'steuer-service.de', // a tax word with a service word only: tax advisers use that
    'zoll-online-shop.com',
    'toll-info.com',
    'autoroute-peage.fr',
    'steuer.berater@gmx.de',
    'douane.transit@gmail.com',
    'komornik.sadowy@wp.pl', // a bailiff's own title, with nothing that asks for anything
  ])('%s', (input) => {
    const r = classify(input);
    expect(r.verdict, `${input}: ${r.technique} ${r.imitates}`).not.toBe('lookalike');
  });

  it('a doubled last letter is still a typo (one edit)', () => {
    expect(classify('politiett.no')).toMatchObject({ verdict: 'lookalike', technique: 'one-edit' });
  });

  it('one edit of a long organisation label under another suffix is a typo, an inflection is not', () => {
    expect(classify('skateverket.com')).toMatchObject({ verdict: 'lookalike', technique: 'one-edit', entry: 'skatteverket.se' });
    expect(classify('belastingdiesnt.net')).toMatchObject({ verdict: 'lookalike', technique: 'transposition', entry: 'belastingdienst.nl' });
    expect(classify('carabiniere.com').verdict).toBe('not-official'); // the singular of carabinieri
    expect(classify('politie.com').technique).not.toBe('one-edit'); // 7 letters: too short to judge across suffixes
  });
});
