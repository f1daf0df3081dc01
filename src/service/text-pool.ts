/**
 * Long texts are analysed off the event loop, in worker threads (piscina), so that a code check
 * sent beside the heaviest allowed request is not held up by it: the main thread answers codes,
 * statements and short inputs itself, and hands inputs longer than `above` characters to the pool.
 * The threads start with the first such input.
 */
import { Piscina } from 'piscina';
import { isErrorCode, WarncheckError } from '../core/errors.js';
import type { Result } from '../core/verdict.js';
import type { TextAnswer, TextWorkerData } from './text-worker.js';

export interface TextPool {
  /** Inputs longer than this many characters go to the pool. */
  above: number;
  /** Have the threads been started (by the first input handed to the pool)? */
  readonly started: boolean;
  run(input: string): Promise<Result>;
  close(): Promise<void>;
}

export function textPool(
  o: TextWorkerData & {
    threads: number;
    above: number;
    /** Answers in this thread instead, if a worker cannot (it failed to load the data, say). */
    fallback: (input: string) => Result | Promise<Result>;
    /** Told once when the pool stops being used (no input, no stack). */
    onBroken?: (line: string) => void;
  },
): TextPool {
  // Started on the first long text, not with the server: most servers answer codes only, and each
  // thread holds its own copy of the data (~20 MB of RSS) and loads it (CPU a start-up shares).
  let pool: Piscina | undefined;
  const started = (): Piscina => {
    if (pool) return pool;
    pool = new Piscina({
      filename: new URL('./text-worker.js', import.meta.url).href,
      minThreads: o.threads,
      maxThreads: o.threads,
      idleTimeout: Number.POSITIVE_INFINITY,
      workerData: { dataDir: o.dataDir, load: o.load } satisfies TextWorkerData,
    });
    pool.on('error', breakDown);
    return pool;
  };
  let broken = false;
  const breakDown = (e: unknown): void => {
    if (broken) return;
    broken = true;
    o.onBroken?.(`text workers off, texts answered in the main thread: ${e instanceof Error ? e.name : 'error'}`);
    void pool?.destroy().catch(() => undefined); // no respawning of workers that cannot load
  };
  return {
    above: o.above,
    get started() {
      return pool !== undefined;
    },
    async run(input) {
      if (broken) return o.fallback(input);
      let a: TextAnswer;
      try {
        a = (await started().run(input)) as TextAnswer;
      } catch (e) {
        breakDown(e);
        return o.fallback(input);
      }
      if ('result' in a) return a.result;
      const code = isErrorCode(a.error.code) ? a.error.code : 'WC_INTERNAL';
      throw new WarncheckError(code, a.error.detail, a.error.limit);
    },
    // Stopping must not fail a graceful stop: a thread still loading the data is simply ended.
    close: async () => void (await pool?.destroy().catch(() => undefined)),
  };
}
