// Follow-ups of the domain rules (docs/DOMAINS.md): country codes that name a body, language-bound
// fine words, common registry labels, on addresses that are NOT in the corpus.
import { describe, expect, it } from 'vitest';
import { classifyAddress } from '../../../src/core/domain/lookalike.js';
import { officialIndex } from '../../../src/core/domain/official-index.js';
import { OFFICIAL_REFERENCE } from '../../../src/core/domain/official-reference.js';
import { DEMAND_WORDS } from '../../../src/core/domain/brand.js';
import { KIT_WORDS, OFFICIAL_KIT_WORDS, PAYMENT_WORDS } from '../../../src/core/domain/words.js';

const REFERENCE = officialIndex(OFFICIAL_REFERENCE); // built once: the core keeps no memo
const classify = (input: string) => classifyAddress(input, REFERENCE);

describe('a European code outside the EU names which body of a shared name', () => {
  it.each([
    ['euprava-rs.com', 'euprava.gov.rs'],
    ['eupravaplati-rs.com', 'euprava.gov.rs'],
    ['euprava-si.com', 'e-uprava.gov.si'],
  ])('%s imitates %s', (host, entry) => {
    expect(classify(host)).toMatchObject({ verdict: 'lookalike', entry });
  });

  it('the code only names: it makes no government namespace', () => {
    expect(classify('primer.gov.rs').verdict).not.toBe('official');
  });
});

describe('`multe` is an Italian fine word, a Romanian ordinary word ("many")', () => {
  it.each(['multe-online.ro', 'multe-servicii.ro', 'multe-plata.md', 'multe-oferte-online.ro'])('%s (Romanian host) is not a lookalike', (host) => {
    expect(classify(host).verdict).not.toBe('lookalike');
  });

  it.each(['multe-pagamento.com', 'pagamento-multe.it', 'multe-online.com'])('%s still reads lookalike', (host) => {
    expect(classify(host).verdict).toBe('lookalike');
  });

  it('the Romanian fine words still read under .ro', () => {
    expect(classify('plata-amenzi.ro').verdict).toBe('lookalike');
  });

  it('Turkish `ceza` (fine) reads as a fine word', () => {
    expect(classify('ceza-odeme.com')).toMatchObject({ verdict: 'lookalike', imitates: 'a traffic-fine service' });
  });
});

describe('a short registry label marked common claims nothing, as long common labels do', () => {
  it.each(['fina-gov.com', 'gsis-gov.com'])('%s is not a lookalike', (host) => {
    expect(classify(host).verdict).not.toBe('lookalike');
  });

  it.each([
    ['fina-hr.com', 'fina.hr'],
    ['gsis-gr-login.com', 'gsis.gr'],
  ])('the whole domain written in still reads (%s)', (host, entry) => {
    expect(classify(host)).toMatchObject({ verdict: 'lookalike', entry });
  });
});

describe('the shared word lists are written once and spread', () => {
  it('the government and official words are kit words and demand words; payment words are kit words but one (Italian plural `pagamenti`)', () => {
    expect(OFFICIAL_KIT_WORDS.length).toBeGreaterThan(5);
    for (const w of OFFICIAL_KIT_WORDS) {
      expect(KIT_WORDS.has(w), w).toBe(true);
      expect(DEMAND_WORDS.has(w), w).toBe(true);
    }
    expect([...PAYMENT_WORDS].filter((w) => !KIT_WORDS.has(w))).toEqual(['pagamenti']);
  });
});
