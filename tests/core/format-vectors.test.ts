// docs/FORMAT.md §9 and tests/vectors/warncheck/v1.json agree byte for byte, and the vectors verify.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { base64urlDecode, utf8Decode } from '../../src/core/bytes.js';
import { codeHashHex, normalizeCode } from '../../src/core/code.js';
import { checkInput } from '../../src/core/check.js';
import { base64urlEncode } from '../../src/core/bytes.js';
import { openTrustList } from '../../src/core/trust.js';
import { memoryStore } from '../../src/store/memory.js';
import { makeVectors } from '../../scripts/gen-vectors.js';

const vectors = JSON.parse(readFileSync(new URL('../vectors/warncheck/v1.json', import.meta.url), 'utf8'));
const doc = readFileSync(new URL('../../docs/FORMAT.md', import.meta.url), 'utf8');

describe('worked example', () => {
  it('the vectors file is exactly what the generator makes (deterministic)', () => {
    expect(makeVectors()).toEqual(vectors);
  });

  it('FORMAT.md §9 quotes the vectors byte for byte', () => {
    const section = doc.slice(doc.indexOf('## 9. Worked example'));
    const blocks = [...section.matchAll(/```(?:text|json)\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
    const [h, p] = vectors.statement_jws.split('.');
    expect(blocks).toEqual([
      vectors.issuer.kid,
      `${vectors.code.normalized}\n${vectors.code.display}`,
      `${vectors.code.hash_hex}\n${vectors.code.hash_b64url}\n${vectors.code.bucket}`,
      utf8Decode(base64urlDecode(h)),
      utf8Decode(base64urlDecode(p)),
      vectors.statement_jws,
    ]);
  });

  it('every typed variant normalizes to the code, and the hash matches', () => {
    for (const t of [vectors.code.display, ...vectors.code.typed_variants]) expect(normalizeCode(t)).toBe(vectors.code.normalized);
    expect(codeHashHex(vectors.code.normalized)).toBe(vectors.code.hash_hex);
  });

  it('the statement verifies to the expected verdict under the vectors trust list', () => {
    const now = Date.parse(vectors.verify_at);
    const trust = openTrustList(vectors.trust_list_jws, base64urlDecode(vectors.root.public_b64url), { now });
    const store = memoryStore();
    store.appendStatements([{ codeHash: base64urlDecode(vectors.code.hash_b64url), type: 'warning', kid: vectors.issuer.kid, jws: vectors.statement_jws }]);
    const r = checkInput(vectors.code.display, { trust, source: store, now });
    expect(r.verdict).toBe(vectors.expected_verdict);
    expect(base64urlEncode(base64urlDecode(vectors.code.hash_b64url))).toBe(vectors.code.hash_b64url);
  });
});
