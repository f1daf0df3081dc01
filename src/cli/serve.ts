/**
 * `warncheck serve`. Until the HTTP service lands (issue #4), this prepares the embedded demo and
 * prints what it made and how to check it from the command line.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDemo } from '../demo/ensure.js';
import type { CliIO } from './io.js';

export async function runServe(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }, strict: true });
  const dataDir = values.data ?? io.env['WARNCHECK_DATA'];
  if (dataDir) {
    io.stdout.write(`data directory: ${resolve(dataDir)}\n`);
    return 0;
  }
  const demo = await ensureDemo(join(process.cwd(), '.warncheck', 'demo'));
  io.stdout.write(
    `demo data in ${demo.dataDir} (keys apart in ${demo.keysDir})\ntry:\n` +
      `  npx warncheck verify --data ${demo.dataDir} ${demo.inputs.genuine}    # genuine\n` +
      `  npx warncheck verify --data ${demo.dataDir} ${demo.inputs.revoked}    # revoked\n` +
      `  npx warncheck verify --data ${demo.dataDir} ${demo.inputs.mistyped}    # mistyped\n`,
  );
  return 0;
}
