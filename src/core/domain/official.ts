/** The reference list of official domains (types). The list itself is data: official-reference.ts. */
export type OfficialKind = 'police' | 'europol' | 'interpol' | 'fraud-report' | 'traffic-fine' | 'help' | 'government' | 'issuer';

export interface OfficialDomain {
  domain: string;
  org: string;
  country?: string;
  kind: OfficialKind;
  /** The organisation sends e-mail from this domain. */
  email?: boolean;
  /** Public page that confirms the domain. */
  source: string;
}
