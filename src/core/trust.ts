/**
 * The trust list (docs/FORMAT.md §5): who may issue, with which keys, the genuine texts, the
 * official domains, the help services and the log key. A compact JWS signed by the root key,
 * versioned and expiring, so a stale or rolled-back list is detected: a verifier that sees one
 * says the check cannot be completed, never "genuine".
 */
import type { OfficialIndex } from './domain/official-index.js';
import { utf8Decode, utf8Encode } from './bytes.js';
import { fail } from './errors.js';
import { cosignatureVerifier } from './tlog/cosignature.js';
import { parseVerifierKey } from './tlog/note.js';
import { formatCompactJws, parseCompactJws, verifyJws } from './jws.js';
import { jwkThumbprint, parsePublicJwk } from './jwk.js';
import type { Ed25519Verify } from './ed25519.js';
import { parseTime } from './time.js';
import type { OfficialDomain } from './domain/official.js';

export const TRUST_TYP = 'warncheck-trust';
export const TRUST_VERSION = 1;
export const TRUST_MAX_JWS = 4 * 1024 * 1024;

export interface HelpService {
  name: string;
  url: string;
  kind: 'help' | 'report-scam' | 'police';
  lang?: string;
}

export interface Issuer {
  id: string;
  name: Record<string, string>;
  country: string;
  /** Official web and e-mail domains of this issuer. */
  domains: string[];
  help: HelpService[];
}

export interface TrustKey {
  kid: string;
  issuer: string;
  jwk: { kty: 'OKP'; crv: 'Ed25519'; x: string };
  not_before: string;
  not_after: string;
  status: 'active' | 'revoked';
  revoked_at?: string;
  revocation_reason?: string;
  /**
   * Compromise cut-off (docs/FORMAT.md §5.1): the log size of the last checkpoint signed at or
   * before `revoked_at`. A statement of this key at a log index below it stays genuine; at or above
   * it, or without a proven log index, it reads revoked. Absent: every statement reads revoked.
   */
  revoked_log_size?: number;
}

export interface Template {
  id: string;
  issuer: string;
  lang: string;
  title: string;
  /** The genuine text; `{code}` marks where the message code appears. */
  text: string;
}

export interface TrustListPayload {
  v: 1;
  type: 'trust-list';
  /** Monotonic: a verifier refuses a version lower than one it has seen. */
  version: number;
  issued_at: string;
  expires_at: string;
  /** Base URL of the verification service printed in warnings (`<site>/#<code>`). */
  site: string;
  issuers: Issuer[];
  keys: TrustKey[];
  templates: Template[];
  official_domains: OfficialDomain[];
  /** `url`: where the witness takes add-checkpoint requests (issue and revoke ask it on every write). */
  log?: { origin: string; vkey: string; witnesses?: Array<{ name: string; vkey: string; url?: string }>; witness_threshold?: number };
}

/** A verified trust list, indexed for the verification steps. */
export interface TrustState {
  payload: TrustListPayload;
  jws: string;
  keys: Map<string, { key: TrustKey; pk: Uint8Array; notBeforeMs: number; notAfterMs: number; revokedAtMs?: number; revokedLogSize?: number }>;
  issuers: Map<string, Issuer>;
  /** Countries of the issuers (a code of any other country cannot have been issued). */
  countries: ReadonlySet<string>;
  templates: Map<string, Template>;
  issuedAtMs: number;
  expiresAtMs: number;
  /**
   * Tables derived from this list on first use (domain/trusted.ts `officialIndexOf`): public data
   * kept with the immutable list it derives from, so the core itself keeps no state.
   */
  derived: { official?: OfficialIndex };
}

