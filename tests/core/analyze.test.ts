// A whole pasted text through checkInput: every item found and checked on its own, with spans,
// and the overall verdict by the verdicts' precedence (ARCHITECTURE.md "Verdicts") (scam outranks a genuine code copied into it).
import { describe, expect, it } from 'vitest';
import { formatCode } from '../../src/core/code.js';
import { checkInput } from '../../src/core/check.js';
import { genuineText } from '../../src/core/template.js';
import { OFFICIAL_REFERENCE } from '../../src/core/domain/official-reference.js';
import { code, ctxWith, TEMPLATE_TEXT, trustPayload, trustState, warning } from '../helpers/fixture.js';

const c = code();
const ctx = ctxWith([{ code: c, jws: warning(c) }], trustState(trustPayload({ official_domains: [...OFFICIAL_REFERENCE] })));
const shown = formatCode(c);
const kinds = (input: string) => checkInput(input, ctx).findings.map((f) => `${f.kind}:${f.verdict}${f.code ? ':' + f.code : ''}`);

describe('text analysis', () => {
  it('every finding carries the exact span of its match', () => {
    const text = `Dear user, your computer is blocked. Pay a fine of 300 EUR within 48 hours to IBAN DE89 3704 0044 0532 0130 00 or contact politiet.saksbehandler@gmail.com. Ref ${shown}.`;
    const r = checkInput(text, ctx);
    for (const f of r.findings) expect(text.slice(f.span!.start, f.span!.end)).toBe(f.match);
    expect(r.verdict).toBe('scam');
    expect(kinds(text)).toEqual(
      expect.arrayContaining([
        'sign:scam:WC_SIGN_DEVICE_LOCK',
        'sign:scam:WC_SIGN_FINE',
        'sign:scam:WC_SIGN_DEADLINE',
        'sign:scam:WC_SIGN_IBAN',
        'email:lookalike:WC_ADDRESS_LOOKALIKE',
        'code:genuine',
      ]),
    );
  });

  it('the genuine text with its own code is genuine; its help link is official', () => {
    const r = checkInput(genuineText({ id: 'no-en-1', issuer: 'no-test', lang: 'en', title: 'Test', text: TEMPLATE_TEXT }, c), ctx);
    expect(r.verdict).toBe('genuine');
    expect(kinds(genuineText({ id: 'no-en-1', issuer: 'no-test', lang: 'en', title: 'Test', text: TEMPLATE_TEXT }, c))).toEqual([
      'url:official:WC_ADDRESS_OFFICIAL',
      'code:genuine',
    ]);
  });

  it('a printed address: the domain and the code are two findings, genuine only when both are', () => {
    expect(checkInput(`https://politiet.no/#${shown}`, ctx).verdict).toBe('genuine');
    const fake = checkInput(`https://politiet-no-sak.com/#${shown}`, ctx);
    expect(fake.verdict).toBe('lookalike');
    expect(fake.findings.map((f) => f.kind).sort()).toEqual(['code', 'url']);
    expect(fake.findings.find((f) => f.kind === 'url')).toMatchObject({ technique: expect.any(String), imitates: expect.stringContaining('Politi') });
    expect(checkInput(`https://example.org/x#${shown}`, ctx).verdict).toBe('not-official');
  });

  it('an official address alone reads official, a lookalike lookalike, an unknown site not-official', () => {
    expect(checkInput('https://www.politiet.no/en/', ctx).verdict).toBe('official');
    expect(checkInput('hxxps://europol.europa.eu.example[.]com/case', ctx).verdict).toBe('lookalike');
    expect(checkInput('https://example.org/', ctx).verdict).toBe('not-official');
  });

  it('payment instruments count only when their checksum holds; a phone number is listed, never judged', () => {
    expect(kinds('Account DE89 3704 0044 0532 0130 01.')).not.toContain('sign:scam:WC_SIGN_IBAN');
    expect(kinds('Send it to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq now.')).toContain('sign:scam:WC_SIGN_CRYPTO');
    const phone = checkInput('Ring 800 99 900 for a chat.', ctx);
    expect(phone.findings.map((f) => f.kind)).toContain('phone');
    expect(phone.verdict).toBe('no-evidence');
  });

  it('adversarial 64 KiB inputs return', () => {
    const cases: Array<[string, string]> = [
      ['a.'.repeat(32768), 'no-evidence'],
      ['NO-'.repeat(21845), 'no-evidence'],
      ['pay a fine '.repeat(5957), 'scam'],
      ['hxxp://'.repeat(9362), 'no-evidence'],
      ['1'.repeat(65536), 'no-evidence'],
    ];
    for (const [s, verdict] of cases) expect(checkInput(s.slice(0, 65536), ctx).verdict).toBe(verdict);
  });
});
