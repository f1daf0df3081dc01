// The transparency-log core (src/core/tlog) against every published vector in tests/vectors/tlog/
// (copied byte for byte; see its README.md and LICENSES). Every case is run as it is; nothing in
// the vectors is edited. A count summary is printed at the end.
import { readdirSync, readFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import { afterAll, describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, hexDecode, hexEncode, utf8Encode } from '../../src/core/bytes.js';
import { publicKeyFromSeed } from '../../src/core/ed25519.js';
import { isWarncheckError, type ErrorCode } from '../../src/core/errors.js';
import { formatCheckpoint, parseCheckpoint } from '../../src/core/tlog/checkpoint.js';
import { cosignatureMessage, cosignatureSigner, cosignatureTimestamp, cosignatureVerifier, formatCosignerKey } from '../../src/core/tlog/cosignature.js';
import { emptyRoot, leafHash, nodeHash } from '../../src/core/tlog/hash.js';
import {
  consistencyProof,
  consistencyProofNodes,
  frontierAppend,
  frontierRoot,
  inclusionProof,
  inclusionProofNodes,
  memoryNodeReader,
  nodeLevels,
  treeHash,
  treeRoot,
  verifyConsistency,
  verifyInclusion,
} from '../../src/core/tlog/merkle.js';
import {
  ed25519Signer,
  ed25519Verifier,
  formatSignerKey,
  formatVerifierKey,
  keyIdHex,
  openNote,
  parseNote,
  parseSignatureLines,
  parseSignerKey,
  parseVerifierKey,
  signNote,
  type NoteVerifier,
} from '../../src/core/tlog/note.js';
import {
  decodeEntryBundle,
  encodeEntryBundle,
  entryBundlePath,
  nodeTiles,
  parseSumdbTilePath,
  parseTilePath,
  partialTiles,
  sumdbTilePath,
  tileData,
  tileLevels,
  tileNodeReader,
  tilePath,
  type TileId,
} from '../../src/core/tlog/tiles.js';
import {
  addCheckpointResponse,
  decideAddCheckpoint,
  formatAddCheckpointRequest,
  parseAddCheckpointRequest,
  type WitnessState,
} from '../../src/core/tlog/witness.js';

type Json = any;

const DIR = new URL('../vectors/tlog/', import.meta.url);
const load = (name: string): Json => JSON.parse(readFileSync(new URL(name, DIR), 'utf8'));

const counts = new Map<string, { passed: number; notApplicable: number }>();
function count(file: string, n = 1): void {
  const c = counts.get(file) ?? { passed: 0, notApplicable: 0 };
  c.passed += n;
  counts.set(file, c);
}
function notApplicable(file: string, n = 1): void {
  const c = counts.get(file) ?? { passed: 0, notApplicable: 0 };
  c.notApplicable += n;
  counts.set(file, c);
}

afterAll(() => {
  let total = 0;
  const lines = [...counts.entries()].map(([f, c]) => {
    total += c.passed;
    return `  ${f}: ${c.passed} cases passed${c.notApplicable ? `, ${c.notApplicable} not applicable` : ''}`;
  });
  console.log(`tlog vectors: ${total} cases passed\n${lines.join('\n')}`);
});

function expectCode(fn: () => unknown, codes: readonly ErrorCode[]): ErrorCode {
  try {
    fn();
  } catch (e) {
    if (!isWarncheckError(e)) throw e;
    expect(codes, `unexpected ${e.code}: ${e.message}`).toContain(e.code);
    return e.code;
  }
  throw new Error(`expected one of ${codes.join(', ')}, but nothing was thrown`);
}

const b64 = base64Decode;
const hex = hexDecode;

const KNOWN_FILES = [
  'c2sp-spec-examples.json',
  'checkpoint-cosignature-tiles.sunlight.json',
  'merkle-consistency-probes.transparency-dev.json',
  'merkle-inclusion-probes.transparency-dev.json',
  'merkle-reference-tree.transparency-dev.json',
  'signed-note.golang-mod.json',
  'sumdb-tlog.golang-mod.json',
  'witness-add-checkpoint.torchwood.json',
];

describe('tests/vectors/tlog', () => {
  it('every vector file is run by this test, and each names its source and licence', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files).toEqual(KNOWN_FILES);
    for (const f of files) {
      const src = load(f).source;
      expect(src.repository, f).toBeTruthy();
      expect(src.commit, f).toMatch(/^[0-9a-f]{40}$/);
      expect(src.license, f).toBeTruthy();
    }
    expect(readdirSync(new URL('LICENSES/', DIR)).length).toBeGreaterThanOrEqual(4);
  });
});

