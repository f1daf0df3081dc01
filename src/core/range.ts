/**
 * The private look-up's buckets (docs/FORMAT.md §3.5). A reader's browser asks for the bucket of
 * its code's hash, never the hash: the number of prefix bits follows the signed log size, so that
 * every bucket holds at least 32 log entries on average, and every answer is padded to one size
 * in bytes for a given log size, so neither the request nor the answer's length singles out a
 * statement. Pure integer arithmetic, so every verifier derives the same numbers.
 */

/** Mean log entries per bucket that the rule guarantees at least. */
export const RANGE_MIN_MEAN = 32;
/** The store indexes the first 20 bits of each code hash; beyond 2^25 entries buckets just grow. */
export const RANGE_MAX_BITS = 20;

/** bits = max(0, floor(log2(size / 32))), at most 20. */
export function rangeBits(size: number): number {
  let bits = 0;
  while (bits < RANGE_MAX_BITS && RANGE_MIN_MEAN * 2 ** (bits + 1) <= size) bits++;
  return bits;
}

/** The bucket number of a code hash (hex) at `bits`: its first `bits` bits. */
export function bucketOfHex(hashHex: string, bits: number): number {
  // 20 bits at most: five hex characters always hold them.
  return bits === 0 ? 0 : parseInt(hashHex.slice(0, 5), 16) >>> (20 - bits);
}

/** How a bucket is named in a URL: lowercase hex, max(1, ceil(bits / 4)) digits. */
export function bucketName(bucket: number, bits: number): string {
  return bucket.toString(16).padStart(Math.max(1, Math.ceil(bits / 4)), '0');
}

/** Parses `<bits>` and `<bucket>` of `/api/v1/range/<bits>/<bucket>`; undefined when malformed. */
export function parseBucket(bitsText: string, name: string): { bits: number; bucket: number } | undefined {
  if (!/^(?:0|[1-9][0-9]?)$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  if (bits > RANGE_MAX_BITS || name.length !== Math.max(1, Math.ceil(bits / 4)) || !/^[0-9a-f]+$/.test(name)) return undefined;
  const bucket = parseInt(name, 16);
  return bucket < 2 ** bits ? { bits, bucket } : undefined;
}

function isqrtCeil(n: number): number {
  let r = Math.floor(Math.sqrt(n));
  while (r * r < n) r++;
  while (r > 0 && (r - 1) * (r - 1) >= n) r--;
  return r;
}

/**
 * Entries a bucket is padded for: mean + 7·√mean + 7 (mean rounded up). Code hashes are uniform
 * (SHA-256 of random codes), so a bucket exceeds this with probability below 1e-10 (Chernoff bound
 * for a Poisson count); an answer that still does is padded to the next multiple of the target.
 */
export function rangeEntryBound(size: number, bits: number): number {
  const mean = Math.max(1, Math.ceil(size / 2 ** bits));
  return mean + 7 * isqrtCeil(mean) + 7;
}

/** Bytes allowed per entry besides its proof's hashes: a warning statement is ~480 bytes. */
export const RANGE_ENTRY_BYTES = 640;
/** Bytes per audit-path hash in a tlog-proof inside JSON (44 base64 characters and an escaped newline). */
const PROOF_HASH_BYTES = 46;

/**
 * The size in bytes every answer for this log size is padded to: the entry bound times the bytes
 * of an entry (statement allowance, the proof's fixed part, its longest audit path), rounded up to
 * 4 KiB. `fixed` is what the answer spends besides its entries (the caller's envelope and the
 * checkpoint text that each proof carries).
 */
export function rangeTarget(size: number, bits: number, perEntryFixed: number): number {
  let depth = 0;
  while (2 ** depth < size) depth++;
  const entry = RANGE_ENTRY_BYTES + perEntryFixed + depth * PROOF_HASH_BYTES;
  return Math.ceil((rangeEntryBound(size, bits) * entry) / 4096) * 4096;
}
