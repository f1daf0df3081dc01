/**
 * The store port: what issuance writes and verification reads. Two implementations pass one
 * contract suite (tests/store/contract.ts): SQLite (sqlite.ts, the default) and memory (memory.ts).
 */
import type { StatementSource } from '../core/verify.js';

export interface StoredEntry {
  index: number;
  type: 'warning' | 'revocation';
  jws: string;
}

export interface StatementRow {
  /** SHA-256 of the domain-separated code (32 bytes); null for statements not about one code. */
  codeHash: Uint8Array | null;
  type: 'warning' | 'revocation';
  kid: string;
  /** The compact JWS exactly as signed: the log leaf. */
  jws: string;
}

export interface Store extends StatementSource {
  /** Append statements atomically: all of them or none. Returns the index of the first. */
  appendStatements(rows: readonly StatementRow[]): number;
  /**
   * Start an atomic append that is fed in chunks (so storing overlaps with signing): nothing is
   * visible or durable until commit(); rollback() or a crash leaves the store as it was.
   */
  beginAppend(): AppendWriter;
  /** Number of statements stored. */
  count(): number;
  /** Statements [start, end) in append (log) order. */
  statements(start: number, end: number): string[];
  /** Is any warning stored under this code hash? (issuance uses it to keep codes unique) */
  hasCodeHash(hash: Uint8Array): boolean;
  /**
   * The statements under this code hash, in log order, with their log index and type. A reader
   * that can be damaged (SQLite) reads them through two independent indexes that must agree (the
   * code hash and the bucket): a disagreement is WC_DATA_CORRUPT, so a miss is a real miss.
   */
  entries(codeHash: Uint8Array): StoredEntry[];
  /** Statements whose 20-bit bucket is in [bucket, bucket + count), in log order, cross-checked as entries(). */
  byBucket(bucket: number, count?: number): Array<{ index: number; codeHash: Uint8Array; jws: string }>;
  /** Statements per bucket at `bits` prefix bits (≤ 20), empty buckets as 0: for `warncheck log`. */
  bucketCounts(bits: number): Uint32Array;
  /** Store a new trust list version; refuses a version not higher than the latest. */
  putTrustList(version: number, jws: string): void;
  latestTrustList(): { version: number; jws: string } | undefined;
  /**
   * Sign a checkpoint inside every append's transaction from now on (issuer side: the log key
   * lives with the issuer, never with the store or the server). Without one, appends are logged
   * (hashes stored) but no checkpoint is written until a signed append covers them.
   */
  setCheckpointSigner(sign: CheckpointSigner | undefined): void;
  /**
   * The hashes of log tile (tile level, tile index) of width 1…256, concatenated, when the tree
   * holds them all; undefined otherwise. Level L holds tree level 8·L (docs/LOG.md §7).
   */
  logTile(level: number, index: number, width: number): Uint8Array | undefined;
  /** The hash of complete subtree `index` at tree level `level` (0 = leaf), when stored. */
  logHash(level: number, index: number): Uint8Array | undefined;
  /** The hashes of several complete subtrees at once (an inclusion proof's), in order, undefined where not stored. */
  logHashes(nodes: readonly { level: number; index: number }[]): Array<Uint8Array | undefined>;
  /**
   * Hold whole levels of the stored tree in memory, from the top down while they fit in
   * `maxBytes`, for logHash/logHashes to read (a bulk reader such as `publish`, whose every bucket
   * reads ~700 proof nodes at random places of the tree). Untrusted as any stored hash. Optional:
   * a store that keeps everything in memory has nothing to hold.
   */
  holdTree?(maxBytes: number): void;
  /**
   * Check the stored log hashes over leaves [from, to) (store/log.ts checkStoredTree): each one
   * from tree level `low` + 1 up (default: from the leaves up) is the hash of its children;
   * WC_DATA_CORRUPT otherwise. Stepwise: run it to the end (runToEnd) or a step at a time
   * between answers.
   */
  checkTree(from: number, to: number, low?: number): Generator<void, void, undefined>;
  /** Store witness cosignature lines (`— name base64\n`) for the checkpoint of that size. */
  addCosignatures(size: number, lines: readonly string[]): void;
  /** The latest signed checkpoint note (with its cosignatures) and its tree size. */
  latestCheckpoint(): { size: number; note: string } | undefined;
  /** Log index of a stored statement (exact JWS), found through its code hash. */
  indexOf(codeHash: Uint8Array | null, jws: string): number | undefined;
  close(): void;
}

/** Signs the checkpoint of a tree of `size` leaves and root `root`; returns the signed note. */
export type CheckpointSigner = (size: number, root: Uint8Array) => string;

/** First 20 bits of a code hash: the store's finest look-up bucket (coarser ones are runs of these). */
export function bucketOf(hash: Uint8Array): number {
  return (hash[0]! << 12) | (hash[1]! << 4) | (hash[2]! >> 4);
}

export interface AppendWriter {
  /** Index the first row of this append will get. */
  readonly first: number;
  add(rows: readonly StatementRow[]): void;
  /** Commit: statements, log hashes and (with a signer) the checkpoint, atomically. */
  commit(): void;
  rollback(): void;
}
