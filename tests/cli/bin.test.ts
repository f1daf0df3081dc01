// The installed command, as a user runs it: `npx warncheck …` goes through bin/warncheck.js → dist/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/warncheck.js', import.meta.url));
const sh = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, WARNCHECK_STATE: join(tmpdir(), `wc-state-${process.pid}.json`) },
  });

describe('bin/warncheck.js (built)', () => {
  it('runs demo and verify end to end with the documented exit statuses', () => {
    const base = mkdtempSync(join(tmpdir(), 'wc-bin-'));
    const demo = sh(['demo', '--keys', join(base, 'keys'), '--data', join(base, 'data'), '--count', '3']);
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    const genuine = /verify --data \S+ (\S+) +# genuine/.exec(demo.stdout)![1]!;
    const ok = sh(['verify', '--data', join(base, 'data'), genuine]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('GENUINE');
    const piped = sh(['verify', '--data', join(base, 'data'), '--json', '-'], `Hello, I found ${genuine} in a video.`);
    expect(JSON.parse(piped.stdout).findings[0].verdict).toBe('genuine');
    const usage = sh(['verify']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).not.toMatch(/\n\s+at /);
  });
});
