/**
 * C2SP signed notes (c2sp.org/signed-note v1.0.0; docs/LOG.md §4): parse, verify ("open"),
 * sign, and the verifier / signer key strings.
 *
 * Hand-written (see hash.ts for why); the behaviour follows Go's golang.org/x/mod/sumdb/note and is
 * proven against its test vectors, with three deliberate differences, all stricter:
 *  - base64 must be canonical (Go ignores non-zero trailing bits);
 *  - every signature whose name and key ID match a known key is verified, not only the first;
 *  - Ed25519 keys and signatures follow warncheck's one verification policy (ed25519.ts).
 *
 * A note is: text ending in "\n", an empty line, then one or more lines
 * "— <key name> <base64(4-byte big-endian key ID || signature)>\n". The signed message is the
 * text including its final newline. The text is separated from the signatures by the LAST empty
 * line. The whole note is UTF-8 without control characters other than "\n".
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { base64Decode, base64Encode, concatBytes, hexEncode, utf8Encode } from '../bytes.js';
import { assertPublicKey, publicKeyFromSeed, signEd25519, verifyEd25519 } from '../ed25519.js';
import { fail, failLimit, isWarncheckError } from '../errors.js';

/** Signature type bytes (c2sp.org/signed-note "Signature types"). */
export const SIG_TYPE_ED25519 = 0x01;
/** Timestamped Ed25519 cosignature, c2sp.org/tlog-cosignature (cosignature.ts). */
export const SIG_TYPE_COSIGNATURE_V1 = 0x04;

/** Key lengths of the signature types this code can verify; any other type byte is refused in a key. */
const KEY_LENGTH: Readonly<Record<number, number>> = { [SIG_TYPE_ED25519]: 32, [SIG_TYPE_COSIGNATURE_V1]: 32 };

/** Go's x/mod rejects notes with more than 100 signature lines; C2SP requires accepting at least 16. */
export const MAX_NOTE_SIGNATURES = 100;
/** Upper bound on a whole note (100 ML-DSA-44 cosignature lines fit with room to spare). */
export const MAX_NOTE_BYTES = 1 << 20;

const SIG_PREFIX = '\u2014 '; // em dash, space
const TD = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface NoteSignature {
  readonly name: string;
  /** The 32-bit key ID (big-endian uint32). */
  readonly keyId: number;
  /** The base64 text of the line, exactly as written (key ID included). */
  readonly base64: string;
  /** The signature bytes after the 4-byte key ID. */
  readonly signature: Uint8Array;
}

export interface Note {
  /** The signed text, ending in "\n". */
  readonly text: string;
  readonly sigs: readonly NoteSignature[];
}

export interface OpenedNote {
  readonly text: string;
  /** Signatures by known keys, all verified (one per key). */
  readonly sigs: readonly NoteSignature[];
  /** Signatures by unknown keys: ignored, kept so they can be passed on (exact duplicates dropped). */
  readonly unverifiedSigs: readonly NoteSignature[];
}

export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  /** Verify `signature` (without key ID) over the note text bytes. Never throws. */
  verify(text: Uint8Array, signature: Uint8Array): boolean;
}

export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  /** Sign the note text bytes; returns the signature without key ID. */
  sign(text: Uint8Array): Uint8Array;
}

export interface VerifierKey {
  readonly name: string;
  readonly keyId: number;
  readonly type: number;
  readonly publicKey: Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// Names and key IDs

/** Unicode white space as Go's unicode.IsSpace sees it. */
const SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const CONTROL = /[\u0000-\u0009\u000b-\u001f]/;

/** A key name is non-empty, well-formed, and has no Unicode space and no "+". */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !SPACE.test(name) && !name.includes('+') && !LONE_SURROGATE.test(name) && !CONTROL.test(name);
}

/** Key ID = first 4 bytes of SHA-256(name || 0x0A || type byte || public key), big-endian. */
export function computeKeyId(name: string, type: number, publicKey: Uint8Array): number {
  const h = sha256(concatBytes(utf8Encode(name), new Uint8Array([0x0a, type]), publicKey));
  return ((h[0]! << 24) | (h[1]! << 16) | (h[2]! << 8) | h[3]!) >>> 0;
}

export function keyIdHex(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}

function keyIdBytes(keyId: number): Uint8Array {
  return new Uint8Array([keyId >>> 24, (keyId >>> 16) & 0xff, (keyId >>> 8) & 0xff, keyId & 0xff]);
}

function b64(s: string, code: 'WC_NOTE_MALFORMED' | 'WC_NOTE_KEY_MALFORMED'): Uint8Array {
  try {
    return base64Decode(s);
  } catch (e) {
    if (isWarncheckError(e)) fail(code, 'base64');
    throw e;
  }
}

