/**
 * Hungarian framing cues. Wording seen in ORFK / police.hu warnings reported by delmagyar.hu
 * (2023-02, 2023-03: "Valótlan tartalmú levelek terjednek", "hagyja figyelmen kívül", "egyértelműen
 * átverésről van szó", "a rendőrség nem küld fenyegető, sürgető hangvételű leveleket") and
 * metropol.hu 2026-02 ("A Magyar Rendőrség soha nem kér visszaigazolást e-mailben"). A native
 * speaker should review it.
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'hu',
  name: 'Hungarian',
  cues: {
    'names-fraud': ['csalás*', 'átverés*', 'adathalász*', 'kamu', 'hamis*', 'valótlan tartalmú', 'phishing*', 'csaló', 'csalárd*', 'megtévesztő*', 'átver*'],
    perpetrator: ['csalók', 'csalók által', 'bűnözők', 'elkövetők', 'kiberbűnözők', 'kibertámadók', 'támadók'],
    reported: [
      'címzettek',
      'a címzettektől',
      'a levél szerint',
      'az ilyen üzenetek*',
      'ilyen levelet',
      'ilyen leveleket',
      'rendőrség nevében',
      'nevével visszaélve',
      'ha valaki kap',
      'ha ön is kapott',
      'terjednek az interneten',
      'azt állítják',
      'azt állítja',
      'állítólag',
      'az üzenet szerint',
      'az e-mail szerint',
      'károsultak',
      'áldozatok',
    ],
    warning: [
      'figyelmeztet',
      'figyelmeztetnek',
      'figyelmeztette',
      'felhívja a figyelmet',
      'felhívták a figyelmet',
      'legyen körültekintő',
      'legyenek óvatosak',
      'óva int*',
      'figyelmeztetést adott ki',
      'arra figyelmeztet',
    ],
    advice: [
      'hagyja figyelmen kívül',
      'ne válaszoljon',
      'ne válaszoljanak',
      'ne kattintson',
      'ne nyissa meg',
      'ne fizessen',
      'ne adja meg',
      'törölje',
      'jelentse',
      'értesítse a rendőrséget',
      'ne utaljon',
      'ne adja ki',
      'ne töltse ki',
      'tegyen feljelentést',
    ],
    disclaimer: [
      'soha nem kér',
      'nem küld',
      'nem kér',
      'soha nem küld',
      'nem kommunikál',
      'nem létezik',
      'nem szólít fel',
      'soha nem szólít fel',
      'nem a rendőrségtől',
      'soha nem kéri',
      'nem kéri',
    ],
  },
  negators: ['nem', 'nincs', 'sosem', 'soha', 'semmilyen'],
  notImperativeAfter: ['ha', 'amennyiben', 'aki', 'ami', 'hogy'],
};
