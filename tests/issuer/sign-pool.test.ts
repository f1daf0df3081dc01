import { describe, expect, it } from 'vitest';
import { signEd25519 } from '../../src/core/ed25519.js';
import { PARALLEL_THRESHOLD, signAll } from '../../src/issuer/sign-pool.js';

describe('parallel signing', () => {
  const seed = new Uint8Array(32).fill(42);
  const msg = (i: number) => `header.payload-${i}`;

  for (const count of [7, PARALLEL_THRESHOLD + 1234]) {
    it(`${count} messages: delivered in order, every signature byte-identical to the core's`, async () => {
      const starts: number[] = [];
      const sigs: Uint8Array[] = [];
      await signAll(seed, {
        count,
        makeChunk: (s, e) => Array.from({ length: e - s }, (_, j) => msg(s + j)),
        onChunk: (start, inputs, chunk) => {
          starts.push(start);
          expect(inputs[0]).toBe(msg(start));
          sigs.push(...chunk);
        },
      });
      expect(sigs).toHaveLength(count);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const i of [0, 1, count >> 1, count - 1])
        expect(Buffer.from(sigs[i]!).equals(Buffer.from(signEd25519(seed, new TextEncoder().encode(msg(i)))))).toBe(true);
    });
  }

  it('an error thrown while storing aborts the whole run', async () => {
    await expect(
      signAll(seed, {
        count: PARALLEL_THRESHOLD * 3,
        makeChunk: (s, e) => Array.from({ length: e - s }, (_, j) => msg(s + j)),
        onChunk: (start) => {
          if (start > 0) throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
  });
});
