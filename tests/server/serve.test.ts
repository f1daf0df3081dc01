// The real server process: starts on the embedded demo, answers, holds no private key, and
// refuses data whose trust list or statements do not verify.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { base64urlDecode, base64Encode, hexEncode } from '../../src/core/bytes.js';
import { serve, waitForFile, waitForOutput } from '../helpers/spawn.js';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'wc-serve-'));
  dirs.push(d);
  return d;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('warncheck serve (real process)', () => {
  const cwd = tmp();

  it('starts on the embedded demo, prints demo inputs, answers; its heap holds no private key', async () => {
    const s = await serve([], { cwd, nodeFlags: ['--heapsnapshot-signal=SIGUSR2'] });
    try {
      expect(await waitForOutput(s.output, /genuine code: +[A-Z]{2}-/)).toMatch(/revoked code: +[A-Z]{2}-/);
      const ready = await fetch(`${s.url}/readyz`);
      expect(ready.status).toBe(200);
      const inputs = JSON.parse(readFileSync(join(cwd, '.warncheck/demo/keys/demo-inputs.json'), 'utf8'));
      const r = await fetch(`${s.url}/api/v1/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ input: inputs.genuine }),
      });
      expect((await r.json()).verdict).toBe('genuine');
      // The access log (on by default, written in batches; fastify's logger, one JSON object per
      // line): method, route pattern, status, response time and the time (ISO 8601, UTC).
      const out = await waitForOutput(
        s.output,
        /^\{"level":30,"time":"[^"]+Z","req":\{"method":"POST","route":"\/api\/v1\/verify"\},"res":\{"statusCode":200\},"responseTime":[\d.]+,"msg":"request"\}$/m,
      );
      for (const l of out.split('\n').filter((x) => x.startsWith('{'))) {
        expect(l).toMatch(
          /^\{"level":30,"time":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z","req":\{"method":"(GET|POST|HEAD)","route":"\/[^"]*"\},"res":\{"statusCode":\d{3}\},"responseTime":[\d.]+,"msg":"request"\}$/,
        );
      }

      // Every private seed the demo made, in every encoding it is ever written in.
      const keyFiles: string[] = [];
      const walk = (d: string): void => {
        for (const n of readdirSync(d)) {
          const p = join(d, n);
          if (statSync(p).isDirectory()) walk(p);
          else if (n.endsWith('.key')) keyFiles.push(p);
        }
      };
      walk(join(cwd, '.warncheck/demo/keys'));
      expect(keyFiles.length).toBeGreaterThanOrEqual(6);
      const secrets = keyFiles.flatMap((f) => {
        const seed = String(JSON.parse(readFileSync(f, 'utf8')).seed);
        const bytes = base64urlDecode(seed);
        return [seed, hexEncode(bytes), base64Encode(bytes)];
      });
      s.proc.kill('SIGUSR2');
      const snap = await waitForFile(cwd, '.heapsnapshot');
      const heap = readFileSync(snap, 'latin1');
      expect(heap.length).toBeGreaterThan(1_000_000);
      expect(heap).toContain('warncheck-trust'); // the snapshot does hold the server's strings
      for (const secret of secrets) expect(heap.includes(secret), 'private seed in the server heap').toBe(false);
      expect(heap.includes('warncheck-private-key')).toBe(false);
    } finally {
      await s.stop();
    }
  }, 120_000);

  it('SIGTERM: stops taking connections, answers the request in flight, exits 0; log lines carry their time', async () => {
    const s = await serve([], { cwd, env: { WARNCHECK_SHUTDOWN_TIMEOUT_MS: '20000' } });
    const inputs = JSON.parse(readFileSync(join(cwd, '.warncheck/demo/keys/demo-inputs.json'), 'utf8'));
    const exited = new Promise<number | null>((r) => s.proc.on('close', (code) => r(code)));
    const port = Number(new URL(s.url).port);
    const body = JSON.stringify({ input: inputs.genuine });
    // A request in flight: headers sent, half of its body still to come when the signal arrives.
    const sock = connect(port, '127.0.0.1');
    let answer = '';
    sock.on('data', (d) => (answer += d.toString()));
    const closed = new Promise<void>((r) => sock.on('close', () => r()));
    await new Promise<void>((r) => sock.on('connect', () => r()));
    sock.write(`POST /api/v1/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((r) => setTimeout(r, 200));
    s.proc.kill('SIGTERM');
    await waitForOutput(s.output, /Z warncheck: SIGTERM, closing$/m);
    // No new connections once closing.
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
    sock.write(body.slice(10));
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain('"verdict":"genuine"');
    expect(await exited).toBe(0);
    expect(s.output()).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z warncheck: serving /m);
    expect(s.output()).toMatch(/^\S+Z warncheck: closed$/m);
  }, 120_000);

  it('SIGINT (Ctrl-C) stops it the same way, exit 0', async () => {
    const s = await serve([], { cwd });
    const exited = new Promise<number | null>((r) => s.proc.on('close', (code) => r(code)));
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    s.proc.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(s.output()).toMatch(/Z warncheck: SIGINT, closing$/m);
    expect(s.output()).toMatch(/Z warncheck: closed$/m);
  }, 120_000);

  it('settings are whole decimal numbers and a proxy list; anything else is a usage error before listening', async () => {
    const bad: Array<Record<string, string>> = [
      { WARNCHECK_RATE_LIMIT: '0x10' },
      { WARNCHECK_REQUEST_TIMEOUT_MS: '1e3' },
      { PORT: '-1' },
      { WARNCHECK_TRUST_PROXY: 'everyone' },
      { WARNCHECK_HEADERS_TIMEOUT_MS: '60000' },
    ];
    for (const env of bad) {
      const err = await serve([], { cwd, env }).then(
        (s) => (void s.stop(), null),
        (e: { exitCode: number; output: string }) => e,
      );
      expect(err, JSON.stringify(env)).not.toBeNull();
      expect(err!.exitCode, JSON.stringify(env)).toBe(2);
      expect(err!.output).toContain('WC_USAGE');
    }
  }, 120_000);

  it('refuses to start on tampered statements or a tampered trust list, with a clear message', async () => {
    const src = join(cwd, '.warncheck/demo/data');
    const bad = join(tmp(), 'data');
    cpSync(src, bad, { recursive: true });
    const db = new Database(join(bad, 'warncheck.db'));
    db.exec('DROP TRIGGER statements_no_update');
    const row = db.prepare('SELECT jws FROM statements WHERE idx = 0').get() as { jws: string };
    const flipped = row.jws.slice(0, -3) + (row.jws.at(-3) === 'A' ? 'B' : 'A') + row.jws.slice(-2);
    db.prepare('UPDATE statements SET jws = ? WHERE idx = 0').run(flipped);
    db.close();
    const err = await serve(['--data', bad], { cwd }).then(
      (s) => (void s.stop(), null),
      (e: { exitCode: number; output: string }) => e,
    );
    expect(err).not.toBeNull();
    expect(err!.exitCode).toBe(1);
    expect(err!.output).toContain('WC_DATA_CORRUPT');
    expect(err!.output).not.toMatch(/\bat [^\n]*\.js:\d+/);

    const bad2 = join(tmp(), 'data');
    cpSync(src, bad2, { recursive: true });
    const db2 = new Database(join(bad2, 'warncheck.db'));
    const t = db2.prepare('SELECT version, jws FROM trust_lists ORDER BY version DESC LIMIT 1').get() as { version: number; jws: string };
    db2.exec('DROP TRIGGER IF EXISTS trust_lists_no_update');
    db2.prepare('UPDATE trust_lists SET jws = ? WHERE version = ?').run(t.jws.slice(0, -3) + (t.jws.at(-3) === 'A' ? 'B' : 'A') + t.jws.slice(-2), t.version);
    db2.close();
    const err2 = await serve(['--data', bad2], { cwd }).then(
      (s) => (void s.stop(), null),
      (e: { exitCode: number; output: string }) => e,
    );
    expect(err2!.output).toContain('WC_TRUST_SIGNATURE_INVALID');
  }, 120_000);
});
