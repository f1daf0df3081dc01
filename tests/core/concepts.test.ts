// Concepts (docs/EXTRACT.md "Concepts"): what a message claims and what it demands, in 26
// languages and however the words are disguised; and THE RULE that combines them into a verdict.
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/core/check.js';
import { OFFICIAL_REFERENCE } from '../../src/core/domain/official-reference.js';
import { conceptFold } from '../../src/core/text/concept-fold.js';
import { findConcepts } from '../../src/core/text/concepts.js';
import { CONCEPT_LEXICONS } from '../../src/core/text/concepts/lexicon.js';
import { formatCode } from '../../src/core/code.js';
import { genuineText } from '../../src/core/template.js';
import { code, ctxWith, TEMPLATE_TEXT, trustPayload, trustState, warning } from '../helpers/fixture.js';

const c = code();
const ctx = ctxWith([{ code: c, jws: warning(c) }], trustState(trustPayload({ official_domains: [...OFFICIAL_REFERENCE] })));
const kinds = (t: string) => findConcepts(t).map((m) => `${m.kind}:${t.slice(m.span.start, m.span.end)}`);
const verdict = (t: string) => checkInput(t, ctx).verdict;

describe('the concept fold undoes disguises, keeping every span', () => {
  it.each([
    ['P0LICJA', 'policja'],
    ['P\u043eli\u0441e', 'police'], // Cyrillic о and с
    ['P O L I C E', 'police'],
    ['p.o.l.i.z.e.i', 'polizei'],
    ['Pol\u00edcia Judici\u00e1ria', 'policia judiciaria'],
    ['po1ice', 'poiice'], // 1 reads i; the lexicon holds the l→i variant of long words
    ['\u03b1\u03c3\u03c4\u03c5\u03bd\u03bf\u03bc\u03af\u03b1', '\u03b1\u03c3\u03c4\u03c5\u03bd\u03bf\u03bc\u03b9\u03b1'],
    ['\u043fo\u043b\u0438\u0446\u0438\u044f', '\u043f\u043e\u043b\u0438\u0446\u0438\u044f'], // Latin o in a Cyrillic word
  ])('%s', (input, folded) => {
    expect(conceptFold(input).chars.join('')).toBe(folded);
    const m = findConcepts(`Message from the ${input} today`);
    expect(
      m.some((x) => x.kind === 'authority'),
      input,
    ).toBe(true);
    const a = m.find((x) => x.kind === 'authority')!;
    expect(`Message from the ${input} today`.slice(a.span.start, a.span.end).length).toBeGreaterThan(0);
  });

  it('digits stay digits outside words (24 hours), and a spaced run needs four letters', () => {
    expect(conceptFold('within 24 hours').chars.join('')).toBe('within 24 hours');
    expect(conceptFold('a b c').chars.join('')).toBe('a b c');
  });
});

const LANG_CODES = [
  'da',
  'fi',
  'fr',
  'is',
  'lv',
  'mt',
  'nl',
  'nb',
  'nn',
  'pt',
  'sk',
  'sl',
  'es',
  'sv',
  'en',
  'de',
  'pl',
  'it',
  'cs',
  'hu',
  'ro',
  'hr',
  'bg',
  'el',
  'lt',
  'et',
];

