/**
 * The reference list of official domains that scammers imitate (data; each entry cites a public
 * source). Shipped in the demo trust list.
 */
import type { OfficialDomain } from './official.js';

export const OFFICIAL_DOMAINS: OfficialDomain[] = [
  { domain: 'politiet.no', org: 'Norwegian Police (Politiet)', country: 'NO', kind: 'police', email: true, source: 'https://www.politiet.no/en/' },
  { domain: 'polisen.se', org: 'Swedish Police Authority', country: 'SE', kind: 'police', email: true, source: 'https://polisen.se/' },
  { domain: 'poliisi.fi', org: 'Police of Finland', country: 'FI', kind: 'police', email: true, source: 'https://poliisi.fi/' },
  { domain: 'politie.nl', org: 'Netherlands Police', country: 'NL', kind: 'police', email: true, source: 'https://www.politie.nl/' },
  { domain: 'europol.europa.eu', org: 'Europol', kind: 'europol', email: true, source: 'https://www.europol.europa.eu/' },
  { domain: 'interpol.int', org: 'Interpol', kind: 'interpol', email: true, source: 'https://www.interpol.int/' },
  { domain: 'detfinneshjelp.no', org: 'Det finnes hjelp', country: 'NO', kind: 'help', source: 'https://detfinneshjelp.no/' },
  { domain: 'preventell.se', org: 'PrevenTell', country: 'SE', kind: 'help', source: 'https://preventell.se/' },
  { domain: 'mielenterveystalo.fi', org: 'Mielenterveystalo', country: 'FI', kind: 'help', source: 'https://www.mielenterveystalo.fi/' },
  { domain: 'stopitnow.nl', org: 'Stop it Now! Nederland', country: 'NL', kind: 'help', source: 'https://stopitnow.nl/' },
  { domain: 'troubled-desire.com', org: 'Troubled Desire', kind: 'help', source: 'https://troubled-desire.com/' },
  { domain: 'helplinks.eu', org: 'helplinks.eu', kind: 'help', source: 'https://www.europol.europa.eu/media-press/newsroom/news/police2peer-targeting-file-sharers-of-child-sexual-abuse-material' },
  { domain: 'fraudehelpdesk.nl', org: 'Fraudehelpdesk', country: 'NL', kind: 'fraud-report', source: 'https://www.fraudehelpdesk.nl/' },
];
