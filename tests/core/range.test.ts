// The look-up buckets (docs/FORMAT.md §3.5) against vectors computed independently (Python).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bucketName, bucketOfHex, parseBucket, rangeBits, rangeEntryBound, rangeTarget } from '../../src/core/range.js';

const v = JSON.parse(readFileSync(new URL('../vectors/warncheck/range.json', import.meta.url), 'utf8')) as {
  sizes: Array<{ size: number; bits: number; entry_bound: number; target_fixed_400: number }>;
  hash_hex: string;
  buckets: Array<{ bits: number; bucket: number; name: string }>;
};

describe('look-up buckets', () => {
  it('prefix bits, entry bound and padded size follow the log size as the vector says', () => {
    for (const s of v.sizes) {
      expect(rangeBits(s.size), `bits ${s.size}`).toBe(s.bits);
      expect(rangeEntryBound(s.size, s.bits), `bound ${s.size}`).toBe(s.entry_bound);
      expect(rangeTarget(s.size, s.bits, 400), `target ${s.size}`).toBe(s.target_fixed_400);
    }
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
    for (const [bits, name] of [['4', 'F'], ['4', '00'], ['3', '8'], ['21', '00000'], ['04', '0'], ['', '0'], ['5', '40'], ['0', ''], ['1', '2']])
      expect(parseBucket(bits!, name!), `${bits}/${name}`).toBeUndefined();
  });
});
