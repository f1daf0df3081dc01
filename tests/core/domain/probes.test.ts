// Zero false alarms (issue 11, point 3): REAL ordinary domains whose names hold a police, court,
// justice or fine word in another meaning (politics, insurance policy, newspapers, universities,
// shops, unions, tourism) or in a sense that imitates nobody, must never read `lookalike`; every
// EU/EEA police force and help or fraud-reporting service on the list must read `official`; and the
// brand rules (brand.ts) must still catch the same words used the way phishing kits use them.
// The probe domains are real sites (checked by name, not fetched); none of them is in the corpus.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAddress } from '../../../src/core/domain/lookalike.js';
import { officialIndex } from '../../../src/core/domain/official-index.js';
import { OFFICIAL_REFERENCE } from '../../../src/core/domain/official-reference.js';
import { AUTHORITY_WORDS_BY_LANGUAGE, JUSTICE_WORDS } from '../../../src/core/domain/words.js';

const REFERENCE = officialIndex(OFFICIAL_REFERENCE); // built once: the core keeps no memo
const classify = (input: string) => classifyAddress(input, REFERENCE);

const ORDINARY = [
  // politics and policy
  'politico.com',
  'politico.eu',
  'politiken.dk',
  'politis.com.cy',
  'politis.fr',
  'politika.rs',
  'politifact.com',
  'politicshome.com',
  'politics.co.uk',
  'politicalwire.com',
  'politicususa.com',
  'apolitical.co',
  'policylink.org',
  'policyexchange.org.uk',
  'policies.google.com',
  'privacypolicies.com',
  // insurance policies
  'policygenius.com',
  'policybazaar.com',
  'policyexpert.co.uk',
  // "polit", "polis", "poli…" inside other words
  'cosmopolitan.com',
  'cosmopolitan.de',
  'cosmopolitanlasvegas.com',
  'neapolis.gr',
  'acropolis.gr',
  'minneapolismn.gov',
  'polimi.it',
  'polito.it',
  'policlinicogemelli.it',
  'polytechnique.edu',
  'polisport.com',
  'interpolis.nl',
  // court, justice, tribunal in names that imitate nobody
  'courthousenews.com',
  'courtlistener.com',
  'courts.com.sg',
  'courtyard.marriott.com',
  'justiceinitiative.org',
  'justice.org',
  'justiceinfo.net',
  'justia.com',
  'chicagotribune.com',
  'tribune.com.pk',
  'courrierinternational.com',
  'parquet.apache.org',
  // "fine" and fine words in ordinary names, and information sites about fines
  'fineartamerica.com',
  'finecobank.com',
  'finewineandgoodspirits.com',
  'bussgeldkatalog.org',
  'bussgeld-info.de',
  'globalpayments.com',
  // Lake Garda, security companies
  'gardaland.it',
  'gardaworld.com',
  'garda.com',
  // police magazines, unions, shops and bands: about the police, but imitating no force
  'policemag.com',
  'policeone.com',
  'policechiefmagazine.org',
  'policeauctions.com',
  'thepolice.com',
  'polizei-dein-partner.de',
  'politiforbundet.no',
  'polisforbundet.se',
  'politiebond.nl',
  // a label that starts with a TLD other than `com-` is an ordinary name (the `<name>.com-…` rule)
  'api.net-a-porter.com',
  'net-a-porter.com',
  // police of a campus or a canton under the institution's own domain (official, not on the list)
  'police.ucla.edu',
  'police.mit.edu',
  'polizei.lu.ch',
  'police.vaud.ch',
];

