/**
 * Latvian framing cues. Wording seen in Valsts policija warnings ("ne policijas, ne citu valsts
 * iestāžu darbinieki nezvanīs", "nekad neprasīs atklāt piekļuves datus", "Krāpnieciskas e-pasta
 * vēstules tiek izsūtītas Valsts policijas vārdā") and CERT.LV advice. Smaller list; a native
 * speaker should review it.
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'lv',
  name: 'Latvian',
  cues: {
    'names-fraud': ['krāpšan*', 'krāpniecisk*', 'krāpniecīb*', 'viltot*', 'viltus', 'pikšķerēšan*', 'phishing*'],
    perpetrator: ['krāpniek*', 'noziedznieki', 'ļaundari'],
    reported: [
      'it kā',
      'vēstulēs teikts',
      'īsziņās teikts',
      'tiek apgalvots',
      'tiek izsūtītas',
      'tiek izsūtīti',
      'tiek sūtītas',
      'policijas vārdā',
      'iestāžu vārdā',
      'uzdodoties par',
      'uzdodas par',
      'saņēmēj*',
      'šādas vēstules',
      'šādus e-pastus',
      'šādas e-pasta',
      'šādi e-pasti',
      'ja saņemat',
      'ja esat saņēmis',
    ],
    warning: ['brīdina', 'atgādina', 'esiet uzmanīgi', 'esiet piesardzīgi', 'aicina būt uzmanīgiem'],
    advice: [
      'neatbildiet',
      'nemaksājiet',
      'neklikšķiniet',
      'neatveriet',
      'neatklājiet',
      'dzēsiet',
      'izdzēsiet',
      'ziņojiet',
      'informējiet policiju',
      'sazinieties ar banku',
    ],
    disclaimer: [
      'nesūta šādas',
      'nav no policijas',
      'nekad neprasīs',
      'nekad neprasa',
      'nezvanīs',
      'nekad nesūta',
      'nesūta',
      'nekad nesazinās',
      'nav saistīt*',
    ],
  },
  negators: ['ne', 'nav', 'nekad', 'nekāds', 'nekāda'],
  notImperativeAfter: ['ja', 'ka', 'kas', 'kuri'],
};
