/**
 * Bulk issuance: N unique codes, one signed warning statement per code, stored in ONE transaction
 * (a crash leaves the whole batch or none of it), and a CSV of the codes for the video pipeline.
 * The CSV is written to a temporary file first and renamed only after the batch is committed.
 */
import { randomFillSync } from 'node:crypto';
import { nativeCodeHash } from '../node/code-hash.js';
import { closeSync, fsyncSync, openSync, renameSync, writeSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { base64urlEncode } from '../core/bytes.js';
import { CODE_RANDOM_SYMBOLS, formatCode, makeCode } from '../core/code.js';
import { fail } from '../core/errors.js';
import { STATEMENT_TYP, warningPayload } from '../core/statement.js';
import type { TrustListPayload } from '../core/trust.js';
import type { Store } from '../store/types.js';
import type { PrivateKey } from './keys.js';
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

  attachLogSigner(o.store, o.logKey, o.trust);
  const T = process.env['WARNCHECK_PROFILE'] ? (l: string) => process.stderr.write(`${l} ${Math.round(performance.now())}\n`) : () => {};
  T('start');
  // 1. Codes: CSPRNG, unique within the batch and against the store.
  const codes: string[] = [];
  const hashes: Uint8Array[] = [];
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
  // 2. Statements: the header is the same for every one. Chunks are built, signed on every core
  // and stored as soon as they are signed, inside ONE transaction that commits only at the end.
  // Then the CSV goes to a temp file (fsync) before the commit and is renamed after it: a crash
  // never leaves a CSV whose codes were not stored, nor a stored batch without its full CSV.
  const header = base64urlEncode(new TextEncoder().encode(JSON.stringify({ alg: 'EdDSA', kid: o.key.kid, typ: STATEMENT_TYP })));
  const tmp = o.out ? `${o.out}.partial` : undefined;
  const writer = o.store.beginAppend();
  try {
    let done = 0;
    await signAll(o.key.seed, {
      count: o.count,
      makeChunk: (start, end) => {
        const out: string[] = [];
        for (let i = start; i < end; i++) out.push(header + '.' + Buffer.from(JSON.stringify(warningPayload(hashes[i]!, issuer.id, o.now, tpl.lang, tpl.id))).toString('base64url'));
        return out;
      },
      onChunk: (start, inputs, sigs) => {
        writer.add(inputs.map((inp, j) => ({ codeHash: hashes[start + j]!, type: 'warning', kid: o.key.kid, jws: inp + '.' + Buffer.from(sigs[j]!).toString('base64url') })));
        done += inputs.length;
        o.onProgress?.(done, o.count);
      },
    });
    T('signed');
    if (tmp) writeCsv(tmp, codes, o.trust.site, tpl.id, tpl.lang, issuer.id, o.now);
    T('csv');
    writer.commit();
    T('stored');
  } catch (e) {
    writer.rollback();
    throw e;
  }
  if (tmp && o.out) renameSync(tmp, o.out);
  return { codes, firstIndex: writer.first };
}

function writeCsv(path: string, codes: readonly string[], site: string, template: string, lang: string, issuer: string, now: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w', 0o600);
  try {
    const base = site.replace(/\/+$/, '');
    const at = new Date(Math.floor(now / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    const lines = ['code,link,template,language,issuer,issued_at'];
    for (const c of codes) {
      const d = formatCode(c);
      lines.push(`${d},${base}/#${d},${template},${lang},${issuer},${at}`);
    }
    writeSync(fd, lines.join('\n') + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
