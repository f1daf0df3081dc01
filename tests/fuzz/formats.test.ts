// Fuzz properties for every parser of the signed formats (codes, statements, JWS, trust list,
// signed notes, checkpoints, cosignatures, tiles, entry bundles, proofs, look-up answers): no
// exception but the project's typed errors, and a round trip wherever a format has an encoder.
// Inputs are random and, mostly, real samples from a demo data directory with random edits.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64urlDecode, utf8Encode } from '../../src/core/bytes.js';
import { CODE_ALPHABET, codeHash, formatCode, makeCode, nearbyCodes, parseCode } from '../../src/core/code.js';
import { publicKeyFromSeed, signEd25519 } from '../../src/core/ed25519.js';
import { decodeCompactJws, parseCompactJws, verifyJws } from '../../src/core/jws.js';
import { bucketName, bucketOfHex, decodeRangeAnswer, encodeRangeAnswer, parseBucket } from '../../src/core/range.js';
import { formatStatement, parseStatement, warningPayload } from '../../src/core/statement.js';
import { formatCheckpoint, parseCheckpoint } from '../../src/core/tlog/checkpoint.js';
import { cosignatureSigner, cosignatureVerifier, formatCosignerKey } from '../../src/core/tlog/cosignature.js';
import { leafHash } from '../../src/core/tlog/hash.js';
import { consistencyProof, inclusionProof, memoryNodeReader, nodeLevels, treeHash, verifyConsistency, verifyInclusion } from '../../src/core/tlog/merkle.js';
import { multiproof, verifyMultiproof } from '../../src/core/tlog/multiproof.js';
import {
  ed25519Signer,
  ed25519Verifier,
  formatSignerKey,
  isValidKeyName,
  openNote,
  parseNote,
  parseSignerKey,
  parseVerifierKey,
  signNote,
} from '../../src/core/tlog/note.js';
import { openCheckpoint } from '../../src/core/tlog/policy.js';
import { formatTlogProof, parseTlogProof, verifyTlogProof } from '../../src/core/tlog/proof.js';
import { decodeEntryBundle, encodeEntryBundle, entryBundlePath, parseSumdbTilePath, parseTilePath, tileHashes, tilePath } from '../../src/core/tlog/tiles.js';
import { parseAddCheckpointRequest, formatAddCheckpointRequest } from '../../src/core/tlog/witness.js';
import { assertTrustList, currentRoot, openTrustList } from '../../src/core/trust.js';
import { demoFixture, type DemoFixture } from '../helpers/server.js';
import { anyString, check, mutated, mutatedBytes, typedOnly } from './fuzz.js';

let fx: DemoFixture;
let jws: string[];
let note: string;
let policy: { origin: string; vkey: string };
let root: Uint8Array;
let answers: Uint8Array[];
beforeAll(async () => {
  fx = await demoFixture(4);
  jws = fx.data.log.entries(0, 16);
  note = fx.data.log.checkpoint().note;
  policy = { origin: fx.data.log.origin, vkey: fx.data.log.vkey };
  root = base64urlDecode(fx.data.rootPublicKey);
  answers = [fx.data.range(0, 0)];
});
afterAll(() => fx.cleanup());

