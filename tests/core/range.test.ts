// The look-up buckets and answers (docs/FORMAT.md §3.5) against vectors computed by an independent
// implementation (scripts/vectors/range.py), and the multi-leaf proof against single-leaf proofs.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, utf8Encode } from '../../src/core/bytes.js';
import { bucketName, bucketOfHex, decodeRangeAnswer, encodeRangeAnswer, parseBucket, rangeBits, rangeEntryBound, rangeTarget } from '../../src/core/range.js';
import { leafHash } from '../../src/core/tlog/hash.js';
import { inclusionProof, memoryNodeReader, nodeLevels, treeHash, verifyInclusion } from '../../src/core/tlog/merkle.js';
import { multiproof, multiproofBound, multiproofPaths, multiproofRanges, verifyMultiproof } from '../../src/core/tlog/multiproof.js';

const v = JSON.parse(readFileSync(new URL('../vectors/warncheck/range.json', import.meta.url), 'utf8')) as {
  sizes: Array<{ size: number; bits: number; entry_bound: number; proof_bound: number; target_cp300_keys4: number }>;
  hash_hex: string;
  buckets: Array<{ bits: number; bucket: number; name: string }>;
  answer: {
    log: string[];
    root_b64: string;
    indices: number[];
    proof_ranges: number[][];
    proof_b64: string[];
    bits: number;
    bucket: number;
    checkpoint: string;
    target: number;
    bytes_b64: string;
    length: number;
  };
};
const depth = (n: number) => {
  let d = 0;
  while (2 ** d < n) d++;
  return d;
};

describe('look-up buckets', () => {
  it('prefix bits, entry bound, proof bound and padded size follow the log size as the vector says', () => {
    for (const s of v.sizes) {
      expect(rangeBits(s.size), `bits ${s.size}`).toBe(s.bits);
      expect(rangeEntryBound(s.size, s.bits), `entries ${s.size}`).toBe(s.entry_bound);
      expect(multiproofBound(s.entry_bound, depth(s.size)), `proof ${s.size}`).toBe(s.proof_bound);
      expect(rangeTarget(s.size, s.bits, 300, 4), `target ${s.size}`).toBe(s.target_cp300_keys4);
    }
    // The promise of the issue: an answer for a log of 1,000,000 statements stays under 100 KB.
    expect(rangeTarget(1_000_000, rangeBits(1_000_000), 600, 16)).toBeLessThan(100_000);
  });
  it('every bucket holds at least 32 log entries on average, and fewer than 64 until the 20-bit cap', () => {
    for (let size = 1; size < 1 << 26; size = Math.floor(size * 1.37) + 1) {
      const bits = rangeBits(size);
      if (bits > 0) expect(size / 2 ** bits).toBeGreaterThanOrEqual(32);
      if (bits < 20) expect(size / 2 ** bits).toBeLessThan(64);
    }
  });
  it('names a hash’s bucket and parses the name back, refusing every other spelling', () => {
    for (const b of v.buckets) {
      expect(bucketOfHex(v.hash_hex, b.bits)).toBe(b.bucket);
      expect(bucketName(b.bucket, b.bits)).toBe(b.name);
      expect(parseBucket(String(b.bits), b.name)).toEqual({ bits: b.bits, bucket: b.bucket });
    }
    for (const [bits, name] of [
      ['4', 'F'],
      ['4', '00'],
      ['3', '8'],
      ['21', '00000'],
      ['04', '0'],
      ['', '0'],
      ['5', '40'],
      ['0', ''],
      ['1', '2'],
    ])
      expect(parseBucket(bits!, name!), `${bits}/${name}`).toBeUndefined();
  });
});

