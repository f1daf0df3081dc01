// Repository invariants: src/core is pure and isomorphic, and imports only flow one way.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of src.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

const CORE_PACKAGES = ['@noble/ed25519', '@noble/hashes', '@scure/base', 'diff', 'ibantools', 'punycode', 'tldts'];

describe('architecture', () => {
  const core = files(join(SRC, 'core'));

  it('src/core imports only core modules and its allow-listed packages', () => {
    expect(core.length).toBeGreaterThan(5);
    for (const f of core) {
      for (const spec of imports(f)) {
        if (spec.startsWith('.')) {
          const target = join(f, '..', spec);
          expect(relative(join(SRC, 'core'), target).startsWith('..'), `${relative(SRC, f)} imports ${spec}`).toBe(false);
        } else {
          expect(CORE_PACKAGES.some((p) => spec === p || spec.startsWith(p + '/')), `${relative(SRC, f)} imports ${spec}`).toBe(true);
        }
      }
    }
  });

  it("nothing imports Node's deprecated built-in punycode (the package is imported by its file path)", () => {
    for (const f of files(SRC)) for (const spec of imports(f)) expect(spec === 'punycode' || spec === 'node:punycode', `${relative(SRC, f)} imports ${spec}`).toBe(false);
    expect(imports(join(SRC, 'core/domain/punycode.ts'))).toContain('punycode/punycode.js');
  });

  it('src/core reads no clock, no environment, no randomness of its own, and uses no Buffer', () => {
    for (const f of core) {
      const src = readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const banned of ['Date.now(', 'new Date()', 'performance.now(', 'process.', 'Buffer.', 'Math.random(', 'getRandomValues(', 'require(']) {
        expect(src.includes(banned), `${relative(SRC, f)} uses ${banned}`).toBe(false);
      }
    }
  });

  it('nothing imports the server or the CLI except their own entry points', () => {
    for (const f of files(SRC)) {
      const rel = relative(SRC, f);
      for (const spec of imports(f)) {
        if (!spec.startsWith('.')) continue;
        const target = relative(SRC, join(f, '..', spec));
        if (target.startsWith('server/')) expect(rel.startsWith('server/') || rel.startsWith('cli/'), `${rel} imports ${spec}`).toBe(true);
        if (target.startsWith('cli/')) expect(rel.startsWith('cli/'), `${rel} imports ${spec}`).toBe(true);
      }
    }
  });

  it('the serving side (server, service, store, web, cli/serve) never imports the issuer (ARCHITECTURE.md, safety rule 4)', () => {
    const serving = files(SRC).filter((f) => /^(server|service|store|web)\//.test(relative(SRC, f)) || relative(SRC, f) === 'cli/serve.ts');
    expect(serving.length).toBeGreaterThan(8);
    for (const f of serving)
      for (const spec of imports(f)) {
        const target = spec.startsWith('.') ? relative(SRC, join(f, '..', spec)) : spec;
        expect(target.startsWith('issuer/') || target.startsWith('demo/') || target === 'cli/commands.js', `${relative(SRC, f)} imports ${spec}`).toBe(false);
      }
  });

  it('no code, test, script or document refers to ../shared or a design document outside the repository (the project is self-contained)', () => {
    const roots = ['src', 'tests', 'scripts', 'bench', '.ci', 'docs', 'deploy'].map((d) => new URL(`../${d}/`, import.meta.url).pathname);
    const all = roots.flatMap((r) => {
      try {
        return readdirSync(r, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
      } catch {
        return [];
      }
    });
    for (const f of all) {
      // bench/.cache holds generated benchmark data (git-ignored, gigabytes), not project text.
      if (f.includes('/vectors/') || f.includes('/bench/.cache/') || f.endsWith('architecture.test.ts')) continue;
      const text = readFileSync(f, 'utf8');
      expect(text.includes('../shared'), f).toBe(false);
      expect(text.includes('DESIGN.md'), f).toBe(false);
    }
    for (const f of ['README.md', 'ARCHITECTURE.md']) expect(readFileSync(new URL(`../${f}`, import.meta.url), 'utf8'), f).not.toMatch(/DESIGN\.md|\.\.\/shared/);
  });
});
