/**
 * Theme-word hosts, second pass (docs/DOMAINS.md §3 "Theme-word hosts: the multilingual vocabulary
 * and the score"): a registrable label that names no organisation but the theme of a government
 * service and the words of a demand (`maliyecezatr`, `dluznik-pl`, `ukreturnclaim`,
 * `nedoplatek-overeni`), in the 26 EU/EEA languages, Turkish and English.
 *
 * Each hyphen token is cut (a linear dynamic programme over positions: each tries the vocabulary's
 * words and stems of 3 to 20 letters, a country code at the token's start or end, a digit run, else
 * leaves one letter unread) into the fewest unread letters. Unread letters make a residue: letters
 * with no vowel (`krd`, `xqz`, `bps`) are random-looking and count; an `e`/`i` in front is an
 * e-government prefix; any other residue (a town, a company, `cooking`, a compound's linking
 * letter) means the label is someone's name, and it is left alone. Among the words one must be a
 * **topic** (a government service's theme: fine, toll or road, parking, tax or refund, customs,
 * debt or bailiff, court, vehicle or licence, social security); the other pieces score:
 *
 * | piece | points |
 * | --- | --- |
 * | enforcement word (unpaid, fine, penalty, summons …) or demand word (notice, reminder, check, official, gov, citizen) | 2 |
 * | the topic itself is an enforcement word (so with `service` or `online` it makes a demand, as in brand.ts) | +1.5 |
 * | a topic of another theme (`maliye` tax + `ceza` fine) | 1 |
 * | payment, settle, claim, login, account, update, confirm word | 1 |
 * | a country code or a place (a US state, a European country by name) | 1 |
 * | random-looking letters | 1 |
 * | a TLD off the ordinary ones (lookalike.ts), with any other piece | 1 |
 * | two action words, one a payment or claim word (`toll-payment-portal`) | 0.5 |
 * | digits | 0.5 |
 * | service, online, portal, help, web … | 0.5 |
 * | info, center, road, articles … (informational and filler) | 0 |
 *
 * Two points make a lookalike. So `parkingpay.ch`, `taxservice.com`, `zwrot-podatku.pl`,
 * `parking-service-fr.com` (1 or 1.5) stay quiet, as a parking app, a tax adviser or a refund
 * agent may be called; `ukreturnclaim.com` (claim + code), `dluznik-pl.tk` (code + cheap TLD),
 * `dlugkrd.ml` (random letters + cheap TLD) do not. Abbreviations (`amd` for amende, `fps`, `hgs`)
 * are topics only with a demand, payment word or country code as support.
 *
 * Bounded: labels of at most 63 characters; one pass per position over at most 20 lengths and 3
 * inflection letters. (Written by hand rather than with a library: no maintained segmenter
 * covers these word lists, and the cut must stay linear on adversarial labels.)
 */
import {
  AUTHORITY_SERVICE_WORDS,
  DEMAND_WORDS,
  ENFORCEMENT_WORDS,
  INFORMATIONAL,
  SERVICE_THEME_WORDS,
  SUMMONS_WORDS,
  THEME_BODY,
  THEME_FILLER,
  type AuthorityTheme,
  type BrandHit,
  type BrandTheme,
} from './brand.js';
import {
  CLAIM_KIT_WORDS,
  COUNTRY_CODES,
  FINE_WORDS,
  GLUED_STATE_CODES,
  GOV_WORDS,
  KIT_WORDS,
  LANGUAGE_BOUND_FINE_WORDS,
  PAYMENT_WORDS,
  US_STATE_CODES,
  US_STATE_NAMES,
} from './words.js';
import { govWithJunk } from './place-gov.js';

