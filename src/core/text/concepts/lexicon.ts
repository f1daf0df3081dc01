/**
 * Concept lexicons (data): per language, the words and short phrases that express each concept of
 * a police-impersonation message (concepts.ts says how they combine). Written from each language's
 * grammar and its national institutions, not from individual scam texts.
 *
 * Syntax: src/core/text/phrases.ts (lower case, one space = any white space, a trailing `*` is a
 * stem that covers inflection, a leading `*` lets a compound end in the word: `*polizei*` covers
 * Bundespolizei and Polizeibehörde). Diacritics are optional in the text and may be written here
 * or not (both sides go through concept-fold.ts); leetspeak, mixed scripts and spaced letters are
 * undone by that folding too.
 *
 * `ignore` lists words that a stem would otherwise catch in another meaning (Dutch "politiek" is
 * politics, not politie; Polish "polisa" is an insurance policy): the longest match at a position
 * wins, so an ignored word hides the shorter stem inside it.
 *
 * The pressure concepts are written in the second person or as imperatives where a language allows
 * it ("you are accused", "log in", "pay the fine"), because police news and official notices use
 * the same nouns in the third person ("the suspect was accused").
 */

export const CONCEPT_KINDS = ['disclaimer', 'authority', 'penalty', 'accusation', 'proceedings', 'threat', 'deadline', 'payment', 'contact', 'login', 'attachment', 'device-lock'] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

/**
 * Words that negate a verb, in every supported language: an authority word followed within five
 * words by one of them ("the police do not send", "Policja nie informuje", "la police ne demande
 * jamais") speaks about the authority, which scams in its name do not do.
 */
export const NEGATORS: readonly string[] = [
  'not', "don't", "doesn't", 'never', 'nicht', 'niemals', 'nie', 'ne', "n'", 'jamais', 'niet', 'nooit', 'ikke', 'aldri', 'inte', 'aldrig', 'ei', 'eivät', 'ekki', 'no', 'nunca', 'não', 'nao', 'non', 'mai', 'nigdy', 'nikdy', 'nikoli', 'nikada', 'не', 'никога', 'δεν', 'μην', 'nem', 'soha', 'nu', 'niciodată', 'nėra', 'niekada', 'nav', 'nekad', 'mitte', 'ma', 'mhux', 'qatt',
];

export interface ConceptLexicon {
  lang: string;
  concepts: Partial<Record<ConceptKind, readonly string[]>>;
  ignore?: readonly string[];
}

// Shared by every language: international bodies and their usual abbreviations.
const INTERNATIONAL: ConceptLexicon = {
  lang: 'intl',
  concepts: {
    // "never": what warnings say of the authority ("the police never send …") and scams do not.
    disclaimer: ['never', 'niemals', 'jamais', 'nunca', 'giammai', 'nigdy', 'nikdy', 'aldri', 'aldrig', 'aldrei', 'koskaan', 'milloinkaan', 'soha', 'sohasem', 'niciodată', 'никога', 'ποτέ', 'nikada', 'nikoli', 'nikdar', 'niekada', 'niekad', 'nekad', 'nekādā gadījumā', 'mitte kunagi', 'iial', 'qatt', 'nooit', 'nunca mais', 'scam*', 'fraud*', 'phishing', 'smishing', 'hoax', 'fake', 'betrug*', 'arnaque*', 'escroquer*', 'escroc*', 'oplichting*', 'oplichter*', 'svindel*', 'bedrägeri*', 'bedrageri*', 'huijau*', 'huijari*', 'svik*', 'estafa*', 'estafador*', 'fraude*', 'burla*', 'golpe*', 'truffa*', 'truffator*', 'oszust*', 'podvod*', 'goljufi*', 'prevar*', 'измам*', 'απάτ*', 'csal*', 'átver*', 'înșelători*', 'escroci*', 'sukči*', 'krāpniek*', 'krāpšan*', 'pettu*', 'qerq*', 'frodi*',
      // the public in the third person, and "according to the police": warnings speak about people, scams to one person
      'citizens', 'residents', 'victims', 'supposedly', 'alleged*', 'so-called', 'angeblich*', 'vermeintlich*', 'zogenaamd*', 'soi-disant', 'prétendu*', 'supuest*', 'suposta*', 'suposto*', 'presunt*', 'sedicent*', 'rzekom*', 'údajn*', 'domnev*', 'navodn*', 'предполагаем*', 'υποτιθέμεν*', 'állítólag*', 'pretins*', 'tariam*', 'šķietam*', 'väidetav*', 'påstått*', 'angivelig*', 'påstådd*', 'väitet*', 'trojan*', 'malware', 'ransomware', 'schadsoftware', 'svindler*', 'udgiver sig for', 'v žádném případě', 'v žiadnom prípade', 'such e-mails', 'such emails', 'such messages', 'these messages', 'similar messages', 'solche', 'derartige*', 'ce type de', 'ces messages', 'dergelijke', 'zulke', 'slike', 'sådanne', 'sådana', 'tällai*', 'tämänkaltai*', 'este tipo de', 'estos mensajes', 'estas mensagens', 'questo tipo di', 'tali messaggi', 'takie wiadomości', 'tego typu', 'takové', 'takéto', 'takšn*', 'takve', 'takvih', 'подобни', 'такива', 'τέτοια', 'παρόμοι*', 'ilyen', 'hasonló', 'astfel de', 'acest tip de', 'tokie', 'tokių', 'šādi', 'šādas', 'šāda veida', 'selliseid', 'sellised', 'taolisi', 'according to police', 'according to the police', 'neither', 'weder', 'hverken', 'varken', 'hvorki', 'falso', 'falsa', 'falsi', 'falsos', 'falsas', 'faux', 'fausse*', 'gefälscht*', 'nep', 'nepmail*', 'falsk*', 'väärennet*', 'fałszyw*', 'falešn*', 'falošn*', 'lažn*', 'фалшив*', 'ψεύτικ*', 'hamis*', 'neautentic*', 'netikr*', 'viltot*', 'võlts*', 'foloz*', 'bürger*', 'opfer', 'laut polizei', 'citoyens', 'victimes', 'selon la police', 'burgers', 'slachtoffers', 'volgens de politie', 'borgere', 'borgerne', 'ifølge politiet', 'medborgare', 'enligt polisen', 'kansalais*', 'poliisin mukaan', 'uhrit', 'ciudadanos', 'víctimas', 'según la policía', 'cidadãos', 'vítimas', 'segundo a polícia', 'cittadini', 'vittime', 'secondo la polizia', 'obywatel*', 'ofiar*', 'według policji', 'občan*', 'oběti', 'podle policie', 'podľa polície', 'obete', 'državljan*', 'građan*', 'žrtve', 'граждани*', 'жертви*', 'πολίτ*', 'θύματα', 'állampolgár*', 'lakosság*', 'áldozat*', 'cetățen*', 'victimele', 'potrivit poliției', 'piliečia*', 'gyventoj*', 'iedzīvotāj*', 'kodanik*', 'elanik*', 'ċittadini'],
    authority: ['europol', 'interpol', 'eurojust', 'ec3', 'fbi', 'european cybercrime centre', 'cybercrime centre', 'cyber police', 'cyberpolice', 'cybercrime unit', 'cyber crime unit'],
  },
};

