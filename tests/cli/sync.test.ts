// `warncheck sync`: a verified copy from a real running server, incremental, refusing a tampered,
// rolled-back or foreign source without touching the copy it already has; the copy then answers
// offline exactly as the source does.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueBatch } from '../../src/issuer/issue.js';
import { loadKeyRing } from '../../src/issuer/keys.js';
import { currentTrustList } from '../../src/issuer/trust.js';
import { openDataDir } from '../../src/store/datadir.js';
import { run } from '../helpers/cli.js';
import { demoFixture, type DemoFixture } from '../helpers/server.js';

let fx: DemoFixture;
let other: DemoFixture;
let base: string;
const servers: Array<{ close(): unknown }> = [];

async function listen(f: DemoFixture): Promise<string> {
  const app = await f.app({ rateLimit: false });
  servers.push(app);
  return app.listen({ port: 0, host: '127.0.0.1' });
}

/** A source in front of `target` that flips one byte of every file under `prefix` it passes on (entry bundles by default). */
function tampering(target: string, prefix = '/log/tile/entries/'): Promise<string> {
  const s: Server = createServer((req, res) => {
    const up = request(`${target}${req.url}`, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => {
        const body = Buffer.concat(chunks);
        if (req.url!.startsWith(prefix) && body.length >= 32) body[body.length - 20]! ^= 0x01;
        res.writeHead(r.statusCode!, { 'content-type': r.headers['content-type'] ?? 'application/octet-stream' });
        res.end(body);
      });
    });
    up.end();
  });
  servers.push({ close: () => s.close() });
  return new Promise((done) => s.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)));
}

/**
 * A source in front of `target` whose overload guard answers 503 with `Retry-After: 0`: to the
 * first `busyFirst` requests of every path under `prefix` (then it passes them on), or to every one.
 */
function busy(target: string, prefix: string, busyFirst = Infinity): Promise<string> {
  const seen = new Map<string, number>();
  const s: Server = createServer((req, res) => {
    const n = seen.get(req.url!) ?? 0;
    if (req.url!.startsWith(prefix) && n < busyFirst) {
      seen.set(req.url!, n + 1);
      res.writeHead(503, { 'retry-after': '0', 'content-type': 'application/json' });
      return void res.end('{"error":{"code":"WC_OVERLOADED"}}');
    }
    request(`${target}${req.url}`, (r) => {
      res.writeHead(r.statusCode!, r.headers);
      r.pipe(res);
    }).end();
  });
  servers.push({ close: () => s.close() });
  return new Promise((done) => s.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)));
}

async function issueMore(f: DemoFixture, count: number): Promise<string[]> {
  const ring = loadKeyRing(f.keysDir);
  const { store } = openDataDir(f.dataDir);
  try {
    const now = Date.now();
    const trust = currentTrustList(store, ring.root.publicKey, now);
    const tpl = trust.templates[0]!;
    return (await issueBatch({ store, trust, key: ring.issuers.get(tpl.issuer)!.at(-1)!, logKey: ring.log, templateId: tpl.id, count, now })).codes;
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  fx = await demoFixture(20);
  other = await demoFixture(2);
  base = mkdtempSync(join(tmpdir(), 'wc-sync-'));
});
afterAll(async () => {
  for (const s of servers) await s.close();
  fx.cleanup();
  other.cleanup();
  rmSync(base, { recursive: true, force: true });
});

