/**
 * Regenerates tests/vectors/warncheck/v1.json: the project's own deterministic vectors (fixed
 * TEST-ONLY seeds, fixed time, fixed "random" bytes). Run: npx tsx scripts/gen-vectors.ts
 * tests/core/format-vectors.test.ts checks that the committed file equals what this makes and that
 * docs/FORMAT.md §9 quotes it byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { base64urlEncode, hexEncode } from '../src/core/bytes.js';
import { codeHash, formatCode, makeCode } from '../src/core/code.js';
import { publicKeyFromSeed, signEd25519 } from '../src/core/ed25519.js';
import { jwkThumbprint, publicJwk } from '../src/core/jwk.js';
import { formatStatement, warningPayload } from '../src/core/statement.js';
import { formatTrustList, type TrustListPayload } from '../src/core/trust.js';

export function makeVectors(): unknown {
  // TEST-ONLY keys: seeds are public, never use them for anything real.
  const rootSeed = new Uint8Array(32).fill(0x01);
  const issuerSeed = new Uint8Array(32).fill(0x02);
  const rootPk = publicKeyFromSeed(rootSeed);
  const issuerPk = publicKeyFromSeed(issuerSeed);
  const issuedAt = Date.parse('2026-11-22T10:00:00Z');
  const random = Uint8Array.from([3, 14, 15, 9, 26, 5, 3, 5, 8, 9, 7]);
  const code = makeCode('NO', random);
  const hash = codeHash(code);
  const { kty, crv, x } = publicJwk(issuerPk);
  const trust: TrustListPayload = {
    v: 1,
    type: 'trust-list',
    version: 1,
    issued_at: '2026-11-22T00:00:00Z',
    expires_at: '2027-02-20T00:00:00Z',
    site: 'https://warncheck.example',
    issuers: [
      {
        id: 'no-example',
        name: { en: 'Example police (Norway)' },
        country: 'NO',
        domains: ['politiet.no'],
        help: [{ name: 'Det finnes hjelp', url: 'https://detfinneshjelp.no/', kind: 'help' }],
      },
    ],
    keys: [
      {
        kid: jwkThumbprint(issuerPk),
        issuer: 'no-example',
        jwk: { kty, crv, x },
        not_before: '2026-11-01T00:00:00Z',
        not_after: '2036-11-01T00:00:00Z',
        status: 'active',
      },
    ],
    templates: [
      { id: 'no-example-en-1', issuer: 'no-example', lang: 'en', title: 'Example warning', text: 'The police put this file here.\nMessage code: {code}' },
    ],
    official_domains: [],
  };
  const statement = formatStatement(warningPayload(hash, 'no-example', issuedAt, 'en', 'no-example-en-1'), jwkThumbprint(issuerPk), (m) =>
    signEd25519(issuerSeed, m),
  );
  return {
    comment: 'warncheck v1 worked example (docs/FORMAT.md §9). TEST-ONLY seeds. Regenerate: npx tsx scripts/gen-vectors.ts',
    root: { seed_hex: hexEncode(rootSeed), public_b64url: base64urlEncode(rootPk), kid: jwkThumbprint(rootPk) },
    issuer: { seed_hex: hexEncode(issuerSeed), public_b64url: base64urlEncode(issuerPk), kid: jwkThumbprint(issuerPk) },
    code: {
      random_hex: hexEncode(random),
      normalized: code,
      display: formatCode(code),
      typed_variants: [formatCode(code).toLowerCase(), code.slice(0, 2) + ' ' + code.slice(2).replace(/0/g, 'O').replace(/1/g, 'l')],
      hash_hex: hexEncode(hash),
      hash_b64url: base64urlEncode(hash),
      bucket: hexEncode(hash).slice(0, 5),
    },
    statement_jws: statement,
    trust_list_jws: formatTrustList(trust, jwkThumbprint(rootPk), (m) => signEd25519(rootSeed, m)),
    verify_at: '2026-11-22T12:00:00Z',
    expected_verdict: 'genuine',
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('../tests/vectors/warncheck/v1.json', import.meta.url), JSON.stringify(makeVectors(), null, 2) + '\n');
}
