/**
 * `npm run bench:scale [-- --size N] [--partial]` (not in CI; tens of minutes at the default
 * 10,000,000 statements). On a data set built once under bench/.cache/<N>/ (bench/data.ts; the
 * build is niced, resumable, and reports its own time):
 *   - `serve` start → /readyz 200 (median of 5 starts, wall clock and the process's CPU time), against a
 *     bare node:http server's start → first 200 (goal < 0.5 s); then the first verify of a genuine
 *     code must answer `genuine`, and the first text (which loads the text analysis) `scam`;
 *   - the peak RSS of each `serve --workers 2` process under the distinct-code load (goal < 150 MB);
 *   - the size of one bucket answer (/api/v1/range) and of one static bucket file written by
 *     `publish`, each against the one size the rule of docs/FORMAT.md §3.5 gives (rangeTarget);
 *   - `publish --out` and a full `sync --from` the running server, timed, in statements per second.
 * `--partial` measures a set whose build is not finished (stop the build first: its open write
 * transaction would hold readers off), at the size it has reached; `--skip publish,sync` leaves
 * those two out (the longest parts); `--bin PATH` measures another build's bin/warncheck.js.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { bucketName, rangeBits, rangeTarget } from '../src/core/range.js';
import { benchCodes, CACHE, ensureBenchData, type BenchData } from './data.js';
import { start, stop } from './server.js';
import { Codes, cpuSeconds, distinctLoad } from './verify.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
// `--bin PATH`: another build's bin/warncheck.js (a before/after on the same data set).
const BIN = arg('--bin') ?? fileURLToPath(new URL('../bin/warncheck.js', import.meta.url));
const size = Number(arg('--size') ?? 10_000_000);
if (!Number.isSafeInteger(size) || size < 1000) throw new Error('--size: a whole number ≥ 1000');
const seconds = Number(arg('--seconds') ?? 20);
const skip = new Set((arg('--skip') ?? '').split(',').filter(Boolean));
const log = (l: string) => console.error(`${new Date().toISOString()} ${l}`);

function partialData(): BenchData {
  const dir = join(CACHE, String(size));
  const dataDir = join(dir, 'data');
  if (!existsSync(join(dataDir, 'warncheck.db'))) throw new Error(`no data set at ${dir}: run without --partial first`);
  const db = new Database(join(dataDir, 'warncheck.db'), { readonly: true });
  const statements = db.prepare('SELECT COALESCE(MAX(idx) + 1, 0) FROM statements').pluck().get() as number;
  db.close();
  const progress = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')) as { seconds: number };
  return { dir, dataDir, keys: join(dir, 'keys'), statements, issueSeconds: progress.seconds };
}

async function firstOk(url: string, t0: number): Promise<number> {
  for (;;) {
    try {
      if ((await fetch(url)).status === 200) return performance.now() - t0;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 2));
  }
}

const peakRssMb = (pid: number): number => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
const children = (pid: number): number[] => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

/** A CLI command in a child process, timed; asynchronous, so this process keeps serving the server's pipes. */
function cli(args: string[]): Promise<{ seconds: number; stdout: string }> {
  const t = performance.now();
  const p = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  p.stdout.on('data', (c: Buffer) => (out += c.toString()));
  p.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((resolve, reject) =>
    p.on('exit', (code) =>
      code === 0 ? resolve({ seconds: (performance.now() - t) / 1000, stdout: out }) : reject(new Error(`warncheck ${args[0]}: ${err}`)),
    ),
  );
}

// Servers still running when this process ends (a failed step) are stopped with it.
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const p of running) if (p.exitCode === null) p.kill('SIGTERM');
});
async function track<T extends { proc: ChildProcess }>(c: Promise<T>): Promise<T> {
  const x = await c;
  running.add(x.proc);
  return x;
}

const d = process.argv.includes('--partial') ? partialData() : ensureBenchData(size, log, true);
const n = d.statements;
// Each figure is printed as soon as it is measured (a later failure keeps the earlier ones).
const say = (l: string): void => void console.log(l);
console.log(`## scale`);
say(
  `data set: ${n.toLocaleString('en')} statements (${d.dir}), issued in ${d.issueSeconds.toFixed(0)} s through \`issue\` (${(n / d.issueSeconds).toFixed(0)} statements/s, niced, on a shared machine)`,
);
const codes = new Codes(benchCodes(d, 400_000));

