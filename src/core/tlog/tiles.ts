/**
 * C2SP tlog-tiles (c2sp.org/tlog-tiles v0.1.0; docs/LOG.md §7): tile paths, tile widths for a
 * tree size, reading tree nodes from hash tiles, writing tiles, and entry bundles.
 * Hand-written (see hash.ts for why); the tile arithmetic follows Go's golang.org/x/mod/sumdb/tlog
 * (tileForIndex, HashFromTile) with the C2SP layout: height fixed at 8, no height in the path,
 * entry bundles under tile/entries/.
 *
 * A tile at level L, index N holds up to 256 consecutive hashes of tree height 8·L, starting at
 * node N·256: level 0 holds leaf hashes, level L ≥ 1 the roots of full tiles of level L−1. For a
 * tree of size s, level L has ⌊s / 256^L⌋ hashes; tiles with fewer than 256 are partial
 * (`.p/<W>`) and are never hashed into the level above.
 */
import { concatBytes } from '../bytes.js';
import { fail, failLimit } from '../errors.js';
import { HASH_SIZE, nodeHash } from './hash.js';
import { toU64, type NodeId, type NodeReader, type U64 } from './merkle.js';

export const TILE_HEIGHT = 8;
/** Hashes in a full tile; also entries in a full entry bundle. */
export const TILE_WIDTH = 256;
export const MAX_TILE_LEVEL = 63;
/** Entries are prefixed by a big-endian uint16 length. */
export const MAX_ENTRY_SIZE = 65535;

export interface TileId {
  /** Tile level (0 … 63); -1 for an entry bundle. */
  readonly level: number;
  readonly index: bigint;
  /** 1 … 256; 256 is a full tile. */
  readonly width: number;
}

export const ENTRIES_LEVEL = -1;

// ---------------------------------------------------------------------------------------------
// Paths

/** The tile index as path elements: 1234067 → "x001/x234/067", 5 → "005". */
export function formatTileIndex(index: U64): string {
  let n = toU64(index);
  let s = (n % 1000n).toString().padStart(3, '0');
  while (n >= 1000n) {
    n /= 1000n;
    s = `x${(n % 1000n).toString().padStart(3, '0')}/${s}`;
  }
  return s;
}

function checkTile(t: TileId): void {
  if (!Number.isInteger(t.level) || t.level < ENTRIES_LEVEL || t.level > MAX_TILE_LEVEL) fail('WC_LOG_TILE_MALFORMED', 'tile level');
  if (!Number.isInteger(t.width) || t.width < 1 || t.width > TILE_WIDTH) fail('WC_LOG_TILE_MALFORMED', 'tile width');
  toU64(t.index);
}

/** `tile/<L>/<N>[.p/<W>]`, or `tile/entries/<N>[.p/<W>]` for level -1 (relative to the log prefix). */
export function tilePath(t: TileId): string {
  checkTile(t);
  const l = t.level === ENTRIES_LEVEL ? 'entries' : String(t.level);
  return `tile/${l}/${formatTileIndex(t.index)}${t.width < TILE_WIDTH ? `.p/${t.width}` : ''}`;
}

export function entryBundlePath(index: U64, width: number = TILE_WIDTH): string {
  return tilePath({ level: ENTRIES_LEVEL, index: toU64(index), width });
}

function parseIndexElements(elems: readonly string[]): bigint | undefined {
  let n = 0n;
  for (let i = 0; i < elems.length; i++) {
    const m = (i < elems.length - 1 ? /^x([0-9]{3})$/ : /^([0-9]{3})$/).exec(elems[i]!);
    if (!m) return undefined;
    n = n * 1000n + BigInt(m[1]!);
  }
  return n;
}

/**
 * Parse a C2SP tile or entry-bundle path (as tilePath writes it; anything else, including
 * non-canonical spellings, is refused).
 * @throws WC_LOG_TILE_MALFORMED
 */
export function parseTilePath(path: string): TileId {
  const f = path.split('/');
  if (f.length < 3 || f[0] !== 'tile') fail('WC_LOG_TILE_MALFORMED', 'tile path');
  const level = f[1] === 'entries' ? ENTRIES_LEVEL : /^(0|[1-9][0-9]?)$/.test(f[1]!) ? Number(f[1]) : NaN;
  let width = TILE_WIDTH;
  let elems = f.slice(2);
  const last = elems[elems.length - 1]!;
  if (elems.length >= 2 && elems[elems.length - 2]!.endsWith('.p')) {
    width = /^[1-9][0-9]{0,2}$/.test(last) ? Number(last) : NaN;
    elems = elems.slice(0, -1);
    elems[elems.length - 1] = elems[elems.length - 1]!.slice(0, -2);
    if (!(width < TILE_WIDTH)) fail('WC_LOG_TILE_MALFORMED', 'tile width');
  }
  const index = parseIndexElements(elems);
  if (index === undefined || Number.isNaN(level) || level > MAX_TILE_LEVEL) fail('WC_LOG_TILE_MALFORMED', 'tile path');
  const t: TileId = { level, index, width };
  if (tilePath(t) !== path) fail('WC_LOG_TILE_MALFORMED', 'tile path not canonical');
  return t;
}

