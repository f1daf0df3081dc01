/**
 * Norwegian Bokmål scam signs. Sources: politiet.no 2022-09-15 (72 hours, reply to a non-police
 * address), Dagsavisen 2023-02 (Kripos: "begrunnelser for undersøkelse og verifisering for evaluering
 * av sanksjoner", arrestordre, bot på 1 650 000 kroner; police never say "barneporno", they say
 * "overgrepsmateriale"), ABC Nyheter 2023-05 (48 hours, "registrert som seksualforbryter", "delt med
 * organisasjoner, foreninger og media", "bred spredning", "barnepornografisk eller nettpornografisk
 * art", "cyberinfiltrasjon"). Generic words a genuine Kripos warning uses ("seksuelle overgrep",
 * "straffbart", "ta kontakt med") are deliberately absent.
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'nb',
  name: 'Norwegian Bokmål',
  signs: {
    payment: [
      'foreta betaling',
      'foreta en betaling',
      'bankoverføring',
      'overføre beløpet',
      'i bitcoin',
      'bitcoin-adresse',
      'bitcoin-lommebok',
      'western union',
      'betal umiddelbart',
      'betale umiddelbart',
      'betalingsinstruksjoner',
      'vipps beløpet',
      'kontoopplysninger',
    ],
    fine: [
      'betale boten',
      'betale en bot',
      'betale bot',
      'en bot på',
      'betaling av boten',
      'minnelig ordning',
      'minnelig løsning',
      'unngå straffeforfølgning',
      'ubetalt forenklet forelegg',
    ],
    deadline: ['innen 24 timer', 'innen 48 timer', 'innen 72 timer', 'svarfrist', 'siste advarsel', 'streng frist'],
    arrest: ['arrestordre', 'en arrestordre', 'pågripelsesordre', 'bli arrestert', 'bli pågrepet', 'umiddelbar pågripelse', 'umiddelbar arrestasjon'],
    register: [
      'registrert som seksualforbryter',
      'register over seksualforbrytere',
      'seksualforbryterregister',
      'seksualforbryterregisteret',
      'liste over seksualforbrytere',
      'registeret over seksualforbrytere',
    ],
    exposure: [
      'delt med organisasjoner',
      'foreninger og media',
      'bred spredning',
      'sendt til media',
      'overlevert til media',
      'oversendt media',
      'din familie og venner',
      'hele europa',
      'tv-kanaler',
    ],
    reply: [
      'dine begrunnelser',
      'begrunnelser for undersøkelse',
      'gi sine grunner',
      'evaluering av sanksjoner',
      'vurdere sanksjonene',
      'svar på denne e-posten',
      'svare på e-posten',
      'svar per e-post',
      'forklare deg',
    ],
    'send-id': [
      'kopi av passet',
      'kopi av pass',
      'kopi av legitimasjon',
      'kopi av id-kort',
      'bilde av legitimasjon',
      'send passet ditt',
      'skannet legitimasjon',
      'kopi av førerkort',
      'kopi av bankkort',
    ],
    'device-lock': [
      'datamaskinen din er låst',
      'datamaskinen din har blitt',
      'enheten din er låst',
      'låse opp datamaskinen',
      'opplåsing av datamaskinen',
      'filene dine er kryptert',
      'nettleseren din er låst',
    ],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'gavekort', 'verdikort', 'kupongkode', 'google play-kort', 'itunes-kort', 'steam-kort'],
    'word-tell': [
      'barneporno',
      'barnepornografi',
      'barnepornografisk',
      'nettpornografisk',
      'nettpornografi',
      'cyberpornografi',
      'cyberinfiltrasjon',
      'cyber-infiltrasjon',
    ],
  },
};
