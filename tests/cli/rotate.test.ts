// Rotation in one command each (issue 13 item 3), on fresh directories: rotate an issuer key,
// rotate the root (a verifier pinning the old root follows the signed hand-over), keygen refusing
// to add keys silently, and a list signed by a root nobody handed over to being refused.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicKeyFromSeed } from '../../src/core/ed25519.js';
import { base64urlDecode, utf8Decode } from '../../src/core/bytes.js';
import { jwkThumbprint, publicJwk } from '../../src/core/jwk.js';
import { formatRootHandover, formatTrustList, type TrustListPayload } from '../../src/core/trust.js';
import { formatTime } from '../../src/core/time.js';
import { generateSeed, nodeSigner } from '../../src/node/ed25519.js';
import { openDataDir } from '../../src/store/datadir.js';
import { HANDOVERS_FILE } from '../../src/store/handovers.js';
import { loadData } from '../../src/service/load.js';
import { buildApp } from '../../src/server/app.js';
import { run } from '../helpers/cli.js';
import { JSON_CT } from '../helpers/server.js';

const CONFIG = {
  site: 'https://warncheck.example',
  issuers: [{ id: 'no-test', name: { en: 'Test police' }, country: 'NO', domains: ['politiet.no'], help: [] }],
  templates: [
    { id: 'no-test-en-1', issuer: 'no-test', lang: 'en', title: 'Test warning', text: 'This file was placed here by the police.\nMessage code: {code}' },
  ],
};

describe('rotate and rotate-root', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-rotate-'));
  const keys = join(base, 'keys');
  const data = join(base, 'data');
  const oldRoot = join(base, 'old-root.pub.jwk');
  const env = { WARNCHECK_STATE: join(base, 'state.json') };
  const config = join(base, 'trust.json');
  let n = 0;
  const batch = async (): Promise<string[]> => {
    const out = join(base, `batch${n++}.csv`);
    const r = await run(['issue', '--keys', keys, '--data', data, '--template', 'no-test-en-1', '--count', '3', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]!);
  };
  const verify = async (code: string, extra: string[] = []) => {
    const r = await run(['verify', '--data', data, '--json', ...extra, code], { env });
    return { code: r.code, stderr: r.stderr, json: r.stdout ? JSON.parse(r.stdout) : undefined };
  };
  let a: string[] = [];
  let b: string[] = [];
  let c: string[] = [];
  let kidA = '';
  let kidB = '';

  beforeAll(async () => {
    writeFileSync(config, JSON.stringify(CONFIG));
    expect((await run(['keygen', '--keys', keys, '--issuer', 'no-test'])).code).toBe(0);
    expect((await run(['trust', '--keys', keys, '--data', data, '--config', config])).code).toBe(0);
    copyFileSync(join(data, 'root.pub.jwk'), oldRoot);
    a = await batch();
    kidA = (await verify(a[0]!)).json.findings[0].warning.kid;
    const r = await run(['rotate', '--keys', keys, '--data', data, '--issuer', 'no-test']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    kidB = /new signing key (\S+)/.exec(r.stdout)![1]!;
    b = await batch();
    const rr = await run(['rotate-root', '--keys', keys, '--data', data]);
    expect(rr.stderr).toBe('');
    expect(rr.code).toBe(0);
    c = await batch();
  });

  it('rotate: later issue runs sign with the new key; what the old key signed stays genuine', async () => {
    expect(kidB).not.toBe(kidA);
    for (const code of a) expect((await verify(code)).json.findings[0].warning.kid).toBe(kidA);
    for (const code of [...b, ...c]) expect((await verify(code)).json.findings[0].warning.kid).toBe(kidB);
    for (const code of [...a, ...b, ...c]) expect((await verify(code)).json.verdict).toBe('genuine');
  });

  it('rotate-root: a verifier pinning the OLD root follows the hand-over and answers genuine', async () => {
    expect(readFileSync(join(data, 'root.pub.jwk'), 'utf8')).toBe(readFileSync(oldRoot, 'utf8'));
    expect(readFileSync(join(data, HANDOVERS_FILE), 'utf8').trim().split('\n')).toHaveLength(1);
    for (const code of [a[0]!, b[0]!, c[0]!]) {
      const r = await verify(code, ['--root', oldRoot]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.json.verdict).toBe('genuine');
    }
    // The old root key is retired, not deleted; root.key is the new one.
    expect(readdirSync(join(keys, 'retired')).filter((f) => f.startsWith('root.'))).toHaveLength(1);
    expect(existsSync(join(keys, 'root.next.key'))).toBe(false);
  });

  it('trust --config rebuilds with the new root, and a second rotate-root extends the chain', async () => {
    const t = await run(['trust', '--keys', keys, '--data', data, '--config', config]);
    expect(t.stderr).toBe('');
    expect(t.code).toBe(0);
    expect((await run(['rotate-root', '--keys', keys, '--data', data])).code).toBe(0);
    expect(readFileSync(join(data, HANDOVERS_FILE), 'utf8').trim().split('\n')).toHaveLength(2);
    expect((await verify(a[1]!, ['--root', oldRoot])).json.verdict).toBe('genuine');
  });

  it('the API and the well-known hand-overs follow the chain too', async () => {
    const loaded = loadData(data, { now: Date.now });
    const app = await buildApp({ data: loaded });
    try {
      const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: c[1]! }) });
      expect(r.json().verdict).toBe('genuine');
      const h = await app.inject({ url: '/.well-known/warncheck-root-handovers' });
      expect(h.statusCode).toBe(200);
      expect(h.body.trim().split('\n')).toHaveLength(2);
      const pinned = JSON.parse(readFileSync(oldRoot, 'utf8')).x;
      expect(loaded.rootPublicKey).toBe(pinned);
    } finally {
      await app.close();
      loaded.close();
    }
  });

  it('a list signed only by a root the old one never handed over to is refused (WC_TRUST_SIGNATURE_INVALID)', async () => {
    const { store } = openDataDir(data);
    const latest = store.latestTrustList()!;
    const payload = JSON.parse(utf8Decode(base64urlDecode(latest.jws.split('.')[1]!))) as TrustListPayload;
    const rogueSeed = generateSeed();
    const roguePk = publicKeyFromSeed(rogueSeed);
    store.putTrustList(latest.version + 1, formatTrustList({ ...payload, version: latest.version + 1 }, jwkThumbprint(roguePk), nodeSigner(rogueSeed)));
    store.close();
    const r = await run(['verify', '--data', data, '--root', oldRoot, a[0]!], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('WC_TRUST_SIGNATURE_INVALID');
    // A hand-over to the rogue root signed by the rogue root itself is no link in the chain.
    const { kty, crv, x } = publicJwk(roguePk);
    const selfSigned = formatRootHandover(
      { v: 1, type: 'root-handover', from: jwkThumbprint(roguePk), to: jwkThumbprint(roguePk), jwk: { kty, crv, x }, issued_at: formatTime(Date.now()) },
      nodeSigner(rogueSeed),
    );
    writeFileSync(join(data, HANDOVERS_FILE), readFileSync(join(data, HANDOVERS_FILE), 'utf8') + selfSigned + '\n');
    const r2 = await run(['verify', '--data', data, '--root', oldRoot, a[0]!], { env });
    expect(r2.stderr).toContain('WC_TRUST_SIGNATURE_INVALID');
  });
});

