// The concept pairs and combinations added for issue 11 (docs/EXTRACT.md "Concepts"): an arrear
// addressed to the reader, a fine with a reference number or an amount, a unit named by the crime
// it fights, forbidden content, capitalised formal address, conditionals, non-reply threats. The
// inputs are written here, not copied from the corpus; each rule has a near miss that must not fire.
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/core/check.js';
import { OFFICIAL_REFERENCE } from '../../src/core/domain/official-reference.js';
import { findConcepts } from '../../src/core/text/concepts.js';
import { ctxWith, trustPayload, trustState } from '../helpers/fixture.js';

const ctx = ctxWith([], trustState(trustPayload({ official_domains: [...OFFICIAL_REFERENCE] })));
const verdict = (t: string) => checkInput(t, ctx).verdict;
const kinds = (t: string) => findConcepts(t).map((c) => c.kind);

describe('an arrear addressed to the reader is a demand to pay', () => {
  it.each(['Your toll balance is still unpaid.', 'Ihre Parkgebühr ist noch nicht bezahlt.', 'Uw rekening staat nog open: achterstand bij de tolheffing.'])(
    '%s → scam',
    (t) => {
      expect(kinds(t)).toContain('payment');
      expect(verdict(t)).toBe('scam');
    },
  );
  it('an arrear in the third person is not', () => {
    expect(kinds('Unpaid tolls rose sharply in the last year.')).not.toContain('payment');
    expect(verdict('Unpaid tolls rose sharply in the last year.')).not.toBe('scam');
  });
});

describe('a fine or an arrear with a reference number or an amount is a payment notice', () => {
  it.each([
    'Parking penalty – reference 88213-QX',
    'Bußgeld wegen Parkverstoß, Aktenzeichen 4711/26',
    'Pedaggio non saldato – rif. 5512093',
    'Verwarnungsgeld: 35 € fällig',
    'Amende de stationnement : 135 euros',
    'Multa de tráfico por importe de 200 EUR',
  ])('%s → scam', (t) => expect(verdict(t)).toBe('scam'));
  it('a reference word without a number, or a currency without an amount, is an ordinary word', () => {
    expect(kinds('Parking penalty: see the reference on the sign')).not.toContain('payment');
    expect(kinds('Bußgeld in Euro und Cent')).not.toContain('payment');
    expect(verdict('Parking penalty: see the reference on the sign')).not.toBe('scam');
  });
});

describe('a unit named by the crime it fights is a claim and a demand in one', () => {
  it.each([
    'Departamento de Lucha contra el Cibercrimen',
    'Servizio per il contrasto del terrorismo',
    'Monetary Crimes Directorate',
    'Brigade de protection des mineurs',
  ])('%s → scam', (t) => {
    expect(findConcepts(t).some((c) => c.kind === 'authority' && c.unit === true)).toBe(true);
    expect(verdict(t)).toBe('scam');
  });
  it('the fight against a crime is no unit, and a cyber *security* centre is no police body', () => {
    expect(findConcepts('Europe steps up the fight against cybercrime.').some((c) => c.unit === true)).toBe(false);
    expect(kinds('Nationaal Cyber Security Centrum')).not.toContain('authority');
    expect(verdict('Nationaal Cyber Security Centrum')).toBe('no-evidence');
  });
  it('a warning about a fake unit stays a warning', () => {
    expect(verdict('A fake e-mail signed by a "Cybercrime Division" is circulating: delete it.')).not.toBe('scam');
  });
});

