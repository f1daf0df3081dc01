/**
 * `warncheck publish`: the public data as static files in the server's own URL layout, so any web
 * server or CDN can serve them and one client (the browser check, `sync`) reads a published site
 * and a running server alike: /log/… (C2SP tlog-tiles), /.well-known/warncheck-trust.jws, jwks.json
 * and warncheck-root-handovers, /root.pub.jwk, every look-up bucket /api/v1/range/<bits>/<bucket>,
 * and the static verifier: the home page in every interface language (/index.html in English, the
 * default, and /<lang>/index.html for each), checking a code in the browser, with /static/app.js and
 * /static/style.css as the server serves them. Every file is
 * written atomically and the checkpoint last, so a reader never meets a checkpoint whose files are
 * missing; buckets of another bit count (an earlier log size) are removed afterwards.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicJwk } from '../core/jwk.js';
import { bucketName, rangeBits } from '../core/range.js';
import { base64urlDecode, utf8Decode } from '../core/bytes.js';
import { DurableBatch, writeFileAtomic } from '../issuer/files.js';
import type { LoadedData } from '../service/types.js';
import { fail } from '../core/errors.js';
import { decodeCompactJws } from '../core/jws.js';
import { TRUST_MAX_JWS } from '../core/trust.js';
import { homePage } from '../web/pages.js';
import { CATALOGS, DEFAULT_LANG } from '../web/i18n/index.js';
import { publishLog } from './tiles.js';

export interface SiteResult {
  size: number;
  /** Log files written and kept (full tiles never change). */
  written: number;
  kept: number;
  bits: number;
  buckets: number;
  /** Home pages written (one per language, and /index.html). */
  pages: number;
}

/** The browser bundle and stylesheet `npm run build` makes (the server serves the same folder). */
const STATIC_DIR = fileURLToPath(new URL('../../dist/static/', import.meta.url));
/** The example on the home page, as the server shows when it has no demo code to show. */
const EXAMPLE_CODE = 'NO-7K3Q-9XW2-M4TD';

/** Pages and assets change only with a release or a new trust list: unchanged bytes are kept. */
function writeIfChanged(batch: DurableBatch, path: string, bytes: string | Uint8Array): void {
  const b = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  if (existsSync(path) && readFileSync(path).equals(b)) return;
  batch.write(path, b);
}

/**
 * The static verifier: one home page per language with the root key in its meta, the script that
 * checks a code (from the `#fragment` or typed) against the published files, and the stylesheet.
 */
function publishPages(data: LoadedData, outDir: string, batch: DurableBatch): number {
  if (!existsSync(join(STATIC_DIR, 'app.js'))) fail('WC_USAGE', 'the browser check is not built: run `npm run build` first');
  for (const f of readdirSync(STATIC_DIR)) writeIfChanged(batch, join(outDir, 'static', f), readFileSync(join(STATIC_DIR, f)));
  // The trust list was verified when the data was loaded; its `site` is the full service.
  const site = (JSON.parse(utf8Decode(decodeCompactJws(data.trustJws.trim(), TRUST_MAX_JWS).payload)) as { site?: unknown }).site;
  if (typeof site !== 'string') fail('WC_TRUST_MALFORMED', 'site');
  const page = (lang: string) => homePage({ t: CATALOGS[lang]!, path: '/', hasScript: true, rootKey: data.rootPublicKey, staticSite: site }, EXAMPLE_CODE);
  for (const lang of Object.keys(CATALOGS)) writeIfChanged(batch, join(outDir, lang, 'index.html'), page(lang));
  writeIfChanged(batch, join(outDir, 'index.html'), page(DEFAULT_LANG));
  return Object.keys(CATALOGS).length + 1;
}

export function publishSite(data: LoadedData, outDir: string): SiteResult {
  const cp = data.log.checkpoint();
  const batch = new DurableBatch(outDir);
  const log = publishLog(data, join(outDir, 'log'), { checkpoint: false, batch });
  batch.write(join(outDir, '.well-known', 'warncheck-trust.jws'), data.trustJws);
  batch.write(join(outDir, '.well-known', 'jwks.json'), JSON.stringify(data.jwks));
  batch.write(join(outDir, '.well-known', 'warncheck-root-handovers'), data.rootHandovers.map((h) => `${h}\n`).join(''));
  batch.write(join(outDir, 'root.pub.jwk'), JSON.stringify(publicJwk(base64urlDecode(data.rootPublicKey)), null, 2) + '\n');
  const size = Number(cp.size);
  const bits = rangeBits(size);
  const rangeDir = join(outDir, 'api', 'v1', 'range');
  for (let b = 0; b < 2 ** bits; b++) batch.write(join(rangeDir, String(bits), bucketName(b, bits)), data.range(bits, b));
  const pages = publishPages(data, outDir, batch);
  batch.commit();
  writeFileAtomic(join(outDir, 'log', 'checkpoint'), cp.note);
  // Buckets of an earlier bit count answer for an older checkpoint: gone once the new one is out.
  if (existsSync(rangeDir)) for (const d of readdirSync(rangeDir)) if (d !== String(bits)) rmSync(join(rangeDir, d), { recursive: true, force: true });
  return { size, written: log.written + 1, kept: log.kept, bits, buckets: 2 ** bits, pages };
}
