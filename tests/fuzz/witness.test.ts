// Fuzz property for the witness's decision (c2sp.org/tlog-witness add-checkpoint; `warncheck
// witness serve` answers POST /add-checkpoint with it): any body gets one of the spec's statuses,
// never an exception, and a genuine request (old 0, the log's own checkpoint) is cosigned.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utf8Encode } from '../../src/core/bytes.js';
import { ed25519Verifier, parseVerifierKey } from '../../src/core/tlog/note.js';
import { decideAddCheckpoint, formatAddCheckpointRequest, type WitnessState } from '../../src/core/tlog/witness.js';
import { demoFixture, type DemoFixture } from '../helpers/server.js';
import { anyString, check, mutated } from './fuzz.js';

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture(4);
});
afterAll(() => fx.cleanup());

describe('fuzz: witness add-checkpoint decision', () => {
  it('any body, against any remembered state, gets a status of the spec and nothing else', () => {
    const vkey = fx.data.log.vkey;
    const origin = parseVerifierKey(vkey).name;
    const log = { origin, verifiers: [ed25519Verifier(vkey)] };
    const cp = fx.data.log.checkpoint();
    const genuine = formatAddCheckpointRequest(0, [], cp.note);
    expect(decideAddCheckpoint(genuine, { log: (o) => (o === origin ? log : undefined), latest: () => undefined }).status).toBe(200);
    const state = fc.option(
      fc.record({
        size: fc.bigInt({ min: 0n, max: cp.size + 2n }),
        rootHash: fc.oneof(fc.constant(cp.rootHash), fc.uint8Array({ minLength: 32, maxLength: 32 })),
      }),
      { nil: undefined },
    );
    check(
      'witness decision',
      fc.property(
        fc.oneof(mutated([genuine, formatAddCheckpointRequest(1, [new Uint8Array(32)], cp.note)]), anyString(200)),
        state,
        fc.boolean(),
        (body, latest: WitnessState | undefined, bytes) => {
          const d = decideAddCheckpoint(bytes ? utf8Encode(body) : body, { log: (o) => (o === origin ? log : undefined), latest: () => latest });
          expect([200, 400, 403, 404, 409, 422]).toContain(d.status);
        },
      ),
      0.3,
    );
  });
});
