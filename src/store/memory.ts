/** In-memory store: the reference implementation for tests and for in-process demos. */
import { hexEncode } from '../core/bytes.js';
import { fail } from '../core/errors.js';
import { concatBytes } from '../core/bytes.js';
import { TILE_HEIGHT, TILE_WIDTH } from '../core/tlog/tiles.js';
import { checkStoredTree, leafHashOf, TreeAppender } from './log.js';
import { bucketOf, type CheckpointSigner, type StatementRow, type Store } from './types.js';

export function memoryStore(): Store {
  const rows: StatementRow[] = [];
  const byHash = new Map<string, number[]>(); // code hash → log indexes
  const warningHashes = new Set<string>();
  const trust: Array<{ version: number; jws: string }> = [];
  const hashes = new Map<string, Uint8Array>();
  const checkpoints: Array<{ size: number; note: string }> = [];
  const cosigs = new Map<number, Set<string>>();
  let signer: CheckpointSigner | undefined;
  const readTile = (level: number, index: number, width: number): Uint8Array | undefined => {
    const out: Uint8Array[] = [];
    for (let i = 0; i < width; i++) {
      const h = hashes.get(`${level * TILE_HEIGHT}/${index * TILE_WIDTH + i}`);
      if (!h) return undefined;
      out.push(h);
    }
    return concatBytes(...out);
  };
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
      // Build the log and sign first: a signer that throws leaves nothing behind.
      const tree = TreeAppender.resume(first, (l, i) => hashes.get(`${l}/${i}`)!);
      const put: Array<[string, Uint8Array]> = [];
      for (const r of batch) tree.appendLeaf(leafHashOf(r.jws), (l, i, h) => put.push([`${l}/${i}`, h]));
      const note = signer && batch.length > 0 ? signer(tree.size, tree.root()) : undefined;
      for (const [k, h] of put) hashes.set(k, h);
      if (note !== undefined) checkpoints.push({ size: tree.size, note });
      for (const r of batch) {
        rows.push(r);
        if (r.codeHash) {
          const h = hexEncode(r.codeHash);
          if (r.type === 'warning') warningHashes.add(h);
          const list = byHash.get(h) ?? [];
          list.push(rows.length - 1);
          byHash.set(h, list);
        }
      }
      return first;
    },
    count: () => rows.length,
    statements: (start, end) => rows.slice(start, end).map((r) => r.jws),
    hasCodeHash: (hash) => warningHashes.has(hexEncode(hash)),
    byCodeHash: (hex) => (byHash.get(hex) ?? []).map((i) => rows[i]!.jws),
    entries: (hash) => (byHash.get(hexEncode(hash)) ?? []).map((i) => ({ index: i, type: rows[i]!.type, jws: rows[i]!.jws })),
    bucketCounts(bits) {
      const counts = new Uint32Array(2 ** bits);
      for (const r of rows) if (r.codeHash) counts[bucketOf(r.codeHash) >>> (20 - bits)]!++;
      return counts;
    },
    byBucket(bucket, count = 1) {
      return rows.flatMap((r, index) =>
        r.codeHash && bucketOf(r.codeHash) >= bucket && bucketOf(r.codeHash) < bucket + count ? [{ index, codeHash: r.codeHash, jws: r.jws }] : [],
      );
    },
    putTrustList(version, jws) {
      const last = trust.at(-1);
      if (last && version <= last.version) fail('WC_STORE_CONFLICT', 'trust list version must increase');
      trust.push({ version, jws });
    },
    latestTrustList: () => trust.at(-1),
    setCheckpointSigner: (sign) => void (signer = sign),
    logTile: (level, index, width) => (width >= 1 && width <= TILE_WIDTH ? readTile(level, index, width) : undefined),
    logHash: (level, index) => hashes.get(`${level}/${index}`),
    logHashes: (nodes) => nodes.map((n) => hashes.get(`${n.level}/${n.index}`)),
    *checkTree(from, to, low = 0) {
      const read = (level: number, a: number, b: number): Uint8Array => {
        const out: Uint8Array[] = [];
        for (let i = a; i < b && hashes.has(`${level}/${i}`); i++) out.push(hashes.get(`${level}/${i}`)!);
        return concatBytes(...out);
      };
      yield* checkStoredTree(read, low, from, to);
    },
    latestCheckpoint() {
      const cp = checkpoints.at(-1);
      return cp && { size: cp.size, note: cp.note + [...(cosigs.get(cp.size) ?? [])].sort().join('') };
    },
    addCosignatures(size, lines) {
      const set = cosigs.get(size) ?? new Set<string>();
      for (const l of lines) set.add(l);
      cosigs.set(size, set);
    },
    indexOf(codeHash, jws) {
      const i = rows.findIndex(
        (r) => r.jws === jws && (codeHash === null ? r.codeHash === null : r.codeHash !== null && hexEncode(r.codeHash) === hexEncode(codeHash)),
      );
      return i < 0 ? undefined : i;
    },
    close() {},
  };
  return store;
}