export const CONCEPT_LEXICONS: readonly ConceptLexicon[] = [
  INTERNATIONAL,
  {
    lang: 'en',
    concepts: {
      penalty: ['your fine', 'the fine', 'a fine of', 'fine of', 'unpaid fine', 'outstanding fine', 'traffic fine', 'speeding fine', 'parking fine', 'penalty notice', 'penalty charge', 'fixed penalty', 'unpaid toll', 'toll violation'],
      authority: ['police', 'polices', "police's", 'policeman', 'policemen', 'policewoman', 'police officer', 'police department', 'law enforcement', 'court', 'courts', 'court of justice', 'high court', 'prosecutor*', 'public prosecution', 'prosecution service', 'attorney general', 'magistrate*', 'gendarmerie', 'national crime agency', 'scotland yard', 'garda', 'gardaí', 'garda síochána', 'ministry of the interior', 'ministry of interior', 'ministry of justice', 'department of justice', 'home office', 'homeland security', 'sheriff*', 'judicial police', 'criminal investigation department', 'ceop'],
      accusation: ['your offences', 'your crimes', 'you committed', 'you are accused', 'you have been accused', 'accused of', 'charged with', 'you are suspected', 'suspected of', 'you have committed', 'offences of', 'offense of', 'offenses of', 'penal code', 'criminal code', 'violation of article', 'under article', 'child pornography', 'child porn', 'paedophilia', 'pedophilia', 'paedophile*', 'pedophile*', 'pedopornograph*', 'exhibitionism', 'sexual exhibitionism', 'cyber pornography', 'cyberpornography', 'pornographic content', 'sexual harassment of minors', 'traffic violation', 'traffic offence', 'speeding offence', 'unpaid toll', 'unpaid fine'],
      proceedings: ['summoning', 'proceedings according to', 'summons', 'summoned', 'subpoena', 'court summons', 'judicial summons', 'legal proceedings', 'criminal proceedings against you', 'proceedings against you', 'prosecution against you', 'you will be prosecuted', 'court hearing', 'investigation against you', 'notice of intended prosecution'],
      threat: ['you will be arrested', 'arrest warrant', 'criminal record', 'sex offender*', 'your family', 'your employer'],
      deadline: ['within 24 hours', 'within 48 hours', 'within 72 hours', 'within 12 hours', 'within 3 days', 'within three days', 'within 5 days', 'within 7 days', '24h', '48h', '72h', 'final notice', 'last reminder', 'final reminder'],
      payment: ['pay', 'pay the', 'pay your', 'pay a', 'pay now', 'payment of', 'fine of', 'the fine', 'your fine', 'outstanding fine', 'amount due', 'bitcoin', 'gift card', 'voucher', 'paysafecard'],
      contact: ['reply to', 'answer this', 'write back', 'write to us', 'send us', 'send your', 'contact us', 'call us', 'call this number', 'get in touch', 'your justification*', 'your explanation*', 'identity document', 'copy of your', 'your personal details'],
      login: ['log in', 'login', 'log on', 'sign in', 'verify your identity', 'confirm your identity', 'confirm your details', 'click the link', 'click here', 'click below', 'follow the link', 'tap the link', 'open the link', 'digital mailbox', 'digital mail', 'secure message', 'view the message', 'view your case', 'access your case'],
      attachment: ['attachment', 'attached', 'enclosed', 'the attached document', 'see attached', 'open the file', 'download the file'],
      'device-lock': ['has been locked', 'has been blocked', 'locked by the police', 'computer has been locked', 'computer has been blocked', 'computer is locked', 'computer is blocked', 'device has been locked', 'device has been blocked', 'browser has been locked', 'browser is locked', 'unlock your', 'files have been encrypted', 'your screen is locked'],
    },
  },
  {
    lang: 'fr',
    concepts: {
      penalty: ['amende*', 'contravention*', 'avis de contravention', 'majoration', 'majorée'],
      authority: ['police', 'policier*', 'gendarmerie*', 'gendarme*', 'cybergendarme*', 'brigade des mineurs', 'brigade de protection des mineurs', 'procureur*', 'parquet de', 'tribunal*', "juge d'instruction", "ministère de l'intérieur", 'ministère de la justice', 'préfecture de police', 'police judiciaire', 'police nationale', 'office mineurs', 'ofmin', 'dgsi', 'dgpn', 'cour de justice', "cour d'appel", 'commissaire*', 'commissariat*', 'garde des sceaux'],
      accusation: ['vous êtes accusé*', 'vous etes accuse*', 'accusé de', 'accusée de', 'vous avez commis', 'faits de', 'pour des faits', 'code pénal', 'article 227', 'pédopornographie', 'pédopornographique*', 'pornographie infantile', 'pédophilie', 'exhibitionnisme', 'exhibition sexuelle', 'cyberpornographie', 'infraction au code', 'excès de vitesse', 'avis de contravention', 'contravention*'],
      proceedings: ["procès-verbal d'audition", 'code de procédure pénale', 'convocation*', 'convoqué*', 'citation à comparaître', 'comparaître', 'poursuites judiciaires', 'vous êtes poursuivi*', 'ouverture d’une enquête', "ouverture d'une enquête", 'numéro de dossier'],
      threat: ["mandat d'arrêt", "mandat d'amener", 'vous serez arrêté*', 'casier judiciaire', 'fichier des délinquants', 'délinquant sexuel', 'votre famille', 'votre employeur'],
      deadline: ['sous 24 heures', 'sous 48 heures', 'sous 72 heures', 'sous 24h', 'sous 48h', 'sous 72h', 'dans les 24 heures', 'dans les 48 heures', 'dans les 72 heures', 'dans un délai', 'dernier rappel', 'dernier avis'],
      payment: ['payer', 'paiement', 'régler', 'réglez', 'amende*', 'majoration', 'virement', 'bitcoin', 'coupon*', 'carte cadeau', 'paysafecard', 'transcash', 'pcs'],
      contact: ['répondre', 'répondez', 'vos justifications', 'justifications', 'écrivez-nous', 'contactez-nous', 'envoyez-nous', "pièce d'identité", "copie de votre"],
      login: ['connectez-vous', 'se connecter', 'identifiez-vous', 'cliquez', 'cliquez ici', 'cliquez sur le lien', 'suivez le lien', 'vérifier votre identité', 'confirmez votre identité', 'espace personnel', 'messagerie sécurisée'],
      attachment: ['pièce jointe', 'pièces jointes', 'ci-joint', 'ci-jointe', 'en annexe', 'document joint', 'fichier joint'],
      'device-lock': ['a été bloqué', 'est bloqué', 'a été verrouillé', 'ordinateur est bloqué', 'ordinateur a été bloqué', 'ordinateur a été verrouillé', 'navigateur est bloqué', 'débloquer votre', 'appareil est bloqué'],
    },
  },
  {
    lang: 'de',
    concepts: {
      penalty: ['bußgeld*', 'bussgeld*', 'geldbuße*', 'geldbusse*', 'geldstrafe*', 'verwarnungsgeld*', 'strafzettel'],
      authority: ['polizei*', '*polizei*', 'polizist*', 'kripo', 'bka', 'lka', 'bundeskriminalamt*', 'landeskriminalamt*', '*kriminalamt*', 'staatsanwalt*', '*staatsanwaltschaft*', '*gericht', '*gerichts*', 'gerichtes', 'bundesministerium des innern', 'innenministerium*', 'justizministerium*', 'ministerium der justiz', 'zollfahndung', 'bundesamt für justiz', 'generalstaatsanwalt*'],
      accusation: ['strafbaren handlungen', 'strafbare handlungen', 'ungesetzliche tätigkeit', 'ihre straftaten', 'sie werden beschuldigt', 'werden sie beschuldigt', 'beschuldigt*', 'vorgeworfen', 'tatvorwurf', 'straftat*', 'strafgesetzbuch', 'stgb', 'kinderpornografie', 'kinderpornographie', 'kinderpornografisch*', 'kinderpornographisch*', 'pädophilie', 'pädophil*', 'pädopornografie', 'exhibitionismus', 'verstoß gegen', 'ordnungswidrigkeit*', 'geschwindigkeitsüberschreitung'],
      proceedings: ['vorladung*', 'vorgeladen', 'ermittlungen gegen sie', 'verfahren gegen sie'],
      threat: ['sie werden verhaftet', 'strafregister', 'führungszeugnis', 'ihre familie', 'ihr arbeitgeber', 'ihren arbeitgeber'],
      deadline: ['innerhalb von 24 stunden', 'innerhalb von 48 stunden', 'innerhalb von 72 stunden', 'innerhalb von 24h', 'innerhalb von 48h', 'innerhalb von 72h', 'innerhalb von 3 tagen', 'innerhalb von 7 tagen', 'innerhalb 24 stunden', 'innerhalb 72 stunden', 'letzte mahnung'],
      payment: ['zahlen', 'bezahlen', 'zahlung*', 'überweisung*', 'überweisen', 'bußgeld*', 'bussgeld*', 'geldstrafe*', 'strafe zahlen', 'bitcoin', 'gutschein*', 'paysafecard', 'ukash'],
      contact: ['antworten sie', 'beantworten sie', 'rechtfertigung*', 'stellungnahme', 'melden sie sich', 'kontaktieren sie', 'rufen sie', 'senden sie', 'schicken sie', 'personalausweis*', 'kopie ihres'],
      login: ['anmelden', 'melden sie sich an', 'einloggen', 'loggen sie sich', 'login', 'klicken sie', 'bestätigen sie', 'identität bestätigen', 'digitales postfach', 'sichere nachricht'],
      attachment: ['anhang', 'im anhang', 'anbei', 'beigefügt*', 'in der anlage', 'dateianhang'],
      'device-lock': ['wurde gesperrt', 'ist gesperrt', 'wurde blockiert', 'ist blockiert', 'computer wurde gesperrt', 'computer ist gesperrt', 'rechner wurde gesperrt', 'gerät wurde gesperrt', 'browser wurde gesperrt', 'entsperren', 'dateien wurden verschlüsselt'],
    },
  },
  {
    lang: 'nl',
    concepts: {
      penalty: ['boete*', 'verkeersboete*', 'aanmaning*', 'naheffingsaanslag*'],
      authority: ['*politie', 'politie', 'politieagent*', 'politiebureau*', 'politiedienst*', 'politieonderzoek*', 'politiezone*', 'politie-eenheid', 'nationale politie', 'federale politie', 'lokale politie', 'openbaar ministerie', 'officier van justitie', 'justitie', 'ministerie van justitie', 'rechtbank*', 'marechaussee', 'fiod', 'procureur*'],
      accusation: ['uw strafbare feiten', 'uw misdrijven', 'u heeft gepleegd', 'u wordt beschuldigd', 'wordt u beschuldigd', 'beschuldigd van', 'verdacht van', 'verdenking van', 'strafbaar feit', 'strafbare feiten', 'wetboek van strafrecht', 'kinderporno*', 'pedofilie', 'pedofiel*', 'exhibitionisme', 'snelheidsovertreding*', 'verkeersboete*'],
      proceedings: ['dagvaarding*', 'gedagvaard', 'oproeping', 'convocatie', 'onderzoek tegen u', 'zaak tegen u'],
      threat: ['u wordt gearresteerd', 'strafblad', 'uw familie', 'uw werkgever'],
      deadline: ['binnen 24 uur', 'binnen 48 uur', 'binnen 72 uur', 'binnen 3 dagen', 'binnen 7 dagen', 'laatste herinnering', 'laatste aanmaning', 'aanmaning'],
      payment: ['betalen', 'betaal', 'betaling*', 'boete*', 'overmaken', 'overschrijving', 'bitcoin', 'cadeaubon*', 'waardebon*', 'paysafecard', 'administratiekosten'],
      contact: ['beantwoord*', 'reageer', 'reageren', 'rechtvaardiging*', 'neem contact op', 'stuur ons', 'stuur uw', 'bel ons', 'identiteitsbewijs', 'kopie van uw'],
      login: ['log in', 'inloggen', 'log dan in', 'klik op', 'klik hier', 'bevestig uw', 'verifieer uw', 'berichtenbox', 'digitale brievenbus', 'beveiligd bericht'],
      attachment: ['bijlage*', 'bijgevoegd*', 'in de bijlage', 'bijgaand*'],
      'device-lock': ['is geblokkeerd', 'is vergrendeld', 'computer is geblokkeerd', 'computer is vergrendeld', 'apparaat is geblokkeerd', 'browser is geblokkeerd', 'ontgrendel*', 'bestanden zijn versleuteld'],
    },
    ignore: ['politiek*', 'politieke*'],
  },
  {
    lang: 'nb',
    concepts: {
      penalty: ['boten', 'bøter', 'en bot', 'forelegg*', 'gebyr*'],
      authority: ['politi', 'politiet', 'politiets', 'politie*', 'politimann', 'politimenn', 'politibetjent*', 'politiadvokat*', 'politidistrikt*', 'politimester*', 'politioverbetjent*', 'politiinspektør*', 'kripos', 'økokrim', 'påtalemyndighet*', 'statsadvokat*', 'riksadvokat*', 'tingrett*', 'lagmannsrett*', 'domstol*', 'høyesterett', 'justisdepartement*', 'politidirektorat*', 'namsmann*'],
      accusation: ['du er anklaget', 'anklaget for', 'siktet for', 'mistenkt for', 'du er mistenkt', 'straffeloven', 'barneporno*', 'pedofili', 'pedofil*', 'ekshibisjonisme', 'blotting', 'fartsovertredelse*', 'trafikkforseelse*'],
      proceedings: ['innkalling*', 'innkalt', 'stevning*', 'forelegg*', 'etterforskning mot deg', 'sak mot deg'],
      threat: ['du vil bli arrestert', 'strafferegister*', 'rulleblad', 'din familie', 'familien din', 'arbeidsgiveren din', 'din arbeidsgiver'],
      deadline: ['innen 24 timer', 'innen 48 timer', 'innen 72 timer', 'innen 3 dager', 'innen 7 dager', 'siste påminnelse', 'siste varsel'],
      payment: ['betal', 'betale', 'betaling*', 'bøter', 'gebyr*', 'bitcoin', 'gavekort*', 'paysafecard'],
      contact: ['svar på', 'forklaring*', 'rettferdiggjør*', 'kontakt oss', 'ring oss', 'send oss', 'send inn', 'legitimasjon', 'personnummer', 'fødselsnummer'],
      login: ['logg inn', 'logg på', 'innlogging', 'klikk på', 'klikk her', 'trykk på', 'bekreft identitet*', 'bankid', 'digital postkasse', 'digipost', 'sikker melding'],
      attachment: ['vedlegg*', 'vedlagt*', 'vedlagte'],
      'device-lock': ['er låst', 'er blokkert', 'har blitt låst', 'datamaskinen er låst', 'datamaskinen din er låst', 'datamaskinen er blokkert', 'enheten er låst', 'nettleseren er låst', 'lås opp', 'filene er kryptert'],
    },
    ignore: ['politikk*', 'politisk*', 'politiker*', 'politikar*'],
  },
  {
    lang: 'nn',
    concepts: {
      penalty: ['bota', 'bøter', 'ei bot', 'førelegg*'],
      authority: ['politiet', 'politi', 'politie*', 'påtalemakta', 'statsadvokaten', 'tingretten', 'domstolen', 'kripos', 'økokrim'],
      accusation: ['du er skulda', 'skulda for', 'sikta for', 'mistenkt for', 'straffelova', 'barneporno*', 'pedofili'],
      proceedings: ['innkalling*', 'innkalla', 'stemning', 'førelegg*'],
      threat: ['du blir arrestert', 'strafferegister*', 'familien din', 'arbeidsgjevaren din'],
      deadline: ['innan 24 timar', 'innan 48 timar', 'innan 72 timar', 'innan 3 dagar', 'siste påminning'],
      payment: ['betal', 'betale', 'betaling*', 'bøter', 'gebyr*', 'bitcoin', 'gåvekort*', 'gavekort*'],
      contact: ['forklaring*', 'kontakt oss', 'send oss', 'legitimasjon'],
      login: ['logg inn', 'logg på', 'klikk på', 'klikk her', 'bankid', 'digital postkasse'],
      attachment: ['vedlegg*', 'vedlagt*', 'vedlagde'],
      'device-lock': ['datamaskina er låst', 'datamaskina di er låst', 'eininga er låst', 'lås opp'],
    },
  },
  {
    lang: 'da',
    concepts: {
      penalty: ['bøde*', 'bødeforlæg*'],
      authority: ['politi', 'politiet', 'politiets', 'politibetjent*', 'politikreds*', 'rigspoliti*', 'politiassistent*', 'nationalt cyberkrimicenter', 'nc3', 'anklagemyndighed*', 'statsadvokat*', 'rigsadvokat*', 'byret*', 'domstol*', 'justitsministeriet', 'rigspolitiet'],
      accusation: ['du er anklaget', 'anklaget for', 'sigtet for', 'mistænkt for', 'du er mistænkt', 'straffeloven', 'børneporno*', 'pædofili', 'pædofil*', 'blufærdighedskrænkelse', 'fartovertrædelse*'],
      proceedings: ['indkaldelse*', 'indkaldt', 'stævning*', 'bødeforlæg*', 'efterforskning mod dig', 'sag mod dig'],
      threat: ['du vil blive anholdt', 'straffeattest', 'kriminalregister*', 'din familie', 'din arbejdsgiver'],
      deadline: ['inden for 24 timer', 'inden for 48 timer', 'inden for 72 timer', 'inden 24 timer', 'inden 48 timer', 'inden 72 timer', 'sidste påmindelse'],
      payment: ['betal', 'betale', 'betaling*', 'bøde*', 'gebyr*', 'bitcoin', 'gavekort*', 'paysafecard'],
      contact: ['besvar*', 'forklaring*', 'kontakt os', 'ring til os', 'send os', 'legitimation', 'cpr-nummer'],
      login: ['log ind', 'log på', 'klik på', 'klik her', 'tryk på', 'mitid', 'nemid', 'e-boks', 'digital post', 'bekræft din'],
      attachment: ['vedhæft*', 'vedlagt*', 'bilag*'],
      'device-lock': ['er blevet låst', 'er blokeret', 'computeren er låst', 'din computer er låst', 'computeren er blokeret', 'enheden er låst', 'lås op'],
    },
    ignore: ['politik*', 'politisk*', 'politiker*'],
  },
  {
    lang: 'sv',
    concepts: {
      penalty: ['böter', 'bötes*', 'vite', 'felparkeringsavgift*'],
      authority: ['polis', 'polisen', 'polisens', 'poliser', 'polisman', 'polismän', 'polisinspektör*', 'polismyndighet*', 'polisregion*', 'rikspolis*', 'nationella operativa avdelningen', 'säpo', 'åklagar*', 'åklagarmyndighet*', 'tingsrätt*', 'hovrätt*', 'domstol*', 'kronofogde*', 'justitiedepartement*'],
      accusation: ['du är anklagad', 'anklagad för', 'misstänkt för', 'du är misstänkt', 'brottsbalken', 'barnpornografi*', 'barnporr', 'pedofili', 'pedofil*', 'blottning', 'sexualbrott*', 'fortkörning*', 'trafikförseelse*'],
      proceedings: ['kallelse*', 'kallad', 'stämning*', 'strafföreläggande*', 'utredning mot dig', 'ärende mot dig'],
      threat: ['du kommer att gripas', 'du kommer att arresteras', 'belastningsregister*', 'din familj', 'din arbetsgivare'],
      deadline: ['inom 24 timmar', 'inom 48 timmar', 'inom 72 timmar', 'inom 3 dagar', 'inom 7 dagar', 'sista påminnelse'],
      payment: ['betala', 'betalning*', 'böter', 'bötesbelopp*', 'bitcoin', 'presentkort*', 'paysafecard'],
      contact: ['förklaring*', 'kontakta oss', 'ring oss', 'skicka oss', 'legitimation', 'id-handling*', 'personnummer'],
      login: ['logga in', 'klicka på', 'klicka här', 'tryck på', 'bankid', 'bekräfta din', 'digital brevlåda', 'kivra', 'säkert meddelande'],
      attachment: ['bilaga*', 'bifogad*', 'bifogat', 'bifogade'],
      'device-lock': ['har låsts', 'har blockerats', 'är blockerad', 'datorn är låst', 'din dator är låst', 'datorn har låsts', 'enheten är låst', 'lås upp'],
    },
    ignore: ['polish*', 'polisa*'],
  },
  {
    lang: 'fi',
    concepts: {
      penalty: ['sakko*', 'sakon', 'rikesakko*', 'pysäköintivirhemaksu*', 'ylinopeussakko*'],
      authority: ['poliisi*', 'keskusrikospoliisi*', 'krp', 'suojelupoliisi*', 'supo', 'syyttäjä*', 'syyttäjälaitos*', 'valtakunnansyyttäjä*', 'käräjäoikeu*', 'hovioikeu*', 'tuomioistuin*', 'oikeusministeriö*', 'sisäministeriö*', 'ulosotto*'],
      accusation: ['sinua syytetään', 'olet syyllistynyt', 'rikoslaki*', 'rikoslain', 'lapsipornografi*', 'lapsiporno*', 'pedofili*', 'itsensäpaljastamis*', 'ylinopeu*', 'liikennerikkomu*'],
      proceedings: ['haaste*', 'haastehakemus', 'rangaistusvaatimus*', 'sakkomääräys*'],
      threat: ['sinut pidätetään', 'rikosrekisteri*', 'perheesi', 'työnantajasi'],
      deadline: ['24 tunnin kuluessa', '48 tunnin kuluessa', '72 tunnin kuluessa', '24 tunnin sisällä', '48 tunnin sisällä', '72 tunnin sisällä', 'välittömästi', 'viimeinen muistutus'],
      payment: ['maksa', 'maksaa', 'maksu*', 'sakko*', 'sakon', 'sakot', 'bitcoin', 'lahjakortti*', 'paysafecard'],
      contact: ['vastaa', 'selvitys', 'selitys', 'ota yhteyttä', 'henkilöllisyystodistu*'],
      login: ['kirjaudu', 'kirjautu*', 'klikkaa', 'napsauta', 'pankkitunnu*', 'vahvista henkilöllisyytesi', 'suomi.fi', 'viestit-palvelu*'],
      attachment: ['liitteen*', 'liitteenä', 'liitteessä', 'liitetty*'],
      'device-lock': ['on lukittu', 'on estetty', 'tietokoneesi on lukittu', 'tietokone on lukittu', 'laitteesi on lukittu', 'avaa lukitus'],
    },
  },
  {
    lang: 'is',
    concepts: {
      penalty: ['sektina', 'sektarboð*', 'stöðvunarbrotagjald*'],
      authority: ['lögregl*', '*lögregl*', 'ríkislögreglustjór*', 'saksóknar*', '*saksóknar*', 'héraðsdóm*', 'héraðssaksóknar*', 'dómstól*', 'hæstarétt*', 'landsrétt*', 'dómsmálaráðuneyt*', 'sýslumann*', 'sýslumaður'],
      accusation: ['þú ert sakaður', 'þú ert sökuð', 'sakaður um', 'grunaður um', 'grunuð um', 'almennra hegningarlaga', 'hegningarlög*', 'barnaklám*', 'barnaníð*', 'kynferðisbrot*', 'hraðakstur*', 'umferðarlagabrot*'],
      proceedings: ['kvaðning*', 'boðun', 'boðaður', 'mál gegn þér', 'handtökuskipun', 'sektarboð*'],
      threat: ['þú verður handtekinn', 'sakaskrá*'],
      deadline: ['innan 24 klukkustunda', 'innan 48 klukkustunda', 'innan 72 klukkustunda', 'innan 24 klst', 'innan 72 klst', 'síðasta áminning'],
      payment: ['greiða', 'greiðið', 'greiðsl*', 'sektina', 'sektir', 'bitcoin', 'gjafakort*'],
      contact: ['svarið', 'skýring*', 'rökstuðning*', 'hafðu samband', 'sendu okkur', 'skilríki', 'kennitöl*'],
      login: ['skráðu þig inn', 'innskrá*', 'smelltu', 'ýttu á', 'rafræn skilríki', 'ísland.is', 'pósthólf*'],
      attachment: ['viðhengi*', 'meðfylgjandi'],
      'device-lock': ['tölvan þín er læst', 'tölvan er læst', 'tölvunni hefur verið læst', 'aflæsa'],
    },
  },
  {
    lang: 'es',
    concepts: {
      penalty: ['multa*', 'sanción de tráfico', 'denuncia de tráfico'],
      authority: ['brigada de protección de menores', 'policía*', 'policías', 'policial*', 'guardia civil', 'mossos', "mossos d'esquadra", 'ertzaintza', 'fiscalía*', 'fiscal general', 'juzgado*', 'tribunal*', 'audiencia nacional', 'ministerio del interior', 'ministerio de justicia', 'brigada de investigación tecnológica', 'grupo de delitos telemáticos', 'udef', 'magistrad*'],
      accusation: ['usted cometió', 'cometió el delito', 'sus delitos', 'usted está acusado', 'está acusado', 'acusado de', 'acusada de', 'se le acusa', 'ha cometido', 'código penal', 'pornografía infantil', 'pedofilia', 'pedófil*', 'pedopornografía', 'exhibicionismo', 'infracción de tráfico', 'exceso de velocidad', 'multa de tráfico'],
      proceedings: ['citación*', 'convocatoria', 'comparecer', 'comparecencia', 'denuncia contra usted', 'investigación contra usted'],
      threat: ['será detenido', 'será arrestado', 'antecedentes penales', 'registro de delincuentes', 'su familia', 'su empleador'],
      deadline: ['en 24 horas', 'en 48 horas', 'en 72 horas', 'plazo de 24 horas', 'plazo de 48 horas', 'plazo de 72 horas', 'último aviso'],
      payment: ['pagar', 'pague', 'abonar', 'abone', 'multa*', 'bitcoin', 'tarjeta regalo', 'paysafecard', 'cupón'],
      contact: ['responda', 'responder', 'conteste', 'justificación*', 'justificaciones', 'contacte', 'envíenos', 'documento de identidad', 'copia de su'],
      login: ['inicie sesión', 'iniciar sesión', 'acceda', 'acceder', 'haga clic', 'pulse aquí', 'pinche aquí', 'clic aquí', 'verifique su identidad', 'confirme sus datos', 'buzón electrónico', 'dirección electrónica habilitada', 'dehú'],
      attachment: ['adjunto*', 'archivo adjunto', 'documento adjunto', 'se adjunta'],
      'device-lock': ['ha sido bloqueado', 'está bloqueado', 'ordenador ha sido bloqueado', 'ordenador está bloqueado', 'equipo ha sido bloqueado', 'dispositivo ha sido bloqueado', 'desbloquear'],
    },
  },
  {
    lang: 'pt',
    concepts: {
      penalty: ['multa*', 'coima*'],
      authority: ['brigada de proteção de menores', 'brigada de proteção dos menores', 'polícia*', 'policial*', 'psp', 'gnr', 'guarda nacional republicana', 'ministério público', 'procurador*', 'procuradoria*', 'tribunal*', 'ministério da administração interna', 'ministério da justiça', 'polícia federal', 'unc3t', 'anssr'],
      accusation: ['acusação contra', 'você é acusado', 'é acusado', 'acusado de', 'acusada de', 'código penal', 'pornografia infantil', 'pedofilia', 'pedófil*', 'pedopornografia', 'exibicionismo', 'contraordenação*', 'excesso de velocidade'],
      proceedings: ['convocação*', 'contra você', 'contra si', 'processo judiciário', 'intimação*', 'citação*', 'convocatória', 'queixa contra', 'auto de contraordenação'],
      threat: ['será detido', 'será preso', 'mandado de detenção', 'mandado de prisão', 'registo criminal', 'sua família', 'seu empregador', 'entidade patronal'],
      deadline: ['em 24 horas', 'em 48 horas', 'em 72 horas', 'prazo de 24 horas', 'prazo de 48 horas', 'prazo de 72 horas', 'último aviso'],
      payment: ['pagar', 'pague', 'pagamento*', 'coima*', 'multa*', 'bitcoin', 'cartão presente', 'paysafecard', 'mb way', 'referência multibanco'],
      contact: ['responda', 'responder', 'justificação', 'justificações', 'contacte', 'documento de identificação', 'cartão de cidadão', 'cópia do seu', 'cópia da sua'],
      login: ['inicie sessão', 'iniciar sessão', 'aceda', 'aceder', 'acesse', 'clique', 'clique aqui', 'carregue aqui', 'confirme os seus dados', 'verifique a sua identidade', 'via ctt'],
      attachment: ['anexo*', 'em anexo', 'segue anexo', 'documento anexo'],
      'device-lock': ['foi bloqueado', 'está bloqueado', 'computador foi bloqueado', 'computador está bloqueado', 'dispositivo foi bloqueado', 'desbloquear'],
    },
  },
  {
    lang: 'it',
    concepts: {
      penalty: ['multa*', 'contravvenzion*', 'sanzione amministrativa'],
      authority: ['brigata di protezione dei minori', 'polizia*', 'poliziotto', 'poliziotti', 'carabinier*', 'guardia di finanza', 'questura*', 'questore', 'procura della repubblica', 'procura di', 'procuratore*', 'tribunale*', 'pubblico ministero', 'magistrat*', "ministero dell'interno", 'ministero della giustizia', 'polizia postale', 'cnaipic', 'prefettura'],
      accusation: ['lei è accusato', 'è accusato', 'accusato di', 'accusata di', 'codice penale', 'pedopornografia', 'pedopornografico', 'pornografia minorile', 'pedofilia', 'esibizionismo', 'violazione del codice della strada', 'eccesso di velocità'],
      proceedings: ['contro di lei', 'nei suoi confronti', 'a suo carico', 'procedimento legale', 'convocazione*', 'convocato', 'comparire', 'indagine a suo carico', 'indagini a suo carico', 'denuncia a suo carico'],
      threat: ['sarà arrestato', "mandato d'arresto", 'casellario giudiziale', 'fedina penale', 'la sua famiglia', 'suo datore di lavoro'],
      deadline: ['entro 24 ore', 'entro 48 ore', 'entro 72 ore', 'entro 3 giorni', 'entro 5 giorni', 'ultimo avviso'],
      payment: ['pagare', 'paghi', 'pagamento*', 'multa*', 'bitcoin', 'buono regalo', 'paysafecard'],
      contact: ['risponda', 'rispondere', 'giustificazion*', "documento d'identità", 'carta di identità', 'copia del suo'],
      login: ['accedi', 'acceda', "effettua l'accesso", 'clicca', 'clicchi', 'cliccare', 'verifica la tua identità', 'conferma i tuoi dati', 'spid'],
      attachment: ['allegat*', 'in allegato'],
      'device-lock': ['è stato bloccato', 'è bloccato', 'computer è stato bloccato', 'computer è bloccato', 'dispositivo è stato bloccato', 'sbloccare'],
    },
  },
  {
    lang: 'pl',
    concepts: {
      penalty: ['grzywn*', 'mandat karny', 'mandatu karnego', 'mandat'],
      authority: ['policj*', 'policjant*', 'prokurat*', 'sądu', 'sądzie', 'sąd rejonowy', 'sąd okręgowy', 'sądow*', 'cbzc', 'cbśp', 'abw', 'centralne biuro*', 'ministerstwo sprawiedliwości', 'ministerstwo spraw wewnętrznych', 'straż graniczna', 'krajowa administracja skarbowa'],
      accusation: ['jest pan oskarżony', 'jest pani oskarżona', 'kodeks karny', 'kodeksu karnego', 'pornografi*', 'pedofil*', 'ekshibicjoni*', 'przekroczenie prędkości'],
      proceedings: ['wezwani*'],
      threat: ['zostanie pan aresztowany', 'zostanie pani aresztowana', 'rejestr sprawców', 'krajowy rejestr karny', 'pana rodzin*', 'pani rodzin*'],
      deadline: ['w ciągu 24 godzin', 'w ciągu 48 godzin', 'w ciągu 72 godzin', 'w ciągu 3 dni', 'w ciągu 7 dni', 'ostateczne wezwanie'],
      payment: ['zapłać', 'zapłaty', 'zapłacić', 'opłać', 'grzywn*', 'bitcoin', 'blik', 'paysafecard', 'karta podarunkowa'],
      contact: ['odpowiedz', 'wyjaśnieni*', 'uzasadnieni*', 'skontaktuj*', 'zadzwoń', 'wyślij*', 'prześlij*', 'dowód osobisty', 'dowodu osobistego', 'pesel'],
      login: ['zaloguj*', 'logowani*', 'kliknij*', 'potwierdź', 'zweryfikuj', 'profil zaufany', 'e-doręczeni*', 'epuap'],
      attachment: ['załącznik*', 'w załączeniu', 'załączon*'],
      'device-lock': ['został zablokowany', 'zostało zablokowane', 'komputer został zablokowany', 'komputer jest zablokowany', 'urządzenie zostało zablokowane', 'odblokowa*'],
    },
    ignore: ['polisa*', 'polisy', 'polisę', 'karta*', 'karty', 'kartę', 'karier*', 'karm*', 'karp*'],
  },
  {
    lang: 'cs',
    concepts: {
      penalty: ['pokut*'],
      authority: ['policie', 'polici*', 'policist*', 'policejní*', 'státní zastupitelství', 'státní zástupce', 'státního zastupitelství', 'zastupitelství', 'soud', 'soudu', 'soudní*', 'okresní soud', 'krajský soud', 'nctep', 'nciso', 'ministerstvo vnitra', 'ministerstvo spravedlnosti'],
      accusation: ['jste obviněn*', 'podezření z', 'trestní zákoník', 'trestního zákoníku', 'dětská pornografie', 'dětské pornografie', 'pedofil*', 'exhibicionism*', 'překročení rychlosti'],
      proceedings: ['proti vaší osobě', 'právního řízení', 'právní řízení', 'předvolání*', 'předvolán*', 'řízení proti vám', 'obsílka'],
      threat: ['budete zatčen*', 'trestní rejstřík', 'rejstříku trestů', 'vaše rodina', 'vaší rodině'],
      deadline: ['do 24 hodin', 'do 48 hodin', 'do 72 hodin', 'do 3 dnů', 'do 7 dnů', 'poslední upomínka'],
      payment: ['zaplaťte', 'zaplatit', 'pokut*', 'bitcoin', 'dárková karta', 'paysafecard'],
      contact: ['odpovězte', 'odpovědět', 'vysvětlení', 'zdůvodnění', 'kontaktujte', 'zavolejte', 'pošlete', 'zašlete', 'občanský průkaz', 'občanského průkazu', 'rodné číslo'],
      login: ['přihlaste se', 'přihlásit', 'přihlášení', 'klikněte', 'ověřte', 'potvrďte', 'datová schránka', 'datové schránky', 'bankovní identita'],
      attachment: ['přílo*', 'v příloze', 'přiložen*'],
      'device-lock': ['počítač byl zablokován', 'počítač je zablokován', 'zařízení bylo zablokováno', 'odblokovat'],
    },
    ignore: ['policies', 'policy'],
  },
  {
    lang: 'sk',
    concepts: {
      penalty: ['pokut*'],
      authority: ['polícia', 'polície', 'políciu', 'políciou', 'polícii', 'policajn*', 'policajt*', 'policajný zbor', 'prokuratúr*', 'prokurátor*', 'súdu', 'súdny', 'súdne', 'súdneho', 'okresný súd', 'krajský súd', 'ministerstvo vnútra', 'národná kriminálna agentúra', 'naka'],
      accusation: ['ste obvinen*', 'podozrenie z', 'trestný zákon', 'trestného zákona', 'detská pornografia', 'detskej pornografie', 'pedofil*', 'exhibicionizm*', 'prekročenie rýchlosti'],
      proceedings: ['predvolani*', 'predvolan*', 'konanie proti vám'],
      threat: ['budete zatknut*', 'register trestov', 'vaša rodina', 'vašej rodine'],
      deadline: ['do 24 hodín', 'do 48 hodín', 'do 72 hodín', 'do 3 dní', 'do 7 dní', 'posledná upomienka'],
      payment: ['zaplaťte', 'zaplatiť', 'pokut*', 'bitcoin', 'darčeková karta', 'paysafecard'],
      contact: ['odpovedzte', 'odpovedať', 'vysvetleni*', 'zdôvodneni*', 'kontaktujte', 'zavolajte', 'pošlite', 'zašlite', 'občiansky preukaz', 'občianskeho preukazu', 'rodné číslo'],
      login: ['prihláste sa', 'prihlásiť', 'prihlásenie', 'kliknite', 'overte', 'potvrďte', 'elektronická schránka', 'slovensko.sk'],
      attachment: ['prílo*', 'v prílohe', 'priložen*'],
      'device-lock': ['počítač bol zablokovaný', 'počítač je zablokovaný', 'zariadenie bolo zablokované', 'odblokovať'],
    },
  },
  {
    lang: 'sl',
    concepts: {
      penalty: ['globa', 'globo', 'plačilni nalog'],
      authority: ['policij*', 'policist*', 'tožilstv*', 'tožilec', 'tožilca', 'sodišč*', 'okrajno sodišče', 'okrožno sodišče', 'generalna policijska uprava', 'nacionalni preiskovalni urad', 'npu', 'ministrstvo za notranje zadeve', 'ministrstvo za pravosodje'],
      accusation: ['ste obtožen*', 'storili ste', 'kazenski zakonik', 'kazenskega zakonika', 'otroška pornografija', 'otroške pornografije', 'pedofilij*', 'ekshibicionizem', 'prekoračitev hitrosti'],
      proceedings: ['sodni poziv', 'vabilo*', 'vabljeni', 'plačilni nalog'],
      threat: ['boste aretirani', 'kazenska evidenca', 'kazenski evidenci', 'vaša družina', 'vaši družini'],
      deadline: ['v 24 urah', 'v 48 urah', 'v 72 urah', 'v roku 24 ur', 'v roku 48 ur', 'v roku 72 ur', 'zadnji opomin'],
      payment: ['plačajte', 'plačati', 'bitcoin', 'darilna kartica', 'paysafecard'],
      contact: ['odgovorite', 'pojasnil*', 'utemeljitev', 'kontaktirajte', 'pokličite', 'pošljite', 'osebna izkaznica', 'osebne izkaznice', 'emšo'],
      login: ['prijavite se', 'kliknite', 'potrdite', 'preverite', 'e-uprava', 'varni predal'],
      attachment: ['priponk*', 'v prilogi', 'priložen*'],
      'device-lock': ['računalnik je bil zaklenjen', 'računalnik je zaklenjen', 'naprava je zaklenjena', 'odklenite'],
    },
  },
  {
    lang: 'hr',
    concepts: {
      penalty: ['novčana kazna', 'novčanu kaznu', 'prekršajni nalog'],
      authority: ['policij*', 'policajac', 'policajci', 'ministarstvo unutarnjih poslova', 'državno odvjetništvo', 'državnog odvjetništva', 'odvjetništv*', 'općinski sud', 'županijski sud', 'općinskog suda', 'uskok', 'pnuskok'],
      accusation: ['optuženi ste', 'počinili ste', 'kazneni zakon', 'kaznenog zakona', 'dječja pornografija', 'dječje pornografije', 'pedofilij*', 'egzibicionizam', 'prekoračenje brzine'],
      proceedings: ['sudski poziv', 'uhidbeni nalog'],
      threat: ['bit ćete uhićeni', 'kaznena evidencija', 'kaznenu evidenciju', 'vaša obitelj', 'vašoj obitelji'],
      deadline: ['u roku od 24 sata', 'u roku od 48 sati', 'u roku od 72 sata', 'u roku od 3 dana', 'posljednja opomena'],
      payment: ['platite', 'platiti', 'novčana kazna', 'bitcoin', 'poklon bon', 'paysafecard'],
      contact: ['odgovorite', 'objašnjenj*', 'očitovanj*', 'kontaktirajte', 'nazovite', 'pošaljite', 'osobna iskaznica', 'osobne iskaznice', 'oib'],
      login: ['prijavite se', 'kliknite', 'potvrdite', 'e-građani', 'osobni korisnički pretinac'],
      attachment: ['privitak*', 'u privitku', 'u prilogu'],
      'device-lock': ['računalo je blokirano', 'računalo je zaključano', 'uređaj je blokiran', 'otključa*'],
    },
  },
  {
    lang: 'bg',
    concepts: {
      penalty: ['глоба*', 'фиш'],
      authority: ['полиция*', 'полицията', 'полицай*', 'полицейск*', 'мвр', 'министерство на вътрешните работи', 'прокуратура*', 'прокурор*', 'съда', 'съдът', 'съдебн*', 'районен съд', 'окръжен съд', 'гдбоп', 'гднп', 'дансп', 'данс', 'europol', 'интерпол', 'европол'],
      accusation: ['вие сте обвинен*', 'наказателния кодекс', 'наказателен кодекс', 'детска порнография', 'детската порнография', 'педофили*', 'ексхибиционизъм', 'превишена скорост'],
      proceedings: ['призовк*', 'призован*'],
      threat: ['ще бъдете арестуван*', 'вашето семейство', 'вашия работодател'],
      deadline: ['в рамките на 24 часа', 'в рамките на 48 часа', 'в рамките на 72 часа', 'до 24 часа', 'до 48 часа', 'до 72 часа', 'последно напомняне'],
      payment: ['платете', 'заплатете', 'bitcoin', 'биткойн', 'ваучер*', 'paysafecard'],
      contact: ['отговорете', 'обяснени*', 'свържете се', 'обадете се', 'изпратете', 'лична карта', 'егн'],
      login: ['влезте', 'кликнете', 'натиснете', 'последвайте линка', 'потвърдете', 'верифицирайте'],
      attachment: ['прикачен*', 'приложени*', 'в приложение'],
      'device-lock': ['компютърът ви е блокиран', 'компютърът е блокиран', 'устройството е блокирано', 'отключ*'],
    },
  },
  {
    lang: 'el',
    concepts: {
      penalty: ['πρόστιμο*', 'προστίμου'],
      authority: ['αστυνομ*', 'ελληνική αστυνομία', 'δίωξη ηλεκτρονικού εγκλήματος', 'διεύθυνση δίωξης', 'εισαγγελ*', 'δικαστήρι*', 'υπουργείο προστασίας του πολίτη', 'υπουργείο δικαιοσύνης', 'ευρωπόλ', 'ιντερπόλ', 'astynomia', 'elas'],
      accusation: ['κατηγορείστε', 'είστε ύποπτ*', 'ύποπτος για', 'διαπράξατε', 'ποινικό κώδικα', 'ποινικού κώδικα', 'παιδική πορνογραφία', 'παιδικής πορνογραφίας', 'παιδεραστ*', 'παιδοφιλ*', 'επιδειξιμαν*', 'υπερβολική ταχύτητα'],
      proceedings: ['κλήτευση*', 'κλητευθ*', 'έρευνα εναντίον σας'],
      threat: ['θα συλληφθείτε', 'ποινικό μητρώο', 'ποινικού μητρώου', 'την οικογένειά σας', 'τον εργοδότη σας'],
      deadline: ['εντός 24 ωρών', 'εντός 48 ωρών', 'εντός 72 ωρών', 'μέσα σε 24 ώρες', 'μέσα σε 48 ώρες', 'μέσα σε 72 ώρες', 'τελευταία ειδοποίηση'],
      payment: ['πληρώστε', 'καταβάλετε', 'bitcoin', 'δωροκάρτα*', 'paysafecard'],
      contact: ['απαντήστε', 'αιτιολόγηση*', 'εξηγήσεις', 'επικοινωνήστε', 'καλέστε', 'στείλτε', 'ταυτότητα*', 'αφμ', 'amka'],
      login: ['συνδεθείτε', 'πατήστε', 'κάντε κλικ', 'επιβεβαιώστε', 'gov.gr', 'taxisnet'],
      attachment: ['συνημμέν*', 'επισυναπτόμεν*', 'επισυνάπτεται'],
      'device-lock': ['ο υπολογιστής σας έχει κλειδωθεί', 'ο υπολογιστής σας είναι κλειδωμένος', 'η συσκευή σας έχει κλειδωθεί', 'ξεκλειδώ*'],
    },
  },
  {
    lang: 'hu',
    concepts: {
      penalty: ['bírság*', 'pénzbírság*', 'helyszíni bírság'],
      authority: ['rendőr*', '*rendőrség*', 'nemzeti nyomozó iroda', 'ügyészség*', 'ügyész*', 'bíróság*', 'járásbíróság*', 'törvényszék*', 'belügyminisztérium*', 'igazságügyi minisztérium'],
      accusation: ['önt vádolják', 'vádolják', 'büntető törvénykönyv', 'btk', 'gyermekpornográf*', 'pedofil*', 'szeméremsértés', 'gyorshajtás*'],
      proceedings: ['idézés*', 'beidéz*'],
      threat: ['bűnügyi nyilvántartás*', 'az ön családja'],
      deadline: ['24 órán belül', '48 órán belül', '72 órán belül', '3 napon belül', 'utolsó figyelmeztetés'],
      payment: ['fizessen', 'bitcoin', 'ajándékkártya*', 'paysafecard'],
      contact: ['válaszoljon', 'indoklás*', 'lépjen kapcsolatba', 'küldje', 'személyi igazolvány*', 'adóazonosító'],
      login: ['jelentkezzen be', 'bejelentkez*', 'kattintson', 'erősítse meg', 'ügyfélkapu', 'cégkapu'],
      attachment: ['csatolt*', 'mellékl*', 'csatolmány*'],
      'device-lock': ['számítógépét zároltuk', 'számítógépe zárolva', 'számítógépét letiltottuk', 'eszköze zárolva', 'feloldás*'],
    },
  },
  {
    lang: 'ro',
    concepts: {
      penalty: ['amendă', 'amenda', 'amenzi*', 'proces-verbal de contravenție'],
      authority: ['poliția', 'poliției', 'poliţia', 'poliţiei', 'polițist*', 'poliţist*', 'inspectoratul general al poliției', 'igpr', 'parchet*', 'procuror*', 'judecător*', 'judecători*', 'diicot', 'ministerul afacerilor interne', 'ministerul justiției', 'jandarmeri*'],
      accusation: ['sunteți acuzat*', 'sunteti acuzat*', 'acuzat de', 'acuzată de', 'ați comis', 'codul penal', 'pornografie infantilă', 'pornografie infantila', 'pedofil*', 'exhibiționism', 'depășirea vitezei'],
      proceedings: ['citați*', 'convocare*'],
      threat: ['veți fi arestat*', 'cazier judiciar', 'familia dumneavoastră', 'familia dvs'],
      deadline: ['în 24 de ore', 'în 48 de ore', 'în 72 de ore', 'în termen de 24', 'în termen de 48', 'în termen de 72', 'ultima notificare'],
      payment: ['plătiți', 'plătească', 'achitați', 'bitcoin', 'card cadou', 'paysafecard'],
      contact: ['răspundeți', 'justificar*', 'explicați*', 'contactați', 'sunați', 'trimiteți', 'carte de identitate'],
      login: ['autentificați-vă', 'conectați-vă', 'accesați', 'faceți clic', 'apăsați', 'confirmați', 'verificați', 'ghiseul.ro'],
      attachment: ['atașat*', 'ataşat*', 'în anexă'],
      'device-lock': ['computerul a fost blocat', 'calculatorul a fost blocat', 'dispozitivul a fost blocat', 'deblocar*'],
    },
  },
  {
    lang: 'lt',
    concepts: {
      penalty: ['bauda', 'baudą', 'baudos', 'baudų'],
      authority: ['policij*', 'policinink*', 'policijos departament*', 'prokurat*', 'prokuror*', 'apylinkės teismas', 'vidaus reikalų ministerij*', 'teisingumo ministerij*', 'kriminalinės policijos biur*', 'fntt', 'vsd'],
      accusation: ['jūs kaltinam*', 'padarėte', 'baudžiamojo kodekso', 'baudžiamasis kodeksas', 'vaikų pornografij*', 'pedofilij*', 'ekshibicionizm*', 'greičio viršijim*'],
      proceedings: ['šaukim*', 'iškviet*'],
      threat: ['būsite suimt*', 'nusikalstamų veikų registr*', 'jūsų šeim*'],
      deadline: ['per 24 valandas', 'per 48 valandas', 'per 72 valandas', 'per 3 dienas', 'paskutinis priminimas'],
      payment: ['sumokėkite', 'sumokėti', 'bitcoin', 'dovanų kortel*', 'paysafecard'],
      contact: ['atsakykite', 'paaiškinim*', 'susisiekite', 'paskambinkite', 'atsiųskite', 'asmens tapatybės kortel*', 'asmens kodas'],
      login: ['prisijunkite', 'prisijung*', 'spauskite', 'paspauskite', 'patvirtinkite', 'elektroniniai valdžios vartai', 'epaslaugos'],
      attachment: ['priede', 'pried*', 'prisegt*'],
      'device-lock': ['kompiuteris užblokuotas', 'jūsų kompiuteris buvo užblokuotas', 'įrenginys užblokuotas', 'atrakin*'],
    },
  },
  {
    lang: 'lv',
    concepts: {
      penalty: ['sods', 'soda nauda', 'naudas sods', 'sodu'],
      authority: ['policij*', 'valsts policij*', 'policist*', 'prokuratūr*', 'prokuror*', 'iekšlietu ministrij*', 'tieslietu ministrij*', 'kriminālpolicij*', 'drošības policij*', 'vdd'],
      accusation: ['jūs tiekat apsūdzēt*', 'aizdomas par', 'izdarījāt', 'krimināllikum*', 'bērnu pornogrāfij*', 'pedofilij*', 'ekshibicionism*', 'ātruma pārsniegšan*'],
      proceedings: ['pavēst*'],
      threat: ['jūs tiksiet arestēt*', 'sodu reģistr*', 'jūsu ģimen*'],
      deadline: ['24 stundu laikā', '48 stundu laikā', '72 stundu laikā', '3 dienu laikā', 'pēdējais atgādinājums'],
      payment: ['samaksājiet', 'samaksāt', 'bitcoin', 'dāvanu kart*', 'paysafecard'],
      contact: ['atbildiet', 'paskaidrojum*', 'sazinieties', 'zvaniet', 'nosūtiet', 'personas apliecīb*', 'personas kods'],
      login: ['pieslēdzieties', 'pieslēgt*', 'piesakieties', 'noklikšķiniet', 'spiediet', 'apstipriniet', 'latvija.lv'],
      attachment: ['pielikum*'],
      'device-lock': ['dators ir bloķēts', 'jūsu dators ir bloķēts', 'ierīce ir bloķēta', 'atbloķē*'],
    },
  },
  {
    lang: 'et',
    concepts: {
      penalty: ['trahv*', 'rahatrahv*', 'trahviteade*'],
      authority: ['politsei*', 'politseiamet*', 'keskkriminaalpolitsei*', 'prokuratuur*', 'prokurör*', 'maakohus', 'maakohtu*', 'siseministeerium*', 'justiitsministeerium*', 'kapo', 'kaitsepolitsei*'],
      accusation: ['teid süüdistatakse', 'panite toime', 'karistusseadustik*', 'lapsporno*', 'pedofiil*', 'ekshibitsionism*', 'kiiruseületami*'],
      proceedings: ['kohtukutse*', 'trahviteade*'],
      threat: ['teid vahistatakse', 'karistusregist*', 'teie perekon*'],
      deadline: ['24 tunni jooksul', '48 tunni jooksul', '72 tunni jooksul', '3 päeva jooksul', 'viimane meeldetuletus'],
      payment: ['tasuge', 'bitcoin', 'kinkekaart*', 'paysafecard'],
      contact: ['vastake', 'selgitus*', 'põhjendus*', 'võtke ühendust', 'helistage', 'saatke', 'isikutunnistus*', 'isikukood'],
      login: ['logige sisse', 'sisselogimi*', 'klõpsake', 'vajutage', 'kinnitage', 'eesti.ee', 'smart-id', 'mobiil-id'],
      attachment: ['manus*'],
      'device-lock': ['teie arvuti on lukustatud', 'arvuti on lukustatud', 'seade on lukustatud', 'avage lukk'],
    },
  },
  {
    lang: 'mt',
    concepts: {
      penalty: ['multa', 'il-multa', 'multi'],
      authority: ['pulizija', 'il-pulizija', 'qorti', 'il-qorti', 'qrati', 'kummissarju tal-pulizija', 'avukat ġenerali', 'uffiċċju tal-avukat ġenerali', 'maġistrat*', 'ministeru għall-intern', 'cybercrime unit', 'malta police'],
      accusation: ['inti akkużat', 'kodiċi kriminali', 'pornografija tat-tfal', 'pedofilija', 'esibizzjoniżmu'],
      proceedings: ['ċitazzjoni', 'taħrika', 'proċeduri kriminali', 'proċeduri legali', 'summons'],
      threat: ['se tiġi arrestat*', 'rekord kriminali', 'il-familja tiegħek', 'min iħaddmek'],
      deadline: ['fi żmien 24 siegħa', 'fi żmien 48 siegħa', 'fi żmien 72 siegħa', 'avviż finali'],
      payment: ['ħallas', 'multa', 'il-multa', 'bitcoin', 'paysafecard'],
      contact: ['wieġeb', 'spjegazzjoni*', 'ikkuntattja', 'ċempel', 'ibgħat', 'karta tal-identità'],
      login: ['login', 'ikklikkja', 'agħfas', 'ivverifika', 'ikkonferma'],
      attachment: ['mehmuż*', 'annessa', 'anness'],
      'device-lock': ['il-kompjuter tiegħek ġie msakkar', 'il-kompjuter ġie bblokkat'],
    },
  },
];
