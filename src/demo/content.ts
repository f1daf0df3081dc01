/**
 * Demo trust-list content: demo issuers for several participating countries with the REAL
 * official web and e-mail domains of those police forces and the real help services their
 * warnings point to (public facts; each entry names its source), and the genuine texts
 * (templates) in the country's language and English. The issuers are demo issuers: the keys are
 * generated at run time and the police have not signed anything here.
 */

export interface DemoIssuer {
  id: string;
  name: Record<string, string>;
  country: string;
  domains: string[];
  help: Array<{ name: string; url: string; kind: 'help' | 'report-scam' | 'police'; lang?: string }>;
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

// Cross-border help: Troubled Desire (Charité Berlin, anonymous online self-help; source:
// https://troubled-desire.com) and helplinks.eu (Europol/EMPACT link hub; source: Europol press
// release 2017-03-03 on Police2Peer).
const TROUBLED_DESIRE = { name: 'Troubled Desire', url: 'https://troubled-desire.com/', kind: 'help' as const, lang: 'en' };
const HELPLINKS = { name: 'helplinks.eu', url: 'http://helplinks.eu/', kind: 'help' as const };

export const DEMO_ISSUERS: DemoIssuer[] = [
  {
    id: 'no-kripos',
    name: { en: 'Kripos (Norwegian National Criminal Investigation Service)', nb: 'Kripos', nn: 'Kripos' },
    country: 'NO',
    domains: ['politiet.no'],
    help: [
      // Source: https://detfinneshjelp.no (Helsedirektoratet; anonymous chat and phone 800 99 900).
      { name: 'Det finnes hjelp', url: 'https://detfinneshjelp.no/', kind: 'help', lang: 'nb' },
      TROUBLED_DESIRE,
      HELPLINKS,
      // Source: politiet.no 2022-09-15 "Politiet og Kripos misbrukes i svindelforsøk".
      { name: 'Politiet: tips og anmeldelse', url: 'https://www.politiet.no/kontakt-politiet/tips/', kind: 'report-scam', lang: 'nb' },
    ],
    source: 'https://www.politiet.no/en/',
  },
  {
    id: 'se-polisen',
    name: { en: 'Swedish Police Authority', sv: 'Polismyndigheten' },
    country: 'SE',
    domains: ['polisen.se'],
    help: [
      // Source: https://preventell.se (national helpline run by ANOVA, Karolinska University Hospital).
      { name: 'PrevenTell', url: 'https://preventell.se/', kind: 'help', lang: 'sv' },
      TROUBLED_DESIRE,
      HELPLINKS,
      { name: 'Polisen: bedrägerier', url: 'https://polisen.se/utsatt-for-brott/olika-brott/bedrageri/', kind: 'report-scam', lang: 'sv' },
    ],
    source: 'https://polisen.se/',
  },
  {
    id: 'fi-poliisi',
    name: { en: 'Police of Finland', fi: 'Poliisi' },
    country: 'FI',
    domains: ['poliisi.fi'],
    help: [
      // Source: https://www.mielenterveystalo.fi (HUS; self-help for people worried about their sexual interest in children).
      { name: 'Mielenterveystalo', url: 'https://www.mielenterveystalo.fi/', kind: 'help', lang: 'fi' },
      TROUBLED_DESIRE,
      HELPLINKS,
      { name: 'Poliisi: rikosilmoitus', url: 'https://poliisi.fi/tee-rikosilmoitus', kind: 'report-scam', lang: 'fi' },
    ],
    source: 'https://poliisi.fi/',
  },
  {
    id: 'nl-politie',
    name: { en: 'Netherlands Police', nl: 'Politie' },
    country: 'NL',
    domains: ['politie.nl'],
    help: [
      // Source: https://stopitnow.nl (Stop it Now! Nederland, anonymous helpline).
      { name: 'Stop it Now!', url: 'https://stopitnow.nl/', kind: 'help', lang: 'nl' },
      TROUBLED_DESIRE,
      HELPLINKS,
      { name: 'Fraudehelpdesk', url: 'https://www.fraudehelpdesk.nl/', kind: 'report-scam', lang: 'nl' },
    ],
    source: 'https://www.politie.nl/',
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