const seed = fc.uint8Array({ minLength: 32, maxLength: 32 });
const hash32 = fc.uint8Array({ minLength: 32, maxLength: 32 });
const u64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });
/** A note text: non-empty lines without controls, ending in a newline (c2sp.org/signed-note). */
const noteText = fc
  .array(
    fc
      .array(fc.oneof(fc.constantFrom('a', 'Z', '0', ' ', '+', '—', 'é', '😀'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), {
        minLength: 1,
        maxLength: 30,
      })
      .map((cs) => cs.join('')),
    { minLength: 1, maxLength: 5 },
  )
  .map((ls) => ls.map((l) => l.replace(/[\x00-\x1f\x7f]/g, 'x')).join('\n') + '\n');
const keyName = fc.string({ unit: fc.constantFrom('a', 'b', '.', '/', '-', 'example', 'é', '1'), minLength: 1, maxLength: 12 }).filter(isValidKeyName);

describe('fuzz: message codes', () => {
  it('parseCode never throws, and what it accepts it accepts again in normal form', () => {
    check(
      'code parse',
      fc.property(fc.oneof(anyString(48), mutated(['NO-7K3Q-9XW2-M4TD', 'de7k3q9xw2m4td', 'FR 0000 0000 0000'])), (s) => {
        const p = parseCode(s);
        if (p.ok) {
          const again = parseCode(p.display);
          expect(again).toMatchObject({ ok: true, normalized: p.normalized });
        } else expect(['WC_CODE_MALFORMED', 'WC_CODE_CHECK_FAILED']).toContain(p.code);
        if (!p.ok && p.code === 'WC_CODE_CHECK_FAILED') for (const n of nearbyCodes(p.normalized!)) expect(parseCode(n).ok).toBe(true);
      }),
    );
  });
  it('format/parse round trip: every made code parses back, with separators, spaces and lower case', () => {
    const country = fc.tuple(fc.integer({ min: 65, max: 90 }), fc.integer({ min: 65, max: 90 })).map(([a, b]) => String.fromCharCode(a, b));
    check(
      'code round trip',
      fc.property(country, fc.uint8Array({ minLength: 11, maxLength: 11 }), fc.constantFrom('', ' ', '-', '.'), fc.boolean(), (c, r, sep, lower) => {
        const code = makeCode(c, r);
        const shown = formatCode(code).replaceAll('-', sep);
        const p = parseCode(lower ? shown.toLowerCase() : shown);
        expect(p).toMatchObject({ ok: true, normalized: code, display: formatCode(code) });
        // One substituted symbol is always caught (the check symbol's promise).
        const i = 2 + (r[0]! % 12);
        const other = CODE_ALPHABET[(CODE_ALPHABET.indexOf(code[i]!) + 1 + (r[1]! % 31)) % 32]!;
        expect(parseCode(code.slice(0, i) + other + code.slice(i + 1)).ok).toBe(false);
      }),
    );
  });
});

describe('fuzz: statements and JWS', () => {
  it('JWS and statement parsers and the signature check throw nothing but typed errors', () => {
    check(
      'jws/statement parse',
      fc.property(fc.oneof(mutated(jws), anyString(300)), (s) => {
        typedOnly(() => verifyJws(decodeCompactJws(s), publicKeyFromSeed(new Uint8Array(32))));
        typedOnly(() => parseCompactJws(s));
        const p = typedOnly(() => parseStatement(s));
        if (p) expect(p.jws).toBe(s);
      }),
    );
  });
  it('statement format/parse round trip', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    check(
      'statement round trip',
      fc.property(
        seed,
        hash32,
        id,
        id,
        fc.integer({ min: 946684800, max: 4102444800 }),
        fc.constantFrom('en', 'nb', 'de-DE', 'fra'),
        (sd, h, issuer, template, sec, lang) => {
          const s = warningPayload(h, issuer, sec * 1000, lang, template);
          const text = formatStatement(s, 'k1', (m) => signEd25519(sd, m));
          const p = parseStatement(text);
          expect(p.statement).toEqual(s);
          expect(p.issuedAtMs).toBe(sec * 1000);
          expect(verifyJws(p.parsed, publicKeyFromSeed(sd))).toBe(true);
        },
      ),
      0.02,
    );
  });
});

describe('fuzz: trust list', () => {
  it('openTrustList, assertTrustList and the hand-over chain throw nothing but typed errors', () => {
    const trust = () => fx.data.trustJws;
    check(
      'trust list',
      fc.property(
        fc.oneof(mutated([trust()]), anyString(200)),
        fc.array(fc.oneof(mutated([...fx.data.rootHandovers, trust()]), anyString(50)), { maxLength: 3 }),
        fc.jsonValue(),
        (s, handovers, j) => {
          typedOnly(() => openTrustList(s, root, { now: Date.now() }));
          typedOnly(() => openTrustList(s, root, { now: Date.now(), handovers }));
          typedOnly(() => currentRoot(root, handovers));
          typedOnly(() => assertTrustList(j));
        },
      ),
      0.2,
    );
  });
  it('a damaged payload object is refused with a typed error, never accepted by a crash', () => {
    const payload = JSON.parse(new TextDecoder().decode(base64urlDecode(fx.data.trustJws.split('.')[1]!))) as Record<string, unknown>;
    const paths: string[][] = [];
    const walk = (x: unknown, p: string[]) => {
      paths.push(p);
      if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) if (paths.length < 400) walk(v, [...p, k]);
    };
    walk(payload, []);
    check(
      'trust payload edit',
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.oneof(fc.jsonValue(), fc.constant(undefined)), (path, v) => {
        const copy = structuredClone(payload) as Record<string, unknown>;
        let o: Record<string, unknown> = copy;
        for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
        if (v === undefined) delete o[path.at(-1)!];
        else o[path.at(-1)!] = v;
        typedOnly(() => assertTrustList(copy));
      }),
    );
  });
});

