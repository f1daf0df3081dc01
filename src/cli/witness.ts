/**
 * `warncheck witness keygen | serve`: the NGO's side of the log (src/witness).
 *   witness keygen --keys WDIR --name NAME          a cosigning key (mode 0600); prints its vkey
 *   witness serve  --keys WDIR --log VKEY [--log VKEY …] [--state FILE] [--port 8081] [--host localhost]
 *                                                   POST /add-checkpoint (c2sp.org/tlog-witness)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCliArgs } from './args.js';
import Fastify from 'fastify';
import { fail } from '../core/errors.js';
import { isValidKeyName } from '../core/tlog/note.js';
import { newKey, readKey, writeKey } from '../issuer/keys.js';
import { createWitness, witnessVkey } from '../witness/witness.js';
import { decimalArg, EXIT_OK, type CliIO } from './io.js';

const KEY_FILE = 'witness.key';
/** Request bodies: a checkpoint note (≤ 1 MiB) plus at most 63 proof lines. */
const BODY_LIMIT = (1 << 20) + 8192;

export async function runWitness(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'keygen') {
    const { values } = parseCliArgs({ args: rest, options: { keys: { type: 'string' }, name: { type: 'string' } }, strict: true });
    if (!values.keys || !values.name) fail('WC_USAGE', 'witness keygen needs --keys WDIR and --name NAME');
    if (!isValidKeyName(values.name!) || /\s/.test(values.name!))
      fail('WC_USAGE', '--name must be a key name without spaces or "+" (e.g. witness.example.org/w1)');
    const path = join(resolve(values.keys!), KEY_FILE);
    const k = writeKey(path, { ...newKey('witness', io.now ? io.now() : Date.now()), name: values.name! });
    io.stdout.write(
      `witness key written to ${path} (mode 0600)\nvkey (give it to the log operator for the trust list): ${witnessVkey({ name: k.name!, seed: k.seed })}\n`,
    );
    return EXIT_OK;
  }
  if (sub === 'serve') {
    const { values } = parseCliArgs({
      args: rest,
      options: {
        keys: { type: 'string' },
        log: { type: 'string', multiple: true },
        state: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
      },
      strict: true,
    });
    if (!values.keys || !values.log?.length) fail('WC_USAGE', 'witness serve needs --keys WDIR and at least one --log VKEY');
    const keyPath = join(resolve(values.keys!), KEY_FILE);
    if (!existsSync(keyPath)) fail('WC_KEYFILE_INVALID', 'no witness.key (run warncheck witness keygen)');
    const k = readKey(keyPath);
    if (k.role !== 'witness') fail('WC_KEYFILE_INVALID', 'not a witness key');
    const w = createWitness({
      key: { name: k.name!, seed: k.seed },
      logs: values.log!,
      statePath: resolve(values.state ?? join(values.keys!, 'witness-state.json')),
      now: io.now ?? Date.now,
    });
    const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT, requestIdHeader: false });
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    app.post('/add-checkpoint', (req, reply) => {
      const a = w.addCheckpoint(new Uint8Array(req.body as Buffer));
      return reply.code(a.status).type(a.contentType).send(a.body);
    });
    const port = decimalArg(values.port ?? io.env['PORT'] ?? '8081', '--port', 0, 65535);
    const url = await app.listen({ port, host: values.host ?? 'localhost' });
    io.stdout.write(`warncheck witness ${k.name} (${w.vkey}) at ${url}/add-checkpoint\n`);
    await new Promise<void>((done) => {
      const stop = (): void => void app.close().then(done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return EXIT_OK;
  }
  return fail('WC_USAGE', 'witness keygen | serve');
}
