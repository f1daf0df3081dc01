// Lexicons of en, de, nl, fr, es, pt and it, and the decision rules for short texts (docs/EXTRACT.md
// "Concepts"). Every input is written here in the language, not copied from the corpus; each group
// has near misses: police news in the third person, official notices, warnings that quote a scam.
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/core/check.js';
import { OFFICIAL_REFERENCE } from '../../src/core/domain/official-reference.js';
import { findConcepts } from '../../src/core/text/concepts.js';
import { ctxWith, trustPayload, trustState } from '../helpers/fixture.js';

const ctx = ctxWith([], trustState(trustPayload({ official_domains: [...OFFICIAL_REFERENCE] })));
const verdict = (t: string) => checkInput(t, ctx).verdict;
const kinds = (t: string) => findConcepts(t).map((c) => c.kind);

describe('a sanction on the reader’s account, licence or ID with a request to log in (the credential lure)', () => {
  const lures = [
    'Your account has been suspended. Verify your identity at the link below.',
    'Your driving licence has been suspended. Log in to restore it.',
    'Ihr Konto wurde gesperrt. Bestätigen Sie Ihre Identität hier.',
    'Votre compte a été suspendu. Confirmez votre identité ici.',
    'Uw rekening is geblokkeerd. Log in om uw gegevens te bevestigen.',
    'Su cuenta ha sido bloqueada. Verifique sus datos aquí.',
    'A sua conta foi bloqueada. Confirme os seus dados aqui.',
    'Il suo conto è stato bloccato. Acceda per confermare i suoi dati.',
  ];
  for (const t of lures)
    it(`scam: ${t}`, () => {
      const k = kinds(t);
      expect(k).toContain('threat');
      expect(k).toContain('login');
      expect(k).not.toContain('authority');
      expect(verdict(t)).toBe('scam');
    });
  const near = [
    // a sanction alone, or on someone else's account, or a login alone
    'Your account has been suspended.',
    'Die Polizei hat die Konten der Verdächtigen gesperrt.',
    'Les comptes des suspects ont été gelés par la justice.',
    'Log in to your account to see your messages.',
    // a warning describing the lure
    'Never log in through a link in a message saying your account is blocked.',
  ];
  for (const t of near) it(`not scam: ${t}`, () => expect(verdict(t)).not.toBe('scam'));
});

describe('a bare "is blocked" is no locked device (roads, accounts and bans are blocked in police news)', () => {
  const news = [
    'The road has been blocked after a crash on the A1.',
    'Die A3 ist nach einem Unfall in Richtung Köln gesperrt.',
    'Die Zufahrt wurde gesperrt, der Verkehr wird umgeleitet.',
    "L'autoroute A7 est bloquée par des manifestants depuis ce matin.",
    'De weg is geblokkeerd na een ongeval.',
    'La carretera ha sido bloqueada por la nieve.',
    'A estrada está bloqueada devido ao acidente.',
    "L'autostrada è bloccata per un incidente.",
    'The government hopes to unlock funding for new police stations.',
    'Il governo vuole sbloccare i cantieri entro l’estate.',
  ];
  for (const t of news)
    it(`nothing: ${t}`, () => {
      expect(kinds(t)).not.toContain('device-lock');
      expect(verdict(t)).not.toBe('scam');
    });
  const screens = [
    'Your computer has been blocked for illegal activity.',
    'Ihr Computer wurde gesperrt. Entsperren Sie ihn innerhalb von 24 Stunden.',
    'Votre ordinateur a été bloqué.',
    'Uw computer is geblokkeerd.',
    'Su ordenador ha sido bloqueado.',
    'O seu computador foi bloqueado.',
    'Il suo computer è stato bloccato.',
  ];
  for (const t of screens) it(`scam: ${t}`, () => expect(verdict(t)).toBe('scam'));
});