describe('fuzz: signed notes, checkpoints, cosignatures', () => {
  it('note, key and checkpoint parsers throw nothing but typed errors', () => {
    const vkeys = () => [
      policy.vkey,
      formatSignerKey('example.com/log', new Uint8Array(32).fill(7)),
      formatCosignerKey('w.example', publicKeyFromSeed(new Uint8Array(32).fill(3))),
    ];
    check(
      'note/checkpoint parse',
      fc.property(fc.oneof(mutated([note]), anyString(300)), fc.oneof(mutated(vkeys()), anyString(80)), (n, k) => {
        typedOnly(() => parseNote(n));
        typedOnly(() => parseNote(utf8Encode(n)));
        typedOnly(() => openNote(n, [ed25519Verifier(policy.vkey)]));
        typedOnly(() => openCheckpoint(n, policy));
        typedOnly(() => parseCheckpoint(n.slice(0, n.indexOf('\n\n') + 1)));
        typedOnly(() => parseVerifierKey(k));
        typedOnly(() => parseSignerKey(k));
        typedOnly(() => openNote(n, [cosignatureVerifier(k)]));
        typedOnly(() => openCheckpoint(n, { origin: policy.origin, vkey: k }));
      }),
      0.2,
    );
  });
  it('note sign/open round trip, with Ed25519 and cosignature keys', () => {
    check(
      'note round trip',
      fc.property(noteText, keyName, keyName, seed, seed, fc.integer({ min: 1, max: 2 ** 40 }), u64, hash32, (text, n1, n2, s1, s2, ts, size, h) => {
        const signed = signNote(text, [ed25519Signer(n1, s1)]);
        expect(parseNote(signed).text).toBe(text);
        expect(openNote(signed, [ed25519Verifier(n1, publicKeyFromSeed(s1))]).text).toBe(text);
        // Cosignatures sign checkpoints only (c2sp.org/tlog-cosignature).
        const cp = formatCheckpoint({ origin: n1, size, rootHash: h });
        const cosigned = signNote(cp, [ed25519Signer(n1, s1), cosignatureSigner(n2, s2, ts)]);
        const opened = openNote(cosigned, [ed25519Verifier(n1, publicKeyFromSeed(s1)), cosignatureVerifier(n2, publicKeyFromSeed(s2))]);
        expect(opened.text).toBe(cp);
        expect(opened.sigs.length).toBe(2);
      }),
      0.01,
    );
  });
  it('checkpoint format/parse round trip', () => {
    const origin = fc
      .string({ unit: fc.constantFrom('a', 'b', '.', '/', 'é', ' ', '-'), minLength: 1, maxLength: 20 })
      .filter((s) => s.trim() === s && s.length > 0);
    check(
      'checkpoint round trip',
      fc.property(
        origin,
        u64,
        hash32,
        fc.array(
          noteText.map((t) => t.split('\n')[0]!),
          { maxLength: 2 },
        ),
        (o, size, h, ext) => {
          const text = formatCheckpoint({ origin: o, size, rootHash: h, extensions: ext });
          expect(parseCheckpoint(text)).toEqual({ origin: o, size, rootHash: h, extensions: ext });
        },
      ),
    );
  });
  it('witness add-checkpoint requests throw nothing but typed errors, and round-trip', () => {
    const req = () => formatAddCheckpointRequest(0, [], note);
    check(
      'witness request',
      fc.property(
        fc.oneof(mutated([req(), formatAddCheckpointRequest(3, [new Uint8Array(32)], note)]), anyString(200)),
        u64,
        fc.array(hash32, { maxLength: 4 }),
        (s, old, proof) => {
          typedOnly(() => parseAddCheckpointRequest(s));
          const r = parseAddCheckpointRequest(formatAddCheckpointRequest(old, proof, note));
          expect(r.oldSize).toBe(old);
          expect(r.proof).toEqual(proof);
        },
      ),
    );
  });
});

