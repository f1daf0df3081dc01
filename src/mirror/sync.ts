/**
 * `warncheck sync`: a verified copy of the public data from any published site or running server
 * (the same URL layout: /.well-known/warncheck-trust.jws, /log/checkpoint, /log/tile/entries/…).
 * Nothing from the source is believed: the trust list is verified against the pinned root, the
 * checkpoint under the log key (and witnesses) the trust list names, every statement's signature
 * under the one policy, the C2SP hash tiles of the new part of the tree against the signed root
 * (each full tile hashes to its entry in the tile above, the right edge to the root) and against the
 * entry bundles (a level-0 tile holds exactly the bundle's leaf hashes), and the store recomputes
 * the log's root over the copy it already holds plus the new statements, which must equal the
 * signed root too (so a rolled-back or forked source is refused). All new statements go in in one transaction: a failed sync installs nothing and the
 * previous copy stays usable; the next run continues from the last completed one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { base64urlDecode, base64urlEncode, concatBytes, utf8Decode } from '../core/bytes.js';
import { fail } from '../core/errors.js';
import { writeFileAtomic } from '../issuer/files.js';
import { publicJwk } from '../core/jwk.js';
import { parseCompactJws } from '../core/jws.js';
import { parseStatement } from '../core/statement.js';
import { openTrustList } from '../core/trust.js';
import { openCheckpoint } from '../core/tlog/policy.js';
import { decodeEntryBundle, entryBundlePath, tileLevels, tileNodeReader, tilePath, TILE_WIDTH, type TileId } from '../core/tlog/tiles.js';
import { treeRoot } from '../core/tlog/merkle.js';
import { nodeHashOf } from '../store/log.js';
import { hash } from 'node:crypto';

/** RFC 6962 leaf hashes are over the entry's exact bytes, prefixed by 0x00. */
const LEAF_PREFIX = Buffer.from([0]);
import { nodeVerify } from '../node/ed25519.js';
import { openDataDir, readRootPublicKey, ROOT_PUBLIC_FILE } from '../store/datadir.js';
import type { StatementRow } from '../store/types.js';

export interface SyncOptions {
  /** Base URL of a published site or a running server. */
  from: string;
  dataDir: string;
  /** The pinned root public key; default: the copy's own root.pub.jwk (needed on the first sync). */
  root?: Uint8Array;
  now: number;
  /** Entry bundles fetched at once. */
  concurrency?: number;
  /** Per-request time limit. */
  timeoutMs?: number;
}

export interface SyncResult {
  before: number;
  after: number;
  trustVersion: number;
  bundles: number;
}

// Limits on what a source may send (a hostile source must not exhaust memory).
const MAX_TRUST = 1 << 20;
const MAX_CHECKPOINT = 64 << 10;
const MAX_BUNDLE = TILE_WIDTH * (2 + 4096);
const MAX_TILE = TILE_WIDTH * 32;

/** The hash of a full tile's 256 hashes taken 8 levels up: the tile's entry in the tile above. */
function tileRoot(data: Uint8Array): Buffer {
  let row: Buffer[] = [];
  for (let i = 0; i < TILE_WIDTH; i++) row.push(Buffer.from(data.buffer, data.byteOffset + i * 32, 32));
  while (row.length > 1) {
    const up: Buffer[] = [];
    for (let i = 0; i < row.length; i += 2) up.push(nodeHashOf(row[i]!, row[i + 1]!));
    row = up;
  }
  return row[0]!;
}

const tileBad = (what: string): never => fail('WC_LOG_PROOF_INVALID', `the source's hash tiles ${what}`);

/**
 * The hash tiles of the new part of a tree of `size` leaves whose first `before` leaves the copy
 * holds: at each level, from the tile holding the first new hash to the right edge. Level 0 is
 * fetched beside its entry bundle (checkLeafTile); the levels above are fetched here, at once
 * (1/256 of level 0's count and less). Then `check` proves them: every full tile hashes to its
 * entry in the tile above, and the tree they give has the signed root.
 */
