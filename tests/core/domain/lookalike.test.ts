// classifyAddress: one test per technique, built from addresses that are NOT in the corpus (the
// corpus is scored separately in corpus.test.ts), plus the false-positive guards and the API.
import { describe, expect, it } from 'vitest';
import { classifyAddress, type DomainClassification } from '../../../src/core/domain/lookalike.js';
import { officialIndex } from '../../../src/core/domain/official-index.js';
import { officialIndexOf } from '../../../src/core/domain/trusted.js';
import { trustState } from '../../helpers/fixture.js';
import { OFFICIAL_REFERENCE } from '../../../src/core/domain/official-reference.js';
import type { OfficialDomain } from '../../../src/core/domain/official.js';

const REFERENCE = officialIndex(OFFICIAL_REFERENCE);
const classify = (input: string): DomainClassification => classifyAddress(input, REFERENCE);

/** The verdict, technique and imitated list entry, for compact expectations. */
function vti(input: string): [string, string | undefined, string | undefined] {
  const r = classify(input);
  return [r.verdict, r.technique, r.entry];
}

describe('official', () => {
  it('a listed domain or any host under it, whatever the scheme, case, port, path or trailing dot', () => {
    for (const input of [
      'politiet.no',
      'https://www.politiet.no/aktuelt',
      'HTTP://Politiet.NO:8443/x?y=1',
      'politiet.no.',
      'https://cbzc.policja.gov.pl/',
      'lokal.met.police.uk',
      'x.police.uk',
    ]) {
      expect(classify(input).verdict, input).toBe('official');
    }
    expect(classify('https://www.politiet.no/')).toMatchObject({
      org: OFFICIAL_REFERENCE.find((o) => o.domain === 'politiet.no')!.org,
      entry: 'politiet.no',
      domain: 'politiet.no',
    });
  });

  it('Eurojust is on the list in its own right (not read as a Europol lookalike)', () => {
    expect(classify('https://www.eurojust.europa.eu/').verdict).toBe('official');
  });

  it('names the most specific entry (met.police.uk, not the police.uk suffix entry)', () => {
    expect(classify('https://www.met.police.uk/').entry).toBe('met.police.uk');
  });

  it('e-mail: official when the domain is listed; whether the list confirms it sends mail is reported', () => {
    expect(classify('post@politiet.no')).toMatchObject({ verdict: 'official', kind: 'email', sendsEmail: true });
    expect(classify('someone@bka.de')).toMatchObject({ verdict: 'official', kind: 'email', sendsEmail: false });
  });

  it('returns the fragment so a caller can read a code after #', () => {
    expect(classify('https://www.politiet.no/#NO-7K3Q-8M2D-XW5T')).toMatchObject({ verdict: 'official', fragment: 'NO-7K3Q-8M2D-XW5T' });
  });

  it('userinfo before an official host does not change where the link goes', () => {
    const r = classify('https://interpol.int.evil.com@politiet.no/');
    expect(r.verdict).toBe('official');
    expect(r.traps).toContain('userinfo');
  });

  it('an official host reached through a disguise is never plainly official', () => {
    expect(vti('https://polit\u2060iet.no/')).toEqual(['lookalike', 'zero-width', 'politiet.no']);
    expect(vti('https://\uff50\uff4f\uff4c\uff49\uff53\uff45\uff4e.se/')).toEqual(['lookalike', 'fullwidth-letters', 'polisen.se']);
    expect(vti('https://politiet%2eno/')).toEqual(['lookalike', 'percent-encoded-host', 'politiet.no']);
    expect(vti('https://polisen\u3002se/')).toEqual(['lookalike', 'ideographic-dot', 'polisen.se']);
    expect(vti('https://polisen.se\\@evil.example/')).toEqual(['lookalike', 'parser-differential', 'polisen.se']);
  });

  it('a backslash alone, with both parsers agreeing, stays official', () => {
    expect(classify('https:\\\\www.politiet.no\\aktuelt').verdict).toBe('official');
  });
});

