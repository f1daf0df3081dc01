// A running `warncheck serve` picks up a new trust list (and a revocation statement) on its tick,
// with everything derived from it, and refuses to start on a rolled-back or forked copy of the
// data that it has served before (state file outside the data directory). Real process, real
// SQLite, the real CLI writing while the server reads.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDemo } from '../../src/demo/ensure.js';
import { openDataDir } from '../../src/store/datadir.js';
import { loadData } from '../../src/service/load.js';
import { buildApp } from '../../src/server/app.js';
import { publicKeyFromSeed } from '../../src/core/ed25519.js';
import { jwkThumbprint } from '../../src/core/jwk.js';
import { formatTrustList, type TrustListPayload } from '../../src/core/trust.js';
import { generateSeed, nodeSigner } from '../../src/node/ed25519.js';
import { run } from '../helpers/cli.js';
import { serve } from '../helpers/spawn.js';

const base = mkdtempSync(join(tmpdir(), 'wc-live-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const TICK_MS = 1000;

async function until<T>(what: () => Promise<T | undefined>, ms: number): Promise<{ value: T; after: number }> {
  const start = Date.now();
  for (;;) {
    const v = await what();
    if (v !== undefined) return { value: v, after: Date.now() - start };
    if (Date.now() - start > ms) throw new Error(`not seen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('live trust list (real serve)', () => {
  const keys = join(base, 'keys');
  const data = join(base, 'data');
  const old = join(base, 'old-copy');
  const state = join(base, 'state', 'served.json');

  it('revoking a key and a code while serve runs shows on the API, the form and /.well-known/* within two ticks; a rolled-back or forked copy is refused', async () => {
    const inputs = await makeDemo({ keysDir: keys, dataDir: data, now: Date.now(), perTemplate: 5 });
    cpSync(data, old, { recursive: true });
    const s = await serve(['--data', data, '--state', state], { cwd: base });
    let tplId: string;
    try {
      const api = async (code: string) =>
        (
          await fetch(`${s.url}/api/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input: code }) })
        ).json() as Promise<{
          verdict: string;
          findings: Array<{ code?: string; warning?: { kid: string } }>;
        }>;
      const first = await api(inputs.genuine);
      expect(first.verdict, JSON.stringify(first)).toBe('genuine');
      const kid = first.findings[0]!.warning!.kid;
      // Another genuine code, of another issuer (its key stays trusted): revoked by statement.
      const out = join(base, 'other.csv');
      const tpl = JSON.parse((await run(['templates', '--data', data, '--json'])).stdout).templates.find((t: { issuer: string }) => !t.issuer.startsWith('no'));
      tplId = tpl.id;
      expect((await run(['issue', '--keys', keys, '--data', data, '--template', tplId, '--count', '2', '--out', out])).code).toBe(0);
      const other = readFileSync(out, 'utf8').trim().split('\n')[1]!.split(',')[0]!;
      await until(async () => ((await api(other)).verdict === 'genuine' ? true : undefined), 3 * TICK_MS);

      const trustBefore = await (await fetch(`${s.url}/.well-known/warncheck-trust.jws`)).text();
      const rk = await run(['revoke', '--keys', keys, '--data', data, '--key', kid, '--reason', 'leak drill']);
      expect(rk.code, rk.stderr).toBe(0);
      const rc = await run(['revoke', '--keys', keys, '--data', data, '--code', other, '--reason', 'withdrawn']);
      expect(rc.code, rc.stderr).toBe(0);
      const t0 = Date.now();

      const seen = await until(
        async () => {
          const a = await api(inputs.genuine);
          const b = await api(other);
          return a.verdict === 'revoked' && b.verdict === 'revoked' ? [a, b] : undefined;
        },
        2 * TICK_MS + 500,
      );
      expect(seen.value[0]!.findings[0]!.code).toBe('WC_KEY_REVOKED');
      expect(seen.value[1]!.findings[0]!.code).toBe('WC_STATEMENT_REVOKED');
      const page = await (
        await fetch(`${s.url}/verify`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ input: inputs.genuine, lang: 'en' }).toString(),
        })
      ).text();
      expect(page).toContain('WC_KEY_REVOKED');
      const jwks = (await (await fetch(`${s.url}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid?: string; x: string; status: string }> };
      expect(jwks.keys.filter((k) => k.status === 'revoked').length).toBeGreaterThanOrEqual(2);
      const trustAfter = await (await fetch(`${s.url}/.well-known/warncheck-trust.jws`)).text();
      const { store } = openDataDir(data, { readonly: true });
      const latest = store.latestTrustList()!;
      store.close();
      expect(trustAfter).not.toBe(trustBefore);
      expect(trustAfter).toBe(latest.jws);
      expect(Date.now() - t0).toBeLessThan(2 * TICK_MS + 1500);
      console.log(`live trust list: revoked seen on the API ${seen.after} ms after the CLI finished (tick ${TICK_MS} ms)`);

      // The state file (outside the data directory) records what was served.
      const st = JSON.parse(readFileSync(state, 'utf8'));
      expect(Object.values(st.trust)).toContain(latest.version);
    } finally {
      await s.stop();
    }

    // The copy made before the revocations is a rollback: refused at start, with the CLI's code.
    const refused = await serve(['--data', old, '--state', state], { cwd: base, timeoutMs: 30_000 }).then(
      async (x) => {
        await x.stop();
        return '';
      },
      (e: { output?: string }) => e.output ?? '',
    );
    expect(refused).toContain('WC_TRUST_ROLLBACK');

    // A fork: the old copy brought to the same trust-list version, then a different log.
    expect((await run(['revoke', '--keys', keys, '--data', old, '--key', firstKid(old), '--reason', 'fork'])).code).toBe(0);
    expect((await run(['issue', '--keys', keys, '--data', old, '--template', tplId, '--count', '5', '--out', join(base, 'fork.csv')])).code).toBe(0);
    const forked = await serve(['--data', old, '--state', state], { cwd: base, timeoutMs: 30_000 }).then(
      async (x) => {
        await x.stop();
        return '';
      },
      (e: { output?: string }) => e.output ?? '',
    );
    expect(forked).toContain('WC_LOG_FORK');
  });
});

describe('live trust list (in process)', () => {
  it('a new version that does not verify is not switched to: answers stop with its code, never genuine', async () => {
    const keysDir = join(base, 'k2');
    const dataDir = join(base, 'd2');
    const inputs = await makeDemo({ keysDir, dataDir, now: Date.now(), perTemplate: 2 });
    const served: number[] = [];
    const data = loadData(dataDir, { now: Date.now, onServe: (v) => served.push(v.version) });
    const app = await buildApp({ data });
    try {
      const ask = () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/verify',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ input: inputs.genuine }),
        });
      expect((await ask()).json().verdict).toBe('genuine');
      const { store } = openDataDir(dataDir);
      const latest = store.latestTrustList()!;
      const payload = JSON.parse(Buffer.from(latest.jws.split('.')[1]!, 'base64url').toString('utf8')) as TrustListPayload;
      const seed = generateSeed();
      store.putTrustList(
        latest.version + 1,
        formatTrustList({ ...payload, version: latest.version + 1 }, jwkThumbprint(publicKeyFromSeed(seed)), nodeSigner(seed)),
      );
      store.close();
      await new Promise((r) => setTimeout(r, TICK_MS + 100));
      const r = await ask();
      expect(r.statusCode).toBe(500);
      expect(r.json().error.code).toBe('WC_TRUST_SIGNATURE_INVALID');
      expect((await app.inject({ url: '/.well-known/warncheck-trust.jws' })).statusCode).toBe(500);
      expect(served).toEqual([latest.version]);
    } finally {
      await app.close();
      data.close();
    }
  });
});

/** A kid of a copy's trust list (any: revoking it again only bumps the version). */
function firstKid(dir: string): string {
  const { store } = openDataDir(dir, { readonly: true });
  try {
    const p = JSON.parse(Buffer.from(store.latestTrustList()!.jws.split('.')[1]!, 'base64url').toString('utf8'));
    return p.keys[0].kid;
  } finally {
    store.close();
  }
}
