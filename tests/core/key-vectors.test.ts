// docs/FORMAT.md §5.1 (compromise cut-off): tests/vectors/warncheck/keys-v1.json is exactly what its
// generator makes, and every entry gets its expected verdict from the core verifier with the
// handed-over proofs (as the browser checks), the index taken from the proof, not the statement.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { base64urlDecode } from '../../src/core/bytes.js';
import { codeHashHex, normalizeCode } from '../../src/core/code.js';
import { openTrustList } from '../../src/core/trust.js';
import { isWarncheckError } from '../../src/core/errors.js';
import { openCheckpoint } from '../../src/core/tlog/policy.js';
import { verifyCode, type VerifyContext } from '../../src/core/verify.js';
import { makeKeyVectors } from '../../scripts/gen-key-vectors.js';

const vectors = JSON.parse(readFileSync(new URL('../vectors/warncheck/keys-v1.json', import.meta.url), 'utf8'));

describe('key vectors', () => {
  it('the vectors file is exactly what the generator makes (deterministic)', () => {
    expect(makeKeyVectors()).toEqual(vectors);
  });

  describe('compromise cut-off', () => {
    const v = vectors.cutoff;
    const now = Date.parse(v.verify_at);
    const trust = openTrustList(v.trust_list_jws, base64urlDecode(vectors.root.public_b64url), { now });
    const byHash = new Map<string, string[]>(v.entries.map((e: { code: string; jws: string }) => [codeHashHex(normalizeCode(e.code)!), [e.jws]]));
    const ctx = (proofs: Map<string, string>): VerifyContext => ({
      trust,
      now,
      source: { byCodeHash: (h) => byHash.get(h) ?? [] },
      log: { checkpoint: openCheckpoint(v.checkpoint, trust.payload.log!), proofs },
    });
    const all = new Map<string, string>(v.entries.map((e: { jws: string; proof: string }) => [e.jws, e.proof]));

    it.each(v.entries.map((e: { index: number; expected_verdict: string }) => [e.index, e.expected_verdict]) as Array<[number, string]>)(
      'entry %i reads %s',
      (i, expected) => {
        const e = v.entries[i];
        const f = verifyCode(e.code, ctx(all));
        expect(f.verdict).toBe(expected);
        if (expected === 'genuine')
          expect(f.warning).toMatchObject({ loggedBefore: 2, keyWithdrawnAt: '2026-11-22T11:00:00Z', keyWithdrawnReason: 'key leaked' });
        else expect(f.code).toBe('WC_KEY_REVOKED');
      },
    );

    it('the backdated third statement (issued_at before the others) is still revoked: its proven index counts', () => {
      expect(v.entries[2].jws).not.toBe(v.entries[0].jws);
      expect(verifyCode(v.entries[2].code, ctx(all)).verdict).toBe('revoked');
    });

    it('a proof borrowed from an earlier entry does not verify: never genuine', () => {
      const swapped = new Map(all);
      swapped.set(v.entries[2].jws, v.entries[0].proof);
      const f = verifyCode(v.entries[2].code, ctx(swapped));
      expect(f.verdict).toBe('forged');
      expect(f.code).toBe('WC_LOG_PROOF_INVALID');
    });

    it('without a log the cut-off cannot be proven: every statement of the key reads revoked', () => {
      for (const e of v.entries) expect(verifyCode(e.code, { trust, now, source: { byCodeHash: (h) => byHash.get(h) ?? [] } }).verdict).toBe('revoked');
    });
  });

  describe('root hand-over', () => {
    const v = vectors.root_handover;
    const now = Date.parse(v.verify_at);
    const oldRoot = base64urlDecode(vectors.root.public_b64url);
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
        return undefined;
      } catch (e) {
        return isWarncheckError(e) ? e.code : 'not a warncheck error';
      }
    };

    it("a verifier pinning the old root accepts the new root's list through the hand-over", () => {
      expect(openTrustList(v.trust_list_jws, oldRoot, { now, handovers: v.handovers }).payload.version).toBe(3);
    });

    it('without the hand-over the new root is not trusted', () => {
      expect(code(() => openTrustList(v.trust_list_jws, oldRoot, { now }))).toBe('WC_TRUST_SIGNATURE_INVALID');
    });

    it('a verifier pinning the new root skips the earlier link', () => {
      expect(openTrustList(v.trust_list_jws, base64urlDecode(v.new_root.public_b64url), { now, handovers: v.handovers }).payload.version).toBe(3);
    });

    it('a list signed by a root never handed over to is refused', () => {
      expect(code(() => openTrustList(v.rogue_trust_list_jws, oldRoot, { now, handovers: v.handovers }))).toBe(v.rogue_expected_error);
    });

    it('after the hand-over the old root can no longer sign a list', () => {
      expect(code(() => openTrustList(vectors.cutoff.trust_list_jws, oldRoot, { now, handovers: v.handovers }))).toBe('WC_TRUST_SIGNATURE_INVALID');
    });

    it('a hand-over whose signature was altered breaks the chain', () => {
      const [h, p, sig] = v.handovers[0].split('.');
      const bad = `${h}.${p}.${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
      expect(['WC_TRUST_SIGNATURE_INVALID', 'WC_BASE64_NONCANONICAL', 'WC_JWS_MALFORMED']).toContain(
        code(() => openTrustList(v.trust_list_jws, oldRoot, { now, handovers: [bad] })),
      );
    });
  });
});
