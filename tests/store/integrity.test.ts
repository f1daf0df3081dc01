// Damage to the server's own data is an error, never a verdict (issue 12 item 7). A real SQLite data
// directory is copied, ONE byte is flipped inside the pages of the code-hash index, the bucket
// index, the log hashes or the statements table (found with SQLite's dbstat), and the copy is
// loaded and asked about every code it holds: each answer is the untouched data's answer, or the
// load or the answer fails with WC_DATA_CORRUPT. Never a different verdict.
import { bucketOfHex, decodeRangeAnswer, rangeBits } from '../../src/core/range.js';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeHashHex, normalizeCode } from '../../src/core/code.js';
import { isWarncheckError } from '../../src/core/errors.js';
import { makeDemo } from '../../src/demo/ensure.js';
import { loadData } from '../../src/service/load.js';
import { run } from '../helpers/cli.js';

const T0 = Date.parse('2026-11-22T10:00:00Z');
const FLIPS_PER_PART = 16;

type Outcome = string; // a verdict summary, or 'WC_DATA_CORRUPT'

describe('one flipped byte in the data directory', () => {
  const base = mkdtempSync(join(tmpdir(), 'wc-integrity-'));
  const keys = join(base, 'keys');
  const data = join(base, 'data');
  let inputs: string[] = [];
  let pages: Map<string, number[]>;
  let pageSize = 4096;
  let baseline: Map<string, Outcome>;

  /** Every answer of a data directory: verdict and code per input, and the range bucket of each code. */
  function answers(dir: string): Map<string, Outcome> | 'WC_DATA_CORRUPT' {
    let d: ReturnType<typeof loadData>;
    try {
      d = loadData(dir, { now: () => T0 + 1000 });
    } catch (e) {
      if (isWarncheckError(e, 'WC_DATA_CORRUPT')) return 'WC_DATA_CORRUPT';
      throw e;
    }
    const out = new Map<string, Outcome>();
    const ask = (key: string, f: () => string) => {
      try {
        out.set(key, f());
      } catch (e) {
        if (!isWarncheckError(e, 'WC_DATA_CORRUPT')) throw e;
        out.set(key, 'WC_DATA_CORRUPT');
      }
    };
    try {
      for (const input of inputs) {
        ask(input, () => {
          const r = d.verify(input);
          return JSON.stringify([r.verdict, r.findings.map((f) => [f.verdict, f.code])]);
        });
        const n = normalizeCode(input);
        if (n)
          ask(`range ${input}`, () => {
            const bits = rangeBits(Number(d.log.checkpoint().size));
            return JSON.stringify(decodeRangeAnswer(d.range(bits, bucketOfHex(codeHashHex(n), bits))).entries, (_k, v) =>
              typeof v === 'bigint' ? Number(v) : v,
            );
          });
      }
    } finally {
      d.close();
    }
    return out;
  }

  beforeAll(async () => {
    const demo = await makeDemo({ keysDir: keys, dataDir: data, now: T0, perTemplate: 2 });
    const tpl = JSON.parse((await run(['templates', '--data', data, '--json'], { now: T0 })).stdout).templates[0].id as string;
    const csv = join(base, 'codes.csv');
    expect((await run(['issue', '--keys', keys, '--data', data, '--template', tpl, '--count', '200', '--out', csv], { now: T0 })).code).toBe(0);
    const codes = readFileSync(csv, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]!);
    for (const c of codes.slice(0, 6))
      expect((await run(['revoke', '--keys', keys, '--data', data, '--code', c, '--reason', 'test'], { now: T0 })).code).toBe(0);
    // Everything into the main file (no WAL), then the pages of each part.
    const db = new Database(join(data, 'warncheck.db'));
    // Pasted statements too (their inclusion is looked up by exact JWS): a genuine and a revoked one.
    const jwsOf = (code: string) =>
      db
        .prepare("SELECT jws FROM statements WHERE code_hash = ? AND type = 'warning'")
        .pluck()
        .get(Buffer.from(codeHashHex(normalizeCode(code)!), 'hex')) as string;
    inputs = [demo.genuine, demo.revoked, demo.revokedKey, demo.mistyped, demo.unknown, ...codes, jwsOf(demo.genuine), jwsOf(codes[0]!)];
    db.pragma('wal_checkpoint(TRUNCATE)');
    pageSize = db.pragma('page_size', { simple: true }) as number;
    pages = new Map();
    for (const r of db
      .prepare("SELECT name, pageno FROM dbstat WHERE name IN ('statements_code_hash', 'statements_bucket_hash', 'log_hashes', 'statements')")
      .all() as Array<{ name: string; pageno: number }>) {
      pages.set(r.name, [...(pages.get(r.name) ?? []), r.pageno]);
    }
    db.close();
    const b = answers(data);
    if (b === 'WC_DATA_CORRUPT') throw new Error('the untouched data does not load');
    baseline = b;
    expect(JSON.parse(baseline.get(demo.genuine)!)[0]).toBe('genuine');
    expect(JSON.parse(baseline.get(codes[0]!)!)[0]).toBe('revoked');
    expect(JSON.parse(baseline.get(demo.unknown)!)[0]).toBe('unknown');
    expect(JSON.parse(baseline.get(inputs.at(-2)!)!)[0]).toBe('genuine'); // the pasted statement
    expect(JSON.parse(baseline.get(inputs.at(-1)!)!)[0]).toBe('revoked');
  }, 120_000);

  let copies = 0;
  /** A copy of the data with the byte at `at` of the database file XORed with `mask`. */
  function flipped(at: number, mask: number): string {
    const dir = join(base, `copy-${copies++}`);
    mkdirSync(dir);
    copyFileSync(join(data, 'root.pub.jwk'), join(dir, 'root.pub.jwk'));
    const bytes = readFileSync(join(data, 'warncheck.db'));
    bytes[at]! ^= mask;
    writeFileSync(join(dir, 'warncheck.db'), bytes);
    return dir;
  }

  /** Spread positions over the used part of each page: the cell pointers and the cells (the page's end). */
  function positions(part: string): number[] {
    const bytes = readFileSync(join(data, 'warncheck.db'));
    const out: number[] = [];
    const list = pages.get(part) ?? [];
    for (let k = 0; out.length < FLIPS_PER_PART && k < FLIPS_PER_PART * 4; k++) {
      const page = list[k % list.length]!;
      const start = (page - 1) * pageSize + (page === 1 ? 100 : 0);
      const cells = bytes.readUInt16BE(start + 5) || 65536; // b-tree page header: start of the cell content area
      const used = pageSize - cells;
      // Every third position in the header and cell pointers, the rest in the cells.
      const off = k % 3 === 0 ? 8 + ((k * 7) % 24) : cells + (((k * 2654435761) >>> 0) % Math.max(1, used));
      out.push((page - 1) * pageSize + (off >= pageSize ? pageSize - 1 : off));
    }
    return out;
  }

  // The issue's own case: the bytes of one code's hash, wherever the file holds them (the table row,
  // the code-hash index, the unique index of warnings; the revocation's row and entries too).
  it('in every stored copy of a code hash (table row, code-hash index): the right answer or WC_DATA_CORRUPT', () => {
    const bytes = readFileSync(join(data, 'warncheck.db'));
    const partOf = new Map<number, string>();
    for (const [name, list] of pages) for (const p of list) partOf.set(p, name);
    const noticed = new Map<string, number>();
    const wrong: string[] = [];
    for (const code of [inputs[0]!, inputs[5]!]) {
      const hash = Buffer.from(codeHashHex(normalizeCode(code)!), 'hex');
      for (let at = bytes.indexOf(hash); at >= 0; at = bytes.indexOf(hash, at + 1)) {
        // Copies in other pages (freelist, the issuer's unique index) are not read by answers.
        const part = partOf.get(Math.floor(at / pageSize) + 1);
        if (part !== 'statements' && part !== 'statements_code_hash') continue;
        for (const [k, off] of [2, 31].entries()) {
          const got = answers(flipped(at + off, 1 << (k + 3)));
          let seen = got === 'WC_DATA_CORRUPT';
          if (got !== 'WC_DATA_CORRUPT') {
            for (const [key, v] of got) {
              if (v === 'WC_DATA_CORRUPT') seen = true;
              else if (v !== baseline.get(key))
                wrong.push(`hash of ${code} in ${part}+${off}: ${key.slice(0, 30)} ${baseline.get(key)?.slice(0, 150)} → ${v.slice(0, 150)}`);
            }
          }
          noticed.set(`${part} ${seen}`, (noticed.get(`${part} ${seen}`) ?? 0) + 1);
        }
      }
    }
    expect(wrong).toEqual([]);
    // Each code's live row and index entry hold its hash: flips there are noticed (copies left in
    // a page's unused space, after B-tree moves, are read by nothing and change nothing).
    expect(noticed.get('statements true')).toBeGreaterThanOrEqual(2);
    expect(noticed.get('statements_code_hash true')).toBeGreaterThanOrEqual(2);
  }, 300_000);

  for (const part of ['statements_code_hash', 'statements_bucket_hash', 'log_hashes', 'statements']) {
    it(`in ${part}: every answer is the right one or WC_DATA_CORRUPT`, () => {
      let detected = 0;
      const wrong: string[] = [];
      for (const [i, at] of positions(part).entries()) {
        const got = answers(flipped(at, 1 << (i % 8)));
        if (got === 'WC_DATA_CORRUPT') {
          detected++;
          continue;
        }
        let seen = false;
        for (const [k, v] of got) {
          if (v === 'WC_DATA_CORRUPT') seen = true;
          else if (v !== baseline.get(k)) wrong.push(`byte ${at}: ${k.slice(0, 30)} ${baseline.get(k)?.slice(0, 150)} → ${v.slice(0, 150)}`);
        }
        if (seen) detected++;
      }
      expect(wrong).toEqual([]);
      // The flips reached live data: at least some were noticed (the rest changed nothing read).
      expect(detected).toBeGreaterThan(0);
    }, 120_000);
  }
});
