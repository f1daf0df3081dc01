/**
 * `warncheck serve [--data DATADIR] [--port N] [--host H] [--state FILE] [--trust-proxy LIST] [--workers N] [--metrics]`:
 * the verification service. Without a data directory (nor WARNCHECK_DATA) it serves the embedded
 * demo under ./.warncheck/demo. The state file (default: the CLI's, $WARNCHECK_STATE) records what
 * was served. With --workers N > 1, a primary process forks N workers (node:cluster) that each load
 * the data and listen on the one port. Every setting is in docs/HTTP.md.
 */
import cluster, { type Worker } from 'node:cluster';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { jwkThumbprint } from '../core/jwk.js';
import { ROOT_PUBLIC_FILE, readRootPublicKey } from '../store/datadir.js';
import { readState, statePath, writeState } from './state.js';
import { parseCliArgs } from './args.js';
import { fail } from '../core/errors.js';
import { BIN, DEFAULT_DEMO_DIR, prepareDemo, startServer, TEXT_WORKER_ABOVE, type DemoSetup } from '../server/main.js';
import { logTime, OVERLOAD, TIMEOUTS } from '../server/app.js';
import { decimalArg, type CliIO } from './io.js';

/** How the primary hands the demo it prepared to its workers (internal, not a setting). */
const DEMO_ENV = 'WARNCHECK_WORKER_DEMO';

export async function runServe(args: string[], io: CliIO): Promise<number> {
  if (!cluster.isWorker) return serveOrPrimary(args, io);
  try {
    return await serveOrPrimary(args, io);
  } finally {
    // A worker's IPC channel would keep it alive after its server closed or failed to start.
    process.channel?.unref();
  }
}

