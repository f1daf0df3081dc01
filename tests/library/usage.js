// The library as a user imports it: through the package's own name and `exports` (the built
// dist/core/index.js), never through src/. Spawned by tests/library/package.test.ts after
// `npm run build`; README.md "Library" shows the same steps. Prints one JSON object.
import {
  checkInput,
  codeHash,
  codeHashHex,
  formatCode,
  formatStatement,
  formatTrustList,
  jwkThumbprint,
  makeCode,
  openTrustList,
  publicJwk,
  publicKeyFromSeed,
  signEd25519,
  warningPayload,
  formatTime,
  isWarncheckError,
  WarncheckError,
} from 'warncheck';

const now = Date.parse('2026-11-22T10:00:00Z');
const DAY = 86_400_000;
const keyOf = (n) => {
  const seed = new Uint8Array(32).fill(n);
  const pk = publicKeyFromSeed(seed);
  return { pk, kid: jwkThumbprint(pk), sign: (m) => signEd25519(seed, m) };
};
const root = keyOf(1);
const police = keyOf(2);
const { kty, crv, x } = publicJwk(police.pk);

// A trust list signed by the root (docs/FORMAT.md §5): one issuer, one key, one template.
const trustJws = formatTrustList(
  {
    v: 1,
    type: 'trust-list',
    version: 1,
    issued_at: formatTime(now - DAY),
    expires_at: formatTime(now + 30 * DAY),
    site: 'https://warncheck.example',
    issuers: [{ id: 'no-test', name: { en: 'Test police Norway' }, country: 'NO', domains: ['politiet.no'], help: [] }],
    keys: [
      {
        kid: police.kid,
        issuer: 'no-test',
        jwk: { kty, crv, x },
        not_before: formatTime(now - 10 * DAY),
        not_after: formatTime(now + 100 * DAY),
        status: 'active',
      },
    ],
    templates: [{ id: 'no-en-1', issuer: 'no-test', lang: 'en', title: 'Test', text: 'This file was put here by the police.\nMessage code: {code}' }],
    official_domains: [],
  },
  root.kid,
  root.sign,
);

// A verifier pins the root key and opens the list; then it answers from any statement source.
const trust = openTrustList(trustJws, root.pk, { now });
const code = makeCode('NO', new Uint8Array(11).fill(7));
const jws = formatStatement(warningPayload(codeHash(code), 'no-test', now - 60_000, 'en', 'no-en-1'), police.kid, police.sign);
const byHash = new Map([[codeHashHex(code), [jws]]]);
const source = { byCodeHash: (hex) => byHash.get(hex) ?? [] };

const genuine = checkInput(formatCode(code), { trust, source, now });
const unknown = checkInput(formatCode(makeCode('NO', new Uint8Array(11).fill(8))), { trust, source, now });
let wrongRoot;
try {
  openTrustList(trustJws, police.pk, { now });
} catch (e) {
  wrongRoot = { code: isWarncheckError(e) ? e.code : undefined, isClass: e instanceof WarncheckError };
}
console.log(
  JSON.stringify({
    genuine: { verdict: genuine.verdict, code: genuine.findings[0]?.code, steps: genuine.findings[0]?.steps?.map((s) => s.step) },
    unknown: { verdict: unknown.verdict, code: unknown.findings[0]?.code },
    wrongRoot,
  }),
);
