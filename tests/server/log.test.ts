// The public log as a tlog client sees it: /log/checkpoint and C2SP tiles over real HTTP routes
// (app.inject) on real demo data, checked with nothing but the trust list's log key; the proofs
// in API verdicts; a log that grows while the server runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { base64urlDecode, utf8Decode, utf8Encode } from '../../src/core/bytes.js';
import { leafHash } from '../../src/core/tlog/hash.js';
import { inclusionProof, verifyInclusion, consistencyProof, verifyConsistency } from '../../src/core/tlog/merkle.js';
import { openCheckpoint, type LogPolicy } from '../../src/core/tlog/policy.js';
import { formatTlogProof, verifyTlogProof } from '../../src/core/tlog/proof.js';
import { codeHashHex, normalizeCode } from '../../src/core/code.js';
import { bucketName, bucketOfHex, decodeRangeAnswer, rangeBits } from '../../src/core/range.js';
import { multiproofPaths, verifyMultiproof } from '../../src/core/tlog/multiproof.js';
import { parseStatement } from '../../src/core/statement.js';
import { verifyCode } from '../../src/core/verify.js';
import { decodeEntryBundle, entryBundlePath, tileNodeReader, tilePath, type TileId } from '../../src/core/tlog/tiles.js';
import { issueBatch } from '../../src/issuer/issue.js';
import { revokeCode } from '../../src/issuer/revoke.js';
import { loadKeyRing } from '../../src/issuer/keys.js';
import { currentTrustList } from '../../src/issuer/trust.js';
import { openDataDir } from '../../src/store/datadir.js';
import { randomBytes } from 'node:crypto';
import { codeHash, makeCode } from '../../src/core/code.js';
import { formatStatement, warningPayload } from '../../src/core/statement.js';
import { nodeSigner } from '../../src/node/ed25519.js';
import { demoFixture, JSON_CT, type DemoFixture } from '../helpers/server.js';

let fx: DemoFixture;
let app: FastifyInstance;
let policy: LogPolicy;

beforeAll(async () => {
  fx = await demoFixture(60); // > 512 statements: full and partial tiles, two tile levels
  app = await fx.app();
  await app.ready();
  // The client knows only the site: the log policy comes from the signed trust list it serves.
  const trust = (await app.inject('/.well-known/warncheck-trust.jws')).body;
  policy = JSON.parse(utf8Decode(base64urlDecode(trust.split('.')[1]!))).log;
});
afterAll(async () => {
  await app.close();
  fx.cleanup();
});

async function get(url: string) {
  const r = await app.inject(url);
  return { status: r.statusCode, headers: r.headers, raw: new Uint8Array(r.rawPayload), body: r.body };
}