async function serveOrPrimary(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCliArgs({
    args,
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      state: { type: 'string' },
      'trust-proxy': { type: 'string' },
      workers: { type: 'string' },
      metrics: { type: 'boolean' },
    },
    strict: true,
  });
  const port = whole('--port', values.port ?? io.env['PORT'], 8080);
  if (port > 65535) fail('WC_USAGE', '--port must be 0…65535');
  const host = values.host ?? io.env['HOST'] ?? 'localhost';
  const env = (name: string, dflt: number): number => whole(name, io.env[name], dflt);
  const limit = env('WARNCHECK_RATE_LIMIT', 120);
  const trustProxy = proxySetting(values['trust-proxy'] ?? io.env['WARNCHECK_TRUST_PROXY']);
  const timeouts = {
    requestMs: env('WARNCHECK_REQUEST_TIMEOUT_MS', TIMEOUTS.requestMs),
    headersMs: env('WARNCHECK_HEADERS_TIMEOUT_MS', TIMEOUTS.headersMs),
    keepAliveMs: env('WARNCHECK_KEEPALIVE_TIMEOUT_MS', TIMEOUTS.keepAliveMs),
  };
  if (timeouts.headersMs > timeouts.requestMs && timeouts.requestMs > 0)
    fail('WC_USAGE', 'WARNCHECK_HEADERS_TIMEOUT_MS must not exceed WARNCHECK_REQUEST_TIMEOUT_MS');
  const maxDelay = env('WARNCHECK_MAX_EVENT_LOOP_DELAY_MS', OVERLOAD.maxEventLoopDelayMs);
  const maxHeapMb = env('WARNCHECK_MAX_HEAP_MB', Math.floor(OVERLOAD.maxHeapUsedBytes / 2 ** 20));
  const shutdownMs = env('WARNCHECK_SHUTDOWN_TIMEOUT_MS', 10_000);
  // Long texts off the event loop: a code check beside the heaviest request is not held up by it.
  const textWorkers = env('WARNCHECK_TEXT_WORKERS', 1);
  const textWorkerAbove = env('WARNCHECK_TEXT_WORKER_ABOVE', TEXT_WORKER_ABOVE);
  const quiet = io.env['WARNCHECK_ACCESS_LOG'] === 'off';
  // Off by default: how many answers said what is nobody's business unless the operator asks.
  const metricsEnv = io.env['WARNCHECK_METRICS'];
  if (metricsEnv !== undefined && metricsEnv !== '' && metricsEnv !== 'on' && metricsEnv !== 'off') fail('WC_USAGE', 'WARNCHECK_METRICS must be on or off');
  const metrics = values.metrics === true || metricsEnv === 'on';
  const workers = whole('--workers', values.workers ?? io.env['WARNCHECK_WORKERS'], 1);
  if (workers < 1 || workers > 64) fail('WC_USAGE', '--workers must be 1…64');
  const isWorker = cluster.isWorker;
  // Settings first: a mistake is reported before any work.
  const configured = values.data ?? io.env['WARNCHECK_DATA'];
  const handed = isWorker && !configured && io.env[DEMO_ENV] ? (JSON.parse(io.env[DEMO_ENV]) as DemoSetup) : undefined;
  const demo = configured ? undefined : (handed ?? (await prepareDemo(DEFAULT_DEMO_DIR(process.cwd()))));
  const dataDir = configured ? resolve(configured) : demo!.dataDir;
  // Workers share the primary's stdout: every write stays under PIPE_BUF so lines never interleave.
  const log = batchedLines(isWorker ? pipeSafe((text) => io.stdout.write(text)) : (text) => io.stdout.write(text));
  // Like `verify`, the server remembers the highest trust-list version and the latest checkpoint
  // it served, outside the data directory (which it never writes), and refuses a rolled-back or
  // forked copy at start and on every switch.
  const sp = resolve(values.state ?? statePath(io.env));
  const rel = relative(dataDir, sp);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) fail('WC_USAGE', 'the state file must be outside the data directory');
  const state = readState(sp);
  const rootKid = jwkThumbprint(readRootPublicKey(join(dataDir, ROOT_PUBLIC_FILE)));
  const seen = state.trust[rootKid];
  if (workers > 1 && !isWorker) return runPrimary({ n: workers, args, io, dataDir, demo, shutdownMs });
  let warned = false;
  const onServe = (v: { rootKid: string; version: number; vkey: string; checkpoint: string }): void => {
    const now = readState(sp);
    now.trust[v.rootKid] = Math.max(v.version, now.trust[v.rootKid] ?? 0);
    now.checkpoints = { ...now.checkpoints, [v.vkey]: v.checkpoint };
    try {
      writeState(sp, now);
    } catch {
      if (!warned) io.stderr.write('warncheck: could not record the trust-list version and checkpoint served (rollback protection is weaker)\n');
      warned = true;
    }
  };
  const s = await startServer({
    dataDir,
    port,
    host,
    load: { ...(seen !== undefined ? { seenVersion: seen } : {}), seenCheckpoints: state.checkpoints ?? {}, onServe },
    rateLimit: limit === 0 ? false : limit,
    textWorkers,
    textWorkerAbove,
    trustProxy,
    timeouts,
    overload: maxDelay === 0 && maxHeapMb === 0 ? false : { maxEventLoopDelayMs: maxDelay, maxHeapUsedBytes: maxHeapMb * 2 ** 20 },
    // One JSON line per event (server/logging.ts). pino writes the level first: errors are rare
    // and matter, so they go at once to stderr; the access log in batches to stdout.
    log: { write: (line: string) => void (/^\{"level":[56]0,/.test(line) ? io.stderr.write(line) : log.line(line.endsWith('\n') ? line.slice(0, -1) : line)) },
    accessLog: !quiet,
    metrics,
    ...(demo ? { exampleCode: demo.inputs.genuine } : {}),
  });
  if (isWorker) {
    // The primary prints the one banner once every worker listens.
    process.send!({ wc: 'ready', url: s.url, count: s.data.store.count() });
  } else io.stdout.write(banner(s.url, s.data.store.count(), dataDir, demo));
  // Graceful stop: no new connections, requests in flight are answered (new ones on open
  // connections get 503 WC_OVERLOADED), then exit 0. Connections still open after the grace time
  // are cut; a second signal stops at once (the handlers are gone by then). A worker stops on the
  // primary's word or on the signal itself (a terminal's Ctrl-C or systemd's stop reach the whole
  // group), whichever comes first, and ignores the other: the primary decides about a hard stop.
  await new Promise<void>((done) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) return;
      stopping = true;
      if (!isWorker) {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        log.line(`${logTime()} warncheck: ${signal}, closing`);
      }
      const cut = setTimeout(() => s.app.server.closeAllConnections(), shutdownMs);
      void s.close().then(() => {
        clearTimeout(cut);
        if (!isWorker) log.line(`${logTime()} warncheck: closed`);
        log.flush();
        done();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (isWorker) process.on('message', (m: { wc?: string; signal?: NodeJS.Signals }) => void (m?.wc === 'stop' && stop(m.signal ?? 'SIGTERM')));
  });
  return 0;
}

