// Repository invariants: src/core is pure and isomorphic, and imports only flow one way.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of src.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

/**
 * Module-level mutable state in one source file (ARCHITECTURE.md: the core keeps none). A simple
 * static check on prettier-formatted code, where module-level statements start at column 0:
 * - a module-level `let` or `var`;
 * - a module-level `const` (a Map, Set, array or object) mutated inside a function, i.e. after load
 *   (`.set(`, `.add(`, `.push(` …, or an assignment to it or its members); mutation in its own
 *   initialiser or in a module-level block or loop (filling a table at load) is allowed;
 * - a module-level assignment to something imported (configuring a dependency): allowed only in
 *   `allowed` (exact lines).
 * Its limits: it follows no aliases (a table handed to a function that mutates it, a getter
 * returning it), does not see state captured in closures returned by module-level calls, nor a
 * class's static fields, and trusts that prettier starts every module-level statement at column 0;
 * it only proves the plain patterns absent.
 */
export function moduleStateIn(source: string, allowed: readonly string[] = []): string[] {
  const src = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const lines = src.split('\n');
  const out: string[] = [];
  const names: string[] = [];
  for (const line of lines) {
    if (/^(?:export\s+)?(?:let|var)\s/.test(line)) out.push(line.trim());
    const c = /^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)/.exec(line);
    if (c) names.push(c[1]!);
    else if (/^[A-Za-z_$][\w$]*(?:\.[\w$]+|\[[^\]]+\])+\s*(?:=|\+=|-=)[^=]/.test(line) && !allowed.includes(line.trim())) out.push(line.trim());
  }
  for (const name of names) {
    const n = name.replace(/\$/g, '\\$');
    const mutation = new RegExp(
      `(?<![\\w$.])${n}(?:\\.(?:set|add|delete|clear|push|pop|shift|unshift|splice|sort|reverse|fill|copyWithin)\\(|(?:\\.[\\w$]+|\\[[^\\]]+\\])*\\s*(?:=|\\+=|-=|\\?\\?=|\\|\\|=)[^=>])`,
    );
    let top = '';
    for (const line of lines) {
      if (/^\S/.test(line)) top = line;
      // Inside a module-level block or loop (or its own declaration) it is the initialiser, run once at load.
      const atLoad = /^(?:for|while|if|\{)\b|^\{/.test(top) || new RegExp(`^(?:export\\s+)?const\\s+${n}\\b`).test(top);
      if (/^\s/.test(line) && !atLoad && mutation.test(line)) out.push(line.trim());
    }
  }
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
          expect(
            CORE_PACKAGES.some((p) => spec === p || spec.startsWith(p + '/')),
            `${relative(SRC, f)} imports ${spec}`,
          ).toBe(true);
        }
      }
    }
  });

  it("nothing imports Node's deprecated built-in punycode (the package is imported by its file path)", () => {
    for (const f of files(SRC))
      for (const spec of imports(f)) expect(spec === 'punycode' || spec === 'node:punycode', `${relative(SRC, f)} imports ${spec}`).toBe(false);
    expect(imports(join(SRC, 'core/domain/punycode.ts'))).toContain('punycode/punycode.js');
  });

  it('src/core reads no clock, no environment, no randomness of its own, and uses no Buffer', () => {
    for (const f of core) {
      const src = readFileSync(f, 'utf8')
        .replace(/\/\/.*$/gm, '')
        .replace(/\/\*[\s\S]*?\*\//g, '');
      for (const banned of ['Date.now(', 'new Date()', 'performance.now(', 'process.', 'Buffer.', 'Math.random(', 'getRandomValues(', 'require(']) {
        expect(src.includes(banned), `${relative(SRC, f)} uses ${banned}`).toBe(false);
      }
    }
  });

  it("src/core keeps no module-level mutable state (configuring noble's SHA-512 aside)", () => {
    // The check itself finds the patterns it is for (the lazy tables and memos the core once had).
    expect(moduleStateIn('let table: Map<number, string> | undefined;\nexport function t() {\n  return (table ??= new Map());\n}')).toEqual([
      'let table: Map<number, string> | undefined;',
    ]);
    expect(moduleStateIn('const cache = new WeakMap<object, string>();\nexport function f(o: object) {\n  cache.set(o, "x");\n}')).toEqual([
      'cache.set(o, "x");',
    ]);
    expect(moduleStateIn('const seen = new Set<string>();\nfunction g(k: string) {\n  if (seen.size > 9) seen.clear();\n}')).toEqual([
      'if (seen.size > 9) seen.clear();',
    ]);
    expect(moduleStateIn('import * as ed from "x";\ned.hashes.sha512 = sha512;')).toEqual(['ed.hashes.sha512 = sha512;']);
    expect(
      moduleStateIn(
        'const SET = new Set([1]);\nfor (const x of [2]) SET.add(x);\n{\n  SET.add(3);\n}\nconst local = () => {\n  const m = new Map();\n  m.set(1, 2);\n};',
      ),
    ).toEqual([]);
    const allowed = ['ed.hashes.sha512 = sha512;'];
    for (const f of core) expect(moduleStateIn(readFileSync(f, 'utf8'), f.endsWith('core/ed25519.ts') ? allowed : []), relative(SRC, f)).toEqual([]);
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
        return readdirSync(r, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => join(d.parentPath, d.name));
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
    for (const f of ['README.md', 'ARCHITECTURE.md'])
      expect(readFileSync(new URL(`../${f}`, import.meta.url), 'utf8'), f).not.toMatch(/DESIGN\.md|\.\.\/shared/);
  });
});