/**
 * Go sumdb tile paths carry the height: `tile/<H>/<L>/<N>[.p/<W>]`, `tile/<H>/data/<N>…` for
 * entries (level -1). For reading golang.org/x/mod/sumdb logs and their vectors only.
 */
export interface SumdbTile extends TileId {
  readonly height: number;
}

export function sumdbTilePath(t: SumdbTile): string {
  if (!Number.isInteger(t.height) || t.height < 1 || t.height > 30) fail('WC_LOG_TILE_MALFORMED', 'tile height');
  const full = 2 ** t.height;
  if (!Number.isInteger(t.width) || t.width < 1 || t.width > full || !Number.isInteger(t.level) || t.level < ENTRIES_LEVEL)
    fail('WC_LOG_TILE_MALFORMED', 'tile');
  const l = t.level === ENTRIES_LEVEL ? 'data' : String(t.level);
  return `tile/${t.height}/${l}/${formatTileIndex(t.index)}${t.width < full ? `.p/${t.width}` : ''}`;
}

/** @throws WC_LOG_TILE_MALFORMED */
export function parseSumdbTilePath(path: string): SumdbTile {
  const f = path.split('/');
  if (f.length < 4 || f[0] !== 'tile' || !/^[1-9][0-9]?$/.test(f[1]!)) fail('WC_LOG_TILE_MALFORMED', 'tile path');
  const height = Number(f[1]);
  const level = f[2] === 'data' ? ENTRIES_LEVEL : /^(0|[1-9][0-9]*)$/.test(f[2]!) && f[2]!.length < 10 ? Number(f[2]) : NaN;
  let width = 2 ** height;
  let elems = f.slice(3);
  if (elems.length >= 2 && elems[elems.length - 2]!.endsWith('.p')) {
    width = /^[1-9][0-9]{0,9}$/.test(elems[elems.length - 1]!) ? Number(elems[elems.length - 1]) : NaN;
    elems = elems.slice(0, -1);
    elems[elems.length - 1] = elems[elems.length - 1]!.slice(0, -2);
  }
  const index = parseIndexElements(elems);
  if (index === undefined || Number.isNaN(level) || Number.isNaN(width) || height > 30) fail('WC_LOG_TILE_MALFORMED', 'tile path');
  const t: SumdbTile = { height, level, index, width };
  if (sumdbTilePath(t) !== path) fail('WC_LOG_TILE_MALFORMED', 'tile path not canonical');
  return t;
}

// ---------------------------------------------------------------------------------------------
// Which tiles a tree has

function hashesAtLevel(level: number, treeSize: bigint): bigint {
  return treeSize >> BigInt(TILE_HEIGHT * level);
}

/**
 * The width of tile (level, index) in the tree of `treeSize` leaves: 256 when full, 1…255 when
 * partial, 0 when the tile does not exist yet. Level -1 (entry bundles) counts entries.
 */
export function tileWidth(level: number, index: U64, treeSize: U64): number {
  const count = hashesAtLevel(Math.max(level, 0), toU64(treeSize));
  const start = toU64(index) * BigInt(TILE_WIDTH);
  if (count <= start) return 0;
  const w = count - start;
  return w >= BigInt(TILE_WIDTH) ? TILE_WIDTH : Number(w);
}

export interface TileLevelCount {
  readonly level: number;
  /** Number of full tiles at this level. */
  readonly full: bigint;
  /** Width of the partial tile after them; 0 when there is none. */
  readonly partialWidth: number;
}

/** For each non-empty level of a tree: its full tiles and partial tile. */
export function tileLevels(treeSize: U64): TileLevelCount[] {
  const s = toU64(treeSize);
  const out: TileLevelCount[] = [];
  for (let level = 0; level <= MAX_TILE_LEVEL; level++) {
    const count = hashesAtLevel(level, s);
    if (count === 0n) break;
    out.push({ level, full: count >> 8n, partialWidth: Number(count & 255n) });
  }
  return out;
}

/** The partial hash tiles of a tree: what a log must serve along with a checkpoint of this size. */
export function partialTiles(treeSize: U64): TileId[] {
  return tileLevels(treeSize)
    .filter((l) => l.partialWidth > 0)
    .map((l) => ({ level: l.level, index: l.full, width: l.partialWidth }));
}

// ---------------------------------------------------------------------------------------------
// Reading nodes from tiles

/** Where a tree node lives: 2^r consecutive hashes of one tile, combined pairwise r times. */
export function tileForNode(node: NodeId): { level: number; index: bigint; offset: number; count: number } {
  if (!Number.isInteger(node.level) || node.level < 0 || node.level >= 64) fail('WC_LOG_RANGE', 'node level');
  const level = Math.floor(node.level / TILE_HEIGHT);
  const r = node.level % TILE_HEIGHT;
  const start = toU64(node.index) << BigInt(r);
  return { level, index: start >> 8n, offset: Number(start & 255n), count: 1 << r };
}

