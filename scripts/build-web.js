// Copies the static assets (src/web/static → dist/static) and builds the optional browser bundle
// with esbuild: src/web/browser/main.ts once per interface language (dist/static/app-<lang>.js,
// English and that language's catalog only) and the tiny loader dist/static/app.js that picks the
// page's one. The bundles import only src/core (and the page templates), so the browser runs the
// very same verification code.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

mkdirSync('dist/static', { recursive: true });
for (const f of readdirSync('src/web/static')) copyFileSync(`src/web/static/${f}`, `dist/static/${f}`);

const entry = 'src/web/browser/main.ts';
const I18N = resolve('src/web/i18n');
const LANGS = readdirSync(I18N)
  .filter((f) => /^[a-z]{2,3}\.ts$/.test(f))
  .map((f) => f.slice(0, -3));

/** In the bundle for `lang`, every other catalog that i18n/index.ts imports stands in as English. */
function onlyCatalog(lang) {
  return {
    name: 'only-catalog',
    setup(b) {
      b.onResolve({ filter: /^\.\/[a-z]{2,3}\.js$/ }, (args) => {
        const name = args.path.slice(2, -3);
        if (resolve(args.resolveDir) !== I18N || name === 'en' || name === lang || !LANGS.includes(name)) return undefined;
        return { path: name, namespace: 'wc-catalog-stub' };
      });
      b.onLoad({ filter: /.*/, namespace: 'wc-catalog-stub' }, (args) => ({
        contents: `export { en as ${args.path} } from './en.js';`,
        resolveDir: I18N,
        loader: 'ts',
      }));
    },
  };
}

if (existsSync(entry)) {
  const common = { bundle: true, format: 'esm', target: 'es2020', minify: true, legalComments: 'none', logLevel: 'warning' };
  for (const lang of LANGS) await build({ ...common, entryPoints: [entry], outfile: `dist/static/app-${lang}.js`, plugins: [onlyCatalog(lang)] });
  await build({ ...common, bundle: false, entryPoints: ['src/web/browser/load.ts'], outfile: 'dist/static/app.js' });
}
