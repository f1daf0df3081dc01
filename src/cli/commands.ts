/** The CLI commands (README "Command line" lists them; keep the invocations stable). */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseCliArgs } from './args.js';
import { fail } from '../core/errors.js';
import { MAX_INPUT_CHARS } from '../core/check.js';
import { utf8Decode } from '../core/bytes.js';
import { jwkThumbprint } from '../core/jwk.js';
import { ensureDemo, makeDemo } from '../demo/ensure.js';
import { assertKeysApart, assertNotInDataDir } from '../issuer/files.js';
import { issueBatch, leftoverPartials, MAX_ISSUE_COUNT } from '../issuer/issue.js';
import { issuerKeyPath, loadKeyRing, newKey, signingKey, writeKey } from '../issuer/keys.js';
import { rotateIssuerKey, rotateRoot } from '../issuer/rotate.js';
import { revokeCode, revokeKey } from '../issuer/revoke.js';
import { cosignAfterWrite } from '../issuer/witnesses.js';
import { buildTrustList, currentTrustList, readTrustConfig } from '../issuer/trust.js';
import { loadData } from '../service/load.js';
import { seenOf } from '../service/log.js';
import { openDataDir, readPinnedRootKey, readRootPublicKey, ROOT_PUBLIC_FILE } from '../store/datadir.js';
import { formatResult } from './format.js';
import { decimalArg, EXIT_NOT_GENUINE, EXIT_OK, type CliIO } from './io.js';
import { readState, statePath, writeState } from './state.js';

type Command = (args: string[], io: CliIO) => Promise<number>;

export const USAGE = `usage: warncheck <command> [options]

  keygen    --keys KEYDIR [--issuer ID]        root key, log key and an issuer signing key (files mode 0600)
  keygen    --keys KEYDIR --issuer ID --add     exactly one more issuer key in an existing key folder
  trust     --keys KEYDIR --data DATADIR --config trust.json   build and sign the trust list
  demo      --keys KEYDIR --data DATADIR        a complete demo: keys, trust list, templates, statements
  templates --data DATADIR [--json]             the genuine texts (templates) and their ids
  issue     --keys KEYDIR --data DATADIR --template ID --count N --out codes.csv
  revoke    --keys KEYDIR --data DATADIR (--code CODE | --key KID) --reason TEXT [--at ISO-TIME]
  rotate    --keys KEYDIR --data DATADIR --issuer ID   a new signing key, named in a new trust-list version
  rotate-root --keys KEYDIR --data DATADIR      a new root key, handed over from the old one
  verify    --data DATADIR [--json] INPUT       INPUT: a code, a JWS, a URL, or '-' to read a text from stdin
  serve     [--data DATADIR] [--port N] [--host H] [--state FILE]   the verification service (demo data if no DATADIR)
  log       --data DATADIR [--json]             the public log: size, root, latest checkpoint, log key
  publish   --data DATADIR --out DIR            the public data as static files for any web server (docs/DEPLOY.md)
  log       --data DATADIR --witness URL …      ask witnesses to cosign the latest checkpoint (tlog-witness)
  sync      --from URL --data DATADIR [--root ROOT.pub.jwk]   a verified copy of a published site or server
  witness   keygen --keys WDIR --name NAME | serve --keys WDIR --log VKEY [--state FILE] [--port N]

\`warncheck <command> --help\` shows a command's options, environment variables and an example.
Exit status: 0 success (verify: only for a genuine verdict), 1 any other verdict or error, 2 usage;
issue: 3 = the batch WAS issued but its codes are not at --out (the message names their file).
`;

const now = (io: CliIO): number => (io.now ? io.now() : Date.now());

function need(v: string | undefined, flag: string): string {
  if (!v) fail('WC_USAGE', `${flag} is required`);
  return v!;
}

function dataDirOf(values: { data?: string | undefined }, io: CliIO): string {
  return resolve(need(values.data ?? io.env['WARNCHECK_DATA'], '--data'));
}

