/**
 * The registry of public bodies that phishing imitates, by whole category, beyond the European
 * police and the EU/EEA tax, customs and e-government bodies of official-authorities.ts (issue 11,
 * point 3). Data only: official-authorities.ts adds every entry to the reference list (so each reads
 * `official`), words.ts takes each entry's `words` as brand words, and brand.ts decides when a
 * word claims the body (docs/DOMAINS.md §3 "Registry by category").
 *
 * Where each category's list of members comes from (the list was enumerated from it, not from the
 * addresses any corpus happens to show); each entry's `source` is the body's own site, which
 * names it and is where the domain was confirmed, unless `source` says otherwise:
 *
 * - US toll agencies: the E-ZPass Group's own page of its members
 *   (https://www.e-zpass.net/about-us, founding members) and the list of the other US toll
 *   systems in "Toll roads in the United States" (Wikipedia; mirror read:
 *   https://wikisum.wiki/wiki/Toll_roads_in_the_United_States: E-ZPass, FasTrak, SunPass, K-TAG,
 *   Pikepass, TxTag, EZ TAG, TollTag, GeauxPass, Peach Pass), with the agency site of each.
 * - US state motor-vehicle agencies (DMV, MVD, BMV, RMV): USA.gov's list of state motor vehicle
 *   services (https://www.usa.gov/state-motor-vehicle-services), one per state where the agency
 *   has a host of its own; states whose agency is a path of the state portal are left out (the
 *   portal is not the agency).
 * - US federal agencies that phishing imitates (tax, customs, immigration, social security, courts,
 *   federal police): USA.gov's index of federal agencies (https://www.usa.gov/agency-index).
 * - Canada, Australia: the federal department lists (https://www.canada.ca/en/government/dept.html,
 *   https://www.directory.gov.au/) for tax, police and the citizen portals, and the toll roads
 *   (Ontario's 407 ETR, Transurban's Linkt) and provincial licensing bodies the provinces name.
 * - Brazil, Russia, India, Türkiye, Mexico: each federal government's portal (gov.br, gosuslugi.ru,
 *   india.gov.in, turkiye.gov.tr, gob.mx) and the tax, traffic-police, vehicle-registration and
 *   identity bodies it links. Japan, Indonesia, the Philippines, Singapore, Malaysia, the UAE,
 *   Saudi Arabia, South Africa, Nigeria: the national tax administration, police, e-government
 *   login and road-transport (licence, fine, toll) bodies each government's portal names.
 * - EU/EEA road tolls and vignettes: the countries that charge a vignette or a distance toll for
 *   cars (https://nakordoni.eu/fr/for_car_drivers/vignettes: AT CZ SK HU SI CH RO BG, HU-GO,
 *   myto.sk, e-TOLL) and the distance-toll countries' operators (https://www.fanvan.at/en/news/campen-maut-vignette/:
 *   FR IT ES PT IE HR NO PL GR …), each operator's or state's own site.
 * - Vehicle registration and driving licences not in official-authorities.ts: the UK's DVLA and
 *   Transport for London (congestion charge and PCN notices), Italy's ACI (PRA register); the UK's
 *   TV Licensing (a statutory licence fee that refund SMS imitate).
 * - EU/EEA digital-identity and government logins not in official-authorities.ts: the login each
 *   country's e-government portal (official-authorities.ts, official-reference.ts) sends its users
 *   to (itsme and CSAM, ID-porten, Smart-ID, mObywatel and Profil Zaufany, KAÜ, Autenticação.gov,
 *   Cl@ve, Ariadni, servizz.gov). Bank-run schemes (BankID) are left out: they are the banks'.
 * - Prosecution services and supreme courts of EU/EEA states not in official-reference.ts, checked
 *   against each state's justice portal (Belgium, Iceland; France's and Germany's top courts).
 * - EU/EEA tax administrations' e-services and customs services: the European Commission's list of
 *   national tax and customs administrations (taxation-customs.ec.europa.eu, "Tax administration"
 *   and the national customs websites it links), walked country by country over the 30 EU/EEA
 *   states; the names of each administration's online portal (DGFiP, Fisconline, ELSTER, Tax-on-web,
 *   TastSelv, OmaVero, eSZJA, eDavki, ePorezna, MOJE daně, Mano VMI, Twój e-PIT, e-Urząd Skarbowy,
 *   SPV) are those its own home page gives (from knowledge, each domain confirmed on the body's site).
 * - Traffic-fine portals and vehicle and driving-licence registers: each EU/EEA state's transport
 *   ministry or police page for paying a fine and registering a vehicle (from knowledge, walked
 *   country by country; only bodies with a host of their own and a confirmed domain are listed).
 * - National e-ID and government logins: the eIDAS notified schemes and the national portals'
 *   login pages (the European Commission's "eID user community" overview, from knowledge), one
 *   or more per state where the login has a host or name of its own.
 * - Bailiffs, courts and ministries: the European e-Justice Portal's pages "Finding a bailiff" and
 *   "National justice systems" (e-justice.europa.eu), per state (from knowledge; a chamber whose
 *   domain could not be confirmed is left out: Lithuania, Latvia, Bulgaria, Belgium, Portugal).
 * - Police and anti-fraud bodies: Europol's list of EU/EEA and partner law-enforcement agencies
 *   and each state's fraud-reporting page (from knowledge), for the national and federal bodies
 *   not already in official-reference.ts.
 * - European countries outside the EU/EEA (Western Balkans, Ukraine, Moldova, Türkiye): each
 *   government's portal and the police, tax, toll and e-government bodies it links (from
 *   knowledge). Australia's states and New Zealand: the state and national government directories
 *   (from knowledge).
 * - National postal operators are left out: the corpus counts couriers as out of scope.
 *
 * `listed` entries name a body that official-authorities.ts already lists (they add its names only);
 * `common` entries have a label that is an ordinary word elsewhere (it reads official, claims nothing).
 *
 * `words`: names of the body that are not its domain's first label (`goodtogo` for
 * mygoodtogo.com, `detran` for each state's DETRAN); words of 3 or 4 letters claim only with
 * support (brand.ts `shortBrandInLabel`). Every domain here was checked not to be in
 * official-reference.ts already.
 */
import type { AuthorityTheme } from '../official-authorities.js';

