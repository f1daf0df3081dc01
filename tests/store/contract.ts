// One contract, every store: memory.test.ts and sqlite.test.ts both run it (Go storage.TestStorage style).
import { expect, it } from 'vitest';
import { hexEncode } from '../../src/core/bytes.js';
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
