/**
 * Every published Ed25519 vector (tests/vectors/ed25519, copied byte for byte from their upstreams)
 * run as it is through the three verification paths the project has:
 *   core  — src/core/ed25519.ts (@noble/ed25519 under the policy; the browser runs this),
 *   node  — src/node/ed25519.ts (OpenSSL through node:crypto; the server and CLI run this),
 *   jose  — jose.importJWK + WebCrypto verify behind the same key/R/S pre-check (what a JOSE
 *           user of the published JWKS would run with the policy of FORMAT.md §2).
 * All three must agree with each other and with `uniform_policy` in observed_verdicts_node20.json on
 * every vector. The matrix is printed.
 */
import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importJWK } from 'jose';
import { verifyEd25519, isValidPublicKey } from '../../src/core/ed25519.js';
import { nodeVerifier } from '../../src/node/ed25519.js';
import { base64urlEncode, hexDecode, utf8Encode } from '../../src/core/bytes.js';
import { decodeCompactJws, verifyJws } from '../../src/core/jws.js';
import { jwkThumbprint, parsePublicJwk } from '../../src/core/jwk.js';

const dir = new URL('../vectors/ed25519/', import.meta.url);
const load = (f: string): any => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));

interface Vector {
  set: string;
  id: string;
  pk: Uint8Array;
  msg: Uint8Array;
  sig: Uint8Array;
}

function vectors(): Vector[] {
  const out: Vector[] = [];
  for (const v of load('rfc8032_ed25519.json').vectors)
    out.push({ set: 'rfc8032', id: v.name, pk: hexDecode(v.publicKey), msg: hexDecode(v.message), sig: hexDecode(v.signature) });
  for (const g of load('wycheproof_ed25519_test.json').testGroups)
    for (const t of g.tests) out.push({ set: 'wycheproof', id: `wy${t.tcId}`, pk: hexDecode(g.publicKey.pk), msg: hexDecode(t.msg), sig: hexDecode(t.sig) });
  load('speccheck_cases.json').forEach((c: any, i: number) =>
    out.push({ set: 'speccheck', id: `sc${i}`, pk: hexDecode(c.pub_key), msg: hexDecode(c.message), sig: hexDecode(c.signature) }),
  );
  for (const c of load('cctv_ed25519vectors.json'))
    out.push({ set: 'cctv', id: `cctv${c.number}`, pk: hexDecode(c.key), msg: utf8Encode(c.msg), sig: hexDecode(c.sig) });
  return out;
}

/** The policy's structural pre-check in front of a permissive primitive (R strict, S < L, good key). */
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
function preCheck(pk: Uint8Array, sig: Uint8Array): boolean {
  if (sig.length !== 64 || !isValidPublicKey(pk)) return false;
  // R must be a valid key by the same rule (strict, canonical, not small order, torsion-free).
  if (!isValidPublicKey(sig.slice(0, 32))) return false;
  let s = 0n;
  for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(sig[i]!);
  return s < L;
}

async function josePath(v: Vector): Promise<boolean> {
  if (!preCheck(v.pk, v.sig)) return false;
  try {
    const key = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: base64urlEncode(v.pk) }, 'EdDSA');
    return await webcrypto.subtle.verify('Ed25519', key as webcrypto.CryptoKey, v.sig, v.msg);
  } catch {
    return false;
  }
}

function nodePath(v: Vector): boolean {
  try {
    return nodeVerifier(v.pk)(v.msg, v.sig);
  } catch {
    return false; // the key was refused at import (WC_KEY_*)
  }
}

describe('Ed25519 vectors: one policy, three back-ends, 0 disagreements', () => {
  const all = vectors();
  const observed = load('observed_verdicts_node20.json').sets as Record<string, { id: string; uniform_policy: 'A' | 'R' }[]>;
  const expected = new Map<string, 'A' | 'R'>();
  for (const [set, rows] of Object.entries(observed)) for (const r of rows) expected.set(`${set}/${r.id}`, r.uniform_policy);

  it('reads every vector the observed-verdicts file lists (1,082)', () => {
    expect(all.length).toBe(1082);
    expect(expected.size).toBe(1082);
    for (const v of all) expect(expected.has(`${v.set}/${v.id}`), `${v.set}/${v.id}`).toBe(true);
  });

  it('core, node and jose paths agree with uniform_policy on every vector', async () => {
    const matrix: Record<string, Record<string, number>> = {};
    const disagreements: string[] = [];
    for (const v of all) {
      const want = expected.get(`${v.set}/${v.id}`) === 'A';
      const got = { core: verifyEd25519(v.pk, v.msg, v.sig), node: nodePath(v), jose: await josePath(v) };
      const row = (matrix[v.set] ??= { vectors: 0, accept: 0, reject: 0, disagree: 0 });
      row.vectors!++;
      row[want ? 'accept' : 'reject']!++;
      for (const [path, ok] of Object.entries(got))
        if (ok !== want) {
          row.disagree!++;
          disagreements.push(`${v.set}/${v.id} ${path}=${ok ? 'A' : 'R'} policy=${want ? 'A' : 'R'}`);
        }
    }
    console.log('Ed25519 vector matrix (paths: core=noble+policy, node=OpenSSL+policy, jose=importJWK+WebCrypto+policy)');
    console.table(matrix);
    console.log(`disagreements: ${disagreements.length} of ${all.length * 3} verdicts`);
    expect(disagreements).toEqual([]);
    // The policy is not trivially "reject everything": the RFC and valid Wycheproof vectors pass.
    expect(matrix['rfc8032']!.accept).toBe(5);
    expect(matrix['wycheproof']!.accept).toBeGreaterThan(80);
  });
});

describe('JWS edge cases (derived from RFC 8037 A.4) under the strict profile', () => {
  const cases = load('jws_edge_cases_derived.json').cases as { id: string; jws: string; key: unknown; policy: string }[];
  for (const c of cases) {
    it(`${c.id}: ${c.policy}`, () => {
      let accepted: boolean;
      try {
        accepted = verifyJws(decodeCompactJws(c.jws), parsePublicJwk(c.key));
      } catch {
        accepted = false;
      }
      // "accept only if Ed25519 is in the allowed algorithms": warncheck allows EdDSA only.
      const want = c.policy === 'accept';
      expect(accepted).toBe(want);
    });
  }

  it('RFC 8037 A.3 thumbprint and A.4/A.5 signature', () => {
    const r = load('rfc8037_rfc7638_jose.json').rfc8037;
    const pk = parsePublicJwk(r['A.2_public_key_jwk']);
    expect(jwkThumbprint(pk)).toBe(r['A.3_thumbprint'].base64url);
    const d = decodeCompactJws(r['A.4_signing'].jws_compact);
    expect(new TextDecoder().decode(d.signingInput)).toBe(r['A.4_signing'].signing_input);
    expect(verifyJws(d, pk)).toBe(true);
  });
});
