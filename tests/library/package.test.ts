// The package as a user gets it: `import … from 'warncheck'` resolves through package.json
// `exports` to the built core (npm test builds first). The script is README.md's "Library" example.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = (file: string): string => execFileSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8' });

describe("the library through the package's exports", () => {
  it('is built (run npm run build first)', () => {
    expect(existsSync(`${ROOT}dist/core/index.js`)).toBe(true);
  });

  it('verifies a signed code, finds no statement for another, and throws typed errors', () => {
    const out = JSON.parse(run('tests/library/usage.js'));
    expect(out.genuine.verdict).toBe('genuine');
    expect(out.genuine.steps).toEqual(expect.arrayContaining(['lookup', 'signature', 'issuer', 'known-template']));
    expect(out.unknown).toEqual({ verdict: 'unknown', code: 'WC_STATEMENT_NOT_FOUND' });
    expect(out.wrongRoot).toEqual({ code: 'WC_TRUST_SIGNATURE_INVALID', isClass: true });
  });

  it('exposes only the entry point: deep imports are refused by `exports`', () => {
    const probe = "import('warncheck/dist/core/check.js').then(() => console.log('open'), (e) => console.log(e.code))";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(out).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});
