// One contract, every store: memory.test.ts and sqlite.test.ts both run it (Go storage.TestStorage style).
import { expect, it } from 'vitest';
import { hexEncode } from '../../src/core/bytes.js';
import { runToEnd } from '../../src/store/log.js';
import { bucketOf, type StatementRow, type Store } from '../../src/store/types.js';

function hash(i: number): Uint8Array {
  const h = new Uint8Array(32);
  h[0] = i & 0xff;
  h[1] = (i >> 8) & 0xff;
  h[31] = 7;
  return h;
}
const row = (i: number, type: 'warning' | 'revocation' = 'warning'): StatementRow => ({ codeHash: hash(i), type, kid: 'k', jws: `jws-${type}-${i}` });

export function runStoreContract(make: () => Store): void {
  it('starts empty', () => {
    const s = make();
    expect(s.count()).toBe(0);
    expect(s.byCodeHash(hexEncode(hash(1)))).toEqual([]);
    expect(s.latestTrustList()).toBeUndefined();
    s.close();
  });

  it('appends batches in order and returns the first index', () => {
    const s = make();
    expect(s.appendStatements([row(1), row(2)])).toBe(0);
    expect(s.appendStatements([row(3)])).toBe(2);
    expect(s.count()).toBe(3);
    expect(s.statements(0, 3)).toEqual(['jws-warning-1', 'jws-warning-2', 'jws-warning-3']);
    expect(s.statements(1, 2)).toEqual(['jws-warning-2']);
    s.close();
  });

  it('finds statements by code hash, warnings and revocations together, in order', () => {
    const s = make();
    s.appendStatements([row(1), row(2)]);
    s.appendStatements([row(1, 'revocation')]);
    expect(s.byCodeHash(hexEncode(hash(1)))).toEqual(['jws-warning-1', 'jws-revocation-1']);
    expect(s.hasCodeHash(hash(2))).toBe(true);
    expect(s.hasCodeHash(hash(9))).toBe(false);
    s.close();
  });

  it('refuses a second warning for the same code, and the whole batch with it', () => {
    const s = make();
    s.appendStatements([row(1)]);
    expect(() => s.appendStatements([row(5), row(1)])).toThrow(expect.objectContaining({ code: 'WC_STORE_CONFLICT' }));
    expect(s.count()).toBe(1);
    expect(s.hasCodeHash(hash(5))).toBe(false);
    expect(() => s.appendStatements([row(6), row(6)])).toThrow(expect.objectContaining({ code: 'WC_STORE_CONFLICT' }));
    expect(s.count()).toBe(1);
    s.close();
  });

  it('answers k-anonymity buckets by the first 20 bits of the hash', () => {
    const s = make();
    s.appendStatements([row(1), row(2), row(0x1001)]);
    const b = bucketOf(hash(1));
    const got = s.byBucket(b).map((r) => r.jws);
    expect(got).toEqual(['jws-warning-1']);
    expect(s.byBucket(bucketOf(hash(2))).map((r) => hexEncode(r.codeHash))).toEqual([hexEncode(hash(2))]);
    // A coarser bucket is a run of 20-bit buckets; counts per bucket at any number of bits.
    const lo = Math.min(bucketOf(hash(1)), bucketOf(hash(2)), bucketOf(hash(0x1001)));
    const hi = Math.max(bucketOf(hash(1)), bucketOf(hash(2)), bucketOf(hash(0x1001)));
    expect(s.byBucket(lo, hi - lo + 1)).toHaveLength(3);
    expect(s.byBucket(lo, hi - lo)).toHaveLength(2);
    expect([...s.bucketCounts(0)]).toEqual([3]);
    const at4 = s.bucketCounts(4);
    expect(at4).toHaveLength(16);
    expect(at4.reduce((a, n) => a + n, 0)).toBe(3);
    expect(at4[bucketOf(hash(1)) >>> 16]).toBeGreaterThanOrEqual(1);
    s.close();
  });

  it('entries: index, type and exact statement under a code hash, in log order', () => {
    const s = make();
    s.appendStatements([row(1), row(2)]);
    s.appendStatements([row(1, 'revocation')]);
    expect(s.entries(hash(1))).toEqual([
      { index: 0, type: 'warning', jws: 'jws-warning-1' },
      { index: 2, type: 'revocation', jws: 'jws-revocation-1' },
    ]);
    expect(s.entries(hash(9))).toEqual([]);
    expect(s.byBucket(bucketOf(hash(2)))).toEqual([{ index: 1, codeHash: hash(2), jws: 'jws-warning-2' }]);
    s.close();
  });

  it('keeps trust lists versioned and refuses going back', () => {
    const s = make();
    s.putTrustList(1, 'a');
    s.putTrustList(3, 'b');
    expect(s.latestTrustList()).toEqual({ version: 3, jws: 'b' });
    expect(() => s.putTrustList(3, 'c')).toThrow(expect.objectContaining({ code: 'WC_STORE_CONFLICT' }));
    expect(() => s.putTrustList(2, 'c')).toThrow(expect.objectContaining({ code: 'WC_STORE_CONFLICT' }));
    expect(s.latestTrustList()).toEqual({ version: 3, jws: 'b' });
    s.close();
  });
}

