/**
 * Text analysis of a 64 KiB pasted text through checkInput (issue #5 goal: < 50 ms), against one
 * plain case-folding pass over the same text in the same run; and the slowest adversarial input.
 */
import { readFileSync } from 'node:fs';
import { checkInput } from '../src/core/check.js';
import { OFFICIAL_REFERENCE } from '../src/core/domain/official-reference.js';
import { ctxWith, trustPayload, trustState } from '../tests/helpers/fixture.js';

export function runTextBench(): string[] {

  // The whole text analysis of a 64 KiB pasted text (checkInput: codes, JWS, phones, crypto, IBANs,
  // URLs and e-mail addresses with lookalike checks, scam phrases, framing), goal < 50 ms, against
  // one plain case-folding pass over the same text in the same run. Median of 15.
  const corpus = JSON.parse(readFileSync(new URL('../tests/corpus/scam-texts.json', import.meta.url), 'utf8')) as Array<{ text: string }>;
  let text = '';
  for (let i = 0; text.length < 65536; i++) text += corpus[i % corpus.length]!.text + '\n';
  text = text.slice(0, 65536);
  const ctx = ctxWith([], trustState(trustPayload({ official_domains: [...OFFICIAL_REFERENCE] })));
  const median = (f: () => unknown): number => {
    const t: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      f();
      t.push(performance.now() - t0);
    }
    return t.sort((a, b) => a - b)[7]!;
  };
  for (let i = 0; i < 5; i++) checkInput(text, ctx); // build the tries and indexes, let the JIT settle
  let findings = 0;
  const ms = median(() => (findings = checkInput(text, ctx).findings.length));
  const base = median(() => {
    let k = 0;
    for (const c of text) k += c.toLowerCase().length;
    return k;
  });
  // The concept fold and matcher (spaced letters, leetspeak, mixed scripts, device + lock pairs, stems).
  const conceptWorst = ['P O L I C E '.repeat(5462), 'P0L1CJA '.repeat(8192), 'Pоliсе computer locked '.repeat(2850), 'a b c d '.repeat(8192), 'policjapolicjapolicja'.repeat(3120)].map((s) => s.slice(0, 65536));
  const worst = Math.max(...['a.'.repeat(32768), 'pay a fine '.repeat(5958).slice(0, 65536), 'hxxp://'.repeat(9363).slice(0, 65536), '1'.repeat(65536), ...conceptWorst].map((s) => median(() => checkInput(s, ctx))));
  return [
    `64 KiB of real scam texts through checkInput: ${ms.toFixed(1)} ms median (goal < 50 ms), ${findings} findings; one plain case-folding pass: ${base.toFixed(1)} ms (${(ms / base).toFixed(1)}×)`,
    `slowest adversarial 64 KiB input: ${worst.toFixed(1)} ms`,
  ];
}

if (process.argv[1]?.endsWith('text.ts')) console.log(runTextBench().join('\n'));
