/**
 * French message catalog: the same shape as `en` (`Catalog`).
 * Review status: machine-drafted, awaiting review by a native speaker (docs/I18N.md).
 * Terms follow the plain words French police use ("violences sexuelles sur des enfants",
 * "contenus d’abus sexuels sur des enfants", "réseaux de partage de fichiers", "escroquerie",
 * "amende", "retiré"); service names such as "STOP" are never translated. Typographic
 * apostrophes (’) throughout, and a narrow no-break space (U+202F) before ? ! ; : » and after «
 * (tests/web/typography.test.ts). Calm, plain words: many readers are frightened.
 */
import type { LookalikeTechnique } from '../../core/domain/lookalike.js';
import type { Catalog } from './en.js';

export const fr: Catalog = {
  lang: 'fr',
  languageName: 'Français',
  siteName: 'warncheck',
  tagline: 'Vérifier si un avertissement de la police est authentique',
  skipToForm: 'Aller à la vérification',
  skipToResult: 'Aller au résultat',
  chooseLanguage: 'Langue',
  home: {
    title: 'Cet avertissement de la police est-il authentique ?',
    intro:
      'La police de plusieurs pays européens publie des vidéos et des textes d’avertissement sur les réseaux de partage de fichiers. Chaque avertissement porte un code court. Ici, vous pouvez vérifier un code, un message entier ou un lien. Rien de ce que vous saisissez n’est conservé ni journalisé, et aucun cookie n’est déposé.',
    genuineTitle: 'À quoi ressemble un avertissement authentique',
    genuine: [
      'Il apparaît uniquement dans un fichier que vous avez vous-même téléchargé sur un réseau de partage de fichiers.',
      'Un policier explique que télécharger des contenus d’abus sexuels sur des enfants est un délit, et où trouver de l’aide.',
      'Il affiche un code court, par exemple {example}, et cette adresse.',
    ],
    neverTitle: 'Ce qu’un avertissement authentique ne fait jamais',
    never: [
      'Il n’arrive jamais par e-mail, SMS, appel téléphonique ou courrier.',
      'Il ne vous demande jamais de payer : la police n’encaisse ni amendes ni frais par message.',
      'Il ne vous demande jamais de répondre, d’envoyer des documents ou de donner des informations personnelles.',
    ],
    scamWarning:
      'Les e-mails qui prétendent venir de la police ou d’Europol et exigent une réponse ou une « amende » sont une escroquerie connue. Ne payez pas et ne répondez pas. Vous pouvez coller un tel e-mail dans le champ ci-dessus pour voir ce qui le trahit.',
    formTitle: 'Vérifier un code, un message ou un lien',
    inputLabel: 'Code, message ou lien',
    inputHint: 'Collez le message entier si vous l’avez ; nous vérifions chaque code, chaque lien et chaque signe d’escroquerie.',
    submit: 'Vérifier',
    fragmentTitle: 'Avez-vous suivi un lien avec un code après # ?',
    fragmentHint: 'La partie après # dans l’adresse ne nous parvient jamais. Saisissez dans le champ ci-dessous le code qui suit # dans votre barre d’adresse.',
    checkingLocally: 'Vérification du code de l’adresse dans votre navigateur…',
    staticNeedsScript:
      'Cette copie de la vérification a besoin de JavaScript pour vérifier un code. Sans JavaScript, utilisez le service complet, qui fonctionne sans :',
    staticCodesOnly:
      'Cette copie vérifie uniquement des codes, dans votre navigateur. Pour vérifier un message entier ou un lien, utilisez le service complet :',
    privacyTitle: 'Votre vie privée',
    privacy:
      'Ce service ne garde aucune trace de ce que vous vérifiez, ne dépose aucun cookie et ne charge rien depuis d’autres sites. Avec JavaScript activé, un code figurant dans l’adresse est vérifié dans votre navigateur.',
  },
  verdict: {
    pageTitle: 'Résultat de la vérification',
    overall: 'Résultat',
    findingsTitle: 'Ce que nous avons trouvé',
    stepsTitle: 'Contrôles',
    stepOk: 'réussi',
    stepFailed: 'échoué',
    checkAnother: 'Vérifier autre chose',
    youChecked: 'Vous avez vérifié',
    signsTitle: 'Signes d’escroquerie dans le message',
    items: {
      code: 'Code',
      jws: 'Déclaration signée',
      url: 'Lien',
      email: 'Adresse e-mail',
      phone: 'Numéro de téléphone',
      sign: 'Signe d’escroquerie',
      text: 'Texte',
    },
    names: {
      genuine: 'Authentique',
      altered: 'Code authentique, texte modifié',
      revoked: 'Retiré',
      unknown: 'Jamais émis',
      mistyped: 'Probablement mal saisi',
      forged: 'Falsifié',
      lookalike: 'Adresse imitée',
      official: 'Adresse officielle',
      'not-official': 'Adresse non officielle',
      scam: 'Escroquerie',
      'not-a-warning': 'Pas un avertissement de la police',
      'no-evidence': 'Rien que nous puissions vérifier',
    },
    explain: {
      genuine: 'Ce code a été émis par la police et signé avec une clé de confiance. Il n’a pas été retiré.',
      altered:
        'Le code est authentique, mais le texte que vous avez donné diffère du texte authentique de cet avertissement. Quelqu’un l’a peut-être modifié. Les différences sont indiquées ci-dessous.',
      revoked: 'La police a retiré ce code, ou la clé qui l’a signé. Ne vous y fiez pas.',
      unknown: 'Ce code est bien formé, mais la police ne l’a jamais émis. Un message qui l’affiche n’est pas un avertissement authentique.',
      mistyped: 'Le caractère de contrôle de ce code ne correspond pas. Il a probablement été mal saisi : comparez-le avec l’avertissement et réessayez.',
      forged: 'La signature ne peut pas être vérifiée, ou le signataire n’est pas reconnu. Ce n’est pas une déclaration authentique.',
      lookalike: 'Cette adresse imite une adresse officielle, mais elle ne l’est pas. N’y saisissez rien.',
      official:
        'Cette adresse appartient à la police ou à un service officiel cité dans notre liste de confiance signée. Cela ne rend pas authentique un message qui l’affiche : les escrocs copient de vraies adresses.',
      'not-official': 'Cette adresse n’appartient ni à la police ni à aucun service officiel que nous connaissons.',
      scam: 'Ce message présente des signes d’une escroquerie qui se fait passer pour la police. La police n’exige jamais de paiement ni de réponse par message. Ne payez pas, ne répondez pas et n’envoyez aucun document.',
      'not-a-warning':
        'Ce message prétend venir de la police, d’un tribunal ou d’une autre autorité, mais ce n’est pas un avertissement de la police du type que ce service vérifie. Les vrais avertissements n’apparaissent que dans un fichier que vous avez vous-même téléchargé ; ils n’arrivent jamais par e-mail, SMS, appel, courrier ou fenêtre surgissante.',
      'no-evidence':
        'Nous n’avons trouvé aucun code, lien ou déclaration signée que nous puissions vérifier. Cela ne veut pas dire que le message est sûr : nous ne pouvons pas reconnaître toutes les escroqueries.',
    },
    next: {
      genuine: 'Un avertissement authentique propose de l’aide. Si vous souhaitez parler à quelqu’un, les services ci-dessous sont gratuits et confidentiels.',
      altered: 'Ne vous fiez qu’au texte authentique affiché ci-dessous.',
      revoked: 'Si vous l’avez reçu dans un message, considérez ce message comme suspect.',
      unknown: 'Si cela est arrivé par e-mail, SMS ou courrier, cela ne vient pas de la police. Vous pouvez le signaler.',
      mistyped: 'Vérifiez chaque caractère ; 0 et O, ainsi que 1, I et L, sont traités comme identiques.',
      forged: 'Ne vous fiez pas au message qui le contenait. Vous pouvez le signaler.',
      lookalike: 'Ne cliquez pas sur le lien et signalez le message.',
      official: 'Saisissez vous-même les adresses officielles plutôt que de suivre les liens d’un message.',
      'not-official': 'Soyez prudent avec les liens et les adresses qui ne sont pas officiels.',
      scam: 'Signalez le message à la police comme escroquerie, puis supprimez-le. Si vous avez déjà payé, contactez immédiatement votre banque.',
      'not-a-warning':
        'Ne payez pas, ne répondez pas, ne cliquez sur aucun lien, n’ouvrez aucune pièce jointe et n’envoyez aucun document. En cas de doute, contactez la police par son site officiel ou son numéro de téléphone, que vous cherchez vous-même.',
      'no-evidence':
        'Si un message dit venir de la police et demande quoi que ce soit, considérez-le comme une escroquerie. Si vous avez un code, saisissez-le exactement comme il apparaît, ou collez le message entier.',
    },
    suggestion: 'Vouliez-vous dire {code} ?',
    mistypedInScam: 'Cela ressemble à un code, mais ce n’en est pas un valide. Dans un message comme celui-ci, il ne prouve rien : ne vous y fiez pas.',
    checkedLocally:
      'Vérifié dans votre navigateur avec le code de l’adresse. Le serveur n’a vu que les 5 premiers caractères d’une empreinte du code, partagés par de nombreux codes.',
    genuineTitle: 'L’avertissement authentique',
    issuer: 'Émis par',
    country: 'Pays',
    language: 'Langue',
    issued: 'Émis le',
    where: 'Où apparaissent ces avertissements',
    whereText: 'Uniquement dans des fichiers sur les réseaux de partage de fichiers, que la personne a elle-même téléchargés.',
    notTheMessage: 'Un code authentique ne rend pas authentique le message qui l’entoure : les codes figurent dans des fichiers que n’importe qui peut copier.',
    codeInMessage:
      'Ce code authentique a été trouvé dans un message. Les vrais avertissements n’apparaissent que dans un fichier que vous avez vous-même téléchargé : ils n’arrivent jamais par e-mail, SMS ou courrier et ne vous demandent jamais rien. Méfiez-vous du message qui l’entoure.',
    copiedCode:
      'Ce message contient un code authentique copié d’un vrai avertissement de la police. Les vrais avertissements n’arrivent jamais par e-mail, SMS ou courrier et ne demandent jamais rien.',
    keyWithdrawnLater:
      'La clé qui a signé cet avertissement a été retirée le {date} ({reason}). Le journal public prouve que cet avertissement y a été inscrit avant (parmi ses {size} premières entrées) : il reste donc authentique.',
    revokedAt: 'Retiré le {date} : {reason}',
    markedTitle: 'Le message, avec ce qui le trahit',
    softened: {
      quoted: 'Ce texte met en garde contre l’escroquerie et en cite les termes : l’expression n’est pas retenue contre lui.',
      alone: 'À elle seule, cette formulation n’est pas un signe d’escroquerie.',
      'signed-text': 'Cette adresse fait partie du texte d’avertissement authentique et signé.',
    },
    techniques: {
      'homoglyph-cyrillic': 'des lettres cyrilliques qui ressemblent à des lettres latines',
      'homoglyph-greek': 'des lettres grecques qui ressemblent à des lettres latines',
      'homoglyph-whole-script': 'un nom écrit entièrement dans un autre alphabet d’apparence identique',
      'homoglyph': 'des caractères qui ressemblent aux vrais',
      'homoglyph-ascii': 'des lettres qui se ressemblent, comme rn pour m ou I pour l',
      'diacritic': 'des accents ajoutés au vrai nom',
      'punycode': 'un nom international encodé (xn--) qui s’affiche comme le vrai',
      'digit-swap': 'des chiffres à la place de lettres (0 pour o, 1 pour l)',
      'one-edit': 'une lettre modifiée, ajoutée ou supprimée',
      'two-edit': 'deux lettres modifiées, ajoutées ou supprimées',
      'transposition': 'deux lettres inversées',
      'subdomain-embedding': 'le vrai nom placé au début de l’adresse de quelqu’un d’autre',
      'hyphen-embedding': 'le vrai nom relié par des traits d’union dans une autre adresse',
      'dot-to-hyphen': 'un trait d’union à la place d’un point',
      'no-separator-embedding': 'le vrai nom accolé à d’autres mots',
      'tld-swap': 'le vrai nom avec une autre extension (.com au lieu de .fr)',
      'tld-append': 'une extension supplémentaire ajoutée au vrai nom',
      'fake-government-domain': 'une adresse inventée qui imite celle d’une administration',
      'combosquat': 'le vrai nom combiné à des mots comme « dossier » ou « sécurisé »',
      'private-suffix-hosting': 'une adresse chez un hébergeur gratuit',
      'userinfo': 'le vrai nom avant un @, si bien que le lien mène ailleurs',
      'path-embedding': 'le vrai nom dans le chemin de l’adresse de quelqu’un d’autre',
      'fragment-embedding': 'le vrai nom après un #, où il ne sert à rien',
      'bidi-control': 'des caractères cachés qui inversent l’affichage de l’adresse',
      'ip-host': 'une simple adresse numérique au lieu d’un nom',
      'free-mail': 'une adresse e-mail gratuite dont le nom prétend être la police',
      'sender-name-claim': 'un nom d’expéditeur qui prétend être un organisme officiel',
      'display-name-spoof': 'un nom officiel affiché devant une autre adresse',
      'zero-width': 'des caractères invisibles dans le vrai nom',
      'fullwidth-letters': 'des lettres larges de style asiatique qui ressemblent aux vraies',
      'compatibility-characters': 'des caractères spéciaux qui se transforment en vrai nom',
      'ideographic-dot': 'un point asiatique à la place d’un point',
      'fullwidth-dot': 'un point large à la place d’un point normal',
      'percent-encoded-host': 'des caractères encodés qui masquent la véritable adresse',
      'parser-differential': 'une astuce avec une barre oblique inverse qui fait ouvrir une autre adresse aux navigateurs',
    } satisfies Record<LookalikeTechnique, string>,
    logTitle: 'Preuve dans le journal public',
    logEntry:
      'La {role} est l’entrée {index} sur {size} du journal public de tout ce que la police a signé. Chacun peut vérifier cette preuve avec la seule clé du journal, sans nous le demander (C2SP tlog-proof) :',
    logRoles: { warning: 'déclaration d’avertissement', revocation: 'déclaration de retrait', statement: 'déclaration' },
    diffTitle: 'Différences avec le texte authentique',
    diffLegend: 'Les mots retirés du texte authentique sont barrés ; les mots ajoutés sont soulignés.',
    diffRemoved: 'retiré',
    diffAdded: 'ajouté',
    technique: 'Comment elle imite {imitates} : {technique}.',
    domain: 'Domaine : {domain}',
    officialDomain: 'Adresse officielle',
    technicalTitle: 'Détails techniques',
    cannotComplete: 'La vérification n’a pas pu aboutir',
    cannotCompleteText: 'Nous ne pouvons pas donner de résultat pour le moment. Ceci n’est pas un résultat authentique. Veuillez réessayer plus tard.',
  },
  steps: {
    parse: 'Format',
    checksum: 'Caractère de contrôle',
    country: 'Pays qui émet des avertissements',
    lookup: 'Émis par la police',
    statement: 'Format de la déclaration signée',
    key: 'Clé de signature',
    signature: 'Signature',
    issuer: 'Émetteur de confiance',
    'key-validity': 'Clé valide à la date d’émission',
    'issue-time': 'Date d’émission non future',
    'known-template': 'Texte d’avertissement connu',
    'key-status': 'Clé non retirée',
    revocation: 'Non retiré',
    template: 'Texte authentique',
    inclusion: 'Dans le journal public',
  },
  help: {
    title: 'Aide et signalement',
    intro: 'Une aide gratuite et confidentielle existe. Vous n’avez pas à donner votre nom.',
    kinds: { help: 'Aide', 'report-scam': 'Signaler une escroquerie', police: 'Police' },
    europol: 'Europol : aucune police n’encaisse d’amendes par e-mail ou par message.',
    all: 'Tous les services d’aide et de signalement',
  },
  error: {
    title: 'Quelque chose ne va pas',
    back: 'Retour à la vérification',
    notFound: 'Il n’y a rien à cette adresse.',
  },
  api: {
    title: 'API pour les lignes d’écoute et les organisations',
    intro: 'Les mêmes contrôles que sur cette page, en JSON. Rien de ce que vous envoyez n’est conservé ni journalisé.',
    spec: 'Description lisible par machine (OpenAPI 3.1)',
    messages:
      'Chaque constat a un code stable et un message dans la langue demandée : "lang" dans le corps de la requête (par exemple "fr"), sinon l’en-tête Accept-Language, sinon l’anglais.',
    range:
      'Recherche à k-anonymat : les 5 premiers caractères hexadécimaux de l’empreinte du code (docs/FORMAT.md §3) ; le code lui-même ne quitte jamais le client.',
    otherTitle: 'Clés, liste de confiance, état et métriques',
  },
  footer: {
    noTracking: 'Pas de cookies, pas de pistage, aucune trace de ce que vous vérifiez.',
    api: 'API',
    trust: 'Liste de confiance signée',
    keys: 'Clés publiques',
  },
  errors: {
    // ---- input and usage ----
    WC_INPUT_EMPTY: 'La saisie est vide.',
    WC_INPUT_TOO_LARGE: 'La saisie dépasse la limite.',
    WC_INPUT_NOT_TEXT: 'La saisie n’est pas un texte UTF-8 valide.',
    WC_BATCH_TOO_LARGE: 'Le lot contient plus d’éléments que la limite.',
    WC_USAGE: 'La commande n’a pas été utilisée correctement.',
    WC_REQUEST_MALFORMED: 'La requête ne correspond pas au schéma.',
    WC_MEDIA_TYPE: 'Le corps de la requête a un type de média non pris en charge.',
    WC_RATE_LIMITED: 'Trop de requêtes ; réessayez dans un instant.',
    WC_REQUEST_TIMEOUT: 'La requête n’a pas été reçue à temps.',
    WC_HEADERS_TOO_LARGE: 'Les en-têtes de la requête dépassent la limite.',
    WC_OVERLOADED: 'Le service est surchargé ou redémarre ; réessayez dans un instant. Rien de ce que vous avez envoyé n’a été conservé.',
    WC_NOT_FOUND: 'Il n’y a rien à cette adresse.',
    WC_SYNC_SOURCE: 'La source de la copie n’a pas pu être lue (injoignable, réponse d’erreur ou trop volumineuse) ; rien n’a été installé.',
    WC_RANGE_TOO_FINE:
      'Cette recherche demande un groupe plus petit que ne le permet la taille du journal ; récupérez le dernier point de contrôle et recommencez.',
    WC_INTERNAL: 'Un problème est survenu de notre côté. Rien de ce que vous avez envoyé n’a été conservé.',

    // ---- message codes ----
    WC_CODE_MALFORMED: 'Ce n’est pas un code de message : longueur ou caractères incorrects.',
    WC_CODE_CHECK_FAILED: 'Le caractère de contrôle du code ne correspond pas : probablement une faute de frappe.',
    WC_CODE_COUNTRY_UNKNOWN: 'Le code commence par un pays qui n’émet pas d’avertissements.',

    // ---- encodings, keys, signatures ----
    WC_BASE64_NONCANONICAL: 'Une valeur base64 n’est pas sous forme canonique.',
    WC_JWS_MALFORMED: 'La déclaration signée (JWS) est mal formée.',
    WC_JWS_ALG_NOT_ALLOWED: 'La déclaration signée utilise un algorithme non autorisé.',
    WC_KEY_MALFORMED: 'La clé est mal formée.',
    WC_KEY_WEAK: 'La clé n’est pas canonique, est d’ordre faible ou n’est pas exempte de torsion.',
    WC_KEY_UNKNOWN: 'La déclaration a été signée par une clé que la liste de confiance ne cite pas.',
    WC_KEY_NOT_VALID_AT_TIME: 'La clé de signature n’était pas valide à la date d’émission indiquée par la déclaration.',
    WC_KEY_REVOKED: 'La clé de signature a été révoquée.',
    WC_SIGNATURE_INVALID: 'La signature ne peut pas être vérifiée.',
    WC_KEYFILE_INVALID: 'Le fichier de clé est absent, illisible ou n’est pas une clé warncheck.',

    // ---- statements ----
    WC_STATEMENT_MALFORMED: 'Le contenu de la déclaration ne respecte pas le format.',
    WC_STATEMENT_VERSION: 'La déclaration a une version de format non prise en charge.',
    WC_STATEMENT_ISSUER_MISMATCH: 'La déclaration cite un émetteur autre que le propriétaire de sa clé.',
    WC_STATEMENT_REVOKED: 'La déclaration a été retirée.',
    WC_STATEMENT_NOT_FOUND: 'Aucune déclaration n’a jamais été émise pour ce code.',
    WC_STATEMENT_FUTURE: 'La déclaration indique une date d’émission dans le futur.',

    // ---- trust list ----
    WC_TRUST_MALFORMED: 'La liste de confiance est mal formée.',
    WC_TRUST_SIGNATURE_INVALID: 'La signature de la liste de confiance ne peut pas être vérifiée avec la clé racine.',
    WC_TRUST_EXPIRED: 'La liste de confiance a expiré : la vérification ne peut pas aboutir.',
    WC_TRUST_ROLLBACK: 'La liste de confiance est plus ancienne qu’une liste déjà vue (retour en arrière) : la vérification ne peut pas aboutir.',
    WC_TRUST_NOT_YET_VALID: 'La liste de confiance n’est pas encore valide : la vérification ne peut pas aboutir.',

    // ---- templates ----
    WC_TEMPLATE_UNKNOWN: 'La déclaration cite un modèle que la liste de confiance ne contient pas.',
    WC_TEXT_ALTERED: 'Le texte diffère du texte authentique de cet avertissement.',

    // ---- data directory and store ----
    WC_DATA_MISSING: 'Le répertoire de données n’existe pas ou ne contient aucune donnée warncheck.',
    WC_DATA_CORRUPT: 'Le répertoire de données est endommagé ou a été modifié en dehors de warncheck.',
    WC_DATA_PRIVATE_KEY: 'Refus d’écrire des éléments de clé privée dans le répertoire de données.',
    WC_STORE_CONFLICT: 'Le stockage contient déjà un autre enregistrement sous la même clé.',
    WC_OUTPUT_UNWRITABLE:
      'Le fichier de sortie ne peut pas être écrit (il existe, c’est un dossier, ou son dossier n’est pas accessible en écriture). Rien n’a été émis.',
    WC_ISSUE_OUTPUT_FAILED:
      'Le lot A BIEN été émis (il figure dans le journal), mais ses codes n’ont pas pu être déplacés vers le fichier de sortie : le message indique le fichier qui les contient.',
    WC_ISSUE_PARTIAL_LEFT:
      'Un fichier de codes .partial a été laissé par une émission précédente qui n’a pas abouti : le message indique si son lot a été émis.',
    WC_STATE_INVALID:
      'Le fichier d’état de la ligne de commande n’est pas un fichier ordinaire ou est illisible ; il a été laissé tel quel (la protection contre les retours en arrière en dépend).',

    // ---- transparency log: signed notes (c2sp.org/signed-note) ----
    WC_NOTE_MALFORMED: 'La note signée est mal formée.',
    WC_NOTE_KEY_MALFORMED: 'La clé de la note est mal formée, d’un type inconnu ou ne correspond pas à son identifiant.',
    WC_NOTE_SIGNATURE_INVALID: 'Une signature de la note par une clé connue ne peut pas être vérifiée.',
    WC_NOTE_UNVERIFIED: 'La note ne porte aucune signature d’une clé connue.',

    // ---- transparency log: checkpoints, proofs, tiles, witness ----
    WC_LOG_CHECKPOINT_MALFORMED: 'Le point de contrôle du journal est mal formé.',
    WC_LOG_CHECKPOINT_ORIGIN: 'Le point de contrôle concerne un autre journal (origin).',
    WC_LOG_PROOF_MALFORMED: 'La preuve de Merkle est mal formée (une empreinte a une longueur incorrecte).',
    WC_RANGE_MALFORMED: 'La réponse du serveur à la recherche est mal formée : la vérification n’a pas pu aboutir.',
    WC_LOG_PROOF_INVALID: 'La preuve de Merkle ne peut pas être vérifiée par rapport à la tête de l’arbre (tree head).',
    WC_LOG_RANGE: 'Un index du journal ou une taille d’arbre est hors limites.',
    WC_LOG_TILE_MALFORMED: 'Une tuile du journal, un chemin de tuile ou un lot d’entrées est mal formé.',
    WC_LOG_ENTRY_TOO_LARGE: 'Une entrée du journal dépasse 65 535 octets.',
    WC_LOG_WITNESS_MISSING: 'Le point de contrôle du journal n’a pas les cosignatures de témoins exigées par la liste de confiance.',
    WC_LOG_NOT_INCLUDED: 'La déclaration est valablement signée mais ne figure pas dans le journal public : elle n’a pas été émise par le journal.',
    WC_LOG_ROLLBACK: 'Le journal est plus petit qu’un journal déjà vu : il a été ramené en arrière. La vérification ne peut pas aboutir.',
    WC_LOG_FORK: 'Le journal ne concorde pas avec un point de contrôle déjà vu : il a été dédoublé ou réécrit. La vérification ne peut pas aboutir.',
    WC_LOG_MISSING: 'Les données n’ont aucun point de contrôle signé du journal couvrant leurs déclarations.',
    WC_LOG_PROOF_FORMAT: 'Le texte de la preuve tlog est mal formé.',
    WC_LOG_WITNESS_REQUEST_MALFORMED: 'Le corps de la requête add-checkpoint est mal formé.',

    // ---- signs of fraud and addresses ----
    WC_SIGN_PAYMENT: 'Une demande de paiement. La police ne demande jamais d’argent dans un avertissement.',
    WC_SIGN_FINE: 'Une « amende » à payer pour éviter des poursuites. Aucune police ne règle ce genre d’affaire par courrier.',
    WC_SIGN_DEADLINE: 'Un délai destiné à vous presser (24, 48 ou 72 heures, quelques jours).',
    WC_SIGN_ARREST: 'Une menace d’arrestation ou de mandat.',
    WC_SIGN_REGISTER: 'Une menace d’inscription au fichier des auteurs d’infractions sexuelles ou au casier judiciaire.',
    WC_SIGN_EXPOSURE: 'Une menace de prévenir votre famille, votre employeur ou les médias.',
    WC_SIGN_REPLY: 'Une demande de répondre ou de prendre contact. Les vrais avertissements ne demandent rien.',
    WC_SIGN_SEND_ID: 'Une demande de pièce d’identité, de documents ou de données personnelles.',
    WC_SIGN_DEVICE_LOCK: 'Une formule de blocage d’appareil (« votre ordinateur est bloqué »).',
    WC_SIGN_VOUCHER: 'Un paiement par coupon ou carte cadeau.',
    WC_SIGN_WORD_TELL:
      'Des mots que la police n’emploie pas : la police parle de « contenus d’abus sexuels sur des enfants », et les escrocs utilisent souvent d’autres mots, inexacts.',
    WC_SIGN_CRYPTO: 'Une adresse de cryptomonnaie où payer.',
    WC_SIGN_IBAN: 'Un compte bancaire (IBAN) où payer.',
    WC_SIGN_REFUND:
      'Un remboursement, une indemnisation ou un trop-perçu qui vous attendrait. Les services des impôts et les autres autorités n’annoncent pas de remboursement par un message avec un lien ou un formulaire.',
    WC_SIGN_LURE:
      'Une unité, une plateforme ou un responsable réels présentés comme l’expéditeur (EMPACT, EC3, dirigeants d’Europol) : les fausses lettres empruntent ces noms.',
    WC_SIGN_AUTHORITY:
      'Le message prétend venir de la police, d’un tribunal, d’un procureur ou d’une autre autorité. Les vrais avertissements n’apparaissent que dans un fichier que vous avez téléchargé vous-même, jamais par e-mail, SMS, téléphone, courrier ou fenêtre surgissante.',
    WC_SIGN_ACCUSATION: 'Une accusation d’infraction dirigée contre vous. La police n’accuse personne par message.',
    WC_SIGN_PROCEEDINGS: 'Une convocation ou une procédure judiciaire annoncée par message. Les vraies convocations ne sont pas envoyées ainsi.',
    WC_SIGN_THREAT: 'Une menace d’arrestation, d’inscription à un fichier ou au casier judiciaire, ou de prévenir d’autres personnes.',
    WC_SIGN_LOGIN: 'Une demande de vous connecter, de suivre un lien ou de confirmer votre identité.',
    WC_SIGN_ATTACHMENT: 'Une pièce jointe ou un fichier à ouvrir. Ne l’ouvrez pas.',
    WC_ADDRESS_OFFICIAL: 'Une adresse de la police ou d’un service officiel cité dans la liste de confiance.',
    WC_ADDRESS_LOOKALIKE: 'Une adresse faite pour ressembler à une adresse officielle.',
    WC_ADDRESS_NOT_OFFICIAL: 'Une adresse qui ne fait pas partie des adresses officielles.',
    WC_PHONE_UNCHECKED:
      'Un numéro de téléphone. Les numéros ne peuvent pas être confirmés ici : la police ne vous demande jamais d’appeler au sujet d’un avertissement.',
    WC_TEXT_TRUNCATED: 'Ce texte contient plus d’éléments qu’une vérification n’en couvre : seuls les premiers ont été vérifiés. Vérifiez le reste séparément.',
  },
};