const keygen: Command = async (args, io) => {
  const { values } = parseCliArgs({
    args,
    options: { keys: { type: 'string' }, issuer: { type: 'string', multiple: true }, add: { type: 'boolean' } },
    strict: true,
  });
  const dir = resolve(need(values.keys, '--keys'));
  assertNotInDataDir(dir, io.env['WARNCHECK_DATA']);
  const t = now(io);
  const made: string[] = [];
  // A second keygen used to add a key silently; now it must be asked for exactly one new key.
  const hasKeys = existsSync(join(dir, 'root.key'));
  if (values.add) {
    if (!hasKeys) fail('WC_USAGE', '--add adds one issuer key to an existing key folder; this one has no root.key (run keygen without --add)');
    if (values.issuer?.length !== 1) fail('WC_USAGE', '--add needs exactly one --issuer ID');
  } else if (hasKeys) {
    fail(
      'WC_USAGE',
      `${dir} already holds keys: use \`keygen --keys KEYDIR --issuer ID --add\` for exactly one new issuer key, or \`rotate\` to replace the signing key in the trust list too`,
    );
  }
  if (!existsSync(join(dir, 'root.key'))) made.push(`root   ${writeKey(join(dir, 'root.key'), newKey('root', t)).kid}`);
  if (!existsSync(join(dir, 'log.key'))) made.push(`log    ${writeKey(join(dir, 'log.key'), newKey('log', t)).kid}`);
  for (const issuer of values.issuer ?? ['demo']) {
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(issuer)) fail('WC_USAGE', '--issuer must be lowercase letters, digits and hyphens');
    const k = newKey('issuer', t, issuer);
    writeKey(issuerKeyPath(dir, issuer, k.kid), k);
    made.push(`issuer ${k.kid} (${issuer})`);
  }
  io.stdout.write(`keys written to ${dir} (mode 0600; keep this folder private and out of the data directory):\n${made.map((m) => `  ${m}\n`).join('')}`);
  if (values.add) io.stdout.write('the new key signs nothing until a trust list names it: run `warncheck trust` (or use `warncheck rotate` next time)\n');
  return EXIT_OK;
};

const trust: Command = async (args, io) => {
  const { values } = parseCliArgs({ args, options: { keys: { type: 'string' }, data: { type: 'string' }, config: { type: 'string' } }, strict: true });
  const keysDir = resolve(need(values.keys, '--keys'));
  const dataDir = dataDirOf(values, io);
  assertKeysApart(keysDir, dataDir);
  const config = readTrustConfig(need(values.config, '--config'));
  const ring = loadKeyRing(keysDir);
  const { store } = openDataDir(dataDir, { create: true });
  try {
    const r = buildTrustList(config, ring, store, dataDir, { now: now(io) });
    io.stdout.write(`trust list version ${r.version} signed by root ${ring.root.kid}; expires ${r.payload.expires_at}\n`);
    return EXIT_OK;
  } finally {
    store.close();
  }
};

const demo: Command = async (args, io) => {
  const { values } = parseCliArgs({
    args,
    options: { keys: { type: 'string' }, data: { type: 'string' }, count: { type: 'string' }, reuse: { type: 'string' } },
    strict: true,
  });
  if (values.reuse !== undefined) {
    // `serve` runs this in a child process so that the serving process never holds a private key.
    const r = await ensureDemo(resolve(values.reuse), now(io));
    io.stdout.write(JSON.stringify(r) + '\n');
    return EXIT_OK;
  }
  const keysDir = resolve(need(values.keys, '--keys'));
  const dataDir = dataDirOf(values, io);
  if (existsSync(join(dataDir, 'warncheck.db'))) fail('WC_USAGE', 'the data directory already holds data; demo needs a fresh one');
  const perTemplate = values.count ? decimalArg(values.count, '--count (statements per template)', 2, 100_000) : 200;
  const inputs = await makeDemo({ keysDir, dataDir, now: now(io), perTemplate });
  io.stdout.write(
    `demo data in ${dataDir}, demo keys in ${keysDir}\n` +
      `the trust config it was built from: ${join(keysDir, 'trust.json')} (format: docs/FORMAT.md §5.3)\ntry:\n` +
      `  warncheck verify --data ${dataDir} ${inputs.genuine}      # genuine\n` +
      `  warncheck verify --data ${dataDir} ${inputs.revoked}      # revoked statement\n` +
      `  warncheck verify --data ${dataDir} ${inputs.revokedKey}      # revoked key\n` +
      `  warncheck verify --data ${dataDir} ${inputs.mistyped}      # mistyped\n` +
      `  warncheck verify --data ${dataDir} ${inputs.unknown}      # unknown\n`,
  );
  return EXIT_OK;
};

