/**
 * The issuer's side of the log: the log key (KEYDIR/log.key) signs a checkpoint inside every
 * append's transaction, so the store, the log and the latest checkpoint always agree (docs/LOG.md).
 */
import { fail } from '../core/errors.js';
import type { TrustListPayload } from '../core/trust.js';
import { formatCheckpoint } from '../core/tlog/checkpoint.js';
import { ed25519Signer, formatVerifierKey, isValidKeyName, SIG_TYPE_ED25519, signNote } from '../core/tlog/note.js';
import type { Store } from '../store/types.js';
import type { PrivateKey } from './keys.js';

/** The log's origin (= its key name): from the trust config, else `<site host>/log`. */
export function logOrigin(site: string, configured?: string): string {
  let origin = configured;
  if (origin === undefined) {
    try {
      origin = `${new URL(site).host}/log`;
    } catch {
      return fail('WC_USAGE', 'the trust config site is not a URL');
    }
  }
  if (!isValidKeyName(origin) || /\s/.test(origin)) fail('WC_USAGE', 'the log origin must be a schema-less URL without spaces or "+"');
  return origin;
}

export function logVerifierKey(origin: string, key: PrivateKey): string {
  return formatVerifierKey(origin, SIG_TYPE_ED25519, key.publicKey);
}

/** From now on every append to `store` is sealed by a checkpoint signed with the log key. */
export function attachLogSigner(store: Store, key: PrivateKey | undefined, trust: TrustListPayload): void {
  if (!trust.log) return fail('WC_LOG_MISSING', 'the trust list names no log: rebuild it with `warncheck trust` (keygen makes log.key)');
  if (!key || key.role !== 'log') return fail('WC_KEYFILE_INVALID', 'no log.key in the key directory');
  const { origin, vkey } = trust.log;
  if (logVerifierKey(origin, key) !== vkey) fail('WC_KEYFILE_INVALID', 'log.key is not the log key named in the trust list');
  const signer = ed25519Signer(origin, key.seed);
  store.setCheckpointSigner((size, root) => signNote(formatCheckpoint({ origin, size, rootHash: root }), [signer]));
}