// 1. Readiness, one process, against node's own start-up.
const bare = await start([
  '--input-type=module',
  '-e',
  "import http from 'node:http'; const s = http.createServer((q, r) => r.end('ok')).listen(0, '127.0.0.1', () => console.log('LISTEN ' + s.address().port));",
]);
const bareReady = await firstOk(`${bare.url}/`, bare.startedMs);
await stop(bare);
// Five starts (the median: one start on a shared machine is noise); the last one stays up.
const STARTS = 5;
const starts: Array<{ wall: number; cpu: number }> = [];
let one!: Awaited<ReturnType<typeof start>>;
for (let i = 0; i < STARTS; i++) {
  if (one) await stop(one);
  one = await track(start([BIN, 'serve', '--data', d.dataDir], { WARNCHECK_RATE_LIMIT: '0' }));
  const wall = await firstOk(`${one.url}/readyz`, one.startedMs);
  starts.push({ wall, cpu: cpuSeconds(one.proc.pid!) * 1000 });
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ready = median(starts.map((s) => s.wall));
say(
  `serve start → /readyz 200: ${(ready / 1000).toFixed(3)} s, ${(median(starts.map((s) => s.cpu)) / 1000).toFixed(2)} s of CPU (median of ${STARTS}; goal < 0.5 s); bare node:http start → 200: ${(bareReady / 1000).toFixed(3)} s`,
);
// Ready means ready: the first answers after /readyz are right (and how long they took).
const firstAnswer = async (input: string, want: string): Promise<string> => {
  const t = performance.now();
  const r = await fetch(`${one.url}/api/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input }) });
  const verdict = ((await r.json()) as { verdict?: string }).verdict;
  if (verdict !== want) throw new Error(`the first answer after ready: ${r.status} ${verdict ?? ''}, not ${want}`);
  return `${verdict} in ${(performance.now() - t).toFixed(0)} ms`;
};
const firstCode = await firstAnswer(codes.next(), 'genuine');
const firstText = await firstAnswer(
  'POLICE NOTICE: your computer is locked. Pay the fine of 300 EUR within 24 hours at https://police-fine.example/pay',
  'scam',
);
say(`first answers after ready: a genuine code → ${firstCode}; the first text (loads the text analysis) → ${firstText}`);

// 2. One bucket answer at the bits the signed size allows, against the rule's one size.
const note = await (await fetch(`${one.url}/log/checkpoint`)).text();
const cpSize = Number(note.split('\n')[1]);
const bits = rangeBits(cpSize);
const keys = ((await (await fetch(`${one.url}/.well-known/jwks.json`)).json()) as { keys: unknown[] }).keys.length;
const target = rangeTarget(cpSize, bits, Buffer.byteLength(note), keys);
const bucket = Math.floor(Math.random() * 2 ** bits);
const answer = Buffer.from(await (await fetch(`${one.url}/api/v1/range/${bits}/${bucketName(bucket, bits)}`)).arrayBuffer());
say(
  `one bucket answer at ${cpSize.toLocaleString('en')} entries: ${bits} prefix bits, ${answer.length.toLocaleString('en')} bytes; the rule (docs/FORMAT.md §3.5) gives ${target.toLocaleString('en')} → ${answer.length === target ? 'matches' : 'DOES NOT MATCH'}`,
);

// 3. A full sync from the running server into a fresh directory.
const work = mkdtempSync(join(CACHE, 'scale-'));
try {
  if (!skip.has('sync')) {
    log('sync…');
    const s = await cli(['sync', '--from', one.url, '--data', join(work, 'copy'), '--root', join(d.dataDir, 'root.pub.jwk')]);
    say(
      `full sync from a running server (one process): ${s.seconds.toFixed(1)} s → ${(n / s.seconds).toFixed(0)} statements/s (every signature, tile and bundle checked)`,
    );
    rmSync(join(work, 'copy'), { recursive: true, force: true });
  }
  await stop(one);

  // 4. Peak RSS per process of `serve --workers 2` under the distinct-code load.
  const two = await track(start([BIN, 'serve', '--data', d.dataDir, '--workers', '2'], { WARNCHECK_RATE_LIMIT: '0' }));
  const r = await distinctLoad(two.url, codes, seconds);
  const workers = children(two.proc.pid!).map((p) => peakRssMb(p));
  say(
    `serve --workers 2 under ${seconds} s of distinct codes (${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms${r.non2xx ? `, ${r.non2xx} answers 503 overloaded` : ''}): peak RSS per worker ${workers.map((m) => `${m.toFixed(0)} MB`).join(', ')} (goal < 150 MB), primary ${peakRssMb(two.proc.pid!).toFixed(0)} MB`,
  );
  await stop(two);

  // 5. publish, timed; one static bucket file against the rule.
  if (!skip.has('publish')) {
    log('publish…');
    const p = await cli(['publish', '--data', d.dataDir, '--out', join(work, 'site')]);
    const dir = join(work, 'site/api/v1/range', String(bits));
    const file = statSync(join(dir, readdirSync(dir)[0]!)).size;
    say(`publish --out: ${p.seconds.toFixed(1)} s → ${(n / p.seconds).toFixed(0)} statements/s (${(2 ** bits).toLocaleString('en')} bucket files)`);
    say(
      `one static bucket file: ${file.toLocaleString('en')} bytes; the rule gives ${target.toLocaleString('en')} → ${file === target ? 'matches' : 'DOES NOT MATCH'}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
