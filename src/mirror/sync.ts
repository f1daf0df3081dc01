/**
 * `warncheck sync`: a verified copy of the public data from any published site or running server
 * (the same URL layout: /.well-known/warncheck-trust.jws, /log/checkpoint, /log/tile/entries/…).
 * Nothing from the source is believed: the trust list is verified against the pinned root, the
 * checkpoint under the log key (and witnesses) the trust list names, every statement's signature
 * under the one policy, and the store recomputes the log's root over the copy it already holds plus
 * the new statements, which must equal the signed root (so a rolled-back or forked source is
 * refused). All new statements go in in one transaction: a failed sync installs nothing and the
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
import { decodeEntryBundle, entryBundlePath, TILE_WIDTH } from '../core/tlog/tiles.js';
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

async function fetchBytes(url: string, max: number, timeoutMs: number): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch {
    return fail('WC_SYNC_SOURCE', `cannot reach ${url}`);
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
  const root = o.root ?? (existsSync(rootFile) ? readRootPublicKey(rootFile) : fail('WC_USAGE', 'the first sync needs --root ROOT.pub.jwk (the root key, obtained apart from the source)'));
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
      for (let i = first; i < last; i += conc) {
        const ids = Array.from({ length: Math.min(conc, last - i) }, (_, k) => i + k);
        const got = await Promise.all(ids.map((b) => fetchBytes(`${base}/log/${entryBundlePath(b, width(b))}`, MAX_BUNDLE, timeout)));
        ids.forEach((b, k) => {
          const entries = decodeEntryBundle(got[k]!, width(b)).map(utf8Decode);
          const from = b === first ? before - b * TILE_WIDTH : 0;
          writer.add(entries.slice(from).map(check));
          bundles++;
        });
      }
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
