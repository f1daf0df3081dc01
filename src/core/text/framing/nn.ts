/**
 * Norwegian Nynorsk framing cues. Wording after the Kripos and politiet.no warnings in Nynorsk
 * ("Kripos åtvarar mot e-postar der nokon gir seg ut for å vere politiet", "Ifølgje e-posten",
 * "Slett e-posten", "Politiet ville aldri …").
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'nn',
  name: 'Norwegian Nynorsk',
  cues: {
    'names-fraud': ['*svindel*', '*bedrageri*', 'falske e-postar', 'falsk e-post', 'falske meldingar', 'falsk melding', 'falske brev', 'phishing*', 'nettfiske'],
    perpetrator: ['svindlarar', 'svindlarane', 'svindlaren', 'dei kriminelle', 'bakmennene', 'avsendarane'],
    reported: [
      'gir seg ut for',
      'gjev seg ut for',
      'utgjev seg for',
      'ifølgje e-posten',
      'ifølgje meldinga',
      'mottakaren',
      'mottakarane',
      'slike meldingar',
      'slike e-postar',
      'slik e-post',
      'ein slik e-post',
      'om du får ein',
      'dersom du får ein',
      'om du får slike',
      'påståtte',
      'i namnet til',
    ],
    warning: ['åtvarar', 'åtvarar mot', 'åtvaring mot', 'ver merksam på', 'ver på vakt'],
    advice: [
      'ikkje svar',
      'ikkje betal',
      'ikkje klikk',
      'ikkje opne',
      'svar ikkje',
      'betal ikkje',
      'klikk ikkje',
      'slett e-posten',
      'slett meldinga',
      'bør slettast',
      'skal slettast',
      'kontakt banken',
      'er du usikker',
      'sjekk avsendar*',
    ],
    disclaimer: [
      'ville aldri',
      'vil aldri',
      'tek ikkje kontakt',
      'kontaktar aldri',
      'ber aldri',
      'sender aldri',
      'kjem ikkje frå',
      'går ikkje til politiet',
      'ikkje går til politiet',
      'sluttar alltid på',
    ],
  },
  negators: ['ikkje', 'ingen', 'aldri'],
  notImperativeAfter: ['du', 'de', 'vi', 'eg', 'om', 'dersom', 'viss', 'som', 'at'],
};
