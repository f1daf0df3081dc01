/**
 * The honest load: every person checks their own code. `POST /api/v1/verify` with distinct genuine
 * codes in turn (no code asked twice of one server process), against raw node:crypto Ed25519
 * verification of those same statements in this same run (one core: the server is one process).
 * Goals: throughput ≥ 0.5× the raw rate, p99 ≤ 10 ms at 50 connections.
 *
 * The load generator (autocannon) runs in this process and the server in a child process: each
 * needs CPU of its own, as they would on separate machines. With `--pin` (where `taskset` and two
 * cores exist) each gets its own core for the run (the server and the raw baseline core 0, the
 * load generator core 1), so the server never shares its core with the load it answers; other
 * work on the machine may still run on either, and a pinned server cannot move away from it (on
 * a busy machine the unpinned run is the fairer one, and the default). Each server is measured after a warm-up of its own (V8's
 * optimising compiler took ~14 % of its CPU in the first seconds, measured with `perf`): a server
 * runs for days, and what it pays once (start-up, the check of the stored tree, the JIT) is
 * reported on its own.
 */
import { spawnSync } from 'node:child_process';
import { verify as edVerify, createPublicKey } from 'node:crypto';
import { availableParallelism } from 'node:os';
import Database from 'better-sqlite3';
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeCodeHash } from '../src/node/code-hash.js';
import { normalizeCode } from '../src/core/code.js';
import { benchCodes, type BenchData } from './data.js';
import { start, stop } from './server.js';

const BIN = fileURLToPath(new URL('../bin/warncheck.js', import.meta.url));
// Counted before this process pins itself (availableParallelism follows the process's own affinity).
const CORES = availableParallelism();
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A cursor over the codes: each taken once; runs past the end are refused (a repeat is not the honest load). */
export class Codes {
  private k = 0;
  readonly list: readonly string[];
  constructor(list: readonly string[]) {
    this.list = list;
  }
  next(): string {
    if (this.k >= this.list.length) throw new Error(`more than ${this.list.length} requests: raise the data set's size or lower the duration`);
    return this.list[this.k++]!;
  }
  get used(): number {
    return this.k;
  }
}

/** POST /api/v1/verify, 50 connections, each request the next code (none repeated). */
export async function distinctLoad(
  url: string,
  codes: Codes,
  seconds: number,
  connections = 50,
): Promise<{ rps: number; p99: number; p50: number; requests: number; non2xx: number }> {
  const r = await autocannon({
    url: `${url}/api/v1/verify`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: `{"input":"${codes.next()}"}` }) }],
  });
  if (r.errors > 0) throw new Error(`distinct codes: ${r.errors} errors`);
  // A 503 from the overload guard (a machine loaded by others) is an answer, counted, not a crash.
  return { rps: r.requests.average, p99: r.latency.p99, p50: r.latency.p50, requests: r.requests.total, non2xx: r.non2xx };
}

/**
 * Raw node:crypto Ed25519 verification of the statements of `codes` (read from the store by code
 * hash beforehand, not timed): verifications per second on one core, the best of three passes.
 */
export function rawVerifyRate(dataDir: string, codes: readonly string[]): number {
  const db = new Database(join(dataDir, 'warncheck.db'), { readonly: true });
  const q = db.prepare("SELECT jws FROM statements WHERE code_hash = ? AND type = 'warning'").pluck();
  const trust = JSON.parse(
    Buffer.from((db.prepare('SELECT jws FROM trust_lists ORDER BY version DESC LIMIT 1').pluck().get() as string).split('.')[1]!, 'base64url').toString(),
  ) as { keys: Array<{ kid: string; jwk: { x: string } }> };
  const keys = new Map(
    trust.keys.map((k) => [
      k.kid,
      createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(k.jwk.x, 'base64url')]), format: 'der', type: 'spki' }),
    ]),
  );
  const items = codes.map((c) => {
    const jws = q.get(nativeCodeHash(normalizeCode(c)!)) as string;
    const dot = jws.lastIndexOf('.');
    const kid = JSON.parse(Buffer.from(jws.slice(0, jws.indexOf('.')), 'base64url').toString()).kid as string;
    return { key: keys.get(kid)!, msg: Buffer.from(jws.slice(0, dot), 'latin1'), sig: Buffer.from(jws.slice(dot + 1), 'base64url') };
  });
  db.close();
  let best = 0;
  for (let pass = 0; pass < 3; pass++) {
    const t = performance.now();
    for (const it of items) if (!edVerify(null, it.msg, it.key, it.sig)) throw new Error('a bench statement does not verify');
    best = Math.max(best, items.length / ((performance.now() - t) / 1000));
  }
  return best;
}