describe('lookalike techniques', () => {
  it('homoglyphs by script: Cyrillic, Greek, whole-script, ASCII capital I', () => {
    expect(vti('p\u043eliisi.fi')).toEqual(['lookalike', 'homoglyph-cyrillic', 'poliisi.fi']);
    expect(vti('www.interp\u03bfl.int')).toEqual(['lookalike', 'homoglyph-greek', 'interpol.int']);
    expect(vti('\u0440\u043e\u04cf\u0456\u0441\u0435.hu')).toEqual(['lookalike', 'homoglyph-whole-script', 'police.hu']);
    expect(vti('https://poIisen.se/')).toEqual(['lookalike', 'homoglyph-ascii', 'polisen.se']);
    expect(classify('p\u043eliisi.fi').traps).toContain('mixed-script');
  });

  it('m written as rn is a homoglyph (TR39 maps m to rn)', () => {
    expect(vti('rnielenterveystalo.fi')).toEqual(['lookalike', 'homoglyph-ascii', 'mielenterveystalo.fi']);
    expect(vti('rnielenterveystalo-fi.com')).toEqual(['lookalike', 'homoglyph-ascii', 'mielenterveystalo.fi']);
  });

  it('diacritics and their punycode form', () => {
    expect(vti('p\u00f3lisen.se')).toEqual(['lookalike', 'diacritic', 'polisen.se']);
    const ascii = new URL('https://p\u00f3lisen.se/').hostname;
    expect(vti(ascii)).toEqual(['lookalike', 'punycode', 'polisen.se']);
    expect(classify(ascii).hostUnicode).toBe('p\u00f3lisen.se');
  });

  it('digit swaps: 0/o, 1/l, 1/i, 5/s, 3/e', () => {
    expect(vti('p0l1tsei.ee')).toEqual(['lookalike', 'digit-swap', 'politsei.ee']);
    expect(vti('1nterpol-notice.com')).toEqual(['lookalike', 'digit-swap', 'interpol.int']);
    expect(vti('poli5en.se')).toEqual(['lookalike', 'digit-swap', 'polisen.se']);
    expect(vti('fraud3helpdesk.nl')).toEqual(['lookalike', 'digit-swap', 'fraudehelpdesk.nl']);
    expect(vti('cert-in-p0licja.com')).toEqual(['lookalike', 'digit-swap', 'policja.pl']);
  });

  it('one edit, a swap, two edits (same public suffix)', () => {
    expect(vti('carabineri.it')).toEqual(['lookalike', 'one-edit', 'carabinieri.it']);
    expect(vti('www.politsi.ee')).toEqual(['lookalike', 'one-edit', 'politsei.ee']);
    expect(vti('polsien.se')).toEqual(['lookalike', 'transposition', 'polisen.se']);
    expect(vti('bundespoilzei.de')).toEqual(['lookalike', 'transposition', 'bundespolizei.de']);
    expect(vti('bundespolzeii.de')).toEqual(['lookalike', 'two-edit', 'bundespolizei.de']);
  });

  it('edits are not counted across public suffixes or on short and common labels', () => {
    expect(classify('poltiet.se').verdict).toBe('not-official');
    expect(classify('plosien.se').verdict).toBe('not-official'); // two edits need a label of 8 or more
    expect(classify('psb.pt').verdict).toBe('not-official');
    expect(classify('policy.be').verdict).toBe('not-official');
  });

  it('embedding an official domain: subdomain, hyphens, dots turned to hyphens, no separators, TLD appended', () => {
    expect(vti('garda.ie.login-portal.net')).toEqual(['lookalike', 'subdomain-embedding', 'garda.ie']);
    expect(vti('secure-politi-dk.verify.net')).toEqual(['lookalike', 'hyphen-embedding', 'politi.dk']);
    expect(vti('cybermalveillance-gouv.fr')).toEqual(['lookalike', 'dot-to-hyphen', 'cybermalveillance.gouv.fr']);
    expect(vti('www.poliisifi.net')).toEqual(['lookalike', 'no-separator-embedding', 'poliisi.fi']);
    expect(vti('politi.dk.com')).toEqual(['lookalike', 'tld-append', 'politi.dk']);
    expect(vti('https://europol.europa.com/')).toEqual(['lookalike', 'tld-swap', 'europol.europa.eu']);
  });

  it('hyphen embedding needs a specific name: police-be-safe.org is not the Belgian police', () => {
    expect(classify('police-be-safe.org').verdict).toBe('not-official');
    expect(vti('police.be.safe-login.org')).toEqual(['lookalike', 'subdomain-embedding', 'police.be']);
  });

  it('TLD swaps, and brand words registered alone', () => {
    expect(vti('politsei.com')).toEqual(['lookalike', 'tld-swap', 'politsei.ee']);
    expect(vti('helsedirektoratet.org')).toEqual(['lookalike', 'tld-swap', 'helsedirektoratet.no']);
    expect(vti('kripos.info')).toEqual(['lookalike', 'tld-swap', 'politiet.no']);
  });

  it("the word for police under another country's ccTLD is not a swap of ours (it may be theirs)", () => {
    for (const input of ['policija.rs', 'policja.waw.pl', 'policie.sk']) expect(classify(input).verdict, input).toBe('not-official');
    expect(vti('policie.eu')).toEqual(['lookalike', 'tld-swap', 'policie.cz']);
  });

  it('combosquats, including a brand split by hyphens', () => {
    expect(vti('landespolizei-busse.li')).toEqual(['lookalike', 'combosquat', 'landespolizei.li']);
    expect(vti('europol-empact-fine.eu')).toEqual(['lookalike', 'combosquat', 'europol.europa.eu']);
    expect(vti('https://guardia-civil-multas.com/')).toEqual(['lookalike', 'combosquat', 'guardiacivil.es']);
    expect(vti('politiet2024.com')).toEqual(['lookalike', 'combosquat', 'politiet.no']);
  });

  it('a brand only as a subdomain label', () => {
    expect(vti('poliziadistato.verifica-multe.com')).toEqual(['lookalike', 'subdomain-embedding', 'poliziadistato.it']);
  });

  it('fake government domains: a gov label outside a government suffix', () => {
    expect(vti('poliisi.gov.fi')).toEqual(['lookalike', 'fake-government-domain', 'poliisi.fi']);
    expect(vti('europol.gouv.eu')).toEqual(['lookalike', 'fake-government-domain', 'europol.europa.eu']);
    expect(vti('saksbehandler.politiet@gov.no')).toEqual(['lookalike', 'fake-government-domain', 'politiet.no']);
    // A government's own registrable umbrella (gov.hr) is not a fake government domain, though a
    // foreign brand under it is still not official.
    expect(vti('politiet.gov.hr')).toEqual(['lookalike', 'subdomain-embedding', 'politiet.no']);
    // A government body not on the list is named by the labels written.
    const r = classify('dwp.gov.uk.tax-refund.com');
    expect(r).toMatchObject({ verdict: 'lookalike', technique: 'subdomain-embedding', imitates: 'dwp.gov.uk' });
    expect(r.entry).toBeUndefined();
    // One on the list is named as the list names it.
    expect(classify('hmrc.gov.uk.tax-refund.com')).toMatchObject({
      verdict: 'lookalike',
      technique: 'subdomain-embedding',
      imitates: 'HM Revenue & Customs (HMRC, UK)',
      entry: 'hmrc.gov.uk',
    });
  });

  it('private-suffix hosting', () => {
    expect(vti('politsei.github.io')).toEqual(['lookalike', 'private-suffix-hosting', 'politsei.ee']);
    expect(vti('https://interpol-red-notice.pages.dev/')).toEqual(['lookalike', 'private-suffix-hosting', 'interpol.int']);
  });

  it('userinfo, path, fragment, and the on-screen order of a bidi override', () => {
    expect(vti('https://www.polisen.se@203.0.113.9/')).toEqual(['lookalike', 'userinfo', 'polisen.se']);
    expect(vti('https://kripos@evil.example/')).toEqual(['lookalike', 'userinfo', 'politiet.no']);
    expect(vti('https://redirect.example/www.poliisi.fi/login')).toEqual(['lookalike', 'path-embedding', 'poliisi.fi']);
    expect(vti('https://redirect.example/#https://poliisi.fi')).toEqual(['lookalike', 'fragment-embedding', 'poliisi.fi']);
    expect(vti('https://evil.example/login/\u202eif.isiilop')).toEqual(['lookalike', 'bidi-control', 'poliisi.fi']);
  });

  it('IP hosts: lookalike when the path names police, otherwise just not official', () => {
    expect(vti('http://203.0.113.9/kripos/sak')).toEqual(['lookalike', 'ip-host', 'politiet.no']);
    expect(vti('http://203.0.113.9/')).toEqual(['not-official', undefined, undefined]);
    expect(classify('http://203.0.113.9/').traps).toContain('ip-host');
  });

  it('free-mail senders that claim police, in any language of the list', () => {
    expect(vti('lögreglan.rannsokn@gmail.com')).toEqual(['lookalike', 'free-mail', 'logreglan.is']);
    expect(vti('policja.cbzc@wp.pl')).toEqual(['lookalike', 'free-mail', 'policja.gov.pl']);
    expect(vti('polizei.ermittlung@hotmail.de')).toEqual(['lookalike', 'free-mail', 'polizei.de']);
    expect(vti('politie-boetes@outlook.be')).toEqual(['lookalike', 'free-mail', 'politie.be']);
    const plain = classify('someone@gmail.com');
    expect(plain.verdict).toBe('not-official');
    expect(plain.traps).toContain('free-mail');
  });

  it('a specific police name as sender on an unrelated domain; a generic word there is not enough', () => {
    expect(vti('kripos.avdeling@firma-post.no')).toEqual(['lookalike', 'sender-name-claim', 'politiet.no']);
    expect(classify('police@university.edu').verdict).toBe('not-official');
  });

  it('a display name that claims police over an address that is not official', () => {
    expect(vti('"Europol" <noreply@mailer.example.com>')).toEqual(['lookalike', 'display-name-spoof', 'europol.europa.eu']);
    expect(classify('"Europol" <press@europol.europa.eu>').verdict).toBe('official');
    expect(vti('"post@politiet.no" <scam@mailer.example.com>')).toEqual(['lookalike', 'display-name-spoof', 'politiet.no']);
  });
});

