/**
 * Bulk Ed25519 signing on every core. Signing is the cost of issuance (~23k/s per core with
 * node:crypto), so large batches are split across worker threads. The worker is an inline script
 * (eval, CommonJS, with no inherited node flags such as --input-type) that uses only node:crypto,
 * so it runs the same from TypeScript tests and compiled dist.
 * Ed25519 is deterministic: the signatures are byte-identical to the single-threaded ones.
 *
 * Messages are produced chunk by chunk (`makeChunk`) and results handed back chunk by chunk, in
 * order (`onChunk`), so memory stays bounded however large the batch.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { WarncheckError } from '../core/errors.js';
import { nodeSigner } from '../node/ed25519.js';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const crypto = require('node:crypto');
const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(workerData.seed)]);
const key = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
parentPort.on('message', (msg) => {
  const out = Buffer.allocUnsafe(msg.inputs.length * 64);
  for (let i = 0; i < msg.inputs.length; i++) crypto.sign(null, Buffer.from(msg.inputs[i], 'latin1'), key).copy(out, i * 64);
  parentPort.postMessage({ sigs: out }, [out.buffer]);
});
`;

/** Below this many messages, threads cost more than they save. */
export const PARALLEL_THRESHOLD = 4000;
export const CHUNK = 5000;

export interface SignJob {
  count: number;
  /** ASCII messages [start, end). */
  makeChunk(start: number, end: number): string[];
  /** Called in order of `start`, on the main thread. May throw to abort. */
  onChunk(start: number, inputs: string[], sigs: Uint8Array[]): void;
}

export async function signAll(seed: Uint8Array, job: SignJob): Promise<void> {
  const threads = Math.min(availableParallelism(), 4);
  if (job.count < PARALLEL_THRESHOLD || threads < 2) {
    const sign = nodeSigner(seed);
    for (let start = 0; start < job.count; start += CHUNK) {
      const inputs = job.makeChunk(start, Math.min(job.count, start + CHUNK));
      job.onChunk(
        start,
        inputs,
        inputs.map((m) => sign(Buffer.from(m, 'latin1'))),
      );
    }
    return;
  }
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { seed: Uint8Array.from(seed) } }));
  let next = 0;
  let delivered = 0;
  const ready = new Map<number, { inputs: string[]; sigs: Uint8Array[] }>();
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            w.once('error', reject);
            const send = (): void => {
              if (next >= job.count) return resolve();
              const start = next;
              const end = Math.min(job.count, next + CHUNK);
              next = end;
              const inputs = job.makeChunk(start, end);
              w.once('message', (m: { sigs: Uint8Array }) => {
                const buf = new Uint8Array(m.sigs.buffer, m.sigs.byteOffset, m.sigs.byteLength);
                if (buf.length !== inputs.length * 64) return reject(new WarncheckError('WC_INTERNAL', 'signing worker returned a short batch'));
                const sigs = inputs.map((_, i) => buf.subarray(i * 64, (i + 1) * 64));
                // Chunks finish out of order; hand them on in order.
                ready.set(start, { inputs, sigs });
                try {
                  for (let c = ready.get(delivered); c; c = ready.get(delivered)) {
                    ready.delete(delivered);
                    job.onChunk(delivered, c.inputs, c.sigs);
                    delivered += c.inputs.length;
                  }
                } catch (e) {
                  return reject(e);
                }
                send();
              });
              w.postMessage({ inputs });
            };
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
