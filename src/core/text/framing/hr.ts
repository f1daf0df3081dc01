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
    'names-fraud': ['prijevar*', 'lažn*', 'phishing*', 'krivotvoren*'],
    perpetrator: ['prevaranti', 'prevaranata', 'napadači', 'počinitelji', 'kriminalci'],
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
    ],
    warning: ['upozorava', 'upozoravaju', 'upozoravamo', 'apeliraju', 'budite oprezni'],
    advice: ['ne odgovarajte', 'ne odgovarati', 'ne otvarajte', 'ne klikajte', 'ne plaćajte', 'ne uplaćujte', 'obrišite', 'prijavite', 'obavijestite policiju'],
    disclaimer: ['ne koristi', 'ne šalje', 'nikad ne šalje', 'ne traži', 'nema nikakve veze'],
  },
  negators: ['ne', 'nije', 'nisu', 'nikad', 'nikada'],
  notImperativeAfter: ['ako', 'da', 'koji', 'koja', 'vi'],
};
