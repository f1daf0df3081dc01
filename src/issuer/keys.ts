/**
 * Private key files (issuer side only). One JSON file per key, mode 0600, written atomically and
 * never overwritten. The `type` field makes a private key identify itself, so one pasted where a
 * public key belongs fails loudly. Layout of KEYDIR:
 *   root.key                       signs the trust list
 *   log.key                        signs log checkpoints
 *   issuers/<issuer>.<kid8>.key    signs statements; the newest is the active one
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { base64urlDecode, base64urlEncode } from '../core/bytes.js';
import { fail, isWarncheckError } from '../core/errors.js';
import { jwkThumbprint } from '../core/jwk.js';
import { publicKeyFromSeed } from '../core/ed25519.js';
import { formatTime } from '../core/time.js';
import { generateSeed } from '../node/ed25519.js';
import { isValidKeyName } from '../core/tlog/note.js';
import { writeFileAtomic } from './files.js';

export const KEY_FILE_TYPE = 'warncheck-private-key';
export type KeyRole = 'root' | 'issuer' | 'log' | 'witness';

export interface PrivateKey {
  role: KeyRole;
  issuer?: string;
  /** A witness's key name (its signed-note name, e.g. `witness.example.org/w1`). */
  name?: string;
  kid: string;
  seed: Uint8Array;
  publicKey: Uint8Array;
  createdAt: string;
  path: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const MAX_KEY_FILE = 4096;

export function newKey(role: KeyRole, now: number, issuer?: string): Omit<PrivateKey, 'path'> {
  const seed = generateSeed();
  const publicKey = publicKeyFromSeed(seed);
  return { role, ...(issuer ? { issuer } : {}), kid: jwkThumbprint(publicKey), seed, publicKey, createdAt: formatTime(now) };
}

export function writeKey(path: string, k: Omit<PrivateKey, 'path'>): PrivateKey {
  if (existsSync(path)) fail('WC_USAGE', `refusing to overwrite an existing key file`);
  const body = {
    type: KEY_FILE_TYPE,
    v: 1,
    role: k.role,
    ...(k.issuer ? { issuer: k.issuer } : {}),
    ...(k.name ? { name: k.name } : {}),
    kid: k.kid,
    created_at: k.createdAt,
    public: base64urlEncode(k.publicKey),
    seed: base64urlEncode(k.seed),
  };
  writeFileAtomic(path, JSON.stringify(body, null, 2) + '\n', 0o600);
  return { ...k, path };
}

export function readKey(path: string): PrivateKey {
  let raw: string;
  try {
    if (statSync(path).size > MAX_KEY_FILE) fail('WC_KEYFILE_INVALID', 'too large');
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    if (isWarncheckError(e)) throw e;
    return fail('WC_KEYFILE_INVALID', 'cannot read');
  }
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return fail('WC_KEYFILE_INVALID', 'not JSON');
  }
  if (j['type'] !== KEY_FILE_TYPE || j['v'] !== 1) return fail('WC_KEYFILE_INVALID', 'not a warncheck private key');
  const role = j['role'];
  if (role !== 'root' && role !== 'issuer' && role !== 'log' && role !== 'witness') return fail('WC_KEYFILE_INVALID', 'role');
  let seed: Uint8Array;
  try {
    seed = base64urlDecode(String(j['seed']));
  } catch {
    return fail('WC_KEYFILE_INVALID', 'seed');
  }
  if (seed.length !== 32) fail('WC_KEYFILE_INVALID', 'seed length');
  const publicKey = publicKeyFromSeed(seed);
  if (base64urlEncode(publicKey) !== j['public'] || jwkThumbprint(publicKey) !== j['kid']) fail('WC_KEYFILE_INVALID', 'public key does not match seed');
  const issuer = j['issuer'];
  if (role === 'issuer' && (typeof issuer !== 'string' || !ID.test(issuer))) fail('WC_KEYFILE_INVALID', 'issuer');
  const name = j['name'];
  if (role === 'witness' && (typeof name !== 'string' || !isValidKeyName(name) || /\s/.test(name))) fail('WC_KEYFILE_INVALID', 'witness name');
  return {
    role,
    ...(typeof issuer === 'string' ? { issuer } : {}),
    ...(typeof name === 'string' ? { name } : {}),
    kid: j['kid'] as string,
    seed,
    publicKey,
    createdAt: String(j['created_at']),
    path,
  };
}

export function issuerKeyPath(keysDir: string, issuer: string, kid: string): string {
  return join(keysDir, 'issuers', `${issuer}.${kid.slice(0, 8)}.key`);
}

export interface KeyRing {
  root: PrivateKey;
  log?: PrivateKey;
  /** Issuer id → keys, oldest first. */
  issuers: Map<string, PrivateKey[]>;
}

export function loadKeyRing(keysDir: string): KeyRing {
  if (!existsSync(keysDir)) fail('WC_KEYFILE_INVALID', 'key directory does not exist');
  const root = readKey(join(keysDir, 'root.key'));
  if (root.role !== 'root') fail('WC_KEYFILE_INVALID', 'root.key is not a root key');
  const logPath = join(keysDir, 'log.key');
  const log = existsSync(logPath) ? readKey(logPath) : undefined;
  const issuers = new Map<string, PrivateKey[]>();
  const dir = join(keysDir, 'issuers');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.key')) continue;
      const k = readKey(join(dir, f));
      if (k.role !== 'issuer') fail('WC_KEYFILE_INVALID', `${f} is not an issuer key`);
      const list = issuers.get(k.issuer!) ?? [];
      list.push(k);
      issuers.set(k.issuer!, list);
    }
  }
  for (const list of issuers.values()) list.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.kid.localeCompare(b.kid));
  return { root, ...(log ? { log } : {}), issuers };
}

/**
 * The key `issue` (and a code's revocation) signs with: of the issuer's keys in this folder, the
 * one named last among the active keys of the trust list (rotate appends the new key at the end).
 */
export function signingKey(
  trust: { keys: ReadonlyArray<{ kid: string; issuer: string; status: string }> },
  ring: KeyRing,
  issuer: string,
): PrivateKey | undefined {
  const mine = new Map((ring.issuers.get(issuer) ?? []).map((k) => [k.kid, k]));
  for (let i = trust.keys.length - 1; i >= 0; i--) {
    const k = trust.keys[i]!;
    if (k.issuer === issuer && k.status === 'active' && mine.has(k.kid)) return mine.get(k.kid);
  }
  return undefined;
}
