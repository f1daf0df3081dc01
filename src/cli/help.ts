/**
 * `warncheck <command> --help`: each command's options, environment variables and an example.
 * Kept apart from commands.ts so that `serve --help` loads no issuer code either. README
 * "Command line" lists the same invocations (a test keeps the two in step).
 */

interface Help {
  usage: string;
  about: string;
  options: Array<[string, string]>;
  env?: Array<[string, string]>;
  example: string;
}

const DATA: [string, string] = ['--data DATADIR', 'the data directory (public data only); default $WARNCHECK_DATA'];
const KEYS: [string, string] = ['--keys KEYDIR', 'the private key folder (never inside DATADIR)'];
const DATA_ENV: [string, string] = ['WARNCHECK_DATA', 'the data directory when --data is not given'];
const DEBUG_ENV: [string, string] = ['WARNCHECK_DEBUG=1', 'print the stack of an unexpected error (developers)'];
const STATE_ENV: [string, string] = [
  'WARNCHECK_STATE',
  'state file: highest trust-list version and latest checkpoint seen (default $XDG_STATE_HOME/warncheck/state.json or ~/.local/state/warncheck/state.json)',
];

export const HELP: Record<string, Help> = {
  keygen: {
    usage: 'keygen --keys KEYDIR [--issuer ID …] | keygen --keys KEYDIR --issuer ID --add',
    about:
      'Make the root key, the log key and one signing key per issuer (files mode 0600). On a folder that already holds keys it refuses unless given --add with exactly one --issuer.',
    options: [
      KEYS,
      ['--issuer ID', 'issuer id ([a-z0-9-]); repeatable; default demo'],
      ['--add', 'add exactly one issuer key to an existing folder (it signs nothing until a trust list names it: see rotate)'],
    ],
    example: 'npx warncheck keygen --keys ./keys --issuer no-politiet',
  },
  trust: {
    usage: 'trust --keys KEYDIR --data DATADIR --config trust.json',
    about: 'Build and sign the next trust-list version from a trust config (docs/FORMAT.md §5.3).',
    options: [KEYS, DATA, ['--config FILE', 'the trust config (JSON; `demo` writes an example to KEYDIR/trust.json)']],
    env: [DATA_ENV],
    example: 'npx warncheck trust --keys ./keys --data ./data --config trust.json',
  },
  demo: {
    usage: 'demo --keys KEYDIR --data DATADIR [--count N]',
    about:
      'A complete demo in fresh folders: keys, trust list (its config in KEYDIR/trust.json), templates, statements, one revoked statement and one revoked key.',
    options: [KEYS, DATA, ['--count N', 'statements per template, 2…100000 (default 200)']],
    env: [DATA_ENV],
    example: 'npx warncheck demo --keys /tmp/wc-keys --data /tmp/wc-data',
  },
  templates: {
    usage: 'templates --data DATADIR [--json]',
    about: 'List the genuine texts (templates) of the trust list and their ids.',
    options: [DATA, ['--json', 'print JSON']],
    env: [DATA_ENV],
    example: 'npx warncheck templates --data ./data',
  },
  issue: {
    usage: 'issue --keys KEYDIR --data DATADIR --template ID --count N --out codes.csv',
    about:
      "Make N unique codes, sign one statement each with the issuer's current key, append them to the log in one transaction, ask the trust list's witnesses (those with a url) to cosign, write the CSV. Exit 1 if a witness did not cosign (the batch is kept).",
    options: [
      KEYS,
      DATA,
      ['--template ID', 'template id (see `templates`)'],
      ['--count N', '1…2000000'],
      ['--out FILE', 'the CSV: code,link,template,language,issuer,issued_at'],
    ],
    env: [DATA_ENV],
    example: 'npx warncheck issue --keys ./keys --data ./data --template no-politiet-nb-1 --count 1000 --out codes.csv',
  },
  revoke: {
    usage: 'revoke --keys KEYDIR --data DATADIR (--code CODE | --key KID) --reason TEXT [--at ISO-TIME]',
    about:
      'Withdraw one warning (--code: a signed revocation statement in the log) or a key (--key: a new trust-list version). With --key and --at (the time of a compromise), statements the log held by the last checkpoint signed at or before that time stay genuine; later ones read revoked.',
    options: [
      KEYS,
      DATA,
      ['--code CODE', 'the message code to withdraw'],
      ['--key KID', 'the key id (thumbprint) to revoke'],
      ['--reason TEXT', '1…500 characters, shown to readers'],
      ['--at ISO-TIME', 'with --key: the compromise cut-off; with --code: the revocation time'],
    ],
    env: [DATA_ENV],
    example: 'npx warncheck revoke --keys ./keys --data ./data --key <KID> --reason "key leaked" --at 2026-11-22T10:00:00Z',
  },
  rotate: {
    usage: 'rotate --keys KEYDIR --data DATADIR --issuer ID',
    about: 'A new signing key for the issuer, named in a new trust-list version; later `issue` runs sign with it, and what older keys signed stays genuine.',
    options: [KEYS, DATA, ['--issuer ID', 'the issuer whose key is rotated']],
    env: [DATA_ENV],
    example: 'npx warncheck rotate --keys ./keys --data ./data --issuer no-politiet',
  },
  'rotate-root': {
    usage: 'rotate-root --keys KEYDIR --data DATADIR',
    about:
      'A new root key: the old root signs a hand-over to it (DATADIR/root-handovers.txt), the new root signs the next trust-list version, and verifiers that pin the old root follow the hand-over. The old root.key moves to KEYDIR/retired/.',
    options: [KEYS, DATA],
    env: [DATA_ENV],
    example: 'npx warncheck rotate-root --keys ./keys --data ./data',
  },
  verify: {
    usage: 'verify --data DATADIR [--json] [--root FILE] [--state FILE] INPUT',
    about: "Check a code, a JWS, a URL or a whole text ('-' reads stdin) offline. Exit 0 only for a genuine verdict.",
    options: [
      DATA,
      ['--json', 'print the result as JSON'],
      ['--root FILE', 'pin this root public key (JWK); default DATADIR/root.pub.jwk'],
      ['--state FILE', 'state file (default $WARNCHECK_STATE)'],
    ],
    env: [DATA_ENV, STATE_ENV],
    example: 'npx warncheck verify --data ./data NO-7K3Q-9XW2-M4TD',
  },
  serve: {
    usage: 'serve [--data DATADIR] [--port N] [--host H] [--state FILE] [--workers N] [--metrics]',
    about:
      'The verification service (pages, API, log). Without a data directory it serves the embedded demo. Picks up new trust lists and checkpoints about once a second; refuses rolled-back or forked data it served before.',
    options: [
      DATA,
      ['--port N', 'default $PORT or 8080'],
      ['--host H', 'default $HOST or localhost'],
      ['--state FILE', 'what was served (outside DATADIR); default $WARNCHECK_STATE'],
      ['--workers N', 'N processes on the one port (one per core); default $WARNCHECK_WORKERS or 1'],
      ['--metrics', 'serve GET /metrics (Prometheus counters); default $WARNCHECK_METRICS or off'],
    ],
    env: [
      DATA_ENV,
      ['PORT, HOST', 'where to listen'],
      STATE_ENV,
      ['WARNCHECK_RATE_LIMIT', 'requests per minute per client; 0 turns it off (default 120)'],
      ['WARNCHECK_ACCESS_LOG=off', 'no access log (errors are still logged)'],
      ['WARNCHECK_METRICS=on', 'serve GET /metrics (default off)'],
    ],
    example: 'npx warncheck serve --data ./data --port 8080',
  },
  log: {
    usage: 'log --data DATADIR [--json] | log --data DATADIR --witness URL …',
    about: 'Show the public log (size, root, latest checkpoint, log key), or ask witnesses to cosign the latest checkpoint.',
    options: [DATA, ['--json', 'print JSON'], ['--witness URL', 'a tlog-witness base URL; repeatable']],
    env: [DATA_ENV],
    example: 'npx warncheck log --data ./data --witness https://witness.example.org/',
  },
  publish: {
    usage: 'publish --data DATADIR --out DIR',
    about:
      "Write the public data as static files in the server's URL layout: the log (C2SP tiles) under /log/, the trust list and keys under /.well-known/, /root.pub.jwk, every look-up bucket, and the static verifier (a home page per language that checks codes in the browser, /static/app.js and style.css; run `npm run build` first); serve DIR as the site root (docs/DEPLOY.md).",
    options: [DATA, ['--out DIR', 'the site folder to write (incremental; the checkpoint is written last)']],
    env: [DATA_ENV],
    example: 'npx warncheck publish --data ./data --out ./public',
  },
  sync: {
    usage: 'sync --from URL --data DATADIR [--root ROOT.pub.jwk]',
    about:
      'Take a verified copy of the public data from a published site or a running server: trust list, checkpoint and every statement checked, installed in one transaction; later runs fetch only what is new.',
    options: [
      ['--from URL', 'the site or server to copy from'],
      DATA,
      ['--root FILE', 'the pinned root public key (needed on the first sync; then DATADIR/root.pub.jwk)'],
    ],
    env: [DATA_ENV],
    example: 'npx warncheck sync --from https://warncheck.example --data ./mirror --root ./root.pub.jwk',
  },
  witness: {
    usage: 'witness keygen --keys WDIR --name NAME | witness serve --keys WDIR --log VKEY … [--state FILE] [--port N] [--host H]',
    about:
      "Run a witness (c2sp.org/tlog-witness) for someone else's log: keygen prints the vkey to put in their trust list; serve answers POST /add-checkpoint.",
    options: [
      ['--keys WDIR', "the witness's key folder"],
      ['--name NAME', 'the witness key name, e.g. witness.example.org/w1'],
      ['--log VKEY', 'a log verifier key to witness; repeatable'],
      ['--state FILE', 'default WDIR/witness-state.json'],
      ['--port N', 'default $PORT or 8081'],
      ['--host H', 'default localhost'],
    ],
    env: [['PORT', 'where to listen']],
    example: 'npx warncheck witness serve --keys ./wkeys --log <VKEY> --port 8081',
  },
};

export function formatHelp(name: string): string | undefined {
  const h = HELP[name];
  if (!h) return undefined;
  const env = [...(h.env ?? []), DEBUG_ENV];
  const pad = Math.max(...[...h.options, ...env].map(([k]) => k.length)) + 2;
  const rows = (list: Array<[string, string]>) => list.map(([k, v]) => `  ${k.padEnd(pad)}${v}\n`).join('');
  return `usage: warncheck ${h.usage}\n\n${h.about}\n\noptions:\n${rows(h.options)}` + `\nenvironment:\n${rows(env)}` + `\nexample:\n  ${h.example}\n`;
}
