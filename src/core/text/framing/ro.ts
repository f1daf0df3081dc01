/**
 * Romanian framing cues. Wording seen in Poliția Română / DNSC warnings reported by gandul.ro,
 * evz.ro and realitatea.net (2025-12: "mesaje și pagini false", "Autoritățile române NU blochează
 * dispozitive", "Nu efectuați nicio plată"), b1tv.ro 2024-08 ("citații false") and IGP Moldova
 * (2025-10: "să nu răspundă la asemenea mesaje"). A native speaker should review it.
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'ro',
  name: 'Romanian',
  cues: {
    'names-fraud': [
      'fraudă',
      'fraude',
      'fraudulos',
      'fraudulo*',
      'escrocherie*',
      'înșelătorie*',
      'înşelătorie*',
      'înșelăciune*',
      'înşelăciune*',
      'phishing*',
      'falsificat*',
      'fictiv*',
    ],
    perpetrator: ['escrocii', 'escroci', 'infractorii', 'infractori cibernetici', 'atacatorii', 'răufăcătorii'],
    reported: [
      'destinatarii',
      'destinatarilor',
      'utilizatorii sunt',
      'astfel de mesaje',
      'asemenea mesaje',
      'aceste mesaje',
      'în numele poliției',
      'în numele instituției',
      'folosesc în mod abuziv',
      'așa-zis*',
      'aşa-zis*',
      'dacă ați primit',
      'dacă primiți',
    ],
    warning: ['avertizează', 'avertizeaza', 'atenționează', 'atenţionează', 'trag un semnal de alarmă', 'fiți vigilenți', 'recomandă'],
    advice: [
      'nu răspundeți',
      'nu efectuați nicio plată',
      'nu plătiți',
      'nu accesați',
      'nu dați click',
      'nu deschideți',
      'nu introduceți',
      'ștergeți',
      'ştergeţi',
      'sesizați poliția',
      'sesizați imediat',
      'blocați expeditorul',
    ],
    disclaimer: ['nu blochează', 'nu solicită', 'nu trimite', 'nu are nicio legătură', 'nu au nicio legătură', 'nu sunt emise'],
  },
  negators: ['niciun', 'nicio', 'nici'],
  notImperativeAfter: ['dacă', 'daca', 'că', 'care', 'să'],
};