export interface TrustCheckOptions {
  now: number;
  /**
   * Root hand-overs (§5.2), oldest first: the list may be signed by a root that the pinned one
   * handed over to, through this chain. Untrusted input: every link is verified.
   */
  handovers?: readonly string[];
  /** Highest version this verifier has seen before (rollback protection). */
  seenVersion?: number;
  /** Signature back-end proven equal to the core's (default: the core's own). */
  verify?: Ed25519Verify;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Verify the root signature, the structure, the validity window and the version. */
export function openTrustList(jws: string, pinnedRoot: Uint8Array, opts: TrustCheckOptions): TrustState {
  let rootPk = pinnedRoot;
  const parsed = parseCompactJws(jws, TRUST_MAX_JWS);
  if (parsed.typ !== TRUST_TYP) fail('WC_TRUST_MALFORMED', 'typ');
  rootPk = currentRoot(rootPk, opts.handovers ?? [], opts.verify);
  if (parsed.kid !== jwkThumbprint(rootPk)) fail('WC_TRUST_SIGNATURE_INVALID', 'kid is not the root key');
  if (!(opts.verify ? opts.verify(rootPk, parsed.signingInput, parsed.signature) : verifyJws(parsed, rootPk))) fail('WC_TRUST_SIGNATURE_INVALID');
  let payload: unknown;
  try {
    payload = JSON.parse(utf8Decode(parsed.payload));
  } catch {
    return fail('WC_TRUST_MALFORMED', 'payload is not JSON');
  }
  const p = assertTrustList(payload);
  const state = index(p, jws);
  assertTrustCurrent(state, opts.now);
  if (opts.seenVersion !== undefined && p.version < opts.seenVersion) fail('WC_TRUST_ROLLBACK', `version ${p.version} < ${opts.seenVersion}`);
  return state;
}

/**
 * The list must be valid at `now`, on every check and not only when it was opened: a verifier
 * that keeps running past `expires_at` (a server, a long batch) must stop answering.
 * @throws WC_TRUST_NOT_YET_VALID, WC_TRUST_EXPIRED
 */
export function assertTrustCurrent(trust: TrustState, now: number): void {
  if (now < trust.issuedAtMs) fail('WC_TRUST_NOT_YET_VALID');
  if (now >= trust.expiresAtMs) fail('WC_TRUST_EXPIRED');
}

function index(p: TrustListPayload, jws: string): TrustState {
  const issuers = new Map(p.issuers.map((i) => [i.id, i]));
  const keys: TrustState['keys'] = new Map();
  for (const k of p.keys) {
    if (!issuers.has(k.issuer)) fail('WC_TRUST_MALFORMED', 'key of unknown issuer');
    const pk = parsePublicJwk(k.jwk);
    if (jwkThumbprint(pk) !== k.kid) fail('WC_TRUST_MALFORMED', 'kid is not the key thumbprint');
    keys.set(k.kid, {
      key: k,
      pk,
      notBeforeMs: parseTime(k.not_before, 'WC_TRUST_MALFORMED'),
      notAfterMs: parseTime(k.not_after, 'WC_TRUST_MALFORMED'),
      ...(k.revoked_at ? { revokedAtMs: parseTime(k.revoked_at, 'WC_TRUST_MALFORMED') } : {}),
      ...(k.revoked_log_size !== undefined ? { revokedLogSize: k.revoked_log_size } : {}),
    });
  }
  const templates = new Map<string, Template>();
  for (const t of p.templates) {
    if (!issuers.has(t.issuer)) fail('WC_TRUST_MALFORMED', 'template of unknown issuer');
    if (templates.has(t.id)) fail('WC_TRUST_MALFORMED', 'duplicate template id');
    templates.set(t.id, t);
  }
  return {
    payload: p,
    jws,
    keys,
    issuers,
    countries: new Set(p.issuers.map((i) => i.country)),
    templates,
    issuedAtMs: parseTime(p.issued_at, 'WC_TRUST_MALFORMED'),
    expiresAtMs: parseTime(p.expires_at, 'WC_TRUST_MALFORMED'),
    derived: {},
  };
}

function strField(o: Record<string, unknown>, k: string, max = 10_000): string {
  const v = o[k];
  if (typeof v !== 'string' || v.length === 0 || v.length > max) return fail('WC_TRUST_MALFORMED', k);
  return v;
}

function arr(o: Record<string, unknown>, k: string): unknown[] {
  const v = o[k];
  if (!Array.isArray(v)) return fail('WC_TRUST_MALFORMED', k);
  return v;
}

/** Structural validation: types of every field the verifier relies on. */
export function assertTrustList(x: unknown): TrustListPayload {
  if (!isObject(x) || x['v'] !== TRUST_VERSION || x['type'] !== 'trust-list') return fail('WC_TRUST_MALFORMED', 'header');
  const version = x['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) fail('WC_TRUST_MALFORMED', 'version');
  strField(x, 'issued_at');
  strField(x, 'expires_at');
  strField(x, 'site');
  for (const i of arr(x, 'issuers')) {
    if (!isObject(i)) fail('WC_TRUST_MALFORMED', 'issuer');
    strField(i, 'id');
    const c = strField(i, 'country');
    if (!/^[A-Z]{2}$/.test(c)) fail('WC_TRUST_MALFORMED', 'country');
    if (!isObject(i['name'])) fail('WC_TRUST_MALFORMED', 'name');
    arr(i, 'domains');
    arr(i, 'help');
  }
  for (const k of arr(x, 'keys')) {
    if (!isObject(k)) fail('WC_TRUST_MALFORMED', 'key');
    strField(k, 'kid');
    strField(k, 'issuer');
    if (k['status'] !== 'active' && k['status'] !== 'revoked') fail('WC_TRUST_MALFORMED', 'status');
    const cut = k['revoked_log_size'];
    if (cut !== undefined && (k['status'] !== 'revoked' || typeof cut !== 'number' || !Number.isSafeInteger(cut) || cut < 0))
      fail('WC_TRUST_MALFORMED', 'revoked_log_size');
  }
  for (const t of arr(x, 'templates')) {
    if (!isObject(t)) fail('WC_TRUST_MALFORMED', 'template');
    strField(t, 'id');
    strField(t, 'issuer');
    strField(t, 'lang');
    strField(t, 'title');
    strField(t, 'text', 20_000);
  }
  arr(x, 'official_domains');
  if (x['log'] !== undefined) assertLogPolicy(x['log']);
  return x as unknown as TrustListPayload;
}

/** The log entry: its key must parse and be named after the origin; witnesses must be cosigner keys. */
function assertLogPolicy(log: unknown): void {
  if (!isObject(log)) return fail('WC_TRUST_MALFORMED', 'log');
  const origin = strField(log, 'origin', 255);
  if (keyName(() => parseVerifierKey(strField(log, 'vkey', 1000)), 'log vkey') !== origin) fail('WC_TRUST_MALFORMED', 'log vkey is not named after the origin');
  const witnesses = log['witnesses'] === undefined ? [] : arr(log, 'witnesses');
  for (const w of witnesses) {
    if (!isObject(w)) return fail('WC_TRUST_MALFORMED', 'witness');
    if (keyName(() => cosignatureVerifier(strField(w, 'vkey', 1000)), 'witness vkey') !== strField(w, 'name', 255))
      fail('WC_TRUST_MALFORMED', 'witness vkey name');
    if (w['url'] !== undefined && (typeof w['url'] !== 'string' || !/^https?:\/\/[^\s]{1,2040}$/.test(w['url']))) fail('WC_TRUST_MALFORMED', 'witness url');
  }
  const k = log['witness_threshold'] ?? 0;
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k > witnesses.length) fail('WC_TRUST_MALFORMED', 'witness_threshold');
}

/** The name of a parsed key; any parse failure is a malformed trust list. */
function keyName(parse: () => { name: string }, what: string): string {
  try {
    return parse().name;
  } catch {
    return fail('WC_TRUST_MALFORMED', what);
  }
}

export function formatTrustList(p: TrustListPayload, rootKid: string, sign: (msg: Uint8Array) => Uint8Array): string {
  assertTrustList(p);
  return formatCompactJws({ alg: 'EdDSA', kid: rootKid, typ: TRUST_TYP }, utf8Encode(JSON.stringify(p)), sign);
}

export const HANDOVER_TYP = 'warncheck-root-handover';
/** Hand-overs a verifier follows at most (a bound on work for untrusted input). */
export const MAX_HANDOVERS = 64;

/** A signed hand-over from one root key to the next (§5.2). */
export interface RootHandover {
  v: 1;
  type: 'root-handover';
  /** Thumbprint of the root that signs this hand-over. */
  from: string;
  /** Thumbprint of the new root, and its public key. */
  to: string;
  jwk: { kty: 'OKP'; crv: 'Ed25519'; x: string };
  issued_at: string;
}

export function formatRootHandover(h: RootHandover, sign: (msg: Uint8Array) => Uint8Array): string {
  return formatCompactJws({ alg: 'EdDSA', kid: h.from, typ: HANDOVER_TYP }, utf8Encode(JSON.stringify(h)), sign);
}

/**
 * The root that signs trust lists now, from the pinned one through the chain of hand-overs: the
 * chain is entered at the hand-over signed by the pinned root (earlier ones are skipped: the
 * verifier pinned a later root), and from there every hand-over must be signed by the root the one
 * before handed over to. Only the end of the chain signs: a root handed over from is retired.
 * @throws WC_TRUST_MALFORMED (unreadable hand-over), WC_TRUST_SIGNATURE_INVALID (a broken link)
 */
export function currentRoot(pinned: Uint8Array, handovers: readonly string[], verify?: Ed25519Verify): Uint8Array {
  if (handovers.length > MAX_HANDOVERS) fail('WC_TRUST_MALFORMED', 'too many root hand-overs');
  let root = pinned;
  let entered = false;
  for (const h of handovers) {
    const parsed = parseCompactJws(h);
    if (parsed.typ !== HANDOVER_TYP) fail('WC_TRUST_MALFORMED', 'hand-over typ');
    const kid = jwkThumbprint(root);
    if (!entered) {
      if (parsed.kid !== kid) continue;
      entered = true;
    }
    if (parsed.kid !== kid) fail('WC_TRUST_SIGNATURE_INVALID', 'the chain of root hand-overs is broken');
    if (!(verify ? verify(root, parsed.signingInput, parsed.signature) : verifyJws(parsed, root)))
      fail('WC_TRUST_SIGNATURE_INVALID', 'root hand-over signature');
    let p: unknown;
    try {
      p = JSON.parse(utf8Decode(parsed.payload));
    } catch {
      return fail('WC_TRUST_MALFORMED', 'hand-over payload is not JSON');
    }
    if (!isObject(p) || p['v'] !== 1 || p['type'] !== 'root-handover' || p['from'] !== kid || typeof p['to'] !== 'string')
      fail('WC_TRUST_MALFORMED', 'hand-over payload');
    parseTime((p as Record<string, unknown>)['issued_at'], 'WC_TRUST_MALFORMED');
    const next = parsePublicJwk((p as Record<string, unknown>)['jwk']);
    if (jwkThumbprint(next) !== (p as Record<string, unknown>)['to']) fail('WC_TRUST_MALFORMED', 'hand-over "to" is not the thumbprint of its key');
    root = next;
  }
  return root;
}
