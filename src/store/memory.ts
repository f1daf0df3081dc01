/** In-memory store: the reference implementation for tests and for in-process demos. */
import { hexEncode } from '../core/bytes.js';
import { fail } from '../core/errors.js';
import { bucketOf, type StatementRow, type Store } from './types.js';

export function memoryStore(): Store {
  const rows: StatementRow[] = [];
  const byHash = new Map<string, string[]>();
  const warningHashes = new Set<string>();
  const trust: Array<{ version: number; jws: string }> = [];
  const store: Store = {
    beginAppend() {
      const pending: StatementRow[] = [];
      return {
        first: rows.length,
        add: (r) => void pending.push(...r),
        commit: () => void store.appendStatements(pending),
        rollback: () => void (pending.length = 0),
      };
    },
    appendStatements(batch) {
      // Validate the whole batch first so a failure leaves nothing behind (as the SQLite transaction).
      const seen = new Set<string>();
      for (const r of batch) {
        if (r.type === 'warning') {
          const h = hexEncode(r.codeHash!);
          if (warningHashes.has(h) || seen.has(h)) fail('WC_STORE_CONFLICT', 'code hash already issued');
          seen.add(h);
        }
      }
      const first = rows.length;
      for (const r of batch) {
        rows.push(r);
        if (r.codeHash) {
          const h = hexEncode(r.codeHash);
          if (r.type === 'warning') warningHashes.add(h);
          const list = byHash.get(h) ?? [];
          list.push(r.jws);
          byHash.set(h, list);
        }
      }
      return first;
    },
    count: () => rows.length,
    statements: (start, end) => rows.slice(start, end).map((r) => r.jws),
    hasCodeHash: (hash) => warningHashes.has(hexEncode(hash)),
    byCodeHash: (hex) => byHash.get(hex) ?? [],
    byBucket(bucket) {
      return rows.filter((r) => r.codeHash && bucketOf(r.codeHash) === bucket).map((r) => ({ codeHash: r.codeHash!, jws: r.jws }));
    },
    putTrustList(version, jws) {
      const last = trust.at(-1);
      if (last && version <= last.version) fail('WC_STORE_CONFLICT', 'trust list version must increase');
      trust.push({ version, jws });
    },
    latestTrustList: () => trust.at(-1),
    close() {},
  };
  return store;
}
