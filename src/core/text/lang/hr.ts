/**
 * Croatian scam signs. Sources: vecernji.hr 2026-03 and varazdinski.net.hr (MUP: fake "pravni
 * postupak" for dječja pornografija, answer "u roku od 48 sati ili će biti uhićeni"), dnevnik.hr
 * 2025-12 (the forged letter of the "ravnatelj operacija Odjela kriminalističke policije",
 * cyberpornografija).
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'hr',
  name: 'Croatian',
  signs: {
    payment: ['uplatite iznos', 'izvršite uplatu', 'hitna uplata', 'uplata u bitcoinima'],
    fine: ['platiti novčanu kaznu', 'novčanu kaznu u iznosu', 'plaćanje novčane kazne'],
    deadline: ['u roku od 48 sati', 'u roku od 72 sata', 'u roku od 24 sata', 'zadnja opomena'],
    arrest: ['bit ćete uhićeni', 'bit ćete uhićen', 'nalog za uhićenje', 'uhidbeni nalog'],
    register: ['registar seksualnih prijestupnika', 'registru seksualnih prijestupnika', 'popis seksualnih prijestupnika'],
    exposure: ['bit će objavljeno u medijima', 'vašoj obitelji i', 'vašem poslodavcu'],
    reply: ['pošaljite nam svoje očitovanje', 'vaše očitovanje', 'odgovorite na ovu poruku', 'procjenu sankcija'],
    'send-id': ['presliku osobne iskaznice', 'kopiju osobne iskaznice', 'kopiju putovnice'],
    'device-lock': ['vaše računalo je blokirano', 'vaše računalo je zaključano', 'vaš uređaj je blokiran', 'datoteke su šifrirane'],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'poklon bon', 'poklon karticu'],
    'word-tell': ['cyberpornografija', 'cyberpornografije', 'kiberpornografija', 'kibernetička infiltracija', 'ravnatelj operacija', 'zapljena računala'],
  },
};