describe('lexicons', () => {
  it('cover the 26 languages, each with an authority claim and demands', () => {
    for (const l of LANG_CODES) {
      const lex = CONCEPT_LEXICONS.find((x) => x.lang === l);
      expect(lex, l).toBeDefined();
      expect(lex!.concepts.authority?.length, l).toBeGreaterThan(0);
      for (const k of ['payment', 'login', 'attachment', 'deadline'] as const) expect(lex!.concepts[k]?.length, `${l} ${k}`).toBeGreaterThan(0);
    }
  });

  it.each([
    ['en', 'The police: log in here to read your case'],
    ['de', 'Die Polizei: Melden Sie sich an und öffnen Sie den Anhang'],
    ['fr', 'Gendarmerie nationale : cliquez sur le lien pour payer'],
    ['nl', 'Politie: log in via de link in de bijlage'],
    ['nb', 'Politiet: logg inn med BankID for å lese saken'],
    ['sv', 'Polisen: logga in med BankID'],
    ['da', 'Politiet: log ind med MitID'],
    ['fi', 'Poliisi: kirjaudu pankkitunnuksilla'],
    ['is', 'Lögreglan: skráðu þig inn'],
    ['es', 'Policía Nacional: haga clic en el enlace'],
    ['pt', 'Polícia Judiciária: clique aqui'],
    ['it', 'Polizia di Stato: clicca sul link'],
    ['pl', 'Policja: zaloguj się i otwórz załącznik'],
    ['cs', 'Policie ČR: přihlaste se a otevřete přílohu'],
    ['sk', 'Polícia SR: prihláste sa'],
    ['sl', 'Policija: prijavite se'],
    ['hr', 'Policija: kliknite i prijavite se'],
    ['hu', 'Rendőrség: kattintson a linkre'],
    ['ro', 'Poliția Română: accesați linkul'],
    ['bg', 'Полицията: кликнете на линка'],
    ['el', 'Ελληνική Αστυνομία: πατήστε εδώ'],
    ['lt', 'Lietuvos policija: prisijunkite'],
    ['lv', 'Valsts policija: pieslēdzieties'],
    ['et', 'Politsei: logige sisse'],
    ['mt', 'Il-Pulizija: ikklikkja hawn'],
    ['nn', 'Politiet: logg inn'],
  ])('%s: a claim with a demand is a scam', (_lang, text) => {
    expect(verdict(text)).toBe('scam');
  });

  it('a stem does not catch another meaning', () => {
    for (const t of ['Politiek is boeiend', 'Norsk politikk i dag', 'Polisa ubezpieczeniowa', 'Our privacy policy', 'Muita asioita', 'Polish your shoes'])
      expect(
        kinds(t).filter((k) => k.startsWith('authority')),
        t,
      ).toEqual([]);
  });
});

describe('THE RULE', () => {
  it('a claim alone is not-a-warning, with the claim marked; never no-evidence', () => {
    const r = checkInput('This is a message from the Police. Regards, Cyber Unit', ctx);
    expect(r.verdict).toBe('not-a-warning');
    const f = r.findings.find((x) => x.code === 'WC_SIGN_AUTHORITY')!;
    expect(f).toMatchObject({ kind: 'sign', verdict: 'not-a-warning', match: 'Police' });
    expect(verdict('P 0 L I C E notice')).not.toBe('no-evidence');
    expect(verdict('Europol')).toBe('not-a-warning');
  });

  it('claim + any demand or pressure is a scam: attachment, login, deadline, accusation, locked device', () => {
    for (const t of [
      'Police notice: see the attachment.',
      'You have new digital mail from the police, log in here: hxxps://example[.]com',
      'Europol: reply within 24 hours.',
      'Polizei: Ihr Computer wurde gesperrt.',
      'Police – Your operating system is locked',
    ])
      expect(verdict(t), t).toBe('scam');
  });

  it('an implied authority (a summons, an accusation aimed at the reader) is a scam on its own', () => {
    expect(verdict('Court summons: you are accused of offences.')).toBe('scam');
    expect(verdict('Vous faites l\u2019objet de poursuites pour p\u00e9dopornographie')).toBe('scam');
  });

  it('a text ABOUT the authority is not a scam: "the police never", third person, "according to the police"', () => {
    for (const t of [
      'The police never send fines by SMS and never ask you to log in.',
      'Die Polizei versendet keine Vorladungen per Mail. Laut Polizei sollten Links nicht angeklickt werden.',
      'Policja nie wysyła wezwań e-mailem.',
    ])
      expect(verdict(t), t).not.toBe('scam');
  });

  it('a claim that isolates the reader ("do not call the police") is still a claim', () => {
    expect(verdict('Court summons. Do not call the police: the case is confidential. Pay within 48 hours.')).toBe('scam');
  });

  it('the genuine warning text with its code stays genuine (its own police claim is expected)', () => {
    const text = genuineText({ id: 'no-en-1', issuer: 'no-test', lang: 'en', title: 'Test', text: TEMPLATE_TEXT }, c);
    expect(verdict(text)).toBe('genuine');
  });

  it("words inside an address are the address's business", () => {
    expect(verdict('https://www.politiet.no/en/')).toBe('official');
  });

  it('a code-shaped reference inside a scam is not a mistyped code: it is not reported as one', () => {
    const r = checkInput(`Police notice 2026-4471: pay the fine. Code ${formatCode(c)}`, ctx);
    expect(r.verdict).toBe('scam');
    expect(r.findings.filter((f) => f.verdict === 'mistyped')).toEqual([]);
  });

  it('64 KiB of disguised words returns (linear; timing is in npm run bench)', () => {
    for (const s of ['P O L I C E '.repeat(5462), 'P0L1CJA '.repeat(8192), 'P\u043eli\u0441e computer locked '.repeat(2850), 'a b c d '.repeat(8192)])
      expect(['scam', 'not-a-warning', 'no-evidence']).toContain(checkInput(s.slice(0, 65536), ctx).verdict);
  });
});

