/**
 * Danish scam signs. Sources: Ekstra Bladet 2021-08 (Europol: fake messages in many languages using
 * Catherine De Bolle's name), BT 2018 (Nordsjællands Politi: bitcoin demand), the Norwegian/Swedish
 * Europol-style mails (politiet.no, ABC Nyheter, Ulricehamns Tidning) carefully translated. Danish
 * police use "børneporno" themselves, so it is not a word tell here.
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'da',
  name: 'Danish',
  signs: {
    payment: [
      'foretage betaling',
      'foretage en betaling',
      'bankoverførsel',
      'overføre beløbet',
      'i bitcoin',
      'bitcoins svarende til',
      'bitcoin-adresse',
      'western union',
      'betal straks',
      'betale med det samme',
      'mobilepay beløbet',
    ],
    fine: ['betale bøden', 'betale en bøde', 'en bøde på', 'betaling af bøden', 'mindelig ordning', 'undgå retsforfølgelse'],
    deadline: ['inden for 24 timer', 'inden for 48 timer', 'inden for 72 timer', 'sidste advarsel', 'svarfrist'],
    arrest: ['arrestordre', 'anholdelsesordre', 'du vil blive anholdt', 'blive anholdt', 'øjeblikkelig anholdelse', 'din anholdelse'],
    register: [
      'register over seksualforbrydere',
      'registreret som seksualforbryder',
      'seksualforbryderregister',
      'seksualforbryderregistret',
      'liste over seksualforbrydere',
    ],
    exposure: [
      'sendt til medierne',
      'videregivet til medierne',
      'overdraget til medierne',
      'din familie og venner',
      'hele europa',
      'tv-kanaler',
      'dine kontaktpersoner',
    ],
    reply: ['dine begrundelser', 'svar på denne e-mail', 'besvare denne e-mail', 'svare på e-mailen', 'vurdere sanktionerne', 'retfærdiggøre dig'],
    'send-id': ['kopi af dit pas', 'kopi af dit kørekort', 'kopi af dit sygesikringskort', 'billede af dit pas', 'send dit pas', 'kopi af legitimation'],
    'device-lock': [
      'computer er blevet låst',
      'din computer er låst',
      'enhed er blevet låst',
      'låse din computer op',
      'oplåsning af computeren',
      'filer er blevet krypteret',
    ],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'gavekort', 'værdikort', 'voucherkode', 'google play-kort', 'itunes-kort', 'steam-kort'],
    'word-tell': ['cyberpornografi', 'cyber-infiltration', 'cyberinfiltration', 'computerbeslaglæggelse', 'netpornografisk', 'brigaden for beskyttelse'],
  },
};