// -----------------------------------------------------------------------------------------------
describe('signed-note.golang-mod.json (golang.org/x/mod/sumdb/note)', () => {
  const F = 'signed-note.golang-mod.json';
  const v = load(F);
  const keys = new Map<string, Json>(v.keys.map((k: Json) => [k.name, k]));

  it('keys: vkey and skey parse, agree, re-format byte for byte, and reproduce their key IDs', () => {
    for (const k of v.keys) {
      const vk = parseVerifierKey(k.vkey);
      expect(vk.name).toBe(k.name);
      expect(keyIdHex(vk.keyId)).toBe(k.keyIdHex);
      expect(vk.type).toBe(k.signatureType);
      const sk = parseSignerKey(k.skey);
      expect(hexEncode(sk.seed)).toBe(k.derived.ed25519SeedHex);
      expect(sk.publicKey).toEqual(vk.publicKey);
      expect(keyIdHex(sk.keyId)).toBe(k.keyIdHex);
      expect(formatSignerKey(k.name, sk.seed)).toBe(k.skey);
      expect(formatVerifierKey(k.name, 1, vk.publicKey)).toBe(k.vkey);
      expect(ed25519Verifier(k.vkey).keyId).toBe(vk.keyId);
      count(F);
    }
  });

  it('signing: deterministic Ed25519 reproduces the expected signed note', () => {
    for (const c of v.signing) {
      expect(signNote(c.text, [ed25519Signer(c.skey)]), c.id).toBe(c.expectedSignedNote);
      count(F);
    }
  });

  it('open: every case gives its verified / unverified signatures or its error', () => {
    const ERR: Record<string, ErrorCode> = {
      'malformed note': 'WC_NOTE_MALFORMED',
      'note has no verifiable signatures': 'WC_NOTE_UNVERIFIED',
    };
    const view = (s: { name: string; keyId: number; base64: string }) => ({ name: s.name, keyIdHex: keyIdHex(s.keyId), base64: s.base64 });
    for (const c of v.open) {
      const verifiers = c.verifiers.map((n: string) => ed25519Verifier(keys.get(n).vkey));
      const inputs: (string | Uint8Array)[] = [];
      if (c.messageBase64 !== undefined) inputs.push(b64(c.messageBase64));
      if (c.message !== undefined) inputs.push(c.message);
      expect(inputs.length, c.id).toBeGreaterThan(0);
      for (const msg of inputs) {
        if (c.expect.ok) {
          const n = openNote(msg, verifiers);
          if (c.expect.text !== undefined) expect(n.text, c.id).toBe(c.expect.text);
          expect(n.sigs.map(view), c.id).toEqual(c.expect.verifiedSigs);
          expect(n.unverifiedSigs.map(view), c.id).toEqual(c.expect.unverifiedSigs);
        } else {
          const code = ERR[c.expect.error] ?? (String(c.expect.error).startsWith('invalid signature for key ') ? 'WC_NOTE_SIGNATURE_INVALID' : undefined);
          expect(code, `${c.id}: unmapped error ${c.expect.error}`).toBeDefined();
          expectCode(() => openNote(msg, verifiers), [code!]);
        }
      }
      count(F);
    }
  });

  it('invalid vkeys are refused', () => {
    for (const k of v.invalidVkeys) {
      expectCode(() => parseVerifierKey(k.vkey), ['WC_NOTE_KEY_MALFORMED', 'WC_KEY_MALFORMED', 'WC_KEY_WEAK']);
      count(F);
    }
  });

  it('invalidVkeyRule: every proper substring and every single-byte +1 mutation of the PeterNeumann vkey is refused', () => {
    expect(v.invalidVkeyRule).toMatch(/proper substring/);
    const vkey: string = keys.get('PeterNeumann').vkey;
    expect(/^[\x20-\x7e]+$/.test(vkey)).toBe(true); // ASCII: string indices are byte offsets
    let n = 0;
    for (let i = 0; i <= vkey.length; i++) {
      for (let j = i + 1; j <= vkey.length; j++) {
        if (i === 0 && j === vkey.length) continue;
        expectCode(() => parseVerifierKey(vkey.slice(i, j)), ['WC_NOTE_KEY_MALFORMED', 'WC_KEY_MALFORMED', 'WC_KEY_WEAK']);
        n++;
      }
    }
    for (let i = 0; i < vkey.length; i++) {
      const m = vkey.slice(0, i) + String.fromCharCode(vkey.charCodeAt(i) + 1) + vkey.slice(i + 1);
      expectCode(() => parseVerifierKey(m), ['WC_NOTE_KEY_MALFORMED', 'WC_KEY_MALFORMED', 'WC_KEY_WEAK']);
      n++;
    }
    expect(n).toBeGreaterThan(2000);
    count(F);
  });
});

