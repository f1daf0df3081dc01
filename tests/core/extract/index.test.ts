// extractItems: all finders together, overlap resolution, adversarial inputs, and the evaluation corpus.
import { describe, expect, it } from 'vitest';
import { extractItems, findCryptoAddresses, findPhones, type ExtractedItem, type ItemKind } from '../../../src/core/text/extract/index.js';
import scamTexts from '../../corpus/scam-texts.json' with { type: 'json' };
import genuineTexts from '../../corpus/genuine-texts.json' with { type: 'json' };
import vectors from '../../vectors/warncheck/v1.json' with { type: 'json' };
import { expectDisjoint, expectSpans } from './helpers.js';
import { ADVERSARIAL, fill, HEAVY, SIZE } from './inputs.js';

const JWS = vectors.statement_jws;
const CODE = vectors.code.display;
const KINDS: readonly ItemKind[] = ['code', 'jws', 'phone', 'crypto', 'iban'];

function items(text: string): ExtractedItem[] {
  const found = extractItems(text);
  expectSpans(text, found);
  expectDisjoint(found);
  return found;
}

describe('extractItems', () => {
  it('returns one item per thing in a scam-like text, sorted by position', () => {
    const text = [
      `EUROPOL – Cybercrime Centre. Case ${CODE} (typed no 3ef9 t535 897x).`,
      `Pay 1 650 000 NOK to IBAN NO93 8601 1117 947 or bitcoin bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4`,
      `or 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed within 48 hours on 20.06.2024.`,
      `Call +47 800 99 900. Statement: ${JWS}`,
      `Details: https://europol.europe.eu.example.com/#${CODE}`,
    ].join('\n');
    const found = items(text);
    expect(found.map((i) => [i.kind, 'valid' in i ? i.valid : null, i.match])).toEqual([
      ['code', true, CODE],
      ['code', false, 'no 3ef9 t535 897x'],
      ['iban', true, 'NO93 8601 1117 947'],
      ['crypto', true, 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4'],
      ['crypto', true, '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'],
      ['phone', null, '+47 800 99 900'],
      ['jws', null, JWS],
      ['code', true, CODE],
    ]);
  });

  it('keeps the JWS when a piece of its base64url also reads as an address', () => {
    const token = `eyJhbGciOiJFZERTQSJ9.abc-1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo-def.${'A'.repeat(86)}`;
    const text = `token ${token} end`;
    expect(findCryptoAddresses(text).map((m) => m.valid)).toEqual([true]); // the finder alone sees the address
    expect(items(text).map((i) => i.kind)).toEqual(['jws']);
  });

  it('an IBAN is never also a phone number, even where the phone finder alone would see one', () => {
    const text = 'Konto DE89 3704 0044 0532 0130 00 and AT61 1904 3002 3457 3201';
    expect(items(text).map((i) => i.kind)).toEqual(['iban', 'iban']);
    const mutated = 'IBAN GB82 WEST 1234 5698 7654 33'; // fails MOD 97: still an IBAN candidate, not a phone
    expect(findPhones(mutated)).toEqual([]);
    expect(items(mutated).map((i) => [i.kind, 'valid' in i && i.valid])).toEqual([['iban', false]]);
  });

  it('does not crash on URLs and returns what is inside them', () => {
    const text = 'hxxps://amendes-gouv-reglement.com/pay?iban=NO9386011117947&tel=+4780099900&ref=2022/10/4471#x';
    expect(items(text).map((i) => i.kind)).toEqual(['iban']);
    expect(items('https://user:pass@[::1]:8080/a/b?c=d#e')).toEqual([]);
  });

  it('returns nothing for empty or item-free input', () => {
    expect(extractItems('')).toEqual([]);
    expect(items('Do not reply to this message. The police never ask for money.')).toEqual([]);
  });

  it.each(ADVERSARIAL)('returns on the adversarial 64 KiB input %s', (_, text) => {
    expect(text.length).toBe(SIZE);
    expect(items(text)).toEqual([]);
  });

  it('handles a 64 KiB text packed with items of every kind', () => {
    const unit = `${CODE} +47 800 99 900 NO93 8601 1117 947 1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo ${JWS}\n`;
    const text = fill(unit);
    const n = Math.floor(SIZE / unit.length);
    const found = items(text);
    for (const k of KINDS) expect(found.filter((i) => i.kind === k).length, k).toBeGreaterThanOrEqual(n);
  });

  it('runs over every corpus text with valid, disjoint spans (count table printed)', () => {
    const table: Record<string, Record<ItemKind | 'texts', number>> = {};
    const samples: string[] = [];
    for (const [name, corpus] of [
      ['scam-texts', scamTexts],
      ['genuine-texts', genuineTexts],
    ] as const) {
      const row = { texts: corpus.length, code: 0, jws: 0, phone: 0, crypto: 0, iban: 0 };
      for (const entry of corpus) {
        const found = items(entry.text);
        for (const i of found) {
          row[i.kind]++;
          samples.push(`${entry.id}: ${i.kind} ${JSON.stringify(i.match)}`);
        }
      }
      table[name] = row;
    }
    console.log('extractItems over the corpus (items per kind):');
    console.table(table);
    console.log(samples.join('\n'));
    // The genuine help texts name helpline numbers; nothing in the corpus is a code, token, address or IBAN.
    expect(table['genuine-texts']!.phone).toBeGreaterThanOrEqual(5);
    for (const name of ['scam-texts', 'genuine-texts'])
      for (const k of ['code', 'jws', 'crypto', 'iban'] as const) expect(table[name]![k], `${name} ${k}`).toBe(0);
    expect(samples.filter((s) => s.includes(' phone ')).every((s) => /"(0808 1000 900|800 99 900)"/.test(s))).toBe(true);
  });
});

describe('extractItems on 64 KiB of failing candidates', () => {
  it.each(HEAVY)('%s: one not-valid item per candidate', (_, unit, text) => {
    const found = items(text);
    expect(found).toHaveLength(Math.floor(SIZE / unit.length));
    expect(found.every((i) => 'valid' in i && !i.valid)).toBe(true);
    expect(found.every((i) => i.match === unit.trim())).toBe(true);
  });
});
