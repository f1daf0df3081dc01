/**
 * RFC 6962 / RFC 9162 Merkle trees: tree hashes, inclusion and consistency proofs (docs/LOG.md §3).
 *
 * Hand-written (see hash.ts for why). Proof generation follows RFC 6962 §2.1.1–2.1.2 (PATH and
 * PROOF), reading complete-subtree hashes through a callback so that the same code serves an
 * in-memory tree, a database or C2SP tiles (tiles.ts); the right-edge decomposition is that of Go's
 * golang.org/x/mod/sumdb/tlog (subTreeIndex). Verification is RFC 9162 §2.1.3.2 and §2.1.4.2 with
 * the edge-case semantics of transparency-dev/merkle proof/verify.go, proven against its probes.
 *
 * Sizes and indices are unsigned 64-bit: they are accepted as `number` (safe integers) or `bigint`
 * and computed as `bigint`, because published probes use 2^64−1.
 */
import { equalBytes } from '../bytes.js';
import { fail } from '../errors.js';
import { HASH_SIZE, emptyRoot, nodeHash } from './hash.js';

export type U64 = bigint | number;

const MAX_U64 = (1n << 64n) - 1n;

/** Validate an unsigned 64-bit integer; numbers must be safe integers. */
export function toU64(x: U64): bigint {
  if (typeof x === 'number') {
    if (!Number.isSafeInteger(x) || x < 0) fail('WC_LOG_RANGE', 'not an unsigned integer');
    return BigInt(x);
  }
  if (typeof x !== 'bigint' || x < 0n || x > MAX_U64) fail('WC_LOG_RANGE', 'not an unsigned 64-bit integer');
  return x;
}

/**
 * A complete subtree: the 2^level leaves from leaf `index * 2^level` on.
 * Level 0 nodes are leaf hashes; the root of a tree of size 2^k is node (k, 0).
 */
export interface NodeId {
  readonly level: number;
  readonly index: bigint;
}

/** Returns the hash of a complete subtree. It must exist in the tree being proven. */
export type NodeReader = (level: number, index: bigint) => Uint8Array;

/**
 * SHA-256(0x01 || left || right). The core's own (noble) is the default; a server may pass a
 * native one (node:crypto), which tests prove equal on every vector.
 */
export type NodeHasher = (left: Uint8Array, right: Uint8Array) => Uint8Array;

function bitLength(n: bigint): number {
  // Below 2^64 (every size and index here) from two 32-bit halves: a binary string per call was a
  // measurable share of every proof a server builds.
  if (n < 0x100000000n) return 32 - Math.clz32(Number(n));
  if (n < 0x10000000000000000n) return 64 - Math.clz32(Number(n >> 32n));
  return n.toString(2).length;
}

/** The largest power of two strictly below n (n ≥ 2): the RFC 6962 split point k. */
export function splitPoint(n: bigint): bigint {
  return 1n << BigInt(bitLength(n - 1n) - 1);
}

function isPowerOfTwo(n: bigint): boolean {
  return n > 0n && (n & (n - 1n)) === 0n;
}

function readNode(read: NodeReader, node: NodeId): Uint8Array {
  const h = read(node.level, node.index);
  if (!(h instanceof Uint8Array) || h.length !== HASH_SIZE) fail('WC_LOG_PROOF_MALFORMED', 'node reader returned a bad hash');
  return h;
}

// ---------------------------------------------------------------------------------------------
// Tree hashes

function mth(hashes: readonly Uint8Array[], lo: number, hi: number): Uint8Array {
  if (hi - lo === 1) return hashes[lo]!;
  const k = Number(splitPoint(BigInt(hi - lo)));
  return nodeHash(mth(hashes, lo, lo + k), mth(hashes, lo + k, hi));
}

/** MTH(D[n]) from the n leaf hashes (RFC 6962 §2.1); the empty tree hashes to SHA-256(""). */
export function treeHash(leafHashes: readonly Uint8Array[]): Uint8Array {
  for (const h of leafHashes) if (h.length !== HASH_SIZE) fail('WC_LOG_PROOF_MALFORMED', 'leaf hash length');
  return leafHashes.length === 0 ? emptyRoot() : mth(leafHashes, 0, leafHashes.length);
}

