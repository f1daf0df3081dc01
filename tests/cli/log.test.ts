// `warncheck log`, `warncheck publish`, and the CLI's memory of checkpoints: a rolled-back or
// forked log is an error that says so, never a verdict. Real data directories, real keys.
import { rangeBits } from '../../src/core/range.js';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { utf8Decode } from '../../src/core/bytes.js';
import { leafHash } from '../../src/core/tlog/hash.js';
import { inclusionProof, verifyInclusion } from '../../src/core/tlog/merkle.js';
import { ed25519Verifier, openNote, parseVerifierKey } from '../../src/core/tlog/note.js';
import { parseCheckpoint } from '../../src/core/tlog/checkpoint.js';
import { decodeEntryBundle, entryBundlePath, tileNodeReader, tilePath } from '../../src/core/tlog/tiles.js';
import { run } from '../helpers/cli.js';

const T0 = Date.parse('2026-11-22T10:00:00Z');

describe('warncheck log / publish / rollback and fork detection', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-log-'));
  const keys = join(base, 'keys');
  const data = join(base, 'data');
  const env = { WARNCHECK_STATE: join(base, 'state.json') };
  let inputs: { genuine: string };

  beforeAll(async () => {
    expect((await run(['demo', '--keys', keys, '--data', data, '--count', '40'], { now: T0 })).code).toBe(0);
    inputs = JSON.parse(readFileSync(join(keys, 'demo-inputs.json'), 'utf8'));
  });

  const issueMore = async (dir: string, n: number, at: number) => {
    const r = await run(['issue', '--keys', keys, '--data', dir, '--template', 'no-p2p-en-1', '--count', String(n), '--out', join(base, `c-${at}.csv`)], {
      now: at,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  };

  it('log --json prints size, root, the checkpoint and a signed-note vkey that verifies it', async () => {
    const r = await run(['log', '--data', data, '--json'], { now: T0 });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const key = parseVerifierKey(j.vkey); // <name>+<hex key id>+<base64 key>, as Go's sumdb/note takes
    expect(j.vkey).toMatch(/^[^+]+\+[0-9a-f]{8}\+[A-Za-z0-9+/]+=*$/);
    expect(key.name).toBe(j.origin);
    const opened = openNote(j.checkpoint, [ed25519Verifier(j.vkey)]);
    const cp = parseCheckpoint(opened.text, { origin: j.origin });
    expect(Number(cp.size)).toBe(j.size);
    expect(Buffer.from(cp.rootHash).toString('base64')).toBe(j.root);
    const human = await run(['log', '--data', data], { now: T0 });
    expect(human.stdout).toContain(`size: ${j.size}`);
    // The look-up buckets: bits from the size, and what they hold (warnings and code revocations).
    expect(j.range.bits).toBe(rangeBits(j.size));
    expect(j.range.bits).toBeGreaterThan(0);
    expect(j.range.mean).toBeGreaterThanOrEqual(16);
    expect(j.range.min).toBeLessThanOrEqual(j.range.mean);
    expect(j.range.min).toBeGreaterThan(0);
    expect(human.stdout).toContain(`look-up buckets: ${j.range.bits} prefix bits`);
  });

  it('publish writes the C2SP files a static server needs; a client checks them against the checkpoint', async () => {
    const site = join(base, 'site');
    const out = join(site, 'log');
    const r = await run(['publish', '--data', data, '--out', site], { now: T0 });
    expect(r.code).toBe(0);
    // The server's URL layout: trust list, keys, root key and every look-up bucket beside the log.
    expect(readFileSync(join(site, '.well-known/warncheck-trust.jws'), 'utf8')).toMatch(/^eyJ/);
    expect(JSON.parse(readFileSync(join(site, '.well-known/jwks.json'), 'utf8')).keys.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(join(site, 'root.pub.jwk'), 'utf8')).crv).toBe('Ed25519');
    const note = readFileSync(join(out, 'checkpoint'), 'utf8');
    const vkey = JSON.parse((await run(['log', '--data', data, '--json'], { now: T0 })).stdout).vkey;
    const cp = parseCheckpoint(openNote(note, [ed25519Verifier(vkey)]).text);
    const read = tileNodeReader(cp.size, (t) => new Uint8Array(readFileSync(join(out, tilePath(t)))));
    for (const index of [0n, cp.size / 2n, cp.size - 1n]) {
      const bi = index / 256n;
      const width = cp.size - bi * 256n >= 256n ? 256 : Number(cp.size - bi * 256n);
      const entry = decodeEntryBundle(new Uint8Array(readFileSync(join(out, entryBundlePath(bi, width)))), width)[Number(index % 256n)]!;
      expect(utf8Decode(entry).split('.')).toHaveLength(3);
      verifyInclusion(index, cp.size, leafHash(entry), inclusionProof(index, cp.size, read), cp.rootHash);
    }
    // Publishing again keeps full tiles (immutable) and rewrites only partial ones and the checkpoint.
    const fullTile = join(out, tilePath({ level: 0, index: 0n, width: 256 }));
    const before = existsSync(fullTile) ? statSync(fullTile).mtimeMs : undefined;
    const buckets = readdirSync(join(site, 'api/v1/range', String(rangeBits(Number(cp.size)))));
    expect(buckets).toHaveLength(2 ** rangeBits(Number(cp.size)));
    expect(new Set(buckets.map((b) => statSync(join(site, 'api/v1/range', String(rangeBits(Number(cp.size))), b)).size)).size).toBe(1);
    const again = await run(['publish', '--data', data, '--out', site], { now: T0 });
    expect(again.stdout).toMatch(/[1-9]\d* full tiles kept/);
    if (before !== undefined) expect(statSync(fullTile).mtimeMs).toBe(before);
  });

  it('verify remembers the checkpoint: a rolled-back copy of the data is refused with WC_LOG_ROLLBACK', async () => {
    const old = join(base, 'data-old');
    cpSync(data, old, { recursive: true });
    await issueMore(data, 30, T0 + 60_000);
    const now = await run(['verify', '--data', data, inputs.genuine], { env, now: T0 + 61_000 });
    expect(now.code).toBe(0);
    const back = await run(['verify', '--data', old, inputs.genuine], { env, now: T0 + 62_000 });
    expect(back.code).toBe(1);
    expect(back.stdout).toBe('');
    expect(back.stderr).toContain('WC_LOG_ROLLBACK');
  });

  it('a forked log (same size, other statements) is refused with WC_LOG_FORK', async () => {
    const fork = join(base, 'data-fork');
    cpSync(data, fork, { recursive: true });
    await issueMore(data, 10, T0 + 120_000);
    expect((await run(['verify', '--data', data, inputs.genuine], { env, now: T0 + 121_000 })).code).toBe(0);
    await issueMore(fork, 10, T0 + 130_000);
    const r = await run(['verify', '--data', fork, inputs.genuine], { env, now: T0 + 131_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('WC_LOG_FORK');
    // A longer fork is no better: it is not consistent with what was seen either.
    await issueMore(fork, 5, T0 + 140_000);
    expect((await run(['verify', '--data', fork, inputs.genuine], { env, now: T0 + 141_000 })).stderr).toContain('WC_LOG_FORK');
    // The genuine log, grown further, still verifies.
    await issueMore(data, 5, T0 + 150_000);
    expect((await run(['verify', '--data', data, inputs.genuine], { env, now: T0 + 151_000 })).code).toBe(0);
  });
});
