// The compromise drill (issue 13, docs/FORMAT.md §5.1) on fresh directories with the real clock:
// issue batch A, note the time T, issue batch B with the same key, `revoke --key KID --at T`:
// every code of A stays genuine (with a note), every code of B reads revoked, in the CLI and the API.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { base64urlDecode, utf8Decode } from '../../src/core/bytes.js';
import { codeHash, makeCode } from '../../src/core/code.js';
import { formatStatement, warningPayload } from '../../src/core/statement.js';
import { nodeSigner } from '../../src/node/ed25519.js';
import { loadKeyRing } from '../../src/issuer/keys.js';
import { attachLogSigner } from '../../src/issuer/log.js';
import { currentTrustList } from '../../src/issuer/trust.js';
import { openDataDir } from '../../src/store/datadir.js';
import { loadData } from '../../src/service/load.js';
import { buildApp } from '../../src/server/app.js';
import { run } from '../helpers/cli.js';
import { drillSetup } from '../helpers/drill.js';
import { FORM, form, JSON_CT } from '../helpers/server.js';

describe('compromise drill: revoke --key KID --at T', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-drill-'));
  let d: Awaited<ReturnType<typeof drillSetup>>;
  let thief = '';

  beforeAll(async () => {
    d = await drillSetup(base);
    // A thief with the key backdates a statement to before T; it lands in the log after T.
    const ring = loadKeyRing(d.keys);
    const key = ring.issuers.get('no-test')![0]!;
    const { store } = openDataDir(d.data);
    try {
      const trust = currentTrustList(store, ring.root.publicKey, Date.now());
      const code = makeCode('NO', new Uint8Array(11).fill(7));
      const jws = formatStatement(warningPayload(codeHash(code), 'no-test', Date.parse(d.t) - 40, 'en', 'no-test-en-1'), key.kid, nodeSigner(key.seed));
      attachLogSigner(store, ring.log, trust);
      store.appendStatements([{ codeHash: codeHash(code), type: 'warning', kid: key.kid, jws }]);
      thief = code;
    } finally {
      store.close();
    }
    const r = await run(['revoke', '--keys', d.keys, '--data', d.data, '--key', d.kid, '--reason', 'key leaked', '--at', d.t], { env: d.env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('log index 0…4');
  });

  it('the trust list records the log size of the last checkpoint at or before T', () => {
    const { store } = openDataDir(d.data, { readonly: true });
    try {
      const payload = JSON.parse(utf8Decode(base64urlDecode(store.latestTrustList()!.jws.split('.')[1]!)));
      const k = payload.keys.find((x: { kid: string }) => x.kid === d.kid);
      expect(k).toMatchObject({ status: 'revoked', revoked_log_size: 5, revocation_reason: 'key leaked' });
    } finally {
      store.close();
    }
  });

  it('CLI: every code of A is genuine with the note, every code of B and the backdated one revoked', async () => {
    for (const c of d.a) {
      const r = await run(['verify', '--data', d.data, '--json', c], { env: d.env });
      expect(r.code).toBe(0);
      const j = JSON.parse(r.stdout);
      expect(j.verdict).toBe('genuine');
      expect(j.findings[0].warning).toMatchObject({ keyWithdrawnReason: 'key leaked', loggedBefore: 5 });
      expect(j.findings[0].inclusion[0].index).toBeLessThan(5);
    }
    const text = await run(['verify', '--data', d.data, d.a[0]!], { env: d.env });
    expect(text.stdout).toContain('key withdrawn later');
    for (const c of [...d.b, thief]) {
      const r = await run(['verify', '--data', d.data, '--json', c], { env: d.env });
      expect(r.code).toBe(1);
      const j = JSON.parse(r.stdout);
      expect(j.verdict, JSON.stringify(j.findings[0].steps)).toBe('revoked');
      expect(j.findings[0].code).toBe('WC_KEY_REVOKED');
    }
  });

  it('API and form: the same verdicts', async () => {
    const data = loadData(d.data, { now: Date.now });
    const app = await buildApp({ data });
    try {
      for (const [codes, verdict] of [
        [d.a, 'genuine'],
        [[...d.b, thief], 'revoked'],
      ] as const) {
        for (const c of codes) {
          const r = await app.inject({ method: 'POST', url: '/api/v1/verify', headers: JSON_CT, payload: JSON.stringify({ input: c }) });
          expect(r.json().verdict).toBe(verdict);
          if (verdict === 'genuine') expect(r.json().findings[0].warning.loggedBefore).toBe(5);
        }
      }
      const page = await app.inject({ method: 'POST', url: '/verify', headers: FORM, payload: form({ input: d.a[0]!, lang: 'en' }) });
      expect(page.body).toContain('was withdrawn on');
      expect(page.body).toContain('logged before that');
    } finally {
      await app.close();
      data.close();
    }
  });

  it('without --at every statement of the key reads revoked, as before', async () => {
    const r = await run(['revoke', '--keys', d.keys, '--data', d.data, '--key', d.kid, '--reason', 'all of it'], { env: d.env });
    expect(r.code).toBe(0);
    for (const c of [d.a[0]!, d.b[0]!]) {
      const v = JSON.parse((await run(['verify', '--data', d.data, '--json', c], { env: d.env })).stdout);
      expect(v.verdict).toBe('revoked');
      expect(v.findings[0].code).toBe('WC_KEY_REVOKED');
    }
  });

  it('--at before any checkpoint: a cut-off of 0, every statement revoked', async () => {
    const r = await run(['revoke', '--keys', d.keys, '--data', d.data, '--key', d.kid, '--reason', 'early', '--at', '2020-01-01T00:00:00Z'], { env: d.env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('every statement of this key reads revoked');
    const v = JSON.parse((await run(['verify', '--data', d.data, '--json', d.a[0]!], { env: d.env })).stdout);
    expect(v.verdict).toBe('revoked');
  });
});
