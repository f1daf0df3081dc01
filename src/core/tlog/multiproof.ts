/**
 * Inclusion of several leaves at once (docs/FORMAT.md §3.5): the hashes of the subtrees that hold
 * none of the leaves and are needed to reach the root, each once, in a fixed order. A look-up bucket
 * carries one such proof for all its statements instead of one audit path each, which more than
 * halves its size. The order follows the RFC 9162 split, left to right, so prover and verifier walk
 * the same tree; from it the verifier rebuilds each leaf's ordinary audit path (RFC 9162 §2.1.3),
 * which the inclusion step then checks as any other proof.
 *
 * Written here: no library offers RFC 9162 multi-leaf proofs (Go's tlog proves one leaf at a time).
 */
import { fail } from '../errors.js';
import { HASH_SIZE, nodeHash as coreNodeHash } from './hash.js';
import { rangeHash, splitPoint, type NodeHasher, type NodeReader } from './merkle.js';

// The largest power of two strictly below n (n ≥ 2), from the bit length: a loop of BigInt shifts
// here was ~20 % of `publish`'s CPU (every bucket's proof walks the tree twice), measured.
const split = splitPoint;

function checkIndices(indices: readonly bigint[], size: bigint): void {
  for (let i = 0; i < indices.length; i++) {
    if (indices[i]! < 0n || indices[i]! >= size) fail('WC_LOG_RANGE', 'leaf index not below tree size');
    if (i > 0 && indices[i]! <= indices[i - 1]!) fail('WC_LOG_PROOF_MALFORMED', 'leaf indices must increase');
  }
}

/**
 * Walks MTH(D[lo:hi]) down to the given leaves. `empty(lo, hi)` is called, in order, for each
 * subtree that holds none of them; `leaf(i)` for each leaf; `join` combines two children.
 */
function walk<T>(
  indices: readonly bigint[],
  size: bigint,
  empty: (lo: bigint, hi: bigint) => T,
  leaf: (i: number) => T,
  join: (l: T, r: T, left: [number, number], right: [number, number]) => T,
): T {
  const go = (lo: bigint, hi: bigint, a: number, b: number): T => {
    if (a === b) return empty(lo, hi);
    if (hi - lo === 1n) return leaf(a);
    const mid = lo + split(hi - lo);
    let m = a;
    while (m < b && indices[m]! < mid) m++;
    return join(go(lo, mid, a, m), go(mid, hi, m, b), [a, m], [m, b]);
  };
  return go(0n, size, 0, indices.length);
}

/** The subtrees a multi-leaf proof holds, in order: [start, end) of each. */
export function multiproofRanges(indices: readonly bigint[], size: bigint): Array<[bigint, bigint]> {
  checkIndices(indices, size);
  const out: Array<[bigint, bigint]> = [];
  if (indices.length > 0)
    walk<null>(
      indices,
      size,
      (lo, hi) => (out.push([lo, hi]), null),
      () => null,
      () => null,
    );
  return out;
}

/** The proof's hashes, read from the tree's complete subtrees (`hash` for a subtree at the right edge). */
export function multiproof(indices: readonly bigint[], size: bigint, read: NodeReader, hash: NodeHasher = coreNodeHash): Uint8Array[] {
  return multiproofRanges(indices, size).map(([lo, hi]) => rangeHash(lo, hi, read, hash));
}

/**
 * At most how many hashes a proof for `leaves` leaves of a tree of depth `depth` holds: one per
 * node on the leaves' paths, and there are at most min(leaves, 2^t) of those t levels below the root.
 */
export function multiproofBound(leaves: number, depth: number): number {
  let n = 0;
  for (let t = 0; t < depth; t++) n += Math.min(leaves, 2 ** t);
  return n;
}

/**
 * Rebuilds each leaf's audit path (bottom-up, as RFC 9162 §2.1.3 takes it) and the root they reach
 * from the leaves' hashes and the proof. The caller compares the root (verifyMultiproof) or checks
 * each path as an ordinary inclusion proof.
 * @throws WC_LOG_PROOF_MALFORMED (wrong number of hashes)
 */
export function multiproofPaths(
  indices: readonly bigint[],
  size: bigint,
  leafHashes: readonly Uint8Array[],
  proof: readonly Uint8Array[],
  hash: NodeHasher = coreNodeHash,
): { root: Uint8Array; paths: Uint8Array[][] } {
  checkIndices(indices, size);
  if (leafHashes.length !== indices.length) fail('WC_LOG_PROOF_MALFORMED', 'one hash per leaf');
  const paths: Uint8Array[][] = indices.map(() => []);
  if (indices.length === 0) fail('WC_LOG_PROOF_MALFORMED', 'no leaves');
  let next = 0;
  const top = walk<Uint8Array>(
    indices,
    size,
    () => {
      const h = proof[next++];
      if (!h || h.length !== HASH_SIZE) fail('WC_LOG_PROOF_MALFORMED', 'too few proof hashes');
      return h;
    },
    (i) => leafHashes[i]!,
    (l, r, [la, lb], [ra, rb]) => {
      for (let i = la; i < lb; i++) paths[i]!.push(r);
      for (let i = ra; i < rb; i++) paths[i]!.push(l);
      return hash(l, r);
    },
  );
  if (next !== proof.length) fail('WC_LOG_PROOF_MALFORMED', 'too many proof hashes');
  return { root: top, paths };
}

/** Checks that the leaves and the proof reach `root`. @throws WC_LOG_PROOF_MALFORMED, WC_LOG_PROOF_INVALID */
export function verifyMultiproof(
  indices: readonly bigint[],
  size: bigint,
  leafHashes: readonly Uint8Array[],
  proof: readonly Uint8Array[],
  root: Uint8Array,
  hash?: NodeHasher,
): void {
  const top = multiproofPaths(indices, size, leafHashes, proof, hash).root;
  if (top.length !== root.length || top.some((b, i) => b !== root[i])) fail('WC_LOG_PROOF_INVALID', 'the leaves do not reach the root');
}
