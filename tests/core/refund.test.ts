// The refund lure (docs/EXTRACT.md "Concepts", rule 3): money said to wait for the reader — a tax
// refund, a reimbursement, compensation, an overpayment — addressed to the reader, with an amount
// or said to be due, approved or ready. The inputs are written here, not copied from the corpus;
// each language group has near misses (news in the third person, a warning about the scam).
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/core/check.js';
import { OFFICIAL_REFERENCE } from '../../src/core/domain/official-reference.js';
import { findConcepts } from '../../src/core/text/concepts.js';
import { ctxWith, trustPayload, trustState } from '../helpers/fixture.js';

const ctx = ctxWith([], trustState(trustPayload({ official_domains: [...OFFICIAL_REFERENCE] })));
const verdict = (t: string) => checkInput(t, ctx).verdict;
const kinds = (t: string) => findConcepts(t).map((c) => c.kind);
const codes = (t: string) => checkInput(t, ctx).findings.map((f) => f.code);

const LURES: Record<string, string[]> = {
  germanic: [
    'Your tax refund of £312.50 is waiting for you.',
    'You are eligible to receive a reimbursement for an overpayment.',
    'Ihre Steuerrückerstattung wurde genehmigt.',
    'Sie haben Anspruch auf eine Rückzahlung von 148,20 €.',
    'Uw terugbetaling van 96 euro is goedgekeurd.',
    'Du har krav på tilbakebetaling av skatt.',
    'Refusjon av skatt: 2 300,00 NOK.',
    'Du har ret til en tilbagebetaling på 1.450 DKK.',
    'Du har rätt till en skatteåterbäring.',
    'Þú átt rétt á endurgreiðslu.',
  ],
  romance: [
    'Vous avez droit à un remboursement de 214,60 €.',
    'Usted tiene derecho a un reembolso de sus impuestos.',
    'A sua restituição de 380,15 EUR está aprovada.',
    'Hai diritto a un rimborso di 187 euro.',
    'Aveți dreptul la o rambursare a taxelor plătite.',
    'Int intitolat għal rifużjoni ta’ €95.',
  ],
  slavic: [
    'Masz prawo do zwrotu nadpłaconego podatku.',
    'Máte nárok na vrácení daně ve výši 2 450 CZK.',
    'Máte nárok na vrátenie preplatku.',
    'Upravičeni ste do vračila dohodnine.',
    'Imate pravo na povrat poreza od 120 EUR.',
    'Имате право на възстановяване на данък.',
  ],
  other: [
    'Olet oikeutettu veronpalautukseen.',
    'Teil on õigus saada maksutagastus 84 eurot.',
    'Jums ir tiesības uz nodokļu atmaksu.',
    'Turite teisę į mokesčių grąžinimą.',
    'Ön jogosult adó-visszatérítésre.',
    'Δικαιούστε επιστροφή φόρου 215 ευρώ.',
  ],
};

describe('money said to wait for the reader is the refund lure', () => {
  for (const [group, texts] of Object.entries(LURES))
    it.each(texts)(`${group}: %s → scam`, (t) => {
      expect(kinds(t)).toContain('refund-offer');
      expect(verdict(t)).toBe('scam');
      expect(codes(t)).toContain('WC_SIGN_REFUND');
    });
  it.each(['Tax refund: £312.50', 'Steuererstattung 148,20 EUR', 'Επιστροφή φόρου: 143,20 ευρώ', 'Remboursement : 96,15 €'])(
    'a refund with a sum to the cent: %s → scam',
    (t) => expect(verdict(t)).toBe('scam'),
  );
  it('a refund with a request to log in is the lure too', () => {
    expect(kinds('Tax refund notice: log in to your account to receive it')).toContain('refund');
    expect(verdict('Tax refund notice: log in to your account to receive it')).toBe('scam');
  });
  it('a refund next to a link to an unofficial host is the lure', () => {
    expect(verdict('Steuererstattung: https://finanz-erstattung.top/form')).toBe('scam');
  });
  it('an authority claim with the lure is scam: the claim is marked too', () => {
    const c = codes('HMRC: you are entitled to a tax refund.');
    expect(c).toContain('WC_SIGN_AUTHORITY');
    expect(c).toContain('WC_SIGN_REFUND');
  });
});

describe('near misses: refunds in the third person, warnings about the lure', () => {
  it.each([
    // news and official notices in the third person
    'Tax refunds for 2025 will be paid from the end of June.',
    'Die Finanzämter zahlen die Erstattungen ab Juli aus.',
    'Veronpalautukset maksetaan elokuussa.',
    'Les remboursements seront versés en septembre.',
    'Zwroty podatku są wypłacane w ciągu 45 dni.',
    // round sums: statistics and rules, not one person's computed refund
    'The average tax refund this year was €950.',
    'Refunds below 10 euros are not paid out.',
    'La restitution moyenne atteint 850 €.',
    // a German idiom: "erstatten Sie Anzeige" is "file a report"
    'Erstatten Sie Anzeige bei Ihrer Polizeidienststelle.',
  ])('%s → not scam', (t) => {
    expect(kinds(t)).not.toContain('refund-offer');
    expect(verdict(t)).not.toBe('scam');
  });
  it.each([
    'Fraudsters send e-mails claiming that you are entitled to a tax refund. Do not click the link.',
    'Betrüger verschicken E-Mails: Sie hätten Anspruch auf eine Steuererstattung von 250 €. Klicken Sie nicht auf den Link.',
    'Huijarit lähettävät viestejä, joiden mukaan olet oikeutettu veronpalautukseen. Älä klikkaa linkkiä.',
    'Измамници изпращат съобщения, че имате право на възстановяване на данък. Не отваряйте връзката.',
    'Meddelelse om, at du skal have penge tilbage. Så skal du bare slette mailen.',
  ])('a warning: %s → not scam', (t) => expect(verdict(t)).not.toBe('scam'));
  it('a refund alone (a subject "Tax refund") is no scam on its own', () => {
    expect(kinds('Tax refund')).toContain('refund');
    expect(verdict('Tax refund')).not.toBe('scam');
  });
});