describe('the binary answer', () => {
  const a = v.answer;
  const leaves = a.log.map((j) => leafHash(utf8Encode(j)));
  const read = memoryNodeReader(nodeLevels(leaves));
  const indices = a.indices.map(BigInt);
  const size = BigInt(a.log.length);
  it('the multi-leaf proof of the vector: its subtrees and hashes', () => {
    expect(base64Encode(treeHash(leaves))).toBe(a.root_b64);
    expect(multiproofRanges(indices, size).map(([lo, hi]) => [Number(lo), Number(hi)])).toEqual(a.proof_ranges);
    expect(multiproof(indices, size, read).map(base64Encode)).toEqual(a.proof_b64);
  });
  it('encodes to the vector’s bytes and decodes back', () => {
    const answer = {
      bits: a.bits,
      bucket: a.bucket,
      size,
      checkpoint: a.checkpoint,
      entries: a.indices.map((i) => ({ index: BigInt(i), jws: a.log[i]! })),
      proof: a.proof_b64.map(base64Decode),
    };
    const bytes = encodeRangeAnswer(answer, a.target);
    expect(bytes.length).toBe(a.length);
    expect(base64Encode(bytes)).toBe(a.bytes_b64);
    expect(decodeRangeAnswer(bytes)).toEqual(answer);
  });
  it('decoding is strict: a cut, a stray byte after the proof or a wrong magic is refused', () => {
    const bytes = base64Decode(a.bytes_b64);
    const refused = (b: Uint8Array) => expect(() => decodeRangeAnswer(b)).toThrow(expect.objectContaining({ code: 'WC_RANGE_MALFORMED' }));
    refused(bytes.slice(0, 200));
    const stray = bytes.slice();
    stray[stray.length - 1] = 1;
    refused(stray);
    const magic = bytes.slice();
    magic[0] = 0x57;
    refused(magic);
  });
});

describe('multi-leaf inclusion proofs', () => {
  it('rebuild every leaf’s RFC 9162 audit path, stay within the bound, and refuse a changed hash', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 300 })
          .chain((n) => fc.tuple(fc.constant(n), fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: Math.min(n, 40) }))),
        ([n, picked]) => {
          const hashes = Array.from({ length: n }, (_, i) => leafHash(utf8Encode(`leaf ${i}`)));
          const read = memoryNodeReader(nodeLevels(hashes));
          const idx = [...picked].sort((x, y) => x - y).map(BigInt);
          const proof = multiproof(idx, BigInt(n), read);
          expect(proof.length).toBeLessThanOrEqual(multiproofBound(idx.length, depth(n)));
          const root = treeHash(hashes);
          const { root: got, paths } = multiproofPaths(
            idx,
            BigInt(n),
            idx.map((i) => hashes[Number(i)]!),
            proof,
          );
          expect(got).toEqual(root);
          idx.forEach((i, k) => {
            expect(paths[k]).toEqual(inclusionProof(i, n, read));
            verifyInclusion(i, n, hashes[Number(i)]!, paths[k]!, root);
          });
          verifyMultiproof(
            idx,
            BigInt(n),
            idx.map((i) => hashes[Number(i)]!),
            proof,
            root,
          );
          if (proof.length > 0) {
            const bad = proof.map((h) => h.slice());
            bad[0]![0]! ^= 1;
            expect(() =>
              verifyMultiproof(
                idx,
                BigInt(n),
                idx.map((i) => hashes[Number(i)]!),
                bad,
                root,
              ),
            ).toThrow(expect.objectContaining({ code: 'WC_LOG_PROOF_INVALID' }));
            expect(() =>
              multiproofPaths(
                idx,
                BigInt(n),
                idx.map((i) => hashes[Number(i)]!),
                proof.slice(1),
              ),
            ).toThrow(expect.objectContaining({ code: 'WC_LOG_PROOF_MALFORMED' }));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  it('refuses unsorted, repeated or out-of-tree indices', () => {
    expect(() => multiproofRanges([2n, 1n], 5n)).toThrow(expect.objectContaining({ code: 'WC_LOG_PROOF_MALFORMED' }));
    expect(() => multiproofRanges([1n, 1n], 5n)).toThrow(expect.objectContaining({ code: 'WC_LOG_PROOF_MALFORMED' }));
    expect(() => multiproofRanges([5n], 5n)).toThrow(expect.objectContaining({ code: 'WC_LOG_RANGE' }));
  });
});
