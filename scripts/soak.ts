/**
 * The soak (issue 12 item 6): a real `warncheck serve` process on fresh demo data (a few thousand
 * statements), a fixed mix of every kind of request for a set time, and every 30 s the elapsed
 * time, requests by kind, errors, p50/p99 latency and the server's RSS. At the end: totals, per-kind
 * latency, and the RSS growth after warm-up. Exits 1 on any error or an RSS growth of 10 % or more.
 *
 *   npm run soak                      # 10 minutes
 *   npm run soak -- --minutes 2       # or SOAK_MINUTES=2; SOAK_CONNECTIONS (default 8) requests in flight
 *
 * An error is a network error, a status that is not the one expected for that kind of request
 * (most expect 200; the "not-found" and "malformed" kinds expect their 404 / 400), or a verdict
 * that is not the one the data says (a genuine code must read genuine, an unknown one unknown, …).
 * The rate limit is off for the run (WARNCHECK_RATE_LIMIT=0): all the load comes from one client,
 * which the per-client budget exists to stop; loopback is exempt from it already, the setting
 * keeps the soak measuring the service whatever the limiter's rules become.
 * Requests come from a few concurrent fetch loops rather than autocannon, so that each answer can
 * be checked against what its kind expects (autocannon counts statuses only).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCode } from '../src/core/code.js';
import { bucketName, rangeBits } from '../src/core/range.js';
import { decodeEntryBundle, entryBundlePath, tilePath } from '../src/core/tlog/tiles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/warncheck.js');
const INTERVAL_MS = 30_000;

const { values } = parseArgs({ options: { minutes: { type: 'string' }, connections: { type: 'string' } }, strict: true });
const minutes = Number(values.minutes ?? process.env['SOAK_MINUTES'] ?? 10);
const connections = Number(values.connections ?? process.env['SOAK_CONNECTIONS'] ?? 8);
if (!(minutes > 0) || !Number.isInteger(connections) || connections < 1) {
  console.error('usage: npm run soak -- [--minutes N] [--connections N]');
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist/server/app.js'))) {
  console.error('soak: run `npm run build` first (the server runs from dist/)');
  process.exit(2);
}
const durationMs = minutes * 60_000;
// Warm-up: the first sample after 1 minute, or after a fifth of a shorter run.
const warmupMs = Math.min(60_000, durationMs / 5);

// A seeded generator: the same mix, in the same order, on every run.
let seed = 0x5eed;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const randomBytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));

function run(args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`warncheck ${args[0]}: ${r.stderr}`);
  return r.stdout;
}

// ---- data: demo statements plus one issued batch whose CSV gives many distinct genuine codes ----
const base = mkdtempSync(join(tmpdir(), 'wc-soak-'));
const keys = join(base, 'keys');
const dataDir = join(base, 'data');
run(['demo', '--keys', keys, '--data', dataDir, '--count', '300']);
const inputs = JSON.parse(readFileSync(join(keys, 'demo-inputs.json'), 'utf8')) as Record<
  'genuine' | 'revoked' | 'revokedKey' | 'mistyped' | 'unknown' | 'altered' | 'scam',
  string
>;
const templates = (JSON.parse(run(['templates', '--data', dataDir, '--json'])) as { templates: { id: string; language: string; text: string }[] }).templates;
const template = templates.find((t) => t.language === 'en') ?? templates[0]!;
run(['issue', '--keys', keys, '--data', dataDir, '--template', template.id, '--count', '2000', '--out', join(base, 'codes.csv')]);
const codes = readFileSync(join(base, 'codes.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(',')[0]!);

// ---- the server: the real CLI, in its own process, access log on as in production ----
const { NODE_OPTIONS: _drop, ...cleanEnv } = process.env; // no tsx loader in the server
const server = spawn(process.execPath, [BIN, 'serve', '--data', dataDir, '--state', join(base, 'state.json')], {
  cwd: ROOT,
  env: { ...cleanEnv, PORT: '0', HOST: '127.0.0.1', WARNCHECK_RATE_LIMIT: '0', WARNCHECK_METRICS: 'on' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
const serverErrors: string[] = [];
server.stderr!.setEncoding('utf8').on('data', (d: string) => {
  serverErrors.push(d);
  process.stderr.write(`[server stderr] ${d}`);
});
let serverExited: number | null | undefined;
server.on('exit', (c) => (serverExited = c));
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  const onData = (d: Buffer): void => {
    out += d.toString();
    const m = / at (http:\/\/\S+)/.exec(out);
    if (!m) return;
    server.stdout!.off('data', onData);
    server.stdout!.resume(); // the access log from here on is drained and dropped
    resolve(m[1]!.replace('//localhost:', '//127.0.0.1:'));
  };
  server.stdout!.on('data', onData);
  server.on('exit', (c) => reject(new Error(`serve exited ${c}: ${out}`)));
});
const pid = server.pid!;

function rssMb(): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

// ---- what the public side offers: checkpoint size, look-up bits, tiles, statements (JWS) ----
const size = Number((await (await fetch(`${url}/log/checkpoint`)).text()).split('\n')[1]);
const bits = rangeBits(size);
const fullTiles = Math.floor(size / 256);
const tilePaths = [
  ...Array.from({ length: fullTiles }, (_, i) => tilePath({ level: 0, index: BigInt(i), width: 256 })),
  ...(size % 256 ? [tilePath({ level: 0, index: BigInt(fullTiles), width: size % 256 })] : []),
  ...(fullTiles > 0 ? [tilePath({ level: 1, index: 0n, width: Math.min(fullTiles, 256) })] : []),
];
const bundlePaths = [
  ...Array.from({ length: fullTiles }, (_, i) => entryBundlePath(BigInt(i))),
  ...(size % 256 ? [entryBundlePath(BigInt(fullTiles), size % 256)] : []),
];
const jwsList = decodeEntryBundle(new Uint8Array(await (await fetch(`${url}/log/tile/entries/000`)).arrayBuffer())).map((e) => new TextDecoder().decode(e));
const country = inputs.genuine.slice(0, 2);

// ---- the mix: kinds, weights, what each sends and expects ----
interface Req {
  path: string;
  method?: 'POST';
  json?: unknown;
  form?: Record<string, string>;
  status?: number; // expected; 200 unless given
  verdict?: string; // expected top-level verdict of a JSON answer
  notVerdict?: string; // a verdict the answer must not have
  items?: number; // a batch: results expected
}
const genuineText = (code: string): string => template.text.replace('{code}', code);
const urls = [
  'https://www.politiet.no/',
  'https://detfinneshjelp.no',
  'https://troubled-desire.com/en/',
  'https://politiet-no.example/betal',
  'http://xn--politet-5ya.no/login',
  'https://europol-ec3.gmail.example/case',
];
const kinds: [string, number, () => Req][] = [
  ['code genuine', 16, () => ({ path: '/api/v1/verify', json: { input: pick(codes) }, verdict: 'genuine' })],
  ['code revoked', 3, () => ({ path: '/api/v1/verify', json: { input: pick([inputs.revoked, inputs.revokedKey]) }, verdict: 'revoked' })],
  ['code unknown', 3, () => ({ path: '/api/v1/verify', json: { input: makeCode(country, randomBytes(11)) }, verdict: 'unknown' })],
  ['code mistyped', 3, () => ({ path: '/api/v1/verify', json: { input: inputs.mistyped }, verdict: 'mistyped' })],
  ['jws', 3, () => ({ path: '/api/v1/verify', json: { input: pick(jwsList) } })],
  ['text genuine', 5, () => ({ path: '/api/v1/verify', json: { input: genuineText(pick(codes)), lang: pick(['en', 'nb', 'de']) }, verdict: 'genuine' })],
  [
    'text scam',
    5,
    () => ({ path: '/api/v1/verify', json: { input: pick([inputs.scam, inputs.altered]).replaceAll(inputs.genuine, pick(codes)) }, notVerdict: 'genuine' }),
  ],
  [
    'url',
    5,
    () => ({
      path: '/api/v1/verify',
      json: { input: rand() < 0.5 ? pick(urls) : `https://police-${Math.floor(rand() * 1e9)}.example/pay?id=${Math.floor(rand() * 1e9)}` },
    }),
  ],
  [
    'batch',
    3,
    () => {
      const items = Array.from({ length: 20 }, (_, i) =>
        i % 4 === 0 ? pick(urls) : i % 4 === 1 ? genuineText(pick(codes)) : i % 4 === 2 ? makeCode(country, randomBytes(11)) : pick(codes),
      );
      return { path: '/api/v1/verify/batch', json: { items }, items: items.length };
    },
  ],
  ['form', 5, () => ({ path: '/verify', form: { input: rand() < 0.5 ? pick(codes) : inputs.scam, lang: pick(['en', 'nb', 'fr']) } })],
  ['range', 10, () => ({ path: `/api/v1/range/${bits}/${bucketName(Math.floor(rand() * 2 ** bits), bits)}` })],
  ['log tile', 8, () => ({ path: `/log/${pick(tilePaths)}` })],
  ['entry bundle', 5, () => ({ path: `/log/${pick(bundlePaths)}` })],
  ['checkpoint', 3, () => ({ path: '/log/checkpoint' })],
  ['well-known', 3, () => ({ path: pick(['/.well-known/jwks.json', '/.well-known/warncheck-trust.jws', '/.well-known/warncheck-root-handovers']) })],
  ['static', 3, () => ({ path: pick(['/static/style.css', '/static/app.js']) })],
  ['page', 3, () => ({ path: pick(['/', '/api', '/?lang=nb']) })],
  [
    'not-found',
    1,
    () => ({ path: pick([`/log/${tilePath({ level: 0, index: BigInt(fullTiles + 5), width: 256 })}`, '/api/v1/nothing', '/nothing']), status: 404 }),
  ],
  ['malformed', 1, () => ({ path: pick(['/api/v1/verify', `/api/v1/range/${bits + 1}/${bucketName(0, bits + 1)}`]), json: { input: '' }, status: 400 })],
];
const schedule: number[] = kinds.flatMap(([, w], i) => Array.from({ length: w }, () => i));

// ---- counters ----
interface Tally {
  requests: number[];
  errors: number[];
  lat: number[][]; // per kind, all latencies (ms) of the run
}
const total: Tally = { requests: kinds.map(() => 0), errors: kinds.map(() => 0), lat: kinds.map(() => []) };
let window: { requests: number[]; lat: number[] } = { requests: kinds.map(() => 0), lat: [] };
const errorSamples = new Map<string, number>(); // "kind: what" → count (no inputs: kinds and statuses only)

function noteError(k: number, what: string): void {
  total.errors[k]!++;
  const key = `${kinds[k]![0]}: ${what}`;
  errorSamples.set(key, (errorSamples.get(key) ?? 0) + 1);
}

async function once(k: number): Promise<void> {
  const r = kinds[k]![2]();
  const isGet = r.path.startsWith('/api/v1/range/') || (!r.json && !r.form); // the malformed look-up is a GET
  const init: RequestInit = isGet
    ? {}
    : r.form
      ? { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(r.form).toString() }
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(r.json) };
  const t0 = performance.now();
  try {
    const res = await fetch(url + r.path, { ...init, signal: AbortSignal.timeout(30_000) });
    const body = await res.arrayBuffer(); // the whole answer, as a client reads it
    const ms = performance.now() - t0;
    total.lat[k]!.push(ms);
    window.lat.push(ms);
    const want = r.status ?? 200;
    if (res.status !== want) return noteError(k, `status ${res.status}`);
    if (r.verdict || r.notVerdict || r.items) {
      const j = JSON.parse(new TextDecoder().decode(body)) as { verdict?: string; results?: unknown[] };
      if (r.verdict && j.verdict !== r.verdict) noteError(k, `verdict ${j.verdict}, expected ${r.verdict}`);
      if (r.notVerdict && j.verdict === r.notVerdict) noteError(k, `verdict ${j.verdict}`);
      if (r.items && j.results?.length !== r.items) noteError(k, `batch of ${r.items} answered ${j.results?.length} results`);
    }
  } catch (e) {
    noteError(k, `network: ${(e as Error).name}: ${(e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message}`);
  } finally {
    total.requests[k]!++;
    window.requests[k]!++;
  }
}

function pct(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const fmt = (ms: number): string => (Number.isNaN(ms) ? '-' : ms < 10 ? ms.toFixed(1) : ms.toFixed(0));

// ---- the run ----
console.log(
  `soak: warncheck serve (pid ${pid}) at ${url}, ${size.toLocaleString('en')} statements (look-up at ${bits} bits), ${codes.length} issued codes; ` +
    `${connections} requests in flight for ${minutes} min; warm-up ${(warmupMs / 1000).toFixed(0)} s; rate limit off (one client)`,
);
const rss0 = rssMb();
// One pass over what the mix asks for again and again (every issued code, the statements pasted,
// every look-up bucket) before the clock starts: the bounded caches then fill during the run's
// first minute whatever the machine's speed, so growth after warm-up measures leaks, not filling.
const prewarm = [
  ...codes.map((input) => ({
    path: '/api/v1/verify',
    init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input }) },
  })),
  ...jwsList.map((input) => ({
    path: '/api/v1/verify',
    init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input }) },
  })),
  ...Array.from({ length: 2 ** bits }, (_, b) => ({ path: `/api/v1/range/${bits}/${bucketName(b, bits)}`, init: {} })),
];
let w = 0;
await Promise.all(
  Array.from({ length: connections }, async () => {
    for (let r = prewarm[w++]; r; r = prewarm[w++]) {
      const res = await fetch(url + r.path, r.init);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`pre-warm ${r.path}: ${res.status}`);
    }
  }),
);
console.log(
  `RSS at start: ${rss0.toFixed(1)} MB; after one pre-warm pass (${prewarm.length} requests: every issued code, the pasted statements, every bucket): ${rssMb().toFixed(1)} MB`,
);
const samples: { t: number; rss: number }[] = [];
const start = performance.now();
const deadline = start + durationMs;
let next = 0;
const workers = Array.from({ length: connections }, async () => {
  while (performance.now() < deadline && serverExited === undefined) await once(schedule[next++ % schedule.length]!);
});

let windowStart = 0;
function report(): void {
  const t = performance.now() - start;
  const span = (t - windowStart) / 1000;
  windowStart = t;
  const rss = rssMb();
  samples.push({ t, rss });
  const byKind = kinds.map(([name], i) => `${name} ${window.requests[i]}`).join(', ');
  const n = sum(window.requests);
  console.log(
    `[${(t / 1000).toFixed(0).padStart(4)} s] ${n} requests (${(n / span).toFixed(0)}/s): ${byKind}; ` +
      `errors so far ${sum(total.errors)}; p50 ${fmt(pct(window.lat, 50))} ms, p99 ${fmt(pct(window.lat, 99))} ms; server RSS ${rss.toFixed(1)} MB`,
  );
  window = { requests: kinds.map(() => 0), lat: [] };
}
const timer = setInterval(report, INTERVAL_MS);
await Promise.all(workers);
clearInterval(timer);
const elapsed = performance.now() - start;
if (elapsed - (samples.at(-1)?.t ?? 0) > 1_000) report(); // the last, partial interval
if (serverExited !== undefined) noteError(0, `server exited (${serverExited}) during the run`);
// The server's own count of answers that failed inside it (500s), which a client may not see.
const internal =
  serverExited === undefined ? Number(/^warncheck_internal_errors_total (\d+)$/m.exec(await (await fetch(`${url}/metrics`)).text())?.[1] ?? NaN) : NaN;

// ---- totals ----
const all = total.lat.flat();
console.log(
  `\ntotals after ${(elapsed / 1000).toFixed(0)} s: ${sum(total.requests)} requests (${(sum(total.requests) / (elapsed / 1000)).toFixed(0)}/s), ${sum(total.errors)} errors; p50 ${fmt(pct(all, 50))} ms, p99 ${fmt(pct(all, 99))} ms`,
);
for (const [i, [name]] of kinds.entries()) {
  console.log(
    `  ${name.padEnd(14)} ${String(total.requests[i]).padStart(8)} requests  ${String(total.errors[i]).padStart(4)} errors  p50 ${fmt(pct(total.lat[i]!, 50)).padStart(5)} ms  p99 ${fmt(pct(total.lat[i]!, 99)).padStart(5)} ms`,
  );
}
for (const [what, n] of errorSamples) console.log(`  error: ${what} ×${n}`);
const base0 = samples.find((s) => s.t >= warmupMs) ?? samples[0]!;
const last = samples.at(-1)!;
const growth = (last.rss - base0.rss) / base0.rss;
console.log(
  `server RSS: ${rss0.toFixed(1)} MB at start, ${base0.rss.toFixed(1)} MB after warm-up (${(base0.t / 1000).toFixed(0)} s), ${last.rss.toFixed(1)} MB at the end (${(last.t / 1000).toFixed(0)} s): ` +
    `growth after warm-up ${(growth * 100).toFixed(1)} % (goal < 10 %); min ${Math.min(...samples.map((s) => s.rss)).toFixed(1)} MB, max ${Math.max(...samples.map((s) => s.rss)).toFixed(1)} MB`,
);
if (serverErrors.length > 0) console.log(`server wrote ${serverErrors.length} chunk(s) to stderr (shown above)`);

const stderrChunks = serverErrors.length; // before shutdown, whose messages are not the run's
console.log(`server's internal errors (/metrics): ${internal}`);
server.kill('SIGTERM');
await new Promise((r) => (serverExited !== undefined ? r(undefined) : server.once('exit', r)));
rmSync(base, { recursive: true, force: true });
const ok = sum(total.errors) === 0 && growth < 0.1 && stderrChunks === 0 && internal === 0;
console.log(ok ? 'soak: PASS' : 'soak: FAIL');
process.exit(ok ? 0 : 1);