// -----------------------------------------------------------------------------------------------
describe('sumdb-tlog.golang-mod.json (golang.org/x/mod/sumdb/tlog)', () => {
  const F = 'sumdb-tlog.golang-mod.json';
  const v = load(F);

  it('RecordHash is the RFC 6962 leaf hash', () => {
    for (const c of v.recordHash) {
      expect(base64Encode(leafHash(utf8Encode(c.dataUtf8)))).toBe(c.leafHashBase64);
      count(F);
    }
  });

  it('the tree note body is a checkpoint body; invalid ones are refused', () => {
    const t = v.formatTree;
    expect(t.rootHashOf).toBe('recordHash[0]');
    const rootHash = b64(v.recordHash[0].leafHashBase64);
    const origin = 'go.sum database tree';
    expect(formatCheckpoint({ origin, size: BigInt(t.treeSize), rootHash })).toBe(t.golden);
    const cp = parseCheckpoint(t.golden, { origin });
    expect(cp.size).toBe(BigInt(t.treeSize));
    expect(cp.rootHash).toEqual(rootHash);
    expect(cp.extensions).toEqual([]);
    count(F);
    for (const bad of v.parseTreeInvalid) {
      expectCode(() => parseCheckpoint(bad, { origin }), ['WC_LOG_CHECKPOINT_MALFORMED', 'WC_LOG_CHECKPOINT_ORIGIN']);
      count(F);
    }
  });

  it('FormatRecord: the sumdb record framing is not used by warncheck (its leaf is the raw entry)', () => {
    expect(v.formatRecord.golden).toBe(`${v.formatRecord.id}\n${v.formatRecord.text}\n`);
    notApplicable(F);
  });

  it('Go tile paths (with height) format and parse; fuzz seeds round-trip when they parse', () => {
    for (const e of v.goTilePaths.examples) {
      const t = { height: e.H, level: e.L, index: BigInt(e.N), width: e.W };
      expect(sumdbTilePath(t)).toBe(e.path);
      expect(parseSumdbTilePath(e.path)).toEqual(t);
      count(F);
    }
    // Go's FuzzParseTilePath property: a path that parses formats back to itself. Which ones parse
    // follows Go's ParseTilePath (non-"x" inner elements and negative levels do not).
    const invalid = new Set(['tile/3/5/123/456/078', 'tile/3/-1/123/456/078']);
    for (const p of v.goTilePaths.fuzzSeedPaths) {
      if (invalid.has(p)) expectCode(() => parseSumdbTilePath(p), ['WC_LOG_TILE_MALFORMED']);
      else expect(sumdbTilePath(parseSumdbTilePath(p))).toBe(p);
      count(F);
    }
    expect(parseSumdbTilePath('tile/1/data/x003/x057/500').level).toBe(-1);
  });
});

