/**
 * Build and sign a trust list from an issuer-side config (trust.json) and the keys in KEYDIR.
 * The version is one more than the latest stored; the status of keys revoked earlier is kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base64urlEncode } from '../core/bytes.js';
import { fail } from '../core/errors.js';
import { publicJwk } from '../core/jwk.js';
import { formatTime } from '../core/time.js';
import {
  currentRoot,
  formatTrustList,
  openTrustList,
  type HelpService,
  type Issuer,
  type Template,
  type TrustKey,
  type TrustListPayload,
} from '../core/trust.js';
import type { OfficialDomain } from '../core/domain/official.js';
import { nodeSigner } from '../node/ed25519.js';
import { ROOT_PUBLIC_FILE, readRootPublicKey } from '../store/datadir.js';
import { readHandovers } from '../store/handovers.js';
import type { Store } from '../store/types.js';
import { cosignatureVerifier } from '../core/tlog/cosignature.js';
import { writeFileAtomic } from './files.js';
import { logOrigin, logVerifierKey } from './log.js';
import type { KeyRing } from './keys.js';

export interface TrustConfig {
  site: string;
  validity_days?: number;
  issuers: Array<{ id: string; name: Record<string, string>; country: string; domains: string[]; help: HelpService[] }>;
  templates: Template[];
  official_domains?: OfficialDomain[];
  /** The log's origin (default `<site host>/log`), its witnesses and how many must cosign. */
  log?: { origin?: string; witnesses?: Array<{ name: string; vkey: string; url?: string }>; witness_threshold?: number };
}

const DAY = 86_400_000;
/** Issuer keys are valid for statements issued within this window after their creation. */
export const KEY_VALIDITY_DAYS = 3650;
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

export function readTrustConfig(path: string): TrustConfig {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return fail('WC_USAGE', 'cannot read the trust config');
  }
  if (raw.length > MAX_CONFIG_BYTES) fail('WC_INPUT_TOO_LARGE', 'trust config');
  try {
    return JSON.parse(raw) as TrustConfig;
  } catch {
    return fail('WC_USAGE', 'the trust config is not JSON');
  }
}

export interface BuildTrustOptions {
  now: number;
  /** Keys to mark revoked (kid → revocation time). */
  revoke?: Map<string, number>;
}