describe('probes: ordinary domains with a police, court or fine word never read lookalike', () => {
  it('there are at least 60 of them', () => {
    expect(new Set(ORDINARY).size).toBeGreaterThanOrEqual(60);
  });

  it.each(ORDINARY)('%s', (domain) => {
    for (const input of [domain, `https://www.${domain}/`]) {
      const r = classify(input);
      expect(r.verdict, `${input}: ${r.technique} ${r.imitates}`).not.toBe('lookalike');
    }
  });

  it('free-mail senders whose name holds a police word only inside another word are not police', () => {
    for (const input of [
      'apolitical@gmail.com',
      'politics.desk@gmail.com',
      'politiek.redactie@hotmail.com',
      'cosmopolitan.reader@yahoo.com',
      'policyholder@outlook.com',
      'poliziano.studi@libero.it',
    ])
      expect(classify(input).verdict, input).toBe('not-official');
  });

  it('a town’s own police writing from the town’s domain is not a false sender; a national force elsewhere is', () => {
    expect(classify('polizialocale@comune.example.it').verdict).toBe('not-official');
    expect(classify('policialocal@ayuntamiento.example.es').verdict).toBe('not-official');
    expect(classify('police.federale@help-desk.example.com')).toMatchObject({ verdict: 'lookalike', technique: 'sender-name-claim' });
    expect(classify('policia.nacional@denuncias.example.com')).toMatchObject({ verdict: 'lookalike', technique: 'sender-name-claim' });
    // Dynamic DNS and hosting suffixes (PSL private section): anyone gets a name there, as with free mail.
    expect(classify('polizialocalegenova@ddns.net')).toMatchObject({ verdict: 'lookalike', technique: 'sender-name-claim' });
  });
});