async function checkpoint() {
  const r = await get('/log/checkpoint');
  expect(r.status).toBe(200);
  expect(r.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(r.headers['cache-control']).toBe('public, max-age=5');
  return openCheckpoint(r.body, policy);
}

/** A tile reader over HTTP, as any tlog-tiles client has. */
function httpTiles(): (t: TileId) => Promise<Uint8Array> {
  return async (t) => {
    const r = await get(`/log/${tilePath(t)}`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/octet-stream');
    expect(r.headers['cache-control']).toContain('immutable');
    return r.raw;
  };
}

/** Fetch every tile a proof needs, then read nodes from them synchronously (core tileNodeReader). */
async function nodeReaderFor(size: bigint, nodes: Array<{ level: number; index: bigint }>) {
  const fetchTile = httpTiles();
  const { nodeTiles } = await import('../../src/core/tlog/tiles.js');
  const tiles = new Map<string, Uint8Array>();
  for (const t of nodeTiles(nodes, size)) tiles.set(`${t.level}/${t.index}/${t.width}`, await fetchTile(t));
  return tileNodeReader(size, (t) => tiles.get(`${t.level}/${t.index}/${t.width}`)!);
}

describe('/log/ (C2SP tlog-tiles)', () => {
  it('serves a checkpoint signed by the log key the trust list names, over every statement', async () => {
    const cp = await checkpoint();
    expect(cp.origin).toBe(policy.origin);
    expect(Number(cp.size)).toBe(fx.data.statementCount);
  });

  it('an inclusion proof built from the served tiles verifies for served entries', async () => {
    const cp = await checkpoint();
    const { inclusionProofNodes } = await import('../../src/core/tlog/merkle.js');
    expect(cp.size).toBeGreaterThan(512n);
    for (const index of [0n, 1n, 255n, 256n, 511n, cp.size / 2n, cp.size - 1n]) {
      // The entry bundle holds the exact statement bytes; its leaf hash is in the proof.
      const bundleIndex = index / 256n;
      const width = cp.size - bundleIndex * 256n >= 256n ? 256 : Number(cp.size - bundleIndex * 256n);
      const bundle = await get(`/log/${entryBundlePath(bundleIndex, width)}`);
      expect(bundle.status).toBe(200);
      const entries = decodeEntryBundle(bundle.raw, width);
      const entry = entries[Number(index % 256n)]!;
      expect(utf8Decode(entry)).toBe(fx.data.store.statements(Number(index), Number(index) + 1)[0]);
      const read = await nodeReaderFor(cp.size, inclusionProofNodes(index, cp.size));
      verifyInclusion(index, cp.size, leafHash(entry), inclusionProof(index, cp.size, read), cp.rootHash);
    }
  });

  it('refuses tiles the tree does not hold, malformed and non-canonical paths', async () => {
    const cp = await checkpoint();
    const partial = Number(cp.size % 256n);
    expect((await get(`/log/${tilePath({ level: 0, index: cp.size / 256n, width: partial })}`)).status).toBe(200);
    for (const p of [
      tilePath({ level: 0, index: cp.size / 256n, width: partial + 1 }),
      tilePath({ level: 0, index: cp.size / 256n + 1n, width: 256 }),
      tilePath({ level: 5, index: 0n, width: 1 }),
      entryBundlePath(cp.size / 256n + 3n),
      'tile/0/5',
      'tile/0/0005',
      'tile/0/x000/005',
      'tile/0/000.p/0',
      'tile/0/000.p/256',
      'tile/64/000',
      'tile/0/x999/x999/x999/x999/x999/x999/999',
    ]) {
      const r = await get(`/log/${p}`);
      expect(r.status, p).toBe(404);
      expect(r.body).toContain('WC_NOT_FOUND');
    }
  });
});

describe('proofs in verdicts', () => {
  it('the API returns a tlog-proof for a genuine code that verifies against the log key alone', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: fx.inputs.genuine }) });
    const f = r.json().findings[0];
    expect(f.verdict).toBe('genuine');
    expect(f.steps.at(-1)).toEqual({ step: 'inclusion', ok: true });
    const [p] = f.inclusion;
    const jws = fx.data.store.statements(p.index, p.index + 1)[0]!;
    const opened = verifyTlogProof(jws, p.proof, policy);
    expect(opened.index).toBe(BigInt(p.index));
    // The proof is for that statement only: another entry's bytes do not verify.
    const other = fx.data.store.statements(p.index + 1, p.index + 2)[0]!;
    expect(() => verifyTlogProof(other, p.proof, policy)).toThrow(expect.objectContaining({ code: 'WC_LOG_PROOF_INVALID' }));
  });

  it('a revoked code carries proofs for the warning and for its revocation', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: fx.inputs.revoked }) });
    const f = r.json().findings[0];
    expect(f.verdict).toBe('revoked');
    expect(f.inclusion.map((p: { role: string }) => p.role)).toEqual(['warning', 'revocation']);
    for (const p of f.inclusion) verifyTlogProof(fx.data.store.statements(p.index, p.index + 1)[0]!, p.proof, policy);
  });

  it('a revocation statement pasted alone reads revoked (not forged), proven in the log, on the API and the page', async () => {
    const revoked = (
      await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: fx.inputs.revoked }) })
    ).json().findings[0];
    const at = revoked.inclusion.find((p: { role: string }) => p.role === 'revocation').index;
    const jws = fx.data.store.statements(at, at + 1)[0]!;
    expect(parseStatement(jws).statement.type).toBe('revocation');
    const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: jws }) });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.verdict).toBe('revoked');
    const f = body.findings[0];
    expect(f).toMatchObject({ kind: 'jws', verdict: 'revoked', code: 'WC_STATEMENT_REVOKED' });
    expect(f.steps.map((s: { step: string; ok: boolean }) => `${s.step}:${s.ok}`)).toEqual([
      'statement:true',
      'key:true',
      'signature:true',
      'issuer:true',
      'inclusion:true',
    ]);
    expect(f.inclusion.map((p: { role: string; index: number }) => [p.role, p.index])).toEqual([['revocation', at]]);
    verifyTlogProof(jws, f.inclusion[0].proof, policy);
    const page = await app.inject({
      method: 'POST',
      url: '/verify',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ input: jws }).toString(),
    });
    expect(page.statusCode).toBe(200);
    expect(/data-verdict="([a-z-]+)"/.exec(page.body)?.[1]).toBe('revoked');
  });

  it('the verdict page shows where the statement is in the log, with its proof', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/verify',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ input: fx.inputs.genuine }).toString(),
    });
    expect(r.body).toMatch(/data-log-index="\d+"/);
    expect(r.body).toContain('c2sp.org/tlog-proof@v1');
  });
});

