// Every bad input gets one clear line with its stable code and the right exit status, never a stack trace.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDemo } from '../../src/demo/ensure.js';
import { run } from '../helpers/cli.js';

const T0 = Date.parse('2026-11-22T10:00:00Z');

function oneLine(stderr: string, code: string): void {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toContain(code);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('CLI bad input', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-bad-'));
  const data = join(base, 'data');
  const keys = join(base, 'keys');
  const env = { WARNCHECK_STATE: join(base, 'state.json') };
  beforeAll(async () => {
    await makeDemo({ keysDir: keys, dataDir: data, now: T0, perTemplate: 5 });
  });

  it('no command / unknown command / unknown flag → usage, exit 2', async () => {
    expect((await run([])).code).toBe(2);
    const u = await run(['frobnicate']);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('WC_USAGE');
    const f = await run(['verify', '--data', data, '--nope', 'x'], { env });
    expect(f.code).toBe(2);
    oneLine(f.stderr, 'WC_USAGE');
  });

  it('empty input → WC_INPUT_EMPTY, exit 2', async () => {
    const r = await run(['verify', '--data', data, '-'], { stdin: '', env, now: T0 });
    expect(r.code).toBe(2);
    oneLine(r.stderr, 'WC_INPUT_EMPTY');
    const r2 = await run(['verify', '--data', data, '   '], { env, now: T0 });
    oneLine(r2.stderr, 'WC_INPUT_EMPTY');
  });

  it('huge input on stdin → WC_INPUT_TOO_LARGE, exit 2', async () => {
    const r = await run(['verify', '--data', data, '-'], { stdin: 'a'.repeat(70 * 1024), env, now: T0 });
    expect(r.code).toBe(2);
    oneLine(r.stderr, 'WC_INPUT_TOO_LARGE');
  });

  it('invalid UTF-8 and binary on stdin → WC_INPUT_NOT_TEXT', async () => {
    const r = await run(['verify', '--data', data, '-'], { stdin: Buffer.from([0x41, 0xc3, 0x28, 0xff, 0xfe]), env, now: T0 });
    expect(r.code).toBe(2);
    oneLine(r.stderr, 'WC_INPUT_NOT_TEXT');
  });

  it('binary that happens to be valid UTF-8 gets a verdict, not a crash', async () => {
    const r = await run(['verify', '--data', data, '--json', '-'], { stdin: Buffer.from([0, 1, 2, 3, 0x41, 0x42, 10, 0x7f]), env, now: T0 });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).verdict).toBe('no-evidence');
  });

  it('missing data directory → WC_DATA_MISSING, exit 1', async () => {
    const r = await run(['verify', '--data', join(base, 'nope'), 'NO-0000-0000-0000'], { env, now: T0 });
    expect(r.code).toBe(1);
    oneLine(r.stderr, 'WC_DATA_MISSING');
    const r2 = await run(['verify', 'NO-0000-0000-0000'], { env, now: T0 });
    expect(r2.code).toBe(2);
    oneLine(r2.stderr, 'WC_USAGE');
  });

  it('wrong or damaged key file → WC_KEYFILE_INVALID', async () => {
    const bad = join(base, 'badkeys');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'root.key'), '{"type":"something-else"}');
    const r = await run(['issue', '--keys', bad, '--data', data, '--template', 'x', '--count', '1', '--out', join(base, 'o.csv')], { now: T0 });
    expect(r.code).toBe(2);
    oneLine(r.stderr, 'WC_KEYFILE_INVALID');
    writeFileSync(join(bad, 'root.key'), Buffer.from([0xff, 0, 1]));
    oneLine(
      (await run(['issue', '--keys', bad, '--data', data, '--template', 'x', '--count', '1', '--out', join(base, 'o.csv')], { now: T0 })).stderr,
      'WC_KEYFILE_INVALID',
    );
  });

  it('count out of range and unknown template are refused', async () => {
    oneLine(
      (await run(['issue', '--keys', keys, '--data', data, '--template', 'x', '--count', '1', '--out', join(base, 'o.csv')], { now: T0 })).stderr,
      'WC_TEMPLATE_UNKNOWN',
    );
    const tpl = JSON.parse((await run(['templates', '--data', data, '--json'], { now: T0 })).stdout).templates[0].id;
    const r = await run(['issue', '--keys', keys, '--data', data, '--template', tpl, '--count', '-5', '--out', join(base, 'o.csv')], { now: T0 });
    expect(r.code).toBe(2);
    oneLine(r.stderr, 'WC_USAGE');
  });

  it('a damaged database file → WC_DATA_CORRUPT', async () => {
    const d = join(base, 'corrupt');
    mkdirSync(d);
    writeFileSync(join(d, 'warncheck.db'), 'garbage'.repeat(1000));
    writeFileSync(join(d, 'root.pub.jwk'), '{}');
    const r = await run(['verify', '--data', d, 'NO-0000-0000-0000'], { env, now: T0 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/WC_DATA_CORRUPT|WC_KEY_MALFORMED/);
  });
});
