/**
 * Differential test against jose, the reference JOSE library: the same vectors through jose as a
 * JOSE user would call it (importJWK, then compactVerify or WebCrypto, no extra checks) and through
 * the project's path. Where they disagree, the disagreement must be one that docs/FORMAT.md §2
 * documents: strict base64url, no small-order or non-canonical key or R, S < L, alg "EdDSA" only.
 * The vectors: the derived JWS edge cases, RFC 8037 A.4, every signed JWS in tests/vectors/warncheck
 * (range.json's JWS-shaped strings carry dummy signatures: a format vector, not a signature one), and
 * every raw Ed25519 vector (RFC 8032, Wycheproof, speccheck, CCTV).
 */
import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { compactVerify, importJWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { base64urlEncode, hexDecode, utf8Encode } from '../../src/core/bytes.js';
import { isValidPublicKey, publicKeyFromSeed, verifyEd25519 } from '../../src/core/ed25519.js';
import { decodeCompactJws, verifyJws } from '../../src/core/jws.js';
import { jwkThumbprint, parsePublicJwk, publicJwk } from '../../src/core/jwk.js';

const dir = new URL('../vectors/ed25519/', import.meta.url);
const load = (f: string): any => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
const loadWarncheck = (f: string): any => JSON.parse(readFileSync(new URL(`../vectors/warncheck/${f}`, import.meta.url), 'utf8'));

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
  const cases = load('jws_edge_cases_derived.json').cases as {
    id: string;
    jws: string;
    key: { x?: string };
    policy: string;
    observed_jose_6_2_17_node_20_20_2: string;
  }[];
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

describe('jose differential: every signed JWS vector through jose.compactVerify and the project', () => {
  /** Every JWS the vectors hold, a JWS-shaped string found anywhere in the file. */
  function jwsIn(x: unknown, out: string[] = []): string[] {
    if (typeof x === 'string' && /^eyJ[\w-]*\.[\w-]*\.[\w-]+$/.test(x)) out.push(x);
    else if (x && typeof x === 'object') for (const v of Object.values(x)) jwsIn(v, out);
    return out;
  }

  it('RFC 8037 A.4 and every warncheck statement, trust list and hand-over verify in both, and fail in both when tampered', async () => {
    const rfc = load('rfc8037_rfc7638_jose.json').rfc8037;
    const cases: Array<{ id: string; jws: string; jwk: unknown }> = [
      { id: 'rfc8037-A.4', jws: rfc['A.4_signing'].jws_compact, jwk: rfc['A.2_public_key_jwk'] },
    ];
    // The warncheck vectors are signed with TEST-ONLY seeds given in the files; the header's kid names the key.
    const v1 = loadWarncheck('v1.json');
    const keys = loadWarncheck('keys-v1.json');
    const seeds = [
      v1.root.seed_hex,
      v1.issuer.seed_hex,
      keys.cutoff.issuer_seed_hex,
      keys.root_handover.new_root.seed_hex,
      keys.root_handover.rogue_root.seed_hex,
    ];
    const byKid = new Map(seeds.map((h: string) => publicKeyFromSeed(hexDecode(h))).map((pk) => [jwkThumbprint(pk), publicJwk(pk)]));
    for (const [file, data] of [
      ['v1.json', v1],
      ['keys-v1.json', keys],
    ] as const) {
      for (const [i, jws] of jwsIn(data).entries()) {
        const kid = JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString('utf8')).kid as string;
        expect(byKid.has(kid), `${file} #${i}: key ${kid} known`).toBe(true);
        cases.push({ id: `${file} #${i}`, jws, jwk: byKid.get(kid) });
      }
    }
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const c of cases) {
      expect(await joseCompact(c.jws, c.jwk), `${c.id}: jose`).toBe(true);
      expect(ours(c.jws, c.jwk), `${c.id}: the project`).toBe(true);
      // One payload character changed (to another of the alphabet, so the string stays canonical).
      const [h, p, sig] = c.jws.split('.') as [string, string, string];
      const tampered = `${h}.${p.slice(0, 5)}${p[5] === 'A' ? 'E' : 'A'}${p.slice(6)}.${sig}`;
      expect(await joseCompact(tampered, c.jwk), `${c.id} tampered: jose`).toBe(false);
      expect(ours(tampered, c.jwk), `${c.id} tampered: the project`).toBe(false);
    }
    console.log(`jose differential (signed vectors): ${cases.length} JWS agree, and agree on their tampered copies`);
  });
});

describe('jose differential: every raw Ed25519 vector through importJWK + WebCrypto and the project', () => {
  it('disagreements only where the key, R or S breaks a documented rule', async () => {
    const all: Array<{ id: string; pk: Uint8Array; msg: Uint8Array; sig: Uint8Array }> = [];
    for (const v of load('rfc8032_ed25519.json').vectors)
      all.push({ id: v.name, pk: hexDecode(v.publicKey), msg: hexDecode(v.message), sig: hexDecode(v.signature) });
    for (const g of load('wycheproof_ed25519_test.json').testGroups)
      for (const t of g.tests) all.push({ id: `wy${t.tcId}`, pk: hexDecode(g.publicKey.pk), msg: hexDecode(t.msg), sig: hexDecode(t.sig) });
    load('speccheck_cases.json').forEach((c: any, i: number) =>
      all.push({ id: `sc${i}`, pk: hexDecode(c.pub_key), msg: hexDecode(c.message), sig: hexDecode(c.signature) }),
    );
    for (const c of load('cctv_ed25519vectors.json')) all.push({ id: `cctv${c.number}`, pk: hexDecode(c.key), msg: utf8Encode(c.msg), sig: hexDecode(c.sig) });
    const L = 2n ** 252n + 27742317777372353535851937790883648493n;
    const reasons: Record<string, number> = {};
    let differ = 0;
    for (const v of all) {
      let j: boolean;
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
