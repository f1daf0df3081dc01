// Copies the static assets (src/web/static → dist/static) and builds the optional browser bundle (src/web/browser/main.ts → dist/static/app.js) with esbuild.
// The bundle imports only src/core, so the browser runs the very same verification code.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('dist/static', { recursive: true });
for (const f of readdirSync('src/web/static')) copyFileSync(`src/web/static/${f}`, `dist/static/${f}`);

const entry = 'src/web/browser/main.ts';
if (existsSync(entry)) {
  mkdirSync('dist/static', { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    outfile: 'dist/static/app.js',
    legalComments: 'none',
    logLevel: 'warning',
  });
}
