/**
 * Root hand-overs shipped with the data (docs/FORMAT.md §5.2): DATADIR/root-handovers.txt, one
 * compact JWS per line, oldest first. Public and untrusted: verifiers check every link against
 * the root they pin (core/trust.ts currentRoot). Absent: no root was ever rotated.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from '../core/errors.js';
import { MAX_HANDOVERS } from '../core/trust.js';

export const HANDOVERS_FILE = 'root-handovers.txt';
const MAX_BYTES = MAX_HANDOVERS * 2048;

export function readHandovers(dataDir: string): string[] {
  const path = join(dataDir, HANDOVERS_FILE);
  if (!existsSync(path)) return [];
  if (statSync(path).size > MAX_BYTES) fail('WC_TRUST_MALFORMED', 'root hand-over file too large');
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
