/**
 * "While the heaviest allowed request runs, a code check sent beside it is answered within 100 ms"
 * (issue 12). A real `warncheck serve` on demo data; the heaviest requests the limits allow (the
 * worst 64 KiB text alone, and a batch of that text up to the batch's character limit) are sent,
 * and a code check goes out every 5 ms while each runs. Printed: the slowest of those checks,
 * against a code check on the idle server measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_BATCH_CHARS } from '../src/server/batch.js';
import { start } from './server.js';
import { worstInputs } from './worst-inputs.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/warncheck.js');

async function post(url: string, body: unknown): Promise<{ ms: number; status: number; text: string }> {
  const t0 = performance.now();
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await r.text();
  return { ms: performance.now() - t0, status: r.status, text };
}

export async function runBesideBench(): Promise<string[]> {
  const base = mkdtempSync(join(tmpdir(), 'wc-bench-beside-'));
  const r = spawnSync(process.execPath, [BIN, 'demo', '--keys', join(base, 'keys'), '--data', join(base, 'data'), '--count', '200'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const inputs = JSON.parse(readFileSync(join(base, 'keys/demo-inputs.json'), 'utf8')) as { genuine: string };
  const srv = await start([BIN, 'serve', '--data', join(base, 'data')], { WARNCHECK_RATE_LIMIT: '0' });
  const lines: string[] = [];
  try {
    const verify = `${srv.url}/api/v1/verify`;
    const g = JSON.parse((await post(verify, { input: inputs.genuine })).text) as { verdict: string; findings: Array<{ warning?: { text: string } }> };
    if (g.verdict !== 'genuine') throw new Error('demo code is not genuine');
    const template = g.findings[0]!.warning!.text;
    const [, , jws] = [0, 0, 'eyJhbGciOiJFZERTQSIsImtpZCI6IngifQ.eyJ2IjoxfQ.AAAA'];
    // Find the slowest single text on this server (each sent once after a warm-up).
    const candidates = worstInputs(inputs.genuine, jws, template);
    let worst = { name: '', ms: 0, text: '' };
    for (const [name, text] of candidates) {
      await post(verify, { input: text });
      const t = await post(verify, { input: text });
      if (t.status !== 200) throw new Error(`${name}: ${t.status} ${t.text.slice(0, 200)}`);
      if (t.ms > worst.ms) worst = { name, ms: t.ms, text };
    }
    const idle: number[] = [];
    for (let i = 0; i < 50; i++) idle.push((await post(verify, { input: inputs.genuine })).ms);
    idle.sort((a, b) => a - b);
    const heavy: Array<[string, string, unknown]> = [
      [`the worst text alone ("${worst.name}")`, verify, { input: worst.text }],
      [
        `a batch of it up to the character limit (${MAX_BATCH_CHARS / 65536} × 64 KiB)`,
        `${srv.url}/api/v1/verify/batch`,
        { items: Array(MAX_BATCH_CHARS / 65536).fill(worst.text) },
      ],
    ];
    for (const [name, url, body] of heavy) {
      let done = false;
      const big = post(url, body).then((x) => ((done = true), x));
      const beside: Array<Promise<number>> = [];
      while (!done) {
        beside.push(post(verify, { input: inputs.genuine }).then((x) => x.ms));
        await new Promise((res) => setTimeout(res, 5));
      }
      const b = await big;
      if (b.status !== 200) throw new Error(`${name}: ${b.status}`);
      const ms = await Promise.all(beside);
      lines.push(
        `${name}: ${b.ms.toFixed(0)} ms; ${ms.length} code checks sent beside it, slowest answered in ${Math.max(...ms).toFixed(1)} ms (goal < 100 ms); an idle code check: ${idle[25]!.toFixed(1)} ms median`,
      );
    }
  } finally {
    srv.proc.kill();
    rmSync(base, { recursive: true, force: true });
  }
  return lines;
}

if (process.argv[1]?.endsWith('beside.ts')) console.log((await runBesideBench()).join('\n'));
