/**
 * Word lists (data) for the lookalike checks: what a label or an e-mail local part can claim.
 *
 * - CLAIM_WORDS: names of police bodies that are not themselves the label of an official domain
 *   (kripos is part of politiet.no, EC3 and EMPACT are Europol's) and the word for "police" in the
 *   languages of the reference list. `domains` lists the official domains the word points to, best
 *   first; a word whose domains are all missing from the list in use claims nothing.
 *   `generic` words are ordinary vocabulary in some language (police, polizei, policía, garda is
 *   also a security company): they count in an e-mail local part or display name, never in a
 *   registered domain name, where they would flag police unions, shops and foreign forces.
 * - GOV_WORDS: labels that say "government". A label made of one of them outside a government
 *   public suffix (govt.no, gov.eu, gov.nl is a private suffix) is a fake-government sign, unless
 *   the registrable domain is one of the GOVERNMENT_UMBRELLAS.
 * - UMBRELLA_WORDS: the shared parents under which the list names organisation hosts.
 * - COMMON_LABELS: official labels that are ordinary words; alone they never claim an
 *   organisation (interieur.be is a design fair, garda.com a security company).
 *
 * All lower case, ASCII (diacritics are stripped before lookup).
 */

export interface ClaimWord {
  word: string;
  domains: readonly string[];
  generic?: boolean;
  /** Registered alone under another TLD (kripos.com) it is a TLD swap of the organisation. */
  alone?: boolean;
  /** An acronym that phishing lists show glued to any word (`fbikids`, `johnsonfbi`): counts with anything glued on. */
  affix?: boolean;
}

export const CLAIM_WORDS: readonly ClaimWord[] = [
  // organisations and units
  { word: 'kripos', domains: ['politiet.no'], alone: true },
  { word: 'ec3', domains: ['europol.europa.eu'] },
  { word: 'empact', domains: ['europol.europa.eu'], alone: true },
  { word: 'europol', domains: ['europol.europa.eu'], alone: true },
  { word: 'interpol', domains: ['interpol.int'], alone: true },
  // Belgian federal police abbreviation (polfed-fedpol.be.… in the corpus). Not "fedpol": that is
  // the Swiss federal police (fedpol.admin.ch).
  { word: 'polfed', domains: ['police.be'] },
  { word: 'bundespolizei', domains: ['bundespolizei.de'], alone: true },
  { word: 'bundeskriminalamt', domains: ['bka.de', 'bundeskriminalamt.at'], alone: true },
  { word: 'landeskriminalamt', domains: ['polizei.de'] },
  { word: 'gendarmerie', domains: ['interieur.gouv.fr'] },
  { word: 'carabinieri', domains: ['carabinieri.it'] },
  { word: 'guardiacivil', domains: ['guardiacivil.es'] },
  { word: 'actionfraud', domains: ['actionfraud.police.uk'] },
  { word: 'cbzc', domains: ['policja.gov.pl'] },
  { word: 'cbsp', domains: ['policja.gov.pl'] },
  { word: 'fbi', domains: ['fbi.gov'], alone: true, affix: true },
  { word: 'rigspoliti', domains: ['politi.dk'], alone: true },
  { word: 'rigspolitiet', domains: ['politi.dk'], alone: true },
  { word: 'guardiadifinanza', domains: ['gdf.gov.it'] },
  { word: 'poliziadistato', domains: ['poliziadistato.it'] },
  // The UK tax authority's acronym: its guidance quotes `hmrc.org.uk` as a fake sender's domain.
  { word: 'hmrc', domains: ['hmrc.gov.uk'], alone: true },
  // "police" in the languages of the list (generic: local parts and display names only)
  { word: 'politi', domains: ['politi.dk', 'politiet.no'], generic: true },
  { word: 'politiet', domains: ['politiet.no'], generic: true },
  { word: 'polis', domains: ['polisen.se'], generic: true },
  { word: 'polisen', domains: ['polisen.se'], generic: true },
  { word: 'poliisi', domains: ['poliisi.fi'], generic: true },
  { word: 'politsei', domains: ['politsei.ee'], generic: true },
  { word: 'politie', domains: ['politie.nl', 'politie.be'], generic: true },
  { word: 'police', domains: ['police.be', 'interieur.gouv.fr', 'police.public.lu', 'police.hu', 'police.gov.cy', 'police.uk'], generic: true },
  { word: 'polizei', domains: ['polizei.de', 'polizei.gv.at', 'bundespolizei.de'], generic: true },
  { word: 'polizia', domains: ['poliziadistato.it'], generic: true },
  { word: 'policia', domains: ['policia.es', 'policiajudiciaria.pt', 'psp.pt'], generic: true },
  { word: 'policie', domains: ['policie.cz', 'policie.gov.cz'], generic: true },
  { word: 'policja', domains: ['policja.gov.pl', 'policja.pl'], generic: true },
  { word: 'policija', domains: ['policija.si', 'policija.gov.hr', 'policija.lt'], generic: true },
  { word: 'politia', domains: ['politiaromana.ro'], generic: true },
  { word: 'pulizija', domains: ['pulizija.gov.mt'], generic: true },
  { word: 'policajny', domains: ['minv.sk'], generic: true },
  { word: 'rendorseg', domains: ['police.hu'], generic: true },
  { word: 'astynomia', domains: ['astynomia.gr'], generic: true },
  { word: 'logreglan', domains: ['logreglan.is'], generic: true },
  { word: 'logregla', domains: ['logreglan.is'], generic: true },
  { word: 'garda', domains: ['garda.ie'], generic: true },
  { word: 'gardai', domains: ['garda.ie'], generic: true },
  { word: 'brigade', domains: ['interieur.gouv.fr'], generic: true },
  { word: 'gendarme', domains: ['interieur.gouv.fr'], generic: true },
  { word: 'kriminalpolizei', domains: ['polizei.de'], generic: true },
];

