/**
 * Cryptocurrency addresses in a pasted text, with their checksums checked. Covered: what
 * police-impersonation and sextortion mails ask victims to pay to.
 *
 * | chain    | forms                                                        | check                                   |
 * | bitcoin  | `1…` P2PKH (version 0x00), `3…` P2SH (0x05); `bc1q…` v0, `bc1p…` v1+ | Base58Check; BIP-173 / BIP-350    |
 * | litecoin | `L…` P2PKH (0x30), `M…` P2SH (0x32); `ltc1…`                  | Base58Check; BIP-173 / BIP-350          |
 * | ethereum | `0x` + 40 hex (any EVM chain: the same address format)       | EIP-55 mixed case (Keccak-256)          |
 * | tron     | `T…` (0x41), 34 characters                                   | Base58Check                             |
 * | monero   | `4…` standard / `8…` subaddress (95), `4…` integrated (106)  | Keccak-256 checksum, network byte       |
 *
 * Candidates are maximal runs of ASCII letters and digits not touching a letter of another
 * script; each run is classified by prefix and length, and only runs of an address's length are
 * decoded (≤ 106 characters), so the work is linear in the text. A candidate that fails its
 * checksum is returned with `valid: false` so the caller can decide. For the base58 forms a
 * failing candidate is returned only if it looks random (a digit and both letter cases besides
 * the prefix): a 34-letter word starting with `T` is not reported as a broken Tron address.
 * Bech32 and 0x-hex candidates are specific enough to report as they are.
 *
 * Left out: Bitcoin Cash CashAddr, Dogecoin, Solana (plain base58 public keys with no checksum,
 * indistinguishable from random text), testnets.
 */
import type { Span } from '../../verdict.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { utf8Encode } from '../../bytes.js';
import { base58CheckDecode, isBase58Char, moneroBase58Decode, moneroChecksumOk } from './base58.js';
import { BECH32_MAX_LENGTH, decodeSegwitAddress } from './bech32.js';
import { asciiTokens, isDigit, isLower, isUpper } from './chars.js';

export type Chain = 'bitcoin' | 'litecoin' | 'ethereum' | 'tron' | 'monero';
export type AddressFormat = 'p2pkh' | 'p2sh' | 'segwit-v0' | 'segwit-v1+' | 'evm' | 'tron' | 'monero' | 'monero-subaddress' | 'monero-integrated';

export interface CryptoMatch {
  match: string;
  span: Span;
  chain: Chain;
  format: AddressFormat;
  valid: boolean;
  /** Ethereum only: the address carries an EIP-55 case checksum (false: all one case). */
  checksummed?: boolean;
  /** Why a candidate is not valid (a checksum failure, a wrong version byte, …). */
  reason?: string;
}

type Found = Omit<CryptoMatch, 'match' | 'span'>;

const BASE58_VERSIONS: Record<string, { version: number; chain: Chain; format: AddressFormat }> = {
  '1': { version: 0x00, chain: 'bitcoin', format: 'p2pkh' },
  '3': { version: 0x05, chain: 'bitcoin', format: 'p2sh' },
  L: { version: 0x30, chain: 'litecoin', format: 'p2pkh' },
  M: { version: 0x32, chain: 'litecoin', format: 'p2sh' },
  T: { version: 0x41, chain: 'tron', format: 'tron' },
};

const SEGWIT_HRPS: Record<string, Chain> = { bc: 'bitcoin', ltc: 'litecoin' };

/** Monero network bytes (mainnet) by address kind. */
const MONERO = { standard: 0x12, integrated: 0x13, subaddress: 0x2a } as const;

const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/** EIP-55: a hex letter is upper case iff the matching nibble of keccak256(lower-case hex) is ≥ 8. */
export function eip55Valid(hex40: string): { valid: boolean; checksummed: boolean } {
  const lower = hex40.toLowerCase();
  const upper = hex40.toUpperCase();
  if (hex40 === lower || hex40 === upper) return { valid: true, checksummed: false };
  const hash = keccak_256(utf8Encode(lower));
  for (let i = 0; i < 40; i++) {
    const c = hex40.charCodeAt(i);
    if (isDigit(c)) continue;
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 15;
    if (isUpper(c) !== nibble >= 8) return { valid: false, checksummed: true };
  }
  return { valid: true, checksummed: true };
}

