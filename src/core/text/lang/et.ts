/**
 * Estonian scam signs. Sources: hiiuleht.ee 2023-02 (politsei: an e-mail "justkui politseilt" on a
 * kriminaalmenetlus for visiting pornographic sites, then "trahvi 7522 eurot", then a photo of the
 * ID card), politsei.ee advice on "petukiri", ERR reports of the pan-European fake-summons wording
 * (lapsporno, pedofiilia, ekshibitsionism, küberpornograafia).
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'et',
  name: 'Estonian',
  signs: {
    payment: ['tasuge trahv', 'makske trahv', 'kandke raha', 'tasuda trahv'],
    fine: ['trahvi summas', 'trahv summas', 'trahvi tasumine'],
    deadline: ['72 tunni jooksul', '48 tunni jooksul', '24 tunni jooksul', 'viimane hoiatus'],
    arrest: ['teid vahistatakse', 'vahistamismäärus teie', 'teid peetakse kinni'],
    register: ['seksuaalkurjategijate registrisse', 'seksuaalkurjategijate register'],
    exposure: ['avalikustatakse meedias', 'teie perekonnale ja', 'teie tööandjale'],
    reply: ['saatke meile oma selgitused', 'oma selgitused', 'vastake sellele kirjale', 'sanktsioonide hindamiseks'],
    'send-id': ['isikutunnistuse koopia', 'isikutunnistuse pilt', 'passi koopia'],
    'device-lock': ['teie arvuti on lukustatud', 'teie arvuti on blokeeritud', 'teie seade on lukustatud', 'teie failid on krüpteeritud'],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'kinkekaardi kood'],
    'word-tell': ['küberpornograafia', 'küberinfiltratsioon', 'arvuti konfiskeerimist', 'ekshibitsionism'],
  },
};