// -----------------------------------------------------------------------------------------------
describe('merkle-reference-tree.transparency-dev.json (RFC 6962 reference tree)', () => {
  const F = 'merkle-reference-tree.transparency-dev.json';
  const v = load(F);
  const leaves: Uint8Array[] = v.leafInputsHex.map((h: string) => leafHash(hex(h)));
  const levels = nodeLevels(leaves);
  const read = memoryNodeReader(levels);

  it('node hashes by level and roots by size', () => {
    expect(levels.map((l) => l.map(hexEncode))).toEqual(v.nodeHashesHexByLevel);
    count(F, v.nodeHashesHexByLevel.flat().length);
    expect(hexEncode(emptyRoot())).toBe(v.emptyRootHex);
    let frontier: Uint8Array[] = [];
    v.rootHashesHexBySize.forEach((root: string, n: number) => {
      expect(hexEncode(treeHash(leaves.slice(0, n))), `size ${n}`).toBe(root);
      expect(hexEncode(treeRoot(n, read)), `size ${n}`).toBe(root);
      expect(hexEncode(frontierRoot(frontier)), `size ${n}`).toBe(root);
      if (n < leaves.length) frontier = frontierAppend(n, frontier, leaves[n]!).frontier;
      count(F);
    });
  });

  it('published inclusion proofs: generated exactly and verified', () => {
    for (const c of v.inclusionProofs) {
      const [m, n] = [BigInt(c.leafIndex), BigInt(c.treeSize)];
      expect(inclusionProof(m, n, read).map(hexEncode)).toEqual(c.proofHex);
      verifyInclusion(m, n, leaves[Number(m)]!, c.proofHex.map(hex), hex(v.rootHashesHexBySize[Number(n)]));
      count(F);
    }
  });

  it("(derived) every inclusion proof in the 8-leaf tree is the same when built with a caller's hasher (a server's native SHA-256), which hashes the right edge", () => {
    let calls = 0;
    const counted = (l: Uint8Array, r: Uint8Array) => (calls++, nodeHash(l, r));
    for (let n = 1; n <= 8; n++)
      for (let m = 0; m < n; m++) expect(inclusionProof(m, n, read, counted).map(hexEncode), `${m} of ${n}`).toEqual(inclusionProof(m, n, read).map(hexEncode));
    // Sizes 3, 5, 6 and 7 have right-edge entries made of several stored subtrees: hashed by it.
    expect(calls).toBeGreaterThan(0);
  });

  it('published consistency proofs: generated exactly and verified', () => {
    for (const c of v.consistencyProofs) {
      const [m, n] = [BigInt(c.size1), BigInt(c.size2)];
      expect(consistencyProof(m, n, read).map(hexEncode)).toEqual(c.proofHex);
      verifyConsistency(m, n, c.proofHex.map(hex), hex(v.rootHashesHexBySize[Number(m)]), hex(v.rootHashesHexBySize[Number(n)]));
      count(F);
    }
  });

  it('(derived) every proof in the 8-leaf tree verifies, and fails when a hash or the size is wrong', () => {
    const roots = v.rootHashesHexBySize.map(hex);
    for (let n = 1; n <= 8; n++) {
      for (let m = 0; m < n; m++) {
        const p = inclusionProof(m, n, read);
        expect(inclusionProofNodes(m, n).length).toBeGreaterThanOrEqual(p.length);
        verifyInclusion(m, n, leaves[m]!, p, roots[n]);
        expectCode(() => verifyInclusion(m, n, leaves[(m + 1) % 8]!, p, roots[n]), ['WC_LOG_PROOF_INVALID']);
        if (n < 8) expectCode(() => verifyInclusion(m, n + 1, leaves[m]!, p, roots[n + 1]), ['WC_LOG_PROOF_INVALID']);
      }
      for (let m = 1; m <= n; m++) {
        const p = consistencyProof(m, n, read);
        expect(consistencyProofNodes(m, n).length).toBeGreaterThanOrEqual(p.length);
        verifyConsistency(m, n, p, roots[m], roots[n]);
        if (m < n) expectCode(() => verifyConsistency(m, n, p, roots[m - 1], roots[n]), ['WC_LOG_PROOF_INVALID']);
      }
    }
  });
});

