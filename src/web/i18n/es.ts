/**
 * Spanish (Spain) message catalog: the same shape as `en` (`Catalog`).
 * Review status: machine-drafted, awaiting review by a native speaker (docs/I18N.md).
 * Terms follow the plain words the Policía Nacional uses ("material de abuso sexual infantil",
 * "redes de intercambio de archivos", "estafa", "multa", "retirado"); the reader is addressed as
 * "usted". Service names such as "Troubled Desire" are never translated. Calm, plain words: many
 * readers are frightened.
 */
import type { LookalikeTechnique } from '../../core/domain/lookalike.js';
import type { Catalog } from './en.js';

export const es: Catalog = {
  lang: 'es',
  languageName: 'Español',
  siteName: 'warncheck',
  tagline: 'Compruebe si un aviso de la policía es auténtico',
  skipToForm: 'Ir a la comprobación',
  skipToResult: 'Ir al resultado',
  chooseLanguage: 'Idioma',
  home: {
    title: '¿Es auténtico este aviso de la policía?',
    intro:
      'La policía de varios países europeos coloca vídeos y textos de aviso en redes de intercambio de archivos. Cada aviso lleva un código corto. Aquí puede comprobar un código, un mensaje completo o un enlace. Nada de lo que escriba se guarda ni se registra, y no se usan cookies.',
    genuineTitle: 'Cómo es un aviso auténtico',
    genuine: [
      'Solo aparece dentro de un archivo que usted mismo descargó de una red de intercambio de archivos.',
      'Un agente de policía explica que descargar material de abuso sexual infantil es un delito, y dónde conseguir ayuda.',
      'Muestra un código corto, por ejemplo {example}, y esta dirección.',
    ],
    neverTitle: 'Lo que un aviso auténtico nunca hace',
    never: [
      'Nunca llega por correo electrónico, SMS, llamada o carta.',
      'Nunca le pide que pague nada: la policía no cobra multas ni tasas por mensaje.',
      'Nunca le pide que responda, que envíe documentos ni que dé datos personales.',
    ],
    scamWarning:
      'Los correos que dicen venir de la policía o de Europol y exigen una respuesta o una «multa» son una estafa conocida. No pague y no responda. Puede pegar ese correo en la casilla de arriba para ver qué lo delata.',
    formTitle: 'Comprobar un código, un mensaje o un enlace',
    inputLabel: 'Código, mensaje o enlace',
    inputHint: 'Pegue el mensaje completo si lo tiene; comprobamos cada código, cada enlace y cada señal de estafa.',
    submit: 'Comprobar',
    fragmentTitle: '¿Ha seguido un enlace con un código después de #?',
    fragmentHint:
      'La parte de la dirección que va después de # nunca nos llega. Escriba en la casilla de abajo el código que aparece después de # en la barra de direcciones.',
    checkingLocally: 'Comprobando el código de la dirección en su navegador…',
    staticNeedsScript:
      'Esta copia de la comprobación necesita JavaScript para comprobar un código. Sin JavaScript, utilice el servicio completo, que funciona sin él:',
    staticCodesOnly: 'Esta copia solo comprueba códigos, en su navegador. Para comprobar un mensaje completo o un enlace, utilice el servicio completo:',
    privacyTitle: 'Su privacidad',
    privacy:
      'Este servicio no guarda ningún registro de lo que comprueba, no usa cookies y no carga nada de otros sitios. Con JavaScript activado, un código de la dirección se comprueba en su navegador.',
  },
  verdict: {
    pageTitle: 'Resultado de la comprobación',
    overall: 'Resultado',
    findingsTitle: 'Lo que hemos encontrado',
    stepsTitle: 'Comprobaciones',
    stepOk: 'superada',
    stepFailed: 'no superada',
    checkAnother: 'Comprobar otra cosa',
    youChecked: 'Ha comprobado',
    signsTitle: 'Señales de estafa en el mensaje',
    items: {
      code: 'Código',
      jws: 'Declaración firmada',
      url: 'Enlace',
      email: 'Dirección de correo',
      phone: 'Número de teléfono',
      sign: 'Señal de estafa',
      text: 'Texto',
    },
    names: {
      genuine: 'Auténtico',
      altered: 'Código auténtico, texto alterado',
      revoked: 'Retirado',
      unknown: 'Nunca emitido',
      mistyped: 'Probablemente mal escrito',
      forged: 'Falsificado',
      lookalike: 'Dirección imitada',
      official: 'Dirección oficial',
      'not-official': 'Dirección no oficial',
      scam: 'Estafa',
      'not-a-warning': 'No es un aviso de la policía',
      'no-evidence': 'Nada que pudiéramos comprobar',
    },
    explain: {
      genuine: 'Este código lo emitió la policía y está firmado con una clave de confianza. No ha sido retirado.',
      altered:
        'El código es auténtico, pero el texto que ha dado es distinto del texto auténtico de este aviso. Puede que alguien lo haya cambiado. Las diferencias se muestran abajo.',
      revoked: 'La policía ha retirado este código, o la clave que lo firmó. No confíe en él.',
      unknown: 'Este código tiene la forma correcta, pero la policía nunca lo emitió. Un mensaje que lo muestre no es un aviso auténtico.',
      mistyped: 'El carácter de control de este código no coincide. Probablemente se escribió mal: compárelo con el aviso e inténtelo de nuevo.',
      forged: 'La firma no se puede verificar, o el firmante no es de confianza. No es una declaración auténtica.',
      lookalike: 'Esta dirección está hecha para parecer oficial, pero no lo es. No escriba nada en ella.',
      official:
        'Esta dirección pertenece a la policía o a un servicio oficial que figura en nuestra lista de confianza firmada. Eso no hace auténtico un mensaje que la muestre: los estafadores copian direcciones reales.',
      'not-official': 'Esta dirección no pertenece a la policía ni a ningún servicio oficial que conozcamos.',
      scam: 'Este mensaje tiene señales de una estafa en la que alguien se hace pasar por la policía. La policía nunca exige pagos ni respuestas por mensaje. No pague, no responda y no envíe documentos.',
      'not-a-warning':
        'Este mensaje dice venir de la policía, de un tribunal o de otra autoridad, pero no es un aviso policial del tipo que comprueba este servicio. Los avisos auténticos solo aparecen en un archivo que usted mismo descargó; nunca llegan por correo, SMS, llamada, carta o ventana emergente.',
      'no-evidence':
        'No hemos encontrado ningún código, enlace ni declaración firmada que pudiéramos comprobar. Eso no significa que el mensaje sea seguro: no podemos reconocer todas las estafas.',
    },
    next: {
      genuine: 'Un aviso auténtico ofrece ayuda. Si quiere hablar con alguien, los servicios de abajo son gratuitos y confidenciales.',
      altered: 'Confíe solo en el texto auténtico que se muestra abajo.',
      revoked: 'Si lo recibió como parte de un mensaje, trate ese mensaje como sospechoso.',
      unknown: 'Si llegó por correo, SMS o carta, no es de la policía. Puede denunciarlo.',
      mistyped: 'Compruebe cada carácter; 0 y O, así como 1, I y L, se consideran iguales.',
      forged: 'No confíe en el mensaje en el que venía. Puede denunciarlo.',
      lookalike: 'No haga clic en el enlace y denuncie el mensaje.',
      official: 'Escriba usted mismo las direcciones oficiales en lugar de seguir los enlaces de un mensaje.',
      'not-official': 'Tenga cuidado con los enlaces y direcciones que no son oficiales.',
      scam: 'Denuncie el mensaje a la policía como estafa y después bórrelo. Si ya ha pagado, llame a su banco enseguida.',
      'not-a-warning':
        'No pague, no responda, no haga clic en enlaces ni abra adjuntos, y no envíe documentos. Si tiene dudas, contacte con la policía a través de su web oficial o de su número de teléfono, que busque usted mismo.',
      'no-evidence':
        'Si un mensaje dice ser de la policía y pide algo, trátelo como una estafa. Si tiene un código, escríbalo exactamente como aparece, o pegue el mensaje completo.',
    },
    suggestion: '¿Quería decir {code}?',
    mistypedInScam: 'Parece un código, pero no es válido. En un mensaje como este no demuestra nada: no confíe en él.',
    checkedLocally:
      'Comprobado en su navegador con el código de la dirección. El servidor solo vio los 5 primeros caracteres de un resumen (hash) del código, que comparten muchos códigos.',
    genuineTitle: 'El aviso auténtico',
    issuer: 'Emitido por',
    country: 'País',
    language: 'Idioma',
    issued: 'Emitido el',
    where: 'Dónde aparecen estos avisos',
    whereText: 'Solo dentro de archivos en redes de intercambio de archivos que la propia persona descargó.',
    notTheMessage: 'Un código auténtico no hace auténtico el mensaje que lo rodea: los códigos están en archivos que cualquiera puede copiar.',
    codeInMessage:
      'Este código auténtico se ha encontrado dentro de un mensaje. Los avisos reales solo aparecen en un archivo que usted mismo descargó: nunca llegan por correo, SMS o carta y nunca le piden nada. Tenga cuidado con el mensaje que lo rodea.',
    copiedCode:
      'Este mensaje contiene un código auténtico copiado de un aviso real de la policía. Los avisos reales nunca llegan por correo, SMS o carta y nunca piden nada.',
    keyWithdrawnLater:
      'La clave que firmó este aviso se retiró el {date} ({reason}). El registro público demuestra que este aviso se anotó antes (entre sus primeras {size} entradas), así que sigue siendo auténtico.',
    revokedAt: 'Retirado el {date}: {reason}',
    markedTitle: 'El mensaje, con lo que lo delata',
    softened: {
      quoted: 'Este texto advierte de la estafa y cita sus palabras: la frase no cuenta en su contra.',
      alone: 'Por sí sola, esta expresión no es una señal de estafa.',
      'signed-text': 'Esta dirección forma parte del texto de aviso auténtico y firmado.',
    },
    techniques: {
      'homoglyph-cyrillic': 'letras cirílicas que parecen latinas',
      'homoglyph-greek': 'letras griegas que parecen latinas',
      'homoglyph-whole-script': 'un nombre escrito por completo en otro alfabeto que se ve igual',
      'homoglyph': 'caracteres que parecen los verdaderos',
      'homoglyph-ascii': 'letras parecidas, como rn por m o I por l',
      'diacritic': 'tildes añadidas al nombre verdadero',
      'punycode': 'un nombre internacional codificado (xn--) que se muestra como el verdadero',
      'digit-swap': 'números en lugar de letras (0 por o, 1 por l)',
      'one-edit': 'una letra cambiada, añadida o quitada',
      'two-edit': 'dos letras cambiadas, añadidas o quitadas',
      'transposition': 'dos letras intercambiadas',
      'subdomain-embedding': 'el nombre verdadero al principio de la dirección de otro',
      'hyphen-embedding': 'el nombre verdadero unido con guiones a otra dirección',
      'dot-to-hyphen': 'un guion en lugar de un punto',
      'no-separator-embedding': 'el nombre verdadero pegado a otras palabras',
      'tld-swap': 'el nombre verdadero con otra terminación (.com en lugar de .es)',
      'tld-append': 'una terminación de más añadida al nombre verdadero',
      'fake-government-domain': 'una dirección inventada con aspecto de organismo público',
      'combosquat': 'el nombre verdadero junto a palabras como «expediente» o «seguro»',
      'private-suffix-hosting': 'una dirección en un servicio de alojamiento gratuito',
      'userinfo': 'el nombre verdadero antes de una @, de modo que el enlace lleva a otro sitio',
      'path-embedding': 'el nombre verdadero en la ruta de la dirección de otro',
      'fragment-embedding': 'el nombre verdadero después de un #, donde no hace nada',
      'bidi-control': 'caracteres ocultos que invierten cómo se muestra la dirección',
      'ip-host': 'una dirección solo con números en lugar de un nombre',
      'free-mail': 'una cuenta de correo gratuita cuyo nombre finge ser la policía',
      'sender-name-claim': 'un nombre de remitente que finge ser un organismo oficial',
      'display-name-spoof': 'un nombre oficial mostrado delante de otra dirección',
      'zero-width': 'caracteres invisibles dentro del nombre verdadero',
      'fullwidth-letters': 'letras anchas de estilo asiático que parecen las verdaderas',
      'compatibility-characters': 'caracteres especiales que se convierten en el nombre verdadero',
      'ideographic-dot': 'un punto asiático en lugar de un punto',
      'fullwidth-dot': 'un punto ancho en lugar de uno normal',
      'percent-encoded-host': 'caracteres codificados que ocultan la dirección real',
      'parser-differential': 'un truco con barra invertida que hace que el navegador abra otra dirección',
    } satisfies Record<LookalikeTechnique, string>,
    logTitle: 'Prueba en el registro público',
    logEntry:
      'La {role} es la entrada {index} de {size} del registro público de todo lo que ha firmado la policía. Cualquiera puede comprobar esta prueba solo con la clave del registro, sin preguntarnos (C2SP tlog-proof):',
    logRoles: { warning: 'declaración de aviso', revocation: 'declaración de retirada', statement: 'declaración' },
    diffTitle: 'Diferencias con el texto auténtico',
    diffLegend: 'Las palabras quitadas del texto auténtico aparecen tachadas; las palabras añadidas, subrayadas.',
    diffRemoved: 'quitado',
    diffAdded: 'añadido',
    technique: 'Cómo imita {imitates}: {technique}.',
    domain: 'Dominio: {domain}',
    officialDomain: 'Dirección oficial',
    technicalTitle: 'Detalles técnicos',
    cannotComplete: 'No se pudo completar la comprobación',
    cannotCompleteText: 'Ahora mismo no podemos dar un resultado. Esto no es un resultado auténtico. Inténtelo de nuevo más tarde.',
  },
  steps: {
    parse: 'Formato',
    checksum: 'Carácter de control',
    country: 'País que emite avisos',
    lookup: 'Emitido por la policía',
    statement: 'Formato de la declaración firmada',
    key: 'Clave de firma',
    signature: 'Firma',
    issuer: 'Emisor de confianza',
    'key-validity': 'Clave válida en la fecha de emisión',
    'issue-time': 'Fecha de emisión no futura',
    'known-template': 'Texto de aviso conocido',
    'key-status': 'Clave no retirada',
    revocation: 'No retirado',
    template: 'Texto auténtico',
    inclusion: 'En el registro público',
  },
  help: {
    title: 'Ayuda y denuncia',
    intro: 'Hay ayuda gratuita y confidencial. No tiene que dar su nombre.',
    kinds: { help: 'Ayuda', 'report-scam': 'Denunciar una estafa', police: 'Policía' },
    europol: 'Europol: ninguna policía cobra multas por correo electrónico o mensaje.',
    all: 'Todos los servicios de ayuda y denuncia',
  },
  error: {
    title: 'Algo no va bien',
    back: 'Volver a la comprobación',
    notFound: 'No hay nada en esta dirección.',
  },
  api: {
    title: 'API para líneas de ayuda y organizaciones',
    intro: 'Las mismas comprobaciones que esta página, en JSON. Nada de lo que envíe se guarda ni se registra.',
    spec: 'Descripción legible por máquina (OpenAPI 3.1)',
    messages:
      'Cada hallazgo tiene un código estable y un mensaje en el idioma que pida: "lang" en el cuerpo de la petición (por ejemplo "es"), si no la cabecera Accept-Language, si no inglés.',
    range: 'Consulta con k-anonimato: los 5 primeros caracteres hexadecimales del resumen del código (docs/FORMAT.md §3); el código nunca sale del cliente.',
    otherTitle: 'Claves, lista de confianza, estado y métricas',
  },
  footer: {
    noTracking: 'Sin cookies, sin rastreo, sin registros de lo que comprueba.',
    api: 'API',
    trust: 'Lista de confianza firmada',
    keys: 'Claves públicas',
  },
  errors: {
    // ---- input and usage ----
    WC_INPUT_EMPTY: 'La entrada está vacía.',
    WC_INPUT_TOO_LARGE: 'La entrada supera el límite.',
    WC_INPUT_NOT_TEXT: 'La entrada no es texto UTF-8 válido.',
    WC_BATCH_TOO_LARGE: 'El lote tiene más elementos que el límite.',
    WC_USAGE: 'La orden no se ha usado correctamente.',
    WC_REQUEST_MALFORMED: 'La petición no se ajusta al esquema.',
    WC_MEDIA_TYPE: 'El cuerpo de la petición tiene un tipo de medio no admitido.',
    WC_RATE_LIMITED: 'Demasiadas peticiones; inténtelo de nuevo en un momento.',
    WC_REQUEST_TIMEOUT: 'La petición no se recibió a tiempo.',
    WC_HEADERS_TOO_LARGE: 'Las cabeceras de la petición superan el límite.',
    WC_OVERLOADED: 'El servicio está sobrecargado o reiniciándose; inténtelo de nuevo en un momento. No se ha guardado nada de lo que envió.',
    WC_NOT_FOUND: 'No hay nada en esta dirección.',
    WC_SYNC_SOURCE: 'No se pudo leer el origen de la copia (inaccesible, una respuesta de error o demasiado grande); no se ha instalado nada.',
    WC_RANGE_TOO_FINE:
      'Esta consulta pide un grupo más pequeño de lo que permite el tamaño del registro; obtenga el punto de control más reciente y vuelva a preguntar.',
    WC_INTERNAL: 'Algo ha fallado por nuestra parte. No se ha guardado nada de lo que envió.',

    // ---- message codes ----
    WC_CODE_MALFORMED: 'Esto no es un código de mensaje: longitud o caracteres incorrectos.',
    WC_CODE_CHECK_FAILED: 'El carácter de control del código no coincide: probablemente una errata.',
    WC_CODE_COUNTRY_UNKNOWN: 'El código empieza por un país que no emite avisos.',

    // ---- encodings, keys, signatures ----
    WC_BASE64_NONCANONICAL: 'Un valor base64 no está en forma canónica.',
    WC_JWS_MALFORMED: 'La declaración firmada (JWS) está mal formada.',
    WC_JWS_ALG_NOT_ALLOWED: 'La declaración firmada usa un algoritmo no permitido.',
    WC_KEY_MALFORMED: 'La clave está mal formada.',
    WC_KEY_WEAK: 'La clave no es canónica, es de orden pequeño o no está libre de torsión.',
    WC_KEY_UNKNOWN: 'La declaración está firmada con una clave que la lista de confianza no incluye.',
    WC_KEY_NOT_VALID_AT_TIME: 'La clave de firma no era válida en la fecha en que la declaración dice haberse emitido.',
    WC_KEY_REVOKED: 'La clave de firma ha sido revocada.',
    WC_SIGNATURE_INVALID: 'La firma no se puede verificar.',
    WC_KEYFILE_INVALID: 'El archivo de clave falta, no se puede leer o no es una clave de warncheck.',

    // ---- statements ----
    WC_STATEMENT_MALFORMED: 'El contenido de la declaración no sigue el formato.',
    WC_STATEMENT_VERSION: 'La declaración tiene una versión de formato no admitida.',
    WC_STATEMENT_ISSUER_MISMATCH: 'La declaración nombra a un emisor distinto del dueño de su clave.',
    WC_STATEMENT_REVOKED: 'La declaración ha sido retirada.',
    WC_STATEMENT_NOT_FOUND: 'Nunca se emitió ninguna declaración para este código.',
    WC_STATEMENT_FUTURE: 'La declaración indica una fecha de emisión en el futuro.',

    // ---- trust list ----
    WC_TRUST_MALFORMED: 'La lista de confianza está mal formada.',
    WC_TRUST_SIGNATURE_INVALID: 'La firma de la lista de confianza no se puede verificar con la clave raíz.',
    WC_TRUST_EXPIRED: 'La lista de confianza ha caducado: no se puede completar la comprobación.',
    WC_TRUST_ROLLBACK: 'La lista de confianza es más antigua que una ya vista (vuelta atrás): no se puede completar la comprobación.',
    WC_TRUST_NOT_YET_VALID: 'La lista de confianza aún no es válida: no se puede completar la comprobación.',

    // ---- templates ----
    WC_TEMPLATE_UNKNOWN: 'La declaración nombra una plantilla que la lista de confianza no contiene.',
    WC_TEXT_ALTERED: 'El texto es distinto del texto auténtico de este aviso.',

    // ---- data directory and store ----
    WC_DATA_MISSING: 'La carpeta de datos no existe o no contiene datos de warncheck.',
    WC_DATA_CORRUPT: 'La carpeta de datos está dañada o se ha modificado fuera de warncheck.',
    WC_DATA_PRIVATE_KEY: 'Se rechaza escribir material de clave privada en la carpeta de datos.',
    WC_STORE_CONFLICT: 'El almacén ya tiene otro registro con la misma clave.',
    WC_OUTPUT_UNWRITABLE: 'No se puede escribir el archivo de salida (ya existe, es una carpeta o no se puede escribir en su carpeta). No se ha emitido nada.',
    WC_ISSUE_OUTPUT_FAILED:
      'El lote SÍ se emitió (figura en el registro), pero sus códigos no se pudieron mover al archivo de salida: el mensaje indica el archivo que los contiene.',
    WC_ISSUE_PARTIAL_LEFT: 'Quedó un archivo de códigos .partial de una emisión anterior que no terminó: el mensaje indica si su lote se emitió.',
    WC_STATE_INVALID:
      'El archivo de estado de la línea de órdenes no es un archivo normal o no se puede leer; se ha dejado como estaba (la protección contra retrocesos depende de él).',

    // ---- transparency log: signed notes (c2sp.org/signed-note) ----
    WC_NOTE_MALFORMED: 'La nota firmada está mal formada.',
    WC_NOTE_KEY_MALFORMED: 'La clave de la nota está mal formada, es de un tipo desconocido o no coincide con su identificador.',
    WC_NOTE_SIGNATURE_INVALID: 'Una firma de la nota hecha con una clave conocida no se puede verificar.',
    WC_NOTE_UNVERIFIED: 'La nota no lleva ninguna firma de una clave conocida.',

    // ---- transparency log: checkpoints, proofs, tiles, witness ----
    WC_LOG_CHECKPOINT_MALFORMED: 'El punto de control del registro está mal formado.',
    WC_LOG_CHECKPOINT_ORIGIN: 'El punto de control es de otro registro (origin).',
    WC_LOG_PROOF_MALFORMED: 'La prueba de Merkle está mal formada (un resumen tiene una longitud incorrecta).',
    WC_RANGE_MALFORMED: 'La respuesta del servidor a la consulta está mal formada, así que no se pudo completar la comprobación.',
    WC_LOG_PROOF_INVALID: 'La prueba de Merkle no se puede verificar frente a la cabeza del árbol (tree head).',
    WC_LOG_RANGE: 'Un índice del registro o un tamaño de árbol está fuera de rango.',
    WC_LOG_TILE_MALFORMED: 'Una tesela del registro (tile), su ruta o un paquete de entradas está mal formado.',
    WC_LOG_ENTRY_TOO_LARGE: 'Una entrada del registro supera los 65 535 bytes.',
    WC_LOG_WITNESS_MISSING: 'Al punto de control del registro le faltan las cofirmas de testigos que exige la lista de confianza.',
    WC_LOG_NOT_INCLUDED: 'La declaración está firmada válidamente pero no figura en el registro público: no se emitió a través del registro.',
    WC_LOG_ROLLBACK: 'El registro es más pequeño que uno visto antes: se ha vuelto atrás. No se puede completar la comprobación.',
    WC_LOG_FORK: 'El registro no es coherente con un punto de control visto antes: se ha bifurcado o reescrito. No se puede completar la comprobación.',
    WC_LOG_MISSING: 'Los datos no tienen ningún punto de control firmado del registro que cubra sus declaraciones.',
    WC_LOG_PROOF_FORMAT: 'El texto de la prueba tlog está mal formado.',
    WC_LOG_WITNESS_REQUEST_MALFORMED: 'El cuerpo de la petición add-checkpoint está mal formado.',

    // ---- signs of fraud and addresses ----
    WC_SIGN_PAYMENT: 'Una exigencia de pago. La policía nunca pide dinero en un aviso.',
    WC_SIGN_FINE: 'Una «multa» que hay que pagar para evitar un proceso. Ninguna policía resuelve estos casos por correo.',
    WC_SIGN_DEADLINE: 'Un plazo para meterle prisa (24, 48 o 72 horas, unos pocos días).',
    WC_SIGN_ARREST: 'Una amenaza de detención o de orden de arresto.',
    WC_SIGN_REGISTER: 'Una amenaza de registro de delincuentes sexuales o de antecedentes penales.',
    WC_SIGN_EXPOSURE: 'Una amenaza de contárselo a su familia, a su empresa o a los medios.',
    WC_SIGN_REPLY: 'Una petición de que responda o se ponga en contacto. Los avisos auténticos no piden nada.',
    WC_SIGN_SEND_ID: 'Una petición de su documento de identidad, de documentos o de datos personales.',
    WC_SIGN_DEVICE_LOCK: 'Una frase sobre un dispositivo bloqueado («su ordenador está bloqueado»).',
    WC_SIGN_VOUCHER: 'Pago con vale o tarjeta regalo.',
    WC_SIGN_WORD_TELL:
      'Palabras que la policía no usa: la policía habla de «material de abuso sexual infantil», y los estafadores suelen usar otras palabras, equivocadas.',
    WC_SIGN_CRYPTO: 'Una dirección de criptomoneda a la que pagar.',
    WC_SIGN_IBAN: 'Una cuenta bancaria (IBAN) a la que pagar.',
    WC_SIGN_REFUND:
      'Un reembolso, una indemnización o un pago en exceso que supuestamente le espera. Las agencias tributarias y otras autoridades no anuncian devoluciones por mensaje con un enlace o un formulario.',
    WC_SIGN_LURE:
      'Una unidad, plataforma o cargo reales presentados como remitente (EMPACT, EC3, la dirección de Europol): las cartas falsas toman prestados estos nombres.',
    WC_SIGN_AUTHORITY:
      'El mensaje dice venir de la policía, de un juzgado, de la fiscalía o de otra autoridad. Los avisos auténticos solo aparecen dentro de un archivo que usted mismo descargó, nunca por correo, SMS, teléfono, carta o ventana emergente.',
    WC_SIGN_ACCUSATION: 'Una acusación de un delito dirigida a usted. La policía no acusa a nadie por mensaje.',
    WC_SIGN_PROCEEDINGS: 'Una citación o un procedimiento judicial anunciado por mensaje. Las citaciones reales no se envían así.',
    WC_SIGN_THREAT: 'Una amenaza de detención, de un registro o de antecedentes penales, o de contárselo a otras personas.',
    WC_SIGN_LOGIN: 'Una petición para iniciar sesión, seguir un enlace o confirmar su identidad.',
    WC_SIGN_ATTACHMENT: 'Un adjunto o un archivo para abrir. No lo abra.',
    WC_ADDRESS_OFFICIAL: 'Una dirección de la policía o de un servicio oficial que figura en la lista de confianza.',
    WC_ADDRESS_LOOKALIKE: 'Una dirección hecha para parecer oficial.',
    WC_ADDRESS_NOT_OFFICIAL: 'Una dirección que no es una de las oficiales.',
    WC_PHONE_UNCHECKED: 'Un número de teléfono. Los números de teléfono no se pueden confirmar aquí: la policía nunca le pide que llame por un aviso.',
    WC_TEXT_TRUNCATED:
      'Este texto contiene más elementos de los que cubre una comprobación: solo se comprobaron los primeros. Compruebe el resto por separado.',
  },
};
