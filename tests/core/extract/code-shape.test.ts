// Codes only where a code can be (issue 11, point 4): a domain, a URL or e-mail part, a date or a
// reference number never yields `mistyped`; a real typo of a code still does, also after `#` in
// the verification address; and a mistyped code inside a scam is never answered "try again".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, formatCode } from '../../../src/core/code.js';
import { checkInput } from '../../../src/core/check.js';
import { findCodes } from '../../../src/core/text/extract/codes.js';
import { messageWriter, withMessages } from '../../../src/server/result-json.js';
import { en } from '../../../src/web/i18n/en.js';
import { code, ctxWith } from '../../helpers/fixture.js';

const ctx = ctxWith([]);
/** A code of the fixture's issuer country with its check symbol changed: a one-symbol typing slip. */
const GOOD = code('NO', 3);
const TYPO = GOOD.slice(0, 13) + CODE_ALPHABET[(CODE_ALPHABET.indexOf(GOOD[13]!) + 1) % CODE_ALPHABET.length];
const verdicts = (input: string) => {
  const r = checkInput(input, ctx);
  return [r.verdict, ...r.findings.map((f) => f.verdict)];
};

describe('never mistyped', () => {
  const alnum = fc.stringMatching(/^[a-z0-9]{1,12}$/);
  const cc = fc.constantFrom('no', 'se', 'pl', 'fr', 'de', 'nl');

  it('property: a domain alone, with or without a country code label, is never a mistyped code', () => {
    fc.assert(
      fc.property(alnum, cc, alnum, fc.constantFrom('com', 'online', 'net', 'info', 'no'), (a, c, b, tld) => {
        for (const host of [`${a}-${c}.${tld}`, `${c}${a}.${tld}`, `${a}${c}${b}.${tld}`, `${c}-${a}-${b}.${tld}`, `${c}.${a}.${tld}`])
          expect(verdicts(host), host).not.toContain('mistyped');
      }),
      { numRuns: 300 },
    );
    // Found by this property: 14 letters and digits with a dot read as NO-AA00-A0A0-INFO.
    expect(verdicts('noaa00a0a0.info')).not.toContain('mistyped');
  });

  it('property: a code-shaped typo inside a URL path, query or e-mail local part is not a mistyped code', () => {
    fc.assert(
      fc.property(alnum, fc.constantFrom('/', '/sak/', '?ref=', '?a=1&id=', '/x/'), fc.boolean(), (host, sep, display) => {
        const typo = display ? formatCode(TYPO) : TYPO;
        for (const input of [`https://${host}.example${sep}${typo}`, `see https://${host}.example${sep}${typo} now`, `${TYPO}@${host}.example`])
          expect(verdicts(input), input).not.toContain('mistyped');
      }),
      { numRuns: 100 },
    );
  });

  it('property: dates and reference numbers are never mistyped codes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2099 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom('notice', 'Notice', 'NOTICE', 'ref', 'Sak', 'sak nr', 'Dossier', 'no.', 'Nr'),
        (y, n, m, d, word) => {
          const num = String(n).padStart(4, '0');
          const mm = String(m).padStart(2, '0');
          const dd = String(d).padStart(2, '0');
          for (const input of [
            `${word} ${y}-${num}`,
            `${word} ${y} ${num}`,
            `${word} ${y}/${num}`,
            `${word}-${y}-${num}`,
            `${word} ${y}-${mm}-${dd}`,
            `${word} ${mm}${dd}-${y}-${num}`,
            `Date: ${y}-${mm}-${dd} ${word} ${num}`,
          ])
            expect(verdicts(input), input).not.toContain('mistyped');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('findCodes keeps a valid code in a URL, and a typo only outside addresses or after #', () => {
    expect(findCodes(`https://x.example/sak/${GOOD}`)).toMatchObject([{ valid: true }]);
    expect(findCodes(`https://x.example/sak/${TYPO}`)).toEqual([]);
    expect(findCodes(`https://warncheck.example/#${formatCode(TYPO)}`)).toMatchObject([{ valid: false }]);
    expect(findCodes(`Your code: ${formatCode(TYPO)}`)).toMatchObject([{ valid: false }]);
  });
});

describe('still mistyped where a code was typed', () => {
  it('a typo of a code, alone or in a sentence, reads mistyped', () => {
    expect(checkInput(TYPO, ctx).verdict).toBe('mistyped');
    expect(checkInput(formatCode(TYPO), ctx).verdict).toBe('mistyped');
    expect(verdicts(`The warning said ${formatCode(TYPO)}`)).toContain('mistyped');
  });

  it('inside a scam, the API message never says to try again', () => {
    const r = checkInput(`Europol: pay the fine within 24 hours or you will be arrested. Reference ${formatCode(TYPO)}`, ctx);
    expect(r.verdict).toBe('scam');
    const f = r.findings.find((x) => x.verdict === 'mistyped');
    expect(f).toBeDefined();
    const write = messageWriter(en);
    expect(JSON.parse(write(f!, r.verdict))).toBe(en.verdict.mistypedInScam);
    expect(write(f!, r.verdict)).not.toContain('try again');
    expect((withMessages(r, en).findings.find((x) => x.verdict === 'mistyped') as { message?: string }).message).toBe(en.verdict.mistypedInScam);
    // Outside a scam the same finding keeps its advice.
    expect(JSON.parse(write(f!, 'mistyped'))).toContain(en.verdict.explain.mistyped);
  });
});