describe('a fine and its arrear or payment in one phrase are both concepts ("unpaid toll", "offenes Bußgeld", "pague su multa")', () => {
  for (const t of ['Unpaid toll', 'Outstanding fine', 'Péage impayé', 'Multa impagada'])
    it(`scam: ${t}`, () => {
      const k = kinds(t);
      expect(k).toContain('penalty');
      expect(k).toContain('overdue');
      expect(verdict(t)).toBe('scam');
    });
  // and an arrear or a payment phrase that names the fine
  for (const t of ['Offenes Bußgeld', 'Pague su multa', 'Pay your fine now', 'Multa pendiente'])
    it(`scam: ${t}`, () => {
      const k = kinds(t);
      expect(k).toContain('penalty');
      expect(verdict(t)).toBe('scam');
    });
  // a word listed under two kinds is still one concept; a plural arrear in a headline is no demand
  for (const t of [
    'Aanmaning',
    'Multa',
    'Bußgeld',
    'Unpaid tolls rose sharply last year',
    'Toll charges rise in January',
    'Parking fines are set by the council',
  ])
    it(`nothing: ${t}`, () => expect(verdict(t)).not.toBe('scam'));
});

/** Short scams (subjects, SMS, one-line fragments) and near misses, per language. */
const SHORT: Record<string, { scam: string[]; genuine: string[] }> = {
  en: {
    scam: [
      'Final warning: your toll balance is still outstanding',
      'IRS: Final notice of intent to levy. Call us immediately to avoid arrest.',
      'DVLA: your vehicle tax is in arrears. Update your payment details today.',
      'Outstanding court fees: pay $250 within 48 hours',
      'Action needed: reply with your bank details to release the penalty refund hold. Sergeant Miller, Metropolitan Police',
      'You are summoned to appear before the county court',
      'E-ZPass: you have an outstanding toll invoice. Pay today.',
    ],
    genuine: [
      'Police issue 300 fines for unpaid tolls',
      'Police arrest man over unpaid tolls',
      'Officers seized 3 kg of cannabis and arrested two men on Tuesday.',
      'HMRC will never ask you to pay by gift card.',
      'Police are appealing for witnesses. Anyone with information should contact us on 101.',
    ],
  },
  de: {
    scam: [
      'Letzte Warnung: Ihr Bußgeld ist noch offen. Zahlen Sie jetzt.',
      'Finanzamt: Ihre Nachzahlung ist überfällig',
      'Toll Collect: Mautnachforderung 34,90 EUR – Geschäftszeichen 2211',
      'Bußgeldstelle: Ihre Strafverfügung ist unbeglichen',
      'Gerichtsvollzieher: Zwangsvollstreckung wird eingeleitet – letzte Aufforderung',
      'Offene Rechnung: Ihr Mahnbescheid – bezahlen Sie',
    ],
    genuine: [
      'Die Polizei war umgehend vor Ort und sperrte die Straße.',
      'Die Polizei verarbeitet Ihre Daten gemäß der Datenschutz-Grundverordnung.',
      'Ein Mann wurde wegen Mautprellerei angezeigt, teilte die Polizei mit.',
      'Das Finanzamt erinnert an die Abgabefrist der Steuererklärung am 31. Juli.',
      'Die A3 ist nach einem Unfall gesperrt, die Polizei leitet den Verkehr um.',
    ],
  },
  fr: {
    scam: [
      'DGFiP : vous avez un arriéré d’impôt. Réglez votre dette sous 48h.',
      'Péage impayé : régularisez votre situation',
      'Mise en demeure : procédure engagée contre vous',
      'Votre permis sera suspendu. Confirmez vos informations.',
      'Trésor public : facture impayée de 35 euros',
      'Vinci Autoroutes : télépéage non réglé, montant restant 12,40 €',
    ],
    genuine: [
      'La police a dressé 300 amendes pour péage impayé.',
      'La DGFiP rappelle que la déclaration de revenus doit être déposée avant le 20 mai.',
      'La préfecture informe que le pont est fermé. Rendez-vous sur le site de la mairie.',
      'Lors d’un contrôle, le conducteur a été verbalisé pour défaut de permis.',
    ],
  },
  nl: {
    scam: [
      'CJIB: openstaand bedrag 79 euro, betaal vandaag',
      'Belastingdienst: u heeft een betalingsachterstand. Betaal binnen 48 uur.',
      'Onbetaalde tol – betaal de tolrekening',
      'Je DigiD is geblokkeerd. Bevestig je gegevens via de link.',
      'U bent gedagvaard om te verschijnen voor de kantonrechter',
      'Dwangbevel: betaal het openstaande bedrag',
    ],
    genuine: [
      'De politie heeft 40 automobilisten bekeurd voor te hard rijden.',
      'Een man werd veroordeeld tot drie maanden cel, meldt de politie.',
      'De RDW meldt dat het nieuwe kentekenbewijs vanaf 1 juli wordt verstuurd.',
      'De politie zoekt getuigen van de inbraak.',
    ],
  },
  es: {
    scam: [
      'Último aviso: su multa sigue sin pagar',
      'Agencia Tributaria: su deuda está en periodo ejecutivo, pague ahora',
      'Peaje impagado: abone el importe en 24h',
      'Queda usted citado a comparecer en el juzgado',
      'Usted ha sido denunciado por exceso de velocidad. Abone la multa.',
      'Providencia de apremio: embargo de su cuenta',
    ],
    genuine: [
      'La Guardia Civil ha denunciado a 40 conductores por exceso de velocidad.',
      'El conductor fue multado con 500 euros, según fuentes policiales.',
      'La Agencia Tributaria recuerda que la campaña de la renta termina el 30 de junio.',
      'Los agentes detuvieron a un hombre por robo.',
      'Les pompiers ont évacué un liquide inflammable, indique la police.',
    ],
  },
  pt: {
    scam: [
      'Último aviso: a sua multa ainda não foi paga',
      'Via Verde: portagem em dívida de 4,35 €. Pague hoje.',
      'Autoridade Tributária: dívida fiscal em incumprimento, regularize já',
      'A sua carta de condução foi suspensa. Aceda ao portal para confirmar os seus dados.',
      'O seu veículo foi fotografado em excesso de velocidade. Pague a coima.',
    ],
    genuine: [
      'O condutor foi multado em 300 euros, segundo a GNR.',
      'A Autoridade Tributária lembra que o prazo de entrega do IRS termina a 30 de junho.',
      'O arguido deve comparecer no tribunal na segunda-feira, informou a PSP.',
      // words of another language: French "ligue" (league), Spanish "boleto" (ticket)
      'La police a sécurisé le match de Ligue 1 samedi soir.',
      'La Policía Nacional detuvo a un hombre que vendía boletos falsificados.',
    ],
  },
  it: {
    scam: [
      'Ultimo sollecito: la sua multa risulta non pagata',
      'Agenzia Entrate Riscossione: cartella esattoriale da saldare entro 48h',
      'Pedaggio non pagato: paghi subito',
      'La sua patente è stata sospesa. Verifica i tuoi dati al link.',
      'Il suo veicolo è stato fotografato dall’autovelox. Paghi la multa.',
    ],
    genuine: [
      'Il conducente è stato multato per eccesso di velocità, riferiscono i carabinieri.',
      'L’Agenzia delle Entrate ricorda che la dichiarazione dei redditi scade il 30 settembre.',
      'La Polizia di Stato ha arrestato due uomini per rapina.',
      'Gli agenti hanno sequestrato 3 kg di droga.',
    ],
  },
};