export const GOV_WORDS: ReadonlySet<string> = new Set(['gov', 'govt', 'gouv', 'gob', 'gub', 'gv', 'go', 'government', 'gouvernement', 'regjeringen', 'overheid', 'mil']);

/**
 * Registrable domains run by a government although the PSL does not list them as public suffixes
 * (the reference list names hosts under gov.hr and gov.mt). A gov label there is not fake.
 */
export const GOVERNMENT_UMBRELLAS: ReadonlySet<string> = new Set(['gov.hr', 'gov.mt', 'gov.si', 'gov.sk', 'gov.wales', 'gov.scot', 'lrv.lt', 'public.lu', 'etat.lu', 'bund.de', 'admin.ch', 'europa.eu', 'coe.int', 'belgium.be', 'belgique.be', 'belgie.be', 'fgov.be', 'gov.ro']);

export const UMBRELLA_WORDS: ReadonlySet<string> = new Set(['europa', 'public', 'etat', 'lrv', 'bund', 'coe', 'belgium', 'int']);

/** "police" words too common in legitimate names to claim a force on their own (see above). */
export const WEAK_POLICE_WORDS: ReadonlySet<string> = new Set(['police', 'polizei', 'policia', 'garda']);

export const COMMON_LABELS: ReadonlySet<string> = new Set([
  'police', 'polizei', 'policia', 'garda', 'commission', 'interieur', 'amendes', 'scotland', 'phishing', 'hotline', 'cert', 'gemma', 'interno', 'offlimits', 'public', 'stationnement', 'cybercrime', 'mossos', 'justice', 'courts', 'island', 'suomi', 'eesti', 'latvija', 'slovensko', 'magyarorszag', 'government', 'overheid', 'regierung', 'borger', 'just', 'domstol', 'oikeus', 'justiz', 'giustizia', 'kohus', 'forbrug',
]);

/**
 * Words phishing kits glue to a brand or a police word (`cyberpolice`, `europolhelp`,
 * `antaidossiergouv`): channel, service and urgency words in the languages of the list. Ordinary
 * words that make a name an organisation's own (foundation, one, union, bond, news) are not here.
 */