describe('fuzz: tiles and entry bundles', () => {
  it('tile paths: the parsers throw nothing but typed errors, and parse(format(t)) = t', () => {
    check(
      'tile path',
      fc.property(
        fc.oneof(mutated(['tile/0/000', 'tile/1/x001/234.p/5', 'tile/entries/x123/456', 'tile/8/0/x001/002.p/255', 'tile/63/x999/999']), anyString(60)),
        fc.integer({ min: -1, max: 63 }),
        fc.bigInt({ min: 0n, max: (1n << 56n) - 1n }),
        fc.integer({ min: 1, max: 256 }),
        (s, level, index, width) => {
          typedOnly(() => parseTilePath(s));
          typedOnly(() => parseSumdbTilePath(s));
          const path = level === -1 ? entryBundlePath(index, width) : tilePath({ level, index, width });
          const t = parseTilePath(path);
          expect(t).toEqual({ level, index, width });
          expect(tilePath(t)).toBe(path);
        },
      ),
    );
  });
  it('entry bundle encode/decode round trip; damaged bundles and tiles give typed errors only', () => {
    check(
      'entry bundle',
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 40 }),
        fc.oneof(mutatedBytes([encodeEntryBundle(jws.map((j) => utf8Encode(j)))]), fc.uint8Array({ maxLength: 300 })),
        fc.integer({ min: 0, max: 300 }),
        (entries, bytes, width) => {
          expect(decodeEntryBundle(encodeEntryBundle(entries), entries.length)).toEqual(entries);
          typedOnly(() => decodeEntryBundle(bytes));
          typedOnly(() => decodeEntryBundle(bytes, width));
          typedOnly(() => tileHashes(bytes, width));
        },
      ),
    );
  });
});

describe('fuzz: Merkle proofs', () => {
  const leaves = (n: number, salt: number) => Array.from({ length: n }, (_, i) => leafHash(utf8Encode(`${salt}:${i}`)));
  it('inclusion, consistency and multi-leaf proofs: genuine ones verify, any edit fails typed', () => {
    check(
      'merkle proofs',
      fc.property(
        fc.integer({ min: 1, max: 70 }),
        fc.nat(),
        fc.nat(),
        fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.oneof(hash32, fc.uint8Array({ maxLength: 40 })), { maxLength: 8 }),
        fc.nat(),
        (n, a, b, idx, junk, at) => {
          const l = leaves(n, n + a);
          const levels = nodeLevels(l);
          const read = memoryNodeReader(levels);
          const rootH = treeHash(l);
          const i = a % n;
          const m = 1 + (b % n);
          const inc = inclusionProof(i, n, read);
          verifyInclusion(i, n, l[i]!, inc, rootH);
          const cons = consistencyProof(m, n, read);
          verifyConsistency(m, n, cons, treeHash(l.slice(0, m)), rootH);
          const ix = [...new Set(idx.map((x) => BigInt(x % n)))].sort((x, y) => (x < y ? -1 : 1));
          const mp = multiproof(ix, BigInt(n), read);
          verifyMultiproof(
            ix,
            BigInt(n),
            ix.map((x) => l[Number(x)]!),
            mp,
            rootH,
          );
          // Damage: a proof with junk spliced in, or a wrong leaf, never verifies and never crashes.
          const bad = [...inc.slice(0, at % (inc.length + 1)), ...junk, ...inc.slice(at % (inc.length + 1))];
          if (junk.length) expect(() => verifyInclusion(i, n, l[i]!, bad, rootH)).toThrow();
          typedOnly(() => verifyInclusion(BigInt(a), BigInt(n + b), l[i]!, bad, rootH));
          typedOnly(() => verifyConsistency(BigInt(b), BigInt(a), [...cons, ...junk], rootH, rootH));
          typedOnly(() =>
            verifyMultiproof(
              ix,
              BigInt(n),
              ix.map((x) => l[Number(x)]!),
              [...mp, ...junk],
              rootH,
            ),
          );
        },
      ),
    );
  });
  it('random sizes up to 2^64 and random hashes give typed errors only', () => {
    check(
      'merkle random',
      fc.property(
        u64,
        u64,
        fc.array(fc.oneof(hash32, fc.uint8Array({ maxLength: 40 })), { maxLength: 70 }),
        hash32,
        fc.array(u64, { maxLength: 5 }),
        (x, y, proof, h, ix) => {
          typedOnly(() => verifyInclusion(x, y, h, proof, h));
          typedOnly(() => verifyConsistency(x, y, proof, h, h));
          typedOnly(() =>
            verifyMultiproof(
              ix,
              y,
              ix.map(() => h),
              proof,
              h,
            ),
          );
        },
      ),
    );
  });
  it('tlog-proof: format/parse round trip; damaged proofs give typed errors only', () => {
    const real = () => formatTlogProof({ index: 0, hashes: [new Uint8Array(32).fill(1)], checkpoint: note });
    check(
      'tlog-proof',
      fc.property(fc.oneof(mutated([real()]), anyString(200)), u64, fc.array(hash32, { maxLength: 64 }), (s, index, hashes) => {
        typedOnly(() => parseTlogProof(s));
        typedOnly(() => verifyTlogProof(jws[0]!, s, policy));
        expect(parseTlogProof(formatTlogProof({ index, hashes, checkpoint: note }))).toEqual({ index, hashes, checkpoint: note });
      }),
    );
  });
});

