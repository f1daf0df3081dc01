/**
 * Bulk Ed25519 signing on every core. Signing is the cost of issuance (~23k/s per core with
 * node:crypto), so large batches are split across worker threads. The worker is an inline script
 * (eval) that uses only node:crypto, so it runs the same from TypeScript tests and compiled dist.
 * Ed25519 is deterministic: the signatures are byte-identical to the single-threaded ones.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { nodeSigner } from '../node/ed25519.js';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const crypto = require('node:crypto');
const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(workerData.seed)]);
const key = crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
parentPort.on('message', (msg) => {
  const out = Buffer.allocUnsafe(msg.inputs.length * 64);
  for (let i = 0; i < msg.inputs.length; i++) crypto.sign(null, Buffer.from(msg.inputs[i], 'latin1'), key).copy(out, i * 64);
  parentPort.postMessage({ id: msg.id, sigs: out }, [out.buffer]);
});
`;

/** Below this many messages, threads cost more than they save. */
export const PARALLEL_THRESHOLD = 4000;
const CHUNK = 5000;

/**
 * Sign ASCII messages (JWS signing inputs). Returns 64-byte signatures in input order.
 * `onChunk(start, sigs)` is called on the main thread as each chunk arrives (in any order), so the
 * caller can store while the workers keep signing.
 */
export async function signAll(
  seed: Uint8Array,
  inputs: readonly string[],
  onProgress?: (done: number) => void,
  onChunk?: (start: number, sigs: Uint8Array[]) => void,
): Promise<Uint8Array[]> {
  const threads = Math.min(availableParallelism(), 4);
  if (inputs.length < PARALLEL_THRESHOLD || threads < 2) {
    const sign = nodeSigner(seed);
    const out: Uint8Array[] = [];
    for (let i = 0; i < inputs.length; i++) {
      out.push(sign(Buffer.from(inputs[i]!, 'latin1')));
      if (onProgress && i % 1000 === 999) onProgress(i + 1);
    }
    onProgress?.(inputs.length);
    onChunk?.(0, out);
    return out;
  }
  const out: Uint8Array[] = new Array(inputs.length);
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_SOURCE, { eval: true, workerData: { seed: Uint8Array.from(seed) } }));
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= inputs.length) return resolve();
              const start = next;
              const end = Math.min(inputs.length, next + CHUNK);
              next = end;
              w.once('message', (m: { sigs: Uint8Array }) => {
                const sigs = new Uint8Array(m.sigs.buffer, m.sigs.byteOffset, m.sigs.byteLength);
                if (sigs.length !== (end - start) * 64) return reject(new Error('signing worker returned a short batch'));
                const chunk: Uint8Array[] = [];
                for (let i = start; i < end; i++) chunk.push((out[i] = sigs.subarray((i - start) * 64, (i - start + 1) * 64)));
                done += end - start;
                try {
                  onChunk?.(start, chunk);
                } catch (e) {
                  return reject(e);
                }
                onProgress?.(done);
                send();
              });
              w.postMessage({ id: start, inputs: inputs.slice(start, end) });
            };
            w.once('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
