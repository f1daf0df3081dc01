/**
 * Czech framing cues. Wording seen in policie.cz warnings ("Policie ČR upozorňuje na podvodná
 * předvolání k soudu za údajné trestné činy", "Policie v žádném případě nepředvolává občany
 * e-mailem a nepožaduje zasílání registračních údajů", "Takové e-maily označte jako spam") and
 * NÚKIB advice.
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'cs',
  name: 'Czech',
  cues: {
    'names-fraud': ['podvod', 'podvody', 'podvodu', 'podvodem', 'podvodn*', 'falešn*', 'phishing*', 'hoax', 'pokus o podvod'],
    perpetrator: ['podvodník*', 'pachatelé', 'kyberzločinci', 'zločinci', 'útočníci'],
    reported: [
      'údajn*',
      'takové e-maily',
      'takové zprávy',
      'tyto e-maily',
      'tyto zprávy',
      'adresát',
      'adresáti',
      'příjemce',
      'vydávají se za',
      'vydává se za',
      'jménem policie',
      'pokud obdržíte',
      'pokud jste obdrželi',
    ],
    warning: ['upozorňuje', 'upozorňujeme', 'varuje', 'varuje před', 'pozor na', 'buďte obezřetní'],
    advice: [
      'neodpovídejte',
      'neplaťte',
      'neklikejte',
      'neotvírejte',
      'nesdělujte',
      'smažte',
      'označte jako spam',
      'nahlaste',
      'oznamte to',
      'kontaktujte svou banku',
    ],
    disclaimer: [
      'nepředvolává',
      'nepožaduje',
      'nikdy nepožaduje',
      'nikdy nezasílá',
      'nezasílá',
      'nikdy neposílá',
      'neposílá',
      'nemá nic společného',
      'nikdy nežádá',
    ],
  },
  negators: ['ne', 'není', 'nejde', 'nejedná', 'žádný', 'žádné', 'nikdy'],
  notImperativeAfter: ['pokud', 'jestli', 'když', 'že', 'kteří', 'kdo'],
};
