/**
 * The most expensive 64 KiB texts we know within the documented limits (issue 12): repeated and
 * distinct codes, statements and addresses, long lines, pathological Unicode, many findings, and
 * the extractors' own adversarial inputs. Used by `npm run bench` (text and beside sections).
 */
import { formatCode, makeCode } from '../src/core/code.js';
import { ADVERSARIAL, fill, HEAVY, SIZE } from '../tests/core/extract/inputs.js';

const distinct = (unit: (i: number) => string): string => {
  let s = '';
  for (let i = 0; s.length < SIZE; i++) s += unit(i);
  return s.slice(0, SIZE);
};
/** A distinct valid code per i (one symbol per 5 bits of i). */
const nthCode = (country: string, i: number): string =>
  formatCode(
    makeCode(
      country,
      new Uint8Array(11).map((_, k) => (i >> (5 * k)) & 31),
    ),
  );

/** [name, 64 KiB text]; `genuine` is an issued code, `jws` its statement, `template` its genuine text. */
export function worstInputs(genuine: string, jws: string, template: string): Array<[string, string]> {
  const [h, p] = jws.split('.');
  return [
    ['a genuine code repeated', fill(`${genuine} `)],
    ['the genuine text repeated', fill(`${template}\n`)],
    ['the genuine text + distinct codes', (template + '\n' + distinct((i) => `${nthCode('NO', i)} `)).slice(0, SIZE)],
    ['distinct valid codes', distinct((i) => `${nthCode('NO', i)} `)],
    ['distinct mistyped codes', distinct((i) => `${nthCode('NO', i).slice(0, -1)}${nthCode('NO', i).endsWith('A') ? 'B' : 'A'} `)],
    ['a statement repeated', fill(`${jws}\n`)],
    ['distinct forged statements', distinct((i) => `${h}.${p}.${'A'.repeat(80)}${i.toString(36).padStart(6, 'A')}\n`)],
    ['one lookalike URL repeated', fill('https://politiet-no.com/a ')],
    ['distinct lookalike URLs', distinct((i) => `https://p${i.toString(36)}.politi-no.com/ `)],
    ['distinct short hosts', distinct((i) => `x${i.toString(36)}.no `)],
    ['distinct e-mail addresses', distinct((i) => `a${i}@po1itiet-${i.toString(36)}.no `)],
    ['distinct punycode hosts', distinct((i) => `https://xn--pliti-${i.toString(36)}a.no/ `)],
    ['distinct mixed-script hosts', distinct((i) => `https://роlitiеt${i}.no/ `)],
    ['one 64 KiB URL', `https://a.no/${'a'.repeat(SIZE - 13)}`],
    ['one 64 KiB line', 'a'.repeat(SIZE)],
    ['combining marks', fill('e\u0301\u0302\u0303')],
    ['NFC/NFKC expanders', fill('\ufdfa\u0958\u2474')],
    ['bidi overrides + hosts', fill('\u202e a.no ')],
    ['distinct phone numbers', distinct((i) => `+47 9${String(i).padStart(7, '0')} `)],
    ['one scam phrase repeated', fill('pay a fine ')],
    ...ADVERSARIAL.map(([n, t]): [string, string] => [`extractor: ${n}`, t]),
    ...HEAVY.map(([n, , t]): [string, string] => [`failing checksum: ${n}`, t]),
  ];
}