const templates: Command = async (args, io) => {
  const { values } = parseCliArgs({ args, options: { data: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
  const data = loadData(dataDirOf(values, io), { now: () => now(io) });
  try {
    if (values.json) io.stdout.write(JSON.stringify({ templates: data.templates }, null, 2) + '\n');
    else for (const t of data.templates) io.stdout.write(`${t.id}\t${t.language}\t${t.issuer}\t${t.title}\n`);
    return EXIT_OK;
  } finally {
    data.close();
  }
};

const issue: Command = async (args, io) => {
  const { values } = parseCliArgs({
    args,
    options: { keys: { type: 'string' }, data: { type: 'string' }, template: { type: 'string' }, count: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  const keysDir = resolve(need(values.keys, '--keys'));
  const dataDir = dataDirOf(values, io);
  assertKeysApart(keysDir, dataDir);
  const templateId = need(values.template, '--template');
  const count = decimalArg(need(values.count, '--count'), '--count', 1, MAX_ISSUE_COUNT);
  const out = resolve(need(values.out, '--out'));
  const ring = loadKeyRing(keysDir);
  const { store } = openDataDir(dataDir);
  try {
    // Runs that died after signing left their codes in .partial files: say what each holds.
    for (const l of leftoverPartials(dirname(out), store)) {
      const what = l.committed
        ? 'its batch WAS issued and this file is the only list of its codes: keep it (rename it to .csv)'
        : 'its batch was NOT issued, no code in it is valid: delete it';
      io.stderr.write(`warncheck: ${l.path} was left by an earlier issue run; ${what} (WC_ISSUE_PARTIAL_LEFT)\n`);
    }
    const t = now(io);
    const trustList = currentTrustList(store, ring.root.publicKey, t);
    const tpl = trustList.templates.find((x) => x.id === templateId);
    if (!tpl) fail('WC_TEMPLATE_UNKNOWN', 'run `warncheck templates` for the ids');
    const key = signingKey(trustList, ring, tpl!.issuer);
    if (!key)
      fail(
        'WC_KEYFILE_INVALID',
        `no active signing key of issuer ${tpl!.issuer} in ${keysDir} (a new key must be named in the trust list: \`warncheck rotate\`)`,
      );
    const bar = io.stderr.isTTY ? progressBar(io) : undefined;
    const r = await issueBatch({ store, trust: trustList, key: key!, logKey: ring.log, templateId, count, now: t, out, ...(bar ? { onProgress: bar } : {}) });
    if (bar) io.stderr.write('\n');
    io.stdout.write(`issued ${r.codes.length} statements (log index ${r.firstIndex}…${r.firstIndex + r.codes.length - 1}); codes in ${out}\n`);
    return (await witnessed(store, trustList, dataDir, io)) ? EXIT_OK : EXIT_NOT_GENUINE;
  } finally {
    store.close();
  }
};

/** Ask the trust list's witnesses (those with a url) to cosign the new checkpoint; false if any failed. */
async function witnessed(
  store: Parameters<typeof cosignAfterWrite>[0],
  trustList: Parameters<typeof cosignAfterWrite>[1],
  dataDir: string,
  io: CliIO,
): Promise<boolean> {
  const outcomes = await cosignAfterWrite(store, trustList);
  for (const r of outcomes) io.stderr.write(`witness ${r.url}: ${r.ok ? `${r.detail} (${r.cosignedBy})` : `FAILED: ${r.detail}`}\n`);
  const failed = outcomes.filter((r) => !r.ok);
  if (failed.length)
    io.stderr.write(
      `warncheck: the statements are stored, but ${failed.length} witness(es) did not cosign; later run: warncheck log --data ${dataDir} ${failed.map((r) => `--witness ${r.url}`).join(' ')}\n`,
    );
  return failed.length === 0;
}

function progressBar(io: CliIO): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    const pct = Math.floor((100 * done) / total);
    if (pct === last) return;
    last = pct;
    const width = 30;
    const fill = Math.round((width * done) / total);
    io.stderr.write(`\rsigning [${'#'.repeat(fill)}${'.'.repeat(width - fill)}] ${pct}% ${done}/${total}`);
  };
}

const revoke: Command = async (args, io) => {
  const { values } = parseCliArgs({
    args,
    options: {
      keys: { type: 'string' },
      data: { type: 'string' },
      code: { type: 'string' },
      key: { type: 'string' },
      reason: { type: 'string' },
      at: { type: 'string' },
    },
    strict: true,
  });
  const keysDir = resolve(need(values.keys, '--keys'));
  const dataDir = dataDirOf(values, io);
  assertKeysApart(keysDir, dataDir);
  if (!!values.code === !!values.key) fail('WC_USAGE', 'give exactly one of --code or --key');
  const reason = need(values.reason, '--reason');
  const t = now(io);
  let at = t;
  if (values.at) {
    at = Date.parse(values.at);
    if (!Number.isFinite(at) || !/^\d{4}-\d{2}-\d{2}T/.test(values.at)) fail('WC_USAGE', '--at must be an ISO time such as 2026-11-22T10:00:00Z');
  }
  const ring = loadKeyRing(keysDir);
  const { store } = openDataDir(dataDir);
  try {
    if (values.code) {
      const r = revokeCode(store, ring, values.code, reason, at, t);
      io.stdout.write(`revoked the warning for that code (log index ${r.index})\n`);
      if (!(await witnessed(store, currentTrustList(store, ring.root.publicKey, t), dataDir, io))) return EXIT_NOT_GENUINE;
    } else {
      const r = revokeKey(store, ring, dataDir, values.key!, reason, at, t, values.at !== undefined);
      io.stdout.write(`revoked key ${values.key}; trust list version ${r.version}\n`);
      if (r.logSize !== undefined)
        io.stdout.write(
          r.logSize > 0
            ? `statements of this key at log index 0…${r.logSize - 1} (logged by ${values.at}) stay genuine; later ones read revoked\n`
            : `no checkpoint was signed at or before ${values.at}: every statement of this key reads revoked\n`,
        );
    }
    return EXIT_OK;
  } finally {
    store.close();
  }
};

const rotate: Command = async (args, io) => {
  const { values } = parseCliArgs({ args, options: { keys: { type: 'string' }, data: { type: 'string' }, issuer: { type: 'string' } }, strict: true });
  const keysDir = resolve(need(values.keys, '--keys'));
  const dataDir = dataDirOf(values, io);
  assertKeysApart(keysDir, dataDir);
  const issuer = need(values.issuer, '--issuer');
  const ring = loadKeyRing(keysDir);
  const { store } = openDataDir(dataDir);
  try {
    const r = rotateIssuerKey(store, ring, keysDir, dataDir, issuer, now(io));
    io.stdout.write(
      `new signing key ${r.kid} for ${issuer}; trust list version ${r.version}. Later \`issue\` runs sign with it; what older keys signed stays genuine.\n`,
    );
    return EXIT_OK;
  } finally {
    store.close();
  }
};

const rotateRootCmd: Command = async (args, io) => {
  const { values } = parseCliArgs({ args, options: { keys: { type: 'string' }, data: { type: 'string' } }, strict: true });
  const keysDir = resolve(need(values.keys, '--keys'));
  const dataDir = dataDirOf(values, io);
  assertKeysApart(keysDir, dataDir);
  const ring = loadKeyRing(keysDir);
  const { store } = openDataDir(dataDir);
  try {
    const r = rotateRoot(store, ring, keysDir, dataDir, now(io));
    io.stdout.write(
      `root ${r.from} handed over to ${r.to}; trust list version ${r.version} is signed by the new root.\n` +
        `verifiers that pin the old root follow ${join(dataDir, 'root-handovers.txt')}; the old root.key is in ${join(keysDir, 'retired')} (keep it offline)\n`,
    );
    return EXIT_OK;
  } finally {
    store.close();
  }
};

async function readStdin(io: CliIO): Promise<string> {
  const chunks: Buffer[] = [];
  let n = 0;
  // Input limit: 64 KiB of text (plus slack for multi-byte characters is not given: bytes count).
  for await (const c of io.stdin) {
    const b = typeof c === 'string' ? Buffer.from(c) : (c as Buffer);
    n += b.length;
    if (n > MAX_INPUT_CHARS * 4) fail('WC_INPUT_TOO_LARGE');
    chunks.push(b);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length > MAX_INPUT_CHARS) fail('WC_INPUT_TOO_LARGE', 'stdin is larger than 64 KiB');
  return utf8Decode(new Uint8Array(bytes));
}

const verify: Command = async (args, io) => {
  const { values, positionals } = parseCliArgs({
    args,
    options: { data: { type: 'string' }, json: { type: 'boolean' }, root: { type: 'string' }, state: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) fail('WC_USAGE', 'give exactly one INPUT (or - to read stdin)');
  const dataDir = dataDirOf(values, io);
  const input = positionals[0] === '-' ? await readStdin(io) : positionals[0]!;
  const rootPk = values.root ? readPinnedRootKey(resolve(values.root)) : readRootPublicKey(join(dataDir, ROOT_PUBLIC_FILE));
  const rootKid = jwkThumbprint(rootPk);
  const sp = values.state ?? statePath(io.env);
  const state = readState(sp);
  const seen = state.trust[rootKid];
  const data = loadData(dataDir, {
    now: () => now(io),
    rootPublicKey: rootPk,
    ...(seen !== undefined ? { seenVersion: seen } : {}),
    seenCheckpoints: state.checkpoints ?? {},
  });
  try {
    const version = data.trust.payload.version;
    const checkpoint = seenOf(data.log.checkpoint());
    const checkpoints = state.checkpoints ?? {};
    if (seen === undefined || version > seen || checkpoints[data.log.vkey] !== checkpoint) {
      state.trust[rootKid] = Math.max(version, seen ?? 0);
      state.checkpoints = { ...checkpoints, [data.log.vkey]: checkpoint };
      try {
        writeState(sp, state);
      } catch {
        io.stderr.write('warncheck: could not record the trust-list version and log checkpoint seen (rollback protection is weaker)\n');
      }
    }
    const result = await data.verifyOrLoad(input);
    io.stdout.write(values.json ? JSON.stringify(result) + '\n' : formatResult(result));
    return result.verdict === 'genuine' ? EXIT_OK : EXIT_NOT_GENUINE;
  } finally {
    data.close();
  }
};

const serve: Command = async (args, io) => {
  const { runServe } = await import('./serve.js');
  return runServe(args, io);
};

const log: Command = async (args, io) => (await import('./log.js')).runLog(args, io);
const publish: Command = async (args, io) => (await import('./log.js')).runPublish(args, io);
const witness: Command = async (args, io) => (await import('./witness.js')).runWitness(args, io);
const sync: Command = async (args, io) => (await import('./sync.js')).runSync(args, io);

export const COMMANDS: Record<string, Command> = {
  keygen,
  trust,
  demo,
  templates,
  issue,
  revoke,
  rotate,
  'rotate-root': rotateRootCmd,
  verify,
  serve,
  log,
  publish,
  sync,
  witness,
};