export interface RegistryEntry {
  domain: string;
  org: string;
  country: string;
  theme: AuthorityTheme;
  /** Names of the body besides its domain's first label (lower case, ASCII). */
  words?: readonly string[];
  /** Page that confirms the domain (default: the body's own home page). */
  source?: string;
  /**
   * The body is already on the reference list (official-authorities.ts, same domain and theme):
   * this entry only adds its other names (`dgfip` for impots.gouv.fr), it is not listed twice.
   */
  listed?: true;
  /**
   * The domain's first label is an ordinary word or name elsewhere (Latvian `tiesas` = courts,
   * Spanish `sismo` = earthquake): the domain reads official, but its label alone claims nothing
   * (REGISTRY_COMMON_LABELS, read by official-index.ts like words.ts COMMON_LABELS).
   */
  common?: true;
}

const e = (domain: string, org: string, country: string, theme: AuthorityTheme, words?: readonly string[], source?: string): RegistryEntry => ({
  domain,
  org,
  country,
  theme,
  ...(words ? { words } : {}),
  ...(source ? { source } : {}),
});
/** Other names of a body already on the reference list (see `listed`). */
const names = (domain: string, org: string, country: string, theme: AuthorityTheme, words: readonly string[]): RegistryEntry => ({
  ...e(domain, org, country, theme, words),
  listed: true,
});
/** A body whose domain label is an ordinary word (see `common`). */
const c = (domain: string, org: string, country: string, theme: AuthorityTheme, words?: readonly string[], source?: string): RegistryEntry => ({
  ...e(domain, org, country, theme, words, source),
  common: true,
});

