/**
 * Norwegian Nynorsk scam signs: the Bokmål wording (politiet.no 2022-09-15, Dagsavisen 2023-02,
 * ABC Nyheter 2023-05; Nynorsk report in Sogn Avis / NPK "72 timar på å svare") carefully carried
 * over into Nynorsk forms. The word tell is the same as in Bokmål: police say
 * "overgrepsmateriale", never "barneporno".
 */
import type { LanguagePatterns } from './types.js';

export const patterns: LanguagePatterns = {
  lang: 'nn',
  name: 'Norwegian Nynorsk',
  signs: {
    payment: [
      'gjennomføre betaling',
      'gjere ei betaling',
      'bankoverføring',
      'overføre beløpet',
      'i bitcoin',
      'bitcoin-adresse',
      'western union',
      'betal med ein gong',
      'betale med ein gong',
      'betalingsinstruksjonar',
    ],
    fine: ['betale bota', 'betale ei bot', 'ei bot på', 'betaling av bota', 'minneleg ordning', 'unngå straffeforfølging'],
    deadline: ['innan 24 timar', 'innan 48 timar', 'innan 72 timar', 'svarfrist', 'siste åtvaring'],
    arrest: ['arrestordre', 'ein arrestordre', 'bli arrestert', 'bli pågripen', 'pågripingsordre', 'umiddelbar pågriping'],
    register: [
      'registrert som seksualforbrytar',
      'register over seksualforbrytarar',
      'seksualforbrytarregister',
      'seksualforbrytarregisteret',
      'liste over seksualforbrytarar',
    ],
    exposure: ['delt med organisasjonar', 'foreiningar og media', 'brei spreiing', 'sendt til media', 'oversendt media', 'heile europa', 'familien og venene'],
    reply: [
      'grunngjevingane dine',
      'grunngjevinga di',
      'vurdere sanksjonane',
      'evaluering av sanksjonar',
      'svar på denne e-posten',
      'svare på e-posten',
      'svar på e-post',
    ],
    'send-id': ['kopi av passet', 'kopi av legitimasjon', 'kopi av id-kort', 'bilete av legitimasjon', 'send passet ditt', 'kopi av førarkort'],
    'device-lock': ['datamaskina di er låst', 'datamaskina di har vorte', 'eininga di er låst', 'låse opp datamaskina', 'filene dine er krypterte'],
    voucher: ['paysafecard', 'ukash', 'neosurf', 'gåvekort', 'gavekort', 'verdikort', 'kupongkode', 'google play-kort', 'itunes-kort'],
    'word-tell': ['barneporno', 'barnepornografi', 'barnepornografisk', 'nettpornografisk', 'cyberpornografi', 'cyberinfiltrasjon'],
  },
};