// Our own sentences, one per language and pattern (not corpus wording): what the concepts must read.
const PER_LANGUAGE: Record<string, Record<string, string>> = {
  'an offence laid at the reader (offence + a word addressing the reader)': {
    en: 'Your IP address was used to access illegal content.',
    fr: 'Votre adresse IP a été associée à des contenus illicites.',
    de: 'Ihre IP-Adresse wurde für verbotene Inhalte genutzt.',
    nl: 'Uw IP-adres is gebruikt voor illegale inhoud.',
    nb: 'Du har lastet ned ulovlig innhold.',
    nn: 'Du har lasta ned ulovleg innhald.',
    da: 'Du har downloadet ulovligt indhold.',
    sv: 'Du har laddat ner olagligt innehåll.',
    fi: 'Teidän IP-osoitteenne on yhdistetty laittomaan sisältöön.',
    is: 'Þú hefur sótt ólöglegt efni.',
    es: 'Usted ha accedido a contenido ilegal.',
    pt: 'Você acedeu a conteúdo ilegal.',
    it: 'Il vostro indirizzo IP è stato usato per contenuti illegali.',
    pl: 'Twój adres IP został użyty do pobierania nielegalnych treści.',
    cs: 'Vaše IP adresa byla použita k přístupu k nelegálnímu obsahu.',
    sk: 'Vaša IP adresa bola použitá na prístup k nelegálnemu obsahu.',
    sl: 'Vaš IP naslov je bil uporabljen za dostop do nezakonitih vsebin.',
    hr: 'Vaša IP adresa korištena je za pristup nezakonitom sadržaju.',
    bg: 'Вашият IP адрес е използван за достъп до незаконно съдържание.',
    el: 'Η διεύθυνση IP σας χρησιμοποιήθηκε για πρόσβαση σε παράνομο περιεχόμενο.',
    hu: 'Az Ön IP-címét illegális tartalmak elérésére használták.',
    ro: 'Adresa dumneavoastră IP a fost folosită pentru a accesa conținut ilegal.',
    lt: 'Jūsų IP adresas buvo naudojamas neteisėtam turiniui pasiekti.',
    lv: 'Jūsu IP adrese tika izmantota nelikumīga satura skatīšanai.',
    et: 'Teie IP-aadressi kasutati ebaseadusliku sisu vaatamiseks.',
    mt: 'L-indirizz IP tiegħek intuża għal kontenut illegali.',
  },
  'a locked device': {
    en: 'Your computer has been blocked.',
    fr: 'Votre ordinateur a été bloqué.',
    de: 'Ihr Computer wurde gesperrt.',
    nl: 'Uw computer is geblokkeerd.',
    nb: 'Datamaskinen din er låst.',
    nn: 'Datamaskina di er låst.',
    da: 'Din computer er blevet låst.',
    sv: 'Din dator har låsts.',
    fi: 'Tietokoneesi on lukittu.',
    is: 'Tölvan þín er læst.',
    es: 'Su ordenador ha sido bloqueado.',
    pt: 'O seu computador foi bloqueado.',
    it: 'Il suo computer è stato bloccato.',
    pl: 'Twój komputer został zablokowany.',
    cs: 'Váš počítač byl zablokován.',
    sk: 'Váš počítač bol zablokovaný.',
    sl: 'Vaš računalnik je bil zaklenjen.',
    hr: 'Vaše računalo je blokirano.',
    bg: 'Вашият компютър е блокиран.',
    el: 'Ο υπολογιστής σας έχει κλειδωθεί.',
    hu: 'Az Ön számítógépét zároltuk.',
    ro: 'Calculatorul dumneavoastră a fost blocat.',
    lt: 'Jūsų kompiuteris užblokuotas.',
    lv: 'Jūsu dators ir bloķēts.',
    et: 'Teie arvuti on lukustatud.',
    mt: 'Il-kompjuter tiegħek ġie msakkar.',
  },
  'an unpaid fine with a demand to pay': {
    en: 'You have an unpaid fine. Pay now.',
    fr: 'Vous avez une amende impayée. Réglez-la maintenant.',
    de: 'Sie haben ein unbezahltes Bußgeld. Jetzt bezahlen.',
    nl: 'U heeft een openstaande boete. Betaal nu.',
    nb: 'Du har en ubetalt bot. Betal nå.',
    nn: 'Du har ei ubetalt bot. Betal no.',
    da: 'Du har en ubetalt bøde. Betal nu.',
    sv: 'Du har obetalda böter. Betala nu.',
    fi: 'Sinulla on maksamaton sakko. Maksa nyt.',
    is: 'Þú átt ógreidda sekt. Greiddu núna.',
    es: 'Tiene una multa pendiente de pago. Pague ahora.',
    pt: 'Tem uma multa por pagar. Pague agora.',
    it: 'Ha una multa non pagata. Paga adesso.',
    pl: 'Masz nieopłacony mandat. Zapłać teraz.',
    cs: 'Máte nezaplacenou pokutu. Zaplaťte nyní.',
    sk: 'Máte nezaplatenú pokutu. Zaplaťte teraz.',
    sl: 'Imate neplačano globo. Plačajte zdaj.',
    hr: 'Imate neplaćenu novčanu kaznu. Platite odmah.',
    bg: 'Имате неплатена глоба. Платете сега.',
    el: 'Έχετε απλήρωτο πρόστιμο. Πληρώστε τώρα.',
    hu: 'Önnek kifizetetlen bírsága van. Fizessen most.',
    ro: 'Aveți o amendă neplătită. Plătiți acum.',
    lt: 'Turite nesumokėtą baudą. Sumokėkite dabar.',
    lv: 'Jums ir nesamaksāts sods. Samaksājiet tagad.',
    et: 'Teil on tasumata trahv. Tasuge kohe.',
    mt: 'Għandek multa mhux imħallsa. Ħallas issa.',
  },
  'proceedings against the reader': {
    en: 'Criminal proceedings have been opened against you.',
    fr: 'Une procédure pénale a été ouverte à votre encontre.',
    de: 'Es laufen strafrechtliche Ermittlungen gegen Sie, Ihre Akte liegt vor.',
    nl: 'Er is een strafzaak tegen u geopend.',
    nb: 'Det er åpnet en straffesak mot deg.',
    nn: 'Det er opna ei straffesak mot deg.',
    da: 'Der er indledt en straffesag mod dig.',
    sv: 'En förundersökning har inletts mot dig.',
    fi: 'Teitä vastaan on aloitettu esitutkinta.',
    is: 'Rannsókn hefur verið hafin gegn þér.',
    es: 'Se ha abierto un procedimiento penal contra usted.',
    pt: 'Foi aberto um processo-crime contra você.',
    it: 'È stato avviato un procedimento penale nei suoi confronti.',
    pl: 'Wszczęto przeciwko panu postępowanie karne.',
    cs: 'Bylo proti vám zahájeno trestní řízení.',
    sk: 'Bolo voči vám začaté trestné konanie.',
    sl: 'Zoper vas je bil uveden kazenski postopek.',
    hr: 'Protiv vas je pokrenut kazneni postupak.',
    bg: 'Срещу вас е образувано наказателно производство.',
    el: 'Έχει ασκηθεί ποινική δίωξη εναντίον σας.',
    hu: 'Önnel szemben büntetőeljárás indult.',
    ro: 'Împotriva dumneavoastră a fost deschis un dosar penal.',
    lt: 'Jums pradėtas ikiteisminis tyrimas.',
    lv: 'Pret jums ir sākts kriminālprocess.',
    et: 'Teie suhtes on alustatud kriminaalmenetlust.',
    mt: 'Inbdew proċeduri kriminali kontra tiegħek.',
  },
  'a summons to the reader': {
    en: 'You are summoned to appear in court.',
    fr: 'Vous êtes convoqué au tribunal.',
    de: 'Sie werden vor Gericht vorgeladen.',
    nl: 'U wordt gedagvaard om voor de rechtbank te verschijnen.',
    nb: 'Du er innkalt til avhør.',
    nn: 'Du er kalla inn til avhøyr.',
    da: 'Du er indkaldt til afhøring.',
    sv: 'Du är kallad till förhör.',
    fi: 'Teidät on kutsuttu kuulusteluun.',
    is: 'Þú ert boðaður í skýrslutöku.',
    es: 'Usted está citado a comparecer ante el juzgado.',
    pt: 'Está convocado a comparecer no tribunal.',
    it: 'Lei è convocato in tribunale.',
    pl: 'Zostaje pan wezwany do stawienia się w sądzie.',
    cs: 'Jste předvolán k soudu.',
    sk: 'Ste predvolaný na súd.',
    sl: 'Vabljeni ste na zaslišanje.',
    hr: 'Pozvani ste na saslušanje.',
    bg: 'Призовани сте да се явите в съда.',
    el: 'Καλείστε να εμφανιστείτε στο δικαστήριο.',
    hu: 'Önt beidézték a bíróságra.',
    ro: 'Sunteți citat să vă prezentați la instanță.',
    lt: 'Jūs šaukiamas į teismą.',
    lv: 'Jūs tiekat izsaukts uz tiesu.',
    et: 'Teid kutsutakse kohtusse.',
    mt: 'Inti mħarrek biex tidher il-qorti.',
  },
  'an ultimatum to pay': {
    en: 'We will send the video to your contacts unless you pay.',
    fr: 'Si vous ne payez pas, la vidéo sera envoyée à vos contacts.',
    de: 'Wenn Sie nicht zahlen, wird das Video veröffentlicht.',
    nl: 'Als u niet betaalt, wordt de video gepubliceerd.',
    nb: 'Hvis du ikke betaler, vil videoen bli publisert.',
    da: 'Hvis du ikke betaler, vil videoen blive offentliggjort.',
    sv: 'Om du inte betalar kommer videon att publiceras.',
    fi: 'Jos et maksa, video julkaistaan.',
    es: 'Si no paga, el vídeo será publicado.',
    pt: 'Se não pagar, o vídeo será publicado.',
    it: 'Se non paga, il video sarà pubblicato.',
    pl: 'Jeśli nie zapłacisz, nagranie zostanie opublikowane.',
    cs: 'Pokud nezaplatíte, video bude zveřejněno.',
    sk: 'Ak nezaplatíte, video bude zverejnené.',
    sl: 'Če ne plačate, bo posnetek objavljen.',
    hr: 'Ako ne platite, snimka će biti objavljena.',
    bg: 'Ако не платите, видеото ще бъде публикувано.',
    el: 'Αν δεν πληρώσετε, το βίντεο θα δημοσιευθεί.',
    hu: 'Ha nem fizet, a videót nyilvánosságra hozzuk.',
    ro: 'Dacă nu plătiți, videoclipul va fi publicat.',
    lt: 'Jei nesumokėsite, vaizdo įrašas bus paskelbtas.',
    lv: 'Ja nesamaksāsiet, video tiks publicēts.',
    et: 'Kui te ei maksa, avaldatakse video.',
    is: 'Ef þú greiðir ekki verður myndbandið birt.',
    mt: 'Jekk ma tħallasx, il-video se jiġu ppubblikati.',
    nn: 'Viss du ikkje betalar, vil videoen bli publisert.',
  },
};

