// A stale, rolled-back or not-yet-valid trust list: the check cannot be completed, never "genuine".
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDemo } from '../../src/demo/ensure.js';
import type { DemoInputs } from '../../src/service/types.js';
import { run } from '../helpers/cli.js';

const T0 = Date.parse('2026-11-22T10:00:00Z');
const DAY = 86_400_000;

describe('trust list policy through the CLI', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-trust-'));
  const data = join(base, 'data');
  const keys = join(base, 'keys');
  let inputs: DemoInputs;
  beforeAll(async () => {
    inputs = await makeDemo({ keysDir: keys, dataDir: data, now: T0, perTemplate: 5 });
  });

  it('the demo gives genuine, revoked (statement and key), mistyped and unknown', async () => {
    const env = { WARNCHECK_STATE: join(base, 's0.json') };
    const v = async (i: string) => JSON.parse((await run(['verify', '--data', data, '--json', i], { env, now: T0 + 1000 })).stdout);
    expect((await v(inputs.genuine)).verdict).toBe('genuine');
    expect((await v(inputs.revoked)).verdict).toBe('revoked');
    const rk = await v(inputs.revokedKey);
    expect(rk.verdict).toBe('revoked');
    expect(rk.findings[0].code).toBe('WC_KEY_REVOKED');
    expect((await v(inputs.mistyped)).verdict).toBe('mistyped');
    expect((await v(inputs.unknown)).verdict).toBe('unknown');
    const alt = await v(inputs.altered);
    expect(alt.verdict).toBe('altered');
    expect(alt.findings.find((f: { kind: string }) => f.kind === 'code').diff.some((d: { op: string }) => d.op === 'added')).toBe(true);
  });

  it('an expired trust list: error WC_TRUST_EXPIRED, exit 1, no verdict', async () => {
    const r = await run(['verify', '--data', data, '--json', inputs.genuine], { env: { WARNCHECK_STATE: join(base, 's1.json') }, now: T0 + 200 * DAY });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('WC_TRUST_EXPIRED');
  });

  it('a trust list from the future: WC_TRUST_NOT_YET_VALID', async () => {
    const r = await run(['verify', '--data', data, inputs.genuine], { env: { WARNCHECK_STATE: join(base, 's2.json') }, now: T0 - DAY });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('WC_TRUST_NOT_YET_VALID');
  });

  it('a rolled-back copy (older trust-list version than seen): WC_TRUST_ROLLBACK', async () => {
    const env = { WARNCHECK_STATE: join(base, 's3.json') };
    // Seen: the current version (2, after the demo revoked a key).
    expect((await run(['verify', '--data', data, inputs.genuine], { env, now: T0 + 1000 })).code).toBe(0);
    expect(JSON.parse(readFileSync(env.WARNCHECK_STATE, 'utf8')).trust).toBeTruthy();
    // A copy of the data whose newest trust list is version 1: drop version 2 from the database.
    const old = join(base, 'old');
    cpSync(data, old, { recursive: true });
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(old, 'warncheck.db'));
    db.exec('DELETE FROM trust_lists WHERE version = (SELECT MAX(version) FROM trust_lists)');
    db.close();
    const r = await run(['verify', '--data', old, inputs.genuine], { env, now: T0 + 1000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('WC_TRUST_ROLLBACK');
  });

  it('a trust list signed by another root than the pinned one: WC_TRUST_SIGNATURE_INVALID', async () => {
    const other = mkdtempSync(join(tmpdir(), 'wc-other-'));
    await makeDemo({ keysDir: join(other, 'keys'), dataDir: join(other, 'data'), now: T0, perTemplate: 2 });
    const r = await run(['verify', '--data', data, '--root', join(other, 'data', 'root.pub.jwk'), inputs.genuine], {
      env: { WARNCHECK_STATE: join(base, 's4.json') },
      now: T0 + 1000,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('WC_TRUST_SIGNATURE_INVALID');
  });
});