/** Split at the first `sep`; undefined when absent (Go's strings.Cut). */
function cut(s: string, sep: string): [string, string] | undefined {
  const i = s.indexOf(sep);
  return i < 0 ? undefined : [s.slice(0, i), s.slice(i + sep.length)];
}

// ---------------------------------------------------------------------------------------------
// Verifier keys: <name>+<hex8 key ID>+<base64(type || public key)>

/**
 * Parse a verifier key string. Splits on the first two "+" only (the base64 may hold "+").
 * The key ID must match, the type must be a known one and the key must pass the Ed25519 policy.
 * @throws WC_NOTE_KEY_MALFORMED, or WC_KEY_MALFORMED / WC_KEY_WEAK for a refused Ed25519 key
 */
export function parseVerifierKey(vkey: string): VerifierKey {
  const a = cut(vkey, '+');
  const b = a && cut(a[1], '+');
  if (!a || !b) return fail('WC_NOTE_KEY_MALFORMED', 'vkey syntax');
  const [name] = a;
  const [hex, key64] = b;
  if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(hex)) fail('WC_NOTE_KEY_MALFORMED', 'vkey syntax');
  const typed = b64(key64, 'WC_NOTE_KEY_MALFORMED');
  if (typed.length === 0) fail('WC_NOTE_KEY_MALFORMED', 'empty key');
  const keyId = parseInt(hex, 16);
  if (computeKeyId(name, typed[0]!, typed.subarray(1)) !== keyId) fail('WC_NOTE_KEY_MALFORMED', 'key ID mismatch');
  const type = typed[0]!;
  const len = KEY_LENGTH[type];
  if (len === undefined) fail('WC_NOTE_KEY_MALFORMED', 'unknown signature type');
  const publicKey = typed.slice(1);
  if (publicKey.length !== len) fail('WC_NOTE_KEY_MALFORMED', 'key length');
  assertPublicKey(publicKey);
  return { name, keyId, type, publicKey };
}

export function formatVerifierKey(name: string, type: number, publicKey: Uint8Array): string {
  if (!isValidKeyName(name)) fail('WC_NOTE_KEY_MALFORMED', 'key name');
  if (KEY_LENGTH[type] !== publicKey.length) fail('WC_NOTE_KEY_MALFORMED', 'key length or type');
  const typed = concatBytes(new Uint8Array([type]), publicKey);
  return `${name}+${keyIdHex(computeKeyId(name, type, publicKey))}+${base64Encode(typed)}`;
}

/** A note verifier for an Ed25519 (type 0x01) key, from its vkey string or its name and raw key. */
export function ed25519Verifier(vkey: string): NoteVerifier;
export function ed25519Verifier(name: string, publicKey: Uint8Array): NoteVerifier;
export function ed25519Verifier(nameOrVkey: string, publicKey?: Uint8Array): NoteVerifier {
  const { name, pk, keyId } = resolveVerifierKey(nameOrVkey, publicKey, SIG_TYPE_ED25519);
  return { name, keyId, verify: (text, sig) => verifyEd25519(pk, text, sig) };
}

/**
 * The name, key and key ID of a verifier of one signature type, from a vkey string or from a name
 * and a raw Ed25519 key (validated under the policy of FORMAT.md §2).
 */
export function resolveVerifierKey(nameOrVkey: string, publicKey: Uint8Array | undefined, type: number): { name: string; pk: Uint8Array; keyId: number } {
  let name: string;
  let pk: Uint8Array;
  if (publicKey === undefined) {
    const k = parseVerifierKey(nameOrVkey);
    if (k.type !== type) fail('WC_NOTE_KEY_MALFORMED', `not a key of signature type 0x${type.toString(16).padStart(2, '0')}`);
    ({ name, publicKey: pk } = k);
  } else {
    if (!isValidKeyName(nameOrVkey)) fail('WC_NOTE_KEY_MALFORMED', 'key name');
    assertPublicKey(publicKey);
    name = nameOrVkey;
    pk = publicKey.slice();
  }
  return { name, pk, keyId: computeKeyId(name, type, pk) };
}

// ---------------------------------------------------------------------------------------------
// Signer keys (Go x/mod format, not C2SP): PRIVATE+KEY+<name>+<hex8 key ID>+<base64(0x01 || seed)>

export interface SignerKey {
  readonly name: string;
  readonly keyId: number;
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
}

