// Files and arguments of the command line (issue 12 item 10): the CLI state file is an error when it
// cannot be used, never a silent reset, and is never read from /proc, a FIFO or a directory;
// arguments that are not UTF-8 are refused as stdin is; numbers are plain decimal; the keys-apart
// guard compares real paths and covers keygen; atomic writes set the mode of a fresh file.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDemo } from '../../src/demo/ensure.js';
import { DurableBatch, writeFileAtomic } from '../../src/issuer/files.js';
import { run } from '../helpers/cli.js';

const T0 = Date.parse('2026-11-22T10:00:00Z');
const bin = fileURLToPath(new URL('../../bin/warncheck.js', import.meta.url));

describe('CLI files and arguments', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-files-'));
  const data = join(base, 'data');
  const keys = join(base, 'keys');
  let genuine: string;
  let tpl: string;
  beforeAll(async () => {
    genuine = (await makeDemo({ keysDir: keys, dataDir: data, now: T0, perTemplate: 2 })).genuine;
    tpl = JSON.parse((await run(['templates', '--data', data, '--json'], { now: T0 })).stdout).templates[0].id;
  });
  const verifyWith = (state: string) => run(['verify', '--data', data, genuine], { now: T0 + 1000, env: { WARNCHECK_STATE: state } });

  describe('the state file ($WARNCHECK_STATE)', () => {
    it('absent: created, and verify works', async () => {
      const p = join(base, 'fresh', 'state.json');
      expect((await verifyWith(p)).code).toBe(0);
      expect(Object.keys(JSON.parse(readFileSync(p, 'utf8')).trust)).toHaveLength(1);
    });

    it('corrupt or of another shape: WC_STATE_INVALID, exit 1, and the file is left as it was', async () => {
      for (const [name, text] of [
        ['truncated', '{"trust": {"abc": 3'],
        ['not an object', '[1, 2]'],
        ['a version that is not a number', '{"trust": {"abc": "3"}}'],
        ['checkpoints that are not strings', '{"trust": {}, "checkpoints": {"k": 5}}'],
      ] as const) {
        const p = join(base, `state-${name.replace(/ /g, '-')}.json`);
        writeFileSync(p, text);
        const r = await verifyWith(p);
        expect(r.code, name).toBe(1);
        expect(r.stderr).toContain('WC_STATE_INVALID');
        expect(r.stdout).toBe('');
        expect(readFileSync(p, 'utf8')).toBe(text);
      }
    });

    it('/proc/self/mem, a FIFO, a directory: refused at once (no spinning, no hanging)', async () => {
      const fifo = join(base, 'state.fifo');
      execFileSync('mkfifo', [fifo]);
      const dir = join(base, 'state-dir');
      mkdirSync(dir);
      const link = join(base, 'state-link.json');
      symlinkSync('/proc/self/mem', link);
      for (const p of ['/proc/self/mem', '/proc/self/status', fifo, dir, link]) {
        const t = Date.now();
        const r = await verifyWith(p);
        expect(r.code, p).toBe(1);
        expect(r.stderr).toContain('WC_STATE_INVALID');
        expect(Date.now() - t).toBeLessThan(10_000);
      }
    });
  });

  describe('arguments', () => {
    it('an argument that is not UTF-8 is refused as stdin is: WC_INPUT_NOT_TEXT, exit 2', async () => {
      // In-process: what Node makes of invalid bytes in argv.
      const r = await run(['verify', '--data', data, 'NO-\uFFFD'], { env: { WARNCHECK_STATE: join(base, 's1.json') } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('WC_INPUT_NOT_TEXT');
      // The installed command, given raw bytes by a shell.
      const p = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" verify --data "${data}" "$(printf 'NO-\\xff\\xfe')"`], {
        encoding: 'utf8',
        env: { ...process.env, WARNCHECK_STATE: join(base, 's2.json') },
      });
      expect(p.status).toBe(2);
      expect(p.stderr).toContain('WC_INPUT_NOT_TEXT');
      expect(p.stdout).toBe('');
    });

    it('numbers are plain decimal: 0x10, 1e3, +5, " 5", 010, 5.0 and 0b1 are refused before anything is done', async () => {
      for (const n of ['0x10', '1e3', '+5', ' 5', '5 ', '010', '5.0', '0b1', '', '-1', '99999999999999999999']) {
        const out = join(base, `never-${Buffer.from(n).toString('hex')}.csv`);
        const r = await run(['issue', '--keys', keys, '--data', data, '--template', tpl, '--count', n, '--out', out], { now: T0 });
        expect(r.code, JSON.stringify(n)).toBe(2);
        expect(r.stderr).toContain('WC_USAGE');
        const d = await run(['demo', '--keys', join(base, 'k2'), '--data', join(base, 'd2'), '--count', n === '' ? 'x' : n], { now: T0 });
        expect(d.code, JSON.stringify(n)).toBe(2);
        const s = await run(['serve', '--data', data, '--port', n === '' ? 'x' : n]);
        expect(s.code, JSON.stringify(n)).toBe(2);
        expect(s.stderr).toContain('WC_USAGE');
      }
      const ok = await run(['issue', '--keys', keys, '--data', data, '--template', tpl, '--count', '16', '--out', join(base, 'sixteen.csv')], { now: T0 });
      expect(ok.code).toBe(0);
      expect(readFileSync(join(base, 'sixteen.csv'), 'utf8').trim().split('\n')).toHaveLength(17);
    });
  });

  describe('keys apart from the data, on real paths', () => {
    it('a key directory reached through a symbolic link into the data directory is refused', async () => {
      const link = join(base, 'looks-apart');
      symlinkSync(data, link);
      const r = await run(['trust', '--keys', join(link, 'keys'), '--data', data, '--config', join(base, 'none.json')], { now: T0 });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('WC_DATA_PRIVATE_KEY');
      const keysLink = join(base, 'keys-link');
      symlinkSync(keys, keysLink);
      const r3 = await run(['revoke', '--keys', keysLink, '--data', join(keysLink, 'data'), '--code', genuine, '--reason', 'x'], { now: T0 });
      expect(r3.code).toBe(1);
      expect(r3.stderr).toContain('WC_DATA_PRIVATE_KEY');
    });

    it('keygen refuses a key directory inside a data directory, directly or through a link, or not apart from $WARNCHECK_DATA', async () => {
      const inside = await run(['keygen', '--keys', join(data, 'keys')], { now: T0 });
      expect(inside.code).toBe(1);
      expect(inside.stderr).toContain('WC_DATA_PRIVATE_KEY');
      const link = join(base, 'data-link');
      symlinkSync(data, link);
      expect((await run(['keygen', '--keys', join(link, 'sub', 'keys')], { now: T0 })).stderr).toContain('WC_DATA_PRIVATE_KEY');
      const future = join(base, 'future-data');
      const env = await run(['keygen', '--keys', join(future, 'keys')], { now: T0, env: { WARNCHECK_DATA: future } });
      expect(env.code).toBe(1);
      expect(env.stderr).toContain('WC_DATA_PRIVATE_KEY');
      expect((await run(['keygen', '--keys', join(base, 'fine-keys')], { now: T0 })).code).toBe(0);
    });
  });

  it('writeFileAtomic gives the file exactly its mode, even over a stale temporary file of another mode', () => {
    const p = join(base, 'atomic', 'secret.json');
    mkdirSync(join(base, 'atomic'));
    const stale = `${p}.tmp-${process.pid}`;
    writeFileSync(stale, 'stale');
    chmodSync(stale, 0o666);
    writeFileAtomic(p, '{"k": 1}\n', 0o600);
    expect(statSync(p).mode & 0o777).toBe(0o600);
    expect(readFileSync(p, 'utf8')).toBe('{"k": 1}\n');
    writeFileAtomic(p, 'public\n', 0o644);
    expect(statSync(p).mode & 0o777).toBe(0o644);
  });

  it('DurableBatch: nothing is in place before commit(), then every file is, whole, with its mode and no temporary file left', () => {
    const dir = join(base, 'batch');
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(join(dir, 'a', 'old'), 'old bytes');
    const b = new DurableBatch(dir);
    b.write(join(dir, 'a', 'old'), 'new bytes');
    b.write(join(dir, 'b', 'c', 'new'), new Uint8Array([1, 2, 3]));
    expect(b.size).toBe(2);
    expect(readFileSync(join(dir, 'a', 'old'), 'utf8')).toBe('old bytes');
    expect(existsSync(join(dir, 'b', 'c', 'new'))).toBe(false);
    b.commit();
    expect(readFileSync(join(dir, 'a', 'old'), 'utf8')).toBe('new bytes');
    expect([...readFileSync(join(dir, 'b', 'c', 'new'))]).toEqual([1, 2, 3]);
    expect(statSync(join(dir, 'b', 'c', 'new')).mode & 0o777).toBe(0o644);
    expect([...readdirSync(join(dir, 'a')), ...readdirSync(join(dir, 'b', 'c'))].sort()).toEqual(['new', 'old']);
    expect(b.size).toBe(0);
  });
});
