/**
 * A worker thread of the text pool (text-pool.ts): its own read-only copy of the data, loaded as
 * the server loads it, answering one input at a time. Errors cross back as their stable code
 * (a thrown class does not survive the thread boundary); nothing is kept after an answer.
 */
import { workerData } from 'node:worker_threads';
import { isWarncheckError } from '../core/errors.js';
import type { Result } from '../core/verdict.js';
import { loadData, loadTextCheck, type LoadOptions } from './load.js';

export interface TextWorkerData {
  dataDir: string;
  load: Pick<LoadOptions, 'rootPublicKey' | 'seenVersion' | 'seenCheckpoints'>;
}

export type TextAnswer = { result: Result } | { error: { code: string; detail?: string; limit?: { name: string; max: number } } };

const d = workerData as TextWorkerData;
// This thread is for texts: the text analysis is loaded with it, not on its first input.
await loadTextCheck();
const data = loadData(d.dataDir, {
  ...d.load,
  now: Date.now,
  deferTreeCheck: true,
  onDataFault: (line) => process.stderr.write(`${new Date().toISOString()} data fault: ${line}\n`),
});

export default function answer(input: string): TextAnswer {
  try {
    return { result: data.verify(input) };
  } catch (e) {
    if (isWarncheckError(e)) return { error: { code: e.code, ...(e.detail ? { detail: e.detail } : {}), ...(e.limit ? { limit: e.limit } : {}) } };
    throw e;
  }
}
