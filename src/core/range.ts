/**
 * The private look-up's buckets (docs/FORMAT.md §3.5). A reader's browser asks for the bucket of
 * its code's hash, never the hash: the number of prefix bits follows the signed log size, so that
 * every bucket holds at least 32 log entries on average, and every answer is padded to one size
 * in bytes for a given log size, so neither the request nor the answer's length singles out a
 * statement. Pure integer arithmetic, so every verifier derives the same numbers.
 */
import { base64urlDecode, base64urlEncode, utf8Decode, utf8Encode } from './bytes.js';
import { fail } from './errors.js';
import { HASH_SIZE } from './tlog/hash.js';
import { multiproofBound } from './tlog/multiproof.js';

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
 * Entries a bucket is padded for: mean + 5·√mean + 5 (mean rounded up). Code hashes are uniform
 * (SHA-256 of random codes), so a bucket holds more with probability of the order of 1e-7 (a
 * Poisson tail); such an answer is padded to the next multiple of the target instead, which tells
 * an onlooker only that the bucket is one of those rare full ones.
 */
export function rangeEntryBound(size: number, bits: number): number {
  const mean = Math.max(1, Math.ceil(size / 2 ** bits));
  return mean + 5 * isqrtCeil(mean) + 5;
}

/** Bytes allowed per entry: index, header number, payload length, a payload allowance, signature. */
export const RANGE_ENTRY_BYTES = 8 + 1 + 2 + 280 + 64;
/** Bytes allowed per signing key for its protected header in the answer's header table. */
export const RANGE_HEADER_BYTES = 2 + 128;
const MAGIC = 'wcrange1';
const FIXED = MAGIC.length + 1 + 4 + 8 + 4 + 1 + 4 + 4;

function depthOf(size: number): number {
  let d = 0;
  while (2 ** d < size) d++;
  return d;
}

/**
 * The size in bytes every answer for this log size is padded to (§3.5): the fixed fields, the
 * checkpoint, a header per signing key, the entry bound times the entry allowance, and the most
 * hashes a proof for that many entries can hold, rounded up to 4 KiB.
 */
export function rangeTarget(size: number, bits: number, checkpointBytes: number, keys: number): number {
  const e = rangeEntryBound(size, bits);
  const bytes = FIXED + checkpointBytes + Math.min(255, keys) * RANGE_HEADER_BYTES + e * RANGE_ENTRY_BYTES + multiproofBound(e, depthOf(size)) * HASH_SIZE;
  return Math.ceil(bytes / 4096) * 4096;
}

export interface RangeAnswer {
  bits: number;
  bucket: number;
  /** The log size of `checkpoint`, which the proof is against. */
  size: bigint;
  /** The signed checkpoint note. */
  checkpoint: string;
  /** The bucket's statements in log order, with their log indices. */
  entries: Array<{ index: bigint; jws: string }>;
  /** Multi-leaf inclusion proof of all entries (tlog/multiproof.ts). */
  proof: Uint8Array[];
}

/** Binary answer (§3.5), zero-padded to `target` bytes or the next multiple of it. */
export function encodeRangeAnswer(a: RangeAnswer, target: number): Uint8Array {
  const cp = utf8Encode(a.checkpoint);
  const headers: string[] = [];
  const rows = a.entries.map((e) => {
    const parts = e.jws.split('.');
    if (parts.length !== 3) fail('WC_DATA_CORRUPT', 'a stored statement is not a compact JWS');
    let h = headers.indexOf(parts[0]!);
    if (h < 0) h = headers.push(parts[0]!) - 1;
    const payload = base64urlDecode(parts[1]!);
    const sig = base64urlDecode(parts[2]!);
    if (sig.length !== 64 || payload.length > 0xffff || h > 255) fail('WC_DATA_CORRUPT', 'a stored statement does not fit the answer');
    return { index: e.index, h, payload, sig };
  });
  const hdr = headers.map((x) => base64urlDecode(x));
  const bytes =
    FIXED + cp.length + hdr.reduce((n, x) => n + 2 + x.length, 0) + rows.reduce((n, r) => n + 11 + r.payload.length + 64, 0) + a.proof.length * HASH_SIZE;
  const out = new Uint8Array(Math.max(1, Math.ceil(bytes / target)) * target);
  const v = new DataView(out.buffer);
  let o = 0;
  const put = (b: Uint8Array) => {
    out.set(b, o);
    o += b.length;
  };
  put(utf8Encode(MAGIC));
  v.setUint8(o++, a.bits);
  v.setUint32(o, a.bucket);
  o += 4;
  v.setBigUint64(o, a.size);
  o += 8;
  v.setUint32(o, cp.length);
  o += 4;
  put(cp);
  v.setUint8(o++, hdr.length);
  for (const x of hdr) {
    v.setUint16(o, x.length);
    o += 2;
    put(x);
  }
  v.setUint32(o, rows.length);
  o += 4;
  for (const r of rows) {
    v.setBigUint64(o, r.index);
    o += 8;
    v.setUint8(o++, r.h);
    v.setUint16(o, r.payload.length);
    o += 2;
    put(r.payload);
    put(r.sig);
  }
  v.setUint32(o, a.proof.length);
  o += 4;
  for (const h of a.proof) put(h);
  return out;
}

/** Strict decoding: every length within the answer, and nothing but zero bytes after the proof. */
export function decodeRangeAnswer(b: Uint8Array): RangeAnswer {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let o = 0;
  const need = (n: number) => {
    if (o + n > b.length) fail('WC_RANGE_MALFORMED', 'the answer ends early');
  };
  const take = (n: number) => {
    need(n);
    o += n;
    return b.subarray(o - n, o);
  };
  const u8 = () => (need(1), v.getUint8(o++));
  const u16 = () => (need(2), (o += 2), v.getUint16(o - 2));
  const u32 = () => (need(4), (o += 4), v.getUint32(o - 4));
  const u64 = () => (need(8), (o += 8), v.getBigUint64(o - 8));
  if (utf8Decode(take(MAGIC.length)) !== MAGIC) fail('WC_RANGE_MALFORMED', 'not a look-up answer');
  const bits = u8();
  const bucket = u32();
  if (bits > RANGE_MAX_BITS || bucket >= 2 ** bits) fail('WC_RANGE_MALFORMED', 'bucket');
  const size = u64();
  const checkpoint = utf8Decode(take(u32()));
  const headers: string[] = [];
  for (let n = u8(); n > 0; n--) headers.push(base64urlEncode(take(u16())));
  const entries: RangeAnswer['entries'] = [];
  for (let n = u32(); n > 0; n--) {
    const index = u64();
    const h = headers[u8()];
    if (h === undefined) fail('WC_RANGE_MALFORMED', 'header number');
    const payload = take(u16());
    entries.push({ index, jws: `${h}.${base64urlEncode(payload)}.${base64urlEncode(take(64))}` });
  }
  const proof: Uint8Array[] = [];
  for (let n = u32(); n > 0; n--) proof.push(take(HASH_SIZE).slice());
  for (; o < b.length; o++) if (b[o] !== 0) fail('WC_RANGE_MALFORMED', 'bytes after the proof');
  return { bits, bucket, size, checkpoint, entries, proof };
}
