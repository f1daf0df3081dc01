/**
 * Czech scam signs. Sources: policie.cz 2023 "Pozor na podvodná předvolání" (kyberpornografie,
 * pornografické stránky, online sexuální nabízení a vydírání, pornostránky; registration data asked by
 * e-mail), chip.cz 2022-12 (quoted scam: "vyjádřili e-mailem a napsali nám své zdůvodnění ... za
 * účelem vyhodnocení sankcí ... Přísných 48 hodin ... vydal zatykač a zařadil vás na seznam
 * sexuálních delikventů ... zveřejněn v médiích ... Vaše rodina, komunita a přátelé budou vědět, co na
 * počítači děláte"), smartmania.cz 2025 ("Zaznamenaný přestupek – Oznámení o identifikaci", "Národní
 * centrum pro analýzu pornografie", "POLICIE, trestne oznameni").
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'cs',
  name: 'Czech',
  signs: {
    payment: [
      'provést platbu',
      'zaplatit částku',
      'uhradit částku',
      'bankovní převod',
      'převodem na účet',
      'v bitcoinech',
      'bitcoinová peněženka',
      'bitcoinovou adresu',
      'western union',
      'okamžitá platba',
    ],
    fine: ['zaplatit pokutu', 'zaplacení pokuty', 'uhradit pokutu', 'úhrada pokuty', 'úhradu pokuty', 'pokutu ve výši', 'smírné urovnání', 'zaplaťte pokutu'],
    deadline: [
      'do 24 hodin',
      'do 48 hodin',
      'do 72 hodin',
      '24 hodin',
      '48 hodin',
      '72 hodin',
      'přísných 48 hodin',
      'poslední varování',
      'nyní jste upozorněni',
    ],
    arrest: ['zatykač', 'vydal zatykač', 'vydán zatykač', 'budete zatčen', 'okamžité zatčení', 'vaše zatčení', 'příkaz k zatčení'],
    register: [
      'seznam sexuálních delikventů',
      'seznamu sexuálních delikventů',
      'registr sexuálních delikventů',
      'rejstřík sexuálních delikventů',
      'národní registr sexuálních',
    ],
    exposure: [
      'zveřejněn v médiích',
      'zveřejněno v médiích',
      'informována široká veřejnost',
      'široká veřejnost',
      'na počítači děláte',
      'komunita a přátelé',
      'předán médiím',
      'celá evropa',
    ],
    reply: [
      'své zdůvodnění',
      'vaše zdůvodnění',
      'vyjádřili e-mailem',
      'vyjádřete se e-mailem',
      'odpovězte na tento',
      'vyhodnocení sankcí',
      'registračních údajů',
    ],
    'send-id': [
      'kopii občanského průkazu',
      'kopie občanského průkazu',
      'sken občanského průkazu',
      'kopii pasu',
      'kopie pasu',
      'fotografii dokladu',
      'zaslání registračních údajů',
    ],
    'device-lock': [
      'váš počítač byl zablokován',
      'počítač byl zablokován',
      'vaše zařízení bylo zablokováno',
      'odblokování počítače',
      'odblokovat počítač',
      'soubory byly zašifrovány',
    ],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'dárková karta', 'dárkovou kartu', 'předplacená karta', 'kód voucheru', 'google play karta', 'itunes karta'],
    'word-tell': [
      'kyberpornografie',
      'kyberpornografii',
      'kyber pornografie',
      'kyberinfiltrace',
      'kybernetická infiltrace',
      'pornostránky',
      'online sexuální nabízení',
      'analýzu pornografie',
      'trestne oznameni',
      'zaznamenaný přestupek',
      'oznámení o identifikaci',
    ],
  },
};
