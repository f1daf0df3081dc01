/**
 * Lithuanian scam signs. Sources: diena.lt 2025-12 (the fake traffic-fine SMS, "bauda už Kelių
 * eismo taisyklių pažeidimą" with a link), tv3.lt 2025-05 (callers posing as police), policija.lt
 * warnings on the pan-European fake-summons wording (vaikų pornografija, pedofilija,
 * ekshibicionizmas, kiberpornografija).
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'lt',
  name: 'Lithuanian',
  signs: {
    payment: ['sumokėkite baudą', 'sumokekite bauda', 'apmokėkite baudą', 'nedelsiant sumokėti', 'nedelsiant sumoketi'],
    fine: ['nesumokėta bauda', 'nesumoketa bauda', 'nesumokėtą baudą', 'bauda už kelių eismo'],
    deadline: ['per 72 valandas', 'per 48 valandas', 'per 24 valandas', 'paskutinis įspėjimas'],
    arrest: ['būsite suimtas', 'būsite sulaikytas', 'arešto orderis jūsų', 'jūsų areštas'],
    register: ['seksualinių nusikaltėlių registr*', 'pedofilų registr*', 'nacionalinį registrą'],
    exposure: ['bus paskelbta žiniasklaidoje', 'jūsų šeimai ir', 'jūsų darbdaviui'],
    reply: ['atsiųskite mums savo paaiškinimus', 'savo paaiškinimus per', 'atsakykite į šį laišką', 'sankcijų įvertinimo'],
    'send-id': ['asmens tapatybės kortelės kopiją', 'paso kopiją'],
    'device-lock': ['jūsų kompiuteris užblokuotas', 'jūsų kompiuteris buvo užblokuotas', 'jūsų įrenginys užblokuotas', 'jūsų failai užšifruoti'],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'dovanų kortelę'],
    'word-tell': ['kiberpornografija', 'kiberpornografijos', 'kibernetinė infiltracija', 'kompiuterio konfiskavimo'],
  },
};