describe('the range API (the browser check) hands over proofs', () => {
  it('one proof for the bucket gives each statement its audit path; the core accepts it, and refuses a tampered or missing one', async () => {
    const c = normalizeCode(fx.inputs.genuine)!;
    const hex = codeHashHex(c);
    const bits = rangeBits(Number(fx.data.log.checkpoint().size));
    const r = await app.inject(`/api/v1/range/${bits}/${bucketName(bucketOfHex(hex, bits), bits)}`);
    const answer = decodeRangeAnswer(new Uint8Array(r.rawPayload));
    const k = answer.entries.findIndex((e) => parseStatement(e.jws).codeHashHex === hex);
    expect(k).toBeGreaterThanOrEqual(0);
    const checkpoint = openCheckpoint(answer.checkpoint, policy);
    const leaves = answer.entries.map((e) => leafHash(utf8Encode(e.jws)));
    const indices = answer.entries.map((e) => e.index);
    verifyMultiproof(indices, answer.size, leaves, answer.proof, checkpoint.rootHash);
    const jws = answer.entries[k]!.jws;
    const trust = fx.data.trust;
    const source = { byCodeHash: (h: string) => (h === hex ? [jws] : []) };
    const run = (proof: readonly Uint8Array[] | undefined) => {
      const proofs = new Map<string, string>();
      if (proof)
        proofs.set(
          jws,
          formatTlogProof({
            index: answer.entries[k]!.index,
            hashes: multiproofPaths(indices, answer.size, leaves, proof).paths[k]!,
            checkpoint: answer.checkpoint,
          }),
        );
      return verifyCode(fx.inputs.genuine, { trust, now: Date.now(), source, log: { checkpoint, proofs } });
    };
    const ok = run(answer.proof);
    expect(ok.verdict).toBe('genuine');
    expect(ok.inclusion![0]!.index).toBe(Number(answer.entries[k]!.index));
    let caught = 0;
    for (let i = 0; i < answer.proof.length; i++) {
      const bad = answer.proof.map((h) => h.slice());
      bad[i]![0]! ^= 1;
      // A changed hash on this statement's path is caught; one beside it is not part of its proof.
      const got = run(bad);
      if (got.verdict !== 'genuine') {
        expect(got).toMatchObject({ verdict: 'forged', code: 'WC_LOG_PROOF_INVALID' });
        caught++;
      }
    }
    expect(caught).toBeGreaterThan(0);
    expect(run(undefined)).toMatchObject({ verdict: 'forged', code: 'WC_LOG_NOT_INCLUDED' });
  });
});

