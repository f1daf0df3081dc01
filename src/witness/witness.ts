/**
 * `warncheck witness`: what an NGO runs to watch the log (c2sp.org/tlog-witness add-checkpoint;
 * docs/LOG.md §8). The decision is the core's (decideAddCheckpoint); this adapter holds the
 * witness's own key and its record of each log, and keeps the spec's discipline: the check of
 * `old` and the update of the record are atomic (one synchronous step in one process), and the
 * new record is on disk (fsync + rename) before the cosignature is returned.
 */
import { existsSync, readFileSync } from 'node:fs';
import { base64Decode, base64Encode } from '../core/bytes.js';
import { fail } from '../core/errors.js';
import { addCheckpointResponse, decideAddCheckpoint, TLOG_SIZE_CONTENT_TYPE, type WitnessState } from '../core/tlog/witness.js';
import { cosignatureSigner, formatCosignerKey } from '../core/tlog/cosignature.js';
import { ed25519Verifier, parseVerifierKey } from '../core/tlog/note.js';
import { publicKeyFromSeed } from '../core/ed25519.js';
import { writeFileAtomic } from '../issuer/files.js';

export interface WitnessKey {
  name: string;
  seed: Uint8Array;
}

export interface WitnessAnswer {
  status: number;
  contentType: string;
  body: string;
}

interface StateFile {
  v: 1;
  logs: Record<string, { size: string; root: string }>;
}

export function witnessVkey(k: WitnessKey): string {
  return formatCosignerKey(k.name, publicKeyFromSeed(k.seed));
}

/** A witness for the logs given by their verifier keys (the key name is the origin). */
export function createWitness(o: { key: WitnessKey; logs: readonly string[]; statePath: string; now: () => number }) {
  const logs = new Map(o.logs.map((vkey) => [parseVerifierKey(vkey).name, { origin: parseVerifierKey(vkey).name, verifiers: [ed25519Verifier(vkey)] }]));
  const read = (): StateFile => {
    if (!existsSync(o.statePath)) return { v: 1, logs: {} };
    try {
      const s = JSON.parse(readFileSync(o.statePath, 'utf8')) as StateFile;
      if (s.v !== 1 || typeof s.logs !== 'object') fail('WC_DATA_CORRUPT', 'the witness state file is damaged');
      return s;
    } catch {
      // A damaged record must stop the witness, not reset it (a reset would allow a rollback).
      return fail('WC_DATA_CORRUPT', 'the witness state file is damaged');
    }
  };
  let state = read();
  const latest = (origin: string): WitnessState | undefined => {
    const r = state.logs[origin];
    return r ? { size: BigInt(r.size), rootHash: base64Decode(r.root) } : undefined;
  };
  return {
    vkey: witnessVkey(o.key),
    /** Handle one add-checkpoint request body. Synchronous: nothing interleaves check and update. */
    addCheckpoint(body: Uint8Array): WitnessAnswer {
      const d = decideAddCheckpoint(body, { log: (origin) => logs.get(origin), latest });
      if (d.status === 409) return { status: 409, contentType: TLOG_SIZE_CONTENT_TYPE, body: d.body };
      if (d.status !== 200) return { status: d.status, contentType: 'text/plain; charset=utf-8', body: `${d.reason}\n` };
      const next: StateFile = {
        v: 1,
        logs: { ...state.logs, [d.checkpoint.origin]: { size: d.newState.size.toString(), root: base64Encode(d.newState.rootHash) } },
      };
      writeFileAtomic(o.statePath, JSON.stringify(next, null, 2) + '\n', 0o600);
      state = next;
      const signer = cosignatureSigner(o.key.name, o.key.seed, Math.max(1, Math.floor(o.now() / 1000)));
      return { status: 200, contentType: 'text/plain; charset=utf-8', body: addCheckpointResponse(d.note.text, [signer]) };
    },
  };
}
