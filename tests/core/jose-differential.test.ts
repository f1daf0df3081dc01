/**
 * Differential test against jose, the reference JOSE library: the same vectors through jose as a
 * JOSE user would call it (importJWK, then compactVerify or WebCrypto, no extra checks) and through
 * the project's path. Where they disagree, the disagreement must be one that docs/FORMAT.md §2
 * documents: strict base64url, no small-order or non-canonical key or R, S < L, alg "EdDSA" only.
 */
import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { compactVerify, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { base64urlEncode, hexDecode, utf8Encode } from '../../src/core/bytes.js';
import { isValidPublicKey, verifyEd25519 } from '../../src/core/ed25519.js';
import { decodeCompactJws, verifyJws } from '../../src/core/jws.js';
import { parsePublicJwk } from '../../src/core/jwk.js';

const dir = new URL('../vectors/ed25519/', import.meta.url);
const load = (f: string): any => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));

async function joseCompact(jws: string, jwk: unknown): Promise<boolean> {
  try {
    await compactVerify(jws, await importJWK(jwk as Parameters<typeof importJWK>[0], 'EdDSA'));
    return true;
  } catch {
    return false;
  }
}

function ours(jws: string, jwk: unknown): boolean {
  try {
    return verifyJws(decodeCompactJws(jws), parsePublicJwk(jwk));
  } catch {
    return false;
  }
}

const CANONICAL_B64URL = /^[A-Za-z0-9_-]*$/;
/** Does docs/FORMAT.md §2 explain why we refuse what jose accepts? Each reason is a rule there. */
function policyReason(jws: string, jwk: { x?: string }): string | undefined {
  const parts = jws.split('.');
  if (parts.length !== 3 || parts.some((p) => !CANONICAL_B64URL.test(p))) return 'not canonical base64url';
  for (const p of parts) {
    // Non-canonical: the unused bits of the last character must be zero (re-encoding gives it back).
    const bytes = Buffer.from(p, 'base64url');
    if (base64urlEncode(new Uint8Array(bytes)) !== p) return 'non-canonical base64url';
  }
  const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
  if (header.alg !== 'EdDSA') return 'alg other than EdDSA';
  if (!jwk.x || !isValidPublicKey(new Uint8Array(Buffer.from(jwk.x, 'base64url')))) return 'key refused (small order, non-canonical or not torsion-free)';
  return undefined;
}

describe('jose differential: derived JWS edge cases through jose.compactVerify and the project', () => {
  const cases = load('jws_edge_cases_derived.json').cases as { id: string; jws: string; key: { x?: string }; policy: string; observed_jose_6_2_17_node_20_20_2: string }[];
  it('jose behaves as recorded, and every disagreement is one the policy documents', async () => {
    const disagreements: string[] = [];
    for (const c of cases) {
      const j = await joseCompact(c.jws, c.key);
      expect(j, `${c.id}: jose as observed`).toBe(c.observed_jose_6_2_17_node_20_20_2 === 'accept');
      const o = ours(c.jws, c.key);
      if (j !== o) {
        // We may only ever be stricter than jose, and only for a documented reason.
        expect(o, `${c.id}: the project accepts what jose refuses`).toBe(false);
        const why = policyReason(c.jws, c.key);
        expect(why, `${c.id}: disagreement without a documented reason`).toBeDefined();
        disagreements.push(`${c.id}: ${why}`);
      }
    }
    console.log(`jose differential (JWS): ${cases.length} cases, ${disagreements.length} disagreements, all documented:\n  ${disagreements.join('\n  ')}`);
    expect(disagreements.length).toBeGreaterThan(0); // the vectors do probe the differences
  });
});

describe('jose differential: every raw Ed25519 vector through importJWK + WebCrypto and the project', () => {
  it('disagreements only where the key, R or S breaks a documented rule', async () => {
    const all: Array<{ id: string; pk: Uint8Array; msg: Uint8Array; sig: Uint8Array }> = [];
    for (const v of load('rfc8032_ed25519.json').vectors) all.push({ id: v.name, pk: hexDecode(v.publicKey), msg: hexDecode(v.message), sig: hexDecode(v.signature) });
    for (const g of load('wycheproof_ed25519_test.json').testGroups)
      for (const t of g.tests) all.push({ id: `wy${t.tcId}`, pk: hexDecode(g.publicKey.pk), msg: hexDecode(t.msg), sig: hexDecode(t.sig) });
    load('speccheck_cases.json').forEach((c: any, i: number) => all.push({ id: `sc${i}`, pk: hexDecode(c.pub_key), msg: hexDecode(c.message), sig: hexDecode(c.signature) }));
    for (const c of load('cctv_ed25519vectors.json')) all.push({ id: `cctv${c.number}`, pk: hexDecode(c.key), msg: utf8Encode(c.msg), sig: hexDecode(c.sig) });
    const L = 2n ** 252n + 27742317777372353535851937790883648493n;
    const reasons: Record<string, number> = {};
    let differ = 0;
    for (const v of all) {
      let j = false;
      try {
        const key = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: base64urlEncode(v.pk) }, 'EdDSA');
        j = v.sig.length === 64 && (await webcrypto.subtle.verify('Ed25519', key as webcrypto.CryptoKey, v.sig, v.msg));
      } catch {
        j = false;
      }
      const o = verifyEd25519(v.pk, v.msg, v.sig);
      if (j === o) continue;
      differ++;
      expect(o, `${v.id}: the project accepts what jose refuses`).toBe(false);
      let s = 0n;
      for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(v.sig[i]!);
      const why = !isValidPublicKey(v.pk) ? 'key' : !isValidPublicKey(v.sig.slice(0, 32)) ? 'R' : s >= L ? 'S ≥ L' : undefined;
      expect(why, `${v.id}: disagreement without a documented reason`).toBeDefined();
      reasons[why!] = (reasons[why!] ?? 0) + 1;
    }
    console.log(`jose differential (raw): ${all.length} vectors, ${differ} disagreements by reason`, reasons);
    expect(all.length).toBe(1082);
    expect(differ).toBeGreaterThan(0);
  });
});
