/**
 * Lithuanian framing cues. Wording seen in Lietuvos policija warnings reported by diena.lt
 * (2025-12: "nedaryti skubotų sprendimų", the "Padėk ragelį" campaign) and tv3.lt (2025-05:
 * "apsimetant banko, policijos ar kitų įstaigų atstovais"). A native speaker should review it.
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'lt',
  name: 'Lithuanian',
  cues: {
    'names-fraud': ['sukčiavimo schem*', 'sukčiavim*', 'apgavyst*', 'apgaul*', 'netikr*', 'suklastot*', 'phishing*'],
    perpetrator: ['sukčiai', 'sukčių', 'aferistai', 'nusikaltėliai'],
    reported: [
      'esą',
      'neva',
      'tariamai',
      'žinutėse teigiama',
      'teigiama, kad',
      'gavėjai',
      'gavėjams',
      'tokie laiškai',
      'tokius laiškus',
      'tokias žinutes',
      'tokie pranešimai',
      'policijos vardu',
      'apsimetant',
      'prisistatydami',
      'jei gavote',
      'jeigu gavote',
    ],
    warning: ['įspėja', 'perspėja', 'ragina būti budriems', 'būkite budrūs', 'atkreipia dėmesį'],
    advice: ['neatsakykite', 'nespauskite', 'neatidarykite', 'nemokėkite', 'ištrinkite', 'praneškite policijai'],
    disclaimer: ['nesiunčia tokių', 'nėra susiję', 'niekada neprašo', 'nesiunčia', 'niekada nesiunčia', 'neprašo', 'neturi nieko bendra'],
  },
  negators: ['ne', 'nėra', 'niekada', 'jokio', 'jokios'],
  notImperativeAfter: ['jei', 'jeigu', 'kad', 'kurie', 'jūs'],
};
