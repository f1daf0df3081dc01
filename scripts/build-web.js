// Builds the optional browser bundle (src/web/browser/main.ts → dist/web/app.js) with esbuild.
// The bundle imports only src/core, so the browser runs the very same verification code.
import { existsSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const entry = 'src/web/browser/main.ts';
if (existsSync(entry)) {
  mkdirSync('dist/web', { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2020',
    minify: true,
    outfile: 'dist/web/app.js',
    legalComments: 'none',
    logLevel: 'warning',
  });
}