/**
 * CPU seconds (user + system, all threads) a process has used so far, from /proc (Linux): on a
 * machine shared with other work, CPU per request is steadier than requests per second.
 */
export function cpuSeconds(pid: number): number {
  const { user, system } = cpuSplit(pid);
  return user + system;
}

/** User and system CPU seconds of a process so far (all threads), from /proc (Linux). */
export function cpuSplit(pid: number): { user: number; system: number } {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 }; // utime, stime in clock ticks (USER_HZ = 100)
}

/**
 * Pin a process, every thread of it, to one core (`taskset`); false where that is not possible
 * (no taskset, one core): the run then says so. Threads made later inherit the pinning.
 */
export function pin(pid: number, core: number): boolean {
  if (CORES < 2) return false;
  const r = spawnSync('taskset', ['-a', '-p', '-c', String(core), String(pid)], { stdio: 'ignore' });
  return r.status === 0;
}

/** Undo pin(): every core again. */
export function unpin(pid: number): void {
  spawnSync('taskset', ['-a', '-p', '-c', `0-${CORES - 1}`, String(pid)], { stdio: 'ignore' });
}

/** Seconds of the one-connection run after each saturated one. */
const ALONE_S = 5;

/** Seconds of distinct-code load each server gets before it is measured (see the top of this file). */
export const WARM_UP_S = 5;

/**
 * One fresh `serve` (one process, pinned to core 0 with `pinCores`), once idle, under the
 * distinct-code load: a warm-up of WARM_UP_S, then `seconds`, each with codes of its own.
 */
async function serveRun(
  bin: string,
  dataDir: string,
  codes: Codes,
  seconds: number,
  pinCores: boolean,
): Promise<
  Awaited<ReturnType<typeof distinctLoad>> & {
    alone: Awaited<ReturnType<typeof distinctLoad>>;
    cpuUs: number;
    userUs: number;
    systemUs: number;
    loadUs: number;
    startCpu: number;
    pinned: boolean;
  }
> {
  const srv = await start([bin, 'serve', '--data', dataDir], { WARNCHECK_RATE_LIMIT: '0' });
  try {
    const pinned = pinCores && pin(srv.proc.pid!, 0);
    // Until it is idle: start-up, then the check of the stored tree it runs between answers once
    // listening (docs/LOG.md §10), a cost paid once per process, reported on its own line.
    let startCpu = cpuSeconds(srv.proc.pid!);
    for (let last = -1; startCpu - last > 0.02;) {
      last = startCpu;
      await new Promise((r) => setTimeout(r, 300));
      startCpu = cpuSeconds(srv.proc.pid!);
    }
    await distinctLoad(srv.url, codes, WARM_UP_S);
    const [cpu, load] = [cpuSplit(srv.proc.pid!), process.cpuUsage()];
    const r = await distinctLoad(srv.url, codes, seconds);
    const [after, used] = [cpuSplit(srv.proc.pid!), process.cpuUsage(load)];
    const userUs = ((after.user - cpu.user) / r.requests) * 1e6;
    const systemUs = ((after.system - cpu.system) / r.requests) * 1e6;
    // One connection: the latency of an answer that does not queue behind 49 others (saturated,
    // every answer waits for the ones before it). autocannon's paced mode (overallRate) sends each
    // tick's requests at once, so 50 paced connections queue in bursts all the same (measured).
    const alone = await distinctLoad(srv.url, codes, ALONE_S, 1);
    return { ...r, alone, cpuUs: userUs + systemUs, userUs, systemUs, loadUs: (used.user + used.system) / r.requests, startCpu, pinned };
  } finally {
    await stop(srv);
  }
}

