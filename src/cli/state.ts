/**
 * What the CLI remembers between runs: the highest trust-list version seen per root key, so a
 * rolled-back data directory is refused (and, with the log, the last checkpoint per log).
 * Default location: $WARNCHECK_STATE, else $XDG_STATE_HOME/warncheck/state.json, else
 * ~/.local/state/warncheck/state.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../issuer/files.js';

export interface CliState {
  trust: Record<string, number>;
  checkpoints?: Record<string, string>;
}

export function statePath(env: NodeJS.ProcessEnv): string {
  if (env['WARNCHECK_STATE']) return env['WARNCHECK_STATE'];
  const base = env['XDG_STATE_HOME'] || join(homedir(), '.local', 'state');
  return join(base, 'warncheck', 'state.json');
}

export function readState(path: string): CliState {
  if (!existsSync(path)) return { trust: {} };
  try {
    const s = JSON.parse(readFileSync(path, 'utf8')) as CliState;
    return { trust: s.trust ?? {}, ...(s.checkpoints ? { checkpoints: s.checkpoints } : {}) };
  } catch {
    return { trust: {} };
  }
}

export function writeState(path: string, s: CliState): void {
  writeFileAtomic(path, JSON.stringify(s, null, 2) + '\n', 0o600);
}
