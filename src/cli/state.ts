/**
 * What the CLI remembers between runs: the highest trust-list version seen per root key, so a
 * rolled-back data directory is refused (and, with the log, the last checkpoint per log).
 * Default location: $WARNCHECK_STATE, else $XDG_STATE_HOME/warncheck/state.json, else
 * ~/.local/state/warncheck/state.json.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fail, isWarncheckError } from '../core/errors.js';
import { realPath, writeFileAtomic } from '../issuer/files.js';

export interface CliState {
  trust: Record<string, number>;
  checkpoints?: Record<string, string>;
}

/** A state file is a few hundred bytes per trust root; anything much larger is not one. */
const STATE_MAX_BYTES = 1 << 20;

export function statePath(env: NodeJS.ProcessEnv): string {
  if (env['WARNCHECK_STATE']) return env['WARNCHECK_STATE'];
  const base = env['XDG_STATE_HOME'] || join(homedir(), '.local', 'state');
  return join(base, 'warncheck', 'state.json');
}

/**
 * The remembered state, or a fresh one when there is no file. A file that is there but unusable
 * is an error (WC_STATE_INVALID), never a silent reset: resetting would drop the rollback
 * protection without a word. Only a regular file outside /proc, /sys and /dev is read (opened
 * non-blocking, so a FIFO cannot hang the CLI), and at most 1 MiB of it.
 */
export function readState(path: string): CliState {
  if (/^\/(proc|sys|dev)(\/|$)/.test(realPath(path))) fail('WC_STATE_INVALID', `${path} is under /proc, /sys or /dev`);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { trust: {} };
    return fail('WC_STATE_INVALID', `${path} cannot be opened (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let text: string;
  try {
    if (!fstatSync(fd).isFile()) fail('WC_STATE_INVALID', `${path} is not a regular file`);
    const buf = Buffer.alloc(STATE_MAX_BYTES + 1);
    let n = 0;
    for (let r = 1; r > 0 && n < buf.length; n += r) r = readSync(fd, buf, n, buf.length - n, null);
    if (n > STATE_MAX_BYTES) fail('WC_STATE_INVALID', `${path} is larger than 1 MiB`);
    text = buf.subarray(0, n).toString('utf8');
  } catch (e) {
    if (isWarncheckError(e)) throw e;
    return fail('WC_STATE_INVALID', `${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
  return parseState(text, path);
}

function parseState(text: string, path: string): CliState {
  const bad = (): never => fail('WC_STATE_INVALID', `${path} is not a warncheck state file: move it away to start afresh`);
  let s: unknown;
  try {
    s = JSON.parse(text);
  } catch {
    return bad();
  }
  const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isRecord(s) || !isRecord(s['trust'])) return bad();
  const trust = s['trust'];
  if (!Object.values(trust).every((v) => Number.isSafeInteger(v) && (v as number) >= 0)) return bad();
  const cps = s['checkpoints'];
  if (cps !== undefined && !(isRecord(cps) && Object.values(cps).every((v) => typeof v === 'string'))) return bad();
  return { trust: trust as Record<string, number>, ...(cps ? { checkpoints: cps as Record<string, string> } : {}) };
}

export function writeState(path: string, s: CliState): void {
  writeFileAtomic(path, JSON.stringify(s, null, 2) + '\n', 0o600);
}
