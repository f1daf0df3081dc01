/**
 * From what a person pastes to the host a browser or mail server would actually use.
 *
 * People paste URLs without a scheme, defanged (`hxxps://politiet[.]no`), in angle brackets, with
 * a display name (`"Politiet" <x@y>`), with fullwidth or ideographic dots, and scams hide
 * characters in them (zero-width, bidi overrides, `%2e`, `\`). This module undoes the harmless
 * forms, records every trick it saw as a trap (docs/DOMAINS.md lists them), and then lets WHATWG
 * `URL` parse: the same parser browsers use, so the host we report is the host they would visit.
 * Never a regular expression over the whole input for the URL itself.
 *
 * Limits: input ≤ 2,048 UTF-16 units, host ≤ 253, label ≤ 63 (DNS). Longer input is not parsed;
 * the caller gets an error code, not a guess.
 */
import { parse } from 'tldts';
import { hostToUnicode } from './punycode.js';

export const MAX_INPUT_LENGTH = 2048;
export const MAX_HOST_LENGTH = 253;
export const MAX_LABEL_LENGTH = 63;

export type Trap =
  | 'zero-width'
  | 'bidi-control'
  | 'fullwidth-letters'
  | 'compatibility-characters'
  | 'ideographic-dot'
  | 'fullwidth-dot'
  | 'percent-encoded-host'
  | 'backslash'
  | 'parser-differential'
  | 'userinfo'
  | 'defanged'
  | 'no-scheme'
  | 'trailing-dot'
  | 'display-name'
  | 'ip-host'
  | 'punycode'
  | 'invalid-punycode'
  | 'mixed-script'
  | 'free-mail'
  | 'private-suffix';

/**
 * Traps that make an address *look* different from where it goes. An official host reached
 * through one of them is never reported as plainly official (tests/corpus/README.md: "a finding
 * about unusual characters, never a clean official verdict").
 */
export const DISGUISE_TRAPS: ReadonlySet<Trap> = new Set<Trap>([
  'zero-width',
  'bidi-control',
  'fullwidth-letters',
  'compatibility-characters',
  'ideographic-dot',
  'fullwidth-dot',
  'percent-encoded-host',
  'parser-differential',
]);

export type AddressKind = 'url' | 'email' | 'host';
export type NormalizeError = 'empty' | 'too-long' | 'host-too-long' | 'unparseable' | 'unsupported-scheme';

export interface NormalizedAddress {
  kind: AddressKind;
  /** ASCII host as WHATWG URL gives it (lower case, xn-- for IDN), one trailing dot removed. */
  host: string;
  /** `host` with xn-- labels decoded, for display and confusable checks. */
  hostUnicode: string;
  /** The host as typed (case kept, after cleaning); used to see a capital I standing for l. */
  hostTyped: string;
  /** Registrable domain (PSL, private suffixes included); '' for IPs and bare suffixes. */
  registrable: string;
  publicSuffix: string;
  /** The public suffix comes from the PSL's private section (github.io, pages.dev …). */
  privateSuffix: boolean;
  /** The public suffix is in the PSL's ICANN section (false for unknown TLDs such as .example). */
  icannSuffix: boolean;
  isIp: boolean;
  /** `user:password` before the host, decoded; '' when none. */
  userinfo: string;
  /** URL path, percent-decoded where possible; '' for hosts and e-mail. */
  path: string;
  /** Text after the first '#', as pasted (only invisible characters removed); undefined if none. */
  fragment?: string;
  /** E-mail local part. */
  local?: string;
  /** E-mail display name (`"Politiet" <…>`). */
  displayName?: string;
  /** The host an RFC 3986 parser would take when it differs from WHATWG's (backslash tricks). */
  alternateHost?: string;
  /** How the input reads on screen when it holds a right-to-left override (reversed run). */
  visual?: string;
  traps: Trap[];
}

export type NormalizeResult = { ok: true; address: NormalizedAddress } | { ok: false; error: NormalizeError; traps: Trap[] };

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const RLO = 0x202e;
const PDF = 0x202c;
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const WHATWG_STRIPPED = /[\t\n\r]/g;

