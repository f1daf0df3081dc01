/**
 * Slovak framing cues. Wording seen in minv.sk / Policajný zbor warnings ("Policajný zbor nikdy
 * nezasiela oficiálne predvolania prostredníctvom elektronickej pošty", "Na takéto emaily
 * nereagujte, neotvárajte prílohy a odosielateľa zablokujte") and SK-CERT advice.
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'sk',
  name: 'Slovak',
  cues: {
    'names-fraud': ['podvod', 'podvody', 'podvodu', 'podvodom', 'podvodn*', 'falošn*', 'phishing*', 'pokus o podvod'],
    perpetrator: ['podvodník*', 'páchatelia', 'kyberzločinci', 'zločinci', 'útočníci'],
    reported: [
      'údajn*',
      'takéto emaily',
      'takéto e-maily',
      'takéto správy',
      'tieto emaily',
      'tieto e-maily',
      'tieto správy',
      'adresát',
      'príjemca',
      'vydávajú sa za',
      'vydáva sa za',
      'v mene polície',
      'ak dostanete',
      'ak ste dostali',
    ],
    warning: ['upozorňuje', 'upozorňujeme', 'varuje', 'varuje pred', 'pozor na', 'buďte obozretní'],
    advice: [
      'nereagujte',
      'neodpovedajte',
      'neplaťte',
      'neklikajte',
      'neotvárajte',
      'nezadávajte',
      'vymažte',
      'zmažte',
      'zablokujte',
      'nahláste',
      'oznámte to',
    ],
    disclaimer: ['nikdy nezasiela', 'nezasiela', 'nikdy neuvádza', 'nikdy nepožaduje', 'nepožaduje', 'nikdy neposiela', 'neposiela', 'nemá nič spoločné'],
  },
  negators: ['nie', 'nejde', 'žiadny', 'žiadne', 'nikdy'],
  notImperativeAfter: ['ak', 'keď', 'že', 'ktorí', 'kto'],
};
