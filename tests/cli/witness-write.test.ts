// Witnesses on every write (issue 13 item 4): when the trust list gives a witness a url, `issue`
// and `revoke --code` ask it to cosign the new checkpoint before they finish. An unreachable
// witness is reported with a non-zero exit, the batch is kept, and `log --witness` completes it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { run } from '../helpers/cli.js';
import { BIN, waitForOutput } from '../helpers/spawn.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

describe('witnesses on every write', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-wwrite-'));
  const keys = join(base, 'keys');
  const wkeys = join(base, 'wkeys');
  const data = join(base, 'data');
  const env = { WARNCHECK_STATE: join(base, 'state.json') };
  let proc: ChildProcess | undefined;
  let port = 0;
  let url = '';
  let n = 0;

  const startWitness = async (logVkey: string) => {
    proc = spawn(
      process.execPath,
      [BIN, 'witness', 'serve', '--keys', wkeys, '--log', logVkey, '--port', String(port), '--host', '127.0.0.1', '--state', join(base, 'witness-state.json')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    await waitForOutput(() => out, /add-checkpoint\n/);
  };
  const stopWitness = async () => {
    if (!proc) return;
    const closed = new Promise((r) => proc!.once('close', r));
    proc.kill('SIGTERM');
    await closed;
    proc = undefined;
  };
  const logVkey = () => {
    const s = openSqliteStore(join(data, 'warncheck.db'), { readonly: true });
    const jws = s.latestTrustList()!.jws;
    s.close();
    return JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString()).log.vkey as string;
  };
  const issue = async (count: number) => {
    const out = join(base, `c${n++}.csv`);
    const r = await run(['issue', '--keys', keys, '--data', data, '--template', 'w-en-1', '--count', String(count), '--out', out]);
    return {
      ...r,
      codes: readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0]!),
    };
  };

  beforeAll(async () => {
    port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    expect((await run(['keygen', '--keys', keys, '--issuer', 'w'])).code).toBe(0);
    const wk = await run(['witness', 'keygen', '--keys', wkeys, '--name', 'witness.example.org/w1']);
    const witnessVkey = /vkey[^:]*: (\S+)/.exec(wk.stdout)![1]!;
    const config = join(base, 'trust.json');
    writeFileSync(
      config,
      JSON.stringify({
        site: 'https://warncheck.example',
        issuers: [{ id: 'w', name: { en: 'Test police' }, country: 'NO', domains: ['politiet.no'], help: [] }],
        templates: [{ id: 'w-en-1', issuer: 'w', lang: 'en', title: 'Test', text: 'This file was placed here by the police.\nMessage code: {code}' }],
        log: { witnesses: [{ name: 'witness.example.org/w1', vkey: witnessVkey, url }], witness_threshold: 1 },
      }),
    );
    expect((await run(['trust', '--keys', keys, '--data', data, '--config', config])).code).toBe(0);
    await startWitness(logVkey());
  }, 60_000);
  afterAll(stopWitness);

  it('issue asks the witness before it finishes: the codes verify at once', async () => {
    const r = await issue(5);
    expect(r.stderr).toContain('cosigned size 5');
    expect(r.code).toBe(0);
    const v = await run(['verify', '--data', data, r.codes[0]!], { env });
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
  });

  it('revoke --code asks it too', async () => {
    const r = await issue(2);
    const rv = await run(['revoke', '--keys', keys, '--data', data, '--code', r.codes[0]!, '--reason', 'withdrawn']);
    expect(rv.stderr).toContain('cosigned size 8');
    expect(rv.code).toBe(0);
    const v = JSON.parse((await run(['verify', '--data', data, '--json', r.codes[0]!], { env })).stdout);
    expect(v.verdict).toBe('revoked');
  });

  it('an unreachable witness: non-zero exit, the batch kept, `log --witness` completes it later', async () => {
    await stopWitness();
    const r = await issue(3);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FAILED');
    expect(r.stderr).toContain(`warncheck log --data ${data} --witness ${url}`);
    expect(r.codes).toHaveLength(3);
    const before = await run(['verify', '--data', data, r.codes[0]!], { env });
    expect(before.stderr).toContain('WC_LOG_WITNESS_MISSING');
    await startWitness(logVkey());
    const l = await run(['log', '--data', data, '--witness', url]);
    expect(l.stderr).toContain('cosigned size 11');
    expect(l.code).toBe(0);
    const after = await run(['verify', '--data', data, r.codes[0]!], { env });
    expect(after.code).toBe(0);
  }, 30_000);
});