describe('false-positive guards (sites that are not ours and do not imitate us)', () => {
  it.each([
    'https://www.nrk.no/norge/politiet-advarer-1.16000000',
    'politico.eu',
    'policia.gov.co',
    'policija.me',
    'police.gov.hk',
    'interpolation.com',
    'europolis.gr',
    'politietssikkerhetstjeneste.no',
    'polfed.org',
    'garda.com',
    'interieur.be',
    'police-foundation.org',
    'policeone.com',
    'https://www.google.com/search?q=politiet.no',
    'john.doe@outlook.com',
  ])('%s is not-official, not a lookalike', (input) => {
    expect(classify(input).verdict).toBe('not-official');
  });

  // Government namespaces of EU/EEA countries and the UK (PSL ICANN `<gov>.<cc>`) and the
  // government umbrellas: only public bodies get names there, so they read official ("a public
  // body"), named by the namespace, not by a list entry. Other continents' (gov.co, gov.sg) stay not-official.
  it.each([
    ['x.gov.si', 'gov.si'],
    ['interior.gob.es', 'gob.es'],
    ['eca.europa.eu', 'europa.eu'],
    ['europarl.europa.eu', 'europa.eu'],
    ['eda.europa.eu', 'europa.eu'],
    ['www.bag.admin.ch', 'admin.ch'],
    ['gov.wales', 'gov.wales'],
    ['www.gov.pl', 'gov.pl'],
    ['https://msp.gov.cz', 'gov.cz'],
    ['bmi.gv.at', 'gv.at'],
    ['x@mvcr.gov.cz', 'gov.cz'],
    // a private suffix the PSL lists inside a government namespace (HMRC's online services)
    ['https://www.tax.service.gov.uk/account', 'gov.uk'],
  ])('%s is official as a public body under %s', (input, entry) => {
    expect(classify(input)).toMatchObject({ verdict: 'official', entry });
    expect(classify(input).org).toMatch(/^a public body/);
  });

  it('a government namespace does not make a disguised or IDN host official', () => {
    expect(classify('policia.gov.co').verdict).toBe('not-official');
    expect(classify('police.gov.hk').verdict).toBe('not-official');
    expect(classify('policjа.gov.pl').verdict).toBe('lookalike'); // Cyrillic а
    expect(classify('politiet.gov.hr').verdict).toBe('lookalike'); // another country's force under an umbrella
    expect(classify('politie.gov.nl').verdict).toBe('lookalike'); // gov.nl: a private suffix under a plain ccTLD
    expect(classify('tax.service.gov.uk.refund-claim.com').verdict).toBe('lookalike');
  });
});

