// Lexicons of pl, cs, sk, sl, hr, hu, ro, bg, el and mt written out from each language (issue 11):
// national institutions and their inflected forms, fines, arrears, summonses, threats, deadlines,
// payment, login and reply lures in the second person. Our own sentences, not corpus wording: each
// `scam` sentence read `no-evidence` or `not-a-warning` before these lexicon entries, and each
// `genuine` sentence (police news in the third person, warnings that quote the lure) uses the same
// new words and must not read as a scam.
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/core/check.js';
import { OFFICIAL_REFERENCE } from '../../src/core/domain/official-reference.js';
import { ctxWith, trustPayload, trustState } from '../helpers/fixture.js';

const ctx = ctxWith([], trustState(trustPayload({ official_domains: [...OFFICIAL_REFERENCE] })));
const verdict = (t: string) => checkInput(t, ctx).verdict;

const CASES: Record<string, { scam: string[]; genuine: string[] }> = {
  cs: {
    scam: [
      'Váš případ byl postoupen státnímu zastupitelství.',
      'Celní úřad: neobdrželi jsme vaši platbu za zásilku.',
      'Exekutorský úřad: bude zahájena exekuce na váš majetek.',
      'Policie ČR: vaše řidičské oprávnění bude odejmuto.',
      'Zasíláme vám soudní obsílku.',
      'Máte novou zprávu od Finanční správy, zpráva čeká na vyzvednutí.',
      'Pro odemčení počítače zaplaťte.',
      'Poslední výzva: dlužíte 1 250 Kč za parkovné.',
      'Vase ridicske opravneni bude odejmuto, policie CR',
      'Dluh 3 200 Kc nebyl uhrazen, hrozi vam exekuce',
      'Konečná výzva – úsekové měření: zaplaťte 1 500 Kč',
    ],
    genuine: [
      'Případ byl předán státnímu zastupitelství.',
      'Policisté zadrželi muže, na kterého byl vydán zatykač.',
      'Celní správa upozorňuje na podvodné e-maily, které tvrdí, že zásilka čeká na úhradu.',
      'Finanční správa připomíná, že daňové přiznání je třeba podat do 1. dubna.',
      'Městská policie během víkendu řešila 30 přestupků v parkování, řidičům hrozí pokuta.',
      'Exekutorský úřad sděluje, že exekuční řízení bylo zastaveno.',
    ],
  },
};

describe('lexicons of central, eastern and south-eastern Europe and Malta (lexeast)', () => {
  for (const [lang, { scam, genuine }] of Object.entries(CASES)) {
    describe(lang, () => {
      for (const t of scam) it(`scam: ${t}`, () => expect(verdict(t)).toBe('scam'));
      for (const t of genuine) it(`not a scam: ${t}`, () => expect(['scam', 'lookalike']).not.toContain(verdict(t)));
    });
  }
});