export function runAppendWriterContract(make: () => Store): void {
  it('a chunked append is invisible until commit, and commit makes all of it visible', () => {
    const s = make();
    s.appendStatements([row(1)]);
    const w = s.beginAppend();
    expect(w.first).toBe(1);
    w.add([row(2), row(3)]);
    w.add([row(4)]);
    w.commit();
    expect(s.count()).toBe(4);
    expect(s.statements(1, 4)).toEqual(['jws-warning-2', 'jws-warning-3', 'jws-warning-4']);
    s.close();
  });

  it('rollback, or a conflict in any chunk, leaves nothing of the append behind', () => {
    const s = make();
    s.appendStatements([row(1)]);
    const w = s.beginAppend();
    w.add([row(2)]);
    w.rollback();
    expect(s.count()).toBe(1);
    const w2 = s.beginAppend();
    let threw = false;
    try {
      w2.add([row(5)]);
      w2.add([row(1)]);
      w2.commit();
    } catch (e) {
      threw = true;
      expect(e).toMatchObject({ code: 'WC_STORE_CONFLICT' });
      w2.rollback();
    }
    expect(threw).toBe(true);
    expect(s.count()).toBe(1);
    expect(s.hasCodeHash(hash(5))).toBe(false);
    s.close();
  });
}

