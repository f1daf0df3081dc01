/**
 * Service benchmarks, each against a baseline measured in the same run (these machines are noisy):
 *   - POST /api/v1/verify by code, real server process, vs a bare fastify JSON route in an
 *     identical child process; autocannon, 50 connections: throughput ratio (goal ≥ 0.8×) and p99
 *     (goal ≤ 5 ms);
 *   - start → /readyz 200 with N statements in the store (1,000,000 in the full run; goal < 0.5 s),
 *     against a bare node:http server's start → first 200;
 *   - the server's peak RSS under that load (goal < 150 MB);
 *   - `serve --workers 2` against one worker, the same distinct-code load (goal ≥ 1.7×). The load
 *     generator (autocannon) runs in this bench process, the servers in child processes: each
 *     needs CPU of its own (with 2 cores, the generator takes a share the workers cannot have).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { bucketName, rangeBits } from '../src/core/range.js';
import { Codes, cpuSeconds, distinctLoad as distinctCodes, WARM_UP_S } from './verify.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/warncheck.js');

interface Child {
  proc: ChildProcess;
  url: string;
  startedMs: number;
}

export function start(args: string[], env: Record<string, string> = {}): Promise<Child> {
  const t0 = performance.now();
  // A clean environment: no NODE_OPTIONS or loader hooks inherited from the bench runner (tsx).
  const { NODE_OPTIONS: _drop, ...base } = process.env;
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...base, PORT: '0', HOST: '127.0.0.1', WARNCHECK_ACCESS_LOG: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = / at (http:\/\/\S+)/.exec(out) ?? /^(http:\/\/\S+)/m.exec(out) ?? /LISTEN (\d+)/.exec(out);
      if (!m) return;
      // From here on the output (access log lines) is drained and dropped, not gathered and searched.
      proc.stdout!.removeAllListeners('data');
      proc.stdout!.resume();
      resolve({ proc, url: m[1]!.startsWith('http') ? m[1]! : `http://127.0.0.1:${m[1]}`, startedMs: t0 });
    });
    proc.on('exit', (c) => reject(new Error(`exited ${c}: ${out}`)));
  });
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

function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function cannon(url: string, body: string, seconds: number, headers: Record<string, string> = {}): Promise<{ rps: number; p99: number }> {
  const r = await autocannon({ url, method: 'POST', connections: 50, duration: seconds, headers: { 'content-type': 'application/json', ...headers }, body });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99 };
}

const BARE = `
import Fastify from 'fastify';
const reply = JSON.parse(process.env.BARE_REPLY);
const app = Fastify({ logger: false });
app.post('/bare', { schema: { body: { type: 'object', properties: { input: { type: 'string' } }, required: ['input'] } } }, () => reply);
const url = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(url);
`;

// Our own app (same headers, hooks, schemas, answer writer) whose verify returns one fixed answer:
// separates the framework's cost from the cost of verifying.
const APP_CONSTANT = `
import { loadData } from ${JSON.stringify(join(ROOT, 'dist/service/load.js'))};
import { buildApp } from ${JSON.stringify(join(ROOT, 'dist/server/app.js'))};
const data = loadData(process.env.BENCH_DATA, { now: Date.now });
const fixed = data.verify(process.env.BENCH_CODE);
const app = await buildApp({ data: { ...data, verify: () => fixed }, rateLimit: false });
console.log(await app.listen({ port: 0, host: '127.0.0.1' }));
`;

export async function bench(quick: boolean, dataDirWithCodes?: { dataDir: string; code: string; count: number; codes?: string[] }): Promise<string[]> {
  const lines: string[] = [];
  let base: string | undefined;
  let data = dataDirWithCodes;
  if (!data) {
    base = mkdtempSync(join(tmpdir(), 'wc-bench-server-'));
    const r = spawnSync(process.execPath, [BIN, 'demo', '--keys', join(base, 'keys'), '--data', join(base, 'data'), '--count', quick ? '200' : '5000'], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(r.stderr);
    const inputs = JSON.parse(readFileSync(join(base, 'keys/demo-inputs.json'), 'utf8'));
    data = { dataDir: join(base, 'data'), code: inputs.genuine, count: 0 };
  }
  const seconds = quick ? 3 : 10;
  try {
    // Readiness: warncheck serve on the data vs a bare node:http server (node's own start-up).
    const bareHttp = await start([
      '--input-type=module',
      '-e',
      "import http from 'node:http'; const s = http.createServer((q, r) => r.end('ok')).listen(0, '127.0.0.1', () => console.log('LISTEN ' + s.address().port));",
    ]);
    const bareReady = await firstOk(`${bareHttp.url}/`, bareHttp.startedMs);
    bareHttp.proc.kill();
    const srv = await start([BIN, 'serve', '--data', data.dataDir], { WARNCHECK_RATE_LIMIT: '0' });
    const ready = await firstOk(`${srv.url}/readyz`, srv.startedMs);
    const statements = ((await (await fetch(`${srv.url}/readyz`)).json()) as { statements: number }).statements;
    lines.push(
      `start → /readyz 200 with ${statements.toLocaleString('en')} statements: ${(ready / 1000).toFixed(3)} s (goal < 0.5 s); bare node:http start → 200: ${(bareReady / 1000).toFixed(3)} s (${(ready / bareReady).toFixed(2)}×)`,
    );

    // Throughput: same body shape; the bare route returns the real answer as a constant.
    const body = JSON.stringify({ input: data.code });
    const answer = await (await fetch(`${srv.url}/api/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();
    if (!answer.includes('"verdict":"genuine"')) throw new Error(`bench code is not genuine: ${answer.slice(0, 200)}`);
    const bare = await start(['--input-type=module', '-e', BARE], { BARE_REPLY: answer });
    await cannon(`${bare.url}/bare`, body, 1); // warm-up both
    await cannon(`${srv.url}/api/v1/verify`, body, 1);
    const b1 = await cannon(`${bare.url}/bare`, body, seconds);
    const w = await cannon(`${srv.url}/api/v1/verify`, body, seconds);
    const b2 = await cannon(`${bare.url}/bare`, body, seconds);
    const bareRps = (b1.rps + b2.rps) / 2;
    // The findings' messages in another language, asked both ways (body `lang` and Accept-Language).
    const nb = await cannon(`${srv.url}/api/v1/verify`, JSON.stringify({ input: data.code, lang: 'nb' }), seconds, {
      'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5',
    });
    const rss = peakRssMb(srv.proc.pid!);
    // Many distinct genuine codes, each asked once or twice: nothing is remembered yet for most.
    let distinct: { rps: number; p99: number } | undefined;
    if (data.codes && data.codes.length > 0) {
      const codes = data.codes;
      distinct = await distinctLoad(srv.url, codes, seconds);
    }
    const rssAfter = peakRssMb(srv.proc.pid!);
    // The private look-up: one bucket per request at the bits the signed log size allows.
    const cpSize = Number((await (await fetch(`${srv.url}/log/checkpoint`)).text()).split('\n')[1]);
    const bits = rangeBits(cpSize);
    const lookups = quick ? 50 : 300;
    const tl = performance.now();
    let answerBytes = 0;
    for (let i = 0; i < lookups; i++) {
      const bucket = Math.floor(Math.random() * 2 ** bits);
      const r = await fetch(`${srv.url}/api/v1/range/${bits}/${bucketName(bucket, bits)}`);
      if (r.status !== 200) throw new Error(`range: ${r.status}`);
      answerBytes = (await r.arrayBuffer()).byteLength;
    }
    const lookupMs = (performance.now() - tl) / lookups;
    bare.proc.kill();
    srv.proc.kill();
    // serve's default: the access log on (lines to stdout, which this process reads and drops).
    const logged = await start([BIN, 'serve', '--data', data.dataDir], { WARNCHECK_RATE_LIMIT: '0', WARNCHECK_ACCESS_LOG: 'on' });
    await cannon(`${logged.url}/api/v1/verify`, body, 1);
    const withLog = await cannon(`${logged.url}/api/v1/verify`, body, seconds);
    logged.proc.kill();
    const constant = await start(['--input-type=module', '-e', APP_CONSTANT], { BENCH_DATA: data.dataDir, BENCH_CODE: data.code });
    await cannon(`${constant.url}/api/v1/verify`, body, 1);
    const c = await cannon(`${constant.url}/api/v1/verify`, body, seconds);
    constant.proc.kill();
    lines.push(
      `POST /api/v1/verify (genuine code), 50 connections, ${seconds} s: ${w.rps.toFixed(0)} req/s vs bare fastify route ${bareRps.toFixed(0)} req/s → ${(w.rps / bareRps).toFixed(2)}× (goal ≥ 0.8×)`,
      `p99 latency: ${w.p99} ms (goal ≤ 5 ms); bare route p99 ${Math.max(b1.p99, b2.p99)} ms`,
      `the same asking for Norwegian messages (body lang + Accept-Language): ${nb.rps.toFixed(0)} req/s (${(nb.rps / bareRps).toFixed(2)}× bare), p99 ${nb.p99} ms`,
      `the same with the access log on (serve's default; the figures above have it off): ${withLog.rps.toFixed(0)} req/s (${(withLog.rps / bareRps).toFixed(2)}× bare), p99 ${withLog.p99} ms`,
      ...(distinct
        ? [
            `${data.codes!.length.toLocaleString('en')} distinct genuine codes in turn (each signature and proof checked on first use): ${distinct.rps.toFixed(0)} req/s (${(distinct.rps / bareRps).toFixed(2)}× bare), p99 ${distinct.p99} ms, peak RSS then ${rssAfter.toFixed(0)} MB`,
          ]
        : []),
      `where the time goes: our app answering one fixed result ${c.rps.toFixed(0)} req/s (${(c.rps / bareRps).toFixed(2)}× bare: headers, hooks, validation, answer writer); verifying costs ${((1 / w.rps - 1 / c.rps) * 1e6).toFixed(0)} µs per request on top`,
      `server peak RSS under load (the one-code run): ${rss.toFixed(0)} MB (goal < 150 MB)`,
      ...(data.codes && data.codes.length > 0 ? await workersBench(data.dataDir, data.codes, seconds) : []),
      `private look-up at ${cpSize.toLocaleString('en')} log entries: ${bits} prefix bits (≥ 32 per bucket on average), every answer ${(answerBytes / 1024).toFixed(0)} KiB (goal < 100 KB at 1,000,000), ${lookupMs.toFixed(1)} ms per random bucket, one at a time`,
    );
  } finally {
    if (base) rmSync(base, { recursive: true, force: true });
  }
  return lines;
}

/** POST /api/v1/verify, 50 connections, each request the next code of the list (every person checks their own; none twice). */
async function distinctLoad(url: string, codes: readonly string[], seconds: number): Promise<{ rps: number; p99: number }> {
  const r = await distinctCodes(url, new Codes(codes), seconds);
  if (r.non2xx > 0) throw new Error(`distinct codes: ${r.non2xx} non-2xx`);
  return r;
}

