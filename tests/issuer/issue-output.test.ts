// Issuance never lies about what it committed (issue 12 item 8): an --out that cannot be written is
// refused before anything is signed; a failure after the commit says so with its own code and exit
// status and names the file that holds the codes; a .partial left behind is reported by the next run.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { makeCode } from '../../src/core/code.js';
import { makeDemo } from '../../src/demo/ensure.js';
import { issueBatch } from '../../src/issuer/issue.js';
import { loadKeyRing } from '../../src/issuer/keys.js';
import { currentTrustList } from '../../src/issuer/trust.js';
import { openDataDir } from '../../src/store/datadir.js';
import { run } from '../helpers/cli.js';

const T0 = Date.parse('2026-11-22T10:00:00Z');

describe('issue --out', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-issue-out-'));
  const keys = join(base, 'keys');
  const data = join(base, 'data');
  const outDir = join(base, 'out');
  let tpl: string;
  const count = async () => {
    const { store } = openDataDir(data, { readonly: true });
    try {
      return store.count();
    } finally {
      store.close();
    }
  };
  const issue = (out: string, n = 5) => run(['issue', '--keys', keys, '--data', data, '--template', tpl, '--count', String(n), '--out', out], { now: T0 });

  beforeAll(async () => {
    await makeDemo({ keysDir: keys, dataDir: data, now: T0, perTemplate: 2 });
    tpl = JSON.parse((await run(['templates', '--data', data, '--json'], { now: T0 })).stdout).templates[0].id;
    mkdirSync(outDir);
  });

  it('an existing directory, a path under a file, or an existing file: refused before signing, exit 2, nothing stored', async () => {
    const before = await count();
    mkdirSync(join(outDir, 'a-directory'));
    writeFileSync(join(outDir, 'a-file'), 'x');
    writeFileSync(join(outDir, 'earlier.csv'), 'codes of an earlier batch\n');
    for (const out of [join(outDir, 'a-directory'), join(outDir, 'a-file', 'codes.csv'), join(outDir, 'earlier.csv')]) {
      const r = await issue(out);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain('WC_OUTPUT_UNWRITABLE');
      expect(r.stderr).toContain('Nothing was issued');
      expect(existsSync(`${out}.partial`)).toBe(false);
    }
    expect(readFileSync(join(outDir, 'earlier.csv'), 'utf8')).toBe('codes of an earlier batch\n');
    expect(await count()).toBe(before);
  });

  it('a failure after the commit: WC_ISSUE_OUTPUT_FAILED, exit 3, the message names the .partial that holds every code', async () => {
    const before = await count();
    const out = join(outDir, 'taken-meanwhile.csv');
    let stderr = '';
    let stdout = '';
    // The progress bar (a TTY) runs while signing: --out becomes a directory meanwhile, so the
    // rename after the commit fails, as it did when --out named a directory from the start.
    const io: CliIO = {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: {
        write: (s: string) => {
          if (s.includes('signing') && !existsSync(out)) mkdirSync(out);
          stderr += s;
        },
        isTTY: true,
      },
      stdin: Readable.from([]) as CliIO['stdin'],
      env: {},
      now: () => T0,
    };
    const status = await main(['issue', '--keys', keys, '--data', data, '--template', tpl, '--count', '7', '--out', out], io);
    expect(status).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toContain('WC_ISSUE_OUTPUT_FAILED');
    expect(stderr).toContain(`${out}.partial`);
    expect(await count()).toBe(before + 7);
    const codes = readFileSync(`${out}.partial`, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]!);
    expect(codes).toHaveLength(7);
    for (const c of codes)
      expect((await run(['verify', '--data', data, c], { now: T0 + 1000, env: { WARNCHECK_STATE: join(base, 'state.json') } })).code).toBe(0);
  });

  it('the next run reports each leftover .partial: issued (keep it) or not issued (delete it)', async () => {
    writeFileSync(join(outDir, 'never.csv.partial'), `code,link,template,language,issuer,issued_at\n${makeCode('NO', new Uint8Array(11).fill(7))},x,x,x,x,x\n`);
    writeFileSync(join(outDir, 'unrelated.partial'), 'not a codes file\n');
    const r = await issue(join(outDir, 'next.csv'));
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('never.csv.partial');
    expect(lines[0]).toContain('NOT issued');
    expect(lines[1]).toContain('taken-meanwhile.csv.partial');
    expect(lines[1]).toContain('WAS issued');
    for (const l of lines) expect(l).toContain('WC_ISSUE_PARTIAL_LEFT');
    expect(existsSync(join(outDir, 'next.csv'))).toBe(true);
  });

  it('a failure right after the commit, whatever it is, is WC_ISSUE_OUTPUT_FAILED naming the .partial', async () => {
    const ring = loadKeyRing(keys);
    const { store } = openDataDir(data);
    try {
      const trust = currentTrustList(store, ring.root.publicKey, T0);
      const t = trust.templates.find((x) => x.id === tpl)!;
      const key = ring.issuers.get(t.issuer)!.at(-1)!;
      const out = join(outDir, 'after-commit.csv');
      const before = store.count();
      const e = await issueBatch({
        store,
        trust,
        key,
        logKey: ring.log,
        templateId: tpl,
        count: 4,
        now: T0,
        out,
        afterCommit: () => {
          throw new Error('power cut');
        },
      }).catch((x: unknown) => x);
      expect(e).toMatchObject({ code: 'WC_ISSUE_OUTPUT_FAILED' });
      expect(String((e as Error).message)).toContain(`${out}.partial`);
      expect(store.count()).toBe(before + 4);
      expect(readFileSync(`${out}.partial`, 'utf8').trim().split('\n')).toHaveLength(5);
    } finally {
      store.close();
    }
  });

  it('a failure before the commit stores nothing and leaves no .partial', async () => {
    const before = await count();
    const ring = loadKeyRing(keys);
    const { store } = openDataDir(data);
    try {
      const trust = currentTrustList(store, ring.root.publicKey, T0);
      const t = trust.templates.find((x) => x.id === tpl)!;
      const key = ring.issuers.get(t.issuer)!.at(-1)!;
      const out = join(outDir, 'rolled-back.csv');
      await expect(
        issueBatch({
          store,
          trust,
          key,
          logKey: ring.log,
          templateId: tpl,
          count: 3,
          now: T0,
          out,
          beforeCommit: () => {
            throw new Error('disk gone');
          },
        }),
      ).rejects.toThrow('disk gone');
      expect(readdirSync(outDir).filter((n) => n.startsWith('rolled-back'))).toEqual([]);
    } finally {
      store.close();
    }
    expect(await count()).toBe(before);
  });
});
