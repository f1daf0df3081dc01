/**
 * German message catalog: the same shape as `en` (`Catalog`).
 * Review status: machine-drafted, awaiting review by a native speaker (docs/I18N.md).
 * Terms follow the plain words German police use ("Darstellungen sexuellen Missbrauchs von
 * Kindern", "Missbrauchsdarstellungen", "Tauschbörsen", "Betrug", "Bußgeld", "zurückgezogen"); the
 * reader is addressed as "Sie". Service names such as "Kein Täter werden" are never translated.
 * Calm, plain words: many readers are frightened.
 */
import type { LookalikeTechnique } from '../../core/domain/lookalike.js';
import type { Catalog } from './en.js';

export const de: Catalog = {
  lang: 'de',
  languageName: 'Deutsch',
  siteName: 'warncheck',
  tagline: 'Prüfen Sie, ob eine Warnung der Polizei echt ist',
  skipToForm: 'Zur Prüfung springen',
  skipToResult: 'Zum Ergebnis springen',
  chooseLanguage: 'Sprache',
  home: {
    title: 'Ist diese Warnung der Polizei echt?',
    intro:
      'Die Polizei mehrerer europäischer Länder stellt Warnvideos und -texte in Tauschbörsen ein. Jede Warnung trägt einen kurzen Code. Hier können Sie einen Code, eine ganze Nachricht oder einen Link prüfen. Nichts, was Sie eingeben, wird gespeichert oder protokolliert, und es werden keine Cookies gesetzt.',
    genuineTitle: 'So sieht eine echte Warnung aus',
    genuine: [
      'Sie erscheint nur in einer Datei, die Sie selbst aus einer Tauschbörse heruntergeladen haben.',
      'Eine Polizistin oder ein Polizist erklärt, dass das Herunterladen von Darstellungen sexuellen Missbrauchs von Kindern strafbar ist, und wo Sie Hilfe bekommen.',
      'Sie zeigt einen kurzen Code, zum Beispiel {example}, und diese Adresse.',
    ],
    neverTitle: 'Was eine echte Warnung nie tut',
    never: [
      'Sie kommt nie per E-Mail, SMS, Anruf oder Brief.',
      'Sie fordert Sie nie auf, etwas zu bezahlen: Die Polizei zieht keine Bußgelder oder Gebühren per Nachricht ein.',
      'Sie fordert Sie nie auf, zu antworten, Dokumente zu schicken oder persönliche Daten anzugeben.',
    ],
    scamWarning:
      'E-Mails, die angeblich von der Polizei oder von Europol kommen und eine Antwort oder ein „Bußgeld“ verlangen, sind ein bekannter Betrug. Zahlen Sie nicht und antworten Sie nicht. Sie können eine solche E-Mail oben in das Feld einfügen und sehen, was sie verrät.',
    formTitle: 'Einen Code, eine Nachricht oder einen Link prüfen',
    inputLabel: 'Code, Nachricht oder Link',
    inputHint: 'Fügen Sie die ganze Nachricht ein, wenn Sie sie haben; wir prüfen jeden Code, jeden Link und jedes Betrugsmerkmal darin.',
    submit: 'Prüfen',
    fragmentTitle: 'Sind Sie einem Link mit einem Code nach # gefolgt?',
    fragmentHint: 'Der Teil nach # in der Adresse erreicht uns nie. Bitte tippen Sie den Code, der in Ihrer Adresszeile nach # steht, in das Feld unten.',
    checkingLocally: 'Der Code aus der Adresse wird in Ihrem Browser geprüft …',
    staticNeedsScript:
      'Diese Kopie der Prüfung braucht JavaScript, um einen Code zu prüfen. Ohne JavaScript nutzen Sie bitte den vollständigen Dienst, der auch ohne funktioniert:',
    staticCodesOnly: 'Diese Kopie prüft nur Codes, in Ihrem Browser. Um eine ganze Nachricht oder einen Link zu prüfen, nutzen Sie den vollständigen Dienst:',
    privacyTitle: 'Ihre Privatsphäre',
    privacy:
      'Dieser Dienst speichert nichts darüber, was Sie prüfen, setzt keine Cookies und lädt nichts von anderen Websites. Mit eingeschaltetem JavaScript wird ein Code aus der Adresse in Ihrem Browser geprüft.',
  },
  verdict: {
    pageTitle: 'Ergebnis der Prüfung',
    overall: 'Ergebnis',
    findingsTitle: 'Was wir gefunden haben',
    stepsTitle: 'Prüfschritte',
    stepOk: 'bestanden',
    stepFailed: 'nicht bestanden',
    checkAnother: 'Etwas anderes prüfen',
    youChecked: 'Sie haben geprüft',
    signsTitle: 'Betrugsmerkmale in der Nachricht',
    items: {
      code: 'Code',
      jws: 'Signierte Erklärung',
      url: 'Link',
      email: 'E-Mail-Adresse',
      phone: 'Telefonnummer',
      sign: 'Betrugsmerkmal',
      text: 'Text',
    },
    names: {
      genuine: 'Echt',
      altered: 'Echter Code, veränderter Text',
      revoked: 'Zurückgezogen',
      unknown: 'Nie ausgegeben',
      mistyped: 'Wahrscheinlich vertippt',
      forged: 'Gefälscht',
      lookalike: 'Nachgeahmte Adresse',
      official: 'Offizielle Adresse',
      'not-official': 'Keine offizielle Adresse',
      scam: 'Betrug',
      'not-a-warning': 'Keine Warnung der Polizei',
      'no-evidence': 'Nichts, was wir prüfen konnten',
    },
    explain: {
      genuine: 'Dieser Code wurde von der Polizei ausgegeben und mit einem vertrauenswürdigen Schlüssel signiert. Er wurde nicht zurückgezogen.',
      altered:
        'Der Code ist echt, aber der Text, den Sie angegeben haben, weicht vom echten Text dieser Warnung ab. Jemand könnte ihn verändert haben. Die Unterschiede sind unten gezeigt.',
      revoked: 'Die Polizei hat diesen Code oder den Schlüssel, mit dem er signiert wurde, zurückgezogen. Verlassen Sie sich nicht darauf.',
      unknown: 'Dieser Code hat die richtige Form, wurde aber nie von der Polizei ausgegeben. Eine Nachricht, die ihn zeigt, ist keine echte Warnung.',
      mistyped:
        'Das Prüfzeichen dieses Codes stimmt nicht. Er wurde wahrscheinlich falsch eingegeben: Vergleichen Sie ihn mit der Warnung und versuchen Sie es erneut.',
      forged: 'Die Signatur lässt sich nicht bestätigen, oder der Unterzeichner ist nicht vertrauenswürdig. Dies ist keine echte Erklärung.',
      lookalike: 'Diese Adresse soll wie eine offizielle aussehen, ist es aber nicht. Geben Sie dort nichts ein.',
      official:
        'Diese Adresse gehört der Polizei oder einem offiziellen Dienst aus unserer signierten Vertrauensliste. Das macht eine Nachricht, die sie zeigt, nicht echt: Betrüger kopieren echte Adressen.',
      'not-official': 'Diese Adresse gehört weder der Polizei noch einem offiziellen Dienst, den wir kennen.',
      scam: 'Diese Nachricht zeigt Merkmale eines Betrugs, bei dem sich jemand als Polizei ausgibt. Die Polizei verlangt nie eine Zahlung oder Antwort per Nachricht. Zahlen Sie nicht, antworten Sie nicht und schicken Sie keine Dokumente.',
      'not-a-warning':
        'Diese Nachricht gibt vor, von der Polizei, einem Gericht oder einer anderen Behörde zu kommen, ist aber keine Warnung der Polizei von der Art, die dieser Dienst prüft. Echte Warnungen erscheinen nur in einer Datei, die Sie selbst heruntergeladen haben; sie kommen nie per E-Mail, SMS, Anruf, Brief oder Pop-up.',
      'no-evidence':
        'Wir haben keinen Code, keinen Link und keine signierte Erklärung gefunden, die wir prüfen konnten. Das heißt nicht, dass die Nachricht sicher ist: Wir können nicht jeden Betrug erkennen.',
    },
    next: {
      genuine: 'Eine echte Warnung bietet Hilfe an. Wenn Sie mit jemandem sprechen möchten: Die Angebote unten sind kostenlos und vertraulich.',
      altered: 'Vertrauen Sie nur dem echten Text, der unten gezeigt wird.',
      revoked: 'Wenn Sie dies als Teil einer Nachricht erhalten haben, behandeln Sie die Nachricht als verdächtig.',
      unknown: 'Wenn dies per E-Mail, SMS oder Brief kam, stammt es nicht von der Polizei. Sie können es melden.',
      mistyped: 'Prüfen Sie jedes Zeichen; 0 und O sowie 1, I und L gelten als gleich.',
      forged: 'Vertrauen Sie der Nachricht nicht, in der sie kam. Sie können sie melden.',
      lookalike: 'Klicken Sie nicht auf den Link und melden Sie die Nachricht.',
      official: 'Tippen Sie offizielle Adressen selbst ein, statt Links in einer Nachricht zu folgen.',
      'not-official': 'Seien Sie vorsichtig mit Links und Adressen, die nicht offiziell sind.',
      scam: 'Melden Sie die Nachricht der Polizei als Betrug und löschen Sie sie dann. Wenn Sie schon bezahlt haben, wenden Sie sich sofort an Ihre Bank.',
      'not-a-warning':
        'Zahlen Sie nicht, antworten Sie nicht, klicken Sie keine Links an, öffnen Sie keine Anhänge und schicken Sie keine Dokumente. Wenn Sie unsicher sind, wenden Sie sich über die offizielle Website oder Telefonnummer der Polizei an sie, die Sie selbst nachschlagen.',
      'no-evidence':
        'Wenn eine Nachricht angeblich von der Polizei kommt und etwas verlangt, behandeln Sie sie als Betrug. Wenn Sie einen Code haben, geben Sie ihn genau so ein, wie er dasteht, oder fügen Sie die ganze Nachricht ein.',
    },
    suggestion: 'Meinten Sie {code}?',
    mistypedInScam: 'Das sieht aus wie ein Code, ist aber kein gültiger. In einer solchen Nachricht beweist er nichts: Verlassen Sie sich nicht darauf.',
    checkedLocally:
      'In Ihrem Browser mit dem Code aus der Adresse geprüft. Der Server hat nur die ersten 5 Zeichen eines Hashwerts des Codes gesehen, die viele Codes gemeinsam haben.',
    genuineTitle: 'Die echte Warnung',
    issuer: 'Ausgegeben von',
    country: 'Land',
    language: 'Sprache',
    issued: 'Ausgegeben am',
    where: 'Wo solche Warnungen erscheinen',
    whereText: 'Nur in Dateien in Tauschbörsen, die die Person selbst heruntergeladen hat.',
    notTheMessage: 'Ein echter Code macht die Nachricht um ihn herum nicht echt: Die Codes stehen in Dateien, die jeder kopieren kann.',
    codeInMessage:
      'Dieser echte Code wurde in einer Nachricht gefunden. Echte Warnungen erscheinen nur in einer Datei, die Sie selbst heruntergeladen haben: Sie kommen nie per E-Mail, SMS oder Brief und verlangen nie etwas von Ihnen. Seien Sie vorsichtig mit der Nachricht um ihn herum.',
    copiedCode:
      'Diese Nachricht enthält einen echten Code, der aus einer echten Warnung der Polizei kopiert wurde. Echte Warnungen kommen nie per E-Mail, SMS oder Brief und verlangen nie etwas.',
    keyWithdrawnLater:
      'Der Schlüssel, mit dem diese Warnung signiert wurde, wurde am {date} zurückgezogen ({reason}). Das öffentliche Protokoll belegt, dass diese Warnung vorher eingetragen wurde (unter seinen ersten {size} Einträgen), daher bleibt sie echt.',
    revokedAt: 'Zurückgezogen am {date}: {reason}',
    markedTitle: 'Die Nachricht, mit dem, was sie verrät',
    softened: {
      quoted: 'Dieser Text warnt vor dem Betrug und zitiert dessen Wortlaut: Die Formulierung zählt nicht gegen ihn.',
      alone: 'Für sich allein ist diese Formulierung kein Betrugsmerkmal.',
      'signed-text': 'Diese Adresse gehört zum echten, signierten Warntext.',
    },
    techniques: {
      'homoglyph-cyrillic': 'kyrillische Buchstaben, die wie lateinische aussehen',
      'homoglyph-greek': 'griechische Buchstaben, die wie lateinische aussehen',
      'homoglyph-whole-script': 'ein Name ganz in einem anderen Alphabet, das gleich aussieht',
      'homoglyph': 'Zeichen, die wie die echten aussehen',
      'homoglyph-ascii': 'ähnlich aussehende Buchstaben wie rn für m oder I für l',
      'diacritic': 'Akzente, die dem echten Namen hinzugefügt wurden',
      'punycode': 'ein kodierter internationaler Name (xn--), der wie der echte angezeigt wird',
      'digit-swap': 'Ziffern statt Buchstaben (0 für o, 1 für l)',
      'one-edit': 'ein Buchstabe geändert, hinzugefügt oder entfernt',
      'two-edit': 'zwei Buchstaben geändert, hinzugefügt oder entfernt',
      'transposition': 'zwei vertauschte Buchstaben',
      'subdomain-embedding': 'der echte Name am Anfang der Adresse eines anderen',
      'hyphen-embedding': 'der echte Name mit Bindestrichen in eine andere Adresse eingebaut',
      'dot-to-hyphen': 'ein Bindestrich statt eines Punkts',
      'no-separator-embedding': 'der echte Name zusammengeschrieben mit anderen Wörtern',
      'tld-swap': 'der echte Name mit einer anderen Endung (.com statt .de)',
      'tld-append': 'eine zusätzliche Endung am echten Namen',
      'fake-government-domain': 'eine erfundene, behördlich wirkende Adresse',
      'combosquat': 'der echte Name kombiniert mit Wörtern wie „Fall“ oder „sicher“',
      'private-suffix-hosting': 'eine Adresse bei einem kostenlosen Hosting-Dienst',
      'userinfo': 'der echte Name vor einem @, sodass der Link woandershin führt',
      'path-embedding': 'der echte Name im Pfad der Adresse eines anderen',
      'fragment-embedding': 'der echte Name nach einem #, wo er nichts bewirkt',
      'bidi-control': 'versteckte Zeichen, die die Anzeige der Adresse umdrehen',
      'ip-host': 'eine reine Zahlenadresse statt eines Namens',
      'free-mail': 'ein kostenloses E-Mail-Konto, dessen Name vorgibt, die Polizei zu sein',
      'sender-name-claim': 'ein Absendername, der vorgibt, eine Behörde zu sein',
      'display-name-spoof': 'ein offizieller Name vor einer anderen Adresse',
      'zero-width': 'unsichtbare Zeichen im echten Namen',
      'fullwidth-letters': 'breite asiatische Buchstaben, die wie die echten aussehen',
      'compatibility-characters': 'Sonderzeichen, die zum echten Namen werden',
      'ideographic-dot': 'ein asiatischer Punkt statt eines normalen',
      'fullwidth-dot': 'ein breiter Punkt statt eines normalen',
      'percent-encoded-host': 'kodierte Zeichen, die die echte Adresse verbergen',
      'parser-differential': 'ein Trick mit einem umgekehrten Schrägstrich, der Browser eine andere Adresse öffnen lässt',
    } satisfies Record<LookalikeTechnique, string>,
    logTitle: 'Nachweis im öffentlichen Protokoll',
    logEntry:
      'Die {role} ist Eintrag {index} von {size} im öffentlichen Protokoll aller Erklärungen, die die Polizei signiert hat. Jeder kann diesen Nachweis allein mit dem Schlüssel des Protokolls prüfen, ohne uns zu fragen (C2SP tlog-proof):',
    logRoles: { warning: 'Warnerklärung', revocation: 'Rückzugserklärung', statement: 'Erklärung' },
    diffTitle: 'Unterschiede zum echten Text',
    diffLegend: 'Aus dem echten Text entfernte Wörter sind durchgestrichen; hinzugefügte Wörter sind unterstrichen.',
    diffRemoved: 'entfernt',
    diffAdded: 'hinzugefügt',
    technique: 'So ahmt sie {imitates} nach: {technique}.',
    domain: 'Domain: {domain}',
    officialDomain: 'Offizielle Adresse',
    technicalTitle: 'Technische Details',
    cannotComplete: 'Die Prüfung konnte nicht abgeschlossen werden',
    cannotCompleteText: 'Wir können gerade kein Ergebnis nennen. Dies ist kein echtes Ergebnis. Bitte versuchen Sie es später erneut.',
  },
  steps: {
    parse: 'Format',
    checksum: 'Prüfzeichen',
    country: 'Land, das Warnungen ausgibt',
    lookup: 'Von der Polizei ausgegeben',
    statement: 'Format der signierten Erklärung',
    key: 'Signaturschlüssel',
    signature: 'Signatur',
    issuer: 'Vertrauenswürdiger Herausgeber',
    'key-validity': 'Schlüssel am Ausgabedatum gültig',
    'issue-time': 'Ausgabedatum nicht in der Zukunft',
    'known-template': 'Bekannter Warnungstext',
    'key-status': 'Schlüssel nicht zurückgezogen',
    revocation: 'Nicht zurückgezogen',
    template: 'Echter Text',
    inclusion: 'Im öffentlichen Protokoll',
  },
  help: {
    title: 'Hilfe und Anzeige',
    intro: 'Es gibt kostenlose, vertrauliche Hilfe. Sie müssen Ihren Namen nicht nennen.',
    kinds: { help: 'Hilfe', 'report-scam': 'Betrug anzeigen', police: 'Polizei' },
    europol: 'Europol: Keine Polizei zieht Bußgelder per E-Mail oder Nachricht ein.',
    all: 'Alle Hilfs- und Meldestellen',
  },
  error: {
    title: 'Etwas stimmt nicht',
    back: 'Zurück zur Prüfung',
    notFound: 'Unter dieser Adresse gibt es nichts.',
  },
  api: {
    title: 'API für Beratungsstellen und Organisationen',
    intro: 'Dieselben Prüfungen wie auf dieser Seite, als JSON. Nichts, was Sie senden, wird gespeichert oder protokolliert.',
    spec: 'Maschinenlesbare Beschreibung (OpenAPI 3.1)',
    messages:
      'Jeder Befund hat einen festen Code und eine Meldung in der gewünschten Sprache: "lang" im Anfrageinhalt (zum Beispiel "de"), sonst der Header Accept-Language, sonst Englisch.',
    range: 'Abfrage mit k-Anonymität: die ersten 5 Hexadezimalzeichen des Hashwerts des Codes (docs/FORMAT.md §3); der Code selbst verlässt nie den Client.',
    otherTitle: 'Schlüssel, Vertrauensliste, Zustand und Messwerte',
  },
  footer: {
    noTracking: 'Keine Cookies, kein Tracking, keine Protokolle darüber, was Sie prüfen.',
    api: 'API',
    trust: 'Signierte Vertrauensliste',
    keys: 'Öffentliche Schlüssel',
  },
  errors: {
    // ---- input and usage ----
    WC_INPUT_EMPTY: 'Die Eingabe ist leer.',
    WC_INPUT_TOO_LARGE: 'Die Eingabe ist größer als die Grenze.',
    WC_INPUT_NOT_TEXT: 'Die Eingabe ist kein gültiger UTF-8-Text.',
    WC_BATCH_TOO_LARGE: 'Der Stapel enthält mehr Einträge als erlaubt.',
    WC_USAGE: 'Der Befehl wurde nicht richtig verwendet.',
    WC_REQUEST_MALFORMED: 'Die Anfrage entspricht nicht dem Schema.',
    WC_MEDIA_TYPE: 'Der Inhalt der Anfrage hat einen nicht unterstützten Medientyp.',
    WC_RATE_LIMITED: 'Zu viele Anfragen; versuchen Sie es gleich noch einmal.',
    WC_REQUEST_TIMEOUT: 'Die Anfrage ist nicht rechtzeitig angekommen.',
    WC_HEADERS_TOO_LARGE: 'Die Kopfzeilen der Anfrage sind größer als die Grenze.',
    WC_OVERLOADED: 'Der Dienst ist überlastet oder startet neu; versuchen Sie es gleich noch einmal. Nichts von dem, was Sie gesendet haben, wurde aufbewahrt.',
    WC_NOT_FOUND: 'Unter dieser Adresse gibt es nichts.',
    WC_SYNC_SOURCE: 'Die Quelle der Kopie ließ sich nicht lesen (nicht erreichbar, eine Fehlerantwort oder zu groß); nichts wurde installiert.',
    WC_RANGE_TOO_FINE:
      'Diese Abfrage verlangt einen kleineren Bereich, als die Größe des Protokolls erlaubt; holen Sie den neuesten Checkpoint und fragen Sie erneut.',
    WC_INTERNAL: 'Bei uns ist etwas schiefgegangen. Nichts von dem, was Sie gesendet haben, wurde aufbewahrt.',

    // ---- message codes ----
    WC_CODE_MALFORMED: 'Dies ist kein Nachrichtencode: falsche Länge oder falsche Zeichen.',
    WC_CODE_CHECK_FAILED: 'Das Prüfzeichen des Codes stimmt nicht: wahrscheinlich ein Tippfehler.',
    WC_CODE_COUNTRY_UNKNOWN: 'Der Code beginnt mit einem Land, das keine Warnungen ausgibt.',

    // ---- encodings, keys, signatures ----
    WC_BASE64_NONCANONICAL: 'Ein Base64-Wert ist nicht in kanonischer Form.',
    WC_JWS_MALFORMED: 'Die signierte Erklärung (JWS) ist fehlerhaft aufgebaut.',
    WC_JWS_ALG_NOT_ALLOWED: 'Die signierte Erklärung verwendet einen nicht erlaubten Algorithmus.',
    WC_KEY_MALFORMED: 'Der Schlüssel ist fehlerhaft aufgebaut.',
    WC_KEY_WEAK: 'Der Schlüssel ist nicht kanonisch, hat kleine Ordnung oder ist nicht torsionsfrei.',
    WC_KEY_UNKNOWN: 'Die Erklärung wurde mit einem Schlüssel signiert, den die Vertrauensliste nicht nennt.',
    WC_KEY_NOT_VALID_AT_TIME: 'Der Signaturschlüssel war zu dem Zeitpunkt, zu dem die Erklärung ausgegeben worden sein soll, nicht gültig.',
    WC_KEY_REVOKED: 'Der Signaturschlüssel wurde widerrufen.',
    WC_SIGNATURE_INVALID: 'Die Signatur lässt sich nicht bestätigen.',
    WC_KEYFILE_INVALID: 'Die Schlüsseldatei fehlt, ist nicht lesbar oder ist kein warncheck-Schlüssel.',

    // ---- statements ----
    WC_STATEMENT_MALFORMED: 'Der Inhalt der Erklärung entspricht nicht dem Format.',
    WC_STATEMENT_VERSION: 'Die Erklärung hat eine nicht unterstützte Formatversion.',
    WC_STATEMENT_ISSUER_MISMATCH: 'Die Erklärung nennt einen anderen Herausgeber als den Inhaber ihres Schlüssels.',
    WC_STATEMENT_REVOKED: 'Die Erklärung wurde zurückgezogen.',
    WC_STATEMENT_NOT_FOUND: 'Für diesen Code wurde nie eine Erklärung ausgegeben.',
    WC_STATEMENT_FUTURE: 'Die Erklärung nennt einen Ausgabezeitpunkt in der Zukunft.',

    // ---- trust list ----
    WC_TRUST_MALFORMED: 'Die Vertrauensliste ist fehlerhaft aufgebaut.',
    WC_TRUST_SIGNATURE_INVALID: 'Die Signatur der Vertrauensliste lässt sich mit dem Wurzelschlüssel nicht bestätigen.',
    WC_TRUST_EXPIRED: 'Die Vertrauensliste ist abgelaufen: Die Prüfung kann nicht abgeschlossen werden.',
    WC_TRUST_ROLLBACK: 'Die Vertrauensliste ist älter als eine bereits gesehene (Rückschritt): Die Prüfung kann nicht abgeschlossen werden.',
    WC_TRUST_NOT_YET_VALID: 'Die Vertrauensliste ist noch nicht gültig: Die Prüfung kann nicht abgeschlossen werden.',

    // ---- templates ----
    WC_TEMPLATE_UNKNOWN: 'Die Erklärung nennt eine Vorlage, die nicht in der Vertrauensliste steht.',
    WC_TEXT_ALTERED: 'Der Text weicht vom echten Text dieser Warnung ab.',

    // ---- data directory and store ----
    WC_DATA_MISSING: 'Das Datenverzeichnis existiert nicht oder enthält keine warncheck-Daten.',
    WC_DATA_CORRUPT: 'Das Datenverzeichnis ist beschädigt oder wurde außerhalb von warncheck verändert.',
    WC_DATA_PRIVATE_KEY: 'Privates Schlüsselmaterial wird nicht in das Datenverzeichnis geschrieben; das Schreiben wurde abgelehnt.',
    WC_STORE_CONFLICT: 'Der Speicher enthält unter demselben Schlüssel bereits einen anderen Eintrag.',
    WC_OUTPUT_UNWRITABLE:
      'Die Ausgabedatei kann nicht geschrieben werden (sie existiert schon, ist ein Verzeichnis, oder ihr Verzeichnis ist nicht beschreibbar). Nichts wurde ausgegeben.',
    WC_ISSUE_OUTPUT_FAILED:
      'Der Stapel WURDE ausgegeben (er steht im Protokoll), aber seine Codes ließen sich nicht in die Ausgabedatei verschieben: Die Meldung nennt die Datei, in der sie stehen.',
    WC_ISSUE_PARTIAL_LEFT:
      'Eine .partial-Datei mit Codes ist von einem früheren Ausgabelauf übrig, der nicht fertig wurde: Die Meldung sagt, ob sein Stapel ausgegeben wurde.',
    WC_STATE_INVALID:
      'Die Zustandsdatei der Kommandozeile ist keine normale Datei oder lässt sich nicht lesen; sie wurde unverändert gelassen (der Schutz vor Rückschritten hängt von ihr ab).',

    // ---- transparency log: signed notes (c2sp.org/signed-note) ----
    WC_NOTE_MALFORMED: 'Die signierte Notiz ist fehlerhaft aufgebaut.',
    WC_NOTE_KEY_MALFORMED: 'Der Notizschlüssel ist fehlerhaft aufgebaut, von unbekanntem Typ oder passt nicht zu seiner Schlüssel-ID.',
    WC_NOTE_SIGNATURE_INVALID: 'Eine Signatur der Notiz durch einen bekannten Schlüssel lässt sich nicht bestätigen.',
    WC_NOTE_UNVERIFIED: 'Die Notiz trägt keine Signatur eines bekannten Schlüssels.',

    // ---- transparency log: checkpoints, proofs, tiles, witness ----
    WC_LOG_CHECKPOINT_MALFORMED: 'Der Checkpoint des Protokolls ist fehlerhaft aufgebaut.',
    WC_LOG_CHECKPOINT_ORIGIN: 'Der Checkpoint gehört zu einem anderen Protokoll (origin).',
    WC_LOG_PROOF_MALFORMED: 'Der Merkle-Nachweis ist fehlerhaft aufgebaut (ein Hashwert hat die falsche Länge).',
    WC_RANGE_MALFORMED: 'Die Antwort des Servers auf die Abfrage ist fehlerhaft aufgebaut, daher konnte die Prüfung nicht abgeschlossen werden.',
    WC_LOG_PROOF_INVALID: 'Der Merkle-Nachweis lässt sich gegen den Baumkopf (tree head) nicht bestätigen.',
    WC_LOG_RANGE: 'Ein Protokollindex oder eine Baumgröße liegt außerhalb des gültigen Bereichs.',
    WC_LOG_TILE_MALFORMED: 'Eine Protokollkachel (tile), ein Kachelpfad oder ein Eintragsbündel ist fehlerhaft aufgebaut.',
    WC_LOG_ENTRY_TOO_LARGE: 'Ein Protokolleintrag ist größer als 65.535 Byte.',
    WC_LOG_WITNESS_MISSING: 'Dem Checkpoint des Protokolls fehlen die Mitsignaturen von Zeugen, die die Vertrauensliste verlangt.',
    WC_LOG_NOT_INCLUDED: 'Die Erklärung ist gültig signiert, steht aber nicht im öffentlichen Protokoll: Sie wurde nicht über das Protokoll ausgegeben.',
    WC_LOG_ROLLBACK: 'Das Protokoll ist kleiner als ein bereits gesehenes: Es wurde zurückgesetzt. Die Prüfung kann nicht abgeschlossen werden.',
    WC_LOG_FORK:
      'Das Protokoll passt nicht zu einem bereits gesehenen Checkpoint: Es wurde abgezweigt oder umgeschrieben. Die Prüfung kann nicht abgeschlossen werden.',
    WC_LOG_MISSING: 'Die Daten haben keinen signierten Checkpoint des Protokolls, der ihre Erklärungen abdeckt.',
    WC_LOG_PROOF_FORMAT: 'Der Text des tlog-Nachweises ist fehlerhaft aufgebaut.',
    WC_LOG_WITNESS_REQUEST_MALFORMED: 'Der Inhalt der add-checkpoint-Anfrage ist fehlerhaft aufgebaut.',

    // ---- signs of fraud and addresses ----
    WC_SIGN_PAYMENT: 'Eine Zahlungsaufforderung. Die Polizei verlangt in einer Warnung nie Geld.',
    WC_SIGN_FINE: 'Ein „Bußgeld“, das eine Strafverfolgung abwenden soll. Keine Polizei erledigt solche Fälle per Post.',
    WC_SIGN_DEADLINE: 'Eine Frist, die Sie unter Druck setzen soll (24, 48 oder 72 Stunden, wenige Tage).',
    WC_SIGN_ARREST: 'Eine Drohung mit Festnahme oder Haftbefehl.',
    WC_SIGN_REGISTER: 'Eine Drohung mit einem Register für Sexualstraftäter oder einem Eintrag im Führungszeugnis.',
    WC_SIGN_EXPOSURE: 'Eine Drohung, Ihre Familie, Ihren Arbeitgeber oder die Medien zu informieren.',
    WC_SIGN_REPLY: 'Eine Aufforderung, zu antworten oder sich zu melden. Echte Warnungen verlangen nichts.',
    WC_SIGN_SEND_ID: 'Eine Aufforderung, Ausweis, Dokumente oder persönliche Daten zu schicken.',
    WC_SIGN_DEVICE_LOCK: 'Formulierungen über ein gesperrtes Gerät („Ihr Computer ist gesperrt“).',
    WC_SIGN_VOUCHER: 'Zahlung per Gutschein oder Geschenkkarte.',
    WC_SIGN_WORD_TELL:
      'Wörter, die die Polizei nicht verwendet: Die Polizei spricht von „Darstellungen sexuellen Missbrauchs von Kindern“, Betrüger verwenden oft andere, falsche Wörter.',
    WC_SIGN_CRYPTO: 'Eine Kryptowährungsadresse, an die gezahlt werden soll.',
    WC_SIGN_IBAN: 'Ein Bankkonto (IBAN), an das gezahlt werden soll.',
    WC_SIGN_REFUND:
      'Eine Erstattung, Entschädigung oder Überzahlung, die angeblich auf Sie wartet. Finanzämter und Behörden kündigen Erstattungen nicht per Nachricht mit Link oder Formular an.',
    WC_SIGN_LURE:
      'Eine echte Einheit, Plattform oder Führungsperson als Absender (EMPACT, EC3, die Leitung von Europol): Gefälschte Schreiben borgen sich diese Namen.',
    WC_SIGN_AUTHORITY:
      'Die Nachricht gibt vor, von der Polizei, einem Gericht, einer Staatsanwaltschaft oder einer anderen Behörde zu kommen. Echte Warnungen erscheinen nur in einer Datei, die Sie selbst heruntergeladen haben, nie per E-Mail, SMS, Anruf, Brief oder Pop-up.',
    WC_SIGN_ACCUSATION: 'Der Vorwurf einer Straftat, der sich gegen Sie richtet. Die Polizei beschuldigt niemanden per Nachricht.',
    WC_SIGN_PROCEEDINGS: 'Eine Vorladung oder ein Verfahren, per Nachricht angekündigt. Echte Vorladungen werden nicht so verschickt.',
    WC_SIGN_THREAT: 'Eine Drohung mit Festnahme, mit einem Register oder Eintrag im Führungszeugnis oder damit, andere zu informieren.',
    WC_SIGN_LOGIN: 'Eine Aufforderung, sich anzumelden, einem Link zu folgen oder Ihre Identität zu bestätigen.',
    WC_SIGN_ATTACHMENT: 'Ein Anhang oder eine Datei zum Öffnen. Öffnen Sie sie nicht.',
    WC_ADDRESS_OFFICIAL: 'Eine Adresse der Polizei oder eines offiziellen Dienstes aus der Vertrauensliste.',
    WC_ADDRESS_LOOKALIKE: 'Eine Adresse, die wie eine offizielle aussehen soll.',
    WC_ADDRESS_NOT_OFFICIAL: 'Eine Adresse, die keine der offiziellen ist.',
    WC_PHONE_UNCHECKED: 'Eine Telefonnummer. Telefonnummern lassen sich hier nicht bestätigen: Die Polizei fordert Sie nie auf, wegen einer Warnung anzurufen.',
    WC_TEXT_TRUNCATED: 'Dieser Text enthält mehr Einträge, als eine Prüfung abdeckt: Nur die ersten wurden geprüft. Prüfen Sie den Rest getrennt.',
  },
};
