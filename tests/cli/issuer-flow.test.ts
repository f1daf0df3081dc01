// The issuer's invocations exactly as the README lists them, on fresh directories.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

const T0 = Date.parse('2026-11-22T10:00:00Z');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

describe('issuer CLI: keygen → trust → templates → issue → verify → revoke', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-cli-'));
  const keys = join(base, 'keys');
  const data = join(base, 'data');
  const env = { WARNCHECK_STATE: join(base, 'state.json') };
  const config = join(base, 'trust.json');
  let codes: string[] = [];

  beforeAll(async () => {
    writeFileSync(
      config,
      JSON.stringify({
        site: 'https://warncheck.example',
        issuers: [
          {
            id: 'no-test',
            name: { en: 'Test police', nb: 'Testpolitiet' },
            country: 'NO',
            domains: ['politiet.no'],
            help: [{ name: 'Det finnes hjelp', url: 'https://detfinneshjelp.no', kind: 'help' }],
          },
        ],
        templates: [
          { id: 'no-test-en-1', issuer: 'no-test', lang: 'en', title: 'Test warning', text: 'This file was placed here by the police.\nMessage code: {code}' },
        ],
      }),
    );
    expect((await run(['keygen', '--keys', keys, '--issuer', 'no-test'], { now: T0 })).code).toBe(0);
    const t = await run(['trust', '--keys', keys, '--data', data, '--config', config], { now: T0 });
    expect(t.stderr).toBe('');
    expect(t.code).toBe(0);
    const out = join(base, 'codes.csv');
    const i = await run(['issue', '--keys', keys, '--data', data, '--template', 'no-test-en-1', '--count', '50', '--out', out], { now: T0 + 1000 });
    expect(i.stderr).toBe('');
    expect(i.code).toBe(0);
    const csv = readFileSync(out, 'utf8').trim().split('\n');
    expect(csv[0]!.startsWith('code,')).toBe(true);
    codes = csv.slice(1).map((l) => l.split(',')[0]!);
  });

  it('writes key files with mode 0600', () => {
    const files = walk(keys).filter((f) => f.endsWith('.key'));
    expect(files.length).toBe(3);
    for (const f of files) expect(statSync(f).mode & 0o777).toBe(0o600);
  });

  it('issues unique codes and a CSV whose first column is the code', () => {
    expect(codes).toHaveLength(50);
    expect(new Set(codes).size).toBe(50);
    for (const c of codes) expect(c).toMatch(/^NO-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('lists the templates, also as JSON', async () => {
    const r = await run(['templates', '--data', data], { now: T0 });
    expect(r.stdout).toContain('no-test-en-1');
    const j = await run(['templates', '--data', data, '--json'], { now: T0 });
    expect(JSON.parse(j.stdout).templates[0]).toMatchObject({ id: 'no-test-en-1', language: 'en', issuer: 'no-test' });
  });

  it('verifies a genuine code with exit 0, the steps and the genuine text', async () => {
    const r = await run(['verify', '--data', data, codes[0]!], { now: T0 + 2000, env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('GENUINE');
    expect(r.stdout).toContain(`Message code: ${codes[0]}`);
    expect(r.stdout).toMatch(
      /parse ok → checksum ok → country ok → lookup ok → statement ok → key ok → signature ok → issuer ok → key-validity ok → issue-time ok → known-template ok → key-status ok → revocation ok/,
    );
    const j = JSON.parse((await run(['verify', '--data', data, '--json', codes[0]!.toLowerCase().replace(/-/g, ' ')], { now: T0 + 2000, env })).stdout);
    expect(j.verdict).toBe('genuine');
    expect(j.findings[0].warning).toMatchObject({ issuer: 'no-test', country: 'NO', language: 'en', templateId: 'no-test-en-1' });
  });

  it('says mistyped (exit 1) for a slip, and suggests the issued code', async () => {
    const c = codes[1]!;
    const slipped = c.slice(0, 3) + c[4] + c[3] + c.slice(5);
    if (slipped === c) return;
    const j = JSON.parse((await run(['verify', '--data', data, '--json', slipped], { now: T0 + 2000, env })).stdout);
    expect(j.verdict).toBe('mistyped');
    expect(j.findings[0].note).toBe(c);
  });

  it('says unknown for a valid code never issued, and for a code of another country', async () => {
    const { makeCode, formatCode } = await import('../../src/core/code.js');
    const r1 = await run(['verify', '--data', data, '--json', formatCode(makeCode('NO', new Uint8Array(11).fill(7)))], { now: T0 + 2000, env });
    expect(r1.code).toBe(1);
    expect(JSON.parse(r1.stdout)).toMatchObject({ verdict: 'unknown', findings: [{ code: 'WC_STATEMENT_NOT_FOUND' }] });
    const r2 = await run(['verify', '--data', data, '--json', formatCode(makeCode('SE', new Uint8Array(11).fill(7)))], { now: T0 + 2000, env });
    expect(JSON.parse(r2.stdout)).toMatchObject({ verdict: 'unknown', findings: [{ code: 'WC_CODE_COUNTRY_UNKNOWN' }] });
  });

  it('revokes a code: verify then says revoked with the reason', async () => {
    const r = await run(['revoke', '--keys', keys, '--data', data, '--code', codes[2]!, '--reason', 'test withdrawal'], { now: T0 + 3000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse((await run(['verify', '--data', data, '--json', codes[2]!], { now: T0 + 4000, env })).stdout);
    expect(j.verdict).toBe('revoked');
    expect(j.findings[0].code).toBe('WC_STATEMENT_REVOKED');
    expect(j.findings[0].warning.revocationReason).toBe('test withdrawal');
    // Revoking twice is refused.
    expect((await run(['revoke', '--keys', keys, '--data', data, '--code', codes[2]!, '--reason', 'again'], { now: T0 + 3000 })).code).toBe(1);
  });

  it('never writes private key material into the data directory', () => {
    const seeds = walk(keys)
      .filter((f) => f.endsWith('.key'))
      .map((f) => JSON.parse(readFileSync(f, 'utf8')).seed as string);
    const seedBytes = seeds.map((s) => Buffer.from(s, 'base64url'));
    for (const f of walk(data)) {
      const body = readFileSync(f);
      for (let i = 0; i < seeds.length; i++) {
        expect(body.includes(seeds[i]!), f).toBe(false);
        expect(body.includes(seedBytes[i]!), f).toBe(false);
        expect(body.includes(Buffer.from(seedBytes[i]!).toString('hex')), f).toBe(false);
      }
      expect(body.includes('warncheck-private-key'), f).toBe(false);
    }
  });

  it('refuses a key directory inside the data directory', async () => {
    const r = await run(['trust', '--keys', join(data, 'k'), '--data', data, '--config', config], { now: T0 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('WC_DATA_PRIVATE_KEY');
  });
});