type Role = 'enforce' | 'topic' | 'demand' | 'strong' | 'weak' | 'filler' | 'place';
interface Vocab {
  role: Role;
  theme?: BrandTheme;
  /** An abbreviation: a topic only with a demand, payment word or country code among the pieces. */
  support?: boolean;
  /** A place's country (ISO 3166 alpha-2, upper case): a US state or a European country by name. */
  country?: string;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/**
 * Topics by theme, in the supported languages (folded to ASCII: ł → l, ß → ss, German umlauts both
 * as `ue` and `u`), from language knowledge: the words of the service, not of one body.
 */
const TOPICS: ReadonlyArray<[BrandTheme, string]> = [
  // traffic and roads (en, fr, de, nl, es, pt, it, pl, cs, sl, hu, ro, fi, sv, da, nb, tr)
  [
    'fine',
    `trafik verkehr verkeer circulation circulacion circolazione drogowy drogowa drogowe drogowej silnicni cestni kozuti
     rutier rutiera stradale rodoviario rodoviaria liikenne tieliikenne trafikk vejtrafik fotoradar flitser blitzer speeding traffic ticket tickets
     trafico trafego traffico trafic trafikken`,
  ],
  // parking
  [
    'fine',
    `parkeerboete parkeergeld parkschein parkgebuehr parkgebuhr parkplatz parkovne parkirni parkiranje parkimine
     parkavimas stavesana otopark parkeringsavgift parkeringsafgift parkeringsavgift pysakointivirhemaksu aparcar
     postationnement poststationnement`,
  ],
  ['fine', 'amd fps tefps pcn'],
  // tolls, vignettes, motorways
  [
    'toll',
    `tollroad tollroads peajes telepeaje portagem pedaggi autoroute autoroutes autopista autopistas autostrada
     autoestrada autocesta avtocesta autobahn snelweg motorvej motorveg motorvag moottoritie dalnice dalnicni dialnica
     dialnicna autopalya autostrada otoyol vinjetta vinieta vignetten evignette ematrica erovinieta emyto mautgebuehr
     mautgebuhr tolgeld vejafgift vagavgift bompenger bompenge trangselskatt hgs ogs
     rovinieta roviniete rovinietei vinetka vinetki cestarina cestnina diodia znamka znamky znamku congestion ulez`,
  ],
  // taxes, refunds, returns, the treasury
  [
    'tax',
    `return returns taxe impot impots impositions fisc fiscal fiscale fisco tasse tributaria tributos tributo
     financas finanze finances hacienda  erario treasury belasting belastingen steuern steuererklaerung
     steuererklarung podatkow podatnik podatnika skarbowy skarbowa skarbowe skarbowka impozit impozite porez porezna
     porezni davek davki danok nalog danak  forologia mokestis mokesciai nodoklis nodokli maksud vergi vergiler
     maliye hazine rueckzahlung ruckzahlung tilbagebetaling tilbakebetalning vratka vraceni vratenie visszaterites
     rambursare povrat povracilo grazinimas atmaksa tagastus endurgreidsla devolucao restituzione restitution rebate
     rebates iade eforia danaci teloneio aterbetalning veronpalautus palautus epistrofi toeslag toeslagen counciltax
     renta rundfunkbeitrag beitragsservice nadplata nadplaty nadplatu preplatek preplatku preplatok ado refusjon skatte
     hyvitys foros forou forologiki percu bollo`,
  ],
  // customs and duty
  ['customs', 'customs duty duties gumruk tollur tolli cla celni celnik vamal vamale'],
  // debts, bailiffs, collection
  [
    'bailiff',
    `debt debts debtor debtors dlug dlugi dlugu dlugow dluznik dluznicy dluznika windykacja komorniczy komornicza
     schulden schuldner inkasso incasso  dettes recouvrement deuda deudas deudor divida dividas devedor debito
     debiti dluh dluhy dluznik dlh dlhy tartozas datorie datorii dugovanje dolg dolgovi skuld skulder gjeld 
      borc borcu icra haciz dalg zadalzhenie ofeili ofeiles`,
  ],
  // courts and summons
  ['justice', 'mahnbescheid court courts summon subpoena jury tribunal tribunale gericht mahkeme savcilik birosag sodisce pozew pozwanie'],
  // vehicles, licences, registrations
  [
    'transport',
    `fahrzeug fahrzeugschein zulassung kfzsteuer immatriculation cartegrise vehicule voertuig vehiculo veiculo veicolo
     pojazd pojazdu vozidlo vozidla jarmu autovehicul vozilo ajoneuvo fordon kjoretoy koeretoej ehliyet arac permis
     prawojazdy ridicak vodicak jogositvany rijbewijs fuehrerschein fuhrerschein license licence vehicle vehicles registration`,
  ],
  // social security and public health insurance
  [
    'health',
    `socialsecurity securitesociale seguridadsocial segurancasocial sozialversicherung krankenversicherung cartevitale
     tesserasanitaria ehic zdravotni socialinis sgk`,
  ],
];

/** Fines and offence notices beyond FINE_WORDS, in every supported language and Turkish (enforcement words of the traffic-fine theme). */
const MORE_FINES = words(`
  citation citations knoellchen verwarngeld bussgeldstelle procesverbal contraventions amendes bussgeldbescheid verwarnungsgeld strafzettel verkehrsstrafe bekeuring
  verkeersboete boetes multas coimas autuacao contravvenzioni grzywna mandaty mandatu pokuty pokutu birsagot amenzi
  contraventie kazne prekrsaj prekrsek prostima bauda baudos sodanauda trahvi sakot rikesakko parkeringsbot
  parkeringsboter boede boeder forelegg ceza cezasi cezalar trafikcezasi shtraf shtrafa shtrafi klisi klisis
`);

/** Enforcement words beyond ENFORCEMENT_WORDS: unpaid, arrears, overdue and reminders in every supported language. */
const MORE_ENFORCEMENT = words(`
  unbezahlt nichtbezahlt zahlungsaufforderung onbetaald openstaand impagato impagati scaduto
  scaduta vencido vencida vencidos impago nezaplaceno nezaplacene nezaplatene niezaplacone nieoplacony nieoplacone
  zalegly zalegle zaleglej fizetetlen neachitat neachitata neplacen neplacano neplaceno maksamatta ubetalte obetalda
  odenmemis gecikmis miseendemeure naheffing naheffingsaanslag potdij neplatita neplatite neplatit
`);

/** Demand words beyond DEMAND_WORDS: notices, checks, the citizen or user, the state, in every supported language. */
const MORE_DEMAND = words(`
  upomnienie upomnienia vyzva vyzvy felszolitas somatie opomin opomena muistutus paminnelse paamindelse
  pamindelse herinnering sollecito recordatorio lembrete tebligat rappel relance
  eidopoiisi uvedomlenie izvestie notificacion notificacao notifica notifiche bildirim uyari benachrichtigung mitteilung zawiadomienie oznamenie
  ertesites instiintare obavijest obvestilo teade pranesimas pazinojums meddelelse meddelande underretning tilkynning
  verificacao overeni overenie ellenorzes tarkistus vahvistus dogrulama
  servicepublic servicepublique servicespublics
  citizen citizens buerger obywatel obywatela obcan polgar cetatean kansalainen medborgare vatandas
  usuario utente gebruiker nutzer uzytkownik usager usagers contribuable contribuables ciudadano cidadao cittadino
  ministry ministere ministerio ministero ministerstwo ministerstvo ministerie ministerium bakanlik
`);

/** Action words that make a claim (pay, settle, claim, confirm, update, login) beyond the payment and claim lists. */
const MORE_STRONG = words(`
  charge charges pagata pagato terugvorderen terugvordering maksa maksta samaksat apmoketi settle settlement regle reglement regler reglez regul regularise regulariser regularisation regularizacion regolarizza
  regolarizzazione validate valider validar convalida update updates actualiser actualizar aggiorna aggiornamento
  aktualisierung aktualizacja bijwerken confirm confirmation confirmer bestaetigen bestaetigung potwierdzenie potvrzeni
  plashchane odeme odemesi placanje placilo oplaty oplate zaplaty uhradit betalen bezahlung pagamenti pagamento pagos paga
  account accounts cuenta conta conto hesap fiok konta login
  sorgula sorgulama verifier verificar verificare verifizieren
  claim claims reclamation aanvraag antrag wniosek zadost solicitud richiesta pedido basvuru
`);

/**
 * The same vocabulary beyond Europe, where the kits of the toll and fine waves also run (Brazilian
 * Portuguese, Latin-American Spanish, Indonesian and Malay, Indian English, Vietnamese and Arabic as
 * written in Latin letters), by role: a fine or offence; a topic (tax, customs, toll, vehicle); a
 * pending debt or bill, which is a demand (it anchors nothing alone: `pendientes` are also earrings);
 * a payment.
 */
const WORLD_FINES = words(
  'challan challans echallan tilang etilang denda pelanggaran comparendo comparendos fotomulta fotomultas infracciones infracoes infracao phatnguoi mukhalafat mukhalafa',
);
const WORLD_TOPICS: ReadonlyArray<[BrandTheme, string]> = [
  ['tax', 'pajak imposto impostos ipva cukai'],
  ['customs', 'beacukai aduanas alfandega'],
  ['toll', 'pedagio pedagios expressway expressways highway highways'],
  ['transport', 'parivahan samsat kendaraan licenciamento renavam'],
];
const WORLD_DEMAND = words('pendiente pendientes pendente pendentes pendencia pendencias debitos adeudo adeudos tagihan dichvucong');
const WORLD_STRONG = words('pagar pague pago bayar pembayaran regularizar regularize regularizacao');

/**
 * Words kits glue around the theme that say nothing of it (`quicktoll-pay`, `toll-express-center`,
 * `fine-resolution-portal`): filler, so that they no longer stop the reading as an unknown word
 * would; they add no point. Bills, invoices, statements and balances are payment words;
 * `federal`, `national` are as weak as `public`; `expressway`, `highway` are toll topics.
 */
const KIT_GLUE = words(
  'quick fast easy express direct now today center centre zone point web smart instant get check review resolve resolution process processing system systems management final last',
);
const BILL_WORDS = words('invoice invoices billing balance statement');

/** Filler besides THEME_FILLER: possessives, articles and prepositions kits glue in (`je-reglemoninfraction`). */
const MORE_FILLER = words('mon mes votre vos your the les des pour per para con mit voor dla und and llc inc ltd etc do non trop');

/** Two-letter prepositions and possessives kits write between the words (Slavic `do`, `na`, `za`, `po`; English `of`, `to`, `my`: `pay-my-toll`): filler. */
const SHORT_FILLER: ReadonlySet<string> = new Set(['do', 'na', 'za', 'po', 'of', 'to', 'my']);

/** Countries by name, in English and in their own languages (the theme's jurisdiction, as a code would say). */
const COUNTRY_NAMES: ReadonlyArray<[string, string]> = [
  ...words(
    'france:FR deutschland:DE germany:DE polska:PL poland:PL espana:ES spain:ES italia:IT italy:IT nederland:NL belgique:BE belgie:BE belgium:BE osterreich:AT oesterreich:AT austria:AT schweiz:CH suisse:CH svizzera:CH sverige:SE sweden:SE norge:NO norway:NO danmark:DK denmark:DK suomi:FI finland:FI eesti:EE estonia:EE latvija:LV latvia:LV lietuva:LT lithuania:LT magyar:HU magyarorszag:HU hungary:HU romania:RO hrvatska:HR croatia:HR slovenija:SI slovenia:SI slovensko:SK slovakia:SK cesko:CZ czech:CZ ellada:GR greece:GR portugal:PT ireland:IE eire:IE britain:GB england:GB scotland:GB wales:GB turkiye:TR turkey:TR malta:MT cyprus:CY kypros:CY iceland:IS island:IS luxembourg:LU bulgaria:BG balgariya:BG',
  ).map((p) => p.split(':') as [string, string]),
  // beyond Europe, where the same kits run (not names that are ordinary words: `chile`, `china`, `jordan`)
  ...words(
    'canada:CA australia:AU india:IN bharat:IN brasil:BR brazil:BR mexico:MX japan:JP nippon:JP singapore:SG malaysia:MY indonesia:ID philippines:PH pilipinas:PH newzealand:NZ southafrica:ZA nigeria:NG kenya:KE emirates:AE dubai:AE saudi:SA egypt:EG argentina:AR colombia:CO peru:PE usa:US america:US korea:KR thailand:TH vietnam:VN hongkong:HK taiwan:TW israel:IL pakistan:PK ukraine:UA',
  ).map((p) => p.split(':') as [string, string]),
];

/** Public and service words in the supported languages: as weak as `service` (a public car park is not a demand). */
const MORE_WEAK = words(
  'public publique publics publiques publico publica pubblico publiczny publiczne offentlig julkinen uslugi usluge sluzby servicios servicos servizi dienste diensten tjanster palvelut paslaugos pakalpojumi teenused storitve servicii portale portaal ' +
    'office offices agency agence agencia agenzia agentschap agentur agencja agentura agentie ugynokseg virasto myndighet ' +
    'department dept authority administration administracion amministrazione administracao verwaltung uprava sprava ' +
    'hivatal idare idaresi mudurlugu baskanligi urzad ufficio oficina kantoor kontor toimisto birou ured ' +
    'renew renewal renewals alert alerts track tracking lookup search access connect gateway desk hub app apps site link status',
);

/** Country codes a theme word takes: those of the list (words.ts) and Türkiye's, Serbia's, Ukraine's. */
const CC: ReadonlySet<string> = new Set([...COUNTRY_CODES, 'tr', 'rs', 'ua']);
/**
 * The codes of the countries beyond Europe where the same kits run, as a hyphen token of its own
 * only (`tax-refund-au`, `toll-pay-sg`): a list, not every ISO code, because many two-letter codes
 * are words of the supported languages (`om`, `er`, `uz`, `ni`, `ne`, `il`, `pe`, `sv`, `um`, `ar`, `bo`, `ve`, `kr`) and
 * others company forms (`ag`, `sa`, `bv`, `co`); glued codes stay European.
 */
const WORLD_CC: ReadonlySet<string> = new Set('au nz sg ph jp cn hk tw th vn pk bd lk ae qa kw bh eg ng ke gh br mx cl uy py ec cr gt hn pr ru kz'.split(' '));

/**
 * Codes that may be glued at a word's end (`reglefr`, `maliyecezatr`) or start (`ukreturnclaim`): not those that are
 * inflections or prefixes in the supported languages (Spanish and Catalan plural -es, Italian -it, German -de,
 * Greek -is, -el, -si, -se, -no, -at, -be, -ie, -us, -lu, -li, -ee, -rs, -ro, -pt, -ch, -lv).
 */
const NOT_GLUED_CC: ReadonlySet<string> = new Set('es is de el se si no at it be ie us lu li ee rs ro pt ch lv ua ga ca mo me ma la al'.split(' '));
const GLUED_END_CC: ReadonlySet<string> = new Set([...CC].filter((c) => !NOT_GLUED_CC.has(c)));
/** At a word's start also the US states' codes that are no English prefix (`nctoll`, `txtoll`); not `be-`, `de-`, `es-` … (`beschuldigt`). */
const GLUED_START_CC: ReadonlySet<string> = new Set([...CC, ...GLUED_STATE_CODES].filter((c) => !NOT_GLUED_CC.has(c)));

const VOCAB: ReadonlyMap<string, Vocab> = (() => {
  const m = new Map<string, Vocab>();
  // Later sets do not override earlier ones: enforcement first, then topics, demands, strong, weak, filler.
  const put = (w: string, v: Vocab) => {
    if (w.length >= 3 && !m.has(w)) m.set(w, v);
  };
  for (const w of ENFORCEMENT_WORDS) put(w, { role: 'enforce', theme: FINE_WORDS.has(w) ? 'fine' : SUMMONS_WORDS.has(w) ? 'justice' : 'government' });
  for (const w of MORE_FINES) put(w, { role: 'enforce', theme: 'fine' });
  for (const w of MORE_ENFORCEMENT) put(w, { role: 'enforce', theme: 'government' });
  for (const w of WORLD_FINES) put(w, { role: 'enforce', theme: 'fine' });
  for (const [w, theme] of SERVICE_THEME_WORDS) put(w, { role: 'topic', theme });
  for (const [w, theme] of AUTHORITY_SERVICE_WORDS) put(w, { role: 'topic', theme });
  for (const [theme, list] of [...TOPICS, ...WORLD_TOPICS])
    for (const w of words(list)) put(w, { role: 'topic', theme, ...(w.length === 3 ? { support: true } : {}) });
  put('tefps', { role: 'topic', theme: 'fine' });
  // A customs broker's own word, not a demand (`customs-clearance-uk`).
  put('clearance', { role: 'weak' });
  for (const w of [...DEMAND_WORDS, ...MORE_DEMAND, ...WORLD_DEMAND, ...GOV_WORDS]) put(w, { role: 'demand' });
  for (const w of [...PAYMENT_WORDS, ...CLAIM_KIT_WORDS, ...MORE_STRONG, ...WORLD_STRONG, ...BILL_WORDS]) put(w, { role: 'strong' });
  for (const w of KIT_WORDS) put(w, { role: INFORMATIONAL.has(w) ? 'filler' : 'weak' });
  for (const w of [...MORE_WEAK, 'federal', 'national', 'warning']) put(w, { role: 'weak' });
  for (const w of [...THEME_FILLER, ...INFORMATIONAL, ...MORE_FILLER, ...KIT_GLUE]) put(w, { role: 'filler' });
  for (const [name] of US_STATE_NAMES) put(name, { role: 'place', country: 'US' });
  for (const [name, country] of COUNTRY_NAMES) put(name, { role: 'place', country });
  return m;
})();

const MAX_WORD = 20;
/** Letters an inflection may add to a stem (Polish `podatk-u`, Czech `pokut-u`, Turkish `ceza-si`). */
const STEM_TAIL = 3;
/** An inflection: letters with a vowel (`-u`, `-ow`, `-ami`, `-si`), never a run of consonants (`dlug` + `krd` is no form of `dlug`). */
const INFLECTION = /^[a-z]*[aeiouy][a-z]*$/;

/**
 * Stems of the inflecting languages (pl, cs, sk, sl, hr, lt, lv, et, fi, hu, ro, tr, and the
 * Romance plurals), 4 letters or more, read with up to STEM_TAIL letters after them: a word of the
 * vocabulary is one form, the stem covers the others (`zaleglosc`, `zaleglego`; `dluznik`, `dluznikow`).
 */
const STEMS: ReadonlyMap<string, Vocab> = new Map<string, Vocab>([
  ...words(`amend contraven infrac infraz sanzion sancion multa multe mandat grzywn pokut birsag bussgeld verstoss
    strafzett boete bekeur kazn prekrs prostim baud trahv sakko sako ceza zaleg nedoplat impay impag nezaplac
    niezaplac nieoplac neplac fizetetlen restant wezwan predvol citaz citac vorlad achterstal`).map((w): [string, Vocab] => [
    w,
    { role: 'enforce', theme: 'government' },
  ]),
  ...words(`podat podatk skarbow zwrot steuer belasting impoz porez davk mokest nodok vergi maliye hazine iade rembours
    rimbors reembols devoluc restitu erstatt teruggav tagast`).map((w): [string, Vocab] => [w, { role: 'topic', theme: 'tax' }]),
  ...words(`drogow silnic dalnic dialnic autostrad autopist peaj pedagg portag vinjet vignet matric winiet mytn otoyol`).map((w): [string, Vocab] => [
    w,
    { role: 'topic', theme: 'toll' },
  ]),
  ...words(`parkow parkov parkir parkol parkeer stationn aparcam estacionam parchegg pysakoi trafik`).map((w): [string, Vocab] => [
    w,
    { role: 'topic', theme: 'fine' },
  ]),
  ...words(`komorni dluzni dlug windyk inkass deud dluh tartoz dator dolg borc haciz`).map((w): [string, Vocab] => [w, { role: 'topic', theme: 'bailiff' }]),
  ...words(`gumruk celn muitin`).map((w): [string, Vocab] => [w, { role: 'topic', theme: 'customs' }]),
  ...words(`fahrzeug zulass pojazd vozidl vozil ehliyet immatricul`).map((w): [string, Vocab] => [w, { role: 'topic', theme: 'transport' }]),
  ...words(`notific powiadom zawiadom oznamen weryfik verific verifik overen potwierdz potvrz ertesit upomn`).map((w): [string, Vocab] => [
    w,
    { role: 'demand' },
  ]),
  ...words(`platnos platb oplat doplat zaplat uhrad placil placan fizet betal zahlung pagament paiement payement odeme regular regolar reglem`).map(
    (w): [string, Vocab] => [w, { role: 'strong' }],
  ),
]);
const VOWEL = /[aeiouy]/;

type Piece = { kind: 'word'; word: string; v: Vocab } | { kind: 'cc' | 'digits' | 'residue'; text: string; end: boolean; start: boolean };

/**
 * One hyphen token cut into vocabulary words, country codes (at the token's start or end), digit
 * runs and residues (unread letters), with the fewest unread letters, then the fewest pieces.
 * Linear: one pass from the end, each position trying at most MAX_WORD lengths.
 */
function cut(tok: string): Piece[] {
  // A country code only in a token read wholly (`reglefr`), never next to unread letters, where it
  // would cut an ordinary word into a code and random-looking letters (`fi` + `rst`).
  const withCc = cutWith(tok, true);
  return withCc.some((p) => p.kind === 'residue') && withCc.some((p) => p.kind === 'cc') ? cutWith(tok, false) : withCc;
}

const isDigit = (s: string, i: number): boolean => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;

/** The longest word or stem (up to MAX_WORD letters) that starts with each three letters of the vocabulary. */
const PREFIXES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const w of [...VOCAB.keys(), ...STEMS.keys()]) if (w.length <= MAX_WORD) m.set(w.slice(0, 3), Math.max(m.get(w.slice(0, 3)) ?? 0, w.length));
  return m;
})();