describe('units named by their crime field, in every language and as one compound word', () => {
  it.each([
    'Wydział Zwalczania Cyberprzestępczości',
    'Odbor boje proti kyberkriminalitě',
    'Számítógépes Bűnözés Elleni Osztály',
    'Direcția de Combatere a Criminalității Informatice',
    'Служба за борба с киберпрестъпността',
    'Τμήμα Δίωξης Ηλεκτρονικού Εγκλήματος',
    'Avdeling for bekjempelse av datakriminalitet',
    'Kovos su elektroninių nusikaltimų skyrius',
    'Cyberkriminalitätsdezernat',
    'nationale cybermisdaaddienst',
    'Kyberrikoskeskus',
  ])('%s → a specialised unit, scam', (t) => {
    expect(findConcepts(t).some((c) => c.kind === 'authority' && c.unit === true)).toBe(true);
    expect(verdict(t)).toBe('scam');
  });
  it('a crime field without a unit, or a unit far from it, is none', () => {
    expect(findConcepts('Cyberprzestępczość rośnie z roku na rok.').some((c) => c.unit === true)).toBe(false);
    expect(findConcepts('Cyberkriminalitätsstatistik 2025').some((c) => c.unit === true)).toBe(false);
    expect(findConcepts('Wydział Komunikacji Społecznej zaprasza na piknik. Cyberprzestępczość też omówimy.').some((c) => c.unit === true)).toBe(false);
  });
  it('a police news sentence about the real unit stays about it', () => {
    expect(verdict('Policja ostrzega: oszuści podszywają się pod Wydział do Walki z Cyberprzestępczością.')).not.toBe('scam');
  });
});

describe('a fine or an arrear with a link to a host not its own', () => {
  it.each(['Unpaid toll: https://ez-tolls.top/x', 'Bußgeld offen: https://verkehr-info.top/a', 'Mandat karny – https://qrx-pl.site/p'])('%s → scam', (t) =>
    expect(verdict(t)).toBe('scam'),
  );
  it('a fine far from the link, a framed warning, or a link alone, is not', () => {
    const far = `Unpaid tolls rose sharply last year. ${'Traffic grew in all regions. '.repeat(8)}Source: https://www.reuters.com/x`;
    expect(verdict(far)).not.toBe('scam');
    expect(verdict('Police warn: fake SMS about an unpaid toll link to https://ez-tolls.top. Do not click.')).not.toBe('scam');
    expect(verdict('See the timetable at https://bus-times.top/x')).not.toBe('scam');
    // A claim next to a link is no demand: genuine warnings link to help services a list may miss.
    expect(verdict('This file was put here by the police. Get help at https://help-line.example.org')).toBe('not-a-warning');
  });
});

describe("impersonal pressure: the reader's file handed on, a non-reply threat, a time limit in any number", () => {
  it.each([
    'Your file has been forwarded to the public prosecutor.',
    'Ihre Akte wurde an die Staatsanwaltschaft weitergeleitet.',
    'Twoja sprawa została przekazana do prokuratury.',
    'Din sak er oversendt til påtalemyndigheten.',
    'Asiasi on siirretty syyttäjälle.',
    'Proceedings will be opened against you.',
    'Politiet: svar innen 36 timer.',
    'Policja: odpowiedz w ciągu 36 godzin.',
    'Gendarmerie : réponse attendue dans les 36 heures.',
    'Polizei: Antwort innerhalb von 36 Stunden.',
    'Poliisi: yhteydenotto 36 tunnin kuluessa.',
    'Police: failure to respond will be taken into account.',
  ])('%s → scam', (t) => expect(verdict(t)).toBe('scam'));
  it("a file that is not the reader's, a report, a legal time limit, or a non-reply threat alone is not", () => {
    expect(verdict('The case file was forwarded to the prosecutor.')).not.toBe('scam');
    expect(verdict('Police: your report was forwarded to the local station.')).not.toBe('scam');
    expect(verdict('Police: you can appeal within 30 days.')).not.toBe('scam');
    expect(verdict('Politiet: klage innen 21 dager.')).not.toBe('scam');
    expect(verdict('Failure to respond will delay your parcel.')).not.toBe('scam');
    expect(kinds('Police: the office opens within 36 hours of the holiday.')).toContain('deadline');
    expect(kinds('Police: there were 36 hours of delays.')).not.toContain('deadline');
  });
});

