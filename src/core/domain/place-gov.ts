/**
 * A government spelt by its place (docs/DOMAINS.md §3 "Places and government words"): phishing
 * kits name the government they imitate by a place and a government word, often with a few junk
 * letters that make each registration unique, and host the page under throwaway names:
 *
 * - `<place>-<gov word>` or `<place><gov word>` as a label (`virginia-govy.icu`, `nhgov.x.vip`):
 *   the place is a US state (name or USPS code) or a country (ISO code);
 * - `<name>.<gov word>-<junk>` (`oklahoma.gov-vpki.cc`, `dot.gov-ufk.us`): the host begins with a
 *   whole `.gov` name that is not where the browser goes (as `ezdrivema.com-pay.top` does with `.com`);
 * - `<US state>.<random letters>.<cheap TLD>` (`nebraska.rxsx.cc`): a state's name as the wildcard
 *   label of a throwaway domain.
 *
 * Bounded: labels of at most 63 characters, a fixed number of splits per label. (Written by hand:
 * the word lists are the project's own, and no library parses these shapes.)
 */
import { GOVERNMENT_CC, GLUED_STATE_CODES, KIT_WORDS, US_STATE_CODES, US_STATE_NAMES } from './words.js';

/** Government words kits glue junk letters to (`govy`, `govae`, `gouvs`); longest first. Not `go`, `gv`, `mil`: too common as word starts. */
const JUNK_GOV_WORDS = ['govt', 'gouv', 'gov', 'gob'] as const;
/** Junk letters after a government word: at most this many. */
const MAX_JUNK = 3;

/** The government word a token is made of, with up to MAX_JUNK junk letters after it (`govy`, `gouvs`), not `govern…`/`gouvern…`/`gobi`-like words (a vowel right after `gob`). */
export function govWithJunk(tok: string): string | null {
  for (const g of JUNK_GOV_WORDS) {
    if (!tok.startsWith(g)) continue;
    const junk = tok.slice(g.length);
    if (junk.length > MAX_JUNK || !/^[a-z]*$/.test(junk) || junk.startsWith('er')) return null;
    if (g === 'gob' && /^[aeiouy]/.test(junk)) return null;
    return g;
  }
  return null;
}

type Place = { kind: 'state' | 'country'; code: string };

/** A US state (name, or USPS code; glued only the codes that are no English prefix) or a country (ISO code a government word takes). */
function placeOf(tok: string, glued: boolean): Place | null {
  if (US_STATE_NAMES.has(tok)) return { kind: 'state', code: tok };
  // A code that is both a country's and a state's (`de`, `ca`, `ga`) is read as the country's, as elsewhere.
  if (GOVERNMENT_CC.has(tok)) return { kind: 'country', code: tok };
  if ((glued ? GLUED_STATE_CODES : US_STATE_CODES).has(tok)) return { kind: 'state', code: tok };
  return null;
}

/** The government a place names: a state's `.gov` portal name, or `gov.<cc>`. */
const governmentOf = (p: Place): string => (p.kind === 'state' ? `${p.code}.gov` : `gov.${p.code}`);

/**
 * A label that names a government by a place and a government word (`virginia-govy`, `ohio-govae`,
 * `nhgov`, `texasgov`, `gov-ohio`), with at most one short junk token after (`ohio-gov-xk`): the
 * government it names (`virginia.gov`, `nh.gov`, `gov.br`), else null.
 */
export function placeGovernmentLabel(label: string): string | null {
  if (label.length > 63) return null;
  const toks = label.split('-');
  if (toks.some((t) => t === '')) return null;
  const [a, b, c] = toks;
  if (toks.length > 3 || a === undefined) return null;
  if (c !== undefined && (c.length > 4 || !/^[a-z0-9]+$/.test(c))) return null;
  if (b !== undefined) {
    const p = placeOf(a, false);
    if (p && govWithJunk(b)) return governmentOf(p);
    const q = placeOf(b, false);
    if (q && q.kind === 'state' && c === undefined && govWithJunk(a) === a) return governmentOf(q);
    return null;
  }
  // Glued: a place, then a government word with its junk (`nhgov`, `virginiagovy`).
  for (let i = 2; i <= Math.min(a.length - 3, 20); i++) {
    const p = placeOf(a.slice(0, i), true);
    if (p && govWithJunk(a.slice(i))) return governmentOf(p);
  }
  return null;
}

/**
 * `<name>.<gov word>-<junk>`: the registrable label starts with a government word and a hyphen, and
 * the label in front names something. The `.gov` name it spells, when the TLD is a cheap one or the
 * rest is throwaway letters or three letters that are no kit word (`gov-ufk.us`); else null
 * (`portal.gov-solutions.com`, `api.gov-data.io`, `my.gov-app.com` are companies').
 */
export function govDashName(front: string, e2ld: string, cheapTld: boolean): string | null {
  const m = /^(gov|govt|gouv|gob)-([a-z0-9-]+)$/.exec(e2ld);
  if (!m || front === 'www' || !/^[a-z0-9-]+$/.test(front) || (front.match(/[a-z]/g)?.length ?? 0) < 2) return null;
  const rest = m[2]!;
  if (!cheapTld && !throwawayLabel(rest) && !(rest.length <= 3 && !KIT_WORDS.has(rest))) return null;
  return `${front}.${m[1]}`;
}

/** Letters no one would read as a name: no vowel (`rxsx`), or letters and digits mixed (`k7q2`). */
export function throwawayLabel(label: string): boolean {
  return /^[a-z0-9]+$/.test(label) && (!/[aeiouy]/.test(label) || (/[0-9]/.test(label) && /[a-z]/.test(label)));
}

/** `<US state name>.<throwaway label>` on a cheap TLD (`nebraska.rxsx.cc`): the state's `.gov` name, else null. */
export function stateOnThrowaway(front: string, e2ld: string, cheapTld: boolean): string | null {
  return cheapTld && US_STATE_NAMES.has(front) && throwawayLabel(e2ld) ? `${front}.gov` : null;
}