function cutWith(tok: string, codes: boolean): Piece[] {
  const n = tok.length;
  const cost: number[] = new Array<number>(n + 1).fill(Infinity);
  const stepLen: number[] = new Array<number>(n + 1).fill(0);
  const stepKind: Array<'word' | 'cc' | 'digits' | 'char'> = new Array(n + 1);
  const stepVocab: Array<Vocab | undefined> = new Array(n + 1);
  cost[n] = 0;
  let i = n;
  const consider = (len: number, kind: 'word' | 'cc' | 'digits' | 'char', unread: number, v?: Vocab) => {
    const c = unread * 100 + 1 + cost[i + len]!;
    if (c < cost[i]!) {
      cost[i] = c;
      stepLen[i] = len;
      stepKind[i] = kind;
      stepVocab[i] = v;
    }
  };
  let digitEnd = n;
  for (i = n - 1; i >= 0; i--) {
    if (isDigit(tok, i)) {
      // A digit run is one piece: its end is where the run that starts after it began, or i + 1.
      digitEnd = i + 1 < n && isDigit(tok, i + 1) ? digitEnd : i + 1;
      consider(digitEnd - i, 'digits', 0);
      continue;
    }
    // Only the lengths of the words that start with these three letters (most positions have none).
    const longest = PREFIXES.get(tok.slice(i, i + 3)) ?? 0;
    for (let len = Math.min(longest, n - i); len >= 3; len--) {
      const w = tok.slice(i, i + len);
      const v = VOCAB.get(w);
      if (v) consider(len, 'word', 0, v);
      // A stem with an inflection of up to STEM_TAIL letters (`podatku`, `pokutu`, `cezasi`).
      const stem = STEMS.get(w);
      if (stem)
        for (let k = Math.min(STEM_TAIL, n - i - len); k >= 1; k--) if (INFLECTION.test(tok.slice(i + len, i + len + k))) consider(len + k, 'word', 0, stem);
    }
    if (codes && n > 2 && (i === 0 || i + 2 === n)) {
      const two = tok.slice(i, i + 2);
      if ((i === 0 && GLUED_START_CC.has(two)) || (i + 2 === n && GLUED_END_CC.has(two))) consider(2, 'cc', 0);
    }
    consider(1, 'char', 1);
  }
  const out: Piece[] = [];
  for (let i = 0; i < n;) {
    const len = stepLen[i]!;
    const kind = stepKind[i]!;
    const text = tok.slice(i, i + len);
    if (kind === 'word') out.push({ kind: 'word', word: text, v: stepVocab[i]! });
    else if (kind === 'char') {
      const last = out.at(-1);
      if (last?.kind === 'residue') {
        last.text += text;
        last.end = i + 1 === n;
      } else out.push({ kind: 'residue', text, start: i === 0, end: i + 1 === n });
    } else out.push({ kind, text, start: i === 0, end: i + len === n });
    i += len;
  }
  return out;
}