describe('lexicon gaps: Scandinavian possessives after the noun, customs authorities, a digital mailbox', () => {
  it.each([
    'Vi har oppdaget ulovlig aktivitet på datamaskinen din.',
    'Vi har fundet ulovligt indhold på din computer.',
    'Polisen: Du har fått ett nytt meddelande i din digitala brevlåda.',
    'Alfândega: a sua encomenda está retida. Pague as taxas.',
    'Zoll: Ihr Paket wird zurückgehalten. Zahlen Sie die Gebühr.',
  ])('%s → scam', (t) => expect(verdict(t)).toBe('scam'));
  it('the same words without the reader or a demand are not', () => {
    expect(verdict('Ulovlig aktivitet ble oppdaget på en datamaskin i Bergen.')).not.toBe('scam');
    expect(verdict('Der Zoll hat am Flughafen 20 Kilo Kokain gefunden.')).not.toBe('scam');
  });
});

describe('evidence, a complaint or a warrant against the reader is proceedings', () => {
  it.each([
    'We have evidence against you.',
    'A criminal complaint has been filed against you.',
    'Nous avons des preuves contre vous.',
    'Gegen Sie wurde Anzeige erstattet.',
    'Er is aangifte tegen u gedaan.',
    'Vi har bevis mot deg.',
    'Bylo podáno trestní oznámení proti vám.',
    'Έχει κατατεθεί μήνυση εναντίον σας.',
  ])('%s → scam', (t) => expect(verdict(t)).toBe('scam'));
  it('across a comma (advice), without "against you", or against someone else, it is not', () => {
    expect(verdict('If someone uses violence against you, report it to the police.')).not.toBe('scam');
    expect(verdict('Keep the evidence of your conversations.')).not.toBe('scam');
    expect(verdict('Police have evidence against the suspect.')).not.toBe('scam');
  });
});

describe('police-news narration (an arrest in the third person) speaks about the authority', () => {
  it.each([
    'The 34-year-old was arrested within 24 hours. The case file has been forwarded to the prosecutor.',
    'Die Polizei nahm den Tatverdächtigen innerhalb von 24 Stunden fest.',
    'La police a interpellé le suspect dans les 48 heures.',
    'La Guardia Civil detuvo al autor en 48 horas.',
    'Polisen grep mannen inom 24 timmar.',
  ])('%s → not scam', (t) => expect(verdict(t)).not.toBe('scam'));
  it("the scam's own threat of arrest is not narration", () => {
    expect(verdict('Police: you will be arrested within 24 hours.')).toBe('scam');
    expect(verdict('Polizei: Sie werden festgenommen, wenn Sie nicht zahlen.')).toBe('scam');
  });
});

describe("a sanction on the reader's account, licence, passport or card", () => {
  it.each([
    'Gendarmerie nationale : votre permis de conduire sera suspendu.',
    'Polizia di Stato: la sua patente sarà sospesa.',
    'INTERPOL notice: your bank account will be frozen.',
    'Ihr Konto wurde auf Anordnung der Staatsanwaltschaft gesperrt.',
    'Poliisi: tilisi on jäädytetty.',
    'Your account will be suspended within 24 hours.',
  ])('%s → scam', (t) => expect(verdict(t)).toBe('scam'));
  it("someone else's account, a conditional across a comma, or a sanction without an authority or a demand, is not", () => {
    expect(verdict('Police froze the bank accounts of the suspects.')).not.toBe('scam');
    expect(verdict('If your card is blocked, call your bank.')).not.toBe('scam');
    expect(verdict('Your card has expired.')).not.toBe('scam');
    expect(kinds('Votre compte bancaire a été gelé.')).toContain('threat');
    expect(verdict('Votre compte bancaire a été gelé.')).not.toBe('scam');
  });
});

describe('a demand to pay with a short time limit is a payment notice', () => {
  it.each(['Final notice: pay now.', 'Pay within 48 hours.', 'Zahlen Sie innerhalb von 24 Stunden.', 'Betal innen 2 dager.'])('%s → scam', (t) =>
    expect(verdict(t)).toBe('scam'),
  );
  it('a demand to pay alone, or with a legal time limit, is not', () => {
    expect(verdict('Pay now.')).not.toBe('scam');
    expect(verdict('Pay within 30 days.')).not.toBe('scam');
  });
});

