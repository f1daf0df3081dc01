/**
 * The authorities that scam SMS and mails imitate besides the police (issue 11, point 3): tax and
 * customs administrations, bailiffs' chambers, national e-government and ID portals, public health
 * insurance, justice ministries, prosecution services and CERTs, and the toll agencies of the E-ZPass Group. Data only; part of
 * OFFICIAL_REFERENCE (official-reference.ts), so each entry reads `official` and its distinctive
 * label claims it in a combosquat (docs/DOMAINS.md §3).
 *
 * Every entry cites a public page: the organisation's own home page (it names the organisation
 * and is where the domain is confirmed), or, for the US toll agencies, the agency site with its
 * E-ZPass Group membership (the group's own page, e-zpass.net/about-us, names its members). Only
 * domains the authors are confident are real and official are listed. `theme` says what kind of
 * body it is; brand.ts uses it to name "that country's tax administration" for a generic tax word
 * with a country code (`skatt-no.com`). Labels that are ordinary words (vero, zoll, skat, impots,
 * podatki, revenue, douane …) are in words.ts COMMON_LABELS: alone they claim nothing.
 */
import { REGISTRY } from './data/registry.js';
import type { OfficialDomain } from './official.js';

export type AuthorityTheme = 'tax' | 'customs' | 'bailiff' | 'egov' | 'health' | 'toll' | 'cert' | 'justice' | 'transport' | 'social' | 'police';

export interface Authority extends OfficialDomain {
  theme: AuthorityTheme;
}

const a = (domain: string, org: string, country: string, theme: AuthorityTheme, source = `https://www.${domain}/`): Authority => ({
  domain,
  org,
  country,
  kind: theme === 'cert' ? 'fraud-report' : theme === 'police' ? 'police' : 'government',
  theme,
  source,
});
const EZPASS = 'https://www.e-zpass.net/about-us';
const toll = (domain: string, org: string, source = `https://www.${domain}/`): Authority => ({
  domain,
  org: `${org} (E-ZPass Group member)`,
  country: 'US',
  kind: 'government',
  theme: 'toll',
  source,
});

