/**
 * `warncheck serve [--data DATADIR] [--port N] [--host H] [--state FILE] [--trust-proxy LIST]`: the
 * verification service. Without a data directory (nor WARNCHECK_DATA) it serves the embedded demo
 * under ./.warncheck/demo. The state file (default: the CLI's, $WARNCHECK_STATE) records what was
 * served. Every setting is in docs/HTTP.md.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { jwkThumbprint } from '../core/jwk.js';
import { ROOT_PUBLIC_FILE, readRootPublicKey } from '../store/datadir.js';
import { readState, statePath, writeState } from './state.js';
import { parseArgs } from 'node:util';
import { fail } from '../core/errors.js';
import { DEFAULT_DEMO_DIR, prepareDemo, startServer, TEXT_WORKER_ABOVE } from '../server/main.js';
import { logTime, OVERLOAD, TIMEOUTS } from '../server/app.js';
import { decimalArg, type CliIO } from './io.js';

export async function runServe(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, state: { type: 'string' }, 'trust-proxy': { type: 'string' } }, strict: true });
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
  if (timeouts.headersMs > timeouts.requestMs && timeouts.requestMs > 0) fail('WC_USAGE', 'WARNCHECK_HEADERS_TIMEOUT_MS must not exceed WARNCHECK_REQUEST_TIMEOUT_MS');
  const maxDelay = env('WARNCHECK_MAX_EVENT_LOOP_DELAY_MS', OVERLOAD.maxEventLoopDelayMs);
  const maxHeapMb = env('WARNCHECK_MAX_HEAP_MB', Math.floor(OVERLOAD.maxHeapUsedBytes / 2 ** 20));
  const shutdownMs = env('WARNCHECK_SHUTDOWN_TIMEOUT_MS', 10_000);
  // Long texts off the event loop: a code check beside the heaviest request is not held up by it.
  const textWorkers = env('WARNCHECK_TEXT_WORKERS', 1);
  const textWorkerAbove = env('WARNCHECK_TEXT_WORKER_ABOVE', TEXT_WORKER_ABOVE);
  const quiet = io.env['WARNCHECK_ACCESS_LOG'] === 'off';
  // Settings first: a mistake is reported before any work.
  const configured = values.data ?? io.env['WARNCHECK_DATA'];
  const demo = configured ? undefined : await prepareDemo(DEFAULT_DEMO_DIR(process.cwd()));
  const dataDir = configured ? resolve(configured) : demo!.dataDir;
  const log = batchedLines((text) => io.stdout.write(text));
  // Like `verify`, the server remembers the highest trust-list version and the latest checkpoint
  // it served, outside the data directory (which it never writes), and refuses a rolled-back or
  // forked copy at start and on every switch.
  const sp = resolve(values.state ?? statePath(io.env));
  const rel = relative(dataDir, sp);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) fail('WC_USAGE', 'the state file must be outside the data directory');
  const state = readState(sp);
  const rootKid = jwkThumbprint(readRootPublicKey(join(dataDir, ROOT_PUBLIC_FILE)));
  const seen = state.trust[rootKid];
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
    // Errors are rare and matter: written at once, to stderr.
    errorLog: (line) => io.stderr.write(`${line}\n`),
    ...(quiet ? {} : { accessLog: log.line }),
    ...(demo ? { exampleCode: demo.inputs.genuine } : {}),
  });
  const shown = s.url.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
  // One write: a reader of the pipe (a test, a supervisor) sees the address and the demo inputs together.
  let banner = `${logTime()} warncheck: serving ${s.data.store.count()} statements from ${dataDir} at ${shown}
`;
  if (demo) {
    const i = demo.inputs;
    banner +=
      `demo inputs (paste into the form at ${shown}/ or POST to ${shown}/api/v1/verify):\n` +
      `  genuine code:   ${i.genuine}\n  revoked code:   ${i.revoked}\n  revoked key:    ${i.revokedKey}\n` +
      `  mistyped code:  ${i.mistyped}\n  unknown code:   ${i.unknown}\n` +
      `  altered text:   ${JSON.stringify(i.altered.slice(0, 70) + '…')} (full text in ${demo.keysDir}/demo-inputs.json)\n` +
      (i.byLanguage ? `  per language:   a genuine code and an altered text in ${Object.keys(i.byLanguage).join(', ')} (demo-inputs.json)\n` : '');
  }
  io.stdout.write(banner);
  // Graceful stop: no new connections, requests in flight are answered (new ones on open
  // connections get 503 WC_OVERLOADED), then exit 0. Connections still open after the grace time
  // are cut; a second signal stops at once (the handlers are gone by then).
  await new Promise<void>((done) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      log.line(`${logTime()} warncheck: ${signal}, closing`);
      const cut = setTimeout(() => s.app.server.closeAllConnections(), shutdownMs);
      void s.close().then(() => {
        clearTimeout(cut);
        log.line(`${logTime()} warncheck: closed`);
        log.flush();
        done();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
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
  if (!/^[0-9A-Fa-f.:/]+(,[0-9A-Fa-f.:/]+)*$/.test(text)) fail('WC_USAGE', 'WARNCHECK_TRUST_PROXY must be true, false, or addresses and CIDRs separated by commas');
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