/** Defanging markers people paste (`[.]`, `(at)`, …) and what each stands for; extract.ts uses them too. */
export const DEFANG_MARKERS: ReadonlyArray<readonly [string, string]> = [
  ['[://]', '://'],
  ['[:]', ':'],
  ['[.]', '.'],
  ['(.)', '.'],
  ['{.}', '.'],
  ['[dot]', '.'],
  ['(dot)', '.'],
  ['{dot}', '.'],
  ['[@]', '@'],
  ['(@)', '@'],
  ['[at]', '@'],
  ['(at)', '@'],
];
const DEFANGED_SCHEME = /^h(?:xx|\*\*)p(s?)(?=:|\[:)/i;
const SCHEME = /^[a-z][a-z0-9+.-]*$/i;
const OTHER_SCHEMES = new Set([
  'javascript',
  'data',
  'file',
  'ftp',
  'ftps',
  'ws',
  'wss',
  'blob',
  'vbscript',
  'about',
  'tel',
  'sms',
  'intent',
  'chrome',
  'view-source',
  'filesystem',
  'jar',
  'smb',
]);
const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** Remove invisible characters (recording which), and build the on-screen order of RLO runs. */
function stripInvisible(s: string, traps: Set<Trap>): { text: string; visual?: string } {
  let text = '';
  let visual = '';
  let run: string[] | null = null;
  let sawRlo = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (BIDI.has(cp)) {
      traps.add('bidi-control');
      if (cp === RLO) {
        if (run) visual += run.reverse().join('');
        run = [];
        sawRlo = true;
      } else if (cp === PDF && run) {
        visual += run.reverse().join('');
        run = null;
      }
      continue;
    }
    if (IGNORABLE.test(ch)) {
      traps.add('zero-width');
      continue;
    }
    text += ch;
    if (run) run.push(ch);
    else visual += ch;
  }
  if (run) visual += run.reverse().join('');
  return sawRlo ? { text, visual } : { text };
}

/** Case-insensitive literal replacement of ASCII markers, one left-to-right pass (linear). */
function replaceMarkers(s: string, markers: ReadonlyArray<readonly [string, string]>): { text: string; changed: boolean } {
  let out = '';
  let changed = false;
  outer: for (let i = 0; i < s.length;) {
    for (const [from, to] of markers) {
      if (i + from.length <= s.length && s.slice(i, i + from.length).toLowerCase() === from) {
        out += to;
        i += from.length;
        changed = true;
        continue outer;
      }
    }
    out += s[i];
    i++;
  }
  return { text: out, changed };
}

/** Fullwidth and ideographic dots → '.', fullwidth letters and other compatibility forms → NFKC. */
function foldCompatibility(s: string, traps: Set<Trap>): string {
  let out = '';
  for (const ch of s) {
    if (ch === '\u3002' || ch === '\uff61') {
      traps.add('ideographic-dot');
      out += '.';
    } else if (ch === '\uff0e') {
      traps.add('fullwidth-dot');
      out += '.';
    } else {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0xff01 && cp <= 0xff5e) traps.add('fullwidth-letters');
      out += ch;
    }
  }
  const nfkc = out.normalize('NFKC');
  if (nfkc !== out.normalize('NFC') && !traps.has('fullwidth-letters')) traps.add('compatibility-characters');
  return nfkc;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The host part of an authority as typed: after the last '@', without port and trailing dot. */
function typedHostOf(authority: string): string {
  const at = authority.lastIndexOf('@');
  let h = at >= 0 ? authority.slice(at + 1) : authority;
  if (h.startsWith('[')) h = h.slice(0, h.indexOf(']') + 1);
  else if (h.includes(':')) h = h.slice(0, h.indexOf(':'));
  return h;
}

/** WHATWG's view of where the authority ends for http(s): at '/', '\', '?' or '#'. */
function whatwgAuthority(afterScheme: string): string {
  const rest = afterScheme.replace(/^[/\\]*/, '');
  let end = rest.length;
  for (const d of ['/', '\\', '?', '#']) {
    const i = rest.indexOf(d);
    if (i >= 0 && i < end) end = i;
  }
  return rest.slice(0, end);
}

