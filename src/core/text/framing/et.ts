/**
 * Estonian framing cues. Wording seen in politsei.ee advice ("kui aimate, et tegemist on pettusega,
 * kustutage kiri ja blokeerige saatja"), hiiuleht.ee 2023-02 ("e-kirja, mille saatjaks oli justkui
 * politsei") and ERR reports of "petukiri" warnings; "juhib tähelepanu" (draws attention) and "väidetakse"
 * (it is claimed) are the press-release voice of Estonian police and tax-office warnings. A native speaker should review it.
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'et',
  name: 'Estonian',
  cues: {
    'names-fraud': ['pettus*', 'petukir*', 'petuskeem*', 'kelmus*', 'õngitsus*', 'võlts*', 'phishing*'],
    perpetrator: ['petturid', 'petturite', 'kelmid', 'kurjategijad'],
    reported: [
      'kirjas väidetakse',
      'sõnumis väidetakse',
      'mille saatjaks oli',
      'saajad',
      'saajatel',
      'justkui',
      'selliseid kirju',
      'sellised kirjad',
      'taolisi kirju',
      'politsei nimel',
      'kui saate',
      'kui te saite',
      'väidetakse',
      'väidetavalt',
    ],
    warning: ['hoiatab', 'hoiatavad', 'olge valvsad', 'olge ettevaatlikud', 'manitseb', 'juhib tähelepanu', 'juhivad tähelepanu'],
    advice: ['ärge vastake', 'ärge makske', 'ärge klõpsake', 'ärge avage', 'kustutage', 'kustuta', 'blokeerige saatja', 'teavitage politseid'],
    disclaimer: ['ei ole politseilt', 'ei saada selliseid', 'ei saada', 'ei küsi', 'ei nõua', 'ei vasta tõele', 'pole seotud'],
  },
  negators: ['ei', 'pole', 'mitte', 'iial'],
  notImperativeAfter: ['kui', 'et', 'mis', 'kes', 'te'],
};