function ethereum(run: string): Found | null {
  if (run.length !== 42 || run[0] !== '0' || run[1] !== 'x') return null;
  for (let i = 2; i < 42; i++) if (!isHex(run.charCodeAt(i))) return null;
  const r = eip55Valid(run.slice(2));
  return { chain: 'ethereum', format: 'evm', valid: r.valid, checksummed: r.checksummed, ...(r.valid ? {} : { reason: 'checksum' }) };
}

function segwit(run: string): Found | null {
  const lower = run.toLowerCase();
  const sep = lower.indexOf('1');
  const chain = sep > 0 ? SEGWIT_HRPS[lower.slice(0, sep)] : undefined;
  if (!chain || run.length < 14 || run.length > BECH32_MAX_LENGTH) return null;
  const d = decodeSegwitAddress(lower.slice(0, sep), run);
  if ('error' in d) {
    const format: AddressFormat = lower[sep + 1] === 'q' ? 'segwit-v0' : 'segwit-v1+';
    return { chain, format, valid: false, reason: d.error };
  }
  return { chain, format: d.version === 0 ? 'segwit-v0' : 'segwit-v1+', valid: true };
}

function looksRandom(run: string): boolean {
  let d = false;
  let u = false;
  let l = false;
  for (let i = 1; i < run.length; i++) {
    const c = run.charCodeAt(i);
    d ||= isDigit(c);
    u ||= isUpper(c);
    l ||= isLower(c);
  }
  return d && u && l;
}

function allBase58(run: string): boolean {
  for (let i = 0; i < run.length; i++) if (!isBase58Char(run.charCodeAt(i))) return false;
  return true;
}

function base58check(run: string): Found | null {
  const v = BASE58_VERSIONS[run[0]!];
  if (!v || run.length < 25 || run.length > 35 || (v.chain === 'tron' && run.length !== 34) || !allBase58(run)) return null;
  const d = base58CheckDecode(run);
  let reason: string | undefined;
  if ('error' in d) reason = d.error;
  else if (d.payload.length !== 21) reason = 'length';
  else if (d.payload[0] !== v.version) reason = 'version';
  if (reason && !looksRandom(run)) return null;
  return { chain: v.chain, format: v.format, valid: !reason, ...(reason ? { reason } : {}) };
}

function monero(run: string): Found | null {
  const integrated = run.length === 106;
  if (!(run.length === 95 || integrated) || !(run[0] === '4' || (run[0] === '8' && !integrated)) || !allBase58(run)) return null;
  const format: AddressFormat = integrated ? 'monero-integrated' : run[0] === '8' ? 'monero-subaddress' : 'monero';
  const raw = moneroBase58Decode(run);
  const expected = integrated ? MONERO.integrated : run[0] === '8' ? MONERO.subaddress : MONERO.standard;
  let reason: string | undefined;
  if (!raw) reason = 'character';
  else if (!moneroChecksumOk(raw)) reason = 'checksum';
  else if (raw[0] !== expected) reason = 'version';
  return { chain: 'monero', format, valid: !reason, ...(reason ? { reason } : {}) };
}

/** Runs are 14–106 characters here: the shortest segwit address to an integrated Monero address. */
function classify(run: string): Found | null {
  return ethereum(run) ?? segwit(run) ?? base58check(run) ?? monero(run);
}

/** Every cryptocurrency address candidate in the text, in order, with its span in the text as given. */
export function findCryptoAddresses(text: string): CryptoMatch[] {
  const out: CryptoMatch[] = [];
  const { start, end } = asciiTokens(text);
  for (let k = 0; k < start.length; k++) {
    const i = start[k]!;
    const e = end[k]!;
    const f = e - i >= 14 && e - i <= 106 ? classify(text.slice(i, e)) : null;
    if (f) out.push({ match: text.slice(i, e), span: { start: i, end: e }, ...f });
  }
  return out;
}