function hashTiles(size: number, before: number) {
  const levels = tileLevels(size);
  const firstAt = (level: number): number => Math.floor(before / TILE_WIDTH ** (level + 1));
  const held = new Map<string, Uint8Array>();
  const key = (level: number, index: number) => `${level}/${index}`;
  const want = (level: number): TileId[] => {
    const l = levels[level]!;
    const last = Number(l.full) + (l.partialWidth > 0 ? 1 : 0);
    return Array.from({ length: last - firstAt(level) }, (_, k) => {
      const index = firstAt(level) + k;
      return { level, index: BigInt(index), width: index < Number(l.full) ? TILE_WIDTH : l.partialWidth };
    });
  };
  // Full level-0 tiles are kept only as the hash they give (level 0 is 32 bytes a statement).
  const level0Roots = new Map<number, Buffer>();
  return {
    upper: levels.slice(1).flatMap((l) => want(l.level)),
    hold(t: TileId, data: Uint8Array): void {
      if (data.length !== t.width * 32) tileBad(`are not ${t.width} hashes wide (${tilePath(t)})`);
      if (t.level === 0 && t.width === TILE_WIDTH) level0Roots.set(Number(t.index), tileRoot(data));
      else held.set(key(t.level, Number(t.index)), data);
    },
    /** A level-0 tile must hold exactly the leaf hashes of the bundle's statements. */
    checkLeafTile(data: Uint8Array, entries: readonly Uint8Array[], path: string): void {
      if (data.length !== entries.length * 32) tileBad(`do not match the entry bundles (${path})`);
      entries.forEach((e, i) => {
        if (!hash('sha256', Buffer.concat([LEAF_PREFIX, e]), 'buffer').equals(Buffer.from(data.buffer, data.byteOffset + i * 32, 32)))
          tileBad(`do not match the entry bundles (${path})`);
      });
    },
    check(rootHash: Uint8Array): void {
      for (const l of levels) {
        const above = levels[l.level + 1];
        if (!above) continue;
        for (let index = firstAt(l.level); index < Number(l.full); index++) {
          const r = l.level === 0 ? level0Roots.get(index) : held.has(key(l.level, index)) ? tileRoot(held.get(key(l.level, index))!) : undefined;
          const parent = held.get(key(l.level + 1, Math.floor(index / TILE_WIDTH)));
          if (!r || !parent) return tileBad('are incomplete');
          const at = (index % TILE_WIDTH) * 32;
          if (!r.equals(Buffer.from(parent.buffer, parent.byteOffset + at, 32))) tileBad(`do not hash up to the tile above (level ${l.level}, tile ${index})`);
        }
      }
      const read = tileNodeReader(size, (t) => held.get(key(t.level, Number(t.index))) ?? tileBad('are incomplete'));
      if (!Buffer.from(treeRoot(size, read)).equals(Buffer.from(rootHash))) tileBad('do not give the signed root');
    },
  };
}

/** Busy answers (503 from the overload guard, 429) waited out per request, at most this often. */
const BUSY_RETRIES = 6;
/** The longest `Retry-After` honoured (seconds): a source asking for more has failed for this run. */
const BUSY_WAIT_MAX_S = 30;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function fetchBytes(url: string, max: number, timeoutMs: number): Promise<Uint8Array> {
  let res: Response | undefined;
  // A kept-alive connection the server closed as it was reused fails at once: tried again (3 times).
  // A busy source (a long sync of millions of statements meets its load peaks) is waited out as it
  // asks with Retry-After, instead of throwing away a copy that took an hour to fetch.
  for (let attempt = 0, busy = 0; !res; attempt++) {
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    } catch {
      if (attempt >= 2) return fail('WC_SYNC_SOURCE', `cannot reach ${url}`);
      await sleep(200 * (attempt + 1));
      continue;
    }
    if ((res.status === 503 || res.status === 429) && busy < BUSY_RETRIES) {
      const after = Number(res.headers.get('retry-after') ?? NaN);
      const wait = Number.isFinite(after) && after >= 0 ? after : busy + 1;
      if (wait > BUSY_WAIT_MAX_S) break;
      await res.body?.cancel();
      res = undefined;
      busy++;
      await sleep(wait * 1000);
    }
  }
  if (res.status !== 200) fail('WC_SYNC_SOURCE', `${url}: HTTP ${res.status}`);
  const chunks: Uint8Array[] = [];
  let n = 0;
  for await (const c of res.body as unknown as AsyncIterable<Uint8Array>) {
    n += c.length;
    if (n > max) fail('WC_SYNC_SOURCE', `${url}: more than ${max} bytes`);
    chunks.push(c);
  }
  return concatBytes(...chunks);
}

/** The row the issuer stored for a statement: the code hash a warning carries or a revocation targets. */
function rowOf(jws: string): StatementRow {
  const p = parseStatement(jws);
  const s = p.statement;
  const hash = s.type === 'warning' ? s.code_hash : 'code_hash' in s.target ? s.target.code_hash : undefined;
  return { codeHash: hash ? base64urlDecode(hash) : null, type: s.type, kid: p.parsed.kid, jws };
}