describe('a validly signed statement that is not in the log', () => {
  it('is forged, WC_LOG_NOT_INCLUDED: a stolen key cannot mint genuine warnings quietly', async () => {
    const ring = loadKeyRing(fx.keysDir);
    const tpl = fx.data.trust.payload.templates[0]!;
    const key = ring.issuers.get(tpl.issuer)!.at(-1)!;
    const code = makeCode(fx.data.trust.payload.issuers.find((i) => i.id === tpl.issuer)!.country, randomBytes(11));
    const jws = formatStatement(warningPayload(codeHash(code), tpl.issuer, Date.now(), tpl.lang, tpl.id), key.kid, nodeSigner(key.seed));
    const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: jws }) });
    const f = r.json().findings[0];
    expect(f.steps.find((s: { step: string }) => s.step === 'signature')).toEqual({ step: 'signature', ok: true });
    expect(f.verdict).toBe('forged');
    expect(f.code).toBe('WC_LOG_NOT_INCLUDED');
    expect(f.inclusion).toBeUndefined();
  });
});

describe('a revocation while the server runs', () => {
  it('is answered within a second or so, although answers are remembered per checkpoint', async () => {
    const ring = loadKeyRing(fx.keysDir);
    const { store } = openDataDir(fx.dataDir);
    const now = Date.now();
    const trust = currentTrustList(store, ring.root.publicKey, now);
    const tpl = trust.templates[0]!;
    const [code] = (await issueBatch({ store, trust, key: ring.issuers.get(tpl.issuer)!.at(-1)!, logKey: ring.log, templateId: tpl.id, count: 1, now })).codes;
    await new Promise((r) => setTimeout(r, 1100));
    const ask = async () =>
      (await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: code }) })).json().verdict;
    expect(await ask()).toBe('genuine');
    expect(await ask()).toBe('genuine'); // now remembered
    revokeCode(store, ring, code!, 'test: withdrawn while serving', now, now);
    store.close();
    await new Promise((r) => setTimeout(r, 1100));
    expect(await ask()).toBe('revoked');
  });
});

describe('a log that grows while the server runs', () => {
  it('serves the new checkpoint, consistent with the old one, and proves new statements', async () => {
    const before = await checkpoint();
    const ring = loadKeyRing(fx.keysDir);
    const { store } = openDataDir(fx.dataDir);
    const now = Date.now();
    const trust = currentTrustList(store, ring.root.publicKey, now);
    const tpl = trust.templates[0]!;
    const key = ring.issuers.get(tpl.issuer)!.at(-1)!;
    const r = await issueBatch({ store, trust, key, logKey: ring.log, templateId: tpl.id, count: 300, now });
    store.close();
    // The server looks for a new checkpoint at most once a second (src/service/log.ts).
    await new Promise((r) => setTimeout(r, 1100));
    const after = await checkpoint();
    expect(after.size).toBe(before.size + 300n);
    const { consistencyProofNodes } = await import('../../src/core/tlog/merkle.js');
    const read = await nodeReaderFor(after.size, consistencyProofNodes(before.size, after.size));
    verifyConsistency(before.size, after.size, consistencyProof(before.size, after.size, read), before.rootHash, after.rootHash);
    const v = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: r.codes[299] }) });
    const f = v.json().findings[0];
    expect(f.verdict).toBe('genuine');
    expect(f.inclusion[0].size).toBe(Number(after.size));
    verifyTlogProof(fx.data.store.statements(f.inclusion[0].index, f.inclusion[0].index + 1)[0]!, f.inclusion[0].proof, policy);
  });
});
