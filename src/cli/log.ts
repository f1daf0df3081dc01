/** `warncheck log` and `warncheck publish`: the public log of a data directory. */
import { rangeBits } from '../core/range.js';
import { resolve } from 'node:path';
import { parseCliArgs } from './args.js';
import { base64Encode } from '../core/bytes.js';
import { fail } from '../core/errors.js';
import { publishSite } from '../publish/site.js';
import { loadData } from '../service/load.js';
import { join } from 'node:path';
import { openTrustList } from '../core/trust.js';
import { requestCosignatures } from '../issuer/witnesses.js';
import { openDataDir, readRootPublicKey, ROOT_PUBLIC_FILE } from '../store/datadir.js';
import { EXIT_NOT_GENUINE, EXIT_OK, type CliIO } from './io.js';

const dataDirOf = (v: string | undefined, io: CliIO): string => {
  const d = v ?? io.env['WARNCHECK_DATA'];
  if (!d) fail('WC_USAGE', '--data is required');
  return resolve(d!);
};

export async function runLog(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCliArgs({
    args,
    options: { data: { type: 'string' }, json: { type: 'boolean' }, witness: { type: 'string', multiple: true } },
    strict: true,
  });
  const dir = dataDirOf(values.data, io);
  let failed = false;
  if (values.witness?.length) {
    const { store } = openDataDir(dir);
    try {
      const latest = store.latestTrustList() ?? fail('WC_DATA_MISSING', 'no trust list');
      const trust = openTrustList(latest.jws, readRootPublicKey(join(dir, ROOT_PUBLIC_FILE)), { now: (io.now ?? Date.now)() }).payload;
      for (const r of await requestCosignatures(store, trust, values.witness)) {
        failed ||= !r.ok;
        io.stderr.write(`witness ${r.url}: ${r.ok ? `${r.detail} (${r.cosignedBy})` : `FAILED: ${r.detail}`}\n`);
      }
    } finally {
      store.close();
    }
  }
  const data = loadData(dir, { now: io.now ?? Date.now });
  try {
    // loadData has verified the checkpoint under the trust list's policy and the stored root.
    const cp = data.log.checkpoint();
    const bits = rangeBits(Number(cp.size));
    const counts = data.store.bucketCounts(bits);
    let sum = 0;
    let min = Infinity;
    for (const n of counts) {
      sum += n;
      if (n < min) min = n;
    }
    // The private look-up's buckets (docs/FORMAT.md §3.5): statements per bucket, mean and fewest.
    const range = { bits, mean: Math.round((sum / counts.length) * 100) / 100, min };
    const out = {
      origin: cp.origin,
      size: Number(cp.size),
      root: base64Encode(cp.rootHash),
      checkpoint: cp.note,
      vkey: data.log.vkey,
      cosignedBy: cp.cosignedBy,
      range,
    };
    if (values.json) io.stdout.write(JSON.stringify(out) + '\n');
    else
      io.stdout.write(
        `log ${out.origin}\n  size: ${out.size}\n  root: ${out.root}\n  key:  ${out.vkey}\n` +
          `  witnesses: ${out.cosignedBy.length ? out.cosignedBy.join(', ') : 'none cosigned'}\n` +
          `  look-up buckets: ${bits} prefix bits, ${range.mean} statements per bucket on average, ${min} in the smallest\n\nlatest checkpoint:\n${out.checkpoint}`,
      );
    return failed ? EXIT_NOT_GENUINE : EXIT_OK;
  } finally {
    data.close();
  }
}

/** What `publish` may hold of the stored tree in memory (Store.holdTree). */
const PUBLISH_TREE_BYTES = 256 * 2 ** 20;

export async function runPublish(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCliArgs({ args, options: { data: { type: 'string' }, out: { type: 'string' } }, strict: true });
  if (!values.out) fail('WC_USAGE', '--out is required');
  const data = loadData(dataDirOf(values.data, io), { now: io.now ?? Date.now });
  try {
    // Every bucket's proof reads ~20 nodes per statement at random places of the tree: the upper
    // levels from memory (at 10M statements levels 2 and up, 160 MB), not one SQLite look-up each.
    data.store.holdTree?.(PUBLISH_TREE_BYTES);
    const r = publishSite(data, resolve(values.out!));
    io.stdout.write(
      `published ${resolve(values.out!)} (log size ${r.size}): log ${r.written} files written, ${r.kept} full tiles kept; trust list, keys, ${r.buckets} look-up buckets (${r.bits} bits) and the static verifier (${r.pages} pages); serve this folder as the site root\n`,
    );
    return EXIT_OK;
  } finally {
    data.close();
  }
}