/**
 * Letters no one would read as a word: no vowel (`krd`, `xqk`), or letters mixed with digits.
 * (Not consonant runs: German and Slavic words have four in a row, `einspruch`, `pierwszy`.)
 */
function randomLooking(s: string): boolean {
  return !VOWEL.test(s) || /[0-9]/.test(s);
}

/** Weak words that make an action in a kit's chain: a portal, a secure login (`toll-payment-portal`), unlike `online` or `service`. */
const PORTAL_WORDS: ReadonlySet<string> = new Set([
  'portal',
  'portail',
  'portale',
  'portaal',
  'secure',
  'security',
  'securite',
  'login',
  'signin',
  'gateway',
  'access',
]);

/** A trailing token that makes the host read like a .com name (`parkingfine-com.xyz`). */
const DOT_TLD_TOKEN: ReadonlySet<string> = new Set(['com', 'net', 'org']);

const POINTS: Record<Role, number> = { enforce: 2, demand: 2, topic: 1, strong: 1, weak: 0.5, filler: 0, place: 0 };
/** Score at or above which the label reads lookalike. */
const THRESHOLD = 2;

/**
 * The theme-word score of a registrable label (see the module comment), or null when a residue
 * reads like a word or the score stays under THRESHOLD. `offMainstream`: free hosting or a TLD
 * other than a country code and .com/.net/.org. `tldCountry`: a national ccTLD's country.
 */