describe('keygen on a folder that already holds keys', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-keygen-'));
  const keys = join(base, 'keys');

  it('refuses with a clear error, unless asked for exactly one new key with --add', async () => {
    expect((await run(['keygen', '--keys', keys, '--issuer', 'no-test'])).code).toBe(0);
    const again = await run(['keygen', '--keys', keys, '--issuer', 'no-test']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already holds keys');
    expect(again.stderr).toContain('--add');
    expect(readdirSync(join(keys, 'issuers'))).toHaveLength(1);
    const two = await run(['keygen', '--keys', keys, '--issuer', 'a', '--issuer', 'b', '--add']);
    expect(two.code).toBe(2);
    const one = await run(['keygen', '--keys', keys, '--issuer', 'no-test', '--add']);
    expect(one.code).toBe(0);
    expect(readdirSync(join(keys, 'issuers'))).toHaveLength(2);
    const fresh = await run(['keygen', '--keys', join(base, 'other'), '--issuer', 'x', '--add']);
    expect(fresh.code).toBe(2);
  });

  it('demo writes the trust config it used next to the keys, and `trust --config` accepts it', async () => {
    const k = join(base, 'demo-keys');
    const d = join(base, 'demo-data');
    expect((await run(['demo', '--keys', k, '--data', d, '--count', '2'])).code).toBe(0);
    const cfg = JSON.parse(readFileSync(join(k, 'trust.json'), 'utf8'));
    expect(cfg.site).toBeTruthy();
    expect(cfg.issuers.length).toBeGreaterThan(0);
    const t = await run(['trust', '--keys', k, '--data', d, '--config', join(k, 'trust.json')]);
    expect(t.stderr).toBe('');
    expect(t.code).toBe(0);
  });
});
