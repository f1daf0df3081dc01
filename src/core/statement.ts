/**
 * Statements (docs/FORMAT.md §4): a compact JWS (EdDSA, kid = RFC 7638 thumbprint) whose payload
 * is a JSON object. A `warning` statement vouches for one message code, by its hash only; a
 * `revocation` statement withdraws one warning (by code hash) or every statement of one key.
 */
import { base64urlDecode, base64urlEncode, hexEncode, utf8Decode, utf8Encode } from './bytes.js';
import { fail } from './errors.js';
import { formatCompactJws, parseCompactJws, type ParsedJws } from './jws.js';
import { formatTime, parseTime } from './time.js';

export const STATEMENT_VERSION = 1;
export const STATEMENT_TYP = 'warncheck-statement';
export const CHANNELS = ['p2p-file'] as const;
export type Channel = (typeof CHANNELS)[number];
/** Longest compact JWS accepted as a statement. */
export const STATEMENT_MAX_JWS = 2048;

export interface WarningStatement {
  v: 1;
  type: 'warning';
  /** base64url SHA-256 of the domain-separated normalized code (code.ts `codeHash`). */
  code_hash: string;
  issuer: string;
  issued_at: string;
  lang: string;
  template: string;
  channel: Channel;
}

export interface RevocationStatement {
  v: 1;
  type: 'revocation';
  issuer: string;
  issued_at: string;
  /** Exactly one of `code_hash` (one warning) or `kid` (every statement of that key). */
  target: { code_hash: string } | { kid: string };
  reason: string;
}

export type Statement = WarningStatement | RevocationStatement;

export interface ParsedStatement {
  jws: string;
  parsed: ParsedJws;
  statement: Statement;
  issuedAtMs: number;
  /** The code hash a warning carries or a code revocation targets, in lowercase hex, the form look-ups use (computed once, at parse). */
  codeHashHex?: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const LANG = /^[a-z]{2,3}(-[A-Z]{2})?$/;
const HASH_B64URL = /^[A-Za-z0-9_-]{43}$/;
const KID = /^[A-Za-z0-9_-]{43}$/;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function onlyKeys(o: Record<string, unknown>, keys: readonly string[]): void {
  for (const k of Object.keys(o)) if (!keys.includes(k)) fail('WC_STATEMENT_MALFORMED', `unknown field ${k}`);
}

function str(o: Record<string, unknown>, k: string, re: RegExp, max = 200): string {
  const v = o[k];
  if (typeof v !== 'string' || v.length > max || !re.test(v)) return fail('WC_STATEMENT_MALFORMED', k);
  return v;
}

function codeHashField(o: Record<string, unknown>): string {
  const h = str(o, 'code_hash', HASH_B64URL);
  if (base64urlDecode(h).length !== 32) fail('WC_STATEMENT_MALFORMED', 'code_hash');
  return h;
}

/** Validate a decoded payload object strictly (unknown fields are errors: formats are frozen). */
export function assertStatement(x: unknown): Statement {
  if (!isObject(x)) return fail('WC_STATEMENT_MALFORMED', 'not an object');
  if (x['v'] !== STATEMENT_VERSION) return fail('WC_STATEMENT_VERSION');
  const issuer = str(x, 'issuer', ID);
  const issued_at = str(x, 'issued_at', /^.+$/);
  parseTime(issued_at, 'WC_STATEMENT_MALFORMED');
  if (x['type'] === 'warning') {
    onlyKeys(x, ['v', 'type', 'code_hash', 'issuer', 'issued_at', 'lang', 'template', 'channel']);
    const channel = x['channel'];
    if (!CHANNELS.includes(channel as Channel)) fail('WC_STATEMENT_MALFORMED', 'channel');
    return {
      v: 1,
      type: 'warning',
      code_hash: codeHashField(x),
      issuer,
      issued_at,
      lang: str(x, 'lang', LANG),
      template: str(x, 'template', ID),
      channel: channel as Channel,
    };
  }
  if (x['type'] === 'revocation') {
    onlyKeys(x, ['v', 'type', 'issuer', 'issued_at', 'target', 'reason']);
    const t = x['target'];
    if (!isObject(t)) return fail('WC_STATEMENT_MALFORMED', 'target');
    let target: RevocationStatement['target'];
    if ('code_hash' in t) {
      onlyKeys(t, ['code_hash']);
      target = { code_hash: codeHashField(t) };
    } else {
      onlyKeys(t, ['kid']);
      target = { kid: str(t, 'kid', KID) };
    }
    const reason = x['reason'];
    if (typeof reason !== 'string' || reason.length === 0 || reason.length > 500) fail('WC_STATEMENT_MALFORMED', 'reason');
    return { v: 1, type: 'revocation', issuer, issued_at, target, reason };
  }
  return fail('WC_STATEMENT_MALFORMED', 'type');
}

/** Parse a compact JWS statement: structure and payload only (no signature check here). */
export function parseStatement(jws: string): ParsedStatement {
  const parsed = parseCompactJws(jws, STATEMENT_MAX_JWS);
  if (parsed.typ !== STATEMENT_TYP) fail('WC_JWS_MALFORMED', 'typ');
  let payload: unknown;
  try {
    payload = JSON.parse(utf8Decode(parsed.payload));
  } catch {
    return fail('WC_STATEMENT_MALFORMED', 'payload is not JSON');
  }
  const statement = assertStatement(payload);
  // assertStatement has checked issued_at with parseTime (canonical): the same instant, not checked twice.
  const r: ParsedStatement = { jws, parsed, statement, issuedAtMs: Date.parse(statement.issued_at) };
  if (statement.type === 'warning') r.codeHashHex = hexEncode(base64urlDecode(statement.code_hash));
  else if ('code_hash' in statement.target) r.codeHashHex = hexEncode(base64urlDecode(statement.target.code_hash));
  return r;
}

/** Serialize and sign a statement. Field order is fixed so equal statements give equal bytes. */
export function formatStatement(s: Statement, kid: string, sign: (msg: Uint8Array) => Uint8Array): string {
  const ordered: Statement = assertStatement(s);
  return formatCompactJws({ alg: 'EdDSA', kid, typ: STATEMENT_TYP }, utf8Encode(JSON.stringify(ordered)), sign);
}

/** Payload bytes for the bulk path, which builds many statements with one template. */
export function warningPayload(codeHash: Uint8Array, issuer: string, issuedAtMs: number, lang: string, template: string): WarningStatement {
  return {
    v: 1,
    type: 'warning',
    code_hash: base64urlEncode(codeHash),
    issuer,
    issued_at: formatTime(issuedAtMs),
    lang,
    template,
    channel: 'p2p-file',
  };
}
