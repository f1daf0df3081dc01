/**
 * Latvian scam signs. Sources: LSM (rus.lsm.lv) and nasha.la.lv (Valsts policija: letters in the name
 * of Valsts policija / Interpol and its chief, accusing recipients of trading in pornography; those
 * who reply get a "document" demanding a "fine" to end the court case), jauns.lv (Valsts policija:
 * officers never ask for bank access data). Latvian scam wording is not quoted in the stored
 * sources; phrases are careful translations of the common Europol-style template and should be
 * reviewed by a native speaker.
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'lv',
  name: 'Latvian',
  signs: {
    payment: ['veikt maksājumu', 'bankas pārskaitījums', 'pārskaitīt naudu', 'pārskaitīt summu', 'bitkoinos', 'western union', 'tūlītējs maksājums'],
    fine: ['samaksāt sodu', 'samaksāt naudas sodu', 'naudas soda samaksa', 'jāsamaksā sods', 'izbeigtu tiesvedību'],
    deadline: ['24 stundu laikā', '48 stundu laikā', '72 stundu laikā', 'pēdējais brīdinājums'],
    arrest: ['aresta orderis', 'apcietināšanas orderis', 'jūs tiksiet arestēts', 'tūlītējs arests', 'tiksiet aizturēts'],
    register: ['dzimumnoziedznieku reģistrs', 'dzimumnoziedznieku reģistrā', 'seksuālo noziedznieku reģistrs', 'dzimumnoziedznieku sarakstā'],
    exposure: ['nodota medijiem', 'nodota plašsaziņas līdzekļiem', 'visa eiropa', 'jūsu ģimene un draugi'],
    reply: ['jūsu paskaidrojumi', 'jūsu pamatojumu', 'atbildiet uz šo', 'sankciju izvērtēšanai', 'nosūtiet paskaidrojumu'],
    'send-id': ['pases kopija', 'pases kopiju', 'personas apliecības kopija', 'personas apliecības kopiju'],
    'device-lock': ['jūsu dators ir bloķēts', 'dators ir bloķēts', 'jūsu ierīce ir bloķēta', 'atbloķēt datoru', 'jūsu faili ir šifrēti'],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'dāvanu karte', 'priekšapmaksas karte', 'vaučera kods'],
    'word-tell': ['kiberpornogrāfija', 'kiberpornogrāfiju', 'kiberinfiltrācija', 'bērnu aizsardzības brigāde'],
  },
};
