// The server's caches hold issued (public) statements only: junk input is answered without
// entering them, so it can neither stay in memory nor push real entries out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundedMap } from '../../src/service/bounded-map.js';
import { loadData } from '../../src/service/load.js';
import { demoFixture, type DemoFixture } from '../helpers/server.js';

let fx: DemoFixture;
beforeAll(async () => {
  fx = await demoFixture();
});
afterAll(() => fx.cleanup());

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64 = (n: number, width: number): string => Array.from({ length: width }, (_, k) => B64URL[(n >> (6 * k)) & 63]).join('');

describe('caches admit issued statements only', () => {
  it('thousands of forged statements, unknown codes, texts and URLs leave every cache as it was; the genuine answer stays remembered', () => {
    const data = fx.data;
    // Remembered from its second answer on (service/cache.ts): asked twice.
    for (let i = 0; i < 2; i++) expect(data.verify(fx.inputs.genuine).verdict).toBe('genuine');
    const [issuedJws] = data.store.byCodeHash(firstHash());
    for (let i = 0; i < 2; i++) expect(data.verify(issuedJws!).verdict).toMatch(/genuine|revoked/); // a pasted issued statement may be remembered: it is public
    const before = data.caches();
    for (const n of ['parsed', 'signatures', 'outcomes', 'lookups', 'proofs', 'issued']) expect(before[n], n).toBeGreaterThan(0);

    const [h, p, sig] = issuedJws!.split('.') as [string, string, string];
    for (let i = 0; i < 6_000; i++) {
      // Distinct, well-formed, validly encoded, wrongly signed: the cheapest junk there is.
      expect(data.verify(`${h}.${p}.${b64(i, 4)}${sig.slice(4)}`).verdict).toBe('forged');
    }
    for (let i = 0; i < 200; i++) {
      data.verify(`NO-${b64(i, 4).toUpperCase()}-9XW2-M4TD`);
      data.verify(`Betal gebyret på https://junk${i}.example/login eller ring. ${h}.${p}.${b64(i, 4)}${sig.slice(4)}`);
      data.verify(`https://politiet-${i}.example/`);
    }
    expect(data.caches()).toEqual(before);

    // And the genuine code is still answered from memory: no store query at all.
    const store = data.store;
    const [byHash, indexOf] = [store.byCodeHash.bind(store), store.indexOf.bind(store)];
    let queries = 0;
    store.byCodeHash = (hex) => (queries++, byHash(hex));
    store.indexOf = (hash, jws) => (queries++, indexOf(hash, jws));
    try {
      expect(data.verify(fx.inputs.genuine).verdict).toBe('genuine');
      expect(queries).toBe(0);
    } finally {
      store.byCodeHash = byHash;
      store.indexOf = indexOf;
    }
  });

  it('a statement asked once is answered and not remembered; asked again, it is (one-offs never push out what is asked often)', () => {
    const data = loadData(fx.dataDir, { now: Date.now });
    try {
      const before = data.caches();
      expect(data.verify(fx.inputs.genuine).verdict).toBe('genuine');
      const once = data.caches();
      for (const n of ['parsed', 'signatures', 'outcomes', 'lookups', 'proofs', 'issued']) expect(once[n], n).toBe(before[n]);
      expect(data.verify(fx.inputs.genuine).verdict).toBe('genuine');
      const twice = data.caches();
      for (const n of ['parsed', 'signatures', 'outcomes', 'lookups', 'proofs', 'issued']) expect(twice[n], n).toBeGreaterThan(before[n]!);
    } finally {
      data.close();
    }
  });

  it('a code seen for the first time is looked up in the store once per answer (its warnings and its revocations), and again in the next answer', () => {
    const data = loadData(fx.dataDir, { now: Date.now });
    const store = data.store;
    const entries = store.entries.bind(store);
    let lookups = 0;
    store.entries = (h) => (lookups++, entries(h));
    try {
      for (const input of [fx.inputs.genuine, fx.inputs.revoked]) {
        lookups = 0;
        expect(data.verify(input).verdict).toBe(input === fx.inputs.genuine ? 'genuine' : 'revoked');
        expect(lookups, input).toBe(1);
      }
      // Nothing of a one-off answer's look-up is kept for the next answer (a fresh look-up).
      lookups = 0;
      expect(data.verify(fx.inputs.genuine).verdict).toBe('genuine');
      expect(lookups).toBe(1);
    } finally {
      data.close();
    }
  });

  it('boundedMap: admits only what `admit` accepts, forgets its oldest beyond max, and re-setting a key evicts nothing', () => {
    const m = boundedMap<string, number>(3, (k) => !k.startsWith('junk'));
    m.set('a', 1).set('junk1', 0).set('b', 2).set('c', 3);
    expect([...m.keys()]).toEqual(['a', 'b', 'c']);
    m.set('c', 4);
    expect([...m.keys()]).toEqual(['a', 'b', 'c']);
    m.set('d', 5);
    expect([...m.keys()]).toEqual(['b', 'c', 'd']);
  });
});

function firstHash(): string {
  // The genuine demo code's statement, found the way the server finds it.
  const r = fx.data.verify(fx.inputs.genuine);
  const proof = r.findings[0]!.inclusion![0]!;
  const [jws] = fx.data.store.statements(proof.index, proof.index + 1);
  const payload = JSON.parse(Buffer.from(jws!.split('.')[1]!, 'base64url').toString('utf8')) as { code_hash: string };
  return Buffer.from(payload.code_hash, 'base64url').toString('hex');
}
