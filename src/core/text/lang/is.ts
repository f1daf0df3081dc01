/**
 * Icelandic scam signs. Sources: DV 2025-09-15 (lögreglan á höfuðborgarsvæðinu: fake "Interpol" mail
 * in broken Icelandic: "netklám, klámsveða, barnaklám", "Við viljum láta þig vita að þú ert
 * undirorpinn ýmsum lagalegum málsmeðferðum", written answer and reasoning within 48 hours or
 * arrest; cites non-existent "refsilög"), logreglan.is 2019 (fake CIA mail, hoping people pay out of
 * fear), Fréttatíminn 2025 (ríkislögreglustjóri: do not give card details). A smaller list: Icelandic
 * wording beyond these sources is carefully translated and should be reviewed by a native speaker.
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'is',
  name: 'Icelandic',
  signs: {
    payment: ['greiða upphæðina', 'leggja inn á', 'millifæra upphæðina', 'í bitcoin', 'western union', 'kortaupplýsingar þínar'],
    fine: ['greiða sekt', 'greiða sektina', 'sekt að upphæð', 'greiðsla sektar'],
    deadline: ['innan 24 klukkustunda', 'innan 48 klukkustunda', 'innan 72 klukkustunda', 'síðasta viðvörun'],
    arrest: ['handtökuskipun', 'verður handtekinn', 'verður handtekin', 'handtaka þig', 'tafarlaus handtaka'],
    register: ['skrá yfir kynferðisbrotamenn', 'kynferðisbrotamannaskrá', 'skráður sem kynferðisbrotamaður'],
    exposure: ['sent til fjölmiðla', 'afhent fjölmiðlum', 'öll evrópa', 'fjölskylda þín og vinir'],
    reply: ['skriflegs svars', 'skriflegt svar', 'rökstuðnings innan', 'svara þessum tölvupósti', 'svaraðu þessum pósti'],
    'send-id': ['afrit af vegabréfi', 'afrit af skilríkjum', 'mynd af skilríkjum', 'sendu vegabréfið'],
    'device-lock': ['tölvan hefur verið læst', 'tölvan þín er læst', 'tækið hefur verið læst', 'aflæsa tölvunni', 'skrárnar hafa verið dulkóðaðar'],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'gjafakort', 'inneignarkort', 'google play kort'],
    'word-tell': ['netklám', 'klámsveða', 'lagalegum málsmeðferðum', 'refsilögum', 'brú barnaverndar'],
  },
};