describe('the official list is a parameter', () => {
  const custom: OfficialDomain[] = [
    { domain: 'example-police.test', org: 'Example Police', kind: 'police', email: true, source: 'https://example-police.test/' },
  ];

  it('classifies against the list given, not a built-in one', () => {
    expect(classifyAddress('https://www.example-police.test/', custom)).toMatchObject({ verdict: 'official', org: 'Example Police' });
    expect(classifyAddress('https://www.politiet.no/', custom).verdict).toBe('not-official');
    expect(classifyAddress('example-police.test.evil.com', custom)).toMatchObject({
      verdict: 'lookalike',
      technique: 'subdomain-embedding',
      imitates: 'Example Police',
    });
  });

  it('keeps its tables with the opened trust list, not in a module', () => {
    const a = trustState();
    const b = trustState();
    expect(officialIndexOf(a)).toBe(officialIndexOf(a));
    expect(officialIndexOf(b)).not.toBe(officialIndexOf(a));
    expect(officialIndex(REFERENCE)).toBe(REFERENCE);
    expect(officialIndex(OFFICIAL_REFERENCE)).not.toBe(REFERENCE);
  });
});

describe('inputs that cannot be classified', () => {
  it('are not-official with an error code, never a guess', () => {
    expect(classify(`https://politiet.no/${'x'.repeat(3000)}`)).toMatchObject({ verdict: 'not-official', error: 'too-long', host: '' });
    expect(classify('javascript:alert("politiet.no")')).toMatchObject({ verdict: 'not-official', error: 'unsupported-scheme' });
    expect(classify('')).toMatchObject({ verdict: 'not-official', error: 'empty' });
  });
});
