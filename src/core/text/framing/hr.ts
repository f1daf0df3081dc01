/**
 * Croatian framing cues. Wording seen in MUP / policija.gov.hr warnings reported by vecernji.hr
 * (2026-03: "pošiljatelji se lažno predstavljaju kao policija", "takve poruke odmah obrišu, na njih
 * ne odgovaraju i ni u kojem slučaju ne uplaćuju novac"), varazdinski.net.hr and dnevnik.hr
 * (2025-12: "poruka je lažna", "dovoljno je na nju ne odgovoriti i obrisati ju"). A native speaker
 * should review it.
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'hr',
  name: 'Croatian',
  cues: {
    'names-fraud': ['prijevar*', 'lažn*', 'phishing*', 'krivotvoren*', 'prevar*', 'lažnim', 'obmana', 'obmane'],
    perpetrator: ['prevaranti', 'prevaranata', 'napadači', 'počinitelji', 'kriminalci', 'prevarant*', 'kibernetički kriminalci', 'hakeri'],
    reported: [
      'primatelji',
      'primateljima',
      'takve poruke',
      'takvu poruku',
      'ovakve poruke',
      'lažno predstavlja*',
      'u ime policije',
      'navodn*',
      'ako građani prime',
      'ako ste primili',
      'ako primite',
      'tvrde',
      'tvrdi se',
      'navodno',
      'lažno se predstavljaju',
      'predstavljaju se kao',
      'žrtve',
      'oštećeni',
      'primjer poruke',
      'sadržaj poruke',
    ],
    warning: [
      'upozorava',
      'upozoravaju',
      'upozoravamo',
      'apeliraju',
      'budite oprezni',
      'upozorenje na',
      'poziva građane',
      'savjetuje',
      'ističu',
      'naglašavaju',
    ],
    advice: [
      'ne odgovarajte',
      'ne odgovarati',
      'ne otvarajte',
      'ne klikajte',
      'ne plaćajte',
      'ne uplaćujte',
      'obrišite',
      'prijavite',
      'obavijestite policiju',
      'ne ispunjavajte',
      'ne dajte',
      'ne unosite',
      'ignorirajte',
      'blokirajte pošiljatelja',
    ],
    disclaimer: [
      'ne koristi',
      'ne šalje',
      'nikad ne šalje',
      'ne traži',
      'nema nikakve veze',
      'nikada ne traži',
      'ne šalje poruke',
      'nikada ne šalje',
      'ne naplaćuje',
      'nije poslala',
      'nisu poslane',
    ],
  },
  negators: ['ne', 'nije', 'nisu', 'nikad', 'nikada'],
  notImperativeAfter: ['ako', 'da', 'koji', 'koja', 'vi'],
};
