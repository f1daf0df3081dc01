/**
 * Slovenian scam signs. Sources: siol.net 2023-11 / n1info.si 2023-11 (policija: "vabilo priči ...
 * zaradi otroške pornografije", utemeljitve v roku 48 ur, "registriran v vseh upravah po Evropi"),
 * n1info.si 2023-12 (takojšnja aretacija, seznam spolnih prestopnikov), 24ur.com ("sodni poziv za
 * pedofilijo"), siol.net ("raziskali in preverili sankcije", "Nikomur ničesar ne plačujte"),
 * novice.si 2025 (denarna nakazila).
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'sl',
  name: 'Slovenian',
  signs: {
    payment: [
      'izvesti plačilo',
      'nakazilo denarja',
      'bančno nakazilo',
      'nakažite znesek',
      'v bitcoinih',
      'bitcoin denarnica',
      'western union',
      'takojšnje plačilo',
      'plačati znesek',
    ],
    fine: ['plačati globo', 'plačilo globe', 'poravnati globo', 'globo v višini', 'plačilo kazni', 'poravnava kazni'],
    deadline: [
      'v roku 24 ur',
      'v roku 48 ur',
      'v roku 72 ur',
      '24 ur',
      '48 ur',
      '72 ur',
      'v 24 urah',
      'v 48 urah',
      'v 72 urah',
      'zadnje opozorilo',
      'čim prej javite',
    ],
    arrest: ['takojšnja aretacija', 'takojšnjo aretacijo', 'nalog za prijetje', 'nalog za aretacijo', 'boste aretirani', 'vaša aretacija'],
    register: [
      'seznam spolnih prestopnikov',
      'seznamu spolnih prestopnikov',
      'register spolnih prestopnikov',
      'registriran v vseh upravah',
      'evidenco spolnih prestopnikov',
      'v vseh upravah po',
    ],
    exposure: ['posredovano medijem', 'objavljeno v medijih', 'javno sramotenje', 'vsa evropa', 'vaša družina in'],
    reply: [
      'vaše utemeljitve',
      'svoje utemeljitve',
      'utemeljitve v roku',
      'odgovorite na to',
      'odgovorite po elektronski',
      'preverili sankcije',
      'raziskali in preverili',
    ],
    'send-id': ['kopijo osebne izkaznice', 'kopija osebne izkaznice', 'kopijo potnega lista', 'kopija potnega lista', 'fotografijo dokumenta'],
    'device-lock': [
      'vaš računalnik je zaklenjen',
      'računalnik je bil zaklenjen',
      'računalnik je blokiran',
      'vaša naprava je zaklenjena',
      'odkleniti računalnik',
      'datoteke so bile šifrirane',
    ],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'darilna kartica', 'darilno kartico', 'predplačniška kartica', 'koda bona', 'google play kartica'],
    'word-tell': ['kiberpornografija', 'kiberpornografijo', 'kibernetska infiltracija', 'kiberinfiltracija', 'sodni poziv za pedofilijo', 'zaseg računalnika'],
  },
};
