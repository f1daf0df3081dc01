/**
 * Demo trust-list content: one demo issuer for each participating country with the REAL official
 * web and e-mail domains of its police, its name in every interface language, the real help
 * services its warnings point to and the official place to report a fraud (public facts; each link
 * names the page it was taken from), and the genuine texts (templates) in every interface language. The issuers are demo issuers: the keys are
 * generated at run time and the police have not signed anything here.
 */

export interface DemoHelp {
  name: string;
  url: string;
  kind: 'help' | 'report-scam' | 'police';
  lang?: string;
  /** The public page the link was taken from (kept here, not put into the signed trust list). */
  source: string;
}

export interface DemoIssuer {
  id: string;
  /** The police's name in every interface language (src/web/i18n), the official name first. */
  name: Record<string, string>;
  country: string;
  domains: string[];
  help: DemoHelp[];
  source: string;
}

export interface DemoTemplate {
  id: string;
  issuer: string;
  lang: string;
  title: string;
  text: string;
}

export const DEMO_SITE = 'http://localhost:8080';

// Cross-border help: Troubled Desire (Charité Berlin, anonymous online self-help in many languages)
// and helplinks.eu (Europol/EMPACT link hub; source: Europol press release 2017-03-03 on
// Police2Peer). ReDirection (Protect Children, Finland) is an anonymous self-help programme for
// people who use sexual abuse material of children, offered in Latvia by Centrs Dardedze and in
// Poland by Fundacja Dajemy Dzieciom Siłę.
const TROUBLED_DESIRE: DemoHelp = {
  name: 'Troubled Desire',
  url: 'https://troubled-desire.com/',
  kind: 'help',
  lang: 'en',
  source: 'https://troubled-desire.com/en/chat-study/chat-studie-frequently-asked-questions-faq',
};
const HELPLINKS: DemoHelp = {
  name: 'helplinks.eu',
  url: 'http://helplinks.eu/',
  kind: 'help',
  source: 'https://www.europol.europa.eu/newsroom/news/unique-police2peer-initiative-combats-child-sexual-exploitation-and-abuse-online',
};
const REDIRECTION = { name: 'ReDirection', url: 'https://www.redirectionprogram.com/', kind: 'help' as const };

/**
 * "<official name> (<gloss>)" in each language of `gloss`, then the languages in `own` as given:
 * readers see the name the police use, explained in their own language.
 */
function named(official: string, own: Record<string, string>, gloss: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, g] of Object.entries(gloss)) out[lang] = `${official} (${g})`;
  return { ...out, ...own };
}