// -----------------------------------------------------------------------------------------------
describe('merkle-{inclusion,consistency}-probes.transparency-dev.json', () => {
  it('inclusion probes: verifyInclusion fails exactly when wantErr', () => {
    const F = 'merkle-inclusion-probes.transparency-dev.json';
    const v = load(F);
    for (const c of v.probes) {
      const run = () => verifyInclusion(BigInt(c.leafIdx), BigInt(c.treeSize), b64(c.leafHash), c.proof.map(b64), b64(c.root));
      if (c.wantErr) expectCode(run, ['WC_LOG_PROOF_INVALID', 'WC_LOG_PROOF_MALFORMED']);
      else run();
      count(F);
    }
    expect(v.probes.length).toBe(98);
  });

  it('consistency probes: verifyConsistency fails exactly when wantErr', () => {
    const F = 'merkle-consistency-probes.transparency-dev.json';
    const v = load(F);
    for (const c of v.probes) {
      const run = () => verifyConsistency(BigInt(c.size1), BigInt(c.size2), c.proof.map(b64), b64(c.root1), b64(c.root2));
      if (c.wantErr) expectCode(run, ['WC_LOG_PROOF_INVALID', 'WC_LOG_PROOF_MALFORMED']);
      else run();
      count(F);
    }
    expect(v.probes.length).toBe(98);
  });
});