export const AUTHORITIES: readonly Authority[] = [
  // ── Tax and customs administrations ──────────────────────────────────────────────────────────
  a('bmf.gv.at', 'Bundesministerium für Finanzen (Austria, tax and customs)', 'AT', 'tax'),
  a('finanzonline.bmf.gv.at', 'FinanzOnline (Austrian tax portal)', 'AT', 'tax', 'https://finanzonline.bmf.gv.at/'),
  a('myminfin.be', 'MyMinfin (Belgian FPS Finance portal)', 'BE', 'tax'),
  a('financien.belgium.be', 'FOD Financiën (Belgian tax and customs)', 'BE', 'tax', 'https://financien.belgium.be/'),
  a('finances.belgium.be', 'SPF Finances (Belgian tax and customs)', 'BE', 'tax', 'https://finances.belgium.be/'),
  a('nra.bg', 'National Revenue Agency (Bulgaria)', 'BG', 'tax', 'https://nra.bg/'),
  a('customs.bg', 'Customs Agency (Bulgaria)', 'BG', 'customs'),
  a('porezna-uprava.gov.hr', 'Porezna uprava (Croatian tax administration)', 'HR', 'tax', 'https://porezna-uprava.gov.hr/'),
  a('carina.gov.hr', 'Carinska uprava (Croatian customs)', 'HR', 'customs', 'https://carina.gov.hr/'),
  a('financnisprava.cz', 'Finanční správa (Czech tax administration)', 'CZ', 'tax'),
  a('celnisprava.cz', 'Celní správa (Czech customs)', 'CZ', 'customs'),
  a('skat.dk', 'Skattestyrelsen (Danish tax agency)', 'DK', 'tax'),
  a('toldst.dk', 'Toldstyrelsen (Danish customs)', 'DK', 'customs'),
  a('gaeldst.dk', 'Gældsstyrelsen (Danish debt collection agency)', 'DK', 'bailiff'),
  a('emta.ee', 'Maksu- ja Tolliamet (Estonian tax and customs)', 'EE', 'tax'),
  a('vero.fi', 'Verohallinto (Finnish tax administration)', 'FI', 'tax'),
  a('tulli.fi', 'Tulli (Finnish customs)', 'FI', 'customs'),
  a('impots.gouv.fr', 'impots.gouv.fr (DGFiP, French tax administration)', 'FR', 'tax'),
  a('douane.gouv.fr', 'Douane (French customs)', 'FR', 'customs'),
  a('zoll.de', 'Zoll (German customs)', 'DE', 'customs'),
  a('bzst.de', 'Bundeszentralamt für Steuern (Germany)', 'DE', 'tax'),
  a('elster.de', 'ELSTER (German tax portal)', 'DE', 'tax'),
  a('bundesfinanzministerium.de', 'Bundesministerium der Finanzen (Germany)', 'DE', 'tax'),
  a('aade.gr', 'Independent Authority for Public Revenue (AADE, Greece)', 'GR', 'tax'),
  a('nav.gov.hu', 'Nemzeti Adó- és Vámhivatal (Hungarian tax and customs)', 'HU', 'tax', 'https://nav.gov.hu/'),
  a('revenue.ie', 'Revenue (Irish tax and customs)', 'IE', 'tax'),
  a('agenziaentrate.gov.it', 'Agenzia delle Entrate (Italian revenue agency)', 'IT', 'tax'),
  a('agenziaentrateriscossione.gov.it', 'Agenzia delle Entrate-Riscossione (Italian tax collection)', 'IT', 'tax'),
  a('adm.gov.it', 'Agenzia delle Dogane e dei Monopoli (Italian customs)', 'IT', 'customs'),
  a('vid.gov.lv', 'Valsts ieņēmumu dienests (Latvian tax and customs)', 'LV', 'tax'),
  a('vmi.lt', 'Valstybinė mokesčių inspekcija (Lithuanian tax)', 'LT', 'tax'),
  a('lrmuitine.lt', 'Muitinė (Lithuanian customs)', 'LT', 'customs'),
  a('impotsdirects.public.lu', 'Administration des contributions directes (Luxembourg)', 'LU', 'tax', 'https://impotsdirects.public.lu/'),
  a('douanes.public.lu', 'Administration des douanes et accises (Luxembourg)', 'LU', 'customs', 'https://douanes.public.lu/'),
  a('cfr.gov.mt', 'Commissioner for Revenue (Malta)', 'MT', 'tax', 'https://cfr.gov.mt/'),
  a('belastingdienst.nl', 'Belastingdienst (Dutch tax and customs)', 'NL', 'tax'),
  a('podatki.gov.pl', 'Krajowa Administracja Skarbowa: podatki.gov.pl (Polish tax)', 'PL', 'tax'),
  a('puesc.gov.pl', 'PUESC (Polish customs and tax e-services)', 'PL', 'customs', 'https://puesc.gov.pl/'),
  a('portaldasfinancas.gov.pt', 'Portal das Finanças (Portuguese tax and customs)', 'PT', 'tax'),
  a('anaf.ro', 'ANAF (Romanian tax administration)', 'RO', 'tax'),
  a('customs.ro', 'Autoritatea Vamală Română (Romanian customs)', 'RO', 'customs'),
  a('financnasprava.sk', 'Finančná správa (Slovak tax and customs)', 'SK', 'tax'),
  a('fu.gov.si', 'Finančna uprava (Slovenian tax and customs)', 'SI', 'tax', 'https://www.fu.gov.si/'),
  a('agenciatributaria.es', 'Agencia Tributaria (Spanish tax and customs)', 'ES', 'tax'),
  a('agenciatributaria.gob.es', 'Agencia Tributaria (sede electrónica)', 'ES', 'tax', 'https://sede.agenciatributaria.gob.es/'),
  a('skatteverket.se', 'Skatteverket (Swedish tax agency)', 'SE', 'tax'),
  a('tullverket.se', 'Tullverket (Swedish customs)', 'SE', 'customs'),
  a('skatturinn.is', 'Skatturinn (Icelandic tax and customs)', 'IS', 'tax'),
  a('skatteetaten.no', 'Skatteetaten (Norwegian tax administration)', 'NO', 'tax'),
  a('toll.no', 'Tolletaten (Norwegian customs)', 'NO', 'customs'),
  // HMRC is listed in official-reference.ts (with its mail); here only for its theme.
  a(
    'hmrc.gov.uk',
    'HM Revenue & Customs (HMRC, UK)',
    'GB',
    'tax',
    'https://www.gov.uk/government/publications/genuine-hmrc-contact-and-recognising-phishing-emails/genuine-hmrc-contact-and-recognising-phishing-emails',
  ),
  a('estv.admin.ch', 'Eidgenössische Steuerverwaltung (Switzerland)', 'CH', 'tax', 'https://www.estv.admin.ch/'),
  a('bazg.admin.ch', 'Bundesamt für Zoll und Grenzsicherheit (Switzerland)', 'CH', 'customs', 'https://www.bazg.admin.ch/'),

  // ── Bailiffs and enforcement ─────────────────────────────────────────────────────────────────
  a('komornik.pl', 'Krajowa Rada Komornicza (Polish chamber of bailiffs)', 'PL', 'bailiff'),
  a('ekcr.cz', 'Exekutorská komora ČR (Czech chamber of bailiffs)', 'CZ', 'bailiff'),
  a('ske.sk', 'Slovenská komora exekútorov (Slovak chamber of bailiffs)', 'SK', 'bailiff'),
  a('kronofogden.se', 'Kronofogden (Swedish Enforcement Authority)', 'SE', 'bailiff'),
  a('ulosottolaitos.fi', 'Ulosottolaitos (Finnish enforcement authority)', 'FI', 'bailiff'),
  a('kbvg.nl', 'KBvG (Dutch professional body of bailiffs)', 'NL', 'bailiff'),
  a('commissaires-justice.fr', 'Chambre nationale des commissaires de justice (France, former huissiers)', 'FR', 'bailiff'),
  a('mbvk.hu', 'Magyar Bírósági Végrehajtói Kar (Hungarian chamber of bailiffs)', 'HU', 'bailiff'),

  // ── E-government, digital ID and state portals ───────────────────────────────────────────────
  a('oesterreich.gv.at', 'oesterreich.gv.at (Austrian e-government portal)', 'AT', 'egov', 'https://www.oesterreich.gv.at/'),
  a('egov.bg', 'Bulgarian e-government portal', 'BG', 'egov'),
  a('identitaobcana.cz', 'Identita občana (Czech digital ID)', 'CZ', 'egov'),
  a('mojedatovaschranka.cz', 'Datové schránky (Czech official data boxes)', 'CZ', 'egov'),
  a('mitid.dk', 'MitID (Danish digital ID)', 'DK', 'egov'),
  a('franceconnect.gouv.fr', 'FranceConnect (French digital ID)', 'FR', 'egov', 'https://franceconnect.gouv.fr/'),
  a('ants.gouv.fr', 'ANTS (French agency for secure titles: licences, registrations)', 'FR', 'egov', 'https://ants.gouv.fr/'),
  a('mygovid.ie', 'MyGovID (Irish digital ID)', 'IE', 'egov'),
  a('spid.gov.it', 'SPID (Italian digital ID)', 'IT', 'egov'),
  a('io.italia.it', 'IO (Italian public-services app)', 'IT', 'egov', 'https://io.italia.it/'),
  a('epaslaugos.lt', 'Elektroniniai valdžios vartai (Lithuanian e-government gateway)', 'LT', 'egov'),
  a('guichet.public.lu', 'Guichet.lu / MyGuichet (Luxembourg e-government)', 'LU', 'egov', 'https://guichet.public.lu/'),
  a('digid.nl', 'DigiD (Dutch digital ID)', 'NL', 'egov'),
  a('mijnoverheid.nl', 'MijnOverheid (Dutch citizens’ portal and message box)', 'NL', 'egov'),
  a('veiliginternetten.nl', 'Veilig Internetten (Dutch government online-safety campaign)', 'NL', 'cert'),
  a('epuap.gov.pl', 'ePUAP (Polish e-government platform)', 'PL', 'egov', 'https://epuap.gov.pl/'),
  a('eportugal.gov.pt', 'ePortugal (Portuguese public-services portal)', 'PT', 'egov', 'https://eportugal.gov.pt/'),
  a('ghiseul.ro', 'Ghișeul.ro (Romanian online payment of taxes and fines)', 'RO', 'egov'),
  a('e-uprava.gov.si', 'eUprava (Slovenian e-government portal)', 'SI', 'egov', 'https://e-uprava.gov.si/'),
  a('administracion.gob.es', 'Punto de Acceso General (Spanish administration portal)', 'ES', 'egov', 'https://administracion.gob.es/'),
  a('ch.ch', 'ch.ch (Swiss authorities’ portal)', 'CH', 'egov'),

  // ── Public health and social insurance ───────────────────────────────────────────────────────
  a('gesundheitskasse.at', 'Österreichische Gesundheitskasse (ÖGK)', 'AT', 'health'),
  a('sozialversicherung.at', 'Österreichische Sozialversicherung', 'AT', 'health'),
  a('inami.fgov.be', 'INAMI / RIZIV (Belgian health insurance institute)', 'BE', 'health', 'https://www.inami.fgov.be/'),
  a('nzok.bg', 'National Health Insurance Fund (Bulgaria)', 'BG', 'health'),
  a('hzzo.hr', 'Hrvatski zavod za zdravstveno osiguranje (Croatia)', 'HR', 'health'),
  a('vzp.cz', 'Všeobecná zdravotní pojišťovna (Czech public health insurer)', 'CZ', 'health'),
  a('haigekassa.ee', 'Tervisekassa / Haigekassa (Estonian health insurance fund)', 'EE', 'health'),
  a('kela.fi', 'Kela (Finnish Social Insurance Institution)', 'FI', 'health'),
  a('ameli.fr', 'Assurance Maladie (ameli.fr, France)', 'FR', 'health'),
  a('urssaf.fr', 'Urssaf (French social contributions)', 'FR', 'health'),
  a('efka.gov.gr', 'e-EFKA (Greek social insurance)', 'GR', 'health', 'https://www.efka.gov.gr/'),
  a('neak.gov.hu', 'Nemzeti Egészségbiztosítási Alapkezelő (Hungary)', 'HU', 'health', 'https://www.neak.gov.hu/'),
  a('hse.ie', 'Health Service Executive (Ireland)', 'IE', 'health'),
  a('inps.it', 'INPS (Italian social security)', 'IT', 'health'),
  a('vlk.lt', 'Valstybinė ligonių kasa (Lithuanian health insurance fund)', 'LT', 'health'),
  a('cns.lu', 'Caisse nationale de santé (Luxembourg)', 'LU', 'health'),
  a('nfz.gov.pl', 'Narodowy Fundusz Zdrowia (Polish health fund)', 'PL', 'health'),
  a('zus.pl', 'Zakład Ubezpieczeń Społecznych (Polish social insurance)', 'PL', 'health'),
  a('sns.gov.pt', 'Serviço Nacional de Saúde (Portugal)', 'PT', 'health'),
  a('cnas.ro', 'Casa Națională de Asigurări de Sănătate (Romania)', 'RO', 'health'),
  a('vszp.sk', 'Všeobecná zdravotná poisťovňa (Slovak public health insurer)', 'SK', 'health'),
  a('zzzs.si', 'Zavod za zdravstveno zavarovanje Slovenije', 'SI', 'health'),
  a('seg-social.es', 'Seguridad Social (Spain)', 'ES', 'health'),
  a('forsakringskassan.se', 'Försäkringskassan (Swedish Social Insurance Agency)', 'SE', 'health'),
  a('sjukra.is', 'Sjúkratryggingar Íslands (Icelandic Health Insurance)', 'IS', 'health'),
  a('helsenorge.no', 'Helsenorge (Norwegian public health portal)', 'NO', 'health'),
  a('nav.no', 'NAV (Norwegian Labour and Welfare Administration)', 'NO', 'health'),
  a('nhs.uk', 'NHS (UK National Health Service)', 'GB', 'health'),
  a('sst.dk', 'Sundhedsstyrelsen (Danish Health Authority)', 'DK', 'health'),

  // Social security, pensions, benefits and training accounts (refund and "update your details" SMS).
  a('arbeitsagentur.de', 'Bundesagentur für Arbeit (Germany; incl. Familienkasse)', 'DE', 'social'),
  a('deutsche-rentenversicherung.de', 'Deutsche Rentenversicherung (German public pension insurance)', 'DE', 'social'),
  a('ams.at', 'Arbeitsmarktservice (Austrian public employment service)', 'AT', 'social'),
  a('uwv.nl', 'UWV (Dutch employee insurance agency)', 'NL', 'social'),
  a('svb.nl', 'Sociale Verzekeringsbank (Netherlands)', 'NL', 'social'),
  a('toeslagen.nl', 'Dienst Toeslagen (Dutch benefits office)', 'NL', 'social'),
  a('csn.se', 'CSN (Swedish Board of Student Finance)', 'SE', 'social'),
  a('lanekassen.no', 'Lånekassen (Norwegian State Educational Loan Fund)', 'NO', 'social'),
  a('mywelfare.ie', 'MyWelfare (Irish Department of Social Protection)', 'IE', 'social'),
  a('seg-social.pt', 'Segurança Social (Portugal)', 'PT', 'social'),
  a('sepe.es', 'SEPE (Spanish public employment service)', 'ES', 'social'),
  a('francetravail.fr', 'France Travail (French public employment service)', 'FR', 'social'),
  a('caf.fr', 'Caisse d’allocations familiales (France)', 'FR', 'social'),
  a('moncompteformation.gouv.fr', 'Mon Compte Formation (French training account, CPF)', 'FR', 'social', 'https://www.moncompteformation.gouv.fr/'),
  a('certificat-air.gouv.fr', 'Crit’Air (French vehicle air-quality certificate)', 'FR', 'transport', 'https://www.certificat-air.gouv.fr/'),

  // ── CERTs and national online-safety services not listed elsewhere ──────────────────────────
  a('cert.at', 'CERT.at (Austrian national CERT)', 'AT', 'cert'),
  a('sk-cert.sk', 'SK-CERT (Slovak national cyber security centre)', 'SK', 'cert'),
  a('csirt.sk', 'CSIRT.SK (Slovak government CSIRT)', 'SK', 'cert'),
  a('cert.be', 'CERT.be (Belgian national CERT)', 'BE', 'cert'),
  a('ncsc.admin.ch', 'National Cyber Security Centre (Switzerland)', 'CH', 'cert', 'https://www.ncsc.admin.ch/'),

  // ── Justice ministries, prosecution services, courts and CERTs not listed elsewhere ─────────
  a('bmj.de', 'Bundesministerium der Justiz (Germany)', 'DE', 'justice'),
  a('generalbundesanwalt.de', 'Der Generalbundesanwalt beim Bundesgerichtshof (Germany)', 'DE', 'justice'),
  a('jm.dk', 'Justitsministeriet (Denmark)', 'DK', 'justice'),
  a('anklagemyndigheden.dk', 'Anklagemyndigheden (Danish Prosecution Service)', 'DK', 'justice'),
  a('oikeusministerio.fi', 'Oikeusministeriö (Finnish Ministry of Justice)', 'FI', 'justice'),
  a('syyttajalaitos.fi', 'Syyttäjälaitos (Finnish National Prosecution Authority)', 'FI', 'justice'),
  a('regeringen.se', 'Regeringskansliet (Swedish Government Offices)', 'SE', 'justice'),
  a('stjornarradid.is', 'Stjórnarráð Íslands (Government of Iceland)', 'IS', 'justice'),
  a('riksadvokaten.no', 'Riksadvokaten (Director of Public Prosecutions, Norway)', 'NO', 'justice'),
  a('justice.ie', 'Department of Justice (Ireland)', 'IE', 'justice'),
  a('dpp.ie', 'Office of the Director of Public Prosecutions (Ireland)', 'IE', 'justice'),
  a('birosag.hu', 'Bíróság (Hungarian courts)', 'HU', 'justice'),
  a('ugyeszseg.hu', 'Ügyészség (Hungarian Prosecution Service)', 'HU', 'justice'),
  a('dorh.hr', 'Državno odvjetništvo (Croatian State Attorney’s Office)', 'HR', 'justice'),
  a('dt-rs.si', 'Državno tožilstvo (Slovenian State Prosecutor’s Office)', 'SI', 'justice'),
  a('nsz.cz', 'Nejvyšší státní zastupitelství (Czech Supreme Public Prosecutor’s Office)', 'CZ', 'justice'),
  a('prokuraturos.lt', 'Prokuratūra (Lithuanian Prosecutor’s Office)', 'LT', 'justice'),
  a('poderjudicial.es', 'Poder Judicial (Spanish judiciary, CGPJ)', 'ES', 'justice'),
  a('fiscal.es', 'Ministerio Fiscal (Spanish Public Prosecutor’s Office)', 'ES', 'justice'),
  a('bundesanwaltschaft.ch', 'Bundesanwaltschaft (Office of the Attorney General of Switzerland)', 'CH', 'justice'),
  a('ibz.be', 'FOD Binnenlandse Zaken / SPF Intérieur (Belgian interior ministry)', 'BE', 'justice'),
  a('intermin.fi', 'Sisäministeriö (Finnish Ministry of the Interior)', 'FI', 'justice'),
  a('siseministeerium.ee', 'Siseministeerium (Estonian Ministry of the Interior)', 'EE', 'justice'),
  a('land.nrw', 'Land Nordrhein-Westfalen (state portal on the .nrw TLD)', 'DE', 'justice', 'https://www.land.nrw/'),
  a('im.nrw', 'Ministerium des Innern NRW', 'DE', 'justice', 'https://www.im.nrw/'),
  a('gouvernement.fr', 'Gouvernement (French government portal)', 'FR', 'justice'),
  a('ncsc.nl', 'Nationaal Cyber Security Centrum (Netherlands)', 'NL', 'cert'),
  a('csirt.cz', 'CSIRT.CZ (Czech national CSIRT, CZ.NIC)', 'CZ', 'cert'),
  a('ccn-cert.cni.es', 'CCN-CERT (Spanish government CERT)', 'ES', 'cert', 'https://www.ccn-cert.cni.es/'),
  a('nsm.no', 'Nasjonal sikkerhetsmyndighet (Norwegian National Security Authority, NCSC)', 'NO', 'cert'),
  a('cfcs.dk', 'Center for Cybersikkerhed (Denmark)', 'DK', 'cert'),
  a('govcert.lu', 'GOVCERT.LU (Luxembourg government CERT)', 'LU', 'cert'),

  // ── Vehicle registration and driving-licence authorities (fake "points", tax and MOT notices) ──
  a('kba.de', 'Kraftfahrt-Bundesamt (German Federal Motor Transport Authority)', 'DE', 'transport'),
  a('rdw.nl', 'RDW (Dutch vehicle authority)', 'NL', 'transport'),
  a('transportstyrelsen.se', 'Transportstyrelsen (Swedish Transport Agency)', 'SE', 'transport'),
  a('fstyr.dk', 'Færdselsstyrelsen (Danish Road Traffic Authority)', 'DK', 'transport'),
  a('ilportaledellautomobilista.it', 'Il Portale dell’Automobilista (Italian Ministry of Transport)', 'IT', 'transport'),
  a('imt-ip.pt', 'Instituto da Mobilidade e dos Transportes (Portugal)', 'PT', 'transport'),
  a('csdd.lv', 'CSDD (Latvian Road Traffic Safety Directorate)', 'LV', 'transport'),
  a('regitra.lt', 'Regitra (Lithuanian vehicle and driver registry)', 'LT', 'transport'),
  a('transpordiamet.ee', 'Transpordiamet (Estonian Transport Administration)', 'EE', 'transport'),
  a('ndls.ie', 'National Driver Licence Service (Ireland)', 'IE', 'transport'),
  a('motortax.ie', 'Motor Tax Online (Ireland)', 'IE', 'transport'),
  a('mdcr.cz', 'Ministerstvo dopravy (Czech Ministry of Transport)', 'CZ', 'transport'),
  a('samgongustofa.is', 'Samgöngustofa (Icelandic Transport Authority)', 'IS', 'transport'),

  // ── Road tolls and vignettes ──────────────────────────────────────────────────────────────────
  a('asfinag.at', 'ASFINAG (Austrian motorway operator, vignette and toll)', 'AT', 'toll'),
  a('edalnice.cz', 'eDálnice (Czech electronic vignette)', 'CZ', 'toll'),
  a('eznamka.sk', 'eZnámka (Slovak electronic vignette)', 'SK', 'toll'),
  a('etoll.gov.pl', 'e-TOLL (Polish electronic toll system)', 'PL', 'toll', 'https://etoll.gov.pl/'),
  a('toll-collect.de', 'Toll Collect (German truck toll operator)', 'DE', 'toll'),
  a('autopass.no', 'AutoPASS (Norwegian road toll)', 'NO', 'toll'),
  a('vegvesen.no', 'Statens vegvesen (Norwegian Public Roads Administration)', 'NO', 'toll'),
  // The E-ZPass Group: the toll agencies of the US north-east and mid-west that share the E-ZPass
  // brand (founding members per the group's own page, later members per their own sites).
  toll('e-zpassny.com', 'E-ZPass New York', EZPASS),
  toll('ezpassnj.com', 'E-ZPass New Jersey'),
  toll('ezpassva.com', 'E-ZPass Virginia'),
  toll('ezpassmd.com', 'E-ZPass Maryland'),
  toll('ezpassde.com', 'E-ZPass Delaware'),
  toll('ezpassri.com', 'E-ZPass Rhode Island'),
  toll('paturnpike.com', 'Pennsylvania Turnpike Commission', EZPASS),
  toll('ohioturnpike.org', 'Ohio Turnpike and Infrastructure Commission'),
  toll('getipass.com', 'Illinois Tollway (I-PASS)'),
  toll('ezdrivema.com', 'EZDriveMA (Massachusetts DOT)'),
  toll('indianatollroad.org', 'Indiana Toll Road'),
  toll('ncquickpass.com', 'NC Quick Pass (North Carolina Turnpike Authority)'),
  toll('cfxway.com', 'Central Florida Expressway Authority'),

  // ── The registry by category (data/registry.ts): the other US toll agencies and systems, US state
  // motor-vehicle agencies and federal agencies, Canada, Australia, Brazil, Russia, India, Türkiye,
  // Mexico, and the EU/EEA toll and vignette operators not listed above ──────────────────────────
  ...REGISTRY.filter((r) => !r.listed).map((r) => a(r.domain, r.org, r.country, r.theme, r.source)),
];

/** The theme of each authority's domain (brand.ts names "that country's tax administration" with it). */
export const AUTHORITY_THEME_OF: ReadonlyMap<string, AuthorityTheme> = new Map(AUTHORITIES.map((x) => [x.domain, x.theme]));