describe('short texts', () => {
  for (const [lang, { scam, genuine }] of Object.entries(SHORT)) {
    for (const t of scam) it(`${lang} scam: ${t}`, () => expect(verdict(t)).toBe('scam'));
    for (const t of genuine) it(`${lang} not scam: ${t}`, () => expect(verdict(t)).not.toBe('scam'));
  }
});

describe('German "sie" in lower case is "she" or "they", never the formal "you"', () => {
  const news = [
    'Nach dem Diebstahl wurde Anzeige gegen sie erstattet.',
    'Die Staatsanwaltschaft hat ein Verfahren gegen sie eingeleitet.',
    'Die Polizei stellte fest, dass sie werden beschuldigt, Waren gestohlen zu haben.',
    'Die Kontrolleure sagten, sie werden festgenommen, wenn sie nicht zahlen.',
  ];
  for (const t of news) it(`not scam: ${t}`, () => expect(verdict(t)).not.toBe('scam'));
  const scams = [
    'Gegen Sie wurde Anzeige erstattet. Antworten Sie innerhalb von 48 Stunden.',
    'GEGEN SIE WURDE ANZEIGE ERSTATTET',
    'Die Staatsanwaltschaft hat ein Verfahren gegen Sie eingeleitet.',
  ];
  for (const t of scams) it(`scam: ${t}`, () => expect(verdict(t)).toBe('scam'));
});
