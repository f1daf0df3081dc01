import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured output, a fixed environment and an optional stdin. */
export async function run(argv: string[], opts: { stdin?: string | Buffer; env?: Record<string, string>; now?: number; tty?: boolean } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: opts.tty ?? false },
    stdin: Readable.from(opts.stdin === undefined ? [] : [typeof opts.stdin === 'string' ? Buffer.from(opts.stdin) : opts.stdin]) as CliIO['stdin'],
    env: { ...(opts.env ?? {}) },
    ...(opts.now !== undefined ? { now: () => opts.now! } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