describe('reader words that depend on how they are written', () => {
  it('German Sie and Italian Suo address the reader only capitalised inside a sentence', () => {
    expect(kinds('Wir müssen Ihnen mitteilen, dass gegen Sie strafrechtliche Ermittlungen laufen.')).toContain('proceedings');
    expect(kinds('Die Frau wurde festgenommen. Gegen sie laufen Ermittlungen.')).not.toContain('proceedings');
    expect(kinds('Abbiamo registrato una multa per la Sua auto.')).toContain('payment');
    expect(kinds('Abbiamo registrato una multa per la sua auto.')).not.toContain('payment');
  });
  it('a reader word right after a conditional pairs with nothing ("if you come across illegal content")', () => {
    expect(kinds('If you come across illegal content online, report it.')).not.toContain('accusation');
    expect(kinds('You downloaded illegal content online.')).toContain('accusation');
  });
});

describe('other combinations', () => {
  it('an arrear with a call to log in or a deadline is a demand (implied scam)', () => {
    expect(verdict("Pedaggio non pagato: accedi all'area riservata")).toBe('scam');
    expect(verdict('Toll charge outstanding. Final notice.')).toBe('scam');
    expect(verdict('Outstanding tolls are a growing problem.')).not.toBe('scam');
  });
  it('a non-reply threat next to an authority claim is pressure', () => {
    expect(verdict('Sans réponse de votre part, le procureur sera saisi.')).toBe('scam');
    expect(verdict('In assenza di una sua risposta, il fascicolo andrà al tribunale.')).toBe('scam');
  });
  it('content with a word that makes it unlawful is an offence, also a few words apart', () => {
    expect(kinds('contenuti informatici vietati')).toContain('offence');
    expect(kinds('verbotene und eingestufte Inhalte')).toContain('offence');
    expect(kinds('illegal content')).toContain('offence');
    // further apart than a noun phrase, or in another sentence: no pair
    expect(kinds('The content of this newsletter is for members; sharing it is prohibited.')).not.toContain('offence');
    expect(kinds('Verbotene Parkplätze. Inhalte für Kinder.')).not.toContain('offence');
  });
  it('a fine notice sent by registered post is the genuine channel', () => {
    expect(verdict('Il Comando di Polizia Locale invia la sanzione al Suo indirizzo con raccomandata.')).not.toBe('scam');
  });
  it('surveillance aimed at the reader is an investigation of the reader', () => {
    expect(verdict('We are watching you.')).toBe('scam');
    expect(verdict('We are watching the weather.')).toBe('no-evidence');
  });
});

describe('the new checks stay linear', () => {
  it('64 KiB of each new trigger returns (timing is in npm run bench)', () => {
    for (const s of ['x Sie ', '\u20ac1 ', 'ref 1 ', 'if you ', 'cybercrime division ', 'verbotene Inhalte ', ' '.repeat(999) + 'Sie'])
      expect(['scam', 'not-a-warning', 'no-evidence']).toContain(verdict(s.repeat(Math.ceil(65536 / s.length)).slice(0, 65536)));
  });
});

describe('a reference number in a scam subject is no phone number', () => {
  it('"notice 2026-4471" yields no phone finding; a Norwegian number in pairs still does', () => {
    const codes = (t: string) => checkInput(t, ctx).findings.map((f) => f.code);
    expect(codes('Final notice 2026-4471: your fine is unpaid')).not.toContain('WC_PHONE_UNCHECKED');
    expect(verdict('Final notice 2026-4471: your fine is unpaid')).toBe('scam');
    expect(codes('Ring 22 12 34 56')).toContain('WC_PHONE_UNCHECKED');
  });
});

describe('summons wording that the lexicons missed', () => {
  it.each(['Usted ha sido citado a declarar.', 'U wordt opgeroepen om te verschijnen.', 'Citazione in giudizio', 'Ordem de comparência'])('%s → scam', (t) =>
    expect(verdict(t)).toBe('scam'),
  );
  it('an appointment or a meeting is no summons', () => {
    expect(verdict('Su cita está confirmada para el lunes.')).not.toBe('scam');
    expect(verdict('Stevnemøte i kveld')).not.toBe('scam');
  });
});
