/**
 * Lookup tables over one official-domain list. The core keeps no state: whoever holds the list
 * keeps its index (the trust list's own, TrustState.derived via trusted.ts; a caller classifying
 * many addresses against another list builds one and passes it), so a new trust list gets new
 * tables and an old one is garbage-collected with its list.
 *
 * Everything is kept in three "forms", because a lookalike is found by comparing like with like:
 * - plain: the domain as listed;
 * - skeleton: its UTS #39 skeleton (skeleton.ts), to meet homoglyphs;
 * - loose: the skeleton with digit and letter-pair swaps folded (0/o, 1/l/i, 5/s, 3/e, vv/w …).
 *
 * The word rules (which labels may claim an organisation on their own) are in words.ts; why each
 * table exists is in docs/DOMAINS.md.
 */
import { parse } from 'tldts';
import type { Word } from './brand.js';
import type { OfficialDomain } from './official.js';
import { skeleton } from './skeleton.js';
import { REGISTRY_COMMON_LABELS } from './data/registry.js';
import { CLAIM_WORDS, COMMON_LABELS, GOV_WORDS, UMBRELLA_WORDS, WEAK_POLICE_WORDS } from './words.js';

export type Form = 'plain' | 'skeleton' | 'loose';
export const FORMS: readonly Form[] = ['plain', 'skeleton', 'loose'];

/** Shortest organisation label that may claim an organisation in a combosquat token (`cjib-…`). */
export const MIN_CLAIM_LABEL = 4;
/** Shortest organisation label for TLD swaps and edit distance (Chromium's e2LD minimum is 5). */
export const MIN_STRONG_LABEL = 5;
/** Shortest organisation label whose one-edit neighbours under another suffix read lookalike. */
export const LONG_ORG = 9;
/** Shortest joined domain for no-separator embedding (`politietno`) and long-label substrings. */
export const MIN_JOINED = 8;

const LOOSE: Record<string, string> = {
  '1': 'l',
  i: 'l',
  '|': 'l',
  '0': 'o',
  '5': 's',
  '3': 'e',
  '4': 'a',
  '7': 't',
  '8': 'b',
  '6': 'b',
  '9': 'g',
  q: 'g',
  '2': 'z',
};

/** Digits and look-alike letters folded to one letter each; `vv` → `w`. Applied to skeletons. */
export function loosen(s: string): string {
  let out = '';
  for (const c of s) out += LOOSE[c] ?? c;
  return out.split('vv').join('w');
}

export function inForm(s: string, form: Form): string {
  if (form === 'plain') return s;
  const sk = skeleton(s);
  return form === 'skeleton' ? sk : loosen(sk);
}

export interface Token {
  text: string;
  /** Separator before this token ('' for the first). */
  sep: '' | '.' | '-';
  /** Index of the DNS label the token is in. */
  label: number;
}

/** Split a host on '.' and '-', keeping which separator came before each token. */
export function tokenize(host: string): Token[] {
  const out: Token[] = [];
  host.split('.').forEach((label, li) => {
    label.split('-').forEach((text, ti) => {
      if (text) out.push({ text, sep: out.length === 0 ? '' : ti === 0 ? '.' : '-', label: li });
    });
  });
  return out;
}

export interface FormView {
  domain: string;
  tokens: Token[];
  /** Labels before the public suffix, joined with '.' ('' for police.uk, which is a suffix). */
  name: string;
  /** The organisation's own label: the first name label. */
  org: string;
}

export interface IndexedOfficial {
  entry: OfficialDomain;
  order: number;
  domain: string;
  /** Public suffix (plain). */
  suffix: string;
  /** Number of labels in `name`. */
  nameLabels: number;
  forms: Record<Form, FormView>;
  /** The org label names the organisation by itself (TLD swaps, edit distance). */
  strong: boolean;
  /** The org label may claim the organisation as one token of a longer name (combosquats). */
  claimable: boolean;
  /** A name token other than government, umbrella and weak police words (hyphen embedding). */
  specific: boolean;
  /** The org label is the word for "police" in some language (politiet, policie …). */
  policeWord: boolean;
}