describe('sync', () => {
  it('copies a running server, verified, and the copy answers offline as the source does; then only what is new', async () => {
    const url = await listen(fx);
    const copy = join(base, 'copy');
    const root = join(fx.dataDir, 'root.pub.jwk');
    const env = { WARNCHECK_STATE: join(base, 'state.json') };
    // The first sync needs the root key from elsewhere than the source.
    const noRoot = await run(['sync', '--from', url, '--data', join(base, 'no-root')]);
    expect(noRoot.code).toBe(2);
    expect(noRoot.stderr).toContain('WC_USAGE');
    // A --root path that names no file is the operator's typo, said as such (not "no data"), and nothing is written.
    const typo = await run(['sync', '--from', url, '--data', join(base, 'typo'), '--root', join(base, 'nowhere.jwk')]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--root');
    expect(typo.stderr).toContain('WC_USAGE');
    expect(existsSync(join(base, 'typo'))).toBe(false);

    const first = await run(['sync', '--from', url, '--data', copy, '--root', root]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`${fx.data.statementCount} in all`);
    expect(existsSync(join(copy, 'root.pub.jwk'))).toBe(true);
    for (const input of [fx.inputs.genuine, fx.inputs.revoked, fx.inputs.revokedKey, fx.inputs.unknown, fx.inputs.mistyped]) {
      const a = JSON.parse((await run(['verify', '--data', fx.dataDir, '--json', input], { env })).stdout);
      const b = JSON.parse((await run(['verify', '--data', copy, '--json', input], { env: { WARNCHECK_STATE: join(base, 'state-copy.json') } })).stdout);
      expect(b.verdict, input).toBe(a.verdict);
      expect(b).toEqual(a);
    }

    const fresh = await issueMore(fx, 300);
    await new Promise((r) => setTimeout(r, 1100)); // the server looks for a new checkpoint once a second
    const again = await run(['sync', '--from', url, '--data', copy]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('synced 300 new statements');
    // Incremental: only the bundles from the copy's end on (300 statements span 2 or 3 of them).
    expect(Number(/\((\d+) entry bundles/.exec(again.stdout)![1])).toBeLessThanOrEqual(3);
    const v = await run(['verify', '--data', copy, '--json', fresh[0]!], { env: { WARNCHECK_STATE: join(base, 'state-copy.json') } });
    expect(JSON.parse(v.stdout).verdict).toBe('genuine');
    expect((await run(['sync', '--from', url, '--data', copy])).stdout).toContain('is up to date');
    // The copy is written in the current layout: every level of the log stored, leaves included,
    // the same hashes as the source's.
    const a = openDataDir(fx.dataDir, { readonly: true }).store;
    const b = openDataDir(copy, { readonly: true }).store;
    try {
      const n = b.count();
      expect(n).toBe(a.count());
      for (const [level, index] of [
        [0, 0],
        [0, n - 1],
        [1, 7],
        [3, 2],
        [4, 1],
      ] as const)
        expect(Buffer.from(b.logHash(level, index)!).toString('hex'), `${level}/${index}`).toBe(Buffer.from(a.logHash(level, index)!).toString('hex'));
    } finally {
      a.close();
      b.close();
    }
  });

  it('refuses a tampered, rolled-back or foreign source and keeps the copy as it was', async () => {
    const old = join(base, 'old-source');
    cpSync(fx.dataDir, old, { recursive: true }); // the source as it is now, before more issuance
    const copy = join(base, 'copy2');
    const root = join(fx.dataDir, 'root.pub.jwk');
    const url = await listen(fx);
    await issueMore(fx, 40);
    await new Promise((r) => setTimeout(r, 1100));

    const bad = await run(['sync', '--from', await tampering(url), '--data', copy, '--root', root]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/WC_(SIGNATURE_INVALID|LOG_FORK|JWS_MALFORMED|STATEMENT_MALFORMED|LOG_BUNDLE_MALFORMED|TILE_MALFORMED|LOG_PROOF_INVALID)/);
    // A flipped byte in a hash tile: level 0 (whose hashes must be the bundles' leaf hashes) and
    // level 1 (whose hashes must be the level-0 tiles' roots, up to the signed root) alike.
    for (const level of [0, 1]) {
      const tiles = await run(['sync', '--from', await tampering(url, `/log/tile/${level}/`), '--data', copy, '--root', root]);
      expect(tiles.code, `level ${level}`).toBe(1);
      expect(tiles.stderr).toContain('WC_LOG_PROOF_INVALID');
      expect(tiles.stderr).toContain('hash tiles');
    }
    const count = () => {
      const { store } = openDataDir(copy);
      try {
        return store.count();
      } finally {
        store.close();
      }
    };
    expect(count()).toBe(0); // nothing installed

    expect((await run(['sync', '--from', url, '--data', copy, '--root', root])).code).toBe(0);
    const held = count();
    // An older copy of the same log: refused as a rollback.
    const { loadData } = await import('../../src/service/load.js');
    const oldData = loadData(old, { now: Date.now });
    const oldApp = await (await import('../../src/server/app.js')).buildApp({ data: oldData, rateLimit: false });
    servers.push({ close: async () => (await oldApp.close(), oldData.close()) });
    const oldUrl = await oldApp.listen({ port: 0, host: '127.0.0.1' });
    const rolled = await run(['sync', '--from', oldUrl, '--data', copy]);
    expect(rolled.code).toBe(1);
    expect(rolled.stderr).toContain('WC_LOG_ROLLBACK');
    // Another issuer's data, signed by another root: refused by the pinned root.
    const foreign = await run(['sync', '--from', await listen(other), '--data', copy]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain('WC_TRUST_SIGNATURE_INVALID');
    // An unreachable source.
    const gone = await run(['sync', '--from', 'http://127.0.0.1:9', '--data', copy]);
    expect(gone.stderr).toContain('WC_SYNC_SOURCE');
    expect(count()).toBe(held);
  });

  it('waits out a busy source (503 with Retry-After) instead of dropping the copy, and gives up on one that stays busy', async () => {
    const url = await listen(fx);
    const root = join(fx.dataDir, 'root.pub.jwk');
    const copy = join(base, 'copy-busy');
    // Every hash tile and entry bundle is refused twice before it is served.
    const ok = await run(['sync', '--from', await busy(url, '/log/tile/', 2), '--data', copy, '--root', root]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`${fx.data.statementCount} in all`);

    const stuck = join(base, 'copy-stuck');
    const never = await run(['sync', '--from', await busy(url, '/log/tile/entries/'), '--data', stuck, '--root', root]);
    expect(never.code).toBe(1);
    expect(never.stderr).toContain('WC_SYNC_SOURCE');
    expect(never.stderr).toContain('HTTP 503');
    const { store } = openDataDir(stuck);
    try {
      expect(store.count()).toBe(0); // nothing installed
    } finally {
      store.close();
    }
  });
});
