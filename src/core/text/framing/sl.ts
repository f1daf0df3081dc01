/**
 * Slovenian framing cues. Wording seen in policija.si warnings ("Policija opozarja na lažno
 * sporočilo", "Sporočilo nima nobene povezave s slovensko policijo in Europolom", "Nanj se ne
 * odzivajte, izbrišite ga in blokirajte pošiljatelja") and SI-CERT / Varni na internetu advice.
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'sl',
  name: 'Slovenian',
  cues: {
    'names-fraud': ['prevara', 'prevare', 'prevaro', 'prevari', 'lažn*', 'goljufij*', 'goljufiv*', 'phishing*', 'spletna prevara', 'lažno'],
    perpetrator: ['prevarant*', 'goljufi', 'spletni goljufi', 'storilci', 'kriminalci', 'spletni kriminalci', 'hekerji', 'napadalci'],
    reported: [
      'prejemnik*',
      'takšna sporočila',
      'takšnih sporočil',
      'taka sporočila',
      'ta sporočila',
      'se predstavljajo kot',
      'se izdajajo za',
      'v imenu policije',
      'če prejmete',
      'če ste prejeli',
      'domnevn*',
      'trdijo',
      'trdi se',
      'naj bi',
      'oškodovanci',
      'žrtve',
      'pod pretvezo',
      'primer sporočila',
      'vsebina sporočila',
      'se lažno predstavljajo',
    ],
    warning: ['opozarja', 'opozarjajo', 'opozarjamo', 'svari', 'bodite pozorni', 'bodite previdni', 'opozorilo pred', 'svetuje', 'svetujejo'],
    advice: [
      'se ne odzivajte',
      'ne odzivajte',
      'ne odgovarjajte',
      'ne plačujte',
      'ne plačajte',
      'ne klikajte',
      'ne odpirajte',
      'izbrišite',
      'blokirajte pošiljatelja',
      'prijavite',
      'obvestite policijo',
      'ne izpolnjujte',
      'ne posredujte',
      'ne vnašajte',
      'ignorirajte',
    ],
    disclaimer: [
      'nima nobene povezave',
      'nima nič skupnega',
      'nikoli ne pošilja',
      'ne pošilja',
      'nikoli ne zahteva',
      'ne zahteva',
      'ne izterjuje',
      'ni poslala',
      'niso poslana',
      'ne prihaja',
    ],
  },
  negators: ['ne', 'ni', 'niso', 'nikoli', 'noben', 'nobena'],
  notImperativeAfter: ['če', 'ko', 'da', 'ki'],
};
