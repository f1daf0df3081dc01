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
    expect(m.some((x) => x.kind === 'authority'), input).toBe(true);
    const a = m.find((x) => x.kind === 'authority')!;
    expect(`Message from the ${input} today`.slice(a.span.start, a.span.end).length).toBeGreaterThan(0);
  });

  it('digits stay digits outside words (24 hours), and a spaced run needs four letters', () => {
    expect(conceptFold('within 24 hours').chars.join('')).toBe('within 24 hours');
    expect(conceptFold('a b c').chars.join('')).toBe('a b c');
  });
});

describe('lexicons', () => {
  const LANGS = ['da', 'fi', 'fr', 'is', 'lv', 'mt', 'nl', 'nb', 'nn', 'pt', 'sk', 'sl', 'es', 'sv', 'en', 'de', 'pl', 'it', 'cs', 'hu', 'ro', 'hr', 'bg', 'el', 'lt', 'et'];
  it('cover the 26 languages, each with an authority claim and demands', () => {
    for (const l of LANGS) {
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
    for (const t of ['Politiek is boeiend', 'Norsk politikk i dag', 'Polisa ubezpieczeniowa', 'Our privacy policy', 'Muita asioita', 'Polish your shoes']) expect(kinds(t).filter((k) => k.startsWith('authority')), t).toEqual([]);
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
    for (const t of ['The police never send fines by SMS and never ask you to log in.', 'Die Polizei versendet keine Vorladungen per Mail. Laut Polizei sollten Links nicht angeklickt werden.', 'Policja nie wysyła wezwań e-mailem.'])
      expect(verdict(t), t).not.toBe('scam');
  });

  it('a claim that isolates the reader ("do not call the police") is still a claim', () => {
    expect(verdict('Court summons. Do not call the police: the case is confidential. Pay within 48 hours.')).toBe('scam');
  });

  it('the genuine warning text with its code stays genuine (its own police claim is expected)', () => {
    const text = genuineText({ id: 'no-en-1', issuer: 'no-test', lang: 'en', title: 'Test', text: TEMPLATE_TEXT }, c);
    expect(verdict(text)).toBe('genuine');
  });

  it('words inside an address are the address\'s business', () => {
    expect(verdict('https://www.politiet.no/en/')).toBe('official');
  });

  it('a code-shaped reference inside a scam is not a mistyped code: it is not reported as one', () => {
    const r = checkInput(`Police notice 2026-4471: pay the fine. Code ${formatCode(c)}`, ctx);
    expect(r.verdict).toBe('scam');
    expect(r.findings.filter((f) => f.verdict === 'mistyped')).toEqual([]);
  });

  it('64 KiB of disguised words returns (linear; timing is in npm run bench)', () => {
    for (const s of ['P O L I C E '.repeat(5462), 'P0L1CJA '.repeat(8192), 'P\u043eli\u0441e computer locked '.repeat(2850), 'a b c d '.repeat(8192)]) expect(['scam', 'not-a-warning', 'no-evidence']).toContain(checkInput(s.slice(0, 65536), ctx).verdict);
  });
});