export interface OfficialIndex {
  entries: IndexedOfficial[];
  byDomain: Record<Form, Map<string, IndexedOfficial[]>>;
  byFirstToken: Record<Form, Map<string, IndexedOfficial[]>>;
  /** Strong entries by org label, and the entries of brand words that stand alone (kripos). */
  byOrg: Record<Form, Map<string, IndexedOfficial[]>>;
  /** Tokens that claim an organisation in a domain name: claimable org labels and brand words. */
  claims: Record<Form, Map<string, IndexedOfficial[]>>;
  /** Tokens that claim an organisation in a local part, display name or IP path (adds generic words). */
  localClaims: Map<string, IndexedOfficial[]>;
  /** Words for "police" (generic claim words), per form: alone they do not claim a foreign ccTLD. */
  policeWords: Record<Form, Set<string>>;
  /** Entries by plain public suffix, for edit distance. */
  bySuffix: Map<string, IndexedOfficial[]>;
  /**
   * Strong entries whose org label has at least LONG_ORG characters, per form, under every length
   * within one of that label's (in list order): the one-edit check under another suffix reads one
   * list instead of every entry (it was ~40 % of classifying a distinct address).
   */
  longOrgs: Record<Form, Map<number, IndexedOfficial[]>>;
  /** Domain without separators (`politietno`), per form. */
  joined: Record<Form, Array<[string, IndexedOfficial]>>;
  /** The same, by their first MIN_JOINED characters: a token is looked up once per position, not searched for every entry. */
  joinedAt: Record<Form, Map<string, Array<[string, IndexedOfficial]>>>;
  /** Strong org labels of at least MIN_JOINED characters and brand words, found inside a joined local part (`guardiaciviloficial`). */
  longClaims: Array<[string, IndexedOfficial]>;
  /** Brand words that count glued to any word (words.ts `affix`). */
  affixAny: Set<string>;
  /** Tables brand.ts derives from this index on first use (kept with the index, not in a module). */
  derived: {
    joined?: Map<string, IndexedOfficial[]>;
    words?: Word[];
    wordAt?: Map<string, number[]>;
    short?: Map<string, IndexedOfficial[]>;
    typo?: Map<string, Array<[string, IndexedOfficial[]]>>;
    support?: Map<IndexedOfficial, ReadonlySet<string>>;
  };
}

const POLICE_WORDS: ReadonlySet<string> = new Set(CLAIM_WORDS.filter((w) => w.generic).map((w) => w.word));

function perForm<T>(make: () => T): Record<Form, T> {
  return { plain: make(), skeleton: make(), loose: make() };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}

export function isGenericToken(t: string): boolean {
  return GOV_WORDS.has(t) || UMBRELLA_WORDS.has(t) || WEAK_POLICE_WORDS.has(t);
}