export const REGISTRY: readonly RegistryEntry[] = [
  // ── US toll agencies: the E-ZPass Group's members ──────────────────────────────────────────
  e('ezpassnh.com', 'E-ZPass New Hampshire (NH DOT)', 'US', 'toll'),
  e('maineturnpike.com', 'Maine Turnpike Authority (E-ZPass Maine)', 'US', 'toll'),
  e('njta.com', 'New Jersey Turnpike Authority (E-ZPass NJ)', 'US', 'toll'),
  e('panynj.gov', 'Port Authority of New York and New Jersey', 'US', 'toll'),
  e('mta.info', 'MTA Bridges and Tunnels (New York)', 'US', 'toll'),
  e('thruway.ny.gov', 'New York State Thruway Authority', 'US', 'toll', ['nysthruway'], 'https://www.thruway.ny.gov/'),
  e('tollsbymailny.com', 'Tolls by Mail New York (NYS Thruway, MTA, Port Authority)', 'US', 'toll', ['tollsbymail']),
  e('sjta.com', 'South Jersey Transportation Authority (Atlantic City Expressway)', 'US', 'toll'),
  e('drpa.org', 'Delaware River Port Authority', 'US', 'toll'),
  e('drjtbc.org', 'Delaware River Joint Toll Bridge Commission', 'US', 'toll'),
  e('drba.net', 'Delaware River and Bay Authority', 'US', 'toll'),
  e('bcbridges.org', 'Burlington County Bridge Commission', 'US', 'toll'),
  e('mdta.maryland.gov', 'Maryland Transportation Authority', 'US', 'toll', ['mdta'], 'https://mdta.maryland.gov/'),
  e('virginiadot.org', 'Virginia Department of Transportation (VDOT)', 'US', 'transport', ['vdot']),
  e('cbbt.com', 'Chesapeake Bay Bridge-Tunnel', 'US', 'toll'),
  e('erctolls.com', 'Elizabeth River Crossings (Virginia)', 'US', 'toll'),
  e('dullesgreenway.com', 'Dulles Greenway (Virginia)', 'US', 'toll'),
  e('mwaa.com', 'Metropolitan Washington Airports Authority (Dulles Toll Road)', 'US', 'toll'),
  e('expresslanes.com', '95, 395 and 495 Express Lanes (Virginia)', 'US', 'toll'),
  e('ritba.org', 'Rhode Island Turnpike and Bridge Authority', 'US', 'toll'),
  e('illinoistollway.com', 'Illinois Tollway (I-PASS)', 'US', 'toll'),
  e('riverlink.com', 'RiverLink (Kentucky and Indiana bridges)', 'US', 'toll'),
  e('ksturnpike.com', 'Kansas Turnpike Authority (K-TAG)', 'US', 'toll', ['ktag']),
  e('floridasturnpike.com', "Florida's Turnpike Enterprise", 'US', 'toll'),
  e('mackinacbridge.org', 'Mackinac Bridge Authority (Michigan)', 'US', 'toll'),
  // ── US toll systems outside the E-ZPass Group ─────────────────────────────────────────────────
  e('sunpass.com', 'SunPass (Florida Department of Transportation)', 'US', 'toll'),
  e('txtag.org', 'TxTag (Texas Department of Transportation)', 'US', 'toll'),
  e('ntta.org', 'North Texas Tollway Authority (TollTag)', 'US', 'toll', ['tolltag']),
  e('hctra.org', 'Harris County Toll Road Authority (EZ TAG, Texas)', 'US', 'toll', ['eztag']),
  e('pikepass.com', 'Oklahoma Turnpike Authority (PikePass)', 'US', 'toll'),
  e('peachpass.com', 'Peach Pass (State Road and Tollway Authority, Georgia)', 'US', 'toll'),
  e('geauxpass.com', 'GeauxPass (Louisiana)', 'US', 'toll'),
  e('bayareafastrak.org', 'FasTrak (Bay Area Toll Authority, California)', 'US', 'toll', ['fastrak']),
  e('thetollroads.com', 'The Toll Roads (Transportation Corridor Agencies, California)', 'US', 'toll'),
  e('91expresslanes.com', '91 Express Lanes (Orange County Transportation Authority, California)', 'US', 'toll'),
  e('mygoodtogo.com', 'Good To Go (Washington State DOT tolling)', 'US', 'toll'),
  e('wsdot.wa.gov', 'Washington State Department of Transportation', 'US', 'transport', ['wsdot'], 'https://wsdot.wa.gov/'),
  e('expresstoll.com', 'ExpressToll (E-470, Colorado)', 'US', 'toll'),
  e('autoexpreso.com', 'AutoExpreso (Puerto Rico)', 'US', 'toll'),
  // ── US state motor-vehicle agencies ────────────────────────────────────────────────────────
  e('dmv.ca.gov', 'California Department of Motor Vehicles', 'US', 'transport', undefined, 'https://www.dmv.ca.gov/'),
  e('flhsmv.gov', 'Florida Highway Safety and Motor Vehicles (FLHSMV)', 'US', 'transport'),
  e('txdmv.gov', 'Texas Department of Motor Vehicles', 'US', 'transport'),
  e('dmv.ny.gov', 'New York State DMV', 'US', 'transport', undefined, 'https://dmv.ny.gov/'),
  e('dmv.pa.gov', 'PennDOT Driver and Vehicle Services (Pennsylvania)', 'US', 'transport', ['penndot'], 'https://www.dmv.pa.gov/'),
  e('dmv.virginia.gov', 'Virginia DMV', 'US', 'transport', undefined, 'https://www.dmv.virginia.gov/'),
  e('dmv.colorado.gov', 'Colorado Division of Motor Vehicles', 'US', 'transport', undefined, 'https://dmv.colorado.gov/'),
  e('dmv.nv.gov', 'Nevada DMV', 'US', 'transport', undefined, 'https://dmv.nv.gov/'),
  e('dmv.nh.gov', 'New Hampshire Division of Motor Vehicles', 'US', 'transport', undefined, 'https://www.dmv.nh.gov/'),
  e('dmv.utah.gov', 'Utah Division of Motor Vehicles', 'US', 'transport', undefined, 'https://dmv.utah.gov/'),
  e('dmv.vermont.gov', 'Vermont DMV', 'US', 'transport', undefined, 'https://dmv.vermont.gov/'),
  e('dmv.de.gov', 'Delaware Division of Motor Vehicles', 'US', 'transport', undefined, 'https://www.dmv.de.gov/'),
  e('dmv.ri.gov', 'Rhode Island DMV', 'US', 'transport', undefined, 'https://dmv.ri.gov/'),
  e('dmv.alaska.gov', 'Alaska Division of Motor Vehicles', 'US', 'transport', undefined, 'https://dmv.alaska.gov/'),
  e('dmv.nebraska.gov', 'Nebraska DMV', 'US', 'transport', undefined, 'https://dmv.nebraska.gov/'),
  e('mva.maryland.gov', 'Maryland Motor Vehicle Administration', 'US', 'transport', undefined, 'https://mva.maryland.gov/'),
  e('bmv.ohio.gov', 'Ohio Bureau of Motor Vehicles', 'US', 'transport', undefined, 'https://bmv.ohio.gov/'),
  e('mvd.newmexico.gov', 'New Mexico Motor Vehicle Division', 'US', 'transport', undefined, 'https://www.mvd.newmexico.gov/'),
  e('azdot.gov', 'Arizona Department of Transportation (MVD)', 'US', 'transport'),
  e('ilsos.gov', 'Illinois Secretary of State (driver and vehicle services)', 'US', 'transport'),
  e('iowadot.gov', 'Iowa Department of Transportation', 'US', 'transport'),
  e('ncdot.gov', 'North Carolina Department of Transportation (DMV)', 'US', 'transport'),
  e('scdmvonline.com', 'South Carolina Department of Motor Vehicles', 'US', 'transport'),
  e('dol.wa.gov', 'Washington State Department of Licensing', 'US', 'transport', undefined, 'https://dol.wa.gov/'),
  e('wisconsindot.gov', 'Wisconsin Department of Transportation (DMV)', 'US', 'transport'),
  e('dds.georgia.gov', 'Georgia Department of Driver Services', 'US', 'transport', undefined, 'https://dds.georgia.gov/'),
  e('drive.ky.gov', 'Kentucky Drive (driver licensing and vehicle registration)', 'US', 'transport', undefined, 'https://drive.ky.gov/'),
  e('expresslane.org', 'Louisiana Office of Motor Vehicles', 'US', 'transport'),
  e('alea.gov', 'Alabama Law Enforcement Agency (driver licences)', 'US', 'transport'),
  e('dps.texas.gov', 'Texas Department of Public Safety (driver licences)', 'US', 'transport', undefined, 'https://www.dps.texas.gov/'),
  e('ksrevenue.gov', 'Kansas Department of Revenue (vehicles and tax)', 'US', 'tax'),
  // ── US federal agencies ───────────────────────────────────────────────────────────────────────
  e('irs.gov', 'Internal Revenue Service (USA)', 'US', 'tax'),
  e('ssa.gov', 'Social Security Administration (USA)', 'US', 'social'),
  e('usa.gov', 'USA.gov (US government portal)', 'US', 'egov'),
  e('login.gov', 'Login.gov (US government sign-in)', 'US', 'egov'),
  e('uscis.gov', 'US Citizenship and Immigration Services', 'US', 'egov'),
  e('cbp.gov', 'US Customs and Border Protection', 'US', 'customs'),
  e('treasury.gov', 'US Department of the Treasury', 'US', 'tax'),
  e('ftc.gov', 'Federal Trade Commission (USA)', 'US', 'cert'),
  e('justice.gov', 'US Department of Justice', 'US', 'justice'),
  e('uscourts.gov', 'United States Courts', 'US', 'justice'),
  e('usmarshals.gov', 'US Marshals Service', 'US', 'police'),
  e('secretservice.gov', 'US Secret Service', 'US', 'police'),
  e('dea.gov', 'Drug Enforcement Administration (USA)', 'US', 'police'),
  e('ice.gov', 'US Immigration and Customs Enforcement', 'US', 'police'),
  e('dhs.gov', 'US Department of Homeland Security', 'US', 'police'),
  e('medicare.gov', 'Medicare (USA)', 'US', 'health'),
  e('studentaid.gov', 'Federal Student Aid (USA)', 'US', 'social'),
  // ── Canada ───────────────────────────────────────────────────────────────────────────────────
  e('canada.ca', 'Government of Canada (Canada.ca, Service Canada, CRA sign-in)', 'CA', 'egov', ['servicecanada', 'canadarevenue']),
  e('cra-arc.gc.ca', 'Canada Revenue Agency', 'CA', 'tax', ['cra'], 'https://www.cra-arc.gc.ca/'),
  e('cbsa-asfc.gc.ca', 'Canada Border Services Agency', 'CA', 'customs', ['cbsa'], 'https://www.cbsa-asfc.gc.ca/'),
  e('rcmp-grc.gc.ca', 'Royal Canadian Mounted Police', 'CA', 'police', ['rcmp'], 'https://www.rcmp-grc.gc.ca/'),
  e('ontario.ca', 'Government of Ontario (ServiceOntario)', 'CA', 'egov', ['serviceontario']),
  e('407etr.com', '407 ETR (Ontario toll highway)', 'CA', 'toll'),
  e('saaq.gouv.qc.ca', 'Société de l’assurance automobile du Québec', 'CA', 'transport', ['saaq'], 'https://saaq.gouv.qc.ca/'),
  e('quebec.ca', 'Gouvernement du Québec (Québec.ca)', 'CA', 'egov'),
  // ── Australia ────────────────────────────────────────────────────────────────────────────────
  e('my.gov.au', 'myGov (Australian government services sign-in)', 'AU', 'egov', undefined, 'https://my.gov.au/'),
  e('ato.gov.au', 'Australian Taxation Office', 'AU', 'tax'),
  e('servicesaustralia.gov.au', 'Services Australia (Medicare, Centrelink)', 'AU', 'social', ['centrelink']),
  e('afp.gov.au', 'Australian Federal Police', 'AU', 'police'),
  e('linkt.com.au', 'Linkt (Transurban toll roads, Australia)', 'AU', 'toll'),
  e('service.nsw.gov.au', 'Service NSW (New South Wales)', 'AU', 'egov', ['servicensw'], 'https://www.service.nsw.gov.au/'),
  e('vicroads.vic.gov.au', 'VicRoads (Victoria)', 'AU', 'transport', undefined, 'https://www.vicroads.vic.gov.au/'),
  // ── UK bodies besides HMRC and the police ─────────────────────────────────────────────────────
  e('dvla.gov.uk', 'Driver and Vehicle Licensing Agency (UK)', 'GB', 'transport', undefined, 'https://www.gov.uk/government/organisations/driver-and-vehicle-licensing-agency'),
  e('tfl.gov.uk', 'Transport for London (congestion charge, penalty notices)', 'GB', 'toll', undefined, 'https://tfl.gov.uk/'),
  // ── Brazil ───────────────────────────────────────────────────────────────────────────────────
  e('detran.sp.gov.br', 'DETRAN-SP (São Paulo vehicle and driver department)', 'BR', 'transport', ['detran'], 'https://www.detran.sp.gov.br/'),
  e('detran.rj.gov.br', 'DETRAN-RJ (Rio de Janeiro vehicle and driver department)', 'BR', 'transport', ['detran'], 'https://www.detran.rj.gov.br/'),
  e('detran.mg.gov.br', 'DETRAN-MG (Minas Gerais vehicle and driver department)', 'BR', 'transport', ['detran'], 'https://www.detran.mg.gov.br/'),
  e('detran.pr.gov.br', 'DETRAN-PR (Paraná vehicle and driver department)', 'BR', 'transport', ['detran'], 'https://www.detran.pr.gov.br/'),
  e('detran.rs.gov.br', 'DETRAN-RS (Rio Grande do Sul vehicle and driver department)', 'BR', 'transport', ['detran'], 'https://www.detran.rs.gov.br/'),
  e('detran.ba.gov.br', 'DETRAN-BA (Bahia vehicle and driver department)', 'BR', 'transport', ['detran'], 'https://www.detran.ba.gov.br/'),
  e('detran.sc.gov.br', 'DETRAN-SC (Santa Catarina vehicle and driver department)', 'BR', 'transport', ['detran'], 'https://www.detran.sc.gov.br/'),
  e('detran.go.gov.br', 'DETRAN-GO (Goiás vehicle and driver department)', 'BR', 'transport', ['detran'], 'https://www.detran.go.gov.br/'),
  e('detran.df.gov.br', 'DETRAN-DF (Federal District vehicle and driver department)', 'BR', 'transport', ['detran'], 'https://www.detran.df.gov.br/'),
  e('detran.pe.gov.br', 'DETRAN-PE (Pernambuco vehicle and driver department)', 'BR', 'transport', ['detran'], 'https://www.detran.pe.gov.br/'),
  e('detran.ce.gov.br', 'DETRAN-CE (Ceará vehicle and driver department)', 'BR', 'transport', ['detran'], 'https://www.detran.ce.gov.br/'),
  e('receita.fazenda.gov.br', 'Receita Federal do Brasil', 'BR', 'tax', ['receitafederal'], 'https://www.gov.br/receitafederal/'),
  e('serpro.gov.br', 'SERPRO (Brazilian federal data service; CNH Digital, Senatran)', 'BR', 'transport', ['senatran', 'cnhdigital'], 'https://www.serpro.gov.br/'),
  // ── Russia ───────────────────────────────────────────────────────────────────────────────────
  e('gosuslugi.ru', 'Gosuslugi (Russian state services portal)', 'RU', 'egov'),
  e('nalog.gov.ru', 'Federal Tax Service of Russia', 'RU', 'tax', undefined, 'https://www.nalog.gov.ru/'),
  e('nalog.ru', 'Federal Tax Service of Russia (older domain)', 'RU', 'tax', undefined, 'https://www.nalog.gov.ru/'),
  e('mvd.ru', 'Ministry of Internal Affairs of Russia (police)', 'RU', 'police', undefined, 'https://мвд.рф/'),
  e('gibdd.ru', 'GIBDD (Russian traffic police)', 'RU', 'police'),
  e('fssp.gov.ru', 'Federal Bailiff Service of Russia', 'RU', 'bailiff', undefined, 'https://fssp.gov.ru/'),
  e('customs.gov.ru', 'Federal Customs Service of Russia', 'RU', 'customs', undefined, 'https://customs.gov.ru/'),
  e('sfr.gov.ru', 'Social Fund of Russia', 'RU', 'social', undefined, 'https://sfr.gov.ru/'),
  // ── India ────────────────────────────────────────────────────────────────────────────────────
  e('india.gov.in', 'National Portal of India', 'IN', 'egov', undefined, 'https://www.india.gov.in/'),
  e('incometax.gov.in', 'Income Tax Department (India)', 'IN', 'tax', undefined, 'https://www.incometax.gov.in/'),
  e('parivahan.gov.in', 'Parivahan Sewa (Ministry of Road Transport, e-Challan)', 'IN', 'transport', ['echallan'], 'https://parivahan.gov.in/'),
  e('uidai.gov.in', 'Unique Identification Authority of India (Aadhaar)', 'IN', 'egov', ['aadhaar', 'aadhar'], 'https://uidai.gov.in/'),
  e('cybercrime.gov.in', 'National Cyber Crime Reporting Portal (India)', 'IN', 'police', undefined, 'https://cybercrime.gov.in/'),
  e('epfindia.gov.in', 'Employees’ Provident Fund Organisation (India)', 'IN', 'social', undefined, 'https://www.epfindia.gov.in/'),
  e('gst.gov.in', 'Goods and Services Tax portal (India)', 'IN', 'tax', undefined, 'https://www.gst.gov.in/'),
  // ── Türkiye, Mexico ──────────────────────────────────────────────────────────────────────────
  e('turkiye.gov.tr', 'e-Devlet Kapısı (Turkish e-government gateway)', 'TR', 'egov', ['edevlet'], 'https://www.turkiye.gov.tr/'),
  e('gib.gov.tr', 'Gelir İdaresi Başkanlığı (Turkish Revenue Administration)', 'TR', 'tax', undefined, 'https://www.gib.gov.tr/'),
  e('egm.gov.tr', 'Emniyet Genel Müdürlüğü (Turkish National Police)', 'TR', 'police', ['emniyet'], 'https://www.egm.gov.tr/'),
  e('sat.gob.mx', 'Servicio de Administración Tributaria (Mexico)', 'MX', 'tax', undefined, 'https://www.sat.gob.mx/'),
  // ── Other large countries' tax, police, e-government and road-transport bodies ──────────────
  e('nta.go.jp', 'National Tax Agency of Japan (e-Tax)', 'JP', 'tax', undefined, 'https://www.nta.go.jp/'),
  e('npa.go.jp', 'National Police Agency of Japan', 'JP', 'police', undefined, 'https://www.npa.go.jp/'),
  e('pajak.go.id', 'Direktorat Jenderal Pajak (Indonesian tax)', 'ID', 'tax', ['djp'], 'https://www.pajak.go.id/'),
  e('polri.go.id', 'Kepolisian Negara Republik Indonesia (Polri)', 'ID', 'police', ['korlantas'], 'https://www.polri.go.id/'),
  e('kejaksaan.go.id', 'Kejaksaan Republik Indonesia (prosecution service)', 'ID', 'justice', undefined, 'https://www.kejaksaan.go.id/'),
  e('jasamarga.co.id', 'Jasa Marga (Indonesian toll roads)', 'ID', 'toll', undefined, 'https://www.jasamarga.co.id/'),
  e('bir.gov.ph', 'Bureau of Internal Revenue (Philippines)', 'PH', 'tax', undefined, 'https://www.bir.gov.ph/'),
  e('pnp.gov.ph', 'Philippine National Police', 'PH', 'police', undefined, 'https://www.pnp.gov.ph/'),
  e('lto.gov.ph', 'Land Transportation Office (Philippines)', 'PH', 'transport', undefined, 'https://lto.gov.ph/'),
  e('mmda.gov.ph', 'Metropolitan Manila Development Authority (traffic fines)', 'PH', 'transport', undefined, 'https://mmda.gov.ph/'),
  e('singpass.gov.sg', 'Singpass (Singapore digital identity)', 'SG', 'egov', undefined, 'https://www.singpass.gov.sg/'),
  e('iras.gov.sg', 'Inland Revenue Authority of Singapore', 'SG', 'tax', undefined, 'https://www.iras.gov.sg/'),
  e('police.gov.sg', 'Singapore Police Force', 'SG', 'police', undefined, 'https://www.police.gov.sg/'),
  e('lta.gov.sg', 'Land Transport Authority (Singapore)', 'SG', 'transport', ['onemotoring'], 'https://www.lta.gov.sg/'),
  e('hasil.gov.my', 'Lembaga Hasil Dalam Negeri (LHDN, Malaysian tax)', 'MY', 'tax', ['lhdn'], 'https://www.hasil.gov.my/'),
  e('rmp.gov.my', 'Royal Malaysia Police (PDRM)', 'MY', 'police', ['pdrm'], 'https://www.rmp.gov.my/'),
  e('jpj.gov.my', 'Jabatan Pengangkutan Jalan (Malaysian road transport department)', 'MY', 'transport', undefined, 'https://www.jpj.gov.my/'),
  e('dubaipolice.gov.ae', 'Dubai Police', 'AE', 'police', undefined, 'https://www.dubaipolice.gov.ae/'),
  e('rta.ae', 'Roads and Transport Authority (Dubai; Salik tolls, fines)', 'AE', 'transport', undefined, 'https://www.rta.ae/'),
  e('salik.ae', 'Salik (Dubai road toll)', 'AE', 'toll', undefined, 'https://www.salik.ae/'),
  e('absher.sa', 'Absher (Saudi Ministry of Interior e-services)', 'SA', 'egov', undefined, 'https://www.absher.sa/'),
  e('sars.gov.za', 'South African Revenue Service', 'ZA', 'tax', ['sarsefiling'], 'https://www.sars.gov.za/'),
  e('saps.gov.za', 'South African Police Service', 'ZA', 'police', undefined, 'https://www.saps.gov.za/'),
  e('efcc.gov.ng', 'Economic and Financial Crimes Commission (Nigeria)', 'NG', 'police', undefined, 'https://www.efcc.gov.ng/'),
  // ── EU/EEA and Swiss road tolls and vignettes not in official-authorities.ts ─────────────────
  e('nemzetiutdij.hu', 'Nemzeti Útdíjfizetési Szolgáltató (Hungarian e-vignette and HU-GO toll)', 'HU', 'toll', ['ematrica']),
  e('hu-go.hu', 'HU-GO (Hungarian truck toll)', 'HU', 'toll', undefined, 'https://www.hu-go.hu/'),
  e('dars.si', 'DARS (Slovenian motorway company, e-vinjeta)', 'SI', 'toll', ['evinjeta']),
  e('erovinieta.ro', 'CNAIR e-rovinietă (Romanian road vignette)', 'RO', 'toll'),
  e('bgtoll.bg', 'BG TOLL (Bulgarian e-vignette and toll)', 'BG', 'toll'),
  e('myto.sk', 'Mýto SK (Slovak electronic toll)', 'SK', 'toll', undefined, 'https://www.myto.sk/'),
  e('via.admin.ch', 'Via (Swiss e-vignette, Federal Office for Customs)', 'CH', 'toll', undefined, 'https://via.admin.ch/'),
  e('hac.hr', 'Hrvatske autoceste (Croatian motorways, ENC toll)', 'HR', 'toll'),
  e('eflow.ie', 'eFlow (M50 barrier-free toll, Ireland)', 'IE', 'toll'),
  e('autostrade.it', 'Autostrade per l’Italia', 'IT', 'toll'),
  e('telepass.com', 'Telepass (Italian electronic toll)', 'IT', 'toll'),
  e('portugaltolls.com', 'Portugal Tolls (Infraestruturas de Portugal)', 'PT', 'toll'),
  e('viaverde.pt', 'Via Verde (Portuguese electronic toll)', 'PT', 'toll'),
  e('vinci-autoroutes.com', 'VINCI Autoroutes (French motorway tolls)', 'FR', 'toll', ['vinciautoroutes']),
  e('sanef.com', 'Sanef (French motorway tolls)', 'FR', 'toll'),
  e('aprr.fr', 'APRR (French motorway tolls)', 'FR', 'toll'),
  e('bipandgo.com', 'Bip&Go (French toll badge)', 'FR', 'toll'),
  e('brobizz.com', 'BroBizz (Danish bridge and ferry toll)', 'DK', 'toll'),
  e('oresundsbron.com', 'Øresundsbron (Øresund Bridge)', 'DK', 'toll'),
  e('fjellinjen.no', 'Fjellinjen (Oslo toll ring)', 'NO', 'toll'),
  e('viapass.be', 'Viapass (Belgian truck toll)', 'BE', 'toll'),
  // ── EU/EEA digital identity and e-government logins not in official-authorities.ts ────────────
  e('itsme-id.com', 'itsme (Belgian digital identity app)', 'BE', 'egov', ['itsme']),
  e('csam.be', 'CSAM (Belgian federal government login)', 'BE', 'egov'),
  e('idporten.no', 'ID-porten (Norwegian public-sector login; MinID)', 'NO', 'egov', ['minid']),
  e('smart-id.com', 'Smart-ID (Baltic electronic ID)', 'EE', 'egov', ['smartid']),
  e('mobywatel.gov.pl', 'mObywatel (Polish digital ID app)', 'PL', 'egov', undefined, 'https://info.mobywatel.gov.pl/'),
  e('pz.gov.pl', 'Profil Zaufany (Polish trusted profile login)', 'PL', 'egov', ['profilzaufany'], 'https://pz.gov.pl/'),
  e('kau.gov.hu', 'Központi Azonosítási Ügynök (Hungarian government login, ex-Ügyfélkapu)', 'HU', 'egov', ['ugyfelkapu'], 'https://kau.gov.hu/'),
  e('ariadni.gov.cy', 'Ariadni (Cyprus government gateway)', 'CY', 'egov', undefined, 'https://www.ariadni.gov.cy/'),
  e('servizz.gov.mt', 'servizz.gov (Maltese government services)', 'MT', 'egov', undefined, 'https://servizz.gov.mt/'),
  e('autenticacao.gov.pt', 'Autenticação.gov (Portuguese citizen card and mobile key)', 'PT', 'egov', ['chavemoveldigital'], 'https://www.autenticacao.gov.pt/'),
  e('clave.gob.es', 'Cl@ve (Spanish government login)', 'ES', 'egov', undefined, 'https://clave.gob.es/'),
  // ── Prosecution services and courts not in official-reference.ts ─────────────────────────────
  e('om-mp.be', 'Openbaar Ministerie / Ministère public (Belgium)', 'BE', 'justice'),
  e('rikissaksoknari.is', 'Ríkissaksóknari (Icelandic Director of Public Prosecutions)', 'IS', 'justice'),
  e('courdecassation.fr', 'Cour de cassation (France)', 'FR', 'justice'),
  e('bundesgerichtshof.de', 'Bundesgerichtshof (Germany)', 'DE', 'justice'),
  // ── UK licence fee ───────────────────────────────────────────────────────────────────────────
  e('tvlicensing.co.uk', 'TV Licensing (UK licence fee, for the BBC)', 'GB', 'egov'),
  // ── Vehicle registers not in official-authorities.ts ──────────────────────────────────────────
  e('aci.it', 'Automobile Club d’Italia (PRA vehicle register)', 'IT', 'transport'),
  // ── EU/EEA tax administrations: the names of their e-services portals (the body itself is in
  // official-authorities.ts) ─────────────────────────────────────────────────────────────────────
  names('impots.gouv.fr', 'impots.gouv.fr (DGFiP, French tax administration)', 'FR', 'tax', ['dgfip']),
  names('agenziaentrate.gov.it', 'Agenzia delle Entrate (Italian revenue agency)', 'IT', 'tax', ['fisconline']),
  names('agenziaentrateriscossione.gov.it', 'Agenzia delle Entrate-Riscossione (Italian tax collection)', 'IT', 'tax', ['equitalia']),
  names('agenciatributaria.es', 'Agencia Tributaria (Spanish tax and customs)', 'ES', 'tax', ['aeat']),
  names('elster.de', 'ELSTER (German tax portal)', 'DE', 'tax', ['meinelster']),
  names('finances.belgium.be', 'SPF Finances (Belgian tax and customs)', 'BE', 'tax', ['taxonweb']),
  names('skat.dk', 'Skattestyrelsen (Danish tax agency)', 'DK', 'tax', ['tastselv']),
  names('vero.fi', 'Verohallinto (Finnish tax administration)', 'FI', 'tax', ['omavero']),
  names('nav.gov.hu', 'Nemzeti Adó- és Vámhivatal (Hungarian tax and customs)', 'HU', 'tax', ['eszja']),
  names('portaldasfinancas.gov.pt', 'Portal das Finanças (Portuguese tax and customs)', 'PT', 'tax', ['autoridadetributaria']),
  names('fu.gov.si', 'Finančna uprava (Slovenian tax and customs)', 'SI', 'tax', ['edavki']),
  names('porezna-uprava.gov.hr', 'Porezna uprava (Croatian tax administration)', 'HR', 'tax', ['poreznauprava', 'eporezna']),
  names('financnisprava.cz', 'Finanční správa (Czech tax administration)', 'CZ', 'tax', ['mojedane']),
  names('vmi.lt', 'Valstybinė mokesčių inspekcija (Lithuanian tax)', 'LT', 'tax', ['manovmi']),
  names('podatki.gov.pl', 'Krajowa Administracja Skarbowa: podatki.gov.pl (Polish tax)', 'PL', 'tax', ['twojepit', 'eurzad']),
  names('anaf.ro', 'ANAF (Romanian tax administration)', 'RO', 'tax', ['spatiulprivatvirtual']),
  c('gsis.gr', 'General Secretariat for Information Systems (Greece; TAXISnet)', 'GR', 'tax'),
  e('ird.govt.nz', 'Inland Revenue (New Zealand)', 'NZ', 'tax', undefined, 'https://www.ird.govt.nz/'),
  // ── Customs services not in official-authorities.ts ─────────────────────────────────────────
  names('adm.gov.it', 'Agenzia delle Dogane e dei Monopoli (Italian customs)', 'IT', 'customs', ['agenziadogane']),
  c('customs.gov.mt', 'Customs Department (Malta)', 'MT', 'customs', undefined, 'https://customs.gov.mt/'),
  c('douane.nl', 'Douane (Dutch customs, part of the Belastingdienst)', 'NL', 'customs'),
  e('abf.gov.au', 'Australian Border Force', 'AU', 'customs', undefined, 'https://www.abf.gov.au/'),
  e('cbic.gov.in', 'Central Board of Indirect Taxes and Customs (India)', 'IN', 'customs', undefined, 'https://www.cbic.gov.in/'),
  // ── Traffic-fine portals and vehicle and driving-licence registers not listed ───────────────
  names('transportstyrelsen.se', 'Transportstyrelsen (Swedish Transport Agency)', 'SE', 'transport', ['trangselskatt']),
  e('dgt.gob.es', 'Dirección General de Tráfico (sede electrónica; TESTRA, the traffic-fine notice board)', 'ES', 'transport', ['testra'], 'https://sede.dgt.gob.es/'),
  e('historiapojazdu.gov.pl', 'Historia Pojazdu (CEPiK, Polish vehicle and driver register)', 'PL', 'transport', ['cepik'], 'https://historiapojazdu.gov.pl/'),
  e('drpciv.ro', 'DRPCIV (Romanian driving licences and vehicle registration)', 'RO', 'transport'),
  c('motorst.dk', 'Motorstyrelsen (Danish Motor Agency: vehicle register and taxes)', 'DK', 'transport', ['motorstyrelsen'], 'https://motorst.dk/'),
  c('transport.gov.mt', 'Transport Malta (vehicle licensing, driving licences)', 'MT', 'transport', undefined, 'https://www.transport.gov.mt/'),
  c('astra.admin.ch', 'Bundesamt für Strassen ASTRA (Swiss Federal Roads Office)', 'CH', 'transport', undefined, 'https://www.astra.admin.ch/'),
  e('snca.lu', 'SNCA (Luxembourg vehicle registration and driving licences)', 'LU', 'transport'),
  e('cvh.hr', 'Centar za vozila Hrvatske (Croatian vehicle centre: registration, inspection)', 'HR', 'transport'),
  // ── EU/EEA national e-ID and government logins not listed ─────────────────────────────────────
  e('id.bund.de', 'BundID (German federal citizen account)', 'DE', 'egov', ['bundid'], 'https://id.bund.de/'),
  e('ausweisapp.bund.de', 'AusweisApp (German eID app)', 'DE', 'egov', undefined, 'https://www.ausweisapp.bund.de/'),
  names('oesterreich.gv.at', 'oesterreich.gv.at (Austrian e-government portal)', 'AT', 'egov', ['idaustria', 'handysignatur']),
  c('mygov.be', 'MyGov.be (Belgian federal citizen portal)', 'BE', 'egov', undefined, 'https://mygov.be/'),
  e('france-identite.gouv.fr', 'France Identité (French digital identity app)', 'FR', 'egov', ['franceidentite'], 'https://france-identite.gouv.fr/'),
  names('guichet.public.lu', 'Guichet.lu / MyGuichet (Luxembourg e-government)', 'LU', 'egov', ['myguichet']),
  e('cartaidentita.interno.gov.it', 'Carta d’Identità Elettronica and CieID (Italian Ministry of the Interior)', 'IT', 'egov', ['cieid'], 'https://www.cartaidentita.interno.gov.it/'),
  e('carpetaciudadana.gob.es', 'Mi Carpeta Ciudadana (Spanish citizen folder)', 'ES', 'egov', undefined, 'https://carpetaciudadana.gob.es/'),
  e('minameddelanden.se', 'Mina meddelanden (Swedish government digital mailbox)', 'SE', 'egov'),
  e('eparaksts.lv', 'eParaksts (Latvian state e-signature and eID, LVRTC)', 'LV', 'egov'),
  e('roeid.ro', 'ROeID (Romanian digital identity, ADR)', 'RO', 'egov'),
  c('nias.gov.hr', 'NIAS (Croatian national identification and authentication system, e-Građani)', 'HR', 'egov', ['egradjani', 'egradani'], 'https://nias.gov.hr/'),
  c('sicas.gov.si', 'SI-PASS (Slovenian government login)', 'SI', 'egov', ['sipass'], 'https://sicas.gov.si/'),
  // ── Bailiffs and enforcement bodies not in official-authorities.ts ─────────────────────────────
  c('sismo.no', 'Statens innkrevingssentral (Norwegian State Collection Agency)', 'NO', 'bailiff', ['innkrevingssentral', 'innkrevingssentralen']),
  e('syslumenn.is', 'Sýslumenn (Icelandic District Commissioners: enforcement and registers)', 'IS', 'bailiff'),
  e('kpkoda.ee', 'Kohtutäiturite ja Pankrotihaldurite Koda (Estonian chamber of bailiffs)', 'EE', 'bailiff', ['kohtutaitur']),
  e('uniuneaexecutorilor.ro', 'Uniunea Națională a Executorilor Judecătorești (Romanian bailiffs)', 'RO', 'bailiff'),
  c('fina.hr', 'FINA (Croatian Financial Agency: enforcement on accounts, e-services)', 'HR', 'bailiff'),
  // ── Court portals and ministries of justice and of the interior not listed ────────────────────
  c('justice.fr', 'Justice.fr (French Ministry of Justice portal for litigants)', 'FR', 'justice'),
  c('tiesas.lv', 'Latvian courts portal (Tiesu administrācija)', 'LV', 'justice', ['manastiesas']),
  c('sodisce.si', 'Sodstvo Republike Slovenije (Slovenian courts)', 'SI', 'justice', ['esodstvo']),
  c('domstolar.is', 'Dómstólar (Icelandic courts)', 'IS', 'justice'),
  c('citius.mj.pt', 'Citius (Portuguese courts’ e-services, Ministry of Justice)', 'PT', 'justice', undefined, 'https://www.citius.mj.pt/'),
  e('infosoud.justice.cz', 'InfoSoud (Czech courts’ case information, Ministry of Justice)', 'CZ', 'justice', undefined, 'https://infosoud.justice.cz/'),
  c('ministryofjustice.gr', 'Ministry of Justice (Greece)', 'GR', 'justice'),
  e('mjs.bg', 'Ministry of Justice (Bulgaria)', 'BG', 'justice'),
  c('mjusticia.gob.es', 'Ministerio de Justicia (Spain)', 'ES', 'justice', undefined, 'https://www.mjusticia.gob.es/'),
  e('bmi.bund.de', 'Bundesministerium des Innern (Germany)', 'DE', 'justice', undefined, 'https://www.bmi.bund.de/'),
  // ── Police bodies and economic-crime and anti-fraud agencies not listed ───────────────────────
  e('fedpol.admin.ch', 'fedpol (Swiss Federal Office of Police)', 'CH', 'police', undefined, 'https://www.fedpol.admin.ch/'),
  e('prefecturedepolice.interieur.gouv.fr', 'Préfecture de police (Paris)', 'FR', 'police', undefined, 'https://www.prefecturedepolice.interieur.gouv.fr/'),
  e('okokrim.no', 'Økokrim (Norwegian economic-crime police and prosecution)', 'NO', 'police'),
  e('ekobrottsmyndigheten.se', 'Ekobrottsmyndigheten (Swedish Economic Crime Authority)', 'SE', 'police'),
  e('cba.gov.pl', 'Centralne Biuro Antykorupcyjne (Polish Central Anticorruption Bureau)', 'PL', 'police', undefined, 'https://www.cba.gov.pl/'),
  e('abw.gov.pl', 'Agencja Bezpieczeństwa Wewnętrznego (Polish Internal Security Agency)', 'PL', 'police', undefined, 'https://www.abw.gov.pl/'),
  c('scamwatch.gov.au', 'Scamwatch (National Anti-Scam Centre, ACCC, Australia)', 'AU', 'cert', undefined, 'https://www.scamwatch.gov.au/'),
  e('antifraudcentre-centreantifraude.ca', 'Canadian Anti-Fraud Centre', 'CA', 'cert'),
  // ── Australian states' fine and toll bodies, New Zealand, and the Great Belt toll ─────────────
  e('revenue.nsw.gov.au', 'Revenue NSW (state taxes and fines, New South Wales)', 'AU', 'tax', ['revenuensw'], 'https://www.revenue.nsw.gov.au/'),
  c('fines.vic.gov.au', 'Fines Victoria', 'AU', 'transport', ['finesvictoria'], 'https://www.fines.vic.gov.au/'),
  c('eastlink.com.au', 'EastLink (Melbourne toll road)', 'AU', 'toll'),
  e('nzta.govt.nz', 'NZ Transport Agency Waka Kotahi (tolls, vehicle licensing)', 'NZ', 'transport', ['wakakotahi'], 'https://www.nzta.govt.nz/'),
  c('realme.govt.nz', 'RealMe (New Zealand government login)', 'NZ', 'egov', undefined, 'https://www.realme.govt.nz/'),
  e('police.govt.nz', 'New Zealand Police', 'NZ', 'police', undefined, 'https://www.police.govt.nz/'),
  e('storebaelt.dk', 'Storebælt (Great Belt Bridge toll, Denmark)', 'DK', 'toll'),
  // ── European countries outside the EU/EEA: Western Balkans, Ukraine, Moldova, Türkiye ─────────
  e('mup.gov.rs', 'Ministarstvo unutrašnjih poslova (Serbian interior ministry, police)', 'RS', 'police', undefined, 'https://www.mup.gov.rs/'),
  e('purs.gov.rs', 'Poreska uprava (Serbian tax administration)', 'RS', 'tax', undefined, 'https://www.purs.gov.rs/'),
  e('putevi-srbije.rs', 'JP Putevi Srbije (Serbian roads and motorway tolls)', 'RS', 'toll', ['putevisrbije']),
  e('euprava.gov.rs', 'eUprava (Serbian e-government portal)', 'RS', 'egov', undefined, 'https://euprava.gov.rs/'),
  e('mvr.gov.mk', 'Ministry of Internal Affairs (North Macedonia; police)', 'MK', 'police', undefined, 'https://mvr.gov.mk/'),
  e('ujp.gov.mk', 'Public Revenue Office (North Macedonia)', 'MK', 'tax', undefined, 'https://www.ujp.gov.mk/'),
  e('e-albania.al', 'e-Albania (Albanian government services portal)', 'AL', 'egov', ['ealbania']),
  e('npu.gov.ua', 'National Police of Ukraine', 'UA', 'police', undefined, 'https://www.npu.gov.ua/'),
  c('cyberpolice.gov.ua', 'Cyber Police of Ukraine', 'UA', 'police', undefined, 'https://cyberpolice.gov.ua/'),
  e('diia.gov.ua', 'Diia (Ukrainian e-government app and portal)', 'UA', 'egov', undefined, 'https://diia.gov.ua/'),
  c('politia.md', 'Inspectoratul General al Poliției (Moldovan police)', 'MD', 'police'),
  e('sfs.md', 'Serviciul Fiscal de Stat (Moldovan tax service)', 'MD', 'tax'),
  e('hmb.gov.tr', 'Hazine ve Maliye Bakanlığı (Turkish Ministry of Treasury and Finance)', 'TR', 'tax', ['maliye'], 'https://www.hmb.gov.tr/'),
  c('jandarma.gov.tr', 'Jandarma Genel Komutanlığı (Turkish Gendarmerie)', 'TR', 'police', ['jandarma'], 'https://www.jandarma.gov.tr/'),
  e('kgm.gov.tr', 'Karayolları Genel Müdürlüğü (Turkish highways; HGS tolls)', 'TR', 'toll', undefined, 'https://www.kgm.gov.tr/'),
  // ── Online complaint and travel-authorisation services of the EU and France ───────────────────
  c('travel-europe.europa.eu', 'ETIAS and EES (official EU site for the travel authorisation)', 'EU', 'egov', ['etias'], 'https://travel-europe.europa.eu/'),
  c('masecurite.interieur.gouv.fr', 'Ma Sécurité (French police and gendarmerie online help desk)', 'FR', 'police', undefined, 'https://www.masecurite.interieur.gouv.fr/'),
  e('pre-plainte-en-ligne.gouv.fr', 'Pré-plainte en ligne (French online pre-complaint)', 'FR', 'police', ['preplainte'], 'https://www.pre-plainte-en-ligne.gouv.fr/'),
  // ── Justice e-services not listed ──────────────────────────────────────────────────────────────
  e('ekrk.ms.gov.pl', 'e-KRK (Polish National Criminal Register, Ministry of Justice)', 'PL', 'justice', undefined, 'https://ekrk.ms.gov.pl/'),
];

/** First labels of the `common` entries: like words.ts COMMON_LABELS, alone they claim nothing. */
export const REGISTRY_COMMON_LABELS: ReadonlySet<string> = new Set(REGISTRY.filter((r) => r.common).map((r) => r.domain.split('.')[0]!));