export const DEMO_ISSUERS: DemoIssuer[] = [
  {
    id: 'no-kripos',
    name: named(
      'Kripos',
      { en: 'Kripos (Norwegian National Criminal Investigation Service)', nb: 'Kripos', nn: 'Kripos' },
      {
        da: 'det norske politi',
        fi: 'Norjan poliisi',
        fr: 'police norvégienne',
        is: 'norska lögreglan',
        lv: 'Norvēģijas policija',
        mt: 'il-Pulizija Norveġiża',
        nl: 'Noorse politie',
        pt: 'polícia norueguesa',
        sk: 'nórska polícia',
        sl: 'norveška policija',
        es: 'policía de Noruega',
        sv: 'norska polisen',
        de: 'norwegische Polizei',
        pl: 'policja norweska',
      },
    ),
    country: 'NO',
    domains: ['politiet.no'],
    help: [
      // Helsedirektoratet's service: anonymous chat and phone 800 99 900.
      { name: 'Det finnes hjelp', url: 'https://detfinneshjelp.no/', kind: 'help', lang: 'nb', source: 'https://detfinneshjelp.no/snakk-med-oss-anonymt' },
      TROUBLED_DESIRE,
      HELPLINKS,
      // For the German and Polish subtitles of the Norwegian warning (DEMO_TEMPLATES).
      {
        name: 'Kein Täter werden',
        url: 'https://www.kein-taeter-werden.de/',
        kind: 'help',
        lang: 'de',
        source: 'https://kein-taeter-werden.de/faq-items/kritik-anonymitaet',
      },
      { ...REDIRECTION, lang: 'pl', source: 'https://staging.fdds.pl/en/program-redirection' },
      // Also named in politiet.no 2022-09-15 "Politiet og Kripos misbrukes i svindelforsøk".
      {
        name: 'Politiet: tips og anmeldelse',
        url: 'https://www.politiet.no/kontakt-politiet/tips/',
        kind: 'report-scam',
        lang: 'nb',
        source: 'https://www.politiet.no/kontakt-politiet/tips/',
      },
    ],
    source: 'https://www.politiet.no/en/',
  },
  {
    id: 'se-polisen',
    name: named(
      'Polisen',
      { en: 'Swedish Police Authority', sv: 'Polismyndigheten' },
      {
        nb: 'svensk politi',
        da: 'det svenske politi',
        fi: 'Ruotsin poliisi',
        fr: 'police suédoise',
        is: 'sænska lögreglan',
        lv: 'Zviedrijas policija',
        mt: 'il-Pulizija Żvediża',
        nl: 'Zweedse politie',
        pt: 'polícia sueca',
        sk: 'švédska polícia',
        sl: 'švedska policija',
        es: 'policía de Suecia',
        de: 'schwedische Polizei',
        pl: 'policja szwedzka',
      },
    ),
    country: 'SE',
    domains: ['polisen.se'],
    help: [
      // National helpline run by ANOVA, Karolinska University Hospital.
      { name: 'PrevenTell', url: 'https://preventell.se/', kind: 'help', lang: 'sv', source: 'https://preventell.se/' },
      TROUBLED_DESIRE,
      HELPLINKS,
      {
        name: 'Polisen: bedrägerier',
        url: 'https://polisen.se/utsatt-for-brott/olika-brott/bedrageri/',
        kind: 'report-scam',
        lang: 'sv',
        source: 'https://polisen.se/utsatt-for-brott/olika-brott/bedrageri/',
      },
    ],
    source: 'https://polisen.se/',
  },
  {
    id: 'fi-poliisi',
    name: named(
      'Poliisi',
      { en: 'Police of Finland', fi: 'Poliisi', sv: 'Polisen i Finland' },
      {
        nb: 'finsk politi',
        da: 'det finske politi',
        fr: 'police finlandaise',
        is: 'finnska lögreglan',
        lv: 'Somijas policija',
        mt: 'il-Pulizija Finlandiża',
        nl: 'Finse politie',
        pt: 'polícia finlandesa',
        sk: 'fínska polícia',
        sl: 'finska policija',
        es: 'policía de Finlandia',
        de: 'finnische Polizei',
        pl: 'policja fińska',
      },
    ),
    country: 'FI',
    domains: ['poliisi.fi'],
    help: [
      // HUS and Save the Children: self-help for people worried about their sexual interest in children.
      {
        name: 'Mielenterveystalo',
        url: 'https://www.mielenterveystalo.fi/',
        kind: 'help',
        lang: 'fi',
        source: 'https://www.mielenterveystalo.fi/en/self-help/self-help-program-sexual-interest-children',
      },
      TROUBLED_DESIRE,
      HELPLINKS,
      {
        name: 'Poliisi: rikosilmoitus',
        url: 'https://poliisi.fi/tee-rikosilmoitus',
        kind: 'report-scam',
        lang: 'fi',
        source: 'https://poliisi.fi/tee-rikosilmoitus',
      },
    ],
    source: 'https://poliisi.fi/',
  },
  {
    id: 'nl-politie',
    name: named(
      'Politie',
      { en: 'Netherlands Police', nl: 'Politie' },
      {
        nb: 'nederlandsk politi',
        da: 'det nederlandske politi',
        fi: 'Alankomaiden poliisi',
        fr: 'police néerlandaise',
        is: 'hollenska lögreglan',
        lv: 'Nīderlandes policija',
        mt: 'il-Pulizija Olandiża',
        pt: 'polícia neerlandesa',
        sk: 'holandská polícia',
        sl: 'nizozemska policija',
        es: 'policía de los Países Bajos',
        sv: 'nederländska polisen',
        de: 'niederländische Polizei',
        pl: 'policja niderlandzka',
      },
    ),
    country: 'NL',
    domains: ['politie.nl'],
    help: [
      // Stop it Now! Nederland, anonymous helpline.
      { name: 'Stop it Now!', url: 'https://stopitnow.nl/', kind: 'help', lang: 'nl', source: 'https://stopitnow.nl/' },
      TROUBLED_DESIRE,
      HELPLINKS,
      {
        name: 'Fraudehelpdesk',
        url: 'https://www.fraudehelpdesk.nl/',
        kind: 'report-scam',
        lang: 'nl',
        source: 'https://www.fraudehelpdesk.nl/alert/nepmails-over-bezit-van-kinderporno/',
      },
    ],
    source: 'https://www.politie.nl/',
  },
  {
    id: 'dk-rigspolitiet',
    name: named(
      'Rigspolitiet',
      { en: 'Danish National Police (Rigspolitiet)', da: 'Rigspolitiet' },
      {
        nb: 'dansk politi',
        fi: 'Tanskan poliisi',
        fr: 'police danoise',
        is: 'danska lögreglan',
        lv: 'Dānijas policija',
        mt: 'il-Pulizija Daniża',
        nl: 'Deense politie',
        pt: 'polícia dinamarquesa',
        sk: 'dánska polícia',
        sl: 'danska policija',
        es: 'policía de Dinamarca',
        sv: 'danska polisen',
        de: 'dänische Polizei',
        pl: 'policja duńska',
      },
    ),
    country: 'DK',
    domains: ['politi.dk'],
    help: [
      // Sexologisk Klinik, Region Hovedstadens Psykiatri: anonymous phone counselling for people
      // with sexual thoughts about children (also bt.dk, "Hjælp til potentielle krænkere …").
      {
        name: 'Bryd Cirklen',
        url: 'https://brydcirklen.dk/',
        kind: 'help',
        lang: 'da',
        source: 'https://www.psykiatri-regionh.dk/bryd-cirklen/om-brydcirklen-dk/Sider/Spoergsmaal-og-svar.aspx',
      },
      TROUBLED_DESIRE,
      HELPLINKS,
      {
        name: 'Politi: anmeld økonomisk svindel på nettet',
        url: 'https://politi.dk/oekonomisk-svindel-paa-nettet/anmeld-oekonomisk-svindel-paa-nettet',
        kind: 'report-scam',
        lang: 'da',
        source: 'https://politi.dk/oekonomisk-svindel-paa-nettet/anmeld-oekonomisk-svindel-paa-nettet/misbrug-ved-betalingsapps',
      },
    ],
    source: 'https://politi.dk/',
  },
  {
    id: 'fr-police-nationale',
    name: named(
      'Police nationale',
      { en: 'French National Police (Police nationale)', fr: 'Police nationale' },
      {
        nb: 'fransk politi',
        da: 'det franske politi',
        fi: 'Ranskan poliisi',
        is: 'franska lögreglan',
        lv: 'Francijas policija',
        mt: 'il-Pulizija Franċiża',
        nl: 'Franse politie',
        pt: 'polícia francesa',
        sk: 'francúzska polícia',
        sl: 'francoska policija',
        es: 'policía de Francia',
        sv: 'franska polisen',
        de: 'französische Polizei',
        pl: 'policja francuska',
      },
    ),
    country: 'FR',
    domains: ['interieur.gouv.fr'],
    help: [
      // Service téléphonique d'orientation et de prévention (FFCRIAVS), 0 806 23 10 63, national
      // since 2021 (also allodocteurs.fr, bfmtv.com).
      {
        name: 'STOP (0 806 23 10 63)',
        url: 'https://dispositifstop.fr/',
        kind: 'help',
        lang: 'fr',
        source: 'https://dispositifstop.fr/criavs-dispositif-stop/presentation-dispositif-stop/',
      },
      TROUBLED_DESIRE,
      HELPLINKS,
      // PHAROS (ministère de l'Intérieur) and Cybermalveillance.gouv.fr, named together with THESEE
      // as the places to report an online fraud.
      {
        name: 'PHAROS: internet-signalement.gouv.fr',
        url: 'https://www.internet-signalement.gouv.fr/',
        kind: 'report-scam',
        lang: 'fr',
        source: 'https://www.radiofidelite.com/2022/05/24/chronique-que-choisir-pratique-signaler-une-escroquerie-en-ligne/',
      },
      {
        name: 'Cybermalveillance.gouv.fr',
        url: 'https://www.cybermalveillance.gouv.fr/',
        kind: 'report-scam',
        lang: 'fr',
        source: 'https://www.radiofidelite.com/2022/05/24/chronique-que-choisir-pratique-signaler-une-escroquerie-en-ligne/',
      },
    ],
    source: 'https://www.police-nationale.interieur.gouv.fr/',
  },
  {
    id: 'is-logreglan',
    name: named(
      'Lögreglan',
      { en: 'Icelandic Police (Lögreglan)', is: 'Lögreglan' },
      {
        nb: 'islandsk politi',
        da: 'det islandske politi',
        fi: 'Islannin poliisi',
        fr: 'police islandaise',
        lv: 'Islandes policija',
        mt: 'il-Pulizija Iżlandiża',
        nl: 'IJslandse politie',
        pt: 'polícia islandesa',
        sk: 'islandská polícia',
        sl: 'islandska policija',
        es: 'policía de Islandia',
        sv: 'isländska polisen',
        de: 'isländische Polizei',
        pl: 'policja islandzka',
      },
    ),
    country: 'IS',
    domains: ['logreglan.is', 'lrh.is'],
    help: [
      // Taktu skrefið: psychologists for people worried about their sexual thoughts about children;
      // campaign of Neyðarlínan (112) and Ríkislögreglustjóri. The 112.is page leads to it.
      {
        name: 'Taktu skrefið (112.is)',
        url: 'https://www.112.is/en/illegal-online-behaviour',
        kind: 'help',
        lang: 'en',
        source: 'https://heimildin.is/grein/18761/islenskri-herferd-beint-ad-folki-med-kynferdislegan-ahuga-a-bornum',
      },
      TROUBLED_DESIRE,
      HELPLINKS,
      // island.is service run by Lögreglan: "Tilkynna netglæp".
      {
        name: 'Lögreglan: tilkynna netglæp',
        url: 'https://island.is/tilkynna-netglaep',
        kind: 'report-scam',
        lang: 'is',
        source: 'https://island.is/tilkynna-netglaep',
      },
    ],
    source: 'https://www.logreglan.is/',
  },
  {
    id: 'lv-valsts-policija',
    name: named(
      'Valsts policija',
      { en: 'State Police of Latvia (Valsts policija)', lv: 'Valsts policija' },
      {
        nb: 'latvisk politi',
        da: 'det lettiske politi',
        fi: 'Latvian poliisi',
        fr: 'police lettone',
        is: 'lettneska lögreglan',
        mt: 'il-Pulizija Latvjana',
        nl: 'Letse politie',
        pt: 'polícia letã',
        sk: 'lotyšská polícia',
        sl: 'latvijska policija',
        es: 'policía de Letonia',
        sv: 'lettiska polisen',
        de: 'lettische Polizei',
        pl: 'policja łotewska',
      },
    ),
    country: 'LV',
    domains: ['vp.gov.lv'],
    help: [
      // Offered in Latvia by Centrs Dardedze since November 2025 (la.lv, 2026-02-08).
      { ...REDIRECTION, lang: 'lv', source: 'https://www.la.lv/vai-tiesam-latvija-ir-vismaz-211-potencialo-pedofilu-skaitlis-ir-nozimigs' },
      TROUBLED_DESIRE,
      HELPLINKS,
      // Valsts policija: report a fraud with an application on Latvija.lv (or at any station).
      {
        name: 'Latvija.lv: iesniegums Valsts policijai',
        url: 'https://www.latvija.lv/',
        kind: 'report-scam',
        lang: 'lv',
        source: 'https://jauns.lv/raksts/zinas/485572-virietis-notic-viltus-luminor-bankas-parstavjiem-un-zaude-6000-eiro',
      },
      {
        name: 'Valsts policija: populārākie krāpšanas veidi',
        url: 'https://www.vp.gov.lv/lv/popularakie-krapsanas-veidi',
        kind: 'police',
        lang: 'lv',
        source: 'https://aluksniesiem.lv/sabiedriba/policija-pazinojumus-whatsapp-nesuta/',
      },
    ],
    source: 'https://www.vp.gov.lv/',
  },
  {
    id: 'mt-pulizija',
    name: named(
      "Pulizija ta' Malta",
      { en: "Malta Police Force (Pulizija ta' Malta)", mt: "Il-Pulizija ta' Malta" },
      {
        nb: 'maltesisk politi',
        da: 'det maltesiske politi',
        fi: 'Maltan poliisi',
        fr: 'police maltaise',
        is: 'maltneska lögreglan',
        lv: 'Maltas policija',
        nl: 'Maltese politie',
        pt: 'polícia maltesa',
        sk: 'maltská polícia',
        sl: 'malteška policija',
        es: 'policía de Malta',
        sv: 'maltesiska polisen',
        de: 'maltesische Polizei',
        pl: 'policja maltańska',
      },
    ),
    country: 'MT',
    domains: ['pulizija.gov.mt'],
    help: [
      // Malta has no clinic or helpline of its own for people with a sexual interest in children
      // (maltatoday.com.mt, "Malta not doing enough to reach out …"); English is an official
      // language, so the UK & Ireland helpline and Troubled Desire serve its readers.
      {
        name: 'Stop It Now! (Lucy Faithfull Foundation)',
        url: 'https://www.stopitnow.org.uk/',
        kind: 'help',
        lang: 'en',
        source: 'https://www.stopitnow.org.uk/helpline/',
      },
      TROUBLED_DESIRE,
      HELPLINKS,
      // Cyber Crime Unit: computer.crime@gov.mt, +356 2294 2231/2, or any district police station.
      {
        name: 'Malta Police Force: Cyber Crime Unit',
        url: 'https://pulizija.gov.mt/en/police-force/police-sections/Pages/Cyber-Crime-Unit.aspx',
        kind: 'report-scam',
        lang: 'en',
        source: 'https://gemma.gov.mt/smishing-scam/',
      },
    ],
    source: 'https://pulizija.gov.mt/',
  },
  {
    id: 'pt-pj',
    name: named(
      'Polícia Judiciária',
      { en: 'Portuguese Judicial Police (Polícia Judiciária)', pt: 'Polícia Judiciária' },
      {
        nb: 'portugisisk kriminalpoliti',
        da: 'det portugisiske kriminalpoliti',
        fi: 'Portugalin rikospoliisi',
        fr: 'police judiciaire portugaise',
        is: 'portúgalska rannsóknarlögreglan',
        lv: 'Portugāles kriminālpolicija',
        mt: 'il-Pulizija Ġudizzjarja Portugiża',
        nl: 'Portugese recherche',
        sk: 'portugalská justičná polícia',
        sl: 'portugalska kriminalistična policija',
        es: 'Policía Judicial de Portugal',
        sv: 'portugisiska kriminalpolisen',
        de: 'portugiesische Kriminalpolizei',
        pl: 'portugalska policja kryminalna',
      },
    ),
    country: 'PT',
    domains: ['policiajudiciaria.pt'],
    help: [
      // Troubled Desire in Portuguese, run with UTAD (jn.pt, "Pedofilia é uma doença crónica …").
      { ...TROUBLED_DESIRE, lang: 'pt', source: 'https://www.jn.pt/justica/artigo/pedofilia-e-uma-doenca-cronica-que-se-mantem-por-toda-a-vida-/14758349' },
      HELPLINKS,
      // Sistema Queixa Eletrónica (MAI: GNR, PSP), for burla among other crimes.
      {
        name: 'Queixa Eletrónica',
        url: 'https://queixaselectronicas.mai.gov.pt/',
        kind: 'report-scam',
        lang: 'pt',
        source: 'https://www.acorianooriental.pt/noticia/cidadaos-vao-poder-apresentar-queixas-ou-denuncias-pela-internet-67351',
      },
      {
        name: 'Polícia Judiciária: alerta ao cidadão',
        url: 'https://www.policiajudiciaria.pt/alerta-ao-cidadao-pretensas-mensagens-com-origem-na-policia-judiciaria/',
        kind: 'police',
        lang: 'pt',
        source: 'https://www.policiajudiciaria.pt/alerta-ao-cidadao-pretensas-mensagens-com-origem-na-policia-judiciaria/',
      },
    ],
    source: 'https://www.policiajudiciaria.pt/',
  },
  {
    id: 'sk-policia',
    name: named(
      'Policajný zbor',
      { en: 'Police Force of the Slovak Republic (Policajný zbor)', sk: 'Policajný zbor Slovenskej republiky' },
      {
        nb: 'slovakisk politi',
        da: 'det slovakiske politi',
        fi: 'Slovakian poliisi',
        fr: 'police slovaque',
        is: 'slóvakíska lögreglan',
        lv: 'Slovākijas policija',
        mt: 'il-Pulizija Slovakka',
        nl: 'Slowaakse politie',
        pt: 'polícia eslovaca',
        sl: 'slovaška policija',
        es: 'policía de Eslovaquia',
        sv: 'slovakiska polisen',
        de: 'slowakische Polizei',
        pl: 'policja słowacka',
      },
    ),
    country: 'SK',
    domains: ['minv.sk'],
    help: [
      // Parafilik (Národný ústav duševného zdravia, Prague): anonymous counselling in Czech, which
      // Slovak readers understand; no Slovak service was found (zena.sme.sk, 2021).
      {
        name: 'Parafilik (NUDZ)',
        url: 'https://parafilik.cz/',
        kind: 'help',
        lang: 'cs',
        source: 'https://zena.sme.sk/c/22565581/radi-ludom-so-sexualnymi-odchylkami-medzi-preferenciou-a-trestnym-cinom-je-priepast',
      },
      TROUBLED_DESIRE,
      HELPLINKS,
      // The police: report a fraud at any police unit or to the prosecution service, whose
      // e-service takes it online (24hod.sk, Polícia SR, 2020-12-23).
      {
        name: 'Generálna prokuratúra: podanie oznámenia o trestnom čine',
        url: 'https://esluzby.genpro.gov.sk/trestne-oznamenie',
        kind: 'report-scam',
        lang: 'sk',
        source: 'https://www.24hod.sk/policia-varuje-pred-vydieracskymi-spravami-podvodnici-ziadaju-bitciony-cl747370.html',
      },
    ],
    source: 'https://www.minv.sk/?policia',
  },
  {
    id: 'si-policija',
    name: named(
      'Policija',
      { en: 'Slovenian Police (Policija)', sl: 'Policija' },
      {
        nb: 'slovensk politi',
        da: 'det slovenske politi',
        fi: 'Slovenian poliisi',
        fr: 'police slovène',
        is: 'slóvenska lögreglan',
        lv: 'Slovēnijas policija',
        mt: 'il-Pulizija Slovena',
        nl: 'Sloveense politie',
        pt: 'polícia eslovena',
        sk: 'slovinská polícia',
        es: 'policía de Eslovenia',
        sv: 'slovenska polisen',
        de: 'slowenische Polizei',
        pl: 'policja słoweńska',
      },
    ),
    country: 'SI',
    domains: ['policija.si'],
    help: [
      // No preventive help for people with a sexual interest in children is offered in Slovenia
      // (repozitorij.uni-lj.si, "Obravnavanje oseb s pedofilijo"): the cross-border services serve.
      TROUBLED_DESIRE,
      HELPLINKS,
      // SI-CERT's Varni na internetu collects reports of the fake police mails; the police take
      // reports at any unit and on the anonymous line 080 1200.
      {
        name: 'Varni na internetu (SI-CERT)',
        url: 'https://www.varninainternetu.si/',
        kind: 'report-scam',
        lang: 'sl',
        source: 'https://www.24ur.com/novice/crna-kronika/ste-tudi-vi-prejeli-lazno-sporocilo-o-kazenskem-pregonu.html',
      },
      {
        name: 'Policija: prijava (113, anonimno 080 1200)',
        url: 'https://www.policija.si/',
        kind: 'report-scam',
        lang: 'sl',
        source: 'https://www.delo.si/novice/slovenija/s-kaksnimi-goljufijami-se-srecujemo-na-spletu-324291.html',
      },
    ],
    source: 'https://www.policija.si/',
  },
  {
    id: 'es-policia-nacional',
    name: named(
      'Policía Nacional',
      { en: 'Spanish National Police (Policía Nacional)', es: 'Policía Nacional' },
      {
        nb: 'spansk politi',
        da: 'det spanske politi',
        fi: 'Espanjan poliisi',
        fr: 'police nationale espagnole',
        is: 'spænska lögreglan',
        lv: 'Spānijas policija',
        mt: 'il-Pulizija Spanjola',
        nl: 'Spaanse nationale politie',
        pt: 'polícia nacional espanhola',
        sk: 'španielska polícia',
        sl: 'španska policija',
        sv: 'spanska polisen',
        de: 'spanische Nationalpolizei',
        pl: 'policja hiszpańska',
      },
    ),
    country: 'ES',
    domains: ['policia.es'],
    help: [
      // Troubled Desire has a Spanish version. PrevenSI (Barcelona) closed its phone line in April
      // 2022 for lack of funds (eldiario.es), so it is not listed.
      { ...TROUBLED_DESIRE, lang: 'es', source: 'https://troubled-desire.com/' },
      HELPLINKS,
      // Oficina Virtual de Denuncias of the Policía Nacional.
      {
        name: 'Policía Nacional: denuncias',
        url: 'https://denuncias.policia.es/OVD/',
        kind: 'report-scam',
        lang: 'es',
        source: 'http://www.elpueblodeceuta.com/201206/20120608/201206083101.html',
      },
      {
        name: 'INCIBE 017',
        url: 'https://www.incibe.es/',
        kind: 'report-scam',
        lang: 'es',
        source:
          'https://www.laopiniondemalaga.es/economia/2025/07/16/policia-nacional-obligada-lanzar-comunicado-nueva-estafa-usurpan-identidad-te-acusan-delito-grave-dv-119744048.html',
      },
    ],
    source: 'https://www.policia.es/',
  },
];

