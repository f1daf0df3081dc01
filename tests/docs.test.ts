import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../src/core/errors.js';

describe('docs/ERRORS.md ↔ src/core/errors.ts', () => {
  const md = readFileSync(new URL('../docs/ERRORS.md', import.meta.url), 'utf8');
  const rows = new Map<string, { kind: string; http: number; message: string }>();
  for (const line of md.split('\n')) {
    const m = /^\| `(WC_[A-Z0-9_]+)` \| (\w+) \| (\d+) \| (.*) \|$/.exec(line);
    if (m) rows.set(m[1]!, { kind: m[2]!, http: Number(m[3]), message: m[4]! });
  }
  it('documents every code in the registry, with the same kind, status and message', () => {
    for (const [code, spec] of Object.entries(ERRORS)) {
      expect(rows.get(code), code).toEqual({ kind: spec.kind, http: spec.http, message: spec.message });
    }
  });
  it('documents no code that the registry lacks', () => {
    for (const code of rows.keys()) expect(Object.keys(ERRORS), code).toContain(code);
  });
});

describe('docs/DEPLOY.md shows the nginx configuration the end-to-end test runs', () => {
  const md = readFileSync(new URL('../docs/DEPLOY.md', import.meta.url), 'utf8');
  for (const f of ['warncheck-files.conf', 'warncheck-service.conf', 'warncheck.conf', 'warncheck-mirror.conf'])
    it(f, () => {
      const conf = readFileSync(new URL(`../deploy/nginx/${f}`, import.meta.url), 'utf8');
      expect(md).toContain('```nginx\n' + conf + '```');
    });
});

