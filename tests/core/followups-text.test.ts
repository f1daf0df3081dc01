// Follow-ups to the lexicon work (issue 11) in the text analysis: hand-written sentences, each of
// which read differently before its change.
import { describe, expect, it } from 'vitest';
import { findConcepts } from '../../src/core/text/concepts.js';

const kinds = (t: string) => findConcepts(t).map((c) => c.kind);
const said = (t: string, kind: string) => findConcepts(t).find((c) => c.kind === kind && !c.negated);

describe('authority acronyms that are ordinary words elsewhere count only in capitals', () => {
  it('reads the capitalised acronym as an authority', () => {
    expect(said('KAS wzywa do zapłaty.', 'authority')).toBeDefined();
    expect(said('FINA: vaš račun je blokiran.', 'authority')).toBeDefined();
    expect(said('Zpráva od PČR, zaplaťte pokutu.', 'authority')).toBeDefined();
    expect(said('Tisztelt Ügyfél, NAV fizessen azonnal', 'authority')).toBeDefined();
  });
  it('does not read Hungarian NAV as the Latvian negator "nav"', () => {
    expect(kinds('Tisztelt Ügyfél, NAV fizessen azonnal')).toContain('payment');
  });
  it('leaves the lower-case word, and the word in a line of capitals, alone', () => {
    expect(kinds('kas te maksid trahvi?')).not.toContain('authority');
    expect(kinds('Ar fina pieeju')).not.toContain('authority');
    // PČR (Czech police) only with its caron: PCR is the test, in every language.
    expect(kinds('Váš PCR test je pozitivní, zaplaťte pokutu.')).not.toContain('authority');
    expect(kinds('Badania DNA wykazały, że sprawca zapłacił.')).not.toContain('authority');
    expect(findConcepts('Policija nav sūtījusi sodu.').find((c) => c.kind === 'authority')?.negated).toBe(true);
    expect(findConcepts('POLICIJA NAV SŪTĪJUSI SODU.').find((c) => c.kind === 'authority')?.negated).toBe(true);
  });
});

describe('Nordic and Baltic conditionals', () => {
  it('a reader word right after "if" speaks of a case, not of the reader', () => {
    // Estonian "kui", Lithuanian "jei": "if your account is closed, log in" is a help page's case.
    expect(kinds('Kui teie konto on suletud, logige sisse.')).not.toContain('threat');
    expect(kinds('Jei jūsų sąskaita buvo užblokuota, prisijunkite.')).not.toContain('threat');
  });
  it('keeps the reader where the word is not a conditional', () => {
    // Estonian "ja" is "and": not among the conditionals, so "and your account" stays the reader's.
    expect(kinds('Teavitame ja teie konto on suletud, logige sisse.')).toContain('threat');
    expect(kinds('Teie konto on suletud, logige sisse.')).toContain('threat');
    expect(kinds('Jūsų sąskaita buvo užblokuota, prisijunkite.')).toContain('threat');
  });
});

describe('Nordic and Baltic "if you have received" as a disclaimer', () => {
  const help = [
    'Hvis du har fått en bot, kan du betale den i nettbanken.',
    'Dersom du har fått et forelegg, kan du betale det innen fristen.',
    'Ef þú hefur fengið sekt getur þú greitt hana í heimabanka.',
    'Kui teile on määratud trahv, saate selle tasuda internetipangas.',
    'Ja esat saņēmis sodu, varat to samaksāt internetbankā.',
  ];
  for (const t of help)
    it(`reads a help page's case, not a demand: ${t}`, () => {
      expect(kinds(t)).toContain('disclaimer');
    });
  it('leaves the demand without the conditional', () => {
    expect(kinds('Du har fått en bot. Betal den innen 24 timer.')).not.toContain('disclaimer');
  });
});

describe('the Hungarian victim noun, not the verb "violated"', () => {
  it('does not read "sértette" (violated) as a disclaimer', () => {
    expect(kinds('Ön sértette a szerzői jogot, a bírságot fizesse meg.')).not.toContain('disclaimer');
    expect(kinds('Ön törvényt sértett, fizesse meg a bírságot.')).not.toContain('disclaimer');
  });
  it('still reads the victim of police news', () => {
    expect(kinds('A sértettől a csalók 2 millió forintot csaltak ki.')).toContain('disclaimer');
    expect(kinds('A rendőrség a sértettet arra kérte, tegyen feljelentést.')).toContain('disclaimer');
  });
});

describe('Danish: a suspended MitID or NemID and "confirm your details"', () => {
  it('reads "bekræft dine oplysninger" as the credential request, as "confirm your details" is', () => {
    expect(kinds('Din NemID er blevet suspenderet, bekræft dine oplysninger.')).toEqual(expect.arrayContaining(['threat', 'login']));
  });
  it('keeps the suspension alone a threat without a request', () => {
    expect(kinds('Din NemID er blevet suspenderet.')).not.toContain('login');
  });
});