// -----------------------------------------------------------------------------------------------
describe('checkpoint-cosignature-tiles.sunlight.json (Sunlight / Skylight testdata)', () => {
  const F = 'checkpoint-cosignature-tiles.sunlight.json';
  const v = load(F);
  const seedOf = (derivation: string) => {
    const m = /^SHA-256\("(.*)"\)$/.exec(derivation);
    expect(m, derivation).not.toBeNull();
    return sha256(utf8Encode(m![1]!));
  };
  const cosigners = v.cosigners.map((c: Json) => ({ ...c, seed: seedOf(c.seedDerivation) }));
  const verifiers: NoteVerifier[] = cosigners.map((c: Json) => cosignatureVerifier(c.vkey));
  const ts = BigInt(v.cosignatureTimestamp);

  it('cosigner keys: the seeds give the published type-0x04 vkeys', () => {
    for (const c of cosigners) {
      expect(c.signatureType).toBe(4);
      expect(formatCosignerKey(c.name, publicKeyFromSeed(c.seed))).toBe(c.vkey);
      expect(parseVerifierKey(c.vkey).type).toBe(4);
      expectCode(() => ed25519Verifier(c.vkey), ['WC_NOTE_KEY_MALFORMED']);
      count(F);
    }
  });

  it('checkpoints: cosignatures verify (unknown 0x05 lines ignored), re-sign byte for byte; a log-only checkpoint is refused', () => {
    for (const c of v.checkpoints) {
      const cp = parseCheckpoint(parseNote(c.text).text);
      expect(cp.size).toBe(300n);
      if (c.id === 'log-only-rome') {
        expect(c.expect).toMatch(/must be rejected/);
        expectCode(() => openNote(c.text, verifiers), ['WC_NOTE_UNVERIFIED']);
        count(F);
        continue;
      }
      const signer = /signature by (\S+) \(type 0x04/.exec(c.expect)?.[1];
      expect(signer, c.id).toBeDefined();
      const n = openNote(c.text, verifiers);
      expect(n.sigs.map((s) => s.name)).toEqual([signer]);
      expect(cosignatureTimestamp(n.sigs[0]!)).toBe(ts);
      if (/must ignore as unknown/.test(c.expect)) expect(n.unverifiedSigs.map((s) => s.name)).toEqual([cp.origin]);
      else expect(n.unverifiedSigs).toEqual([]);
      // Ed25519 is deterministic: cosigning again at the same time gives the same line.
      const who = cosigners.find((x: Json) => x.name === signer);
      const again = signNote(n.text, [cosignatureSigner(who.name, who.seed, ts)]);
      expect(c.text.endsWith(again.slice(again.lastIndexOf('\u2014 ')))).toBe(true);
      // The signed message is the documented cosignature/v1 message.
      expect(new TextDecoder().decode(cosignatureMessage(n.text, ts))).toBe(`cosignature/v1\ntime ${ts}\n${n.text}`);
      count(F);
    }
  });

  const tree = v.mirrorTree;
  const size = Number(tree.treeSize);
  const entries = Array.from({ length: size }, (_, i) => utf8Encode(`record ${i}`));
  const leaves = entries.map(leafHash);
  const levels = nodeLevels(leaves);
  const mem = memoryNodeReader(levels);
  const tiles = new Map<string, Uint8Array>(tree.tiles.map((t: Json) => [t.path, b64(t.dataBase64)]));

  it('mirror tree: 300 "record <i>" entries hash to the signed root', () => {
    expect(tree.leafData).toMatch(/record <i>/);
    expect(base64Encode(treeHash(leaves))).toBe(tree.rootHashBase64);
    const mirror = v.checkpoints.find((c: Json) => c.id === 'mirror-rome');
    const cp = parseCheckpoint(openNote(mirror.text, verifiers).text, { origin: tree.origin });
    expect(base64Encode(cp.rootHash)).toBe(tree.rootHashBase64);
    count(F);
  });

  it('mirror tree: the three hash tiles are rebuilt byte for byte and their paths parse', () => {
    for (const t of tree.tiles) {
      const id: TileId = { level: t.level, index: BigInt(t.index), width: t.width };
      expect(tilePath(id)).toBe(t.path);
      expect(parseTilePath(t.path)).toEqual(id);
      const data = tiles.get(t.path)!;
      expect(data.length).toBe(t.sizeBytes);
      expect(tileData(id, mem)).toEqual(data);
      count(F);
    }
    expect(partialTiles(size).map(tilePath)).toEqual(['tile/0/001.p/44', 'tile/1/000.p/1']);
  });

  it('mirror tree: proofs built from the tiles alone equal the in-memory ones and verify against the root', () => {
    const readTile = (t: TileId) =>
      tiles.get(tilePath(t)) ??
      (() => {
        throw new Error(`tile ${tilePath(t)} not in the vectors`);
      })();
    const fromTiles = tileNodeReader(size, readTile);
    const root = b64(tree.rootHashBase64);
    expect(treeRoot(size, fromTiles)).toEqual(root);
    for (const m of [0, 1, 100, 255, 256, 257, 298, 299]) {
      const p = inclusionProof(m, size, fromTiles);
      expect(p).toEqual(inclusionProof(m, size, mem));
      verifyInclusion(m, size, leaves[m]!, p, root);
      for (const t of nodeTiles(inclusionProofNodes(m, size), size)) expect(tiles.has(tilePath(t))).toBe(true);
    }
    for (const m of [1, 7, 255, 256, 257, 299, 300]) {
      const p = consistencyProof(m, size, fromTiles);
      expect(p).toEqual(consistencyProof(m, size, mem));
      verifyConsistency(m, size, p, treeHash(leaves.slice(0, m)), root);
    }
    count(F);
  });

  it('(derived) entry bundles of the 300 entries round-trip and hash to the level-0 tiles', () => {
    const bundles = [entries.slice(0, 256), entries.slice(256)];
    expect([entryBundlePath(0), entryBundlePath(1, 44)]).toEqual(['tile/entries/000', 'tile/entries/001.p/44']);
    bundles.forEach((b, n) => {
      const decoded = decodeEntryBundle(encodeEntryBundle(b), b.length);
      expect(decoded).toEqual(b);
      const tile = tiles.get(n === 0 ? 'tile/0/000' : 'tile/0/001.p/44')!;
      decoded.forEach((e, i) => expect(leafHash(e)).toEqual(tile.subarray(i * 32, i * 32 + 32)));
    });
    expectCode(() => decodeEntryBundle(new Uint8Array([0, 5, 1, 2])), ['WC_LOG_TILE_MALFORMED']);
    expectCode(() => encodeEntryBundle([new Uint8Array(65536)]), ['WC_LOG_ENTRY_TOO_LARGE']);
  });
});

// -----------------------------------------------------------------------------------------------
describe('witness-add-checkpoint.torchwood.json (litewitness request sequence)', () => {
  const F = 'witness-add-checkpoint.torchwood.json';
  const v = load(F);
  const [sigsum, gosum] = v.logs;

  it('the sigsum log: origin is derived from its key; the test tree roots match', () => {
    const pk = hex(sigsum.ed25519PublicKeyHex);
    expect(sigsum.origin).toBe(`sigsum.org/v1/tree/${hexEncode(sha256(pk))}`);
    const hashes: Uint8Array[] = v.sigsumTree.leafHashesBase64.map(b64);
    for (const [n, root] of Object.entries<string>(v.sigsumTree.rootsBase64)) {
      expect(base64Encode(treeHash(hashes.slice(0, Number(n)))), `size ${n}`).toBe(root);
      count(F);
    }
  });

  // The witness's own key is not published (only its name is asserted upstream): cosign with a test key.
  const witnessSeed = sha256(utf8Encode('warncheck tlog-vectors test witness'));
  const witnessName: string = v.witness.name;
  const now = 1767139200n;

  it('replays every request in order against a fresh witness per file; statuses follow the spec', () => {
    const logsByFile: Record<string, { origin: string; verifiers: NoteVerifier[] }> = {
      'cmd/litewitness/testdata/litewitness.txt': { origin: sigsum.origin, verifiers: [ed25519Verifier(sigsum.origin, hex(sigsum.ed25519PublicKeyHex))] },
      'cmd/litewitness/testdata/sumdb.txt': { origin: gosum.origin, verifiers: [ed25519Verifier(gosum.vkey)] },
    };
    const states = new Map<string, Map<string, WitnessState>>();
    const treeRead = memoryNodeReader(nodeLevels(v.sigsumTree.leafHashesBase64.map(b64)));
    for (const [i, c] of v.cases.entries()) {
      const log = logsByFile[c.file];
      expect(log, c.file).toBeDefined();
      if (!states.has(c.file)) states.set(c.file, new Map());
      const state = states.get(c.file)!;
      const d = decideAddCheckpoint(utf8Encode(c.requestBody), {
        log: (origin) => (origin === log!.origin ? log : undefined),
        latest: (origin) => state.get(origin),
      });
      expect(d.status, `case ${i}: ${d.status !== 200 && 'reason' in d ? d.reason : ''}`).toBe(c.specExpectedStatus);
      if (c.upstreamExpectedStatus !== c.specExpectedStatus) expect(c.note).toMatch(/404/);

      const req = parseAddCheckpointRequest(c.requestBody);
      expect(formatAddCheckpointRequest(req.oldSize, req.proof, req.checkpoint)).toBe(c.requestBody);
      if (d.status === 409) {
        const want = /^body == (".*")$/.exec(c.upstreamAssert)![1]!;
        expect(d.body).toBe(JSON.parse(want));
        expect(d.contentType).toBe('text/x.tlog.size');
      }
      if (d.status === 200) {
        state.set(d.checkpoint.origin, d.newState);
        const body = addCheckpointResponse(d.note.text, [cosignatureSigner(witnessName, witnessSeed, now)]);
        expect(c.upstreamAssert).toBe(`body contains "\u2014 ${witnessName}"`);
        expect(body).toContain(`\u2014 ${witnessName} `);
        // The client appends the response to its checkpoint and opens it with the witness key.
        const cosigned = openNote(c.requestBody.slice(c.requestBody.indexOf('\n\n') + 2) + body, [
          cosignatureVerifier(witnessName, publicKeyFromSeed(witnessSeed)),
        ]);
        expect(cosigned.sigs.map((s) => s.name)).toEqual([witnessName]);
        // The sigsum proofs are the RFC 6962 proofs of the synthetic tree.
        if (d.checkpoint.origin === sigsum.origin && req.oldSize > 0n) {
          expect(req.proof).toEqual(consistencyProof(req.oldSize, d.checkpoint.size, treeRead));
        }
      }
      count(F);
    }
    expect(states.get('cmd/litewitness/testdata/litewitness.txt')!.get(sigsum.origin)!.size).toBe(5n);
    expect(states.get('cmd/litewitness/testdata/sumdb.txt')!.get(gosum.origin)!.size).toBe(35225469n);
  });
});

// -----------------------------------------------------------------------------------------------
describe('c2sp-spec-examples.json (C2SP specification examples)', () => {
  const F = 'c2sp-spec-examples.json';
  const v = load(F);
  const sumGolangOrg: string = load('witness-add-checkpoint.torchwood.json').logs[1].vkey;

  it('signed-note: the example.com/foo example verifies', () => {
    const e = v.signedNoteExample;
    const n = openNote(e.note, [ed25519Verifier(e.vkey)]);
    expect(n.text).toBe('This is an example message.\n');
    expect(n.sigs.map((s) => s.name)).toEqual(['example.com/foo']);
    count(F);
  });

  it('checkpoint example: parses and re-formats; its signature is by no published key', () => {
    const note = parseNote(v.checkpointExample.note);
    expect(note.sigs.map((s) => keyIdHex(s.keyId))).toEqual(['033de0ae']);
    const cp = parseCheckpoint(note.text, { origin: 'example.com/behind-the-sofa' });
    expect(cp.size).toBe(20852163n);
    expect(formatCheckpoint(cp)).toBe(note.text);
    expectCode(() => openNote(v.checkpointExample.note, [ed25519Verifier(sumGolangOrg)]), ['WC_NOTE_UNVERIFIED']);
    count(F);
  });

  it('cosigned checkpoint example: the cosignature decodes to key ID 8d66cf3f at 1679315147', () => {
    const note = parseNote(v.cosignedCheckpointExample.note);
    const w = note.sigs.find((s) => s.name === 'witness.example.com/w1')!;
    expect(v.cosignedCheckpointExample.expect).toMatch(/8d66cf3f, timestamp 1679315147/);
    expect(keyIdHex(w.keyId)).toBe('8d66cf3f');
    expect(cosignatureTimestamp(w)).toBe(1679315147n);
    expect(w.signature.length).toBe(72);
    count(F);
  });

  it('cosignature signed message example: exact bytes', () => {
    const text = parseNote(v.checkpointExample.note).text;
    expect(cosignatureMessage(text, 1679315147)).toEqual(utf8Encode(v.cosignatureSignedMessageExample));
    count(F);
  });

  it('witness request and response examples parse', () => {
    const req = parseAddCheckpointRequest(v.witnessAddCheckpointRequestExample);
    expect(req.oldSize).toBe(20852014n);
    expect(req.proof.length).toBe(4);
    const note = parseNote(req.checkpoint);
    expect(parseCheckpoint(note.text).size).toBe(20852163n);
    expect(note.sigs.length).toBe(2);
    expect(formatAddCheckpointRequest(req.oldSize, req.proof, req.checkpoint)).toBe(v.witnessAddCheckpointRequestExample);
    count(F);
    const sigs = parseSignatureLines(v.witnessAddCheckpointResponseExample);
    expect(sigs.map((s) => s.name)).toEqual(['witness.example/w1', 'witness.example/w1', 'witness.example/w2']);
    for (const s of sigs) expect(s.signature.length).toBe(72); // timestamped: 8 + 64 bytes (values are illustrative)
    count(F);
  });

  it('tlog-proof example: elided signatures make the note malformed; the checkpoint body parses', () => {
    expect(v.tlogProofExampleNote).toMatch(/elided/);
    const ex: string = v.tlogProofExample;
    const split = ex.indexOf('\n\n');
    const head = ex.slice(0, split).split('\n');
    expect(head[0]).toBe('c2sp.org/tlog-proof@v1');
    expect(head[2]).toBe('index 73894');
    for (const h of head.slice(3)) expect(b64(h).length).toBe(32);
    const checkpointNote = ex.slice(split + 2);
    expectCode(() => parseNote(checkpointNote), ['WC_NOTE_MALFORMED']);
    const cp = parseCheckpoint(checkpointNote.slice(0, checkpointNote.indexOf('\n\n') + 1));
    expect([cp.origin, cp.size]).toEqual(['example.com/fancylog', 109482n]);
    count(F);
  });

  it('tile path and tile count examples', () => {
    for (const e of v.tilePathExamples) {
      const t: TileId = { level: e.level, index: BigInt(e.index), width: 256 };
      expect(tilePath(t)).toBe(e.path);
      expect(parseTilePath(e.path)).toEqual(t);
      count(F);
    }
    for (const e of v.tileCountExamples) {
      const got = tileLevels(BigInt(e.treeSize)).map((l) => ({ level: l.level, full: Number(l.full), partialWidth: l.partialWidth }));
      expect(got).toEqual(e.tiles);
      count(F);
    }
  });
});
