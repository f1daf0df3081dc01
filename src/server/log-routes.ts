/**
 * The public log under /log/, laid out exactly as C2SP tlog-tiles (docs/LOG.md §7), so an
 * existing tlog client pointed at `<site>/log/` reads and checks it unchanged. Tiles and entry
 * bundles never change once served (immutable caching); the checkpoint moves (a few seconds).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { fail, isWarncheckError } from '../core/errors.js';
import { utf8Encode } from '../core/bytes.js';
import { ENTRIES_LEVEL, encodeEntryBundle, parseTilePath } from '../core/tlog/tiles.js';
import type { LoadedData } from '../service/types.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const CHECKPOINT_CACHE = 'public, max-age=5';
/** Tile indexes beyond this are not in any tree a warncheck store can hold (2^53 leaves). */
const MAX_TILE_INDEX = BigInt(Number.MAX_SAFE_INTEGER) / 256n;

export function logRoutes(app: FastifyInstance, data: LoadedData): void {
  const bytes = (reply: FastifyReply, body: Uint8Array) =>
    reply.header('cache-control', IMMUTABLE).type('application/octet-stream').send(Buffer.from(body.buffer, body.byteOffset, body.byteLength));

  app.get('/log/checkpoint', { schema: { summary: 'The latest signed checkpoint of the public log (C2SP tlog-checkpoint)' } }, (_req, reply) =>
    reply.header('cache-control', CHECKPOINT_CACHE).type('text/plain; charset=utf-8').send(data.log.checkpoint().note),
  );

  app.get('/log/tile/*', { schema: { summary: 'Hash tiles and entry bundles (C2SP tlog-tiles)' } }, (req, reply) => {
    const rest = (req.params as { '*': string })['*'];
    let t;
    try {
      t = parseTilePath(`tile/${rest}`);
    } catch (e) {
      if (isWarncheckError(e)) return fail('WC_NOT_FOUND');
      throw e;
    }
    if (t.index > MAX_TILE_INDEX) return fail('WC_NOT_FOUND');
    const index = Number(t.index);
    if (t.level === ENTRIES_LEVEL) {
      const entries = data.log.entries(index, t.width);
      if (entries.length !== t.width) return fail('WC_NOT_FOUND');
      return bytes(reply, encodeEntryBundle(entries.map(utf8Encode)));
    }
    const tile = data.log.tile(t.level, index, t.width);
    if (!tile) return fail('WC_NOT_FOUND');
    return bytes(reply, tile);
  });
}
