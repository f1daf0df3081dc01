// Bundles the command line for bin/warncheck.js with esbuild: tsc's output (dist/cli/main.js, the
// code the tests run) and the text worker thread's entry, with their packages, into dist/bin/.
// Resolving and reading ~750 files (fastify and its dependencies are hundreds of CommonJS modules)
// was ~0.1 s of CPU of every start (measured, docs/HTTP.md "Start-up and memory"). Code splitting keeps
// each command's code (and the text analysis, loaded on a server's first text) in chunks of its own,
// loaded only when that command or text runs. Left out: better-sqlite3 (a native addon), piscina
// (it starts its own worker file by path), and fastify's two schema compilers, which
// src/server/lazy-compile.ts loads from fastify's own dependencies on first use (in the bundle they
// would be ~0.5 MB of code parsed at every start for nothing). The paths the code resolves from import.meta.url
// (dist/static, bin/, ./text-worker.js) hold from dist/bin/ as from dist/<dir>/.
// dist/bin/meta.json (esbuild's metafile) lets a test check what the serving chunks contain.
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bin', { recursive: true, force: true }); // no chunk of an earlier build left behind
const { metafile } = await build({
  entryPoints: { main: 'dist/cli/main.js', 'text-worker': 'dist/service/text-worker.js' },
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'piscina', '@fastify/ajv-compiler', '@fastify/fast-json-stringify-compiler'],
  // The CommonJS packages inside an ES module bundle call require() for Node's built-ins.
  banner: { js: "import { createRequire as wcCreateRequire } from 'node:module'; const require = wcCreateRequire(import.meta.url);" },
  metafile: true,
  logLevel: 'warning',
});
writeFileSync('dist/bin/meta.json', JSON.stringify(metafile));
