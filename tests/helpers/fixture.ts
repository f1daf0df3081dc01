// A small, fully real trust setup built with the core alone: keys from fixed seeds, a signed trust
// list, signed statements in a memory store. Used by the core tests.
import { base64urlEncode } from '../../src/core/bytes.js';
import { codeHash, makeCode } from '../../src/core/code.js';
import { publicKeyFromSeed, signEd25519 } from '../../src/core/ed25519.js';
import { jwkThumbprint, publicJwk } from '../../src/core/jwk.js';
import { formatStatement, warningPayload, type Statement } from '../../src/core/statement.js';
import { formatTime } from '../../src/core/time.js';
import { formatTrustList, openTrustList, type TrustListPayload, type TrustState } from '../../src/core/trust.js';
import type { VerifyContext } from '../../src/core/verify.js';
import { memoryStore } from '../../src/store/memory.js';
import type { Store } from '../../src/store/types.js';

export const T0 = Date.parse('2026-11-22T10:00:00Z');
const DAY = 86_400_000;

export function seed(n: number): Uint8Array {
  return new Uint8Array(32).fill(n);
}

export interface TestKey {
  seed: Uint8Array;
  pk: Uint8Array;
  kid: string;
  sign: (m: Uint8Array) => Uint8Array;
}

export function key(n: number): TestKey {
  const s = seed(n);
  const pk = publicKeyFromSeed(s);
  return { seed: s, pk, kid: jwkThumbprint(pk), sign: (m) => signEd25519(s, m) };
}

export const root = key(1);
export const noKey = key(2);
export const seKey = key(3);
export const revokedKey = key(4);
export const strangerKey = key(9);

export const TEMPLATE_TEXT =
  'This file was put here by the police. Downloading abuse material is a crime. Get help at https://detfinneshjelp.no. The police never ask for money or a reply.\nMessage code: {code}';

export function trustPayload(over: Partial<TrustListPayload> = {}): TrustListPayload {
  const k = (t: TestKey, issuer: string, status: 'active' | 'revoked' = 'active') => {
    const { kty, crv, x } = publicJwk(t.pk);
    return {
      kid: t.kid,
      issuer,
      jwk: { kty, crv, x },
      not_before: formatTime(T0 - 10 * DAY),
      not_after: formatTime(T0 + 100 * DAY),
      status,
      ...(status === 'revoked' ? { revoked_at: formatTime(T0), revocation_reason: 'test' } : {}),
    };
  };
  return {
    v: 1,
    type: 'trust-list',
    version: 1,
    issued_at: formatTime(T0 - DAY),
    expires_at: formatTime(T0 + 30 * DAY),
    site: 'https://warncheck.example',
    issuers: [
      { id: 'no-test', name: { en: 'Test police Norway' }, country: 'NO', domains: ['politiet.no'], help: [] },
      { id: 'se-test', name: { en: 'Test police Sweden' }, country: 'SE', domains: ['polisen.se'], help: [] },
    ],
    keys: [k(noKey, 'no-test'), k(seKey, 'se-test'), k(revokedKey, 'no-test', 'revoked')],
    templates: [
      { id: 'no-en-1', issuer: 'no-test', lang: 'en', title: 'Test', text: TEMPLATE_TEXT },
      { id: 'se-en-1', issuer: 'se-test', lang: 'en', title: 'Test', text: TEMPLATE_TEXT },
    ],
    official_domains: [],
    ...over,
  };
}

export function trustState(p = trustPayload()): TrustState {
  return openTrustList(formatTrustList(p, root.kid, root.sign), root.pk, { now: T0 });
}

export function code(country = 'NO', n = 1): string {
  return makeCode(
    country,
    new Uint8Array(11).map((_, i) => (i * 7 + n * 13) & 0xff),
  );
}

export function warning(c: string, o: { key?: TestKey; issuer?: string; at?: number; template?: string } = {}): string {
  const s = warningPayload(codeHash(c), o.issuer ?? 'no-test', o.at ?? T0 - 60_000, 'en', o.template ?? 'no-en-1');
  return formatStatement(s, (o.key ?? noKey).kid, (o.key ?? noKey).sign);
}

export function revocation(c: string, o: { key?: TestKey; issuer?: string } = {}): string {
  const s: Statement = {
    v: 1,
    type: 'revocation',
    issuer: o.issuer ?? 'no-test',
    issued_at: formatTime(T0 - 1000),
    target: { code_hash: base64urlEncode(codeHash(c)) },
    reason: 'withdrawn',
  };
  return formatStatement(s, (o.key ?? noKey).kid, (o.key ?? noKey).sign);
}

export function ctxWith(rows: Array<{ code: string; jws: string; type?: 'warning' | 'revocation' }>, trust = trustState()): VerifyContext & { store: Store } {
  const store = memoryStore();
  for (const r of rows) store.appendStatements([{ codeHash: codeHash(r.code), type: r.type ?? 'warning', kid: 'x', jws: r.jws }]);
  return { trust, source: store, store, now: T0 };
}