export async function stop(c: Child): Promise<void> {
  const exited = new Promise((r) => c.proc.once('exit', r));
  c.proc.kill('SIGTERM');
  await exited;
}

/**
 * `serve --workers 2` against one worker on the same data and the same distinct-code load, in the
 * same run: one worker, two workers, one worker again (the mean of the two single runs is the
 * baseline, so the order favours neither). Each run is a fresh process: nothing remembered.
 */
export async function workersBench(dataDir: string, codes: readonly string[], seconds: number): Promise<string[]> {
  const env = { WARNCHECK_RATE_LIMIT: '0' };
  const runs: Array<{ rps: number; p99: number; non2xx: number; requests: number; serverUs: number; loadUs: number; wall: number }> = [];
  // CPU seconds of a process and its children (the workers), from /proc.
  const treeCpu = (pid: number): number =>
    cpuSeconds(pid) +
    readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .reduce((sum, c) => sum + cpuSeconds(Number(c)), 0);
  for (const workers of [1, 2, 1]) {
    const c = await start([BIN, 'serve', '--data', dataDir, '--workers', String(workers)], env);
    try {
      // Once idle (each worker's start-up check of the stored tree done), as bench/verify.ts.
      for (let last = -1, now = treeCpu(c.proc.pid!); now - last > 0.02; now = treeCpu(c.proc.pid!)) {
        last = now;
        await new Promise((r) => setTimeout(r, 300));
      }
      // A fresh process each run: its codes are new to it (a warm-up first, with codes of its own,
      // as bench/verify.ts: what the JIT costs once is not the steady state).
      const cursor = new Codes(codes);
      await distinctCodes(c.url, cursor, WARM_UP_S);
      const [server, load, t] = [treeCpu(c.proc.pid!), process.cpuUsage(), performance.now()];
      const r = await distinctCodes(c.url, cursor, seconds);
      const used = process.cpuUsage(load);
      runs.push({
        ...r,
        serverUs: ((treeCpu(c.proc.pid!) - server) / r.requests) * 1e6,
        loadUs: (used.user + used.system) / r.requests,
        wall: (performance.now() - t) / 1000,
      });
    } finally {
      await stop(c);
    }
  }
  const one = (runs[0]!.rps + runs[2]!.rps) / 2;
  const two = runs[1]!;
  // What the cores could give at most: every request costs the server's CPU and the load generator's.
  const cores = availableParallelism();
  const cpuLine = (name: string, r: (typeof runs)[number]) =>
    `${name}: server ${r.serverUs.toFixed(0)} µs + load generator ${r.loadUs.toFixed(0)} µs of CPU per request; both together used ${(((r.serverUs + r.loadUs) * r.requests) / 1e6 / r.wall).toFixed(2)} of ${cores} cores`;
  return [
    `--workers 2, distinct genuine codes, 50 connections, ${seconds} s: ${two.rps.toFixed(0)} req/s (p99 ${two.p99} ms) vs one worker ${one.toFixed(0)} req/s (p99 ${Math.max(runs[0]!.p99, runs[2]!.p99)} ms; runs ${runs[0]!.rps.toFixed(0)} and ${runs[2]!.rps.toFixed(0)}) → ${(two.rps / one).toFixed(2)}× (goal ≥ 1.7×; ${cores} cores here, shared with whatever else runs and with this load generator)${runs.some((r) => r.non2xx) ? `; answers not 200 (overload guard): ${runs.map((r) => r.non2xx).join(', ')}` : ''}`,
    // Two workers and the load generator share the cores; one worker has a core to itself.
    `  ceiling on ${cores} cores with this load generator: ${cores} cores ÷ (${two.serverUs.toFixed(0)} + ${two.loadUs.toFixed(0)}) µs against 1 core ÷ ${(
      (runs[0]!.serverUs + runs[2]!.serverUs) /
      2
    ).toFixed(
      0,
    )} µs → at most ${((cores * ((runs[0]!.serverUs + runs[2]!.serverUs) / 2)) / (two.serverUs + two.loadUs)).toFixed(2)}× with nothing else running`,
    `  ${cpuLine('one worker', runs[0]!)}`,
    `  ${cpuLine('two workers', two)}`,
    `  ${cpuLine('one worker again', runs[2]!)}`,
  ];
}
