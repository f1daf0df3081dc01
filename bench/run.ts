/**
 * `npm run bench`: every benchmark, each reported as a ratio against a baseline measured in the same
 * run (these machines are noisy). `--quick` runs smaller sizes (CI smoke); `--million` adds the
 * 1,000,000-code issuance.
 */
import { runIssueBench } from './issue.js';
import { runMillion } from './issue-million.js';

const quick = process.argv.includes('--quick');
const sections: Array<[string, () => Promise<string[]> | string[]]> = [['issuance and offline verify', () => runIssueBench(quick ? 5_000 : 50_000)]];
if (!quick) sections.push(['1,000,000 codes in one call', () => runMillion(1_000_000)]);
for (const extra of ['./server.js', './log.js', './analysis.js']) {
  try {
    const m = (await import(extra)) as { bench?: (quick: boolean) => Promise<string[]> };
    if (m.bench) sections.push([extra.slice(2, -3), () => m.bench!(quick)]);
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
}
for (const [name, fn] of sections) {
  console.log(`\n## ${name}`);
  for (const line of await fn()) console.log(line);
}