/** The log kept by every store equals the core's Merkle tree, tile for tile (docs/LOG.md). */
export function runLogContract(make: () => Store): void {
  it('log hashes, tiles and signed roots equal the core tree for every size up to 600', async () => {
    const { leafHash } = await import('../../src/core/tlog/hash.js');
    const { treeHash, nodeLevels, memoryNodeReader, inclusionProofNodes } = await import('../../src/core/tlog/merkle.js');
    const { tileData, tileLevels } = await import('../../src/core/tlog/tiles.js');
    const { utf8Encode } = await import('../../src/core/bytes.js');
    const s = make();
    const signed: Array<{ size: number; root: string }> = [];
    s.setCheckpointSigner((size, root) => {
      signed.push({ size, root: hexEncode(root) });
      return `note ${size}`;
    });
    const leaves: Uint8Array[] = [];
    // Uneven batches, appended both ways, so frontiers are resumed at many different sizes.
    let n = 0;
    for (let b = 1; n < 600; b = (b * 7 + 3) % 97 || 1) {
      const batch = Array.from({ length: Math.min(b, 600 - n) }, (_, j) => row(10_000 + n + j));
      if (b % 2) s.appendStatements(batch);
      else {
        const w = s.beginAppend();
        w.add(batch.slice(0, 1));
        w.add(batch.slice(1));
        w.commit();
      }
      for (const r of batch) leaves.push(leafHash(utf8Encode(r.jws)));
      n += batch.length;
      expect(signed.at(-1)).toEqual({ size: n, root: hexEncode(treeHash(leaves)) });
      expect(s.latestCheckpoint()).toEqual({ size: n, note: `note ${n}` });
    }
    const levels = nodeLevels(leaves);
    const read = memoryNodeReader(levels);
    // Every complete subtree is stored, at every level (proofs are point lookups).
    levels.forEach((row, level) => row.forEach((h, i) => expect(hexEncode(s.logHash(level, i)!)).toBe(hexEncode(h))));
    expect(s.logHash(0, 600)).toBeUndefined();
    // Several at once, as an inclusion proof reads them (twice: the upper ones may be remembered).
    for (const leaf of [0n, 1n, 300n, 511n, 598n, 599n])
      for (let k = 0; k < 2; k++) {
        const nodes = inclusionProofNodes(leaf, 600n).map((x) => ({ level: x.level, index: Number(x.index) }));
        expect(s.logHashes(nodes).map((h) => hexEncode(h!))).toEqual(nodes.map((x) => hexEncode(levels[x.level]![x.index]!)));
      }
    expect(
      s
        .logHashes([
          { level: 0, index: 5 },
          { level: 0, index: 600 },
          { level: 9, index: 1 },
          { level: 3, index: 7 },
        ])
        .map((h) => h && hexEncode(h)),
    ).toEqual([hexEncode(levels[0]![5]!), undefined, undefined, hexEncode(levels[3]![7]!)]);
    // Levels held in memory (publish) read the same, and a node past a held level is still absent:
    // first the levels from 4 up (4,672 bytes would take level 3 too), then every level.
    for (const budget of [4000, 1 << 20]) {
      s.holdTree?.(budget);
      levels.forEach((row, level) => row.forEach((h, i) => expect(hexEncode(s.logHash(level, i)!)).toBe(hexEncode(h))));
      expect([s.logHash(4, 37), s.logHash(0, 600), s.logHash(9, 1)]).toEqual([undefined, undefined, undefined]);
      const nodes = inclusionProofNodes(598n, 600n).map((x) => ({ level: x.level, index: Number(x.index) }));
      expect(s.logHashes(nodes).map((h) => hexEncode(h!))).toEqual(nodes.map((x) => hexEncode(levels[x.level]![x.index]!)));
      expect(
        s
          .logHashes([
            { level: 4, index: 37 },
            { level: 4, index: 36 },
          ])
          .map((h) => h && hexEncode(h)),
      ).toEqual([undefined, hexEncode(levels[4]![36]!)]);
    }
    for (const lv of tileLevels(600)) {
      const count = lv.full * 256n + BigInt(lv.partialWidth);
      for (let i = 0n; i * 256n < count; i++) {
        const width = Number(count - i * 256n > 256n ? 256n : count - i * 256n);
        const want = tileData({ level: lv.level, index: i, width }, read);
        expect(hexEncode(s.logTile(lv.level, Number(i), width)!)).toBe(hexEncode(want));
        // A width the tree does not hold yet is absent, never padded.
        if (width < 256) expect(s.logTile(lv.level, Number(i), width + 1)).toBeUndefined();
      }
    }
    expect(s.indexOf(hash(10_000 + 417), 'jws-warning-' + (10_000 + 417))).toBe(417);
    expect(s.indexOf(hash(10_000 + 417), 'jws-warning-x')).toBeUndefined();
    s.close();
  });

  it('checkTree passes on the stored tree, from the start and from any size', () => {
    const s = make();
    s.setCheckpointSigner(() => 'signed');
    for (let n = 0; n < 700; n += 37) s.appendStatements(Array.from({ length: 37 }, (_, j) => row(20_000 + n + j)));
    const size = s.count();
    runToEnd(s.checkTree(0, size));
    for (const from of [1, 16, 255, 256, 511, 512, 600]) runToEnd(s.checkTree(from, size));
    s.close();
  });

  it('a signer that throws leaves statements, log and checkpoints as they were', () => {
    const s = make();
    s.appendStatements([row(1)]);
    s.setCheckpointSigner(() => {
      throw new Error('no key');
    });
    expect(() => s.appendStatements([row(2)])).toThrow('no key');
    const w = s.beginAppend();
    w.add([row(3)]);
    expect(() => w.commit()).toThrow('no key');
    expect(s.count()).toBe(1);
    expect(s.logTile(0, 0, 2)).toBeUndefined();
    expect(s.latestCheckpoint()).toBeUndefined();
    s.setCheckpointSigner(() => 'signed');
    s.appendStatements([row(4)]);
    expect(s.latestCheckpoint()).toEqual({ size: 2, note: 'signed' });
    s.close();
  });
}