/** RFC 3986's view: the authority follows "//" and ends at '/', '?' or '#'; '\' is an ordinary character. */
function rfc3986Authority(afterScheme: string): string | null {
  if (!afterScheme.startsWith('//')) return null;
  const rest = afterScheme.slice(2);
  let end = rest.length;
  for (const d of ['/', '?', '#']) {
    const i = rest.indexOf(d);
    if (i >= 0 && i < end) end = i;
  }
  return rest.slice(0, end);
}

function asciiHostOf(hostText: string): string | null {
  try {
    const h = new URL(`https://${hostText}/`).hostname;
    return h.endsWith('.') ? h.slice(0, -1) : h;
  } catch {
    return null;
  }
}

/** Defang, clean and parse one pasted address. */
export function normalizeAddress(input: string): NormalizeResult {
  const traps = new Set<Trap>();
  const fail = (error: NormalizeError): NormalizeResult => ({ ok: false, error, traps: [...traps] });
  if (input.length > MAX_INPUT_LENGTH) return fail('too-long');

  let s = input.replace(WHATWG_STRIPPED, '').trim();
  if (!s) return fail('empty');

  // Invisible characters first: they can hide inside every later marker.
  const inv = stripInvisible(s, traps);
  s = inv.text.trim();

  // `"Display name" <address>` and `<address>` (but not `https://x/<y>`, a URL holding brackets).
  let displayName: string | undefined;
  const lt = s.lastIndexOf('<');
  if (s.endsWith('>') && lt >= 0 && !s.slice(0, lt).includes('://') && !/[/\\=]\s*$/.test(s.slice(0, lt))) {
    const before = s
      .slice(0, lt)
      .trim()
      .replace(/^["'“”]+|["'“”]+$/g, '')
      .trim();
    if (before) {
      displayName = before;
      traps.add('display-name');
    }
    s = s.slice(lt + 1, -1).trim();
  }
  if (!s) return fail('empty');
  const hashAt = s.indexOf('#');
  const rawFragment = hashAt >= 0 ? s.slice(hashAt + 1) : undefined;

  // Defanging.
  const scheme = DEFANGED_SCHEME.exec(s);
  if (scheme) {
    s = `http${scheme[1]}${s.slice(scheme[0].length)}`;
    traps.add('defanged');
  }
  const markers = replaceMarkers(s, DEFANG_MARKERS);
  if (markers.changed) traps.add('defanged');
  s = foldCompatibility(markers.text, traps);
  if (s.includes('\\')) traps.add('backslash');

  // Scheme, e-mail or bare host.
  const colon = s.indexOf(':');
  const schemeText = colon > 0 ? s.slice(0, colon) : '';
  let kind: AddressKind;
  let afterScheme: string;
  if (
    SCHEME.test(schemeText) &&
    !schemeText.includes('.') &&
    (['http', 'https', 'mailto'].includes(schemeText.toLowerCase()) || OTHER_SCHEMES.has(schemeText.toLowerCase()))
  ) {
    const sch = schemeText.toLowerCase();
    if (sch === 'mailto') {
      const addr = s.slice(colon + 1).split('?')[0]!;
      return normalizeEmail(addr, traps, displayName);
    }
    if (sch !== 'http' && sch !== 'https') return fail('unsupported-scheme');
    kind = 'url';
    afterScheme = s.slice(colon + 1);
  } else {
    const at = s.lastIndexOf('@');
    const head = at >= 0 ? s.slice(0, at) : '';
    const tail = at >= 0 ? s.slice(at + 1) : '';
    if (at > 0 && !/[/\\?#:]/.test(head) && !/[/\\?#:]/.test(tail)) return normalizeEmail(s, traps, displayName);
    kind = /[/\\?#]/.test(s) || at >= 0 ? 'url' : 'host';
    traps.add('no-scheme');
    afterScheme = `//${s}`;
    s = `https://${s}`;
  }

  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return fail('unparseable');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('unsupported-scheme');

  const authority = whatwgAuthority(afterScheme);
  const typed = typedHostOf(authority);
  if (typed.includes('%')) traps.add('percent-encoded-host');

  let alternateHost: string | undefined;
  const rfc = rfc3986Authority(afterScheme);
  if (rfc !== null && rfc.includes('\\') && rfc.includes('@')) {
    const alt = asciiHostOf(typedHostOf(rfc).toLowerCase());
    if (alt && alt !== url.hostname.replace(/\.$/, '')) {
      alternateHost = alt;
      traps.add('parser-differential');
    }
  }

  const userinfo = url.username || url.password ? safeDecode(url.username) + (url.password ? `:${safeDecode(url.password)}` : '') : '';
  if (userinfo) traps.add('userinfo');

  const host = finishHost(url.hostname, safeDecode(typed), traps);
  if (!host.ok) return fail(host.error);
  const address: NormalizedAddress = {
    kind,
    ...host.parts,
    userinfo,
    path: kind === 'url' ? safeDecode(url.pathname) : '',
    traps: [],
  };
  if (kind === 'url' && rawFragment !== undefined) address.fragment = rawFragment;
  if (displayName !== undefined) address.displayName = displayName;
  if (alternateHost !== undefined) address.alternateHost = alternateHost;
  if (inv.visual !== undefined) address.visual = inv.visual;
  address.traps = [...traps];
  return { ok: true, address };
}

function normalizeEmail(addr: string, traps: Set<Trap>, displayName: string | undefined): NormalizeResult {
  const fail = (error: NormalizeError): NormalizeResult => ({ ok: false, error, traps: [...traps] });
  const at = addr.lastIndexOf('@');
  const local = addr
    .slice(0, at)
    .trim()
    .replace(/^"(.*)"$/, '$1');
  const domain = addr.slice(at + 1).trim();
  if (at <= 0 || !local || !domain) return fail('unparseable');
  if (domain.includes('%')) traps.add('percent-encoded-host');
  let url: URL;
  try {
    url = new URL(`https://${domain}/`);
  } catch {
    return fail('unparseable');
  }
  if (url.username || url.password || url.port || url.pathname !== '/' || url.search || url.hash) return fail('unparseable');
  const host = finishHost(url.hostname, safeDecode(domain), traps);
  if (!host.ok) return fail(host.error);
  const address: NormalizedAddress = { kind: 'email', ...host.parts, userinfo: '', path: '', local, traps: [...traps] };
  if (displayName !== undefined) address.displayName = displayName;
  return { ok: true, address };
}

type HostParts = Pick<NormalizedAddress, 'host' | 'hostUnicode' | 'hostTyped' | 'registrable' | 'publicSuffix' | 'privateSuffix' | 'icannSuffix' | 'isIp'>;

/** Trailing dot, length limits, IP, PSL and Unicode form of a WHATWG hostname. */
function finishHost(hostname: string, typed: string, traps: Set<Trap>): { ok: true; parts: HostParts } | { ok: false; error: NormalizeError } {
  let host = hostname;
  if (host.endsWith('.')) {
    host = host.slice(0, -1);
    traps.add('trailing-dot');
  }
  if (!host || host.endsWith('.') || host.startsWith('.') || host.includes('..')) return { ok: false, error: 'unparseable' };
  if (host.length > MAX_HOST_LENGTH || host.split('.').some((l) => l.length > MAX_LABEL_LENGTH)) return { ok: false, error: 'host-too-long' };

  const isIp = host.startsWith('[') || IPV4.test(host);
  if (isIp) {
    traps.add('ip-host');
    return { ok: true, parts: { host, hostUnicode: host, hostTyped: host, registrable: '', publicSuffix: '', privateSuffix: false, icannSuffix: false, isIp } };
  }
  const psl = parse(host, { allowPrivateDomains: true, extractHostname: false });
  const { unicode, invalid } = hostToUnicode(host);
  if (invalid.length) traps.add('invalid-punycode');
  let hostTyped = typed.replace(/\.$/, '');
  if (/xn--/i.test(hostTyped)) traps.add('punycode');
  // Keep the typed form only if it is the same host (it can differ after percent-decoding tricks).
  if (asciiHostOf(hostTyped.toLowerCase()) !== host) hostTyped = unicode;
  return {
    ok: true,
    parts: {
      host,
      hostUnicode: unicode,
      hostTyped,
      registrable: psl.domain ?? '',
      publicSuffix: psl.publicSuffix ?? '',
      privateSuffix: psl.isPrivate === true,
      icannSuffix: psl.isIcann === true,
      isIp: false,
    },
  };
}
