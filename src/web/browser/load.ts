/**
 * The entry the pages load (`/static/app.js`). The browser check is built once per interface
 * language (scripts/build-web.js: `app-<lang>.js` holds English and that language's catalog only),
 * so a page downloads one catalog instead of all of them; this picks the page's own bundle.
 */
const lang = document.documentElement.lang;
const own = /^[a-z]{2,3}$/.test(lang) ? lang : 'en';
// Relative to this module's own URL (/static/app.js), so the bundle comes from the same origin.
const load = (file: string): Promise<unknown> => import(file);
void load(`./app-${own}.js`).catch(() => load('./app-en.js'));
