/**
 * Start the service: load and check the data, build the app, listen. With no data directory the
 * embedded demo is created (or reused) by a CHILD process (`warncheck demo --reuse DIR`), so this
 * process never reads a private key (ARCHITECTURE.md, safety rule 4): it only ever opens the data directory.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { parseCompactJws } from '../core/jws.js';
import { fail } from '../core/errors.js';
import { nodeVerify } from '../node/ed25519.js';
import { loadData, type LoadOptions } from '../service/load.js';
import { AnswerCache } from '../service/cache.js';
import { RECHECK_MS } from '../service/log.js';
import type { DemoInputs } from '../service/types.js';
import { buildApp, type AppOptions } from './app.js';
import { textPool, type TextPool } from '../service/text-pool.js';

/** Texts longer than this (characters) are analysed in a worker thread when `serve` has some. */
export const TEXT_WORKER_ABOVE = 4096;

export const BIN = fileURLToPath(new URL('../../bin/warncheck.js', import.meta.url));

export interface DemoSetup {
  dataDir: string;
  keysDir: string;
  inputs: DemoInputs;
}

/** Create or reuse the demo under baseDir in a separate process (keys stay in that process). */
export async function prepareDemo(baseDir: string): Promise<DemoSetup> {
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'demo', '--reuse', baseDir], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as DemoSetup;
}

type Loaded = ReturnType<typeof loadData>;

/**
 * Refuse data whose trust list does not verify (loadData) or whose statements do not: a spread
 * sample is checked now (first, last and evenly between), and every statement's signature is
 * checked again before its first answer (service/load.ts), so a bad one can never read genuine.
 */
export function checkSample(data: Loaded, samples = 64): number {
  const n = data.store.count();
  const picks = new Set<number>();
  for (let i = 0; i < Math.min(samples, n); i++) picks.add(Math.floor((i * (n - 1)) / Math.max(1, Math.min(samples, n) - 1)));
  const verify = nodeVerify(); // one key object per key, not per sample
  for (const i of picks) {
    const [jws] = data.store.statements(i, i + 1);
    let ok: boolean;
    try {
      const p = parseCompactJws(jws!);
      const k = data.trust.keys.get(p.kid);
      ok = !!k && verify(k.pk, p.signingInput, p.signature);
    } catch {
      ok = false;
    }
    if (!ok) fail('WC_DATA_CORRUPT', `statement #${i} does not verify against the trust list`);
  }
  return picks.size;
}

export interface Started {
  app: FastifyInstance;
  url: string;
  data: Loaded;
  close(): Promise<void>;
}

/**
 * `textWorkers`: threads that analyse texts longer than `textWorkerAbove` characters (default 0:
 * all in this thread; `serve` sets it, since the worker file is the built one in dist/).
 */
export async function startServer(
  o: {
    dataDir: string;
    port: number;
    host: string;
    now?: () => number;
    load?: Omit<LoadOptions, 'now'>;
    textWorkers?: number;
    textWorkerAbove?: number;
  } & Omit<AppOptions, 'data' | 'textPool'>,
): Promise<Started> {
  // Damage found while answering is a 503 to the client and a line for the operator (no input).
  // The stored log tree is checked between answers once listening (~0.15 s of CPU per 1M
  // statements); a fault then turns every answer and /readyz into 503 WC_DATA_CORRUPT.
  // The one cache of this process (service/cache.ts): created here, used by every answer.
  const data = loadData(o.dataDir, {
    ...o.load,
    cache: new AnswerCache(),
    now: o.now ?? Date.now,
    deferTreeCheck: true,
    onDataFault: (line) => process.stderr.write(`${new Date().toISOString()} data fault: ${line}\n`),
  });
  let timer: ReturnType<typeof setInterval> | undefined;
  let pool: TextPool | undefined;
  try {
    checkSample(data);
    if (o.textWorkers && o.textWorkers > 0) {
      const { rootPublicKey, seenVersion, seenCheckpoints } = o.load ?? {};
      pool = textPool({
        dataDir: o.dataDir,
        load: {
          ...(rootPublicKey ? { rootPublicKey } : {}),
          ...(seenVersion !== undefined ? { seenVersion } : {}),
          ...(seenCheckpoints ? { seenCheckpoints } : {}),
        },
        threads: o.textWorkers,
        above: o.textWorkerAbove ?? TEXT_WORKER_ABOVE,
        fallback: (input) => data.verifyOrLoad(input),
        onBroken: (line) => process.stderr.write(`${new Date().toISOString()} ${line}\n`),
      });
    }
    const app = await buildApp({ ...o, data, ...(pool ? { textPool: pool } : {}) });
    const url = await app.listen({ port: o.port, host: o.host });
    // The tick: a new trust list or checkpoint is picked up (and recorded) even with no traffic.
    // A failure here is not lost: every answer meets it again and reports its stable code.
    timer = setInterval(() => {
      try {
        data.tick();
      } catch {
        /* answered as an error by the next request */
      }
    }, RECHECK_MS);
    timer.unref();
    return {
      app,
      url,
      data,
      close: async () => {
        clearInterval(timer);
        await app.close();
        await pool?.close();
        data.close();
      },
    };
  } catch (e) {
    clearInterval(timer);
    await pool?.close();
    data.close();
    throw e;
  }
}

export const DEFAULT_DEMO_DIR = (cwd: string): string => join(cwd, '.warncheck', 'demo');
