/**
 * Slovak scam signs. Sources: info.sk 2025-10 (Odbor počítačovej kriminality: fake "predvolanie" by
 * e-mail announcing charges and immediate arrest, machine-translated), refresher.sk / TASR 2025-10
 * (fake Ministry of the Interior message: mobile blocked for viewing pornography, fine for
 * unblocking), 24hod.sk 2020 (bitcoin 1 350 dollars within 48 hours), info.sk 2026-01 (police never
 * ask for money or card data). Phrasing of the Europol-style mail is carried over from the Czech
 * originals (policie.cz, chip.cz), carefully translated.
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'sk',
  name: 'Slovak',
  signs: {
    payment: [
      'vykonať platbu',
      'zaplatiť sumu',
      'uhradiť sumu',
      'bankový prevod',
      'v bitcoinoch',
      'bitcoinová peňaženka',
      'bitcoinovú adresu',
      'western union',
      'okamžitá platba',
      'údaje z karty',
    ],
    fine: ['zaplatiť pokutu', 'zaplatenie pokuty', 'uhradiť pokutu', 'úhrada pokuty', 'pokutu vo výške', 'pokutu za odblokovanie', 'zaplatenie pokuty za'],
    deadline: ['do 24 hodín', 'do 48 hodín', 'do 72 hodín', '24 hodín', '48 hodín', '72 hodín', 'posledné varovanie', 'lehota 72 hodín'],
    arrest: ['zatykač', 'vydať zatykač', 'budete zatknutý', 'bezprostredne zatknutý', 'okamžité zatknutie', 'vaše zatknutie', 'príkaz na zatknutie'],
    register: ['register sexuálnych delikventov', 'zoznam sexuálnych delikventov', 'zoznamu sexuálnych delikventov', 'národný register sexuálnych'],
    exposure: ['zverejnený v médiách', 'zverejnené v médiách', 'poskytnutý médiám', 'široká verejnosť', 'na počítači robíte', 'celá európa'],
    reply: ['vaše zdôvodnenie', 'svoje zdôvodnenie', 'odpovedzte na tento', 'vyjadrite sa e-mailom', 'vyhodnotenia sankcií', 'vaše vysvetlenie e-mailom'],
    'send-id': ['kópiu občianskeho preukazu', 'kópia občianskeho preukazu', 'sken občianskeho preukazu', 'kópiu pasu', 'kópia pasu', 'fotografiu dokladu'],
    'device-lock': [
      'váš počítač bol zablokovaný',
      'počítač bol zablokovaný',
      'váš telefón bol zablokovaný',
      'mobil bol zablokovaný',
      'vaše zariadenie bolo zablokované',
      'za odblokovanie',
      'získalo kontrolu nad',
      'súbory boli zašifrované',
    ],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'darčeková karta', 'darčekovú kartu', 'predplatená karta', 'kód voucheru', 'google play karta'],
    'word-tell': [
      'kyberpornografia',
      'kyberpornografiu',
      'kybernetická infiltrácia',
      'kyberinfiltrácia',
      'pornostránky',
      'online sexuálne ponúkanie',
      'trestne oznamenie',
    ],
  },
};
