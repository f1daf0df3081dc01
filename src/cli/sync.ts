/** `warncheck sync --from URL --data DATADIR [--root ROOT.pub.jwk]`: a verified copy (src/mirror/sync.ts). */
import { resolve } from 'node:path';
import { parseCliArgs } from './args.js';
import { fail } from '../core/errors.js';
import { syncFrom } from '../mirror/sync.js';
import { readPinnedRootKey } from '../store/datadir.js';
import { EXIT_OK, type CliIO } from './io.js';

export async function runSync(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCliArgs({ args, options: { from: { type: 'string' }, data: { type: 'string' }, root: { type: 'string' } }, strict: true });
  if (!values.from) fail('WC_USAGE', '--from URL is required');
  const data = resolve(values.data ?? io.env['WARNCHECK_DATA'] ?? fail('WC_USAGE', '--data is required'));
  const r = await syncFrom({
    from: values.from,
    dataDir: data,
    now: (io.now ?? Date.now)(),
    ...(values.root ? { root: readPinnedRootKey(resolve(values.root)) } : {}),
  });
  io.stdout.write(
    r.after === r.before
      ? `${data} is up to date: ${r.after} statements, trust list version ${r.trustVersion}\n`
      : `synced ${r.after - r.before} new statements (${r.bundles} entry bundles, all verified) into ${data}: ${r.after} in all, trust list version ${r.trustVersion}\n`,
  );
  return EXIT_OK;
}
