/**
 * RFC 6962 §2.1 / RFC 9162 §2.1.1 Merkle tree hashing with SHA-256 (docs/LOG.md §3).
 *
 * Hand-written: no npm package implements the C2SP tlog stack (signed notes, checkpoints,
 * cosignatures, tiles) for the browser and Node alike; the Go reference implementations
 * (golang.org/x/mod/sumdb, transparency-dev/merkle) are the models, and
 * tests/core/tlog-vectors.test.ts proves this code against their published vectors.
 */
import { sha256 } from '@noble/hashes/sha2.js';

/** Every hash in the log is a SHA-256 digest. */
export const HASH_SIZE = 32;

const LEAF_PREFIX = new Uint8Array([0x00]);
const NODE_PREFIX = new Uint8Array([0x01]);

/** MTH({d}) = SHA-256(0x00 || d): the hash of one log entry. */
export function leafHash(entry: Uint8Array): Uint8Array {
  return sha256.create().update(LEAF_PREFIX).update(entry).digest();
}

/** SHA-256(0x01 || left || right): the hash of an interior node. */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256.create().update(NODE_PREFIX).update(left).update(right).digest();
}

/** MTH({}) = SHA-256(""): the root of the empty tree (e3b0c442…b855). */
export function emptyRoot(): Uint8Array {
  return sha256(new Uint8Array(0));
}