/** The index of `list` (built now: ~10 ms for the reference list), or `list` itself when it already is one. */
export function officialIndex(listOrIndex: readonly OfficialDomain[] | OfficialIndex): OfficialIndex {
  if ('byDomain' in listOrIndex) return listOrIndex;
  const list: readonly OfficialDomain[] = listOrIndex;
  const index: OfficialIndex = {
    entries: [],
    byDomain: perForm(() => new Map()),
    byFirstToken: perForm(() => new Map()),
    byOrg: perForm(() => new Map()),
    claims: perForm(() => new Map()),
    localClaims: new Map(),
    policeWords: perForm(() => new Set()),
    bySuffix: new Map(),
    longOrgs: perForm(() => new Map()),
    joined: perForm(() => []),
    joinedAt: perForm(() => new Map()),
    longClaims: [],
    affixAny: new Set(),
    derived: {},
  };
  list.forEach((entry, order) => {
    const domain = entry.domain.toLowerCase().replace(/\.$/, '');
    const psl = parse(domain, { allowPrivateDomains: true, extractHostname: false });
    const suffix = psl.publicSuffix ?? '';
    const labels = domain.split('.');
    const nameLabels = suffix === domain ? 0 : labels.length - suffix.split('.').length;
    const org = nameLabels > 0 ? labels[0]! : '';
    const nameTokens = labels.slice(0, nameLabels).flatMap((l) => l.split('-'));
    const forms = perForm<FormView>(() => ({ domain: '', tokens: [], name: '', org: '' }));
    for (const form of FORMS) {
      const d = inForm(domain, form);
      const dl = d.split('.');
      forms[form] = { domain: d, tokens: tokenize(d), name: dl.slice(0, nameLabels).join('.'), org: nameLabels > 0 ? dl[0]! : '' };
    }
    const common = COMMON_LABELS.has(org) || REGISTRY_COMMON_LABELS.has(org);
    const ie: IndexedOfficial = {
      entry,
      order,
      domain,
      suffix,
      nameLabels,
      forms,
      strong: org.length >= MIN_STRONG_LABEL && !common,
      claimable: org.length >= MIN_CLAIM_LABEL && !common && !org.includes('-'),
      specific: nameTokens.some((t) => t.length >= 3 && !isGenericToken(t)),
      policeWord: POLICE_WORDS.has(org),
    };
    index.entries.push(ie);
    push(index.bySuffix, suffix, ie);
    for (const form of FORMS) {
      const f = forms[form];
      push(index.byDomain[form], f.domain, ie);
      if (f.tokens.length) push(index.byFirstToken[form], f.tokens[0]!.text, ie);
      if (ie.strong) push(index.byOrg[form], f.org, ie);
      if (ie.claimable) push(index.claims[form], f.org, ie);
      if (ie.strong && f.org.length >= LONG_ORG) for (let d = -1; d <= 1; d++) push(index.longOrgs[form], f.org.length + d, ie);
      const joined = f.domain.replace(/[.-]/g, '');
      if (joined.length >= MIN_JOINED) {
        index.joined[form].push([joined, ie]);
        push(index.joinedAt[form], joined.slice(0, MIN_JOINED), [joined, ie] as [string, IndexedOfficial]);
      }
    }
    if (ie.claimable) push(index.localClaims, org, ie);
    if (ie.strong && org.length >= MIN_JOINED && !org.includes('-')) index.longClaims.push([org, ie]);
  });
  for (const w of CLAIM_WORDS) {
    if (w.generic) for (const form of FORMS) index.policeWords[form].add(inForm(w.word, form));
    if (w.affix) index.affixAny.add(w.word);
    const targets = w.domains.flatMap((d) => index.byDomain.plain.get(d) ?? []);
    for (const t of targets) {
      push(index.localClaims, w.word, t);
      if (w.generic) continue;
      for (const form of FORMS) {
        push(index.claims[form], inForm(w.word, form), t);
        if (w.alone) push(index.byOrg[form], inForm(w.word, form), t);
      }
      if (w.word.length >= 6) index.longClaims.push([w.word, t]);
    }
  }
  return index;
}

/** Context that decides which of several matching entries a lookalike imitates. */
export interface RankContext {
  /** Country of the candidate's ccTLD (ISO 3166 alpha-2, 'GB' for .uk), if any. */
  country?: string;
  email: boolean;
}

/** Best entry: same country as the candidate's TLD, then (for e-mail) one that sends mail, then list order. */
export function pickEntry(entries: readonly IndexedOfficial[], ctx: RankContext): IndexedOfficial {
  let best = entries[0]!;
  const score = (e: IndexedOfficial): number => (ctx.country && e.entry.country === ctx.country ? 4 : 0) + (ctx.email && e.entry.email ? 2 : 0);
  for (const e of entries) if (score(e) > score(best) || (score(e) === score(best) && e.order < best.order)) best = e;
  return best;
}
