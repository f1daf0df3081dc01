/**
 * Maltese framing cues. Wording seen in Pulizija ta' Malta warnings ("Il-Pulizija twissi li qed
 * jiċċirkolaw emails foloz", "Dawn l-emails huma scam: tweġbux u ħassruhom"); Maltese warnings
 * often use the English "scam", which the English list covers too. Smaller list; a native speaker
 * should review it.
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'mt',
  name: 'Maltese',
  cues: {
    'names-fraud': ['scam', 'frodi', 'qerq', 'foloz', 'falz', 'falza', 'phishing', 'scams', 'iscam', 'truffa'],
    perpetrator: ['frodisti', 'il-kriminali', 'scammers', 'scammer', 'l-iscammers'],
    reported: [
      'ir-riċevitur',
      'ir-riċevituri',
      'riċevitur',
      'riċevituri',
      'dawn l-emails',
      'dawn il-messaġġi',
      'emails bħal dawn',
      'messaġġi bħal dawn',
      'jippretendu li',
      'jgħidu li',
      'jiċċirkolaw',
      'jekk tirċievi',
      "f'isem il-pulizija",
      'jallegaw',
      'allegatament',
      'il-vittmi',
    ],
    warning: ['twissi', 'tavża', 'oqogħdu attenti', 'qed twissi', 'tħeġġeġ', 'tappella', 'tagħti parir'],
    advice: [
      'tweġbux',
      'twieġbux',
      'tħallsux',
      'tikklikkjawx',
      'tiftħux',
      'ħassruhom',
      'ħassru l-email',
      'injorawhom',
      'irrappurtaw',
      'timlewx',
      'tagħtux',
      'tibagħtux',
      'ibblokkja',
    ],
    disclaimer: [
      'qatt ma titlob',
      'qatt ma tibgħat',
      'qatt ma tikkuntattja',
      "m'għandha x'taqsam xejn",
      'ma tibgħatx',
      'qatt ma jitolbu',
      'mhix mibgħuta minn',
      'mhuwiex mibgħut',
    ],
  },
  negators: ['mhux', 'mhix', 'mhuwiex', 'qatt'],
  notImperativeAfter: ['jekk', 'li'],
};
