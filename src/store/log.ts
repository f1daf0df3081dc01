/**
 * The writer's side of the Merkle log (docs/LOG.md): keeps the right edge (frontier) of the tree
 * while statements are appended and hands the store the hash of every complete subtree, at every
 * level, leaves included. Tiles are then stored rows (tile level L = tree level 8·L) and an
 * inclusion proof is one point lookup per level, never a recomputation and never a statement read
 * (about 2 rows per statement; `npm run bench` measures what that costs issuance).
 *
 * Written here rather than looping over core `frontierAppend` because issuance appends a million
 * leaves in one call: native SHA-256 (node:crypto) and plain numbers instead of BigInt keep the
 * log's overhead on issuance small (bench: `npm run bench`). tests/store/log.test.ts proves the
 * hashes, tiles and roots equal the core's (`treeHash`, `tileData`) for every size up to 600.
 */
import { createHash, hash } from 'node:crypto';
import { frontierNodes } from '../core/tlog/merkle.js';
import type { NodeReader } from '../core/tlog/merkle.js';
import { fail } from '../core/errors.js';

/** RFC 6962 leaf hash of a statement: SHA-256(0x00 || exact JWS bytes). */
export function leafHashOf(jws: string): Buffer {
  // One-shot crypto.hash: a createHash object per leaf left a million native handles to the GC.
  return hash('sha256', '\u0000' + jws, 'buffer');
}

/** RFC 6962 node hash with node:crypto (tests prove it equal to the core's). */
export function nodeHashOf(l: Uint8Array, r: Uint8Array): Buffer {
  const b = Buffer.allocUnsafe(65);
  b[0] = 1;
  b.set(l, 1);
  b.set(r, 33);
  return hash('sha256', b, 'buffer');
}

/** Receives each complete subtree hash: tree level (0 = leaf), index within that level, 32 bytes. */
export type PutHash = (tileLevel: number, index: number, hash: Uint8Array) => void;

export class TreeAppender {
  size: number;
  private frontier: Uint8Array[];

  private constructor(size: number, frontier: Uint8Array[]) {
    this.size = size;
    this.frontier = frontier;
  }

  /** Resume a tree of `size` leaves from its stored subtree hashes. */
  static resume(size: number, read: NodeReader): TreeAppender {
    return new TreeAppender(
      size,
      frontierNodes(size).map((n) => read(n.level, n.index)),
    );
  }

  /** A counter only, for a store opened without its log (benchmark baseline). */
  static unlogged(size: number): TreeAppender {
    return new TreeAppender(size, []);
  }

  /** Append one leaf hash; `put` receives the leaf and every subtree it completes. */
  appendLeaf(leaf: Uint8Array, put: PutHash): void {
    let index = this.size;
    put(0, index, leaf);
    let h: Uint8Array = leaf;
    let level = 0;
    // Numbers are exact up to 2^53 leaves; `index % 2` and `/ 2` avoid 32-bit bitwise operators.
    while (index % 2 === 1) {
      h = nodeHashOf(this.frontier.pop()!, h);
      level++;
      index = (index - 1) / 2;
      put(level, index, h);
    }
    this.frontier.push(h);
    this.size++;
  }

  /** The root hash of the current tree (RFC 6962 MTH). */
  root(): Uint8Array {
    if (this.frontier.length === 0) return createHash('sha256').digest();
    let h = this.frontier[this.frontier.length - 1]!;
    for (let i = this.frontier.length - 2; i >= 0; i--) h = nodeHashOf(this.frontier[i]!, h);
    return h;
  }

  /** A copy that can be rolled back by dropping it. */
  clone(): TreeAppender {
    return new TreeAppender(this.size, this.frontier.slice());
  }
}

/**
 * Check the stored subtree hashes over leaves [from, to) of a log whose hashes are stored from
 * tree level `low` up (0: leaves too): every stored hash above `low` must equal the hash of its
 * two children, and none may be missing. With the frontier's root checked against the signed
 * checkpoint (service/log.ts) this ties every stored hash to the log key's signature without
 * reading a statement: about one SHA-256 per statement from the leaves up. `read` returns
 * the hashes of one level, [a, b), concatenated: a missing or misplaced row shows as a wrong length
 * or a wrong hash. A fault is WC_DATA_CORRUPT. A generator: it pauses after every STEP hashes, so
 * a server can run it between answers (run it to the end with `for (const _ of …);`).
 */
export function* checkStoredTree(
  read: (level: number, a: number, b: number) => Uint8Array,
  low: number,
  from: number,
  to: number,
): Generator<void, void, undefined> {
  const input = Buffer.allocUnsafe(65);
  input[0] = 1;
  // The hashes of the level below, as checked (or, for `low`, read window by window): a level of at
  // most KEEP_MAX hashes is read once, not once as parents and again as children; a larger one
  // is read again as children, so memory stays bounded (the leaves of 10M statements are 320 MB).
  let below: { first: number; hashes: Buffer } | undefined;
  for (let level = low + 1; ; level++) {
    const first = Math.floor(from / 2 ** level);
    const end = Math.floor(to / 2 ** level);
    if (first >= end) return;
    const keep = end - first <= KEEP_MAX;
    const checked = keep ? Buffer.allocUnsafe(32 * (end - first)) : undefined;
    // From a `from` inside a pair, this level's first children start one before the checked ones.
    if (below && 2 * first < below.first) below = undefined;
    for (let a = first; a < end; a += STEP) {
      const b = Math.min(end, a + STEP);
      const n = b - a;
      const kids = below ? below.hashes.subarray(64 * a - 32 * below.first, 64 * b - 32 * below.first) : read(level - 1, 2 * a, 2 * b);
      const mine = read(level, a, b);
      if (kids.length !== 64 * n || mine.length !== 32 * n)
        fail('WC_DATA_CORRUPT', `log hashes missing at level ${kids.length !== 64 * n ? level - 1 : level}`);
      for (let i = 0; i < n; i++) {
        input.set(kids.subarray(64 * i, 64 * i + 64), 1);
        if (!hash('sha256', input, 'buffer').equals(mine.subarray(32 * i, 32 * i + 32)))
          fail('WC_DATA_CORRUPT', `stored log hash ${level}/${a + i} is not the hash of its children`);
      }
      checked?.set(mine, 32 * (a - first));
      yield;
    }
    below = checked && { first, hashes: checked };
  }
}

/** Hashes per step of checkStoredTree: a few milliseconds. */
const STEP = 2048;
/** Largest level checkStoredTree keeps in memory for the level above (2 MB). */
const KEEP_MAX = 65_536;

/** Run a stepwise check to its end. */
export function runToEnd(steps: Iterator<void>): void {
  while (!steps.next().done);
}