describe('every language: the implied-authority patterns are scams without a named authority', () => {
  for (const [pattern, byLang] of Object.entries(PER_LANGUAGE))
    it(pattern, () => {
      expect(Object.keys(byLang).sort()).toEqual([...LANG_CODES].sort());
      for (const [lang, text] of Object.entries(byLang)) expect(verdict(text), `${lang}: ${text}`).toBe('scam');
    });
});

describe('pairs, disguise and extortion (docs/EXTRACT.md "Concepts")', () => {
  it('an offence or an investigation in the third person is not laid at the reader', () => {
    for (const t of [
      'The suspect had downloaded illegal content.',
      'Le suspect diffusait des contenus illicites.',
      'Der Täter hatte verbotene Inhalte gespeichert.',
      'The investigation into the gang continues.',
    ])
      expect(
        kinds(t).filter((k) => k.startsWith('accusation') || k.startsWith('proceedings')),
        t,
      ).toEqual([]);
  });

  it('the pair spans both words, so the page marks the whole stretch', () => {
    const t = 'Pedofilu, mamy twoje zdjęcie';
    expect(kinds(t)).toContain('accusation:Pedofilu, mamy twoje');
  });

  it('a reader word inside a longer phrase still pairs ("your IP address … illegal content")', () => {
    expect(kinds('Your IP address was used to access illegal content.')).toContain('accusation:Your IP address was used to access illegal content');
  });

  it('pairs stay in one sentence', () => {
    expect(kinds('Thank you. Illegal content was removed from the forum.').filter((k) => k.startsWith('accusation'))).toEqual([]);
  });

  it('a disguised authority word is evasion: scam on its own; the plain word alone is not-a-warning', () => {
    for (const t of ['P0LICJA', 'P\u043eli\u0441e', 'P O L I C E', 'Eur0p0l']) expect(verdict(t), t).toBe('scam');
    for (const t of ['Policja', 'Police', 'Europol', 'Polícia Judiciária']) expect(verdict(t), t).toBe('not-a-warning');
    // digits that the lexicon word holds itself are no disguise
    expect(findConcepts('EC3').map((m) => m.obfuscated)).toEqual([undefined]);
    expect(findConcepts('P0LICJA').map((m) => m.obfuscated)).toEqual([true]);
  });

  it('a threat with a demand to pay or a deadline is extortion; a threat alone is not', () => {
    expect(verdict('Ak nezaplatíte, budete zatknutý.')).toBe('scam');
    expect(verdict('Your family will be told. Pay 500 EUR in bitcoin.')).toBe('scam');
    expect(verdict('Talk to your family about online safety.')).toBe('no-evidence');
  });

  it('an offence or a fine with a demand to pay is a fine demand', () => {
    expect(verdict('Speeding offence recorded. Pay the fine here.')).toBe('scam');
    expect(verdict('Ne laissez pas votre amende passer à 375 €')).toBe('scam');
    // "pay" and "the fine" each keep their concept (no longer phrase hides the fine inside it)
    for (const t of ['Pague la multa aquí', 'Pay the fine here', 'Zaplaťte pokutu zde', 'Betaal de boete via de link', 'Plătiți amenda aici'])
      expect(verdict(t), t).toBe('scam');
  });

  it('a police warning of the Police2Peer kind (abuse material, help offered, no demand) is not a scam', () => {
    for (const t of [
      'WARNING FROM THE POLICE. You downloaded this file from a police computer. Downloading child sexual abuse material is a crime. Help is available, anonymously.',
      'ADVARSEL FRA POLITIET. Du har lastet ned denne filen fra politiet. Å dele overgrepsmateriale er straffbart. Det finnes hjelp.',
    ])
      expect(verdict(t), t).not.toBe('scam');
  });

  it('Hungarian "család" (family) is not the fraud stem "csal-"', () => {
    expect(kinds('a családja').filter((k) => k.startsWith('disclaimer'))).toEqual([]);
  });
});
