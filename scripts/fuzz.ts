// `npm run fuzz`: the fast-check properties of tests/fuzz with FUZZ_RUNS inputs per property
// (default 52,000: over 10^6 inputs in all, a whole HTTP request counting as one input), then the
// totals. Exits non-zero on any failed property. `npm test` runs the same properties with 200.
// Usage: npm run fuzz [-- <vitest filter>]   (FUZZ_RUNS=… to change the count)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = process.env['FUZZ_RUNS'] ?? '52000';
if (!/^[1-9][0-9]{0,8}$/.test(runs)) {
  console.error('FUZZ_RUNS must be a positive decimal number');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'wc-fuzz-'));
const stats = join(dir, 'stats.jsonl');
const started = Date.now();
const r = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', process.argv[2] ?? 'tests/fuzz', '--testTimeout=7200000', '--hookTimeout=600000'],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, FUZZ_STATS: stats } },
);
const seconds = (Date.now() - started) / 1000;
const rows = existsSync(stats)
  ? readFileSync(stats, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { name: string; runs: number; failed: boolean; ms: number })
  : [];
rmSync(dir, { recursive: true, force: true });
const inputs = rows.reduce((n, x) => n + x.runs, 0);
const failed = rows.filter((x) => x.failed);
console.log(`\nfuzz: FUZZ_RUNS=${runs} per property`);
for (const x of rows)
  console.log(`  ${x.failed ? 'FAIL' : 'ok  '} ${x.name.padEnd(26)} ${String(x.runs).padStart(9)} inputs ${(x.ms / 1000).toFixed(1).padStart(7)} s`);
console.log(`fuzz totals: ${rows.length} properties, ${inputs} inputs run, ${failed.length} failures, ${seconds.toFixed(0)} s`);
process.exit(r.status === 0 && failed.length === 0 && rows.length > 0 ? 0 : 1);
