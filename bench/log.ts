/**
 * The log's cost (issue #6), in the same run:
 *  1. issuing N statements with the log (subtree hashes, signed checkpoint, same transaction)
 *     against the same issuance into a store opened without its log: the overhead (goal < 20 %);
 *  2. inclusion proofs built from the stored hashes and verified against the signed checkpoint,
 *     per second, and the whole offline verify of a genuine code that includes that step.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDemo } from '../src/demo/ensure.js';
import { proveInclusion } from '../src/core/inclusion.js';
import { issueBatch } from '../src/issuer/issue.js';
import { loadKeyRing } from '../src/issuer/keys.js';
import { currentTrustList } from '../src/issuer/trust.js';
import { loadData } from '../src/service/load.js';
import { openLog } from '../src/service/log.js';
import { openSqliteStore } from '../src/store/sqlite.js';

async function issueInto(dataDir: string, keysDir: string, n: number, log: boolean, now: number): Promise<{ ms: number; codes: string[] }> {
  const ring = loadKeyRing(keysDir);
  const store = openSqliteStore(join(dataDir, 'warncheck.db'), { log });
  try {
    const trust = currentTrustList(store, ring.root.publicKey, now);
    const tpl = trust.templates[0]!;
    const key = ring.issuers.get(tpl.issuer)!.at(-1)!;
    const t = performance.now();
    const r = await issueBatch({ store, trust, key, logKey: ring.log, templateId: tpl.id, count: n, now });
    return { ms: performance.now() - t, codes: r.codes };
  } finally {
    store.close();
  }
}

export async function runLogBench(n: number): Promise<string[]> {
  const lines: string[] = [];
  const base = mkdtempSync(join(tmpdir(), 'wc-logbench-'));
  try {
    const now = Date.now();
    const dirs = { with: join(base, 'with'), without: join(base, 'without') };
    for (const d of Object.values(dirs)) await makeDemo({ keysDir: join(d, 'keys'), dataDir: join(d, 'data'), now, perTemplate: 2 });
    // Alternate the order over two rounds so warm-up and disk state favour neither side.
    let withMs = 0;
    let withoutMs = 0;
    let codes: string[] = [];
    const half = Math.ceil(n / 2);
    for (const order of [
      ['without', 'with'],
      ['with', 'without'],
    ] as const) {
      for (const which of order) {
        const r = await issueInto(join(dirs[which], 'data'), join(dirs[which], 'keys'), half, which === 'with', now);
        if (which === 'with') {
          withMs += r.ms;
          codes = codes.concat(r.codes.slice(0, 1000));
        } else withoutMs += r.ms;
      }
    }
    const overhead = withMs / withoutMs - 1;
    lines.push(
      `issuance of ${2 * half} statements: with the log ${(withMs / 1000).toFixed(1)} s, without ${(withoutMs / 1000).toFixed(1)} s: overhead ${(overhead * 100).toFixed(1)} % (goal < 20 %)`,
    );

    // Loading: the server defers the stored-tree check to between answers, the CLI runs it first (best of 3).
    const timed = (f: () => void): number => {
      const t = performance.now();
      f();
      return performance.now() - t;
    };
    let deferred = Infinity;
    let checked = Infinity;
    for (let k = 0; k < 3; k++) {
      deferred = Math.min(
        deferred,
        timed(() => loadData(join(dirs.with, 'data'), { now: () => now, deferTreeCheck: true }).close()),
      );
      checked = Math.min(
        checked,
        timed(() => loadData(join(dirs.with, 'data'), { now: () => now }).close()),
      );
    }
    lines.push(
      `loading the data: ${deferred.toFixed(0)} ms with the stored-tree check deferred (server: it runs between answers), ${checked.toFixed(0)} ms with it first (CLI): the check costs ${(checked - deferred).toFixed(0)} ms (${(checked / deferred).toFixed(2)}×)`,
    );

    const data = loadData(join(dirs.with, 'data'), { now: () => now });
    try {
      const ctx = data.log.checkpoint();
      const size = Number(ctx.size);
      const jws = data.store.statements(size - 5000, size); // the issued batches: warnings only
      // The service's own log context (native hashing, one query per proof) without its memo: cold proofs.
      const { memo: _memo, ...logCtx } = openLog(data.store, data.trust).context();
      const codeHashOf = (j: string) => JSON.parse(Buffer.from(j.split('.')[1]!, 'base64url').toString()).code_hash as string;
      const iters = 20_000;
      let t = performance.now();
      for (let i = 0; i < iters; i++) {
        const j = jws[(i * 7919) % jws.length]!;
        if (typeof proveInclusion('warning', j, codeHashOf(j), logCtx) === 'string') throw new Error('proof failed');
      }
      const proofRate = iters / ((performance.now() - t) / 1000);
      // The whole answer for a genuine code (look-up, signature, trust, revocation, inclusion).
      t = performance.now();
      for (let i = 0; i < iters; i++) data.verify(codes[i % codes.length]!);
      const verifyRate = iters / ((performance.now() - t) / 1000);
      lines.push(`inclusion proofs (built from stored hashes, verified against the signed checkpoint, tree of ${size}): ${Math.round(proofRate)}/s`);
      lines.push(
        `offline verify of a genuine code, inclusion step included (proofs memoized per checkpoint, like signatures): ${Math.round(verifyRate)}/s over ${codes.length} distinct codes`,
      );
    } finally {
      data.close();
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  return lines;
}
