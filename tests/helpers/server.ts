// A real demo data directory (SQLite, real keys, real signatures) made once per test file, and the
// real app on top of it, exercised through app.inject or a real listening port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDemo } from '../../src/demo/ensure.js';
import { loadData, loadTextCheck } from '../../src/service/load.js';
import { buildApp, type AppOptions } from '../../src/server/app.js';
import type { DemoInputs } from '../../src/service/types.js';

export interface DemoFixture {
  base: string;
  dataDir: string;
  keysDir: string;
  inputs: DemoInputs;
  data: ReturnType<typeof loadData>;
  /** The app's log lines (JSON, as written; server/logging.ts). */
  logLines: string[];
  app(over?: Partial<AppOptions>): ReturnType<typeof buildApp>;
  cleanup(): void;
}

export async function demoFixture(perTemplate = 20): Promise<DemoFixture> {
  const base = mkdtempSync(join(tmpdir(), 'wc-server-'));
  const dataDir = join(base, 'data');
  const keysDir = join(base, 'keys');
  const inputs = await makeDemo({ keysDir, dataDir, now: Date.now(), perTemplate });
  const data = loadData(dataDir, { now: Date.now });
  // Tests verify texts through data.verify too: the text analysis loaded as the server's first text would.
  await loadTextCheck();
  const logLines: string[] = [];
  return {
    base,
    dataDir,
    keysDir,
    inputs,
    data,
    logLines,
    // The overload guard is off unless a test asks for it (tests/server/limits.test.ts): on a loaded
    // test machine its event-loop check would turn unrelated answers into 503s.
    app: (over = {}) => buildApp({ data, log: { write: (l: string) => void logLines.push(l) }, exampleCode: inputs.genuine, overload: false, ...over }),
    cleanup: () => {
      data.close();
      rmSync(base, { recursive: true, force: true });
    },
  };
}

/** application/x-www-form-urlencoded body, as a browser sends it. */
export function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
export const JSON_CT = { 'content-type': 'application/json' };
