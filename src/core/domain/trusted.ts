/**
 * The official domains a verifier compares addresses with: the trust list's reference list, each
 * issuer's own domains and help services, and the verification site itself (the address printed in warnings is
 * `<site>/#<code>`). Its index is built once per opened trust list and kept in it (`officialIndexOf`):
 * the list is immutable once opened, and the core keeps no state of its own.
 */
import type { TrustListPayload, TrustState } from '../trust.js';
import { officialIndex, type OfficialIndex } from './official-index.js';
import type { OfficialDomain } from './official.js';

/** The index of the trust list's official domains, built on first use and kept in the TrustState. */
export function officialIndexOf(trust: TrustState): OfficialIndex {
  return (trust.derived.official ??= officialIndex(officialDomainsOf(trust.payload)));
}

export function officialDomainsOf(trust: TrustListPayload): readonly OfficialDomain[] {
  const out: OfficialDomain[] = [...trust.official_domains];
  const have = new Set(out.map((d) => d.domain));
  const add = (d: OfficialDomain) => {
    if (!have.has(d.domain)) {
      have.add(d.domain);
      out.push(d);
    }
  };
  for (const i of trust.issuers) {
    for (const domain of i.domains)
      add({ domain: domain.toLowerCase(), org: i.name['en'] ?? Object.values(i.name)[0] ?? i.id, country: i.country, kind: 'issuer', source: 'trust list' });
    // The help services the warnings point to are named by the signed trust list too.
    for (const h of i.help) {
      try {
        add({ domain: new URL(h.url).hostname.toLowerCase().replace(/^www\./, ''), org: h.name, country: i.country, kind: 'help', source: 'trust list' });
      } catch {
        /* not a URL (a phone number, say): nothing to add */
      }
    }
  }
  try {
    add({ domain: new URL(trust.site).hostname.toLowerCase(), org: 'warncheck (this verification service)', kind: 'issuer', source: 'trust list' });
  } catch {
    /* a site that is not a URL adds nothing */
  }
  return out;
}
