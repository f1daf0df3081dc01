/**
 * Issuance benchmarks (issue #3):
 *  1. bulk issuance end to end (generate + sign + store) vs raw node:crypto Ed25519 signing of the
 *     same payloads on one thread, in the same run: the ratio of throughputs;
 *  2. offline verify by code: lookups per second vs a bare SQLite primary-key lookup.
 * The 1,000,000-code run is in bench/issue-million.ts (a child process, for its peak RSS).
 */
import { sign as nodeSign, createPrivateKey } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeDemo } from '../src/demo/ensure.js';
import { issueBatch } from '../src/issuer/issue.js';
import { loadKeyRing } from '../src/issuer/keys.js';
import { currentTrustList } from '../src/issuer/trust.js';
import { loadData } from '../src/service/load.js';
import { openDataDir } from '../src/store/datadir.js';

export async function runIssueBench(n = 50_000): Promise<string[]> {
  const lines: string[] = [];
  const base = mkdtempSync(join(tmpdir(), 'wc-bench-'));
  const keysDir = join(base, 'keys');
  const dataDir = join(base, 'data');
  const now = Date.now();
  const inputs = await makeDemo({ keysDir, dataDir, now, perTemplate: 2 });
  const ring = loadKeyRing(keysDir);
  const { store } = openDataDir(dataDir);
  const trust = currentTrustList(store, ring.root.publicKey, now);
  const tpl = trust.templates[0]!;
  const key = ring.issuers.get(tpl.issuer)!.at(-1)!;

  // Baseline: raw node:crypto signing of n payloads of the same size, one thread.
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(key.seed)]);
  const pk = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const sample = store.statements(0, 1)[0]!.split('.').slice(0, 2).join('.');
  const payloads = Array.from({ length: n }, (_, i) => Buffer.from(sample.slice(0, -8) + String(i).padStart(8, '0')));
  let t = performance.now();
  for (const p of payloads) nodeSign(null, p, pk);
  const rawMs = performance.now() - t;

  t = performance.now();
  await issueBatch({ store, trust, key, logKey: ring.log, templateId: tpl.id, count: n, now });
  const issueMs = performance.now() - t;
  store.close();
  const rawRate = n / (rawMs / 1000);
  const issueRate = n / (issueMs / 1000);
  lines.push(
    `issuance, ${n} statements: ${Math.round(issueRate)}/s end to end vs raw node:crypto signing ${Math.round(rawRate)}/s (1 thread): ratio ${(issueRate / rawRate).toFixed(2)}× (goal ≥ 0.8×)`,
  );

  // Offline verify by code vs a bare SQLite primary-key lookup, same database, same run.
  const data = loadData(dataDir, { now: () => now });
  const codes = [inputs.genuine, inputs.revoked, inputs.unknown];
  const iters = 20_000;
  t = performance.now();
  for (let i = 0; i < iters; i++) data.verify(codes[i % 3]!);
  const verifyRate = iters / ((performance.now() - t) / 1000);
  data.close();
  const db = new Database(join(dataDir, 'warncheck.db'), { readonly: true });
  const q = db.prepare('SELECT jws FROM statements WHERE idx = ?').pluck();
  const total = db.prepare('SELECT COUNT(*) FROM statements').pluck().get() as number;
  t = performance.now();
  for (let i = 0; i < iters * 5; i++) q.get(i % total);
  const pkRate = (iters * 5) / ((performance.now() - t) / 1000);
  db.close();
  lines.push(
    `offline verify by code (genuine, revoked and unknown demo codes; signatures cached after the first check): ${Math.round(verifyRate)}/s vs bare SQLite PK lookup ${Math.round(pkRate)}/s: ratio ${(verifyRate / pkRate).toFixed(2)}×`,
  );
  rmSync(base, { recursive: true, force: true });
  return lines;
}
