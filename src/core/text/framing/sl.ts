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
    'names-fraud': ['prevara', 'prevare', 'prevaro', 'prevari', 'lažn*', 'goljufij*', 'goljufiv*', 'phishing*', 'spletna prevara'],
    perpetrator: ['prevarant*', 'goljufi', 'spletni goljufi', 'storilci', 'kriminalci', 'spletni kriminalci'],
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
    ],
    warning: ['opozarja', 'opozarjajo', 'opozarjamo', 'svari', 'bodite pozorni', 'bodite previdni'],
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
    ],
    disclaimer: ['nima nobene povezave', 'nima nič skupnega', 'nikoli ne pošilja', 'ne pošilja', 'nikoli ne zahteva'],
  },
  negators: ['ne', 'ni', 'niso', 'nikoli', 'noben', 'nobena'],
  notImperativeAfter: ['če', 'ko', 'da', 'ki'],
};
