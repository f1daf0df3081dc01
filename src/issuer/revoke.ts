/**
 * Revocation. `--code`: a revocation statement for that code, signed by the newest active key of
 * the issuer that issued it, appended like any statement. `--key`: a new trust-list version in
 * which the key is revoked; every statement it signed then reads "revoked" (with `--at`, only
 * those logged after the cut-off).
 */
import { base64urlEncode } from '../core/bytes.js';
import { codeHashHex, parseCode } from '../core/code.js';
import { fail } from '../core/errors.js';
import { formatStatement, parseStatement, type RevocationStatement } from '../core/statement.js';
import { formatTime } from '../core/time.js';
import { nodeSigner } from '../node/ed25519.js';
import type { Store } from '../store/types.js';
import { signingKey, type KeyRing } from './keys.js';
import { currentTrustList, reissueTrustList } from './trust.js';
import { nativeCodeHash } from '../node/code-hash.js';
import { attachLogSigner, logSizeAt } from './log.js';

export const MAX_REASON = 500;

export function revokeCode(store: Store, keys: KeyRing, typed: string, reason: string, at: number, now: number): { index: number } {
  checkReason(reason);
  const p = parseCode(typed);
  if (!p.ok) return fail(p.code);
  const hash = nativeCodeHash(p.normalized);
  const existing = store.byCodeHash(codeHashHex(p.normalized)).map((j) => parseStatement(j).statement);
  const warning = existing.find((s) => s.type === 'warning');
  if (!warning) return fail('WC_STATEMENT_NOT_FOUND');
  if (existing.some((s) => s.type === 'revocation')) fail('WC_STORE_CONFLICT', 'this code is already revoked');
  const trust = currentTrustList(store, keys.root.publicKey, now);
  const key = signingKey(trust, keys, warning.issuer);
  if (!key) return fail('WC_KEYFILE_INVALID', `no active signing key of issuer ${warning.issuer} in the key directory`);
  const st: RevocationStatement = {
    v: 1,
    type: 'revocation',
    issuer: warning.issuer,
    issued_at: formatTime(at),
    target: { code_hash: base64urlEncode(hash) },
    reason,
  };
  const jws = formatStatement(st, key.kid, nodeSigner(key.seed));
  attachLogSigner(store, keys.log, trust);
  return { index: store.appendStatements([{ codeHash: hash, type: 'revocation', kid: key.kid, jws }]) };
}

/**
 * With `cutoff`, the trust list records the log size of the last checkpoint signed at or before
 * `at` (docs/FORMAT.md §5.1): statements the log held then stay genuine, later ones read revoked.
 */
export function revokeKey(
  store: Store,
  keys: KeyRing,
  dataDir: string,
  kid: string,
  reason: string,
  at: number,
  now: number,
  cutoff = false,
): { version: number; logSize?: number } {
  checkReason(reason);
  if (cutoff && at > now) fail('WC_USAGE', '--at is in the future');
  const logSize = cutoff ? logSizeAt(store, keys.log, at) : undefined;
  const t = reissueTrustList(store, keys, dataDir, now, { kid, reason, at, ...(logSize !== undefined ? { logSize } : {}) });
  return { version: t.version, ...(logSize !== undefined ? { logSize } : {}) };
}

function checkReason(reason: string): void {
  if (reason.trim().length === 0 || reason.length > MAX_REASON) fail('WC_USAGE', `--reason must be 1…${MAX_REASON} characters`);
}
