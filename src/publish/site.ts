/**
 * `warncheck publish`: the public data as static files in the server's own URL layout, so any web
 * server or CDN can serve them and one client (the browser check, `sync`) reads a published site
 * and a running server alike: /log/… (C2SP tlog-tiles), /.well-known/warncheck-trust.jws and
 * jwks.json, /root.pub.jwk, and every look-up bucket /api/v1/range/<bits>/<bucket>. Every file is
 * written atomically and the checkpoint last, so a reader never meets a checkpoint whose files are
 * missing; buckets of another bit count (an earlier log size) are removed afterwards.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { publicJwk } from '../core/jwk.js';
import { bucketName, rangeBits } from '../core/range.js';
import { base64urlDecode } from '../core/bytes.js';
import { writeFileAtomic } from '../issuer/files.js';
import type { LoadedData } from '../service/types.js';
import { publishLog } from './tiles.js';

export interface SiteResult {
  size: number;
  /** Log files written and kept (full tiles never change). */
  written: number;
  kept: number;
  bits: number;
  buckets: number;
}

export function publishSite(data: LoadedData, outDir: string): SiteResult {
  const cp = data.log.checkpoint();
  const log = publishLog(data, join(outDir, 'log'), { checkpoint: false });
  writeFileAtomic(join(outDir, '.well-known', 'warncheck-trust.jws'), data.trustJws);
  writeFileAtomic(join(outDir, '.well-known', 'jwks.json'), JSON.stringify(data.jwks));
  writeFileAtomic(join(outDir, 'root.pub.jwk'), JSON.stringify(publicJwk(base64urlDecode(data.rootPublicKey)), null, 2) + '\n');
  const size = Number(cp.size);
  const bits = rangeBits(size);
  const rangeDir = join(outDir, 'api', 'v1', 'range');
  for (let b = 0; b < 2 ** bits; b++) writeFileAtomic(join(rangeDir, String(bits), bucketName(b, bits)), data.range(bits, b));
  writeFileAtomic(join(outDir, 'log', 'checkpoint'), cp.note);
  // Buckets of an earlier bit count answer for an older checkpoint: gone once the new one is out.
  if (existsSync(rangeDir)) for (const d of readdirSync(rangeDir)) if (d !== String(bits)) rmSync(join(rangeDir, d), { recursive: true, force: true });
  return { size, written: log.written + 1, kept: log.kept, bits, buckets: 2 ** bits };
}