export function themeScoreInLabel(label: string, offMainstream: boolean, tldCountry?: string): BrandHit | null {
  if (label.length > 63) return null;
  const pieces: Piece[] = [];
  const toks = label.split('-');
  for (let t = 0; t < toks.length; t++) {
    const tok = toks[t]!;
    if (tok === '') continue;
    // A leading `com-` (`com-penalty.xin`): the smishing kits' way to make the host read `….com`, a piece of the kit.
    if (t === 0 && tok === 'com' && toks.length > 1) {
      pieces.push({ kind: 'word', word: 'com-', v: { role: 'demand' } });
      continue;
    }
    // A trailing `-com`, `-net`, `-org` (`parkingfine-com.xyz`): the host made to read like a .com name; filler, no point.
    if (t > 0 && t === toks.length - 1 && DOT_TLD_TOKEN.has(tok)) {
      pieces.push({ kind: 'word', word: tok, v: { role: 'filler' } });
      continue;
    }
    const single = tok.length <= 2;
    if (single) {
      // A token of one or two letters: a country code, an e-government prefix (`e-`, `i-`) or the
      // crown prefix of UK government bodies (`hm-`: HM Revenue, HM Courts, HM Passport Office), else a residue.
      if (CC.has(tok) || US_STATE_CODES.has(tok)) pieces.push({ kind: 'cc', text: tok, start: true, end: true });
      else if (tok === 'hm') pieces.push({ kind: 'word', word: 'hm', v: { role: 'demand' } });
      // Prepositions of two letters between the words (`mandat-do-zaplaty`, `pay-to-…`): filler.
      else if (SHORT_FILLER.has(tok)) continue;
      else if (WORLD_CC.has(tok)) pieces.push({ kind: 'cc', text: tok, start: true, end: true });
      else if (tok !== 'e' && tok !== 'i') pieces.push({ kind: 'residue', text: tok, start: true, end: true });
      continue;
    }
    const cutTok = cut(tok);
    // A token read as unknown letters with filler or weak words only (`nimes` = `ni` + `mes`) is one unknown word.
    if (
      cutTok.some((p) => p.kind === 'residue' && !randomLooking(p.text)) &&
      cutTok.every((p) => p.kind === 'residue' || (p.kind === 'word' && (p.v.role === 'filler' || p.v.role === 'weak')))
    )
      pieces.push({ kind: 'residue', text: tok, start: true, end: true });
    else pieces.push(...cutTok);
  }
  let rand = false;
  let unknown = 0;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    if (p.kind !== 'residue') continue;
    // An `e`/`i`/`my` in front is an e-government prefix (`e-podatek`, `iurzad`, `mytoll`). One or two letters
    // between two words are a compound's linking letters (`verkehr` + `s` + `verstoss`,
    // `betaling` + `s` + `achterstand`): one dictionary word, which a lawyer's or an adviser's
    // site is named after, so the label is left alone.
    if (p.start && !p.end && (p.text === 'e' || p.text === 'i' || p.text === 'my')) continue;
    // Junk letters glued to a government word (`gouvs`, `govy`, `govae`) make a registration unique; they are not a word.
    const before = pieces[k - 1];
    if (p.end && before?.kind === 'word' && GOV_WORDS.has(before.word) && govWithJunk(before.word + p.text) !== null) continue;
    if (p.text.length >= 3 && randomLooking(p.text)) rand = true;
    // One whole hyphen token of letters the vocabulary does not know (a town, a made-up name:
    // `ezpay-toll-notice`): read past it, but ask one point more of the rest.
    else if (p.start && p.end && p.text.length >= 4 && unknown === 0 && pieces.length >= 3) unknown++;
    else return null;
  }
  const all = pieces.filter((p): p is Extract<Piece, { kind: 'word' }> => p.kind === 'word');
  const place = all.find((p) => p.v.role === 'place')?.v.country;
  const cc = pieces.find((p) => p.kind === 'cc') ?? (place ? { kind: 'cc' as const, text: place.toLowerCase(), start: true, end: true } : undefined);
  const ccText = cc?.kind === 'cc' ? cc.text : undefined;
  const here = ccText ? (ccText === 'uk' ? 'GB' : ccText.toUpperCase()) : tldCountry;
  // A fine word of one language that is an ordinary word of the host's (Romanian `multe`, "many", `multele`) is filler here.
  const boundOf = (w: string) => [...LANGUAGE_BOUND_FINE_WORDS].find(([b]) => w.startsWith(b))?.[1];
  const ws = all
    .filter((p) => p.v.role !== 'place')
    .map((p) => (here !== undefined && boundOf(p.word)?.ordinaryIn.includes(here) ? { ...p, v: { role: 'filler' as const } } : p));
  const digits = pieces.some((p) => p.kind === 'digits');
  const pureTheme =
    new Set(ws.filter((p) => !DOT_TLD_TOKEN.has(p.word)).map((p) => p.word)).size >= 2 &&
    pieces.every((p) => p.kind === 'word' && (p.v.role === 'topic' || p.v.role === 'enforce' || DOT_TLD_TOKEN.has(p.word)));
  let best: { score: number; v: Vocab; word: string } | null = null;
  for (let i = 0; i < ws.length; i++) {
    const t = ws[i]!.v;
    if ((t.role !== 'topic' && t.role !== 'enforce') || !t.theme) continue;
    let score = t.role === 'enforce' ? 1.5 : 0;
    let supported = false;
    let others = 0;
    let actions = 0;
    const seen = new Set<string>([ws[i]!.word]);
    for (let k = 0; k < ws.length; k++) {
      const o = ws[k]!;
      if (k === i || seen.has(o.word)) continue;
      seen.add(o.word);
      if (!DOT_TLD_TOKEN.has(o.word)) others++;
      if (o.v.role === 'topic') score += o.v.theme !== t.theme && !o.v.support ? 1 : 0;
      else score += POINTS[o.v.role];
      if (o.v.role === 'enforce' || o.v.role === 'demand' || o.v.role === 'strong') supported = true;
      if (o.v.role === 'enforce' || o.v.role === 'demand' || o.v.role === 'strong' || PORTAL_WORDS.has(o.word)) actions++;
    }
    // Two action words, a payment or claim word among them (`toll-payment-portal`): what kits chain. (`online`, `service`, `help` do not count: businesses add them.)
    if (actions >= 2 && supported) score += 0.5;
    if (cc) {
      score += 1;
      supported = true;
    }
    if (t.support && !supported) continue;
    if (!t.support) {
      if (digits) score += 0.5;
      if (rand) score += 1;
    }
    if (others === 0 && !cc && !digits && !rand) continue;
    if (offMainstream && !t.support) score += 1;
    // Nothing but the theme's own words, two or more, on a cheap TLD (`traffic-fines.top`,
    // `taxrefund.top`): no business names itself only so there; a refund agent or a parking app
    // under .com or a ccTLD is untouched.
    if (offMainstream && pureTheme && !t.support) score += 1;
    if (score >= THRESHOLD + unknown && (!best || score > best.score)) best = { score, v: t, word: ws[i]!.word };
  }
  if (!best) return null;
  const theme = best.v.theme!;
  const code = ccText;
  const country = code
    ? code === 'uk'
      ? 'GB'
      : US_STATE_CODES.has(code) && !CC.has(code)
        ? 'US'
        : code.toUpperCase()
    : (tldCountry ?? boundOf(best.word)?.country);
  const imitates =
    theme === 'government'
      ? 'a public authority demanding a payment'
      : theme === 'justice'
        ? 'a court or the justice authorities'
        : theme === 'fine'
          ? 'a traffic-fine service'
          : THEME_BODY[theme as AuthorityTheme];
  return { entries: [], imitates, generic: true, theme, ...(country ? { country } : {}) };
}
