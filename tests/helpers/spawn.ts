// Run the real `warncheck serve` (bin → dist) as a child process on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/warncheck.js', import.meta.url));

export interface Served {
  proc: ChildProcess;
  url: string;
  output: () => string;
  stop(): Promise<number | null>;
}

export function serve(args: string[], o: { cwd: string; env?: Record<string, string>; nodeFlags?: string[]; timeoutMs?: number }): Promise<Served> {
  const proc = spawn(process.execPath, [...(o.nodeFlags ?? []), BIN, 'serve', ...args], {
    cwd: o.cwd,
    // The overload guard's event-loop check is off unless a test sets it: on a loaded test machine it
    // would turn unrelated answers into 503s (tests/server/limits.test.ts covers the guard itself).
    env: { PATH: process.env['PATH'] ?? '', HOME: o.cwd, PORT: '0', HOST: '127.0.0.1', WARNCHECK_MAX_EVENT_LOOP_DELAY_MS: '0', ...(o.env ?? {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  // 'close', not 'exit': output may still be in the pipe when the process exits.
  const exited = new Promise<number | null>((r) => proc.on('close', (code) => r(code)));
  // A server that ends on its own, or is killed by anything but stop(), says so in the test's output.
  let stopping = false;
  void exited.then((code) => {
    if (!stopping && started) console.error(`serve (pid ${proc.pid}) ended by itself, exit ${code}, signal ${proc.signalCode}:\n${out.slice(-3000)}`);
  });
  let started = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), o.timeoutMs ?? 60_000);
    const poll = setInterval(() => {
      // Whole line only: a pipe may deliver the address in pieces.
      const m = / at (http:\/\/\S+)\n/.exec(out);
      if (m) {
        clearInterval(poll);
        clearTimeout(timer);
        started = true;
        resolve({
          proc,
          url: m[1]!,
          output: () => out,
          stop: async () => {
            stopping = true;
            proc.kill('SIGTERM');
            return exited;
          },
        });
      }
    }, 50);
    void exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(Object.assign(new Error(`serve exited with ${code}: ${out}`), { exitCode: code, output: out }));
    });
  });
}

/** Wait until the child's output matches `re` (output arrives in chunks of the pipe's choosing). */
export async function waitForOutput(output: () => string, re: RegExp, timeoutMs = 10_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  while (!re.test(output())) {
    if (Date.now() > end) throw new Error(`output never matched ${re}: ${output()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return output();
}

/** A file the process writes (a heap snapshot, say), once its size has stopped changing. */
export async function waitForFile(dir: string, suffix: string): Promise<string> {
  for (let i = 0; i < 400; i++) {
    const f = readdirSync(dir).find((n) => n.endsWith(suffix));
    if (f) {
      const p = join(dir, f);
      const a = statSync(p).size;
      await new Promise((r) => setTimeout(r, 300));
      if (a > 0 && statSync(p).size === a) return p;
    } else await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no *${suffix} file`);
}