export const KIT_WORDS: ReadonlySet<string> = new Set([
  'cyber', 'online', 'web', 'net', 'secure', 'security', 'securite', 'verify', 'verification', 'verif', 'check', 'help', 'helpdesk', 'support', 'service', 'services', 'servicio', 'servico', 'portal', 'portail', 'login', 'logon', 'signin', 'account', 'konto', 'compte', 'notice', 'notification', 'notif', 'alert', 'alerts', 'alerte', 'case', 'cases', 'file', 'files', 'dossier', 'dossiers', 'pay', 'payment', 'payments', 'paiement', 'payement', 'paiements', 'pago', 'pagos', 'pagamento', 'zahlung', 'betaling', 'betalning', 'maksu', 'platba', 'fine', 'fines', 'amende', 'amendes', 'multa', 'multas', 'boete', 'gov', 'govt', 'gouv', 'gob', 'official', 'officiel', 'oficial', 'ufficiale', 'offiziell', 'info', 'infos', 'center', 'centre', 'centrum', 'unit', 'dept', 'department', 'office', 'app', 'apps', 'mail', 'email', 'digital', 'id', 'ident', 'europe', 'europa', 'euro', 'int', 'intl', 'international', 'national', 'federal', 'crime', 'crimes', 'fraud', 'report', 'reports', 'desk', 'hq', 'direct', 'team', 'agent', 'agency', 'agencia', 'access', 'auth', 'validation', 'valid', 'update', 'claim', 'refund', 'investigation', 'investigations', 'legal', 'justice', 'police', 'polizei', 'policia', 'politie', 'cop', 'cops', 'dossier', 'reglement', 'regle', 'avis', 'impaye', 'impayes', 'infraction', 'infractions', 'amenda', 'stationnement', 'parking', 'peage', 'toll', 'routier', 'routiere', 'citation', 'summons', 'court', 'tribunal', 'nacional', 'nationale', 'nazionale', 'federale', 'federala', 'sprawa', 'sprawy', 'zaplata', 'platnost', 'fizetes', 'plata', 'maksa', 'betal', 'pagar', 'pagare',
  // filler that fine and police kits put around the word (`je-reglemoninfraction`, `interpolglobal`)
  'mon', 'mes', 'vos', 'votre', 'global', 'prefecture', 'prefectura', 'postale',
  // "case", "summons", "complaint" in the supported languages (`politiezaak`, `polizei-vorladung`)
  'zaak', 'dagvaarding', 'sak', 'sag', 'arende', 'kallelse', 'stevning', 'indkaldelse', 'kutsu', 'vorladung', 'anzeige', 'verfahren', 'convocation', 'convocatoria', 'citacion', 'notificacion', 'caso', 'causa', 'avviso', 'citazione', 'wezwanie', 'predvolani', 'predvolanie', 'idezes', 'citatie', 'poziv', 'kvadning', 'summon',
]);

/** ISO 3166 alpha-2 codes of the countries on the list and their neighbours, plus uk and eu. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set([
  'at', 'be', 'bg', 'hr', 'cy', 'cz', 'dk', 'ee', 'fi', 'fr', 'de', 'gr', 'el', 'hu', 'ie', 'it', 'lv', 'lt', 'lu', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'si', 'es', 'se', 'is', 'li', 'no', 'uk', 'gb', 'ch', 'eu', 'us',
]);

/**
 * The word for police in every supported language (folded to ASCII), and the words for a traffic
 * fine that fine-payment kits use, with the official domains each points to (best first). Only for
 * registrable labels, and only with kit words, digits or a country code as company (brand.ts).
 */
export const AUTHORITY_WORDS_BY_LANGUAGE: ReadonlyMap<string, readonly string[]> = new Map([
  ['police', ['police.be', 'interieur.gouv.fr', 'police.public.lu', 'police.hu', 'police.gov.cy', 'police.uk']],
  ['polizei', ['polizei.de', 'polizei.gv.at']],
  ['polizia', ['poliziadistato.it']],
  ['policia', ['policia.es', 'policiajudiciaria.pt', 'psp.pt']],
  ['policie', ['policie.cz', 'policie.gov.cz']],
  ['policja', ['policja.gov.pl', 'policja.pl']],
  ['policija', ['policija.si', 'policija.gov.hr', 'policija.lt']],
  ['politia', ['politiaromana.ro']],
  ['pulizija', ['pulizija.gov.mt']],
  ['politie', ['politie.nl', 'politie.be']],
  ['politiet', ['politiet.no']],
  ['politi', ['politi.dk', 'politiet.no']],
  ['polisen', ['polisen.se']],
  ['poliisi', ['poliisi.fi']],
  ['politsei', ['politsei.ee']],
  ['policajny', ['minv.sk']],
  ['rendorseg', ['police.hu']],
  ['astynomia', ['astynomia.gr']],
  ['logreglan', ['logreglan.is']],
  // Bulgarian (полиция), transliterated both ways; Latvian shares `policija` with hr, lt and sl.
  ['politsiya', ['mvr.bg']],
  ['politsia', ['mvr.bg']],
  ['logregla', ['logreglan.is']],
  ['kripo', ['polizei.de', 'polizei.gv.at']],
  ['valstspolicija', ['vp.gov.lv']],
  ['policianacional', ['policia.es']],
  ['questura', ['poliziadistato.it']],
  ['commissariat', ['interieur.gouv.fr']],
  ['commissariato', ['poliziadistato.it', 'commissariatodips.it']],
  ['poliziapostale', ['commissariatodips.it', 'poliziadistato.it']],
  ['ertzaintza', ['ertzaintza.euskadi.eus']],
  ['mossosdesquadra', ['mossos.gencat.cat']],
  ['jandarmeria', ['jandarmeriaromana.ro']],
  ['marechaussee', []],
  ['gendarmerie', ['interieur.gouv.fr']],
  ['carabinieri', ['carabinieri.it']],
  ['guardiacivil', ['guardiacivil.es']],
  ['amende', ['amendes.gouv.fr', 'antai.gouv.fr']],
  ['amendes', ['amendes.gouv.fr', 'antai.gouv.fr']],
  ['multa', ['dgt.es', 'ansr.pt']],
  ['multas', ['dgt.es', 'ansr.pt']],
  ['infraction', ['antai.gouv.fr', 'amendes.gouv.fr']],
  ['infractions', ['antai.gouv.fr', 'amendes.gouv.fr']],
  ['contravention', ['antai.gouv.fr', 'amendes.gouv.fr']],
  ['amande', ['amendes.gouv.fr', 'antai.gouv.fr']],
  ['boete', ['cjib.nl']],
  ['boetes', ['cjib.nl']],
  // The word for a fine or penalty notice in the other supported languages (no list entry: the
  // finding names "a traffic-fine service", or the national police of the country named).
  ['bussgeld', []],
  ['strafzettel', []],
  ['pokuta', []],
  ['pokuty', []],
  ['sakko', []],
  ['birsag', []],
  ['amenzi', []],
  ['kazna', []],
  ['globa', []],
  ['prostimo', []],
  ['amenda', []],
  ['trahv', []],
  ['coima', []],
  ['contravvenzione', []],
]);