/** @throws WC_NOTE_KEY_MALFORMED */
export function parseSignerKey(skey: string): SignerKey {
  const p1 = cut(skey, '+');
  const p2 = p1 && cut(p1[1], '+');
  const p3 = p2 && cut(p2[1], '+');
  const p4 = p3 && cut(p3[1], '+');
  if (!p1 || !p2 || !p3 || !p4 || p1[0] !== 'PRIVATE' || p2[0] !== 'KEY') return fail('WC_NOTE_KEY_MALFORMED', 'skey syntax');
  const name = p3[0];
  const [hex, key64] = p4;
  if (!isValidKeyName(name) || !/^[0-9a-f]{8}$/.test(hex)) fail('WC_NOTE_KEY_MALFORMED', 'skey syntax');
  const typed = b64(key64, 'WC_NOTE_KEY_MALFORMED');
  if (typed.length !== 33 || typed[0] !== SIG_TYPE_ED25519) fail('WC_NOTE_KEY_MALFORMED', 'not an Ed25519 seed');
  const seed = typed.slice(1);
  const publicKey = publicKeyFromSeed(seed);
  const keyId = computeKeyId(name, SIG_TYPE_ED25519, publicKey);
  if (keyId !== parseInt(hex, 16)) fail('WC_NOTE_KEY_MALFORMED', 'key ID mismatch');
  return { name, keyId, seed, publicKey };
}

export function formatSignerKey(name: string, seed: Uint8Array): string {
  if (!isValidKeyName(name)) fail('WC_NOTE_KEY_MALFORMED', 'key name');
  const keyId = computeKeyId(name, SIG_TYPE_ED25519, publicKeyFromSeed(seed));
  return `PRIVATE+KEY+${name}+${keyIdHex(keyId)}+${base64Encode(concatBytes(new Uint8Array([SIG_TYPE_ED25519]), seed))}`;
}

/** A note signer for an Ed25519 (type 0x01) key, from its skey string or its name and 32-byte seed. */
export function ed25519Signer(skey: string): NoteSigner;
export function ed25519Signer(name: string, seed: Uint8Array): NoteSigner;
export function ed25519Signer(nameOrSkey: string, seed?: Uint8Array): NoteSigner {
  const k =
    seed === undefined
      ? parseSignerKey(nameOrSkey)
      : isValidKeyName(nameOrSkey)
        ? { name: nameOrSkey, seed: seed.slice(), keyId: computeKeyId(nameOrSkey, SIG_TYPE_ED25519, publicKeyFromSeed(seed)) }
        : fail('WC_NOTE_KEY_MALFORMED', 'key name');
  const s = k.seed;
  return { name: k.name, keyId: k.keyId, sign: (text) => signEd25519(s, text) };
}

// ---------------------------------------------------------------------------------------------
// Parsing

function decodeNote(msg: Uint8Array | string): string {
  let s: string;
  if (typeof msg === 'string') {
    if (LONE_SURROGATE.test(msg)) fail('WC_NOTE_MALFORMED', 'not UTF-8');
    if (msg.length > MAX_NOTE_BYTES || utf8Encode(msg).length > MAX_NOTE_BYTES) failLimit('WC_INPUT_TOO_LARGE', 'note-bytes', MAX_NOTE_BYTES);
    s = msg;
  } else {
    if (msg.length > MAX_NOTE_BYTES) failLimit('WC_INPUT_TOO_LARGE', 'note-bytes', MAX_NOTE_BYTES);
    try {
      s = TD.decode(msg);
    } catch {
      return fail('WC_NOTE_MALFORMED', 'not UTF-8');
    }
  }
  if (CONTROL.test(s)) fail('WC_NOTE_MALFORMED', 'control character');
  return s;
}

function parseSignatureLine(line: string): NoteSignature {
  if (!line.startsWith(SIG_PREFIX)) fail('WC_NOTE_MALFORMED', 'signature line');
  const rest = line.slice(SIG_PREFIX.length);
  const c = cut(rest, ' ');
  if (!c) return fail('WC_NOTE_MALFORMED', 'signature line');
  const [name, base64] = c;
  if (!isValidKeyName(name) || base64 === '') fail('WC_NOTE_MALFORMED', 'signature line');
  const raw = b64(base64, 'WC_NOTE_MALFORMED');
  if (raw.length < 5) fail('WC_NOTE_MALFORMED', 'signature too short');
  const keyId = ((raw[0]! << 24) | (raw[1]! << 16) | (raw[2]! << 8) | raw[3]!) >>> 0;
  return { name, keyId, base64, signature: raw.slice(4) };
}

/**
 * Parse a block of signature lines, each ending in "\n" (a signature block, or a witness's
 * add-checkpoint response body).
 * @throws WC_NOTE_MALFORMED
 */
export function parseSignatureLines(block: string): NoteSignature[] {
  if (block === '' || !block.endsWith('\n')) fail('WC_NOTE_MALFORMED', 'signature block');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_NOTE_SIGNATURES) fail('WC_NOTE_MALFORMED', 'too many signatures');
  return lines.map(parseSignatureLine);
}

/**
 * Split a note into its text and its signatures, without verifying anything.
 * @throws WC_NOTE_MALFORMED (or WC_INPUT_TOO_LARGE beyond MAX_NOTE_BYTES)
 */