/**
 * `against`: another build's bin/warncheck.js (say, the previous commit's, copied under
 * bench/.cache/): it is measured in the same run, interleaved (this, that, this), for a before/after.
 * `againstData`: the data directory that build serves, when it cannot read this one (a copy of the
 * same data set in the older schema, made before the upgrade).
 */
export async function runVerifyBench(
  d: BenchData,
  seconds: number,
  nCodes = 200_000,
  against?: string,
  againstData?: string,
  pinCores = false,
): Promise<string[]> {
  const all = benchCodes(d, nCodes);
  // The raw rate before and after the servers run, on 20,000 of the same statements each time, on
  // the servers' core (this process moves to the load generator's core in between).
  const rawOn = (list: readonly string[]): number => {
    if (!pinCores) return rawVerifyRate(d.dataDir, list);
    pin(process.pid, 0);
    try {
      return rawVerifyRate(d.dataDir, list);
    } finally {
      if (!pin(process.pid, 1)) unpin(process.pid);
    }
  };
  try {
    const raw = rawOn(all.slice(0, Math.min(20_000, all.length)));
    const codes = new Codes(all);
    const run = await serveRun(BIN, d.dataDir, codes, seconds, pinCores);
    const other = against ? await serveRun(against, againstData ?? d.dataDir, codes, seconds, pinCores) : undefined;
    const again = against ? await serveRun(BIN, d.dataDir, codes, seconds, pinCores) : undefined;
    const raw2 = rawOn(all.slice(-Math.min(20_000, all.length)));
    const rawMean = (raw + raw2) / 2;
    const line = (name: string, r: typeof run) =>
      `${name}: ${r.rps.toFixed(0)} req/s → ${(r.rps / rawMean).toFixed(2)}× raw (goal ≥ 0.5×); p50 ${r.p50} ms, p99 ${r.p99} ms (goal ≤ 10 ms); server CPU ${r.cpuUs.toFixed(0)} µs per request (user ${r.userUs.toFixed(0)}, system ${r.systemUs.toFixed(0)}; raw verify ${(1e6 / rawMean).toFixed(0)} µs), load generator ${r.loadUs.toFixed(0)} µs; start-up until idle ${r.startCpu.toFixed(2)} s of CPU${r.non2xx ? `; ${r.non2xx} answers not 200 (overload guard)` : ''}\n` +
      `    saturated, 50 connections each wait for the others: mean latency = 50 ÷ ${r.rps.toFixed(0)} req/s = ${((50 / r.rps) * 1000).toFixed(1)} ms, so p99 ≤ 10 ms needs ≥ 5,000 req/s; ` +
      `one connection (${ALONE_S} s, ${r.alone.rps.toFixed(0)} req/s): p50 ${r.alone.p50} ms, p99 ${r.alone.p99} ms${r.alone.non2xx ? `, ${r.alone.non2xx} not 200` : ''}`;
    return [
      `raw node:crypto Ed25519 verify of the same statements, one core: ${rawMean.toFixed(0)} /s (before the servers ${raw.toFixed(0)}, after ${raw2.toFixed(0)})`,
      `POST /api/v1/verify, distinct genuine codes in turn (${codes.used.toLocaleString('en')} used, none twice; ${d.statements.toLocaleString('en')} issued), 50 connections, ${WARM_UP_S} s warm-up then ${seconds} s, one process; ${
        run.pinned
          ? 'server and raw baseline on core 0, load generator on core 1'
          : `not pinned${pinCores ? ' (no taskset or one core)' : ' (--pin: server core 0, load generator core 1)'}: ${CORES} cores shared by the server, the load generator and whatever else runs`
      }`,
      line('  this build', run),
      ...(other && again ? [line(`  ${against}`, other), line('  this build again', again)] : []),
    ];
  } finally {
    if (pinCores) unpin(process.pid);
  }
}
