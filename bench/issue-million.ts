/**
 * One call issuing N codes (default 1,000,000) through the real CLI in a child process: wall time
 * and the child's peak RSS. Goal: < 90 s on a 2-core machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** With `keep`, the data directory and codes.csv stay for the server bench (caller removes `base`). */
export function runMillion(n = 1_000_000, keep?: { base?: string }): string[] {
  const base = mkdtempSync(join(tmpdir(), 'wc-million-'));
  const bin = fileURLToPath(new URL('../bin/warncheck.js', import.meta.url));
  const keys = join(base, 'keys');
  const data = join(base, 'data');
  const demo = spawnSync(process.execPath, [bin, 'demo', '--keys', keys, '--data', data, '--count', '2'], { encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(demo.stderr);
  const tpl = JSON.parse(spawnSync(process.execPath, [bin, 'templates', '--data', data, '--json'], { encoding: 'utf8' }).stdout).templates[0].id;
  // The child reports its own peak RSS (resourceUsage) after the command, through a tiny wrapper.
  const wrapper = `process.argv.splice(1, 0, 'warncheck'); import('${bin.replace(/\\/g, '/')}').then(() => {}); process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));`;
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      wrapper,
      '--',
      'issue',
      '--keys',
      keys,
      '--data',
      data,
      '--template',
      tpl,
      '--count',
      String(n),
      '--out',
      join(base, 'codes.csv'),
    ],
    {
      encoding: 'utf8',
      env: { ...process.env },
    },
  );
  const secs = (performance.now() - t) / 1000;
  if (keep) keep.base = base;
  else rmSync(base, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(r.stderr);
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  return [`issue --count ${n} in one call: ${secs.toFixed(1)} s (goal < 90 s), peak RSS ${rss.toFixed(0)} MB`];
}
