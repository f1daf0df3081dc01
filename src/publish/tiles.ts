/**
 * Write the public log as static files (C2SP tlog-tiles layout, docs/LOG.md §7) for any static
 * web server or mirror: the same bytes the server's /log/ routes serve. Incremental: full tiles
 * and bundles never change, so existing ones are kept; partial ones and the checkpoint are
 * rewritten. Every file is written atomically and the checkpoint last, so a reader never sees a
 * checkpoint whose tiles are not there yet: the files go through one DurableBatch (issuer/files.ts),
 * made durable together before the checkpoint is written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { utf8Encode } from '../core/bytes.js';
import { ENTRIES_LEVEL, encodeEntryBundle, tileLevels, tilePath, TILE_WIDTH, type TileId } from '../core/tlog/tiles.js';
import { DurableBatch, writeFileAtomic } from '../issuer/files.js';
import type { LoadedData } from '../service/types.js';

export interface PublishResult {
  size: number;
  written: number;
  kept: number;
}

/**
 * `checkpoint: false` leaves the checkpoint to the caller, who writes it after its own files and
 * after committing `batch` (the log's files are written into it).
 */
export function publishLog(data: LoadedData, outDir: string, opts: { checkpoint?: boolean; batch?: DurableBatch } = {}): PublishResult {
  const batch = opts.batch ?? new DurableBatch(outDir);
  const cp = data.log.checkpoint();
  const size = cp.size;
  let written = 0;
  let kept = 0;
  const put = (t: TileId, bytes: () => Uint8Array) => {
    const path = join(outDir, tilePath(t));
    if (t.width === TILE_WIDTH && existsSync(path)) {
      kept++;
      return;
    }
    batch.write(path, bytes());
    written++;
  };
  for (const lv of tileLevels(size)) {
    const tiles: TileId[] = [];
    for (let i = 0n; i < lv.full; i++) tiles.push({ level: lv.level, index: i, width: TILE_WIDTH });
    if (lv.partialWidth > 0) tiles.push({ level: lv.level, index: lv.full, width: lv.partialWidth });
    for (const t of tiles) {
      put(t, () => data.log.tile(t.level, Number(t.index), t.width)!);
      if (t.level === 0) put({ ...t, level: ENTRIES_LEVEL }, () => encodeEntryBundle(data.log.entries(Number(t.index), t.width).map(utf8Encode)));
    }
  }
  if (opts.checkpoint === false) return { size: Number(size), written, kept };
  batch.commit();
  writeFileAtomic(join(outDir, 'checkpoint'), cp.note);
  return { size: Number(size), written: written + 1, kept };
}
