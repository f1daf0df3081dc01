/**
 * Finnish scam signs. Sources: Iltalehti 2022-09 (full quoted KRP-impersonation mail: "Sinulle on
 * ilmoitettu, että sinua kuulustellaan ... PS: Tämä ei ole virhe", sender "KANSALLINEN POLIISI"),
 * Aamulehti 2022-03 (KRP: subject "artikla 360", PDF attachments), MTV Uutiset 2026-02 (Sisä-Suomen
 * poliisi: 24 tunnin uhka; police never ask for bank credentials; official addresses end in
 * poliisi.fi), Verkkouutiset 2026-02 (Kyberturvallisuuskeskus: "haastekirje", "asianomaiseksi
 * osapuoleksi"), stara.fi (selvitys sähköpostitse).
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'fi',
  name: 'Finnish',
  signs: {
    payment: [
      'suorita maksu',
      'suorittaa maksu',
      'maksa heti',
      'pankkisiirto',
      'bitcoineina',
      'bitcoin-lompakko',
      'western union',
      'maksa summa',
      'maksutietosi',
    ],
    fine: ['maksaa sakko', 'maksa sakko', 'sakon maksaminen', 'sakkomaksu', 'sovinnollinen ratkaisu', 'välttää syytteen'],
    deadline: ['24 tunnin kuluessa', '48 tunnin kuluessa', '72 tunnin kuluessa', 'viimeinen varoitus'],
    arrest: ['pidätysmääräys', 'sinut pidätetään', 'teidät pidätetään', 'välitön pidätys', 'pidätetään välittömästi'],
    register: ['seksuaalirikollisten rekisteri', 'seksuaalirikollisten rekisteriin', 'seksuaalirikollisrekisteri', 'rekisteröidään seksuaalirikolliseksi'],
    exposure: ['välitetään tiedotusvälineille', 'lähetetään medialle', 'koko eurooppa', 'perheesi ja ystäväsi'],
    reply: [
      'perustelusi',
      'vastaa tähän sähköpostiin',
      'vastaa tähän viestiin',
      'selvitys sähköpostitse',
      'sinua kuulustellaan',
      'asianomaiseksi osapuoleksi',
      'seuraamusten arvioimiseksi',
    ],
    'send-id': ['kopio passistasi', 'kopio henkilökortistasi', 'kuva henkilökortista', 'pankkitunnuksesi', 'lähetä passi'],
    'device-lock': [
      'tietokoneesi on lukittu',
      'tietokone on lukittu',
      'laitteesi on lukittu',
      'lukituksen avaaminen',
      'avata lukitus',
      'tiedostosi on salattu',
    ],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'lahjakortti', 'lahjakortilla', 'arvokortti', 'google play -kortti', 'itunes-kortti'],
    'word-tell': ['kyberpornografia', 'kybersoluttautuminen', 'artikla 360', 'tämä ei ole virhe', 'kansallinen poliisi', 'haastekirje'],
  },
};
