/**
 * Icelandic framing cues. Wording seen in lögreglan / LRH warnings ("Lögreglunni hafa borist
 * tilkynningar um tölvupóst þar sem látið er líta út fyrir …", "ekkert er hæft í honum", "Þeir sem
 * fá slíkan póst eru beðnir um að senda hann á cybercrime@lrh.is") and the frequent phrase
 * "óprúttnir aðilar" (unscrupulous parties). Smaller list; a native speaker should review it.
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'is',
  name: 'Icelandic',
  cues: {
    'names-fraud': ['*svindl*', '*svik', 'svikapóst*', 'fjársvik*', 'falsk*', 'fölsk*', 'vefveiðar', 'phishing*'],
    perpetrator: ['svikarar*', 'svindlar*', 'óprúttn*', 'glæpamenn*', 'netglæpamenn*'],
    reported: [
      'viðtakand*',
      'látið er líta út fyrir',
      'látið líta út fyrir',
      'þar sem látið er',
      'þeir sem fá',
      'slíkan póst',
      'slíkum pósti',
      'slík skilaboð',
      'slíka pósta',
      'hafa borist tilkynningar',
      'borist tilkynningar',
      'pósturinn er sendur',
      'þykjast vera',
      'þykist vera',
      'í nafni lögreglu*',
    ],
    warning: ['varar við', 'vara við', 'verið á varðbergi'],
    advice: [
      'ekki svara',
      'ekki greiða',
      'ekki borga',
      'ekki smella',
      'ekki opna',
      'svarið ekki',
      'greiðið ekki',
      'eyðið póstinum',
      'eyða póstinum',
      'eru beðnir um að senda',
      'tilkynnið',
    ],
    disclaimer: ['ekkert er hæft í', 'er ekki frá lögreglu*', 'sendir aldrei', 'biður aldrei', 'mun aldrei', 'myndi aldrei', 'á ekki við rök'],
  },
  negators: ['ekki', 'enginn', 'engin', 'ekkert', 'aldrei'],
  notImperativeAfter: ['þú', 'þið', 'við', 'ef', 'sem', 'að'],
};
