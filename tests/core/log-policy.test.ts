// The log policy a trust list states (docs/LOG.md §10): the trust list refuses a malformed log
// entry; a checkpoint must carry the log key's signature and k of n witness cosignatures, and the
// refusal names the missing witnesses.
import { describe, expect, it } from 'vitest';
import { openTrustList, TRUST_TYP } from '../../src/core/trust.js';
import { formatCheckpoint } from '../../src/core/tlog/checkpoint.js';
import { cosignatureSigner, formatCosignerKey } from '../../src/core/tlog/cosignature.js';
import { ed25519Signer, formatVerifierKey, parseNote, SIG_TYPE_ED25519, signNote } from '../../src/core/tlog/note.js';
import { openCheckpoint, type LogPolicy } from '../../src/core/tlog/policy.js';
import { publicKeyFromSeed } from '../../src/core/ed25519.js';
import { root, seed, T0, trustPayload } from '../helpers/fixture.js';

const ORIGIN = 'warncheck.example/log';
const logSeed = seed(21);
const vkey = formatVerifierKey(ORIGIN, SIG_TYPE_ED25519, publicKeyFromSeed(logSeed));
const w = [1, 2, 3].map((i) => ({ name: `witness${i}.example/w`, seed: seed(30 + i) }));
const witnesses = w.map((x) => ({ name: x.name, vkey: formatCosignerKey(x.name, publicKeyFromSeed(x.seed)) }));
const text = formatCheckpoint({ origin: ORIGIN, size: 5, rootHash: new Uint8Array(32).fill(7) });
const logSigned = signNote(text, [ed25519Signer(ORIGIN, logSeed)]);
// Witnesses add their cosignatures to the log-signed note (its signature is kept).
const cosigned = (who: number[]) =>
  signNote(
    text,
    who.map((i) => cosignatureSigner(w[i]!.name, w[i]!.seed, 1_700_000_000)),
    parseNote(logSigned).sigs,
  );

describe('log policy', () => {
  const policy = (k: number): LogPolicy => ({ origin: ORIGIN, vkey, witnesses, witness_threshold: k });

  it('a log-signed checkpoint opens when no witness is required', () => {
    expect(openCheckpoint(logSigned, { origin: ORIGIN, vkey }).size).toBe(5n);
  });

  it('k of n: enough cosignatures open it; too few are refused, naming the missing witnesses', () => {
    expect(openCheckpoint(cosigned([0, 2]), policy(2)).cosignedBy).toEqual([w[0]!.name, w[2]!.name]);
    expect(() => openCheckpoint(cosigned([1]), policy(2))).toThrow(/1 of 2 required cosignatures; missing: witness1\.example\/w, witness3\.example\/w/);
  });

  it('a checkpoint signed only by witnesses, or for another origin, is refused', () => {
    const onlyWitness = signNote(text, [cosignatureSigner(w[0]!.name, w[0]!.seed, 1_700_000_000)]);
    expect(() => openCheckpoint(onlyWitness, policy(1))).toThrow(expect.objectContaining({ code: 'WC_NOTE_UNVERIFIED' }));
    const other = formatVerifierKey('other.example/log', SIG_TYPE_ED25519, publicKeyFromSeed(logSeed));
    expect(() => openCheckpoint(logSigned, { origin: ORIGIN, vkey: other })).toThrow(expect.objectContaining({ code: 'WC_LOG_CHECKPOINT_ORIGIN' }));
  });

  it('the trust list refuses a log key not named after the origin, a bad witness key, or k > n', () => {
    const open = (log: unknown) => openTrustList(formatTrustListUnchecked({ ...trustPayload(), log }), root.pk, { now: T0 });
    expect(open({ origin: ORIGIN, vkey, witnesses, witness_threshold: 2 }).payload.log!.witness_threshold).toBe(2);
    for (const bad of [
      { origin: 'elsewhere.example/log', vkey },
      { origin: ORIGIN, vkey: 'not a key' },
      { origin: ORIGIN, vkey, witnesses: [{ name: 'w', vkey }] }, // a log key (type 0x01) is not a cosigner key
      { origin: ORIGIN, vkey, witnesses, witness_threshold: 4 },
    ])
      expect(() => open(bad), JSON.stringify(bad)).toThrow(expect.objectContaining({ code: 'WC_TRUST_MALFORMED' }));
  });
});

/** formatTrustList validates what it signs; to test the verifier's own refusal, sign the raw JSON. */
function formatTrustListUnchecked(p: unknown): string {
  const enc = (x: string | Uint8Array) => Buffer.from(x).toString('base64url');
  const header = enc(JSON.stringify({ alg: 'EdDSA', kid: root.kid, typ: TRUST_TYP }));
  const payload = enc(JSON.stringify(p));
  return `${header}.${payload}.${enc(root.sign(new TextEncoder().encode(`${header}.${payload}`)))}`;
}