/**
 * Every complete-subtree hash of a tree, by level: `levels[l][i]` is node (l, i). Level 0 is the
 * leaf hashes. Use with memoryNodeReader for in-memory trees and tests.
 */
export function nodeLevels(leafHashes: readonly Uint8Array[]): Uint8Array[][] {
  for (const h of leafHashes) if (h.length !== HASH_SIZE) fail('WC_LOG_PROOF_MALFORMED', 'leaf hash length');
  const levels: Uint8Array[][] = [leafHashes.slice()];
  for (let prev = levels[0]!; prev.length >= 2;) {
    const next: Uint8Array[] = [];
    for (let i = 0; i + 1 < prev.length; i += 2) next.push(nodeHash(prev[i]!, prev[i + 1]!));
    levels.push(next);
    prev = next;
  }
  return levels;
}

export function memoryNodeReader(levels: readonly (readonly Uint8Array[])[]): NodeReader {
  return (level, index) => {
    const h = index <= BigInt(Number.MAX_SAFE_INTEGER) ? levels[level]?.[Number(index)] : undefined;
    return h ?? fail('WC_LOG_RANGE', 'no such node');
  };
}

/**
 * The complete subtrees whose combination is MTH(D[start:end]), left to right (Go's subTreeIndex):
 * chunks of decreasing powers of two. `start` must be aligned so that each chunk is a complete
 * subtree, which holds for every range in a tree root, PATH or PROOF.
 */
export function rangeNodes(start: U64, end: U64): NodeId[] {
  let lo = toU64(start);
  const hi = toU64(end);
  if (lo > hi) fail('WC_LOG_RANGE', 'range start after end');
  const out: NodeId[] = [];
  while (lo < hi) {
    const level = bitLength(hi - lo) - 1;
    const k = 1n << BigInt(level);
    if ((lo & (k - 1n)) !== 0n) fail('WC_LOG_RANGE', 'range is not aligned to complete subtrees');
    out.push({ level, index: lo >> BigInt(level) });
    lo += k;
  }
  return out;
}

/** MTH(D[start:end]) from complete-subtree hashes (start < end; see rangeNodes). */
export function rangeHash(start: U64, end: U64, read: NodeReader, hash: NodeHasher = nodeHash): Uint8Array {
  const nodes = rangeNodes(start, end);
  if (nodes.length === 0) fail('WC_LOG_RANGE', 'empty range');
  let h = readNode(read, nodes[nodes.length - 1]!);
  for (let i = nodes.length - 2; i >= 0; i--) h = hash(readNode(read, nodes[i]!), h);
  return h;
}

/** The root of the tree of `size` leaves, from complete-subtree hashes (SHA-256("") when empty). */
export function treeRoot(size: U64, read: NodeReader): Uint8Array {
  return toU64(size) === 0n ? emptyRoot() : rangeHash(0n, size, read);
}

// ---------------------------------------------------------------------------------------------
// Appending: the frontier (right edge) of the tree

/** The roots of the maximal complete subtrees of a tree of `size` leaves, largest first. */
export function frontierNodes(size: U64): NodeId[] {
  return rangeNodes(0n, size);
}

/** The tree root from its frontier hashes (largest subtree first). */
export function frontierRoot(frontier: readonly Uint8Array[]): Uint8Array {
  if (frontier.length === 0) return emptyRoot();
  let h = frontier[frontier.length - 1]!;
  for (let i = frontier.length - 2; i >= 0; i--) h = nodeHash(frontier[i]!, h);
  return h;
}

export interface CompletedNode extends NodeId {
  readonly hash: Uint8Array;
}

/**
 * Append leaf number `size` to a tree given by its frontier. Returns the new frontier and every
 * complete subtree the new leaf completes (the leaf itself first, then its ancestors upwards):
 * exactly the hashes a tile writer must store.
 */
