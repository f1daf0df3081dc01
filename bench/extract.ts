/**
 * `npx tsx bench/extract.ts`: extractItems (src/core/text/extract) on 64 KiB inputs, median of 20
 * runs each (after 3 warm-up runs), in ms. Goal for the whole text analysis: < 50 ms per 64 KiB.
 *
 * Inputs: the scam corpus concatenated to 64 KiB; the same with a payment block (code, IBAN,
 * addresses, phone, JWS) after every text, since the corpus itself holds none; 64 KiB packed
 * with items; the adversarial inputs of the tests; and 64 KiB of candidates that each cost a
 * full checksum and fail it. A plain loop over the code units of the
 * corpus text is printed as a yardstick for the machine.
 */
import { readFileSync } from 'node:fs';
import { extractItems } from '../src/core/text/extract/index.js';
import { ADVERSARIAL, fill, HEAVY, SIZE } from '../tests/core/extract/inputs.js';

const RUNS = 20;
const WARMUP = 3;

function median(f: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) f();
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return (t[(RUNS - 1) >> 1]! + t[RUNS >> 1]!) / 2;
}

const read = (p: string): Array<{ text: string }> => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8')) as Array<{ text: string }>;
const vectors = JSON.parse(readFileSync(new URL('../tests/vectors/warncheck/v1.json', import.meta.url), 'utf8')) as {
  statement_jws: string;
  code: { display: string };
};
const corpus = read('../tests/corpus/scam-texts.json');

function concat(sep: (i: number) => string): string {
  let text = '';
  for (let i = 0; text.length < SIZE; i++) text += corpus[i % corpus.length]!.text + sep(i);
  return text.slice(0, SIZE);
}

const payment = `\nCase ${vectors.code.display}. Pay to IBAN NO93 8601 1117 947 or BTC bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4, ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed. Call +47 800 99 900.\n${vectors.statement_jws}\n`;
const inputs: Array<[string, string]> = [
  ['scam corpus, concatenated', concat(() => '\n')],
  ['scam corpus + a payment block per text', concat(() => payment)],
  ['packed with items', fill(payment)],
  ...ADVERSARIAL.map(([name, text]): [string, string] => [`adversarial ${name}`, text]),
  ...HEAVY.map(([name, , text]): [string, string] => [`failing: ${name}`, text]),
];

const plain = median(() => {
  const t = inputs[0]![1];
  let k = 0;
  for (let i = 0; i < t.length; i++) k += t.charCodeAt(i) & 1;
  return k;
});

console.log(`extractItems, 64 KiB inputs, median of ${RUNS} runs (goal < 50 ms)`);
console.log(`${'input'.padEnd(42)} ${'ms'.padStart(7)}  items`);
let worst = 0;
for (const [name, text] of inputs) {
  const ms = median(() => extractItems(text));
  worst = Math.max(worst, ms);
  console.log(`${name.padEnd(42)} ${ms.toFixed(2).padStart(7)}  ${extractItems(text).length}`);
}
console.log(`worst: ${worst.toFixed(2)} ms; a plain loop over the corpus text's code units: ${plain.toFixed(3)} ms`);
