/**
 * Swedish scam signs. Sources: Ulricehamns Tidning 2022-09 (polisen: fake mail from "polisen,
 * regeringskansliet och Europol": "Kära herr/fru. Vi har vidtagit rättsliga åtgärder mot dig",
 * motivering inom 48 timmar, "gripen, införd i det nationella registret över sexualförbrytare och få
 * sin akt utlämnad till media"). Payment and lock wording follows the Europol/Norwegian variants,
 * carefully translated. "barnpornografibrott" is the Swedish statutory term and is not a tell.
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'sv',
  name: 'Swedish',
  signs: {
    payment: [
      'göra en betalning',
      'banköverföring',
      'överföra beloppet',
      'i bitcoin',
      'bitcoin-adress',
      'bitcoinplånbok',
      'western union',
      'betala omedelbart',
      'swisha beloppet',
      'betalningsinstruktioner',
    ],
    fine: ['betala böterna', 'betala bötesbeloppet', 'böter på', 'betala en avgift', 'förlikningsbelopp', 'undvika åtal'],
    deadline: ['inom 24 timmar', 'inom 48 timmar', 'inom 72 timmar', 'sista varningen', 'sista påminnelsen'],
    arrest: ['arresteringsorder', 'häktningsorder', 'du kommer att gripas', 'ska gripas', 'bli gripen', 'omedelbart gripande', 'ditt gripande'],
    register: [
      'registret över sexualförbrytare',
      'nationella registret över sexualförbrytare',
      'införd i det nationella',
      'registrerad som sexualförbrytare',
      'sexualförbrytarregister',
      'sexualförbrytarregistret',
    ],
    exposure: ['utlämnad till media', 'lämnas ut till media', 'överlämnas till media', 'akt utlämnad', 'hela europa', 'tv-kanaler', 'din familj och vänner'],
    reply: [
      'din motivering',
      'skicka in din motivering',
      'svara på detta mejl',
      'svara på mejlet',
      'svara via e-post',
      'bedöma sanktionerna',
      'vidtagit rättsliga åtgärder',
    ],
    'send-id': [
      'kopia på ditt pass',
      'kopia av ditt pass',
      'kopia på din legitimation',
      'kopia av din legitimation',
      'bild på din legitimation',
      'skicka ditt pass',
    ],
    'device-lock': [
      'din dator har låsts',
      'din dator är låst',
      'din enhet har låsts',
      'låsa upp din dator',
      'upplåsning av datorn',
      'dina filer har krypterats',
      'din webbläsare har låsts',
    ],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'presentkort', 'värdekort', 'kupongkod', 'google play-kort', 'itunes-kort', 'steam-kort'],
    'word-tell': ['cyberpornografi', 'cyberinfiltration', 'cyber-infiltration', 'datorbeslag', 'nätpornografisk', 'barnporr', 'kära herr'],
  },
};