export function buildTrustList(
  config: TrustConfig,
  keys: KeyRing,
  store: Store,
  dataDir: string,
  opts: BuildTrustOptions,
): { version: number; jws: string; payload: TrustListPayload } {
  const prev = store.latestTrustList();
  const rootPk = keys.root.publicKey;
  // The root key must stay the same: the data directory's pinned root is what verifiers trust.
  let prevPayload: TrustListPayload | undefined;
  if (prev) {
    // …or the root it was handed over to (rotate-root): the end of the chain from the pinned root.
    const pinned = currentRoot(readRootPublicKey(join(dataDir, ROOT_PUBLIC_FILE)), readHandovers(dataDir));
    if (base64urlEncode(pinned) !== base64urlEncode(rootPk)) fail('WC_KEYFILE_INVALID', 'root.key is not the root key of this data directory');
    prevPayload = openTrustList(prev.jws, rootPk, { now: opts.now, seenVersion: prev.version }).payload;
  }
  const issuers: Issuer[] = config.issuers.map((i) => ({ id: i.id, name: i.name, country: i.country, domains: i.domains, help: i.help }));
  const trustKeys: TrustKey[] = [];
  // Keys keep the order in which they entered the trust list (rotate appends): `issue` signs with
  // the last active one.
  const rank = (kid: string) => {
    const i = prevPayload?.keys.findIndex((x) => x.kid === kid) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  for (const issuer of issuers) {
    const list = [...(keys.issuers.get(issuer.id) ?? [])].sort((a, b) => rank(a.kid) - rank(b.kid));
    if (list.length === 0) fail('WC_KEYFILE_INVALID', `no signing key for issuer ${issuer.id} (run keygen --issuer ${issuer.id})`);
    for (const k of list) {
      const created = Date.parse(k.createdAt);
      const old = prevPayload?.keys.find((x) => x.kid === k.kid);
      const revokedAt = opts.revoke?.get(k.kid);
      const { kty, crv, x } = publicJwk(k.publicKey);
      const tk: TrustKey = {
        kid: k.kid,
        issuer: issuer.id,
        jwk: { kty, crv, x },
        not_before: old?.not_before ?? formatTime(created),
        not_after: old?.not_after ?? formatTime(created + KEY_VALIDITY_DAYS * DAY),
        status: old?.status === 'revoked' || revokedAt !== undefined ? 'revoked' : 'active',
      };
      if (old?.revocation_reason) tk.revocation_reason = old.revocation_reason;
      if (old?.revoked_log_size !== undefined) tk.revoked_log_size = old.revoked_log_size;
      if (old?.revoked_at) tk.revoked_at = old.revoked_at;
      else if (revokedAt !== undefined) tk.revoked_at = formatTime(revokedAt);
      trustKeys.push(tk);
    }
  }
  const version = (prev?.version ?? 0) + 1;
  const payload: TrustListPayload = {
    v: 1,
    type: 'trust-list',
    version,
    issued_at: formatTime(opts.now),
    expires_at: formatTime(opts.now + (config.validity_days ?? 90) * DAY),
    site: config.site,
    issuers,
    keys: trustKeys,
    templates: config.templates,
    official_domains: config.official_domains ?? [],
    log: trustLog(config, keys),
  };
  return signAndStoreTrustList(payload, keys, store, dataDir, opts.now, !prev);
}

function trustLog(config: TrustConfig, keys: KeyRing): NonNullable<TrustListPayload['log']> {
  if (!keys.log) return fail('WC_KEYFILE_INVALID', 'no log.key in the key directory (run warncheck keygen)');
  const origin = logOrigin(config.site, config.log?.origin);
  const witnesses = config.log?.witnesses ?? [];
  const k = config.log?.witness_threshold ?? 0;
  if (!Number.isInteger(k) || k < 0 || k > witnesses.length) fail('WC_USAGE', 'log.witness_threshold must be 0…number of witnesses');
  for (const w of witnesses) {
    cosignatureVerifier(w.vkey); // refuses a malformed witness key now, not at verify time
    if (w.url !== undefined && (typeof w.url !== 'string' || !/^https?:\/\/\S{1,2040}$/.test(w.url)))
      fail('WC_USAGE', 'log.witnesses[].url must be an http(s) URL');
  }
  return { origin, vkey: logVerifierKey(origin, keys.log), ...(witnesses.length ? { witnesses, witness_threshold: k } : {}) };
}

/** Sign a payload with the root key, check it with the verifier's own code, then store it. */
export function signAndStoreTrustList(
  payload: TrustListPayload,
  keys: KeyRing,
  store: Store,
  dataDir: string,
  now: number,
  first: boolean,
): { version: number; jws: string; payload: TrustListPayload } {
  const jws = formatTrustList(payload, keys.root.kid, nodeSigner(keys.root.seed));
  // As a verifier pinning the data directory's root sees it (through any root hand-overs).
  openTrustList(jws, first ? keys.root.publicKey : readRootPublicKey(join(dataDir, ROOT_PUBLIC_FILE)), { now, handovers: readHandovers(dataDir) });
  if (first) writeFileAtomic(join(dataDir, ROOT_PUBLIC_FILE), JSON.stringify(publicJwk(keys.root.publicKey), null, 2) + '\n');
  store.putTrustList(payload.version, jws);
  return { version: payload.version, jws, payload };
}

/** The latest trust list, verified against the root key (issuer side). */
export function currentTrustList(store: Store, rootPk: Uint8Array, now: number): TrustListPayload {
  const prev = store.latestTrustList();
  if (!prev) return fail('WC_DATA_MISSING', 'no trust list yet (run warncheck trust)');
  return openTrustList(prev.jws, rootPk, { now }).payload;
}

/**
 * A new version of the current trust list, re-signed with fresh validity dates, optionally with
 * one key revoked. Used by `revoke --key` and to renew a list before it expires.
 */
export function reissueTrustList(
  store: Store,
  keys: KeyRing,
  dataDir: string,
  now: number,
  revoke?: { kid: string; reason: string; at: number; logSize?: number },
): TrustListPayload {
  const prev = openTrustList(latestOrFail(store).jws, keys.root.publicKey, { now: Math.min(now, Date.parse(currentExpiry(store)) - 1000) }).payload;
  let keysOut = prev.keys;
  if (revoke) {
    if (!prev.keys.some((x) => x.kid === revoke.kid)) fail('WC_KEY_UNKNOWN', 'no such key in the trust list');
    keysOut = prev.keys.map((x) => {
      if (x.kid !== revoke.kid) return x;
      const { revoked_log_size: _dropped, ...rest } = x;
      return {
        ...rest,
        status: 'revoked' as const,
        revoked_at: formatTime(revoke.at),
        revocation_reason: revoke.reason,
        ...(revoke.logSize !== undefined ? { revoked_log_size: revoke.logSize } : {}),
      };
    });
  }
  const span = Date.parse(prev.expires_at) - Date.parse(prev.issued_at);
  const payload: TrustListPayload = { ...prev, version: prev.version + 1, issued_at: formatTime(now), expires_at: formatTime(now + span), keys: keysOut };
  return signAndStoreTrustList(payload, keys, store, dataDir, now, false).payload;
}

function latestOrFail(store: Store): { version: number; jws: string } {
  const prev = store.latestTrustList();
  if (!prev) return fail('WC_DATA_MISSING', 'no trust list yet (run warncheck trust)');
  return prev;
}

/** Expiry of the stored list, read without verifying (only to renew an expired list by its owner). */
function currentExpiry(store: Store): string {
  const payload = JSON.parse(Buffer.from(latestOrFail(store).jws.split('.')[1]!, 'base64url').toString('utf8')) as { expires_at: string };
  return payload.expires_at;
}
