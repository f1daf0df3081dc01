// Witnessing end to end: an NGO runs `warncheck witness serve` (a real HTTP process); the log
// operator names it in the trust list with a threshold; verifiers then refuse an uncosigned
// checkpoint (naming the missing witness) and accept a cosigned one; the witness extends its
// record only by consistent checkpoints and refuses a fork.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyTlogProof } from '../../src/core/tlog/proof.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { run } from '../helpers/cli.js';
import { BIN, waitForOutput } from '../helpers/spawn.js';

describe('witness: cosign, require, refuse forks', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-witness-'));
  const keys = join(base, 'keys');
  const wkeys = join(base, 'wkeys');
  const data = join(base, 'data');
  const config = join(base, 'trust.json');
  const env = { WARNCHECK_STATE: join(base, 'state.json') };
  let witnessVkey = '';
  let logVkey = '';
  let proc: ChildProcess | undefined;
  let url = '';
  let codes: string[] = [];

  /** The log policy as the signed trust list states it. */
  const trustLog = () => {
    const s = openSqliteStore(join(data, 'warncheck.db'), { readonly: true });
    const jws = s.latestTrustList()!.jws;
    s.close();
    return JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString()).log;
  };

  const issue = async (dir: string, n: number): Promise<string[]> => {
    const out = join(base, `c-${Math.random()}.csv`);
    const r = await run(['issue', '--keys', keys, '--data', dir, '--template', 'w-en-1', '--count', String(n), '--out', out]);
    expect(r.stderr).toBe('');
    return readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]!);
  };

  const startWitness = async () => {
    proc = spawn(process.execPath, [BIN, 'witness', 'serve', '--keys', wkeys, '--log', logVkey, '--port', '0', '--host', '127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const line = await waitForOutput(() => out, /at (http:\/\/\S+)\/add-checkpoint\n/);
    url = /at (http:\/\/\S+)\/add-checkpoint\n/.exec(line)![1]!;
  };
  const stopWitness = async () => {
    if (!proc) return;
    const closed = new Promise((r) => proc!.once('close', r));
    proc.kill('SIGTERM');
    await closed;
    proc = undefined;
  };

  beforeAll(async () => {
    expect((await run(['keygen', '--keys', keys, '--issuer', 'w'])).code).toBe(0);
    const wk = await run(['witness', 'keygen', '--keys', wkeys, '--name', 'witness.example.org/w1']);
    expect(wk.code).toBe(0);
    witnessVkey = /vkey[^:]*: (\S+)/.exec(wk.stdout)![1]!;
    writeFileSync(
      config,
      JSON.stringify({
        site: 'https://warncheck.example',
        issuers: [{ id: 'w', name: { en: 'Test police' }, country: 'NO', domains: ['politiet.no'], help: [] }],
        templates: [{ id: 'w-en-1', issuer: 'w', lang: 'en', title: 'Test', text: 'This file was placed here by the police.\nMessage code: {code}' }],
        log: { witnesses: [{ name: 'witness.example.org/w1', vkey: witnessVkey }], witness_threshold: 1 },
      }),
    );
    expect((await run(['trust', '--keys', keys, '--data', data, '--config', config])).code).toBe(0);
    codes = await issue(data, 40);
    logVkey = trustLog().vkey;
  }, 60_000);
  afterAll(stopWitness);

  it('an unreachable witness is reported, and nothing is stored', async () => {
    const r = await run(['log', '--data', data, '--witness', 'http://127.0.0.1:1/']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FAILED: the witness could not be reached or answered badly');
  });

  it('before any cosignature, verify refuses and names the missing witness', async () => {
    // `log` itself opens the log under the policy, so it reports the same refusal.
    const r = await run(['verify', '--data', data, codes[0]!], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('WC_LOG_WITNESS_MISSING');
    expect(r.stderr).toContain('witness.example.org/w1');
  });

  it('after `log --witness URL`, the checkpoint is cosigned and proofs carry the cosignature', async () => {
    await startWitness();
    const w = await run(['log', '--data', data, '--witness', url]);
    expect(w.stderr).toContain('cosigned size 40');
    expect(w.code).toBe(0);
    const v = await run(['verify', '--data', data, '--json', codes[0]!], { env });
    expect(v.code).toBe(0);
    const f = JSON.parse(v.stdout).findings[0];
    expect(f.inclusion[0].proof).toContain('— witness.example.org/w1 ');
    const s = openSqliteStore(join(data, 'warncheck.db'), { readonly: true });
    const jws = s.statements(f.inclusion[0].index, f.inclusion[0].index + 1)[0]!;
    s.close();
    expect(verifyTlogProof(jws, f.inclusion[0].proof, trustLog()).cosignedBy).toEqual(['witness.example.org/w1']);
  }, 30_000);

  it('a new checkpoint is cosigned after a consistency proof, also after the witness restarts', async () => {
    const fork = join(base, 'fork');
    cpSync(data, fork, { recursive: true });
    codes = codes.concat(await issue(data, 25));
    // Uncosigned again: the new checkpoint lacks the witness.
    expect((await run(['verify', '--data', data, codes[0]!], { env })).stderr).toContain('WC_LOG_WITNESS_MISSING');
    await stopWitness();
    await startWitness(); // its record is on disk
    const w = await run(['log', '--data', data, '--witness', url]);
    expect(w.stderr).toContain('cosigned size 65');
    expect((await run(['verify', '--data', data, codes.at(-1)!], { env })).code).toBe(0);

    // A fork of the log (same keys, other statements) cannot get the witness's cosignature.
    await issue(fork, 30);
    const f = await run(['log', '--data', fork, '--witness', url]);
    expect(f.code).toBe(1);
    expect(f.stderr).toMatch(/FAILED: the witness refused with HTTP 422/);
  }, 60_000);
});
