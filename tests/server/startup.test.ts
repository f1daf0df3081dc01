// Start-up: the serving process does not load the text analysis (core/check.ts and the detectors,
// ~0.3 s of CPU and ~35 MB of heap) until its first text, and that first text is answered as
// every later one is (docs/HTTP.md "Start-up and memory").
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemo } from '../../src/demo/ensure.js';
import { startServer, type Started } from '../../src/server/main.js';
import { textCheckLoaded } from '../../src/service/load.js';
import { lazyCompilers } from '../../src/server/lazy-compile.js';
import type { DemoInputs } from '../../src/service/types.js';

const SRC = new URL('../../src/', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
/** What must not be loaded before a server's first text: the text analysis (core/text/extract finds codes in a short input). */
const TEXT_ONLY = /^(?:core\/check\.[jt]s|core\/domain\/|core\/text\/(?!extract\/))/;

/** Every module reached from `entry` through static imports (a dynamic import() is not followed). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"](\.[^'"]+)['"]/g))
      visit(join(file, '..', m[1]!.replace(/\.js$/, '.ts')));
  };
  visit(join(SRC, entry));
  return new Set([...seen].map((f) => relative(SRC, f)));
}

describe('start-up', () => {
  it('the serving process imports no text detector statically (they are loaded on the first text)', () => {
    const graph = staticGraph('cli/serve.ts');
    expect(graph.has('server/app.ts') && graph.has('service/load.ts') && graph.has('core/check-code.ts')).toBe(true);
    expect([...graph].filter((f) => TEXT_ONLY.test(f))).toEqual([]);
    // The text worker thread is for texts: it has them at once.
    expect(readFileSync(join(SRC, 'service/text-worker.ts'), 'utf8')).toMatch(/^await loadTextCheck\(\);$/m);
  });

  it('the bundle bin/warncheck.js runs (dist/bin, npm run build) loads no text detector for serve either', () => {
    // esbuild's metafile: which modules each output file holds and what it imports.
    type Out = { imports: Array<{ path: string; kind: string }>; inputs: Record<string, unknown> };
    const { outputs } = JSON.parse(readFileSync(join(ROOT, 'dist/bin/meta.json'), 'utf8')) as { outputs: Record<string, Out> };
    const serveChunk = Object.keys(outputs).find((o) => 'dist/cli/serve.js' in outputs[o]!.inputs);
    expect(serveChunk).toBeDefined();
    // What loading bin/warncheck.js and then `serve` loads: static imports only (a dynamic import() is a chunk loaded on use).
    const loaded = new Set<string>();
    const visit = (o: string): void => {
      if (loaded.has(o) || !outputs[o]) return;
      loaded.add(o);
      for (const i of outputs[o]!.imports) if (i.kind === 'import-statement') visit(i.path);
    };
    visit('dist/bin/main.js');
    visit(serveChunk!);
    const modules = [...loaded].flatMap((o) => Object.keys(outputs[o]!.inputs)).filter((i) => i.startsWith('dist/'));
    expect(modules).toContain('dist/server/app.js');
    expect(modules.filter((m) => TEXT_ONLY.test(m.slice('dist/'.length)))).toEqual([]);
    // ... and the text analysis is in the bundle, in chunks of its own.
    expect(Object.values(outputs).some((o) => 'dist/core/text/analyze.js' in o.inputs)).toBe(true);
    expect(readFileSync(join(ROOT, 'bin/warncheck.js'), 'utf8')).toContain("from '../dist/bin/main.js'");
  });

  it("route schemas are compiled on first use, by fastify's own compilers, with ajv's errors passed through", () => {
    type Compiler = (route: unknown) => ((data: unknown) => unknown) & { errors?: Array<{ keyword: string }> };
    const { compilersFactory } = lazyCompilers() as unknown as {
      compilersFactory: Record<'buildValidator' | 'buildSerializer', (s: unknown, o: unknown) => Compiler>;
    };
    const validator = compilersFactory.buildValidator({}, { customOptions: {} });
    const body = validator({
      schema: { type: 'object', required: ['input'], properties: { input: { type: 'string' } } },
      method: 'POST',
      url: '/x',
      httpPart: 'body',
    });
    expect(body.errors).toBeUndefined();
    expect(body({ input: 'x' })).toBe(true);
    expect(body({})).toBe(false);
    expect(body.errors?.[0]?.keyword).toBe('required');
    const serializer = compilersFactory.buildSerializer({}, undefined);
    const write = serializer({ schema: { type: 'object', properties: { a: { type: 'string' } } }, method: 'GET', url: '/x', httpStatus: '200' });
    expect(write({ a: 'x', secret: 1 })).toBe('{"a":"x"}');
    // Nothing is compiled before the first use: a schema that cannot compile fails only then.
    const broken = validator({ schema: { $ref: 'nowhere#' }, method: 'POST', url: '/y', httpPart: 'body' });
    expect(() => broken({})).toThrow();
    const brokenOut = serializer({ schema: { $ref: 'nowhere#' }, method: 'GET', url: '/y', httpStatus: '200' });
    expect(() => brokenOut({})).toThrow();
  });

  describe('a server', () => {
    let base: string;
    let inputs: DemoInputs;
    let s: Started;
    beforeAll(async () => {
      base = mkdtempSync(join(tmpdir(), 'wc-startup-'));
      inputs = await makeDemo({ keysDir: join(base, 'keys'), dataDir: join(base, 'data'), now: Date.now(), perTemplate: 4 });
      s = await startServer({ dataDir: join(base, 'data'), port: 0, host: '127.0.0.1', rateLimit: false, overload: false });
    });
    afterAll(async () => {
      await s?.close();
      rmSync(base, { recursive: true, force: true });
    });
    const verify = async (input: string) => {
      const r = await fetch(`${s.url}/api/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input }) });
      expect(r.status).toBe(200);
      return (await r.json()) as { verdict: string };
    };

    it('answers codes without the text analysis, loads it on the first text, and answers texts as before', async () => {
      expect(textCheckLoaded()).toBe(false);
      expect((await verify(inputs.genuine)).verdict).toBe('genuine');
      expect((await verify(inputs.revoked)).verdict).toBe('revoked');
      expect(textCheckLoaded()).toBe(false);
      // Two texts at once before the analysis is loaded: both wait for the one load.
      const [altered, scam] = await Promise.all([verify(inputs.altered), verify(inputs.scam)]);
      expect(textCheckLoaded()).toBe(true);
      expect(altered.verdict).toBe('altered');
      expect(scam.verdict).toBe('scam');
      // The same answers once loaded, and through data.verify (the CLI's and the tests' path).
      expect((await verify(inputs.altered)).verdict).toBe('altered');
      expect(s.data.verify(inputs.scam).verdict).toBe('scam');
      expect((await verify(inputs.genuine)).verdict).toBe('genuine');
    });
  });
});