/** One write: a reader of the pipe (a test, a supervisor) sees the address and the demo inputs together. */
function banner(url: string, count: number, dataDir: string, demo: DemoSetup | undefined, extra = ''): string {
  const shown = url.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
  let text = `${logTime()} warncheck: serving ${count} statements from ${dataDir} at ${shown}\n${extra}`;
  if (demo) {
    const i = demo.inputs;
    text +=
      `demo inputs (paste into the form at ${shown}/ or POST to ${shown}/api/v1/verify):\n` +
      `  genuine code:   ${i.genuine}\n  revoked code:   ${i.revoked}\n  revoked key:    ${i.revokedKey}\n` +
      `  mistyped code:  ${i.mistyped}\n  unknown code:   ${i.unknown}\n` +
      `  altered text:   ${JSON.stringify(i.altered.slice(0, 70) + '…')} (full text in ${demo.keysDir}/demo-inputs.json)\n` +
      (i.byLanguage ? `  per language:   a genuine code and an altered text in ${Object.keys(i.byLanguage).join(', ')} (demo-inputs.json)\n` : '');
  }
  return text;
}

/**
 * Node flags for the workers: the primary's own, and a young generation of 8 MB per semi-space
 * unless the operator chose one (NODE_OPTIONS or the primary's flags). V8's default (16 MB on
 * 64-bit) measured ~25 MB more RSS per worker under the distinct-code load for no gain in
 * throughput within the noise (`npm run bench:scale`; docs/DEPLOY.md).
 */
export function workerExecArgv(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  const chosen = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((f) => /^--(max-)?semi-space-size\b/.test(f.replace(/_/g, '-')));
  return chosen ? [...execArgv] : [...execArgv, '--max-semi-space-size=8'];
}

/**
 * The primary of `--workers N`: forks N workers (this same command; each loads the data and
 * listens, node:cluster shares the port and hands connections round-robin), prints one banner when
 * all listen, starts a new worker when one dies, and on SIGTERM/SIGINT asks every worker for the
 * graceful stop and exits 0 once all have stopped with 0. A worker that fails before every worker
 * listens (bad data, port taken) fails the start with its exit code; its message is on stderr.
 * Rate limits, the overload guard and /metrics are each worker's own (docs/HTTP.md).
 */
