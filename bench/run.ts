/**
 * `npm run bench`: every benchmark, each reported as a ratio against a baseline measured in the same
 * run (these machines are noisy). `--quick` runs smaller sizes (CI smoke). The full run issues
 * 1,000,000 codes in one call and then measures the service on that data (start → /readyz).
 * `--only text` (or `--only beside`) runs one section: the text analysis with its worst-input
 * ratio, or the code check answered beside the heaviest allowed request (a few seconds each);
 * `--only workers [N]` compares `serve --workers 2` with one worker under the distinct-code load, and
 * `--only verify [N] [--against BIN [--against-data DIR]] [--pin]` that load against raw Ed25519 (bench/verify.ts), both on a
 * data set of N issued codes (default 200,000) built once under bench/.cache/ (bench/data.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runIssueBench } from './issue.js';
import { runLogBench } from './log.js';
import { runMillion } from './issue-million.js';
import { bench as serverBench, workersBench } from './server.js';
import { runTextBench } from './text.js';
import { runBesideBench } from './beside.js';
import { benchCodes, ensureBenchData } from './data.js';
import { runVerifyBench } from './verify.js';

const quick = process.argv.includes('--quick');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const section = (name: string, lines: string[]): void => {
  console.log(`\n## ${name}`);
  for (const line of lines) console.log(line);
};

if (only === 'text') {
  section('text analysis', runTextBench());
  process.exit(0);
}
if (only === 'beside') {
  section('a code check beside the heaviest allowed request', await runBesideBench());
  process.exit(0);
}
if (only === 'workers') {
  const n = Number(process.argv[onlyAt + 2] ?? 200_000) || 200_000;
  const d = ensureBenchData(n, (l) => console.error(l));
  section(`serve --workers 2 against one worker (${d.statements.toLocaleString('en')} statements)`, await workersBench(d.dataDir, benchCodes(d, n), 10));
  process.exit(0);
}
if (only === 'verify') {
  const size = Number(process.argv[onlyAt + 2] ?? 200_000) || 200_000;
  const d = ensureBenchData(size, (l) => console.error(l));
  const againstAt = process.argv.indexOf('--against');
  const against = againstAt >= 0 ? process.argv[againstAt + 1] : undefined;
  const againstDataAt = process.argv.indexOf('--against-data');
  const againstData = againstDataAt >= 0 ? process.argv[againstDataAt + 1] : undefined;
  section(
    `distinct codes against raw Ed25519 (${d.statements.toLocaleString('en')} statements)`,
    await runVerifyBench(d, 10, size, against, againstData, process.argv.includes('--pin')),
  );
  process.exit(0);
}
if (only !== undefined) throw new Error(`--only: text, beside, workers or verify, not ${only}`);

section('text analysis', runTextBench());
section('a code check beside the heaviest allowed request', await runBesideBench());
section('issuance and offline verify', await runIssueBench(quick ? 5_000 : 50_000));
section('the log: overhead on issuance, inclusion proofs', await runLogBench(quick ? 20_000 : 1_000_000));
if (!quick) {
  const d = ensureBenchData(200_000, (l) => console.error(l));
  section(`distinct codes against raw Ed25519 (${d.statements.toLocaleString('en')} statements)`, await runVerifyBench(d, 10));
}
if (quick) section('service', await serverBench(true));
else {
  const keep: { base?: string } = {};
  section('1,000,000 codes in one call', runMillion(1_000_000, keep));
  try {
    const lines = readFileSync(join(keep.base!, 'codes.csv'), 'utf8').split('\n');
    const code = lines[1]!.split(',')[0]!;
    // 200,000 codes spread over the whole file: most answers find nothing remembered.
    const codes = Array.from({ length: 200_000 }, (_, i) => lines[1 + i * 5]!.split(',')[0]!);
    section('service (on the 1,000,000-statement data)', await serverBench(false, { dataDir: join(keep.base!, 'data'), code, count: 1_000_000, codes }));
  } finally {
    rmSync(keep.base!, { recursive: true, force: true });
  }
}