export function frontierAppend(size: U64, frontier: readonly Uint8Array[], leaf: Uint8Array): { frontier: Uint8Array[]; completed: CompletedNode[] } {
  let index = toU64(size);
  if (index === MAX_U64) fail('WC_LOG_RANGE', 'the tree is full');
  let ones = 0;
  for (let x = index; x > 0n; x >>= 1n) ones += Number(x & 1n);
  if (frontier.length !== ones) fail('WC_LOG_RANGE', 'frontier does not match the tree size');
  if (leaf.length !== HASH_SIZE) fail('WC_LOG_PROOF_MALFORMED', 'leaf hash length');
  const next = frontier.slice();
  let h = leaf;
  let level = 0;
  const completed: CompletedNode[] = [{ level, index, hash: h }];
  while ((index & 1n) === 1n) {
    h = nodeHash(next.pop()!, h);
    level++;
    index >>= 1n;
    completed.push({ level, index, hash: h });
  }
  next.push(h);
  return { frontier: next, completed };
}

// ---------------------------------------------------------------------------------------------
// Proof generation (RFC 6962 §2.1.1 PATH, §2.1.2 PROOF)

type Range = readonly [bigint, bigint];

function inclusionRanges(index: U64, size: U64): Range[] {
  const m = toU64(index);
  const n = toU64(size);
  if (m >= n) fail('WC_LOG_RANGE', 'leaf index not below tree size');
  const out: Range[] = [];
  let lo = 0n;
  let hi = n;
  while (hi - lo > 1n) {
    const k = splitPoint(hi - lo);
    if (m < lo + k) {
      out.push([lo + k, hi]);
      hi = lo + k;
    } else {
      out.push([lo, lo + k]);
      lo += k;
    }
  }
  return out.reverse();
}

function consistencyRanges(size1: U64, size2: U64): Range[] {
  const m = toU64(size1);
  const n = toU64(size2);
  if (m === 0n || m > n) fail('WC_LOG_RANGE', 'consistency proof needs 0 < size1 <= size2');
  const out: Range[] = [];
  let lo = 0n;
  let hi = n;
  let complete = true; // RFC 6962 SUBPROOF's b: m is the whole of the original old tree
  for (;;) {
    if (m === hi) {
      if (!complete) out.push([lo, hi]);
      break;
    }
    const k = splitPoint(hi - lo);
    if (m - lo <= k) {
      out.push([lo + k, hi]);
      hi = lo + k;
    } else {
      out.push([lo, lo + k]);
      lo += k;
      complete = false;
    }
  }
  return out.reverse();
}

/** The complete subtrees an inclusion proof reads (to prefetch them, e.g. as tiles). */
export function inclusionProofNodes(index: U64, size: U64): NodeId[] {
  return inclusionRanges(index, size).flatMap(([a, b]) => rangeNodes(a, b));
}

/**
 * PATH(index, D[size]): the audit path, leaf's sibling first. `hash`: as in rootFromInclusionProof
 * (a proof's right-edge entries are hashes of several stored subtrees).
 */
export function inclusionProof(index: U64, size: U64, read: NodeReader, hash: NodeHasher = nodeHash): Uint8Array[] {
  return inclusionRanges(index, size).map(([a, b]) => rangeHash(a, b, read, hash));
}

/** The complete subtrees a consistency proof reads. */
export function consistencyProofNodes(size1: U64, size2: U64): NodeId[] {
  return consistencyRanges(size1, size2).flatMap(([a, b]) => rangeNodes(a, b));
}

/** PROOF(size1, D[size2]) for 0 < size1 <= size2 (empty when the sizes are equal). */
export function consistencyProof(size1: U64, size2: U64, read: NodeReader): Uint8Array[] {
  return consistencyRanges(size1, size2).map(([a, b]) => rangeHash(a, b, read));
}

// ---------------------------------------------------------------------------------------------
// Proof verification (RFC 9162 §2.1.3.2, §2.1.4.2)

