/**
 * Portuguese (European) message catalog: the same shape as `en` (`Catalog`).
 * Review status: machine-drafted, awaiting review by a native speaker (docs/I18N.md).
 * Terms follow the plain words the Polícia Judiciária uses ("material de abuso sexual de
 * crianças", "redes de partilha de ficheiros", "burla", "multa", "retirado"); the reader is
 * addressed formally, as in Portugal. Service names such as "Troubled Desire" are never translated.
 * Calm, plain words: many readers are frightened.
 */
import type { LookalikeTechnique } from '../../core/domain/lookalike.js';
import type { Catalog } from './en.js';

export const pt: Catalog = {
  lang: 'pt',
  languageName: 'Português',
  siteName: 'warncheck',
  tagline: 'Verifique se um aviso da polícia é autêntico',
  skipToForm: 'Ir para a verificação',
  skipToResult: 'Ir para o resultado',
  chooseLanguage: 'Idioma',
  home: {
    title: 'Este aviso da polícia é autêntico?',
    intro:
      'A polícia de vários países europeus coloca vídeos e textos de aviso em redes de partilha de ficheiros. Cada aviso tem um código curto. Aqui pode verificar um código, uma mensagem inteira ou uma ligação. Nada do que escreve é guardado nem registado, e não são usados cookies.',
    genuineTitle: 'Como é um aviso autêntico',
    genuine: [
      'Aparece apenas dentro de um ficheiro que o próprio transferiu de uma rede de partilha de ficheiros.',
      'Um agente da polícia explica que transferir material de abuso sexual de crianças é crime, e onde pode obter ajuda.',
      'Mostra um código curto, por exemplo {example}, e este endereço.',
    ],
    neverTitle: 'O que um aviso autêntico nunca faz',
    never: [
      'Nunca chega por e-mail, SMS, chamada telefónica ou carta.',
      'Nunca lhe pede que pague nada: a polícia não cobra multas nem taxas por mensagem.',
      'Nunca lhe pede que responda, envie documentos ou dê dados pessoais.',
    ],
    scamWarning:
      'Os e-mails que dizem vir da polícia ou da Europol e exigem uma resposta ou uma «multa» são uma burla conhecida. Não pague e não responda. Pode colar esse e-mail na caixa acima para ver o que o denuncia.',
    formTitle: 'Verificar um código, uma mensagem ou uma ligação',
    inputLabel: 'Código, mensagem ou ligação',
    inputHint: 'Cole a mensagem inteira, se a tiver; verificamos cada código, cada ligação e cada sinal de burla.',
    submit: 'Verificar',
    fragmentTitle: 'Seguiu uma ligação com um código depois de #?',
    fragmentHint: 'A parte do endereço depois de # nunca chega até nós. Escreva na caixa abaixo o código que aparece depois de # na barra de endereço.',
    checkingLocally: 'A verificar o código do endereço no seu navegador…',
    staticNeedsScript:
      'Esta cópia da verificação precisa de JavaScript para verificar um código. Sem JavaScript, utilize o serviço completo, que funciona sem ele:',
    staticCodesOnly: 'Esta cópia verifica apenas códigos, no seu navegador. Para verificar uma mensagem inteira ou uma ligação, utilize o serviço completo:',
    privacyTitle: 'A sua privacidade',
    privacy:
      'Este serviço não guarda nenhum registo do que verifica, não usa cookies e não carrega nada de outros sites. Com o JavaScript ativado, um código que esteja no endereço é verificado no seu navegador.',
  },
  verdict: {
    pageTitle: 'Resultado da verificação',
    overall: 'Resultado',
    findingsTitle: 'O que encontrámos',
    stepsTitle: 'Verificações',
    stepOk: 'aprovada',
    stepFailed: 'falhou',
    checkAnother: 'Verificar outra coisa',
    youChecked: 'Verificou',
    signsTitle: 'Sinais de burla na mensagem',
    items: {
      code: 'Código',
      jws: 'Declaração assinada',
      url: 'Ligação',
      email: 'Endereço de e-mail',
      phone: 'Número de telefone',
      sign: 'Sinal de burla',
      text: 'Texto',
    },
    names: {
      genuine: 'Autêntico',
      altered: 'Código autêntico, texto alterado',
      revoked: 'Retirado',
      unknown: 'Nunca emitido',
      mistyped: 'Provavelmente mal escrito',
      forged: 'Falsificado',
      lookalike: 'Endereço imitado',
      official: 'Endereço oficial',
      'not-official': 'Endereço não oficial',
      scam: 'Burla',
      'not-a-warning': 'Não é um aviso da polícia',
      'no-evidence': 'Nada que pudéssemos verificar',
    },
    explain: {
      genuine: 'Este código foi emitido pela polícia e assinado com uma chave de confiança. Não foi retirado.',
      altered:
        'O código é autêntico, mas o texto que indicou é diferente do texto autêntico deste aviso. Alguém pode tê-lo alterado. As diferenças são mostradas abaixo.',
      revoked: 'A polícia retirou este código, ou a chave que o assinou. Não confie nele.',
      unknown: 'Este código tem a forma correta, mas a polícia nunca o emitiu. Uma mensagem que o mostre não é um aviso autêntico.',
      mistyped: 'O carácter de controlo deste código não confere. Provavelmente foi mal escrito: compare-o com o aviso e tente novamente.',
      forged: 'A assinatura não pode ser confirmada, ou quem assinou não é de confiança. Esta não é uma declaração autêntica.',
      lookalike: 'Este endereço foi feito para parecer oficial, mas não é. Não introduza nada nele.',
      official:
        'Este endereço pertence à polícia ou a um serviço oficial indicado na nossa lista de confiança assinada. Isso não torna autêntica uma mensagem que o mostre: os burlões copiam endereços verdadeiros.',
      'not-official': 'Este endereço não pertence à polícia nem a nenhum serviço oficial que conheçamos.',
      scam: 'Esta mensagem tem sinais de uma burla em que alguém se faz passar pela polícia. A polícia nunca exige pagamento nem resposta por mensagem. Não pague, não responda e não envie documentos.',
      'not-a-warning':
        'Esta mensagem diz vir da polícia, de um tribunal ou de outra autoridade, mas não é um aviso da polícia do tipo que este serviço verifica. Os avisos autênticos só aparecem num ficheiro que o próprio transferiu; nunca chegam por e-mail, SMS, chamada, carta ou janela pop-up.',
      'no-evidence':
        'Não encontrámos nenhum código, ligação ou declaração assinada que pudéssemos verificar. Isso não quer dizer que a mensagem seja segura: não conseguimos reconhecer todas as burlas.',
    },
    next: {
      genuine: 'Um aviso autêntico oferece ajuda. Se quiser falar com alguém, os serviços abaixo são gratuitos e confidenciais.',
      altered: 'Confie apenas no texto autêntico mostrado abaixo.',
      revoked: 'Se recebeu isto como parte de uma mensagem, trate essa mensagem como suspeita.',
      unknown: 'Se isto chegou por e-mail, SMS ou carta, não é da polícia. Pode denunciá-lo.',
      mistyped: 'Verifique cada carácter; 0 e O, bem como 1, I e L, são tratados como iguais.',
      forged: 'Não confie na mensagem em que veio. Pode denunciá-la.',
      lookalike: 'Não clique na ligação e denuncie a mensagem.',
      official: 'Escreva os endereços oficiais por si, em vez de seguir ligações de uma mensagem.',
      'not-official': 'Tenha cuidado com ligações e endereços que não são oficiais.',
      scam: 'Denuncie a mensagem à polícia como burla e depois apague-a. Se já pagou, contacte imediatamente o seu banco.',
      'not-a-warning':
        'Não pague, não responda, não clique em ligações nem abra anexos e não envie documentos. Se tiver dúvidas, contacte a polícia através do site oficial ou do número de telefone, que procura por si.',
      'no-evidence':
        'Se uma mensagem diz ser da polícia e pede alguma coisa, trate-a como burla. Se tem um código, escreva-o exatamente como aparece, ou cole a mensagem inteira.',
    },
    suggestion: 'Queria dizer {code}?',
    mistypedInScam: 'Isto parece um código, mas não é um código válido. Numa mensagem como esta não prova nada: não confie nele.',
    checkedLocally:
      'Verificado no seu navegador com o código do endereço. O servidor viu apenas os 5 primeiros caracteres de um resumo (hash) do código, comuns a muitos códigos.',
    genuineTitle: 'O aviso autêntico',
    issuer: 'Emitido por',
    country: 'País',
    language: 'Idioma',
    issued: 'Emitido em',
    where: 'Onde aparecem estes avisos',
    whereText: 'Apenas dentro de ficheiros em redes de partilha de ficheiros, que a própria pessoa transferiu.',
    notTheMessage: 'Um código autêntico não torna autêntica a mensagem à sua volta: os códigos estão em ficheiros que qualquer pessoa pode copiar.',
    codeInMessage:
      'Este código autêntico foi encontrado dentro de uma mensagem. Os avisos verdadeiros aparecem apenas num ficheiro que o próprio transferiu: nunca chegam por e-mail, SMS ou carta e nunca lhe pedem nada. Tenha cuidado com a mensagem à sua volta.',
    copiedCode:
      'Esta mensagem contém um código autêntico copiado de um aviso verdadeiro da polícia. Os avisos verdadeiros nunca chegam por e-mail, SMS ou carta e nunca pedem nada.',
    keyWithdrawnLater:
      'A chave que assinou este aviso foi retirada em {date} ({reason}). O registo público prova que este aviso foi registado antes disso (entre as suas primeiras {size} entradas), pelo que continua autêntico.',
    revokedAt: 'Retirado em {date}: {reason}',
    markedTitle: 'A mensagem, com o que a denuncia',
    softened: {
      quoted: 'Este texto alerta para a burla e cita as suas palavras: a expressão não conta contra ele.',
      alone: 'Por si só, esta formulação não é sinal de burla.',
      'signed-text': 'Este endereço faz parte do texto de aviso autêntico e assinado.',
    },
    techniques: {
      'homoglyph-cyrillic': 'letras cirílicas parecidas com letras latinas',
      'homoglyph-greek': 'letras gregas parecidas com letras latinas',
      'homoglyph-whole-script': 'um nome escrito inteiramente noutro alfabeto com o mesmo aspeto',
      'homoglyph': 'caracteres parecidos com os verdadeiros',
      'homoglyph-ascii': 'letras parecidas, como rn em vez de m ou I em vez de l',
      'diacritic': 'acentos acrescentados ao nome verdadeiro',
      'punycode': 'um nome internacional codificado (xn--) que aparece como o verdadeiro',
      'digit-swap': 'algarismos em vez de letras (0 por o, 1 por l)',
      'one-edit': 'uma letra alterada, acrescentada ou retirada',
      'two-edit': 'duas letras alteradas, acrescentadas ou retiradas',
      'transposition': 'duas letras trocadas',
      'subdomain-embedding': 'o nome verdadeiro no início do endereço de outra pessoa',
      'hyphen-embedding': 'o nome verdadeiro ligado por hífenes a outro endereço',
      'dot-to-hyphen': 'um hífen em vez de um ponto',
      'no-separator-embedding': 'o nome verdadeiro junto a outras palavras',
      'tld-swap': 'o nome verdadeiro com outra terminação (.com em vez de .pt)',
      'tld-append': 'uma terminação extra acrescentada ao nome verdadeiro',
      'fake-government-domain': 'um endereço inventado com aspeto de organismo público',
      'combosquat': 'o nome verdadeiro combinado com palavras como «processo» ou «seguro»',
      'private-suffix-hosting': 'um endereço num serviço de alojamento gratuito',
      'userinfo': 'o nome verdadeiro antes de um @, para que a ligação vá para outro sítio',
      'path-embedding': 'o nome verdadeiro no caminho do endereço de outra pessoa',
      'fragment-embedding': 'o nome verdadeiro depois de um #, onde não faz nada',
      'bidi-control': 'caracteres escondidos que invertem a forma como o endereço é mostrado',
      'ip-host': 'um endereço só com números em vez de um nome',
      'free-mail': 'uma conta de e-mail gratuita cujo nome finge ser a polícia',
      'sender-name-claim': 'um nome de remetente que finge ser um organismo oficial',
      'display-name-spoof': 'um nome oficial mostrado antes de outro endereço',
      'zero-width': 'caracteres invisíveis dentro do nome verdadeiro',
      'fullwidth-letters': 'letras largas de estilo asiático parecidas com as verdadeiras',
      'compatibility-characters': 'caracteres especiais que se transformam no nome verdadeiro',
      'ideographic-dot': 'um ponto asiático em vez de um ponto',
      'fullwidth-dot': 'um ponto largo em vez de um ponto normal',
      'percent-encoded-host': 'caracteres codificados que escondem o endereço verdadeiro',
      'parser-differential': 'um truque com barra invertida que faz os navegadores abrir outro endereço',
    } satisfies Record<LookalikeTechnique, string>,
    logTitle: 'Prova no registo público',
    logEntry:
      'A {role} é a entrada {index} de {size} no registo público de tudo o que a polícia assinou. Qualquer pessoa pode verificar esta prova apenas com a chave do registo, sem nos perguntar (C2SP tlog-proof):',
    logRoles: { warning: 'declaração de aviso', revocation: 'declaração de retirada', statement: 'declaração' },
    diffTitle: 'Diferenças em relação ao texto autêntico',
    diffLegend: 'As palavras retiradas do texto autêntico aparecem riscadas; as palavras acrescentadas aparecem sublinhadas.',
    diffRemoved: 'retirado',
    diffAdded: 'acrescentado',
    technique: 'Como imita {imitates}: {technique}.',
    domain: 'Domínio: {domain}',
    officialDomain: 'Endereço oficial',
    technicalTitle: 'Detalhes técnicos',
    cannotComplete: 'Não foi possível concluir a verificação',
    cannotCompleteText: 'De momento não podemos dar um resultado. Este não é um resultado autêntico. Tente novamente mais tarde.',
  },
  steps: {
    parse: 'Formato',
    checksum: 'Carácter de controlo',
    country: 'País que emite avisos',
    lookup: 'Emitido pela polícia',
    statement: 'Formato da declaração assinada',
    key: 'Chave de assinatura',
    signature: 'Assinatura',
    issuer: 'Emissor de confiança',
    'key-validity': 'Chave válida na data de emissão',
    'issue-time': 'Data de emissão não futura',
    'known-template': 'Texto de aviso conhecido',
    'key-status': 'Chave não retirada',
    revocation: 'Não retirado',
    template: 'Texto autêntico',
    inclusion: 'No registo público',
  },
  help: {
    title: 'Ajuda e denúncia',
    intro: 'Existe ajuda gratuita e confidencial. Não precisa de dar o seu nome.',
    kinds: { help: 'Ajuda', 'report-scam': 'Denunciar burla', police: 'Polícia' },
    europol: 'Europol: nenhuma polícia cobra multas por e-mail ou mensagem.',
    all: 'Todos os serviços de ajuda e de denúncia',
  },
  error: {
    title: 'Algo não está bem',
    back: 'Voltar à verificação',
    notFound: 'Não há nada neste endereço.',
  },
  api: {
    title: 'API para linhas de apoio e organizações',
    intro: 'As mesmas verificações desta página, em JSON. Nada do que envia é guardado nem registado.',
    spec: 'Descrição legível por máquina (OpenAPI 3.1)',
    messages:
      'Cada resultado tem um código estável e uma mensagem no idioma pedido: "lang" no corpo do pedido (por exemplo "pt"), senão o cabeçalho Accept-Language, senão inglês.',
    range: 'Consulta com k-anonimato: os 5 primeiros caracteres hexadecimais do resumo do código (docs/FORMAT.md §3); o próprio código nunca sai do cliente.',
    otherTitle: 'Chaves, lista de confiança, estado e métricas',
  },
  footer: {
    noTracking: 'Sem cookies, sem rastreio, sem registos do que verifica.',
    api: 'API',
    trust: 'Lista de confiança assinada',
    keys: 'Chaves públicas',
  },
  errors: {
    // ---- input and usage ----
    WC_INPUT_EMPTY: 'A entrada está vazia.',
    WC_INPUT_TOO_LARGE: 'A entrada excede o limite.',
    WC_INPUT_NOT_TEXT: 'A entrada não é texto UTF-8 válido.',
    WC_BATCH_TOO_LARGE: 'O lote tem mais elementos do que o limite.',
    WC_USAGE: 'O comando não foi usado corretamente.',
    WC_REQUEST_MALFORMED: 'O pedido não corresponde ao esquema.',
    WC_MEDIA_TYPE: 'O corpo do pedido tem um tipo de media não suportado.',
    WC_RATE_LIMITED: 'Demasiados pedidos; tente novamente daqui a pouco.',
    WC_REQUEST_TIMEOUT: 'O pedido não foi recebido a tempo.',
    WC_HEADERS_TOO_LARGE: 'Os cabeçalhos do pedido excedem o limite.',
    WC_OVERLOADED: 'O serviço está sobrecarregado ou a reiniciar; tente novamente daqui a pouco. Nada do que enviou foi guardado.',
    WC_NOT_FOUND: 'Não há nada neste endereço.',
    WC_SYNC_SOURCE: 'Não foi possível ler a origem da cópia (inacessível, uma resposta de erro ou demasiado grande); nada foi instalado.',
    WC_RANGE_TOO_FINE:
      'Esta consulta pede um grupo mais pequeno do que o tamanho do registo permite; obtenha o ponto de controlo mais recente e pergunte novamente.',
    WC_INTERNAL: 'Algo correu mal do nosso lado. Nada do que enviou foi guardado.',

    // ---- message codes ----
    WC_CODE_MALFORMED: 'Isto não é um código de mensagem: comprimento ou caracteres errados.',
    WC_CODE_CHECK_FAILED: 'O carácter de controlo do código não confere: provavelmente um erro de escrita.',
    WC_CODE_COUNTRY_UNKNOWN: 'O código começa por um país que não emite avisos.',

    // ---- encodings, keys, signatures ----
    WC_BASE64_NONCANONICAL: 'Um valor base64 não está na forma canónica.',
    WC_JWS_MALFORMED: 'A declaração assinada (JWS) está mal formada.',
    WC_JWS_ALG_NOT_ALLOWED: 'A declaração assinada usa um algoritmo que não é permitido.',
    WC_KEY_MALFORMED: 'A chave está mal formada.',
    WC_KEY_WEAK: 'A chave não é canónica, é de ordem pequena ou não está livre de torção.',
    WC_KEY_UNKNOWN: 'A declaração foi assinada por uma chave que a lista de confiança não indica.',
    WC_KEY_NOT_VALID_AT_TIME: 'A chave de assinatura não era válida na data em que a declaração diz ter sido emitida.',
    WC_KEY_REVOKED: 'A chave de assinatura foi revogada.',
    WC_SIGNATURE_INVALID: 'A assinatura não pode ser confirmada.',
    WC_KEYFILE_INVALID: 'O ficheiro da chave está em falta, ilegível ou não é uma chave warncheck.',

    // ---- statements ----
    WC_STATEMENT_MALFORMED: 'O conteúdo da declaração não segue o formato.',
    WC_STATEMENT_VERSION: 'A declaração tem uma versão de formato não suportada.',
    WC_STATEMENT_ISSUER_MISMATCH: 'A declaração indica um emissor diferente do dono da sua chave.',
    WC_STATEMENT_REVOKED: 'A declaração foi retirada.',
    WC_STATEMENT_NOT_FOUND: 'Nunca foi emitida nenhuma declaração para este código.',
    WC_STATEMENT_FUTURE: 'A declaração indica uma data de emissão no futuro.',

    // ---- trust list ----
    WC_TRUST_MALFORMED: 'A lista de confiança está mal formada.',
    WC_TRUST_SIGNATURE_INVALID: 'A assinatura da lista de confiança não pode ser confirmada com a chave raiz.',
    WC_TRUST_EXPIRED: 'A lista de confiança expirou: não é possível concluir a verificação.',
    WC_TRUST_ROLLBACK: 'A lista de confiança é mais antiga do que uma já vista (reversão): não é possível concluir a verificação.',
    WC_TRUST_NOT_YET_VALID: 'A lista de confiança ainda não é válida: não é possível concluir a verificação.',

    // ---- templates ----
    WC_TEMPLATE_UNKNOWN: 'A declaração indica um modelo que a lista de confiança não contém.',
    WC_TEXT_ALTERED: 'O texto é diferente do texto autêntico deste aviso.',

    // ---- data directory and store ----
    WC_DATA_MISSING: 'A pasta de dados não existe ou não contém dados warncheck.',
    WC_DATA_CORRUPT: 'A pasta de dados está danificada ou foi alterada fora do warncheck.',
    WC_DATA_PRIVATE_KEY: 'Recusa de escrever material de chave privada na pasta de dados.',
    WC_STORE_CONFLICT: 'O armazenamento já tem outro registo com a mesma chave.',
    WC_OUTPUT_UNWRITABLE: 'Não é possível escrever o ficheiro de saída (já existe, é uma pasta, ou não é possível escrever na sua pasta). Nada foi emitido.',
    WC_ISSUE_OUTPUT_FAILED:
      'O lote FOI emitido (consta do registo), mas os seus códigos não puderam ser movidos para o ficheiro de saída: a mensagem indica o ficheiro que os contém.',
    WC_ISSUE_PARTIAL_LEFT: 'Ficou um ficheiro de códigos .partial de uma emissão anterior que não terminou: a mensagem diz se o respetivo lote foi emitido.',
    WC_STATE_INVALID:
      'O ficheiro de estado da linha de comandos não é um ficheiro normal ou não pode ser lido; foi deixado como está (a proteção contra retrocesso depende dele).',

    // ---- transparency log: signed notes (c2sp.org/signed-note) ----
    WC_NOTE_MALFORMED: 'A nota assinada está mal formada.',
    WC_NOTE_KEY_MALFORMED: 'A chave da nota está mal formada, é de um tipo desconhecido ou não corresponde ao seu identificador.',
    WC_NOTE_SIGNATURE_INVALID: 'Uma assinatura da nota feita por uma chave conhecida não pode ser confirmada.',
    WC_NOTE_UNVERIFIED: 'A nota não tem nenhuma assinatura de uma chave conhecida.',

    // ---- transparency log: checkpoints, proofs, tiles, witness ----
    WC_LOG_CHECKPOINT_MALFORMED: 'O ponto de controlo do registo está mal formado.',
    WC_LOG_CHECKPOINT_ORIGIN: 'O ponto de controlo é de outro registo (origin).',
    WC_LOG_PROOF_MALFORMED: 'A prova de Merkle está mal formada (um resumo tem o comprimento errado).',
    WC_RANGE_MALFORMED: 'A resposta do servidor à consulta está mal formada, pelo que não foi possível concluir a verificação.',
    WC_LOG_PROOF_INVALID: 'A prova de Merkle não pode ser confirmada face à cabeça da árvore (tree head).',
    WC_LOG_RANGE: 'Um índice do registo ou um tamanho de árvore está fora do intervalo.',
    WC_LOG_TILE_MALFORMED: 'Um mosaico do registo (tile), o seu caminho ou um pacote de entradas está mal formado.',
    WC_LOG_ENTRY_TOO_LARGE: 'Uma entrada do registo tem mais de 65 535 bytes.',
    WC_LOG_WITNESS_MISSING: 'Ao ponto de controlo do registo faltam as coassinaturas de testemunhas que a lista de confiança exige.',
    WC_LOG_NOT_INCLUDED: 'A declaração está validamente assinada, mas não consta do registo público: não foi emitida através do registo.',
    WC_LOG_ROLLBACK: 'O registo é menor do que um já visto: foi revertido. Não é possível concluir a verificação.',
    WC_LOG_FORK: 'O registo não é coerente com um ponto de controlo já visto: foi bifurcado ou reescrito. Não é possível concluir a verificação.',
    WC_LOG_MISSING: 'Os dados não têm nenhum ponto de controlo assinado do registo que abranja as suas declarações.',
    WC_LOG_PROOF_FORMAT: 'O texto da prova tlog está mal formado.',
    WC_LOG_WITNESS_REQUEST_MALFORMED: 'O corpo do pedido add-checkpoint está mal formado.',

    // ---- signs of fraud and addresses ----
    WC_SIGN_PAYMENT: 'Uma exigência de pagamento. A polícia nunca pede dinheiro num aviso.',
    WC_SIGN_FINE: 'Uma «multa» a pagar para evitar um processo. Nenhuma polícia resolve estes casos por correio.',
    WC_SIGN_DEADLINE: 'Um prazo para o apressar (24, 48 ou 72 horas, poucos dias).',
    WC_SIGN_ARREST: 'Uma ameaça de detenção ou de mandado.',
    WC_SIGN_REGISTER: 'Uma ameaça de registo de agressores sexuais ou de cadastro criminal.',
    WC_SIGN_EXPOSURE: 'Uma ameaça de contar à sua família, ao seu empregador ou aos meios de comunicação.',
    WC_SIGN_REPLY: 'Um pedido para responder ou entrar em contacto. Os avisos autênticos não pedem nada.',
    WC_SIGN_SEND_ID: 'Um pedido do seu documento de identificação, de documentos ou de dados pessoais.',
    WC_SIGN_DEVICE_LOCK: 'Uma frase sobre bloqueio do dispositivo («o seu computador está bloqueado»).',
    WC_SIGN_VOUCHER: 'Pagamento com vale ou cartão-presente.',
    WC_SIGN_WORD_TELL:
      'Palavras que a polícia não usa: a polícia fala de «material de abuso sexual de crianças», e os burlões usam muitas vezes outras palavras, erradas.',
    WC_SIGN_CRYPTO: 'Um endereço de criptomoeda para onde pagar.',
    WC_SIGN_IBAN: 'Uma conta bancária (IBAN) para onde pagar.',
    WC_SIGN_REFUND:
      'Um reembolso, uma indemnização ou um pagamento em excesso que supostamente o espera. As autoridades tributárias e outras autoridades não anunciam reembolsos por mensagem com uma ligação ou um formulário.',
    WC_SIGN_LURE:
      'Uma unidade, plataforma ou responsável verdadeiros indicados como remetente (EMPACT, EC3, dirigentes da Europol): as cartas falsas pedem estes nomes emprestados.',
    WC_SIGN_AUTHORITY:
      'A mensagem afirma vir da polícia, de um tribunal, do Ministério Público ou de outra autoridade. Os avisos autênticos só aparecem dentro de um ficheiro que o próprio transferiu, nunca por e-mail, SMS, telefone, carta ou janela pop-up.',
    WC_SIGN_ACCUSATION: 'Uma acusação de um crime dirigida a si. A polícia não acusa ninguém por mensagem.',
    WC_SIGN_PROCEEDINGS:
      'Uma notificação para comparecer ou um processo judicial anunciado por mensagem. As notificações verdadeiras não são enviadas desta forma.',
    WC_SIGN_THREAT: 'Uma ameaça de detenção, de registo ou cadastro criminal, ou de contar a outras pessoas.',
    WC_SIGN_LOGIN: 'Um pedido para iniciar sessão, seguir uma ligação ou confirmar a sua identidade.',
    WC_SIGN_ATTACHMENT: 'Um anexo ou ficheiro para abrir. Não o abra.',
    WC_ADDRESS_OFFICIAL: 'Um endereço da polícia ou de um serviço oficial indicado na lista de confiança.',
    WC_ADDRESS_LOOKALIKE: 'Um endereço feito para parecer oficial.',
    WC_ADDRESS_NOT_OFFICIAL: 'Um endereço que não é um dos oficiais.',
    WC_PHONE_UNCHECKED:
      'Um número de telefone. Os números de telefone não podem ser confirmados aqui: a polícia nunca lhe pede que ligue por causa de um aviso.',
    WC_TEXT_TRUNCATED: 'Este texto contém mais elementos do que uma verificação abrange: só os primeiros foram verificados. Verifique o resto separadamente.',
  },
};