describe('official: every force, help and fraud-reporting service on the list, and government namespaces', () => {
  it('every EU/EEA country has at least one police entry', () => {
    const countries = new Set(OFFICIAL_REFERENCE.filter((o) => o.kind === 'police').map((o) => o.country));
    for (const cc of [
      'AT',
      'BE',
      'BG',
      'HR',
      'CY',
      'CZ',
      'DK',
      'EE',
      'FI',
      'FR',
      'DE',
      'GR',
      'HU',
      'IE',
      'IT',
      'LV',
      'LT',
      'LU',
      'MT',
      'NL',
      'PL',
      'PT',
      'RO',
      'SK',
      'SI',
      'ES',
      'SE',
      'IS',
      'LI',
      'NO',
    ])
      expect(countries.has(cc), cc).toBe(true);
  });

  it('every entry has a public source page', () => {
    for (const o of OFFICIAL_REFERENCE) expect(o.source, o.domain).toMatch(/^https:\/\//);
  });

  it.each([
    'mossos.gencat.cat',
    'www.ertzaintza.euskadi.eus',
    'www.polizei.bayern.de',
    'polizei-bw.de',
    'poststelle@polizei.bwl.de',
    'www.jandarmeriaromana.ro',
    'mup.gov.hr',
    'www.eppo.europa.eu',
    'www.osi.es',
    'https://www.gendarmerie.interieur.gouv.fr/',
    'https://www.pre-plainte-en-ligne.gouv.fr',
    'https://www.bmi.gv.at/',
    'https://www.policie.gov.cz',
    'https://justice.belgium.be/fr',
    'https://igp.mai.gov.ro',
  ])('%s', (input) => {
    expect(classify(input).verdict).toBe('official');
  });
});

describe('the same words, the way phishing kits use them, read lookalike and name a body', () => {
  it.each([
    ['cyberpolicija.com', 'police'],
    ['politsiya-bg.com', 'Ministry of Interior of Bulgaria (police)'],
    ['policia-sk.com', 'Ministerstvo vnútra SR / Policajný zbor (Slovakia)'],
    ['garda-ie.com', 'An Garda Síochána'],
    ['ertzaintza-online.com', 'Ertzaintza (Basque Country police, Spain)'],
    ['procureur-online.fr', 'a court or the justice authorities'],
    ['staatsanwaltschaft-online.de', 'a court or the justice authorities'],
    ['rechtbank-betaling.nl', 'a court or the justice authorities'],
    ['bussgeld-zahlung.de', 'Polizei (German federal/state police portal)'],
    ['pokuta-platba.cz', 'Policie České republiky'],
    ['sakko-maksu.fi', 'Police of Finland (Poliisi)'],
    ['birsag-online.hu', 'Hungarian Police (Rendőrség)'],
    ['gov.cz.pokuta.online', 'gov.cz'],
  ])('%s → %s', (input, imitates) => {
    expect(classify(input)).toMatchObject({ verdict: 'lookalike', imitates });
  });

  it('a country-bound word counts only with its own country (Lake Garda is not the Irish police)', () => {
    expect(classify('garda-online.it').verdict).toBe('not-official');
    expect(classify('iegarda.online').verdict).toBe('lookalike');
  });

  it('property: a police, fine or justice word glued to a payment word and a country code is never official and never ignored', () => {
    const words = [...AUTHORITY_WORDS_BY_LANGUAGE.keys(), ...JUSTICE_WORDS];
    fc.assert(
      fc.property(
        fc.constantFrom(...words),
        fc.constantFrom('pay', 'payment', 'paiement', 'pago', 'zahlung', 'login'),
        fc.constantFrom('com', 'online', 'info', 'top'),
        fc.boolean(),
        (w, kit, tld, front) => {
          const host = front ? `${kit}-${w}.${tld}` : `${w}-${kit}.${tld}`;
          expect(classify(host).verdict, host).toBe('lookalike');
        },
      ),
      { numRuns: 300 },
    );
  });

  // (The suffixes avoid starting with a TLD: `alogreglanismo` holds logreglan.is run together, a no-separator embedding.)
  it('property: a police word inside a longer ordinary word (letters on both sides, no kit word) does not claim', () => {
    const police = [...AUTHORITY_WORDS_BY_LANGUAGE.keys()].filter((w) => w.length >= 6);
    fc.assert(
      fc.property(
        fc.constantFrom(...police),
        fc.constantFrom('a', 'co', 'metro', 'neo'),
        fc.constantFrom('ano', 'ulum', 'ette', 'ology'),
        (w, before, after) => {
          const host = `${before}${w}${after}.com`;
          expect(classify(host).verdict, host).toBe('not-official');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('generalised brand forms', () => {
  it.each([
    ['gov.uk-refund.com', 'gov.uk'],
    ['govuk-fines.com', 'the government of UK'],
    ['gouvfr-amende.com', 'the government of FR'],
    ['guardia-civil.net', 'Guardia Civil (Spain)'],
    ['inter-pol.com', 'INTERPOL'],
    ['interpolglobal.org', 'INTERPOL'],
    ['gnr-multas.com', 'Guarda Nacional Republicana (Portugal)'],
    ['rendorseg-birsag.com', 'Hungarian Police (Rendőrség)'],
    ['politiezaak.nl', 'Politie (Netherlands Police)'],
    ['polizia-postale.com', 'Polizia di Stato'],
    ['je-reglemoninfraction.info', undefined],
  ])('%s', (input, imitates) => {
    const r = classify(input);
    expect(r.verdict, input).toBe('lookalike');
    if (imitates) expect(r.imitates).toBe(imitates);
  });

  it.each(['euro-pol.pl', 'psp-payments.com', 'globaljustice.org.uk', 'worldjusticeproject.org', 'gobierno.es', 'govtech.com', 'gouvernement.lu'])(
    '%s stays not a lookalike',
    (input) => {
      expect(classify(input).verdict).not.toBe('lookalike');
    },
  );
});

describe('free-mail senders that name a court or a prosecutor', () => {
  it.each(['procureur.republique@gmail.com', 'tribunal-judiciaire@outlook.fr', 'staatsanwaltschaft.berlin@gmx.de'])('%s reads lookalike', (input) => {
    expect(classify(input)).toMatchObject({ verdict: 'lookalike', technique: 'free-mail', imitates: 'a court or the justice authorities' });
  });

  it.each(['justice.smith@gmail.com', 'courtney.b@gmail.com', 'tribunal@lawfirm.example.com'])('%s does not (a given name; a firm’s own domain)', (input) => {
    expect(classify(input).verdict).toBe('not-official');
  });
});

describe('leetspeak digits in the police word', () => {
  it.each(['p0lice-online.com', 'cyberp0l1ce.com', 'p0l1c1a-pago.com', 'p0litie@gmail.com'])('%s reads lookalike', (input) => {
    expect(classify(input).verdict).toBe('lookalike');
  });

  it.each(['b00kshop.com', 'p0litics.example.com', 'c0smopolitan.com'])('%s does not', (input) => {
    expect(classify(input).verdict).not.toBe('lookalike');
  });
});

describe('letters from another script in the police word', () => {
  it.each(['p\u043elice-online.com', 'cyberp\u043elicija.com'])('%s reads lookalike', (input) => {
    expect(classify(input).verdict).toBe('lookalike');
  });
  it('an ordinary word with a Cyrillic letter is still not a police claim', () => {
    expect(classify('p\u043elicybazaar.com').verdict).not.toBe('lookalike');
  });
});
