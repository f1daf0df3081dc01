// The read side on a real web server: a published directory served by Debian's nginx with the
// configuration docs/DEPLOY.md shows; `sync` takes a verified copy from it, and a byte flipped in a
// published file is refused.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemo } from '../../src/demo/ensure.js';
import { decodeRangeAnswer, rangeBits } from '../../src/core/range.js';
import type { DemoInputs } from '../../src/service/types.js';
import { run } from '../helpers/cli.js';
import { startNginxMirror, type Nginx } from '../helpers/nginx.js';

let base: string;
let inputs: DemoInputs;
let nginx: Nginx;
const data = () => join(base, 'data');
const site = () => join(base, 'site');

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'wc-nginx-'));
  inputs = await makeDemo({ keysDir: join(base, 'keys'), dataDir: data(), now: Date.now(), perTemplate: 20 });
  const pub = await run(['publish', '--data', data(), '--out', site()]);
  expect(pub.code, pub.stderr).toBe(0);
  nginx = await startNginxMirror(site(), join(base, 'nginx'));
}, 60_000);

afterAll(async () => {
  await nginx?.stop();
  rmSync(base, { recursive: true, force: true });
});

describe('a published site on nginx', () => {
  it('serves the log, the trust list and the buckets with the documented types and caching', async () => {
    const cp = await fetch(`${nginx.url}/log/checkpoint`);
    expect(cp.status).toBe(200);
    expect(cp.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(cp.headers.get('cache-control')).toBe('max-age=5');
    expect(cp.headers.get('referrer-policy')).toBe('no-referrer');
    const size = Number((await cp.text()).split('\n')[1]);
    const tile = await fetch(`${nginx.url}/log/tile/entries/000${size >= 256 ? '' : `.p/${size}`}`);
    expect(tile.status).toBe(200);
    expect(tile.headers.get('content-type')).toBe('application/octet-stream');
    expect(tile.headers.get('cache-control')).toBe('max-age=315360000');
    const trust = await fetch(`${nginx.url}/.well-known/warncheck-trust.jws`);
    expect(trust.headers.get('content-type')).toBe('application/jose');
    const bits = rangeBits(size);
    const bucket = await fetch(`${nginx.url}/api/v1/range/${bits}/${'0'.repeat(Math.max(1, Math.ceil(bits / 4)))}`);
    expect(bucket.headers.get('content-type')).toBe('application/octet-stream');
    expect(decodeRangeAnswer(new Uint8Array(await bucket.arrayBuffer())).bits).toBe(bits);
  });

  it('sync takes a verified copy from it, which answers offline as the source does', async () => {
    const copy = join(base, 'copy');
    const r = await run(['sync', '--from', nginx.url, '--data', copy, '--root', join(data(), 'root.pub.jwk')]);
    expect(r.code, r.stderr).toBe(0);
    for (const input of [inputs.genuine, inputs.revoked, inputs.unknown]) {
      const a = JSON.parse((await run(['verify', '--data', data(), '--json', input], { env: { WARNCHECK_STATE: join(base, 's1.json') } })).stdout);
      const b = JSON.parse((await run(['verify', '--data', copy, '--json', input], { env: { WARNCHECK_STATE: join(base, 's2.json') } })).stdout);
      expect(b).toEqual(a);
    }
  });

  /** Flips one byte in the first published file under `tileDir` (x000 aside), syncs into a fresh copy, restores it. */
  async function syncWithFlippedByte(tileDir: string, copyName: string): Promise<{ code: number | null; stderr: string; installed: boolean }> {
    const dir = join(site(), tileDir);
    const name = readdirSync(dir).find((n) => n !== 'x000')!;
    const path = join(dir, name.endsWith('.p') ? `${name}/${readdirSync(join(dir, name))[0]}` : name);
    const good = readFileSync(path);
    const bad = Buffer.from(good);
    bad[Math.floor(bad.length / 2)]! ^= 0x04;
    writeFileSync(path, bad);
    try {
      const copy = join(base, copyName);
      const r = await run(['sync', '--from', nginx.url, '--data', copy, '--root', join(data(), 'root.pub.jwk')]);
      const check = await run(['log', '--data', copy]);
      return { code: r.code, stderr: r.stderr, installed: check.code === 0 };
    } finally {
      writeFileSync(path, good);
    }
  }

  it('a byte flipped in a published entry bundle makes sync refuse, and installs nothing', async () => {
    const r = await syncWithFlippedByte('log/tile/entries', 'copy-bad');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/WC_(SIGNATURE_INVALID|LOG_FORK|JWS_MALFORMED|STATEMENT_MALFORMED|LOG_BUNDLE_MALFORMED|LOG_PROOF_INVALID)/);
    expect(r.installed).toBe(false); // an empty copy: no checkpoint was installed
  });

  it('a byte flipped in a published hash tile makes sync refuse, and installs nothing', async () => {
    const r = await syncWithFlippedByte('log/tile/0', 'copy-bad-tile');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('WC_LOG_PROOF_INVALID');
    expect(r.installed).toBe(false); // an empty copy: no checkpoint was installed
  });
});
