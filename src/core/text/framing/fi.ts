/**
 * Finnish framing cues. Wording seen in poliisi.fi warnings ("Sisä-Suomen poliisilaitos varoittaa
 * huijaussähköpostista", "Poliisi ei koskaan pyydä sähköpostitse pankkitunnuksia", "Poliisin
 * viralliset sähköpostiosoitteet päättyvät aina poliisi.fi-päätteeseen") and Kyberturvallisuuskeskus
 * advice. Finnish compounds and cases need stems: `*huijau*` (huijaus, huijauksen,
 * huijaussähköposti, sähköpostihuijaus), `huijar*` (huijari, huijarit, huijareiden).
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'fi',
  name: 'Finnish',
  cues: {
    'names-fraud': ['*huijau*', '*petos*', '*petoks*', 'tietojenkalastelu*', 'kalasteluviesti*', 'väärennet*', 'valepoliisi*', 'valeviesti*', 'phishing*'],
    perpetrator: ['huijar*', 'rikolliset', 'rikollisten', 'verkkorikolliset', 'lähettäjät'],
    reported: [
      'vastaanottaja*',
      'väitetään',
      'viestissä väitetään',
      'väittävät',
      'esiintyy poliisina',
      'esiintyvät poliisina',
      'poliisin nimissä',
      'poliisin nimiin',
      'tällaisi*',
      'tällaise*',
      'jos saat tällaisen',
      'jos olet saanut',
      'uhataan',
    ],
    warning: ['varoittaa', 'varoittavat', 'ole tarkkana', 'ole varovainen', 'olkaa tarkkoina'],
    advice: [
      'älä vastaa',
      'älä maksa',
      'älä klikkaa',
      'älä avaa',
      'älä anna',
      'älä lähetä',
      'poista viesti',
      'poista sähköposti',
      'ilmoita poliisille',
      'tee rikosilmoitus',
      'ota yhteyttä pankkiisi',
      'jätä huomiotta',
    ],
    disclaimer: ['ei koskaan', 'ei ikinä', 'ei lähetä', 'ei pyydä', 'eivät ole poliisin', 'päättyvät aina', 'päättyy aina', 'ei liity poliisiin'],
  },
  negators: ['ei', 'eivät', 'emme', 'ette', 'eikä'],
  notImperativeAfter: ['jos', 'kun', 'että', 'joka', 'jotka'],
};