const MONEY_EN = 'The police will never ask you for money, personal data or a reply. This message only ever appears inside a file you downloaded yourself.';

export const DEMO_TEMPLATES: DemoTemplate[] = [
  {
    id: 'no-p2p-nb-1',
    issuer: 'no-kripos',
    lang: 'nb',
    title: 'Advarsel fra politiet (Kripos)',
    text: `Denne filen er lagt ut av politiet.

Å laste ned, se på eller dele seksuelle overgrep mot barn er straffbart. Bak hvert bilde og hver film står et barn som er utsatt for overgrep, og hver nedlasting bidrar til at overgrepene fortsetter.

Du kan stoppe nå. Hvis du er bekymret for dine egne tanker eller handlinger, kan du få hjelp anonymt og gratis hos Det finnes hjelp: https://detfinneshjelp.no

Politiet ber deg aldri om penger, personopplysninger eller svar. Denne meldingen vises bare i en fil du selv har lastet ned.

Meldingskode: {code}`,
  },
  {
    id: 'no-p2p-nn-1',
    issuer: 'no-kripos',
    lang: 'nn',
    title: 'Åtvaring frå politiet (Kripos)',
    text: `Denne fila er lagd ut av politiet.

Å laste ned, sjå på eller dele seksuelle overgrep mot born er straffbart. Bak kvart bilete og kvar film står eit born som er utsett for overgrep, og kvar nedlasting bidreg til at overgrepa held fram.

Du kan stoppe no. Om du er uroa over eigne tankar eller handlingar, kan du få hjelp anonymt og gratis hos Det finnes hjelp: https://detfinneshjelp.no

Politiet ber deg aldri om pengar, personopplysningar eller svar. Denne meldinga blir berre vist i ei fil du sjølv har lasta ned.

Meldingskode: {code}`,
  },
  {
    id: 'no-p2p-en-1',
    issuer: 'no-kripos',
    lang: 'en',
    title: 'Warning from the Norwegian police (Kripos)',
    text: `This file was placed here by the police.

Downloading, viewing or sharing sexual abuse material of children is a crime. Behind every image and every video is a child who was abused, and every download keeps the abuse going.

You can stop now. If you are worried about your own thoughts or actions, you can get help anonymously and free of charge from Det finnes hjelp: https://detfinneshjelp.no or Troubled Desire: https://troubled-desire.com

${MONEY_EN}

Message code: {code}`,
  },
  {
    id: 'se-p2p-sv-1',
    issuer: 'se-polisen',
    lang: 'sv',
    title: 'Varning från Polisen',
    text: `Den här filen har lagts ut av Polisen.

Att ladda ner, titta på eller dela dokumenterade sexuella övergrepp mot barn är ett brott. Bakom varje bild och varje film finns ett barn som har utsatts för övergrepp, och varje nedladdning bidrar till att övergreppen fortsätter.

Du kan sluta nu. Om du är orolig för dina egna tankar eller handlingar kan du få hjälp anonymt och kostnadsfritt hos PrevenTell: https://preventell.se

Polisen ber dig aldrig om pengar, personuppgifter eller svar. Det här meddelandet visas bara i en fil som du själv har laddat ner.

Meddelandekod: {code}`,
  },
  {
    id: 'se-p2p-en-1',
    issuer: 'se-polisen',
    lang: 'en',
    title: 'Warning from the Swedish Police',
    text: `This file was placed here by the Swedish Police.

Downloading, viewing or sharing documented sexual abuse of children is a crime. Behind every image and every video is a child who was abused, and every download keeps the abuse going.

You can stop now. If you are worried about your own thoughts or actions, you can get help anonymously and free of charge from PrevenTell: https://preventell.se or Troubled Desire: https://troubled-desire.com

${MONEY_EN}

Message code: {code}`,
  },
  {
    id: 'fi-p2p-fi-1',
    issuer: 'fi-poliisi',
    lang: 'fi',
    title: 'Poliisin varoitus',
    text: `Poliisi on asettanut tämän tiedoston tähän.

Lasten seksuaalista hyväksikäyttöä esittävän materiaalin lataaminen, katsominen ja jakaminen on rikos. Jokaisen kuvan ja videon takana on lapsi, jota on käytetty hyväksi, ja jokainen lataus pitää hyväksikäyttöä yllä.

Voit lopettaa nyt. Jos olet huolissasi omista ajatuksistasi tai teoistasi, voit hakea apua nimettömästi ja maksutta Mielenterveystalosta: https://www.mielenterveystalo.fi

Poliisi ei koskaan pyydä sinulta rahaa, henkilötietoja tai vastausta. Tämä viesti näkyy vain tiedostossa, jonka olet itse ladannut.

Viestin tunnus: {code}`,
  },
  {
    id: 'fi-p2p-en-1',
    issuer: 'fi-poliisi',
    lang: 'en',
    title: 'Warning from the Police of Finland',
    text: `This file was placed here by the Police of Finland.

Downloading, viewing or sharing material that shows the sexual abuse of children is a crime. Behind every image and every video is a child who was abused, and every download keeps the abuse going.

You can stop now. If you are worried about your own thoughts or actions, you can get help anonymously and free of charge from Mielenterveystalo: https://www.mielenterveystalo.fi or Troubled Desire: https://troubled-desire.com

${MONEY_EN}

Message code: {code}`,
  },
  {
    id: 'nl-p2p-nl-1',
    issuer: 'nl-politie',
    lang: 'nl',
    title: 'Waarschuwing van de politie',
    text: `Dit bestand is hier door de politie geplaatst.

Het downloaden, bekijken of delen van materiaal van seksueel misbruik van kinderen is strafbaar. Achter elke afbeelding en elke video zit een kind dat is misbruikt, en elke download houdt het misbruik in stand.

Je kunt nu stoppen. Maak je je zorgen over je eigen gedachten of gedrag, dan kun je anoniem en gratis hulp krijgen bij Stop it Now!: https://stopitnow.nl

De politie vraagt je nooit om geld, persoonsgegevens of een reactie. Dit bericht verschijnt alleen in een bestand dat je zelf hebt gedownload.

Berichtcode: {code}`,
  },
  {
    id: 'nl-p2p-en-1',
    issuer: 'nl-politie',
    lang: 'en',
    title: 'Warning from the Netherlands Police',
    text: `This file was placed here by the Netherlands Police.

Downloading, viewing or sharing material of the sexual abuse of children is a crime. Behind every image and every video is a child who was abused, and every download keeps the abuse going.

You can stop now. If you are worried about your own thoughts or actions, you can get help anonymously and free of charge from Stop it Now!: https://stopitnow.nl or Troubled Desire: https://troubled-desire.com

${MONEY_EN}

Message code: {code}`,
  },
  // ---- the other participating countries, each in its own language ----
  {
    id: 'dk-p2p-da-1',
    issuer: 'dk-rigspolitiet',
    lang: 'da',
    title: 'Advarsel fra politiet (Rigspolitiet)',
    text: `Denne fil er lagt ud af politiet.

Det er strafbart at downloade, se eller dele materiale med seksuelle overgreb mod børn. Bag hvert billede og hver video er der et barn, som har været udsat for overgreb, og hver download er med til at holde overgrebene i gang.

Du kan stoppe nu. Hvis du er bekymret for dine egne tanker eller handlinger, kan du få hjælp anonymt og gratis hos Bryd Cirklen: https://brydcirklen.dk

Politiet beder dig aldrig om penge, personoplysninger eller svar. Denne besked vises kun i en fil, som du selv har downloadet.

Beskedkode: {code}`,
  },
  {
    id: 'fr-p2p-fr-1',
    issuer: 'fr-police-nationale',
    lang: 'fr',
    title: 'Avertissement de la police (Police nationale)',
    text: `Ce fichier a été placé ici par la police.

Télécharger, regarder ou partager des contenus d’abus sexuels sur des enfants est un délit. Derrière chaque image et chaque vidéo, il y a un enfant qui a subi des violences sexuelles, et chaque téléchargement les prolonge.

Vous pouvez arrêter maintenant. Si vos pensées ou vos actes vous inquiètent, une aide confidentielle et gratuite existe auprès du dispositif STOP : https://dispositifstop.fr

La police ne vous demandera jamais d’argent, de données personnelles ni de réponse. Ce message n’apparaît que dans un fichier que vous avez vous-même téléchargé.

Code du message : {code}`,
  },
  {
    id: 'is-p2p-is-1',
    issuer: 'is-logreglan',
    lang: 'is',
    title: 'Viðvörun frá lögreglunni',
    text: `Lögreglan setti þessa skrá hingað.

Það er refsivert að sækja, skoða eða dreifa barnaníðsefni. Á bak við hverja mynd og hvert myndband er barn sem hefur verið beitt kynferðisofbeldi, og hvert niðurhal viðheldur ofbeldinu.

Þú getur hætt núna. Ef eigin hugsanir eða hegðun valda þér áhyggjum getur þú fengið hjálp í trúnaði og án endurgjalds hjá Taktu skrefið, sjá https://www.112.is

Lögreglan biður þig aldrei um peninga, persónuupplýsingar eða svar. Þessi skilaboð birtast aðeins í skrá sem þú sóttir sjálf eða sjálfur.

Skilaboðakóði: {code}`,
  },
  {
    id: 'lv-p2p-lv-1',
    issuer: 'lv-valsts-policija',
    lang: 'lv',
    title: 'Valsts policijas brīdinājums',
    text: `Šo failu šeit ievietojusi policija.

Bērnu seksuālas izmantošanas materiālu lejupielāde, skatīšanās vai izplatīšana ir noziegums. Aiz katra attēla un katra video ir bērns, kurš cietis no vardarbības, un katra lejupielāde šo vardarbību uztur.

Jūs varat apstāties tagad. Ja jūs satrauc savas domas vai rīcība, anonīmu un bezmaksas palīdzību varat saņemt programmā ReDirection: https://www.redirectionprogram.com

Policija nekad neprasa jums naudu, personas datus vai atbildi. Šī ziņa parādās tikai failā, ko esat pats lejupielādējis.

Ziņas kods: {code}`,
  },
  {
    id: 'mt-p2p-mt-1',
    issuer: 'mt-pulizija',
    lang: 'mt',
    title: "Twissija mill-Pulizija ta' Malta",
    text: `Dan il-fajl tpoġġa hawn mill-Pulizija.

It-tniżżil, il-wiri jew il-qsim ta' materjal ta' abbuż sesswali fuq it-tfal huwa reat. Wara kull stampa u kull vidjow hemm tifel jew tifla li ġew abbużati, u kull tniżżil iżomm l-abbuż għaddej.

Tista' tieqaf issa. Jekk inti inkwetat dwar il-ħsibijiet jew l-azzjonijiet tiegħek, tista' ssib għajnuna kunfidenzjali u b'xejn għand Stop It Now: https://www.stopitnow.org.uk

Il-Pulizija qatt ma titolbok flus, dejta personali jew tweġiba. Dan il-messaġġ jidher biss ġo fajl li niżżilt int stess.

Kodiċi tal-messaġġ: {code}`,
  },
  {
    id: 'pt-p2p-pt-1',
    issuer: 'pt-pj',
    lang: 'pt',
    title: 'Aviso da Polícia Judiciária',
    text: `Este ficheiro foi colocado aqui pela polícia.

Descarregar, ver ou partilhar material de abuso sexual de crianças é crime. Por trás de cada imagem e de cada vídeo há uma criança que foi abusada, e cada descarga mantém o abuso.

Pode parar agora. Se está preocupado com os seus pensamentos ou ações, pode obter ajuda anónima e gratuita no Troubled Desire: https://troubled-desire.com

A polícia nunca lhe pede dinheiro, dados pessoais nem resposta. Esta mensagem só aparece num ficheiro que o próprio descarregou.

Código da mensagem: {code}`,
  },
  {
    id: 'sk-p2p-sk-1',
    issuer: 'sk-policia',
    lang: 'sk',
    title: 'Varovanie Policajného zboru',
    text: `Tento súbor sem umiestnila polícia.

Sťahovanie, pozeranie alebo šírenie materiálu zobrazujúceho sexuálne zneužívanie detí je trestný čin. Za každým obrázkom a každým videom je dieťa, ktoré bolo zneužité, a každé stiahnutie zneužívanie udržiava.

Môžete prestať teraz. Ak vás znepokojujú vlastné myšlienky alebo konanie, anonymnú a bezplatnú pomoc nájdete v poradni Parafilik: https://parafilik.cz

Polícia od vás nikdy nežiada peniaze, osobné údaje ani odpoveď. Táto správa sa zobrazuje len v súbore, ktorý ste si sami stiahli.

Kód správy: {code}`,
  },
  {
    id: 'si-p2p-sl-1',
    issuer: 'si-policija',
    lang: 'sl',
    title: 'Opozorilo policije',
    text: `To datoteko je sem postavila policija.

Prenašanje, ogledovanje ali deljenje posnetkov spolnih zlorab otrok je kaznivo dejanje. Za vsako sliko in vsakim videoposnetkom je otrok, ki je bil zlorabljen, in vsak prenos zlorabo ohranja.

Lahko nehate zdaj. Če vas skrbijo lastne misli ali dejanja, lahko anonimno in brezplačno pomoč poiščete pri Troubled Desire: https://troubled-desire.com

Policija vas nikoli ne prosi za denar, osebne podatke ali odgovor. To sporočilo se prikaže samo v datoteki, ki ste jo sami prenesli.

Koda sporočila: {code}`,
  },
  {
    id: 'es-p2p-es-1',
    issuer: 'es-policia-nacional',
    lang: 'es',
    title: 'Aviso de la Policía Nacional',
    text: `Este archivo lo ha colocado aquí la policía.

Descargar, ver o compartir material de abuso sexual infantil es un delito. Detrás de cada imagen y de cada vídeo hay un niño o una niña que ha sufrido abusos, y cada descarga mantiene el abuso.

Puede parar ahora. Si le preocupan sus propios pensamientos o actos, puede recibir ayuda anónima y gratuita en Troubled Desire: https://troubled-desire.com

La policía nunca le pide dinero, datos personales ni una respuesta. Este mensaje solo aparece en un archivo que usted mismo ha descargado.

Código del mensaje: {code}`,
  },
  // ---- German and Polish subtitles of the Norwegian warning (the scams are common there) ----
  {
    id: 'no-p2p-de-1',
    issuer: 'no-kripos',
    lang: 'de',
    title: 'Warnung der norwegischen Polizei (Kripos)',
    text: `Diese Datei wurde von der Polizei hier eingestellt.

Das Herunterladen, Ansehen oder Teilen von Darstellungen sexuellen Missbrauchs von Kindern ist strafbar. Hinter jedem Bild und jedem Video steht ein Kind, das missbraucht wurde, und jeder Download hält den Missbrauch am Laufen.

Sie können jetzt aufhören. Wenn Ihnen Ihre eigenen Gedanken oder Handlungen Sorgen machen, finden Sie anonym und kostenlos Hilfe bei Kein Täter werden: https://www.kein-taeter-werden.de oder Troubled Desire: https://troubled-desire.com

Die Polizei verlangt von Ihnen nie Geld, persönliche Daten oder eine Antwort. Diese Nachricht erscheint nur in einer Datei, die Sie selbst heruntergeladen haben.

Nachrichtencode: {code}`,
  },
  {
    id: 'no-p2p-pl-1',
    issuer: 'no-kripos',
    lang: 'pl',
    title: 'Ostrzeżenie norweskiej policji (Kripos)',
    text: `Ten plik umieściła tutaj policja.

Pobieranie, oglądanie lub udostępnianie materiałów przedstawiających seksualne wykorzystywanie dzieci jest przestępstwem. Za każdym zdjęciem i każdym filmem stoi dziecko, które zostało skrzywdzone, a każde pobranie podtrzymuje tę krzywdę.

Możesz przestać teraz. Jeśli niepokoją Cię własne myśli lub zachowania, możesz anonimowo i bezpłatnie skorzystać z programu ReDirection: https://www.redirectionprogram.com

Policja nigdy nie prosi o pieniądze, dane osobowe ani odpowiedź. Ta wiadomość pojawia się tylko w pliku, który sam pobrałeś.

Kod wiadomości: {code}`,
  },
];

/**
 * A police-impersonation extortion mail, modelled on the ones Europol and Kripos warn about
 * (the police warnings cited in tests/corpus): it quotes a genuine code as its "reference".
 * The Bitcoin address is a widely published example address, not a real scammer's.
 */
export const DEMO_SCAM_MAIL = `From: Europol EC3 Cybercrime Unit <europol.ec3.unit@gmail.com>
Subject: SUMMONS - case reference {code}

Dear Sir/Madam,

At the request of Mrs. Catherine De Bolle, Executive Director of Europol, and in cooperation with EMPACT, we inform you that you are the subject of a criminal investigation for downloading child pornography (case reference {code}).

You have 48 hours to reply to this e-mail with your justifications. Without an answer, an arrest warrant will be issued, you will be registered as a sex offender and your file will be sent to the media and to your family.

To close the case you must pay a fine of 2,500 EUR in Bitcoin to the address bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq and send a copy of your ID card.

Commissioner J. Lecouffe
Europol, The Hague`;
