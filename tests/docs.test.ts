import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS, type ErrorCode } from '../src/core/errors.js';
import { FINDINGS } from '../src/core/findings.js';
import { HTTP_STATUS } from '../src/server/status.js';

describe('docs/ERRORS.md ↔ the registries (src/core/errors.ts, src/core/findings.ts, src/server/status.ts)', () => {
  const md = readFileSync(new URL('../docs/ERRORS.md', import.meta.url), 'utf8');
  const errors = new Map<string, { kind: string; http: number; message: string }>();
  const findings = new Map<string, { kind: string; message: string }>();
  for (const line of md.split('\n')) {
    const e = /^\| `(WC_[A-Z0-9_]+)` \| (\w+) \| (\d+) \| (.*) \|$/.exec(line);
    if (e) errors.set(e[1]!, { kind: e[2]!, http: Number(e[3]), message: e[4]! });
    const f = /^\| `(WC_[A-Z0-9_]+)` \| (sign|finding) \| (.*) \|$/.exec(line);
    if (f) findings.set(f[1]!, { kind: f[2]!, message: f[3]! });
  }
  it('documents every error in the registry, with the same kind, HTTP status and message', () => {
    for (const [code, spec] of Object.entries(ERRORS)) {
      expect(errors.get(code), code).toEqual({ kind: spec.kind, http: HTTP_STATUS[code as ErrorCode], message: spec.message });
    }
  });
  it('documents every scam sign and finding code, with the same kind and message, and no HTTP status', () => {
    for (const [code, spec] of Object.entries(FINDINGS)) expect(findings.get(code), code).toEqual({ kind: spec.kind, message: spec.message });
  });
  it('documents no code that the registries lack, and no code in both', () => {
    for (const code of errors.keys()) expect(Object.keys(ERRORS), code).toContain(code);
    for (const code of findings.keys()) expect(Object.keys(FINDINGS), code).toContain(code);
    for (const code of Object.keys(FINDINGS)) expect(Object.keys(ERRORS), code).not.toContain(code);
  });
  it('gives every error code a status of its own kind (an error is never 2xx unless it is a step result)', () => {
    for (const [code, spec] of Object.entries(ERRORS)) {
      const status = HTTP_STATUS[code as ErrorCode];
      expect(status >= 400 || code === 'WC_TEXT_ALTERED', code).toBe(true);
      if (spec.kind === 'state') expect(status >= 500 || status === 409, code).toBe(true);
    }
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