function checkHash(h: Uint8Array, what: string): void {
  if (!(h instanceof Uint8Array) || h.length !== HASH_SIZE) fail('WC_LOG_PROOF_MALFORMED', what);
}

/**
 * The root that an inclusion proof yields for a leaf hash (RFC 9162 §2.1.3.2 steps 1–5 without
 * the final comparison).
 * @throws WC_LOG_PROOF_MALFORMED (hash lengths) or WC_LOG_PROOF_INVALID (index, proof length)
 */
export function rootFromInclusionProof(index: U64, size: U64, leaf: Uint8Array, proof: readonly Uint8Array[], hash: NodeHasher = nodeHash): Uint8Array {
  const m = toU64(index);
  const n = toU64(size);
  checkHash(leaf, 'leaf hash length');
  for (const p of proof) checkHash(p, 'proof hash length');
  if (m >= n) fail('WC_LOG_PROOF_INVALID', 'leaf index not below tree size');
  let fn = m;
  let sn = n - 1n;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0n) fail('WC_LOG_PROOF_INVALID', 'proof too long');
    if ((fn & 1n) === 1n || fn === sn) {
      r = hash(p, r);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      r = hash(r, p);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  if (sn !== 0n) fail('WC_LOG_PROOF_INVALID', 'proof too short');
  return r;
}

/**
 * Verify that `leaf` (a leaf hash) is entry `index` of the tree of `size` leaves with root `root`.
 * @throws WC_LOG_PROOF_MALFORMED or WC_LOG_PROOF_INVALID
 */
export function verifyInclusion(index: U64, size: U64, leaf: Uint8Array, proof: readonly Uint8Array[], root: Uint8Array, hash?: NodeHasher): void {
  checkHash(root, 'root hash length');
  const r = rootFromInclusionProof(index, size, leaf, proof, hash);
  if (!equalBytes(r, root)) fail('WC_LOG_PROOF_INVALID', 'root mismatch');
}

/**
 * Verify that the tree of size2 leaves with root2 extends the tree of size1 leaves with root1.
 * Semantics of transparency-dev/merkle: size1 = 0 is always an error (the witness protocol
 * special-cases `old 0` itself), equal sizes need an empty proof and byte-equal roots (their
 * length is not checked there: a published probe accepts equal 12-byte roots).
 * @throws WC_LOG_PROOF_MALFORMED or WC_LOG_PROOF_INVALID
 */
export function verifyConsistency(size1: U64, size2: U64, proof: readonly Uint8Array[], root1: Uint8Array, root2: Uint8Array): void {
  const m = toU64(size1);
  const n = toU64(size2);
  if (n < m) fail('WC_LOG_PROOF_INVALID', 'size2 below size1');
  if (m === 0n) fail('WC_LOG_PROOF_INVALID', 'consistency from the empty tree is meaningless');
  if (m === n) {
    if (proof.length !== 0) fail('WC_LOG_PROOF_INVALID', 'equal sizes need an empty proof');
    if (!equalBytes(root1, root2)) fail('WC_LOG_PROOF_INVALID', 'equal sizes, different roots');
    return;
  }
  if (proof.length === 0) fail('WC_LOG_PROOF_INVALID', 'empty proof');
  checkHash(root1, 'root1 hash length');
  checkHash(root2, 'root2 hash length');
  for (const p of proof) checkHash(p, 'proof hash length');

  const path = isPowerOfTwo(m) ? [root1, ...proof] : proof;
  let fn = m - 1n;
  let sn = n - 1n;
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (let i = 1; i < path.length; i++) {
    const c = path[i]!;
    if (sn === 0n) fail('WC_LOG_PROOF_INVALID', 'proof too long');
    if ((fn & 1n) === 1n || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  if (sn !== 0n) fail('WC_LOG_PROOF_INVALID', 'proof too short');
  if (!equalBytes(fr, root1)) fail('WC_LOG_PROOF_INVALID', 'root1 mismatch');
  if (!equalBytes(sr, root2)) fail('WC_LOG_PROOF_INVALID', 'root2 mismatch');
}
