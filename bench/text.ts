/**
 * Text analysis of a 64 KiB pasted text through checkInput (issue #5 goal: < 50 ms), against one
 * plain case-folding pass over the same text in the same run; and the work budget (issue 12): the
 * most expensive input within the limits (bench/worst-inputs.ts) against that ordinary 64 KiB text,
 * measured in the same run (goal ≤ 3×).
 */
import { readFileSync } from 'node:fs';
import { checkInput } from '../src/core/check.js';
import { formatCode } from '../src/core/code.js';
import { OFFICIAL_REFERENCE } from '../src/core/domain/official-reference.js';
import { genuineText } from '../src/core/template.js';
import { code, ctxWith, TEMPLATE_TEXT, trustPayload, trustState, warning } from '../tests/helpers/fixture.js';
import { worstInputs } from './worst-inputs.js';

export function runTextBench(): string[] {
  // The whole text analysis of a 64 KiB pasted text (checkInput: codes, JWS, phones, crypto, IBANs,
  // URLs and e-mail addresses with lookalike checks, scam phrases, framing), goal < 50 ms, against
  // one plain case-folding pass over the same text in the same run. Median of 15.
  const corpus = JSON.parse(readFileSync(new URL('../tests/corpus/scam-texts.json', import.meta.url), 'utf8')) as Array<{ text: string }>;
  let text = '';
  for (let i = 0; text.length < 65536; i++) text += corpus[i % corpus.length]!.text + '\n';
  text = text.slice(0, 65536);
  const c = code();
  const jws = warning(c);
  const ctx = ctxWith([{ code: c, jws }], trustState(trustPayload({ official_domains: [...OFFICIAL_REFERENCE] })));
  const median = (f: () => unknown, n = 15): number => {
    const t: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      f();
      t.push(performance.now() - t0);
    }
    return t.sort((a, b) => a - b)[n >> 1]!;
  };
  for (let i = 0; i < 5; i++) checkInput(text, ctx); // build the tries and indexes, let the JIT settle
  let findings = 0;
  const ms = median(() => (findings = checkInput(text, ctx).findings.length));
  const base = median(() => {
    let k = 0;
    for (const ch of text) k += ch.toLowerCase().length;
    return k;
  });
  // The concept fold and matcher (spaced letters, leetspeak, mixed scripts, device + lock pairs, stems).
  const conceptWorst = [
    'P O L I C E '.repeat(5462),
    'P0L1CJA '.repeat(8192),
    'Pоliсе computer locked '.repeat(2850),
    'a b c d '.repeat(8192),
    'policjapolicjapolicja'.repeat(3120),
  ].map((s) => s.slice(0, 65536));
  // Each input timed in turn with the ordinary text, 9 pairs: the median of the pairs' ratios
  // (the machine's load drifts; a pair shares it).
  const template = genuineText({ id: 'no-en-1', issuer: 'no-test', lang: 'en', title: 'Test', text: TEMPLATE_TEXT }, c);
  let worst = { name: '', ratio: 0, ms: 0, findings: 0 };
  for (const [name, input] of [...worstInputs(formatCode(c), jws, template), ...conceptWorst.map((x, i) => [`concept fold ${i + 1}`, x] as const)]) {
    checkInput(input, ctx);
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < 9; i++) pairs.push([median(() => checkInput(input, ctx), 1), median(() => checkInput(text, ctx), 1)]);
    const ratio = pairs.map(([w, o]) => w / o).sort((a, b) => a - b)[4]!;
    if (ratio > worst.ratio) worst = { name, ratio, ms: pairs.map(([w]) => w).sort((a, b) => a - b)[4]!, findings: checkInput(input, ctx).findings.length };
  }
  return [
    `64 KiB of real scam texts through checkInput: ${ms.toFixed(1)} ms median (goal < 50 ms), ${findings} findings; one plain case-folding pass: ${base.toFixed(1)} ms (${(ms / base).toFixed(1)}×)`,
    `worst 64 KiB input within the limits ("${worst.name}", ${worst.findings} findings): ${worst.ms.toFixed(1)} ms, ${worst.ratio.toFixed(2)}× the ordinary 64 KiB text (goal ≤ 3×)`,
  ];
}

if (process.argv[1]?.endsWith('text.ts')) console.log(runTextBench().join('\n'));
