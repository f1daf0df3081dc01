/**
 * Long texts are analysed off the event loop, in worker threads (piscina), so that a code check
 * sent beside the heaviest allowed request is not held up by it: the main thread answers codes,
 * statements and short inputs itself, and hands inputs longer than `above` characters to the pool.
 */
import { Piscina } from 'piscina';
import { isErrorCode, WarncheckError } from '../core/errors.js';
import type { Result } from '../core/verdict.js';
import type { TextAnswer, TextWorkerData } from './text-worker.js';

export interface TextPool {
  /** Inputs longer than this many characters go to the pool. */
  above: number;
  run(input: string): Promise<Result>;
  close(): Promise<void>;
}

export function textPool(
  o: TextWorkerData & {
    threads: number;
    above: number;
    /** Answers in this thread instead, if a worker cannot (it failed to load the data, say). */
    fallback: (input: string) => Result;
    /** Told once when the pool stops being used (no input, no stack). */
    onBroken?: (line: string) => void;
  },
): TextPool {
  const pool = new Piscina({
    filename: new URL('./text-worker.js', import.meta.url).href,
    minThreads: o.threads,
    maxThreads: o.threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData: { dataDir: o.dataDir, load: o.load } satisfies TextWorkerData,
  });
  let broken = false;
  const breakDown = (e: unknown): void => {
    if (broken) return;
    broken = true;
    o.onBroken?.(`text workers off, texts answered in the main thread: ${e instanceof Error ? e.name : 'error'}`);
    void pool.destroy().catch(() => undefined); // no respawning of workers that cannot load
  };
  pool.on('error', breakDown);
  return {
    above: o.above,
    async run(input) {
      if (broken) return o.fallback(input);
      let a: TextAnswer;
      try {
        a = (await pool.run(input)) as TextAnswer;
      } catch (e) {
        breakDown(e);
        return o.fallback(input);
      }
      if ('result' in a) return a.result;
      const code = isErrorCode(a.error.code) ? a.error.code : 'WC_INTERNAL';
      throw new WarncheckError(code, a.error.detail, a.error.limit);
    },
    // Stopping must not fail a graceful stop: a thread still loading the data is simply ended.
    close: () => pool.destroy().catch(() => undefined),
  };
}