describe('fuzz: the look-up answer and buckets', () => {
  it('range answers: damaged ones give typed errors only; encode/decode round trip', () => {
    check(
      'range answer',
      fc.property(
        fc.oneof(mutatedBytes(answers), fc.uint8Array({ maxLength: 400 })),
        fc.integer({ min: 0, max: 20 }),
        fc.nat(),
        u64,
        fc.array(fc.record({ index: u64, j: fc.constantFrom(...jws) }), { maxLength: 5 }),
        fc.array(hash32, { maxLength: 5 }),
        fc.integer({ min: 1, max: 4096 }),
        (bytes, bits, b, size, rows, proof, target) => {
          typedOnly(() => decodeRangeAnswer(bytes));
          const a = { bits, bucket: bits === 0 ? 0 : b % 2 ** bits, size, checkpoint: note, entries: rows.map((r) => ({ index: r.index, jws: r.j })), proof };
          const enc = encodeRangeAnswer(a, target);
          expect(enc.length % target).toBe(0);
          expect(decodeRangeAnswer(enc)).toEqual(a);
        },
      ),
      0.5,
    );
  });
  it('parseBucket never throws; what it accepts is the bucket name of its value', () => {
    check(
      'range prefix',
      fc.property(
        fc.oneof(fc.stringMatching(/^[0-9]{1,3}$/), anyString(4)),
        fc.oneof(fc.stringMatching(/^[0-9a-f]{1,6}$/), anyString(8)),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (bits, name, h) => {
          const p = parseBucket(bits, name);
          if (p) {
            expect(bucketName(p.bucket, p.bits)).toBe(name);
            expect(String(p.bits)).toBe(bits);
          }
          const hex = Buffer.from(h).toString('hex');
          const k = Number(bits.length < 3 && /^[0-9]+$/.test(bits) ? bits : 0) % 21;
          expect(parseBucket(String(k), bucketName(bucketOfHex(hex, k), k))).toEqual({ bits: k, bucket: bucketOfHex(hex, k) });
        },
      ),
    );
  });
});

// Keep a reference to codeHash so a hash of a parsed code stays a pure function of its text.
it('fuzz: codeHash is deterministic and 32 bytes', () => {
  check(
    'code hash',
    fc.property(anyString(20), (s) => {
      expect(codeHash(s)).toEqual(codeHash(s));
      expect(codeHash(s).length).toBe(32);
    }),
  );
});
