// The compromise drill's set-up (issue 13), on fresh directories with the real clock and the
// real CLI: keygen, trust, batch A, the time T, batch B with the same key.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadKeyRing } from '../../src/issuer/keys.js';
import { run } from './cli.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A and B are the codes of the two batches; `batch` issues another one. */
export async function drillSetup(base: string): Promise<{
  keys: string;
  data: string;
  env: Record<string, string>;
  a: string[];
  b: string[];
  kid: string;
  t: string;
  batch: (name: string) => Promise<string[]>;
}> {
  const keys = join(base, 'keys');
  const data = join(base, 'data');
  const env = { WARNCHECK_STATE: join(base, 'state.json') };
  const config = join(base, 'trust.json');
  writeFileSync(
    config,
    JSON.stringify({
      site: 'https://warncheck.example',
      issuers: [{ id: 'no-test', name: { en: 'Test police' }, country: 'NO', domains: ['politiet.no'], help: [] }],
      templates: [
        { id: 'no-test-en-1', issuer: 'no-test', lang: 'en', title: 'Test warning', text: 'This file was placed here by the police.\nMessage code: {code}' },
      ],
    }),
  );
  expect((await run(['keygen', '--keys', keys, '--issuer', 'no-test'])).code).toBe(0);
  expect((await run(['trust', '--keys', keys, '--data', data, '--config', config])).code).toBe(0);
  const batch = async (name: string): Promise<string[]> => {
    const out = join(base, `${name}.csv`);
    const r = await run(['issue', '--keys', keys, '--data', data, '--template', 'no-test-en-1', '--count', '5', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]!);
  };
  const a = await batch('a');
  await sleep(20);
  const t = new Date().toISOString();
  await sleep(20);
  const b = await batch('b');
  const kid = loadKeyRing(keys).issuers.get('no-test')![0]!.kid;
  return { keys, data, env, a, b, kid, t, batch };
}