/** The tiles (with the widths of the tree of `treeSize` leaves) that hold the given nodes. */
export function nodeTiles(nodes: readonly NodeId[], treeSize: U64): TileId[] {
  const out = new Map<string, TileId>();
  for (const n of nodes) {
    const t = tileForNode(n);
    const key = `${t.level}/${t.index}`;
    if (out.has(key)) continue;
    const width = tileWidth(t.level, t.index, treeSize);
    if (t.offset + t.count > width) fail('WC_LOG_RANGE', 'node not in the tree');
    out.set(key, { level: t.level, index: t.index, width });
  }
  return [...out.values()];
}

/** Split tile bytes into hashes; the data must be exactly `width` hashes. */
export function tileHashes(data: Uint8Array, width: number): Uint8Array[] {
  if (!Number.isInteger(width) || width < 1 || width > TILE_WIDTH || data.length !== width * HASH_SIZE) fail('WC_LOG_TILE_MALFORMED', 'tile size');
  const out: Uint8Array[] = [];
  for (let i = 0; i < width; i++) out.push(data.slice(i * HASH_SIZE, (i + 1) * HASH_SIZE));
  return out;
}

/** Returns the bytes of a tile (at least the requested width: a full tile may stand in for a partial one). */
export type TileReader = (tile: TileId) => Uint8Array;

/**
 * A NodeReader over the hash tiles of the tree of `treeSize` leaves (decoded tiles are cached).
 * Tiles are untrusted: a proof built from them proves nothing until verified against a signed root
 * (verifyInclusion / verifyConsistency).
 */
export function tileNodeReader(treeSize: U64, readTile: TileReader): NodeReader {
  const size = toU64(treeSize);
  const cache = new Map<string, Uint8Array[]>();
  return (level, index) => {
    const t = tileForNode({ level, index });
    const width = tileWidth(t.level, t.index, size);
    if (t.offset + t.count > width) fail('WC_LOG_RANGE', 'node not in the tree');
    const key = `${t.level}/${t.index}`;
    let hashes = cache.get(key);
    if (!hashes) {
      const data = readTile({ level: t.level, index: t.index, width });
      if (data.length < width * HASH_SIZE || data.length > TILE_WIDTH * HASH_SIZE || data.length % HASH_SIZE !== 0) fail('WC_LOG_TILE_MALFORMED', 'tile size');
      hashes = tileHashes(data.subarray(0, width * HASH_SIZE), width);
      cache.set(key, hashes);
    }
    let row = hashes.slice(t.offset, t.offset + t.count);
    while (row.length > 1) {
      const next: Uint8Array[] = [];
      for (let i = 0; i < row.length; i += 2) next.push(nodeHash(row[i]!, row[i + 1]!));
      row = next;
    }
    return row[0]!;
  };
}

/** Build the bytes of a hash tile from tree nodes (the writer's side). */
export function tileData(tile: TileId, read: NodeReader): Uint8Array {
  checkTile(tile);
  if (tile.level === ENTRIES_LEVEL) fail('WC_LOG_TILE_MALFORMED', 'not a hash tile');
  const height = tile.level * TILE_HEIGHT;
  const first = tile.index * BigInt(TILE_WIDTH);
  const parts: Uint8Array[] = [];
  for (let i = 0; i < tile.width; i++) {
    const h = read(height, first + BigInt(i));
    if (h.length !== HASH_SIZE) fail('WC_LOG_TILE_MALFORMED', 'hash length');
    parts.push(h);
  }
  return concatBytes(...parts);
}

// ---------------------------------------------------------------------------------------------
// Entry bundles: a sequence of (uint16 big-endian length || entry), 1 … 256 entries

export function encodeEntryBundle(entries: readonly Uint8Array[]): Uint8Array {
  if (entries.length < 1 || entries.length > TILE_WIDTH) fail('WC_LOG_TILE_MALFORMED', 'entry count');
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    if (e.length > MAX_ENTRY_SIZE) failLimit('WC_LOG_ENTRY_TOO_LARGE', 'entry-bytes', MAX_ENTRY_SIZE);
    parts.push(new Uint8Array([e.length >> 8, e.length & 0xff]), e);
  }
  return concatBytes(...parts);
}

/**
 * Decode an entry bundle; with `width`, it must hold exactly that many entries.
 * @throws WC_LOG_TILE_MALFORMED
 */
export function decodeEntryBundle(data: Uint8Array, width?: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let o = 0;
  while (o < data.length) {
    if (out.length === TILE_WIDTH || o + 2 > data.length) fail('WC_LOG_TILE_MALFORMED', 'entry bundle');
    const len = (data[o]! << 8) | data[o + 1]!;
    o += 2;
    if (o + len > data.length) fail('WC_LOG_TILE_MALFORMED', 'entry bundle truncated');
    out.push(data.slice(o, o + len));
    o += len;
  }
  if (out.length === 0 || (width !== undefined && out.length !== width)) fail('WC_LOG_TILE_MALFORMED', 'entry count');
  return out;
}
