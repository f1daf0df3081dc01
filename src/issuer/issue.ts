/**
 * Bulk issuance: N unique codes, one signed warning statement per code, stored in ONE transaction
 * (a crash leaves the whole batch or none of it), and a CSV of the codes for the video pipeline.
 * The CSV is written to `<out>.partial` (created before anything is signed, so an unwritable
 * --out costs nothing), made durable before the commit, and renamed only after it. A failure
 * after the commit is WC_ISSUE_OUTPUT_FAILED naming the file that holds the codes; a kill after
 * it leaves the .partial, which the next run reports (leftoverPartials).
 */
import { randomFillSync } from 'node:crypto';
import { nativeCodeHash } from '../node/code-hash.js';
import { closeSync, fsyncSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { base64urlEncode } from '../core/bytes.js';
import { CODE_RANDOM_SYMBOLS, formatCode, makeCode, normalizeCode } from '../core/code.js';
import { fail } from '../core/errors.js';
import { STATEMENT_TYP, warningPayload } from '../core/statement.js';
import type { TrustListPayload } from '../core/trust.js';
import type { Store } from '../store/types.js';
import type { PrivateKey } from './keys.js';
import { fsyncDir } from './files.js';
import { attachLogSigner } from './log.js';
import { signAll } from './sign-pool.js';

export const MAX_ISSUE_COUNT = 2_000_000;

export interface IssueOptions {
  store: Store;
  trust: TrustListPayload;
  key: PrivateKey;
  /** The log key: every append is sealed by a checkpoint it signs. */
  logKey: PrivateKey | undefined;
  templateId: string;
  count: number;
  now: number;
  /** CSV destination; omitted → no CSV (tests, demo). */
  out?: string;
  onProgress?: (done: number, total: number) => void;
  /** Test hooks: run just before and just after the commit (fault injection). */
  beforeCommit?: () => void;
  afterCommit?: () => void;
}

export interface IssueResult {
  codes: string[];
  firstIndex: number;
}

export async function issueBatch(o: IssueOptions): Promise<IssueResult> {
  if (!Number.isSafeInteger(o.count) || o.count < 1 || o.count > MAX_ISSUE_COUNT) fail('WC_USAGE', `--count must be 1…${MAX_ISSUE_COUNT}`);
  const tpl = o.trust.templates.find((t) => t.id === o.templateId);
  if (!tpl) return fail('WC_TEMPLATE_UNKNOWN', 'no such template in the trust list');
  const issuer = o.trust.issuers.find((i) => i.id === tpl.issuer)!;
  const tk = o.trust.keys.find((k) => k.kid === o.key.kid);
  if (!tk || tk.issuer !== issuer.id) fail('WC_KEY_UNKNOWN', "the issuer's key is not in the trust list (run warncheck trust)");
  if (tk!.status === 'revoked') fail('WC_KEY_REVOKED', 'the newest key of this issuer is revoked: make a new one (keygen) and rebuild the trust list');

  // Before anything is signed: the CSV's file must be creatable (and --out free).
  const csv = o.out ? openOut(o.out) : undefined;
  const codes: string[] = [];
  const hashes: Uint8Array[] = [];
  let writer: ReturnType<Store['beginAppend']>;
  const T = process.env['WARNCHECK_PROFILE'] ? (l: string) => process.stderr.write(`${l} ${Math.round(performance.now())}\n`) : () => {};
  try {
    attachLogSigner(o.store, o.logKey, o.trust);
    T('start');
    // 1. Codes: CSPRNG, unique within the batch and against the store.
    const seen = new Set<string>();
    const rnd = new Uint8Array(CODE_RANDOM_SYMBOLS * 4096);
    let off = rnd.length;
    while (codes.length < o.count) {
      if (off + CODE_RANDOM_SYMBOLS > rnd.length) {
        randomFillSync(rnd);
        off = 0;
      }
      const code = makeCode(issuer.country, rnd.subarray(off, off + CODE_RANDOM_SYMBOLS));
      off += CODE_RANDOM_SYMBOLS;
      if (seen.has(code)) continue;
      const h = nativeCodeHash(code);
      if (o.store.hasCodeHash(h)) continue;
      seen.add(code);
      codes.push(code);
      hashes.push(h);
    }
    T('codes');
    writer = o.store.beginAppend();
  } catch (e) {
    csv?.discard();
    throw e;
  }
  // 2. Statements: the header is the same for every one. Chunks are built, signed on every core
  // and stored as soon as they are signed, inside ONE transaction that commits only at the end.
  // Then the CSV goes to a temp file (fsync) before the commit and is renamed after it: a crash
  // never leaves a CSV whose codes were not stored, nor a stored batch without its full CSV.
  const header = base64urlEncode(new TextEncoder().encode(JSON.stringify({ alg: 'EdDSA', kid: o.key.kid, typ: STATEMENT_TYP })));
  try {
    let done = 0;
    await signAll(o.key.seed, {
      count: o.count,
      makeChunk: (start, end) => {
        const out: string[] = [];
        for (let i = start; i < end; i++)
          out.push(header + '.' + Buffer.from(JSON.stringify(warningPayload(hashes[i]!, issuer.id, o.now, tpl.lang, tpl.id))).toString('base64url'));
        return out;
      },
      onChunk: (start, inputs, sigs) => {
        writer.add(
          inputs.map((inp, j) => ({
            codeHash: hashes[start + j]!,
            type: 'warning',
            kid: o.key.kid,
            jws: inp + '.' + Buffer.from(sigs[j]!).toString('base64url'),
          })),
        );
        done += inputs.length;
        o.onProgress?.(done, o.count);
      },
    });
    T('signed');
    if (csv) csv.write(codes, o.trust.site, tpl.id, tpl.lang, issuer.id, o.now);
    T('csv');
    o.beforeCommit?.();
    writer.commit();
    T('stored');
  } catch (e) {
    writer.rollback();
    // Nothing was issued: the codes in the .partial exist nowhere else and mean nothing.
    csv?.discard();
    throw e;
  }
  // Committed: from here on a failure must say so, and where the codes are.
  if (csv && o.out) {
    try {
      o.afterCommit?.();
      renameSync(csv.partial, o.out);
      fsyncDir(dirname(o.out));
    } catch (e) {
      fail(
        'WC_ISSUE_OUTPUT_FAILED',
        `${codes.length} statements ARE issued (log index ${writer.first}…${writer.first + codes.length - 1}); their codes are in ${csv.partial}, not in --out (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }
  return { codes, firstIndex: writer.first };
}

/** The CSV's .partial file, created now (exclusive) so that a path that cannot be written fails before signing. */
function openOut(out: string): { partial: string; write(...a: CsvFields): void; discard(): void } {
  const partial = `${out}.partial`;
  let isDir = false;
  let exists = false;
  try {
    const st = statSync(out);
    exists = true;
    isDir = st.isDirectory();
  } catch {
    /* free */
  }
  if (isDir) fail('WC_OUTPUT_UNWRITABLE', '--out names a directory');
  if (exists) fail('WC_OUTPUT_UNWRITABLE', '--out exists: it may hold the codes of an earlier batch; name a new file');
  let fd: number;
  try {
    mkdirSync(dirname(out), { recursive: true });
    fd = openSync(partial, 'wx', 0o600);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      'WC_OUTPUT_UNWRITABLE',
      code === 'EEXIST'
        ? `${partial} exists, left by an earlier run: see the line above, then move it away`
        : `cannot create a file next to --out (${code ?? 'error'})`,
    );
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    partial,
    write: (...a) => {
      try {
        writeCsv(fd, ...a);
      } finally {
        close();
      }
    },
    discard: () => {
      close();
      try {
        unlinkSync(partial);
      } catch {
        /* already gone */
      }
    },
  };
}

export interface LeftoverPartial {
  path: string;
  /** true: its batch is in the log (this file is the only list of those codes); false: it is not. */
  committed: boolean;
}

/**
 * `.partial` CSVs of issuance in `dir` (runs killed or failed before the rename): the next run
 * reports each. Whether its batch was committed is told by its first code: the CSV is complete
 * and durable before the commit, and codes are unique, so a stored first code means a committed batch.
 */
export function leftoverPartials(dir: string, store: Store): LeftoverPartial[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.partial'));
  } catch {
    return [];
  }
  const out: LeftoverPartial[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    const head = Buffer.alloc(4096);
    let n: number;
    try {
      const fd = openSync(path, 'r');
      try {
        n = readSync(fd, head, 0, head.length, 0);
      } finally {
        closeSync(fd);
      }
    } catch {
      continue;
    }
    const lines = head.subarray(0, n).toString('utf8').split('\n');
    if (!lines[0]!.startsWith(CSV_HEADER)) continue; // not ours
    const first = normalizeCode(lines[1]?.split(',')[0] ?? '');
    out.push({ path, committed: first !== null && store.hasCodeHash(nativeCodeHash(first)) });
  }
  return out;
}

const CSV_HEADER = 'code,link,template,language,issuer,issued_at';

type CsvFields = [codes: readonly string[], site: string, template: string, lang: string, issuer: string, now: number];

function writeCsv(fd: number, ...[codes, site, template, lang, issuer, now]: CsvFields): void {
  const base = site.replace(/\/+$/, '');
  const at = new Date(Math.floor(now / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const lines = [CSV_HEADER];
  for (const c of codes) {
    const d = formatCode(c);
    lines.push(`${d},${base}/#${d},${template},${lang},${issuer},${at}`);
  }
  writeSync(fd, lines.join('\n') + '\n');
  fsyncSync(fd);
}