export async function syncFrom(o: SyncOptions): Promise<SyncResult> {
  const base = o.from.replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(base)) fail('WC_USAGE', '--from must be an http(s) URL');
  const timeout = o.timeoutMs ?? 30_000;
  const rootFile = join(o.dataDir, ROOT_PUBLIC_FILE);
  const root =
    o.root ??
    (existsSync(rootFile)
      ? readRootPublicKey(rootFile)
      : fail('WC_USAGE', 'the first sync needs --root ROOT.pub.jwk (the root key, obtained apart from the source)'));
  const verify = nodeVerify();

  const { store } = openDataDir(o.dataDir, { create: true });
  try {
    const held = store.latestTrustList();
    const trustJws = utf8Decode(await fetchBytes(`${base}/.well-known/warncheck-trust.jws`, MAX_TRUST, timeout)).trim();
    const trust = openTrustList(trustJws, root, { now: o.now, verify, ...(held ? { seenVersion: held.version } : {}) });
    const policy = trust.payload.log ?? fail('WC_LOG_MISSING', 'the trust list names no log');
    const note = utf8Decode(await fetchBytes(`${base}/log/checkpoint`, MAX_CHECKPOINT, timeout));
    const cp = openCheckpoint(note, policy, verify);
    const size = Number(cp.size);
    const before = store.count();
    const heldCp = store.latestCheckpoint();
    if (heldCp && size < heldCp.size) fail('WC_LOG_ROLLBACK', `the source's log (${size}) is smaller than the copy's (${heldCp.size})`);
    if (before > size) fail('WC_LOG_ROLLBACK', `the copy holds ${before} statements, the source's log ${size}`);

    // Entry bundles [before, size): fetched a few at a time, checked, and fed to one transaction.
    const writer = store.beginAppend();
    let bundles = 0;
    try {
      const first = Math.floor(before / TILE_WIDTH);
      const last = Math.ceil(size / TILE_WIDTH);
      const width = (i: number) => Math.min(TILE_WIDTH, size - i * TILE_WIDTH);
      const keys = new Map<string, (m: Uint8Array, s: Uint8Array) => boolean>();
      const check = (jws: string): StatementRow => {
        const row = rowOf(jws);
        const p = parseCompactJws(jws);
        const k = trust.keys.get(p.kid) ?? fail('WC_KEY_UNKNOWN', `statement signed by ${p.kid}`);
        let v = keys.get(p.kid);
        if (!v) keys.set(p.kid, (v = (m, s) => verify(k.pk, m, s)));
        if (!v(p.signingInput, p.signature)) fail('WC_SIGNATURE_INVALID', 'a statement of the source does not verify');
        return row;
      };
      const conc = Math.max(1, o.concurrency ?? 8);
      const tiles = hashTiles(size, before);
      for (let i = 0; i < tiles.upper.length; i += conc) {
        const batch = tiles.upper.slice(i, i + conc);
        const got = await Promise.all(batch.map((t) => fetchBytes(`${base}/log/${tilePath(t)}`, MAX_TILE, timeout)));
        batch.forEach((t, k) => tiles.hold(t, got[k]!));
      }
      for (let i = first; i < last; i += conc) {
        const ids = Array.from({ length: Math.min(conc, last - i) }, (_, k) => i + k);
        const got = await Promise.all(
          ids.map(async (b) => {
            const t: TileId = { level: 0, index: BigInt(b), width: width(b) };
            return [
              await fetchBytes(`${base}/log/${entryBundlePath(b, width(b))}`, MAX_BUNDLE, timeout),
              await fetchBytes(`${base}/log/${tilePath(t)}`, MAX_TILE, timeout),
              t,
            ] as const;
          }),
        );
        for (const [bundle, tile, t] of got) {
          const b = Number(t.index);
          const raw = decodeEntryBundle(bundle, width(b));
          tiles.checkLeafTile(tile, raw, tilePath(t));
          tiles.hold(t, tile);
          const from = b === first ? before - b * TILE_WIDTH : 0;
          writer.add(raw.slice(from).map((e) => check(utf8Decode(e))));
          bundles++;
        }
      }
      if (size > before) tiles.check(cp.rootHash);
      // The store seals the append with the source's signed checkpoint only if the root it computes
      // over the whole copy is the signed one: a forked or altered source fails here.
      store.setCheckpointSigner((n, rootHash) => {
        if (n !== size || base64urlEncode(rootHash) !== base64urlEncode(cp.rootHash)) fail('WC_LOG_FORK', 'the statements do not give the signed root');
        return note;
      });
      writer.commit();
    } catch (e) {
      writer.rollback();
      throw e;
    } finally {
      store.setCheckpointSigner(undefined);
    }
    if (!held || trust.payload.version > held.version) store.putTrustList(trust.payload.version, trustJws);
    if (!existsSync(rootFile)) writeFileAtomic(rootFile, JSON.stringify(publicJwk(root), null, 2) + '\n');
    return { before, after: store.count(), trustVersion: trust.payload.version, bundles };
  } finally {
    store.close();
  }
}