export function parseNote(msg: Uint8Array | string): Note {
  const s = decodeNote(msg);
  const split = s.lastIndexOf('\n\n');
  if (split < 0) fail('WC_NOTE_MALFORMED', 'no signature block');
  return { text: s.slice(0, split + 1), sigs: parseSignatureLines(s.slice(split + 2)) };
}

/**
 * Parse and verify a note against known keys (c2sp.org/signed-note "Verifying"):
 * signatures by unknown keys are ignored (even when name or ID, but not both, match a known key);
 * a signature whose name and ID match a known key must verify, or the whole note is refused; at
 * least one must verify.
 * @throws WC_NOTE_MALFORMED, WC_NOTE_SIGNATURE_INVALID, WC_NOTE_UNVERIFIED, WC_NOTE_KEY_MALFORMED
 *   (two known keys with the same name and ID)
 */
export function openNote(msg: Uint8Array | string, verifiers: readonly NoteVerifier[]): OpenedNote {
  const note = parseNote(msg);
  const text = utf8Encode(note.text);
  const sigs: NoteSignature[] = [];
  const unverifiedSigs: NoteSignature[] = [];
  const seenKeys = new Set<string>();
  const seenUnverified = new Set<string>();
  for (const sig of note.sigs) {
    const known = verifiers.filter((v) => v.name === sig.name && v.keyId === sig.keyId);
    if (known.length === 0) {
      const line = `${sig.name} ${sig.base64}`;
      if (!seenUnverified.has(line)) {
        seenUnverified.add(line);
        unverifiedSigs.push(sig);
      }
      continue;
    }
    if (known.length > 1) fail('WC_NOTE_KEY_MALFORMED', 'two known keys share a name and key ID');
    if (!known[0]!.verify(text, sig.signature)) fail('WC_NOTE_SIGNATURE_INVALID', 'a known key signature does not verify');
    const key = `${sig.name}+${keyIdHex(sig.keyId)}`;
    if (!seenKeys.has(key)) {
      seenKeys.add(key);
      sigs.push(sig);
    }
  }
  if (sigs.length === 0) fail('WC_NOTE_UNVERIFIED');
  return { text: note.text, sigs, unverifiedSigs };
}

// ---------------------------------------------------------------------------------------------
// Formatting and signing

export function formatSignatureLine(name: string, keyId: number, signature: Uint8Array): string {
  if (!isValidKeyName(name)) fail('WC_NOTE_KEY_MALFORMED', 'key name');
  return `${SIG_PREFIX}${name} ${base64Encode(concatBytes(keyIdBytes(keyId), signature))}\n`;
}

function checkText(text: string): void {
  if (!text.endsWith('\n')) fail('WC_NOTE_MALFORMED', 'text must end in a newline');
  if (CONTROL.test(text) || LONE_SURROGATE.test(text)) fail('WC_NOTE_MALFORMED', 'text characters');
}

/** Serialize a note: text, empty line, signature lines (the base64 is written as given). */
export function formatNote(note: Note): string {
  checkText(note.text);
  if (note.sigs.length === 0 || note.sigs.length > MAX_NOTE_SIGNATURES) fail('WC_NOTE_MALFORMED', 'signature count');
  let out = note.text + '\n';
  for (const s of note.sigs) {
    if (!isValidKeyName(s.name) || s.base64 === '') fail('WC_NOTE_MALFORMED', 'signature');
    out += `${SIG_PREFIX}${s.name} ${s.base64}\n`;
  }
  return out;
}

/**
 * Sign `text` with each signer (in order) and append the `existing` signatures of other keys
 * (those with the name and ID of a new signer are replaced), as Go's note.Sign does.
 */
export function signNote(text: string, signers: readonly NoteSigner[], existing: readonly NoteSignature[] = []): string {
  checkText(text);
  const bytes = utf8Encode(text);
  const sigs: NoteSignature[] = [];
  const have = new Set<string>();
  for (const s of signers) {
    if (!isValidKeyName(s.name)) fail('WC_NOTE_KEY_MALFORMED', 'key name');
    have.add(`${s.name}+${keyIdHex(s.keyId)}`);
    const signature = s.sign(bytes);
    sigs.push({ name: s.name, keyId: s.keyId, signature, base64: base64Encode(concatBytes(keyIdBytes(s.keyId), signature)) });
  }
  for (const s of existing) {
    if (have.has(`${s.name}+${keyIdHex(s.keyId)}`)) continue;
    const raw = b64(s.base64, 'WC_NOTE_MALFORMED');
    if (raw.length < 5 || hexEncode(raw.subarray(0, 4)) !== keyIdHex(s.keyId)) fail('WC_NOTE_MALFORMED', 'existing signature key ID');
    sigs.push(s);
  }
  return formatNote({ text, sigs });
}
