/**
 * Polish framing cues. Wording seen in policja.pl / CBZC warnings ("Policja ostrzega: oszuści
 * podszywają się pod CBŚP", "Policja nigdy nie wysyła takich wiadomości", "Nie odpowiadaj i zgłoś")
 * and CERT Polska advice. Bare "przestępca" (singular) is left out: scams threaten "rejestracja
 * jako przestępca seksualny".
 */
import type { FramingPatterns } from './types.js';

export const framing: FramingPatterns = {
  lang: 'pl',
  name: 'Polish',
  cues: {
    'names-fraud': ['oszustwo', 'oszustwa', 'oszustwem', 'oszustw', 'oszukańcz*', 'fałszyw*', 'phishing*', 'wyłudzeni*', 'próba oszustwa'],
    perpetrator: ['oszuści', 'oszustów', 'oszustami', 'cyberprzestępcy', 'cyberprzestępców', 'naciągacze'],
    reported: [
      'podszywają się',
      'podszywa się',
      'podszywający się',
      'podając się za',
      'podają się za',
      'rzekom*',
      'odbiorca',
      'odbiorcy',
      'odbiorców',
      'takie wiadomości',
      'takich wiadomości',
      'tego typu wiadomości',
      'w imieniu policji',
      'jeśli otrzymasz',
      'jeżeli otrzymasz',
      'jeśli otrzymałeś',
      'jeżeli otrzymałeś',
    ],
    warning: ['ostrzega', 'ostrzegają', 'ostrzegamy', 'przestrzega', 'przestrzegamy', 'uwaga na', 'zachowaj ostrożność'],
    advice: [
      'nie odpowiadaj',
      'nie odpowiadać',
      'nie płać',
      'nie płacić',
      'nie klikaj',
      'nie otwieraj',
      'nie podawaj',
      'nie przekazuj',
      'usuń wiadomość',
      'usuń ją',
      'zgłoś',
      'zgłoś sprawę',
      'zawiadom policję',
      'skontaktuj się z bankiem',
    ],
    disclaimer: ['nigdy nie wysyła', 'nie wysyła', 'nigdy nie żąda', 'nie żąda', 'nigdy nie prosi', 'nigdy nie kontaktuje', 'nie ma nic wspólnego'],
  },
  negators: ['nie', 'żadne', 'żadnego', 'żaden', 'nigdy'],
  notImperativeAfter: ['jeśli', 'jeżeli', 'gdy', 'że', 'który', 'która', 'którzy'],
};
