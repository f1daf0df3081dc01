/**
 * Key rotation in one command each (docs/FORMAT.md §5, §5.2):
 * - `rotate --issuer ID`: a new signing key for that issuer, named in a new trust-list version;
 *   later `issue` runs sign with it; the old key stays trusted, so what it signed stays genuine.
 * - `rotate-root`: a new root key. The old root signs a hand-over to it (appended to
 *   DATADIR/root-handovers.txt) and the new root signs the next trust-list version, so a verifier
 *   that pins the old root follows the chain. The old root.key is moved to KEYDIR/retired/.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { base64urlEncode } from '../core/bytes.js';
import { fail } from '../core/errors.js';
import { publicJwk } from '../core/jwk.js';
import { formatTime } from '../core/time.js';
import { currentRoot, formatRootHandover, type TrustKey, type TrustListPayload } from '../core/trust.js';
import { nodeSigner } from '../node/ed25519.js';
import { ROOT_PUBLIC_FILE, readRootPublicKey } from '../store/datadir.js';
import { HANDOVERS_FILE, readHandovers } from '../store/handovers.js';
import type { Store } from '../store/types.js';
import { writeFileAtomic } from './files.js';
import { issuerKeyPath, newKey, readKey, writeKey, type KeyRing } from './keys.js';
import { currentTrustList, KEY_VALIDITY_DAYS, signAndStoreTrustList } from './trust.js';

const DAY = 86_400_000;

/** A new trust-list version from the current one, re-dated, with `change` applied. */
function nextVersion(store: Store, keys: KeyRing, now: number, change: (p: TrustListPayload) => TrustListPayload): TrustListPayload {
  const prev = currentTrustList(store, keys.root.publicKey, now);
  const span = Date.parse(prev.expires_at) - Date.parse(prev.issued_at);
  return change({ ...prev, version: prev.version + 1, issued_at: formatTime(now), expires_at: formatTime(now + span) });
}

export function rotateIssuerKey(store: Store, keys: KeyRing, keysDir: string, dataDir: string, issuer: string, now: number): { kid: string; version: number } {
  const prev = currentTrustList(store, keys.root.publicKey, now);
  if (!prev.issuers.some((i) => i.id === issuer)) fail('WC_USAGE', `the trust list names no issuer ${issuer}`);
  const k = newKey('issuer', now, issuer);
  const { kty, crv, x } = publicJwk(k.publicKey);
  const entry: TrustKey = {
    kid: k.kid,
    issuer,
    jwk: { kty, crv, x },
    not_before: formatTime(now),
    not_after: formatTime(now + KEY_VALIDITY_DAYS * DAY),
    status: 'active',
  };
  // The trust list is checked (and stored) before the key file is written: a refused list leaves no orphan key.
  const payload = nextVersion(store, keys, now, (p) => ({ ...p, keys: [...p.keys, entry] }));
  writeKey(issuerKeyPath(keysDir, issuer, k.kid), k);
  const r = signAndStoreTrustList(payload, keys, store, dataDir, now, false);
  return { kid: k.kid, version: r.version };
}

export function rotateRoot(store: Store, keys: KeyRing, keysDir: string, dataDir: string, now: number): { from: string; to: string; version: number } {
  const old = keys.root;
  const nextPath = join(keysDir, 'root.next.key');
  // A rotation interrupted after this point resumes with the same new key.
  const next = existsSync(nextPath) ? readKey(nextPath) : writeKey(nextPath, newKey('root', now));
  if (next.role !== 'root') fail('WC_KEYFILE_INVALID', 'root.next.key is not a root key');
  const { kty, crv, x } = publicJwk(next.publicKey);
  const handover = formatRootHandover(
    { v: 1, type: 'root-handover', from: old.kid, to: next.kid, jwk: { kty, crv, x }, issued_at: formatTime(now) },
    nodeSigner(old.seed),
  );
  const payload = nextVersion(store, keys, now, (p) => p);
  const existing = readHandovers(dataDir);
  const pinned = readRootPublicKey(join(dataDir, ROOT_PUBLIC_FILE));
  const end = currentRoot(pinned, existing);
  if (base64urlEncode(end) !== base64urlEncode(next.publicKey)) {
    if (base64urlEncode(end) !== base64urlEncode(old.publicKey)) fail('WC_KEYFILE_INVALID', 'root.key is not the current root of this data directory');
    writeFileAtomic(join(dataDir, HANDOVERS_FILE), [...existing, handover].join('\n') + '\n');
  }
  // signAndStoreTrustList checks the new list from the pinned root through the hand-overs.
  const r = signAndStoreTrustList(payload, { ...keys, root: next }, store, dataDir, now, false);
  const retired = join(keysDir, 'retired');
  mkdirSync(retired, { recursive: true, mode: 0o700 });
  renameSync(old.path, join(retired, `root.${old.kid.slice(0, 8)}.key`));
  renameSync(nextPath, join(keysDir, 'root.key'));
  return { from: old.kid, to: next.kid, version: r.version };
}
