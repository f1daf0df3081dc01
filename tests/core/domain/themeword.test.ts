// Theme-word hosts in every supported language (src/core/domain/theme.ts, docs/DOMAINS.md §3
// "Theme-word hosts: the multilingual vocabulary and the score"): hand-written hosts that name no
// organisation but the theme of a government service and a demand, and real ordinary businesses
// whose names hold the same words in another meaning, which must stay quiet. None of these hosts
// is in the corpus.
import { describe, expect, it } from 'vitest';
import { classifyAddress } from '../../../src/core/domain/lookalike.js';
import { officialIndex } from '../../../src/core/domain/official-index.js';
import { OFFICIAL_REFERENCE } from '../../../src/core/domain/official-reference.js';
import { themeScoreInLabel } from '../../../src/core/domain/theme.js';

const REFERENCE = officialIndex(OFFICIAL_REFERENCE); // built once: the core keeps no memo
const classify = (input: string) => classifyAddress(input, REFERENCE);

describe('theme-word hosts in the supported languages read lookalike', () => {
  it.each([
    // Turkish: tax ministry + penalty + country code, glued
    ['vergicezaodeme.com', 'combosquat'],
    ['trafikcezasi-odeme-tr.com', 'combosquat'],
    // Polish: debtor + country code on a free ccTLD; unpaid (inflected) + fine
    ['dluznicy-pl.ml', 'combosquat'],
    ['nieoplacony-mandat.pl', 'combosquat'],
    // Czech, Slovak: a fine (inflected) + pay; arrears + check
    ['pokutu-zaplatit.cz', 'combosquat'],
    ['nedoplatok-overenie.sk', 'combosquat'],
    // English: a claim with a country code; a toll with payment and portal
    ['uk-rebate-claim.com', 'combosquat'],
    ['toll-payment-portal.com', 'combosquat'],
    ['texas-toll-pay.com', 'combosquat'],
    // French: an abbreviation with support (settle + country code)
    ['amd-reglerfr.com', 'combosquat'],
    // Romanian: fine + unpaid
    ['amenda-neachitata.ro', 'combosquat'],
    // Italian: a fine + reminder; Croatian: fines + payment + code; Slovenian: a debt + reminder; Swedish: a debt + reminder
    ['multe-sollecito.com', 'combosquat'],
    ['kazne-placanje-hr.com', 'combosquat'],
    ['dolg-opomin.com', 'combosquat'],
    ['skuld-paminnelse.com', 'combosquat'],
    // Lithuanian: a fine + pay on a cheap TLD
    ['baudos-mokejimas.xyz', 'combosquat'],
    // Bulgarian and Greek in their own scripts (read transliterated): a fine + payment, a debt + notice
    ['\u0448\u0442\u0440\u0430\u0444-\u043f\u043b\u0430\u0449\u0430\u043d\u0435.com', 'combosquat'],
    ['\u03bf\u03c6\u03b5\u03b9\u03bb\u03b7-\u03b5\u03b9\u03b4\u03bf\u03c0\u03bf\u03b9\u03b7\u03c3\u03b7.com', 'combosquat'],
    // random letters and a cheap TLD with a debt word
    ['dlugxqz.ml', 'combosquat'],
  ])('%s', (input, technique) => {
    const r = classify(input);
    expect(r.verdict, `${input}: ${r.technique} ${r.imitates}`).toBe('lookalike');
    expect(r.technique).toBe(technique);
    expect(r.imitates).toBeTruthy();
  });

  it('names the kind of authority, and the country a code gives', () => {
    expect(themeScoreInLabel('dluznik-pl', true)).toMatchObject({ theme: 'bailiff', country: 'PL' });
    expect(themeScoreInLabel('ukreturnclaim', false)).toMatchObject({ theme: 'tax', country: 'GB' });
    expect(themeScoreInLabel('maliyecezatr', false)).toMatchObject({ country: 'TR' });
    expect(themeScoreInLabel('toll-payment-portal', false)).toMatchObject({ theme: 'toll', imitates: 'a road-toll operator' });
    expect(themeScoreInLabel('texas-toll-pay', false)).toMatchObject({ country: 'US' });
    // With no country the kind of body; with a code, that country's body of the theme on the list.
    expect(classify('vergicezaodeme.com')).toMatchObject({ imitates: 'a tax administration' });
    expect(classify('vergicezaodeme.com').entry).toBeUndefined();
    expect(classify('vergi-ceza-odeme-tr.com').entry).toBeDefined();
  });

  it('reads the labels in front of the registrable domain as one label (a kit’s wildcard names)', () => {
    expect(classify('toll.pay.example.top')).toMatchObject({ verdict: 'lookalike', technique: 'subdomain-embedding' });
    expect(classify('amende.paiement.xk7.com')).toMatchObject({ verdict: 'lookalike', technique: 'subdomain-embedding' });
    // a parking company's pay page on an ordinary TLD, and mail or www hosts, stay quiet
    for (const quiet of ['pay.parking.example.com', 'www.tax.example.com', 'mail.tax.example.com']) expect(classify(quiet).verdict, quiet).toBe('not-official');
  });

  it('reads leetspeak digits as letters, like the other brand rules', () => {
    expect(classify('p0kutu-zaplat1t.top').verdict).toBe('lookalike');
  });
});

describe('near misses: real ordinary businesses and one-word names stay quiet', () => {
  it.each([
    // tax software, refund agents and advisers
    'taxact.com',
    'riftrefunds.co.uk',
    'taxassist.co.uk',
    'e-pity.pl',
    'podatki.biz',
    'steuern.de',
    'zwrot-podatku.pl',
    'customs-clearance-uk.com',
    // parking operators and apps
    'ukparkingcontrol.com',
    'parkingeye.co.uk',
    'britishparking.co.uk',
    'parking-service-fr.com',
    'parkschein-app.de',
    // roads, tolls, driving, vehicles
    'roadtripusa.com',
    'tolltickets.com',
    'oplata-drogowa.com',
    'lepermislibre.fr',
    'verifier-permis.fr',
    'mycarcheck.com',
    // debt advice, courts, law
    'nationaldebtline.org',
    'debt-help-uk.com',
    'courtserve.net',
    'inkasso-forderung.de',
    'mahnbescheid-einspruch.de',
    // fine, duty, public, pay, secure in other meanings
    'finecooking.com',
    'finewoodworking.com',
    'worlddutyfree.com',
    'citizensadvice.org.uk',
    'securepay.com.au',
    'first-refund.com',
    // one compound word with a linking letter (a lawyer's or adviser's name), an inflection read as a code
    'verkehrsverstoss.de',
    'betalingsachterstand.nl',
    'citaciones.com',
    'beschuldigt.top',
    // one theme word alone, or with random letters on an ordinary TLD
    'vergi.com',
    'kdf-podatki.pl',
  ])('%s', (input) => {
    const r = classify(input);
    expect(r.verdict, `${input}: ${r.technique} ${r.imitates}`).not.toBe('lookalike');
  });

  it('a word-like token the vocabulary does not know leaves the label alone', () => {
    expect(themeScoreInLabel('lyon-amende-paiement', false)).toBeNull();
    expect(themeScoreInLabel('amende-paiement', false)).not.toBeNull();
  });

  it('refuses a label longer than a DNS label', () => {
    expect(themeScoreInLabel(`${'amende-paiement-'.repeat(4)}x`, true)).toBeNull();
  });
});
