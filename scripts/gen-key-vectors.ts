/**
 * Regenerates tests/vectors/warncheck/keys-v1.json: vectors for the compromise cut-off
 * (docs/FORMAT.md §5.1) and the root hand-over (§5.2). Fixed TEST-ONLY seeds, fixed times and "random" bytes, so the output is
 * deterministic. Run: npx tsx scripts/gen-key-vectors.ts
 * tests/core/key-vectors.test.ts checks that the committed file equals what this makes and that
 * every expected verdict holds.
 */
import { writeFileSync } from 'node:fs';
import { base64urlEncode, hexEncode, utf8Encode } from '../src/core/bytes.js';
import { codeHash, formatCode, makeCode } from '../src/core/code.js';
import { publicKeyFromSeed, signEd25519 } from '../src/core/ed25519.js';
import { jwkThumbprint, publicJwk } from '../src/core/jwk.js';
import { formatStatement, warningPayload } from '../src/core/statement.js';
import { formatRootHandover, formatTrustList, type TrustListPayload } from '../src/core/trust.js';
import { formatCheckpoint } from '../src/core/tlog/checkpoint.js';
import { leafHash } from '../src/core/tlog/hash.js';
import { inclusionProof, memoryNodeReader, nodeLevels, treeHash } from '../src/core/tlog/merkle.js';
import { ed25519Signer, formatVerifierKey, SIG_TYPE_ED25519, signNote } from '../src/core/tlog/note.js';
import { formatTlogProof } from '../src/core/tlog/proof.js';

const seed = (n: number) => new Uint8Array(32).fill(n);

export function makeKeyVectors(): unknown {
  // TEST-ONLY keys: seeds are public, never use them for anything real.
  const rootSeed = seed(0x01);
  const issuerSeed = seed(0x02);
  const logSeed = seed(0x05);
  const rootPk = publicKeyFromSeed(rootSeed);
  const issuerPk = publicKeyFromSeed(issuerSeed);
  const origin = 'warncheck.example/log';
  const vkey = formatVerifierKey(origin, SIG_TYPE_ED25519, publicKeyFromSeed(logSeed));
  const kid = jwkThumbprint(issuerPk);
  const { kty, crv, x } = publicJwk(issuerPk);

  // Three warnings by one key, logged in this order; the third claims an earlier time (backdated).
  const times = ['2026-11-22T10:00:00Z', '2026-11-22T10:05:00Z', '2026-11-22T09:00:00Z'];
  const codes = times.map((_, i) => makeCode('NO', Uint8Array.from([1 + i, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])));
  const statements = codes.map((c, i) =>
    formatStatement(warningPayload(codeHash(c), 'no-example', Date.parse(times[i]!), 'en', 'no-example-en-1'), kid, (m) => signEd25519(issuerSeed, m)),
  );
  const leaves = statements.map((s) => leafHash(utf8Encode(s)));
  const levels = nodeLevels(leaves);
  const checkpoint = signNote(formatCheckpoint({ origin, size: leaves.length, rootHash: treeHash(leaves) }), [ed25519Signer(origin, logSeed)]);
  const proofs = statements.map((_, i) => formatTlogProof({ index: i, hashes: inclusionProof(i, leaves.length, memoryNodeReader(levels)), checkpoint }));

  const trust: TrustListPayload = {
    v: 1,
    type: 'trust-list',
    version: 2,
    issued_at: '2026-11-23T00:00:00Z',
    expires_at: '2027-02-21T00:00:00Z',
    site: 'https://warncheck.example',
    issuers: [{ id: 'no-example', name: { en: 'Example police (Norway)' }, country: 'NO', domains: ['politiet.no'], help: [] }],
    keys: [
      {
        kid,
        issuer: 'no-example',
        jwk: { kty, crv, x },
        not_before: '2026-11-01T00:00:00Z',
        not_after: '2036-11-01T00:00:00Z',
        status: 'revoked',
        revoked_at: '2026-11-22T11:00:00Z',
        revocation_reason: 'key leaked',
        revoked_log_size: 2,
      },
    ],
    templates: [
      { id: 'no-example-en-1', issuer: 'no-example', lang: 'en', title: 'Example warning', text: 'The police put this file here.\nMessage code: {code}' },
    ],
    official_domains: [],
    log: { origin, vkey },
  };
  // Root hand-over (§5.2): the root (seed 01) hands over to a new root (seed 06), which signs the
  // next version; a root nobody handed over to (seed 07) signs one too, which must be refused.
  const newRootSeed = seed(0x06);
  const newRootPk = publicKeyFromSeed(newRootSeed);
  const rogueSeed = seed(0x07);
  const rogue = publicKeyFromSeed(rogueSeed);
  const nj = publicJwk(newRootPk);
  const handover = formatRootHandover(
    {
      v: 1,
      type: 'root-handover',
      from: jwkThumbprint(rootPk),
      to: jwkThumbprint(newRootPk),
      jwk: { kty: nj.kty, crv: nj.crv, x: nj.x },
      issued_at: '2026-11-23T06:00:00Z',
    },
    (m) => signEd25519(rootSeed, m),
  );
  const v3: TrustListPayload = { ...trust, version: 3, issued_at: '2026-11-23T06:00:00Z' };
  return {
    comment: 'warncheck key vectors (docs/FORMAT.md §5.1). TEST-ONLY seeds. Regenerate: npx tsx scripts/gen-key-vectors.ts',
    root: { seed_hex: hexEncode(rootSeed), public_b64url: base64urlEncode(rootPk), kid: jwkThumbprint(rootPk) },
    cutoff: {
      issuer_seed_hex: hexEncode(issuerSeed),
      log_seed_hex: hexEncode(logSeed),
      trust_list_jws: formatTrustList(trust, jwkThumbprint(rootPk), (m) => signEd25519(rootSeed, m)),
      checkpoint,
      entries: statements.map((jws, i) => ({ index: i, code: formatCode(codes[i]!), jws, proof: proofs[i], expected_verdict: i < 2 ? 'genuine' : 'revoked' })),
      verify_at: '2026-11-23T12:00:00Z',
    },
    root_handover: {
      new_root: { seed_hex: hexEncode(newRootSeed), public_b64url: base64urlEncode(newRootPk), kid: jwkThumbprint(newRootPk) },
      handovers: [handover],
      trust_list_jws: formatTrustList(v3, jwkThumbprint(newRootPk), (m) => signEd25519(newRootSeed, m)),
      expected: 'opens under the pinned root through the hand-over',
      rogue_root: { seed_hex: hexEncode(rogueSeed), kid: jwkThumbprint(rogue) },
      rogue_trust_list_jws: formatTrustList(v3, jwkThumbprint(rogue), (m) => signEd25519(rogueSeed, m)),
      rogue_expected_error: 'WC_TRUST_SIGNATURE_INVALID',
      verify_at: '2026-11-23T12:00:00Z',
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../tests/vectors/warncheck/keys-v1.json', import.meta.url), JSON.stringify(makeKeyVectors(), null, 2) + '\n');
}