/** The fine and penalty-notice words of AUTHORITY_WORDS_BY_LANGUAGE (the rest are police words). */
export const FINE_WORDS: ReadonlySet<string> = new Set(['amende', 'amendes', 'amande', 'multa', 'multas', 'infraction', 'infractions', 'contravention', 'boete', 'boetes', 'bussgeld', 'strafzettel', 'pokuta', 'pokuty', 'sakko', 'birsag', 'amenzi', 'amenda', 'kazna', 'globa', 'prostimo', 'trahv', 'coima', 'contravvenzione']);

/**
 * Police words that are also ordinary words or places elsewhere (Lake Garda, Catalan "mossos" =
 * lads): they count only when a country-code label or the ccTLD names their own country.
 */
export const COUNTRY_BOUND_WORDS: ReadonlyMap<string, { country: string; domains: readonly string[] }> = new Map([
  ['garda', { country: 'IE', domains: ['garda.ie'] }],
  ['gardai', { country: 'IE', domains: ['garda.ie'] }],
  ['mossos', { country: 'ES', domains: ['mossos.gencat.cat'] }],
]);

/**
 * Ordinary words that begin with a word for police (politics, Dutch "politiek", the poet
 * Poliziano): a local part or label token that continues a police word this way does not claim it.
 */
export const NOT_POLICE_STEMS: readonly string[] = ['politic', 'politik', 'politiq', 'politiek', 'politica', 'poliziano', 'policy', 'policies', 'polisario'];

/**
 * Words that make a police word name a national force (`policefederale`, `policianacional`):
 * national forces send mail only from their own domains, which are on the list, so such a local
 * part on any other domain is a false sender. Municipal police (polizia locale, policía local)
 * write from their town's domain, which is not on the list: "local" words are not here.
 */
export const NATIONAL_QUALIFIERS: readonly string[] = ['federal', 'federale', 'federala', 'federaal', 'national', 'nationale', 'nacional', 'nazionale', 'judiciaire', 'judiciaria', 'giudiziaria', 'bundes', 'rigs', 'valsts', 'distato'];

/** The words for court and justice (folded to ASCII): a court or justice ministry is imitated. */
export const JUSTICE_WORDS: readonly string[] = [
  // justice
  'justice', 'justiz', 'justitie', 'justitia', 'justicia', 'justica', 'giustizia', 'justis', 'sprawiedliwosc', 'spravedlnost', 'pravosodje', 'pravosudje', 'igazsagugy', 'teisingumas',
  // court
  'tribunal', 'tribunale', 'gericht', 'amtsgericht', 'court', 'courts', 'rechtbank', 'rechtspraak', 'domstol', 'domstolene', 'domstolar', 'tuomioistuin', 'oikeus', 'birosag', 'instanta', 'teismas', 'kohus', 'sodisce', 'dikastirio',
  // prosecutor
  'prokuratura', 'prokurator', 'prokuror', 'prokuratuur', 'parquet', 'fiscalia', 'procureur', 'procura', 'procuratore', 'procuradoria', 'staatsanwalt', 'staatsanwaltschaft', 'aklagare', 'aklagarmyndigheten', 'anklagemyndighed', 'syyttaja', 'syyttajalaitos', 'ugyeszseg', 'parchet', 'eisaggelia',
];
