/**
 * Norwegian bokmål message catalog: the same shape as `en` (`Catalog`). Terms follow the words
 * Norwegian police use ("seksuelle overgrep mot barn", "overgrepsmateriale", "fildelingsnettverk",
 * "svindel", "bot", "trukket tilbake"). Service names such as "Det finnes hjelp" are never
 * translated. Calm, plain words: many readers are frightened.
 */
import type { Catalog } from './en.js';

export const nb: Catalog = {
  lang: 'nb',
  languageName: 'Norsk bokmål',
  siteName: 'warncheck',
  tagline: 'Sjekk om en advarsel fra politiet er ekte',
  skipToForm: 'Gå til sjekken',
  chooseLanguage: 'Språk',
  home: {
    title: 'Er denne advarselen fra politiet ekte?',
    intro:
      'Politiet i flere europeiske land legger ut advarsler som videoer og tekster på fildelingsnettverk. Hver advarsel har en kort kode. Her kan du sjekke en kode, en hel melding eller en lenke. Ingenting du skriver inn, blir lagret eller logget, og det settes ingen informasjonskapsler.',
    genuineTitle: 'Slik ser en ekte advarsel ut',
    genuine: [
      'Den vises bare inne i en fil som du selv har lastet ned fra et fildelingsnettverk.',
      'En politibetjent forklarer at det er straffbart å laste ned overgrepsmateriale som viser seksuelle overgrep mot barn, og hvor du kan få hjelp.',
      'Den viser en kort kode, for eksempel {example}, og denne adressen.',
    ],
    neverTitle: 'Dette gjør en ekte advarsel aldri',
    never: [
      'Den kommer aldri på e-post, SMS, telefon eller brev.',
      'Den ber deg aldri om å betale noe: politiet krever ikke inn bøter eller gebyrer via meldinger.',
      'Den ber deg aldri om å svare, sende dokumenter eller oppgi personopplysninger.',
    ],
    scamNote:
      'E-poster som påstår å komme fra politiet eller Europol, og som krever svar eller en «bot», er en kjent form for svindel. Ikke betal, og ikke svar. Du kan lime inn en slik e-post nedenfor.',
    formTitle: 'Sjekk en kode, en melding eller en lenke',
    inputLabel: 'Kode, melding eller lenke',
    inputHint: 'Lim inn hele meldingen hvis du har den. Vi sjekker hver kode, hver lenke og alle tegn på svindel i den.',
    submit: 'Sjekk',
    fragmentTitle: 'Fulgte du en lenke med en kode etter #?',
    fragmentNoScript:
      'Delen etter # i adressen blir aldri sendt til oss. Skriv koden som står etter # i adressefeltet, inn i feltet ovenfor.',
    checkingLocally: 'Sjekker koden fra adressen, i nettleseren din …',
    privacyTitle: 'Personvernet ditt',
    privacy:
      'Denne tjenesten lagrer ingenting om hva du sjekker, setter ingen informasjonskapsler og henter ingenting fra andre nettsteder. Når JavaScript er slått på, blir en kode fra adressen sjekket i nettleseren din.',
  },
  verdict: {
    pageTitle: 'Resultat av sjekken',
    overall: 'Resultat',
    findingsTitle: 'Dette fant vi',
    statementFormat: 'Format på signert erklæring',
    stepsTitle: 'Kontroller',
    stepOk: 'bestått',
    stepFailed: 'ikke bestått',
    checkAnother: 'Sjekk noe annet',
    youChecked: 'Du sjekket',
    items: {
      code: 'Kode',
      jws: 'Signert erklæring',
      url: 'Lenke',
      email: 'E-postadresse',
      phone: 'Telefonnummer',
      sign: 'Tegn på svindel',
      text: 'Tekst',
    },
    names: {
      genuine: 'Ekte',
      altered: 'Ekte kode, endret tekst',
      revoked: 'Trukket tilbake',
      unknown: 'Ikke utstedt',
      mistyped: 'Trolig skrevet feil',
      forged: 'Forfalsket',
      lookalike: 'Etterlignet adresse',
      'not-official': 'Ikke offisiell adresse',
      scam: 'Svindel',
      'no-evidence': 'Ingenting å sjekke',
    },
    explain: {
      genuine: 'Denne koden er utstedt av politiet og signert med en godkjent nøkkel. Den er ikke trukket tilbake.',
      altered:
        'Koden er ekte, men teksten du oppga, er ikke lik den ekte teksten i denne advarselen. Noen kan ha endret den. Forskjellene vises nedenfor.',
      revoked: 'Politiet har trukket tilbake denne koden eller nøkkelen den ble signert med. Ikke stol på den.',
      unknown: 'Denne koden har riktig form, men politiet har aldri utstedt den. En melding som viser den, er ikke en ekte advarsel.',
      mistyped: 'Kontrolltegnet i denne koden stemmer ikke. Den er trolig skrevet feil: sammenlign den med advarselen, og prøv igjen.',
      forged: 'Signaturen kan ikke bekreftes, eller den som signerte, er ikke godkjent. Dette er ikke en ekte erklæring.',
      lookalike: 'Denne adressen er laget for å ligne en offisiell adresse, men er det ikke. Ikke skriv inn noe der.',
      'not-official': 'Denne adressen tilhører ikke politiet eller noen offisiell tjeneste vi kjenner til.',
      scam: 'Denne meldingen har tegn på svindel der noen utgir seg for å være politiet. Politiet krever aldri betaling eller svar via meldinger. Ikke betal, ikke svar og ikke send dokumenter.',
      'no-evidence': 'Vi fant ingen kode, lenke eller signert erklæring å sjekke, og ingen tegn på svindel. Hvis du har en kode, skriv den inn nøyaktig slik den står.',
    },
    next: {
      genuine: 'En ekte advarsel tilbyr hjelp. Hvis du vil snakke med noen, er tjenestene nedenfor gratis og konfidensielle.',
      altered: 'Stol bare på den ekte teksten som vises nedenfor.',
      revoked: 'Hvis du fikk dette som en del av en melding, bør du behandle meldingen som mistenkelig.',
      unknown: 'Hvis dette kom på e-post, SMS eller brev, er det ikke fra politiet. Du kan melde fra om det.',
      mistyped: 'Sjekk hvert tegn. 0 og O, og 1, I og L regnes som det samme.',
      forged: 'Ikke stol på meldingen den kom i. Du kan melde fra om den.',
      lookalike: 'Ikke klikk på lenken, og meld fra om meldingen.',
      'not-official': 'Vær forsiktig med lenker og adresser som ikke er offisielle.',
      scam: 'Meld fra til politiet om svindelforsøket, og slett deretter meldingen. Hvis du allerede har betalt, må du kontakte banken din med en gang.',
      'no-evidence': 'Du kan lime inn hele meldingen, en kode eller en lenke.',
    },
    checkedLocally:
      'Sjekket i nettleseren din med koden fra adressen. Serveren så bare de fem første tegnene av en hash av koden, som mange koder deler.',
    suggestion: 'Mente du {code}?',
    genuineTitle: 'Den ekte advarselen',
    issuer: 'Utstedt av',
    country: 'Land',
    language: 'Språk',
    issued: 'Utstedt',
    where: 'Hvor slike advarsler vises',
    whereText: 'Bare inne i filer på fildelingsnettverk, som personen selv har lastet ned.',
    notTheMessage:
      'En ekte kode gjør ikke meldingen rundt den ekte: kodene står i filer som hvem som helst kan kopiere.',
    copiedCode:
      'Denne meldingen inneholder en ekte kode som er kopiert fra en ekte advarsel fra politiet. Ekte advarsler kommer aldri på e-post, SMS eller brev, og de ber aldri om noe.',
    revokedAt: 'Trukket tilbake {date}: {reason}',
    logTitle: 'Bevis i den offentlige loggen',
    logEntry: '{role} er oppføring {index} av {size} i den offentlige loggen over alt politiet har signert. Hvem som helst kan kontrollere beviset med loggnøkkelen alene, uten å spørre oss (C2SP tlog-proof):',
    logRoles: { warning: 'Varselerklæringen', revocation: 'Tilbaketrekkingen', statement: 'Erklæringen' },
    diffTitle: 'Forskjeller fra den ekte teksten',
    diffLegend: 'Ord som er fjernet fra den ekte teksten, er gjennomstreket. Ord som er lagt til, er understreket.',
    diffRemoved: 'fjernet',
    diffAdded: 'lagt til',
    technique: 'Teknikk: {technique}. Etterligner: {imitates}.',
    domain: 'Domene: {domain}',
    officialDomain: 'Offisiell adresse',
    cannotComplete: 'Sjekken kunne ikke fullføres',
    cannotCompleteText: 'Vi kan ikke gi et svar akkurat nå. Dette er ikke et ekte resultat. Prøv igjen senere.',
  },
  steps: {
    parse: 'Format',
    checksum: 'Kontrolltegn',
    lookup: 'Utstedt av politiet',
    key: 'Signeringsnøkkel',
    signature: 'Signatur',
    trust: 'Godkjent utsteder',
    revocation: 'Ikke trukket tilbake',
    template: 'Ekte tekst',
    inclusion: 'I den offentlige loggen',
  },
  help: {
    title: 'Få hjelp eller meld fra',
    intro: 'Du kan få gratis og konfidensiell hjelp. Du trenger ikke å oppgi navnet ditt.',
    kinds: { help: 'Hjelp', 'report-scam': 'Meld fra om svindel', police: 'Politiet' },
    europol: 'Europol: ingen politimyndighet krever inn bøter via e-post eller meldinger.',
  },
  error: {
    title: 'Noe er ikke som det skal',
    back: 'Tilbake til sjekken',
    notFound: 'Det er ingenting på denne adressen.',
  },
  api: {
    title: 'API for hjelpetelefoner og organisasjoner',
    intro: 'De samme kontrollene som på denne siden, som JSON. Ingenting du sender, blir lagret eller logget.',
    spec: 'Maskinlesbar beskrivelse (OpenAPI 3.1)',
  },
  footer: {
    noTracking: 'Ingen informasjonskapsler, ingen sporing, ingen logger over hva du sjekker.',
    api: 'API',
    trust: 'Signert tillitsliste',
    keys: 'Offentlige nøkler',
  },
  errors: {
    // ---- input and usage ----
    WC_INPUT_EMPTY: 'Det du sendte inn, er tomt.',
    WC_INPUT_TOO_LARGE: 'Det du sendte inn, er større enn grensen tillater.',
    WC_INPUT_NOT_TEXT: 'Det du sendte inn, er ikke gyldig UTF-8-tekst.',
    WC_BATCH_TOO_LARGE: 'Samlingen har flere elementer enn grensen tillater.',
    WC_USAGE: 'Kommandoen ble ikke brukt riktig.',
    WC_REQUEST_MALFORMED: 'Forespørselen følger ikke skjemaet.',
    WC_MEDIA_TYPE: 'Innholdet i forespørselen har en medietype som ikke støttes.',
    WC_RATE_LIMITED: 'For mange forespørsler. Prøv igjen om litt.',
    WC_NOT_FOUND: 'Det er ingenting på denne adressen.',
    WC_INTERNAL: 'Noe gikk galt hos oss. Ingenting av det du sendte, ble lagret.',

    // ---- message codes ----
    WC_CODE_MALFORMED: 'Dette er ikke en meldingskode: feil lengde eller feil tegn.',
    WC_CODE_CHECK_FAILED: 'Kontrolltegnet i koden stemmer ikke: trolig en skrivefeil.',
    WC_CODE_COUNTRY_UNKNOWN: 'Koden starter med et land som ikke utsteder advarsler.',

    // ---- encodings, keys, signatures ----
    WC_BASE64_NONCANONICAL: 'En base64-verdi er ikke på kanonisk form.',
    WC_JWS_MALFORMED: 'Den signerte erklæringen (JWS) har feil format.',
    WC_JWS_ALG_NOT_ALLOWED: 'Den signerte erklæringen bruker en algoritme som ikke er tillatt.',
    WC_KEY_MALFORMED: 'Nøkkelen har feil format.',
    WC_KEY_WEAK: 'Nøkkelen er ikke kanonisk, har liten orden eller er ikke torsjonsfri.',
    WC_KEY_UNKNOWN: 'Erklæringen er signert med en nøkkel som ikke står i tillitslisten.',
    WC_KEY_NOT_VALID_AT_TIME: 'Signeringsnøkkelen var ikke gyldig på det tidspunktet erklæringen oppgir at den ble utstedt.',
    WC_KEY_REVOKED: 'Signeringsnøkkelen er trukket tilbake.',
    WC_SIGNATURE_INVALID: 'Signaturen kan ikke bekreftes.',
    WC_KEYFILE_INVALID: 'Nøkkelfilen mangler, kan ikke leses eller er ikke en warncheck-nøkkel.',

    // ---- statements ----
    WC_STATEMENT_MALFORMED: 'Innholdet i erklæringen følger ikke formatet.',
    WC_STATEMENT_VERSION: 'Erklæringen har en formatversjon som ikke støttes.',
    WC_STATEMENT_ISSUER_MISMATCH: 'Erklæringen oppgir en annen utsteder enn eieren av nøkkelen.',
    WC_STATEMENT_REVOKED: 'Erklæringen er trukket tilbake.',
    WC_STATEMENT_NOT_FOUND: 'Det er aldri utstedt noen erklæring for denne koden.',
    WC_STATEMENT_FUTURE: 'Erklæringen oppgir et utstedelsestidspunkt som ligger i fremtiden.',

    // ---- trust list ----
    WC_TRUST_MALFORMED: 'Tillitslisten har feil format.',
    WC_TRUST_SIGNATURE_INVALID: 'Signaturen på tillitslisten kan ikke bekreftes mot rotnøkkelen.',
    WC_TRUST_EXPIRED: 'Tillitslisten er utløpt: sjekken kan ikke fullføres.',
    WC_TRUST_ROLLBACK: 'Tillitslisten er eldre enn en vi allerede har sett (tilbakerulling): sjekken kan ikke fullføres.',
    WC_TRUST_NOT_YET_VALID: 'Tillitslisten er ikke gyldig ennå: sjekken kan ikke fullføres.',

    // ---- templates ----
    WC_TEMPLATE_UNKNOWN: 'Erklæringen viser til en mal som ikke finnes i tillitslisten.',
    WC_TEXT_ALTERED: 'Teksten er ikke lik den ekte teksten i denne advarselen.',

    // ---- data directory and store ----
    WC_DATA_MISSING: 'Datamappen finnes ikke eller inneholder ingen warncheck-data.',
    WC_DATA_CORRUPT: 'Datamappen er skadet eller er endret utenfor warncheck.',
    WC_DATA_PRIVATE_KEY: 'Privat nøkkelmateriale skal ikke skrives til datamappen, så skrivingen ble avvist.',
    WC_STORE_CONFLICT: 'Lageret har allerede en annen oppføring under den samme nøkkelen.',

    // ---- transparency log: signed notes (c2sp.org/signed-note) ----
    WC_NOTE_MALFORMED: 'Det signerte notatet har feil format.',
    WC_NOTE_KEY_MALFORMED: 'Notatnøkkelen har feil format, er av en ukjent type eller stemmer ikke med nøkkel-ID-en sin.',
    WC_NOTE_SIGNATURE_INVALID: 'En signatur på notatet fra en kjent nøkkel kan ikke bekreftes.',
    WC_NOTE_UNVERIFIED: 'Notatet har ingen signatur fra en kjent nøkkel.',

    // ---- transparency log: checkpoints, proofs, tiles, witness ----
    WC_LOG_CHECKPOINT_MALFORMED: 'Sjekkpunktet for loggen har feil format.',
    WC_LOG_CHECKPOINT_ORIGIN: 'Sjekkpunktet gjelder en annen logg (feltet origin).',
    WC_LOG_PROOF_MALFORMED: 'Merkle-beviset har feil format (en hash har feil lengde).',
    WC_LOG_PROOF_INVALID: 'Merkle-beviset kan ikke bekreftes mot trehodet (tree head).',
    WC_LOG_RANGE: 'En loggindeks eller trestørrelse er utenfor gyldig område.',
    WC_LOG_TILE_MALFORMED: 'En loggflis (tile), en flisbane eller en pakke med oppføringer har feil format.',
    WC_LOG_ENTRY_TOO_LARGE: 'En loggoppføring er større enn 65 535 byte.',
    WC_LOG_WITNESS_MISSING: 'Loggens sjekkpunkt mangler medsigneringene fra vitnene som tillitslisten krever.',
    WC_LOG_NOT_INCLUDED: 'Erklæringen har en gyldig signatur, men står ikke i den offentlige loggen: den ble ikke utstedt gjennom loggen.',
    WC_LOG_ROLLBACK: 'Loggen er mindre enn en som er sett før: den er rullet tilbake. Kontrollen kan ikke fullføres.',
    WC_LOG_FORK: 'Loggen stemmer ikke med et sjekkpunkt som er sett før: den er forgrenet eller skrevet om. Kontrollen kan ikke fullføres.',
    WC_LOG_MISSING: 'Dataene har ikke noe signert loggsjekkpunkt som dekker erklæringene.',
    WC_LOG_PROOF_FORMAT: 'Teksten i tlog-beviset har feil format.',
    WC_LOG_WITNESS_REQUEST_MALFORMED: 'Innholdet i add-checkpoint-forespørselen har feil format.',
  },
};