async function runPrimary(o: { n: number; args: string[]; io: CliIO; dataDir: string; demo: DemoSetup | undefined; shutdownMs: number }): Promise<number> {
  const { io } = o;
  cluster.setupPrimary({ exec: BIN, args: ['serve', ...o.args], execArgv: workerExecArgv(process.execArgv, io.env['NODE_OPTIONS']) });
  const env = o.demo ? { [DEMO_ENV]: JSON.stringify(o.demo) } : {};
  const say = (line: string): void => void io.stdout.write(`${logTime()} warncheck: ${line}\n`);
  let stopping = false;
  let started = false;
  const codes: number[] = [];
  let failures = 0; // deaths in a row without a worker reaching 'ready' since: the restart waits longer
  return new Promise<number>((finish) => {
    const ready = new Map<Worker, { url: string; count: number }>();
    const live = new Set<Worker>();
    const restarts = new Set<ReturnType<typeof setTimeout>>();
    const fork = (): void => {
      const w = cluster.fork(env);
      const pid = w.process.pid;
      live.add(w);
      w.on('message', (m: { wc?: string; url?: string; count?: number }) => {
        if (m?.wc !== 'ready') return;
        ready.set(w, { url: String(m.url), count: Number(m.count) });
        failures = 0;
        if (started) say(`worker ${pid} ready`);
        else if (ready.size === o.n) {
          started = true;
          const first = [...ready.values()][0]!;
          const pids = [...ready.keys()].map((x) => x.process.pid).join(' ');
          io.stdout.write(banner(first.url, first.count, o.dataDir, o.demo, `${o.n} workers, pids ${pids}\n`));
        }
      });
      w.on('exit', (code, signal) => {
        live.delete(w);
        ready.delete(w);
        if (stopping || !started) {
          codes.push(code ?? 1);
          if (!started && !stopping) {
            // The start failed: stop the others, report this worker's code.
            stopping = true;
            for (const x of live) x.process.kill('SIGKILL');
          }
          if (live.size === 0) done();
          return;
        }
        // A worker that stopped cleanly most likely got a stop signal sent to the whole group
        // (systemd, Ctrl-C) a moment before the primary: give the primary's own signal time to
        // arrive. Not unref'd: with every worker gone, this timer keeps the primary alive.
        const backoff = Math.min(10_000, 100 * 2 ** failures++);
        const t = setTimeout(
          () => {
            restarts.delete(t);
            if (stopping) return;
            say(`worker ${pid} stopped (${signal ?? `exit ${code}`}), starting another`);
            fork();
          },
          code === 0 ? Math.max(1000, backoff) : backoff,
        );
        restarts.add(t);
      });
    };
    const onSignal = (signal: NodeJS.Signals): void => {
      if (stopping) {
        // A second signal: stop at once.
        for (const x of live) x.process.kill('SIGKILL');
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        process.kill(process.pid, signal);
        return;
      }
      stopping = true;
      say(`${signal}, closing`);
      // A listening worker stops gracefully on the word; one still loading has nothing to finish.
      // A listening worker whose channel is closed is already stopping (it got the signal itself,
      // as from systemd or Ctrl-C): it is left to finish, as a signal during its exit would end it
      // with that signal instead of 0. It may also close its channel between the check and the
      // write: the write's EPIPE goes to the callback (without one it is an 'error' event that ends
      // the primary; both seen under load). Its 'exit' is awaited either way.
      for (const w of live) {
        if (!ready.has(w)) w.process.kill('SIGTERM');
        else if (w.isConnected()) w.send({ wc: 'stop', signal }, () => undefined);
      }
      if (live.size === 0) done();
    };
    const done = (): void => {
      for (const t of restarts) clearTimeout(t);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (started) say('closed');
      const failed = codes.find((c) => c !== 0);
      finish(started ? (failed === undefined ? 0 : 1) : (failed ?? 1));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    for (let i = 0; i < o.n; i++) fork();
  });
}

/** Split writes at line ends into pieces of at most 4,096 bytes (PIPE_BUF: one write to a pipe is atomic). */
export function pipeSafe(write: (text: string) => void, max = 4096): (text: string) => void {
  return (text) => {
    const buf = Buffer.from(text, 'utf8');
    for (let start = 0; start < buf.length;) {
      let end = buf.length;
      if (end - start > max) {
        const nl = buf.lastIndexOf(10, start + max - 1);
        // One line longer than the limit goes whole.
        end = nl >= start ? nl + 1 : buf.indexOf(10, start) + 1 || buf.length;
      }
      write(buf.toString('utf8', start, end)); // cut at line ends: never inside a character
      start = end;
    }
  };
}

/** A whole decimal number from a flag or the environment (no hex, no exponent, no sign). */
function whole(name: string, text: string | undefined, dflt: number): number {
  if (text === undefined || text === '') return dflt;
  return decimalArg(text, name, 0, Number.MAX_SAFE_INTEGER);
}

/** WARNCHECK_TRUST_PROXY / --trust-proxy: unset or `false`, `true`, or proxy addresses and CIDRs (comma-separated). */
function proxySetting(text: string | undefined): boolean | string {
  if (text === undefined || text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (!/^[0-9A-Fa-f.:/]+(,[0-9A-Fa-f.:/]+)*$/.test(text))
    fail('WC_USAGE', 'WARNCHECK_TRUST_PROXY must be true, false, or addresses and CIDRs separated by commas');
  return text;
}

/**
 * Access-log lines in batches: one write per 100 ms (or per 64 KiB) instead of one per request
 * (measured: a write per line cost 14 % of the verify route's throughput). At most the last
 * 100 ms of lines can be lost if the process is killed; they are flushed on a normal stop.
 */
export function batchedLines(write: (text: string) => void, everyMs = 100): { line: (l: string) => void; flush: () => void } {
  let buf = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (buf) {
      const text = buf;
      buf = '';
      write(text);
    }
  };
  return {
    line: (l) => {
      buf += `${l}\n`;
      if (buf.length >= 64 * 1024) flush();
      else if (!timer) (timer = setTimeout(flush, everyMs)).unref();
    },
    flush,
  };
}
