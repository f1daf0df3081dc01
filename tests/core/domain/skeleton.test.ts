// UTS #39 skeletons, diacritic removal, script mixing, Punycode and the bounded edit distance.
import { describe, expect, it } from 'vitest';
import { boundedEdits, chromiumRejectsOneEdit } from '../../../src/core/domain/edit.js';
import { loosen } from '../../../src/core/domain/official-index.js';
import { decodePunycode, hostToUnicode } from '../../../src/core/domain/punycode.js';
import { isMixedScript, scriptsOf, skeleton, stripDiacritics, tr39Skeleton } from '../../../src/core/domain/skeleton.js';

describe('skeleton (UTS #39 with lower-casing)', () => {
  it('meets the homoglyph hosts confirmed in notes (Cyrillic о, capital I, Ukrainian і, Greek ο, palochka)', () => {
    expect(skeleton('p\u043elice2peer.eu')).toBe(skeleton('police2peer.eu'));
    expect(skeleton('detfinneshjeIp')).toBe(skeleton('detfinneshjelp'));
    expect(skeleton('kr\u0456pos')).toBe(skeleton('kripos'));
    expect(skeleton('eur\u03bfpol')).toBe(skeleton('europol'));
    expect(skeleton('\u0440\u043e\u04cf\u0456\u0441\u0435')).toBe(skeleton('police'));
  });

  it('maps digits to capitals, so only the lower-cased skeleton meets p0licja and po1itiet', () => {
    expect(tr39Skeleton('p0licja')).toBe('pOlicja');
    expect(tr39Skeleton('p0licja')).not.toBe(tr39Skeleton('policja'));
    expect(skeleton('p0licja')).toBe(skeleton('policja'));
    expect(skeleton('po1itiet')).toBe(skeleton('politiet'));
  });

  it('is case-sensitive before lower-casing: an all-capitals name does not meet its lower-case self', () => {
    // Why hosts are lower-cased first and the typed case is only used when it is mixed.
    expect(skeleton('POLICJA')).not.toBe(skeleton('policja'));
  });

  it('maps m to rn, so rnet and met share a skeleton, and leaves plain words alone', () => {
    expect(skeleton('met')).toBe('rnet');
    expect(skeleton('rnet')).toBe('rnet');
    expect(skeleton('politiet.no')).toBe('politiet.no');
  });

  it('keeps diacritics (pure TR39); Chromium-style removal folds them', () => {
    expect(skeleton('\u00e9ur\u00f3pol')).not.toBe(skeleton('europol'));
    expect(skeleton(stripDiacritics('\u00e9ur\u00f3pol'))).toBe(skeleton('europol'));
    expect(stripDiacritics('p\u00f6lizei.gv.at')).toBe('polizei.gv.at');
    expect(stripDiacritics('\u0142\u00f8d\u017a')).toBe('lodz');
  });

  it('strips diacritics only from labels written in Latin, Greek or Cyrillic', () => {
    expect(stripDiacritics('\u30dd\u30ea\u30b9\u3099.jp')).toBe('\u30dd\u30ea\u30b9\u3099.jp');
  });
});

describe('scripts', () => {
  it('finds the scripts of letters and ignores digits and hyphens', () => {
    expect([...scriptsOf('p\u043elice-2')].sort()).toEqual(['Cyrillic', 'Latin']);
    expect([...scriptsOf('123-')]).toEqual([]);
  });

  it('flags Latin mixed with Cyrillic, Greek or Lisu, not whole-script labels or Latin with CJK', () => {
    expect(isMixedScript('p\u043elice2peer')).toBe(true);
    expect(isMixedScript('\u03c1\u03bflitiet')).toBe(true);
    expect(isMixedScript('\ua4d1olice')).toBe(true);
    expect(isMixedScript('\u0440\u043e\u04cf\u0456\u0441\u0435')).toBe(false);
    expect(isMixedScript('politiet')).toBe(false);
    expect(isMixedScript('tokyo\u6771\u4eac')).toBe(false);
  });
});

describe('Punycode decoding (RFC 3492)', () => {
  it('decodes the RFC 3492 §7.1 samples', () => {
    expect(decodePunycode('egbpdaj6bu4bxfgehfvwxn')).toBe(
      '\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f',
    );
    expect(decodePunycode('ihqwcrb4cv8a8dqg056pqjye')).toBe('\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587');
    expect(decodePunycode('3B-ww4c5e180e575a65lsy2b')).toBe('3\u5e74B\u7d44\u91d1\u516b\u5148\u751f');
    expect(decodePunycode('b1abfaaepdrnnbgefbaDotcwatmq2g4l')).toBe(
      '\u043f\u043e\u0447\u0435\u043c\u0443\u0436\u0435\u043e\u043d\u0438\u043d\u0435\u0433\u043e\u0432\u043e\u0440\u044f\u0442\u043f\u043e\u0440\u0443\u0441\u0441\u043a\u0438',
    );
  });

  it('inverts the WHATWG URL encoder for lookalike hosts', () => {
    for (const unicode of [
      'p\u043elitiet.no',
      'pol\u00edtiet.no',
      'eur\u03bfpol.europa.eu',
      '\u0440\u043e\u04cf\u0456\u0441\u0435.be',
      'p\u00f6lizei.gv.at',
      '\u{1f4a9}.la',
    ]) {
      const ascii = new URL(`https://${unicode}/`).hostname;
      expect(ascii).toMatch(/xn--/);
      expect(hostToUnicode(ascii)).toEqual({ unicode, invalid: [] });
    }
  });

  it('rejects what is not Punycode and reports the label', () => {
    expect(decodePunycode('-abc')).toBeNull();
    expect(decodePunycode('a-!')).toBeNull();
    expect(decodePunycode('zz')).toBeNull();
    expect(decodePunycode('99999999999999')).toBeNull();
    expect(hostToUnicode('xn--zz.example.com')).toEqual({ unicode: 'xn--zz.example.com', invalid: ['xn--zz'] });
  });
});

describe('bounded edit distance', () => {
  it('counts insertions, deletions, substitutions and a swap as one edit each', () => {
    expect(boundedEdits('poltiet', 'politiet', 2)).toEqual({ distance: 1, transposition: false });
    expect(boundedEdits('polittiet', 'politiet', 2)).toEqual({ distance: 1, transposition: false });
    expect(boundedEdits('pollsen', 'polisen', 2)).toEqual({ distance: 1, transposition: false });
    expect(boundedEdits('eruopol', 'europol', 2)).toEqual({ distance: 1, transposition: true });
    expect(boundedEdits('plitiett', 'politiet', 2)).toEqual({ distance: 2, transposition: false });
  });

  it('gives up beyond the bound, including on length alone', () => {
    expect(boundedEdits('europarl', 'europol', 1)).toBeNull();
    expect(boundedEdits('a', 'abcd', 2)).toBeNull();
    expect(boundedEdits('same', 'same', 0)).toEqual({ distance: 0, transposition: false });
  });

  it("applies Chromium's one-edit false-positive filters (first character, trailing digits)", () => {
    expect(chromiumRejectsOneEdit('tank', 'hank')).toBe(true);
    expect(chromiumRejectsOneEdit('poodle', 'oodle')).toBe(true);
    expect(chromiumRejectsOneEdit('site45', 'site35')).toBe(true);
    expect(chromiumRejectsOneEdit('poltiet', 'politiet')).toBe(false);
  });
});

describe('loose form (digit and letter-pair swaps)', () => {
  it('folds 0/o, 1/l/i, 5/s, 3/e and vv/w onto one letter each', () => {
    expect(loosen(skeleton('1nterpol'))).toBe(loosen(skeleton('interpol')));
    expect(loosen(skeleton('p0l1c1e'))).toBe(loosen(skeleton('policie')));
    expect(loosen(skeleton('p5p'))).toBe(loosen(skeleton('psp')));
    expect(loosen(skeleton('3uropol'))).toBe(loosen(skeleton('europol')));
    expect(loosen(skeleton('vvatch'))).toBe(loosen(skeleton('watch')));
    expect(loosen(skeleton('politiet'))).not.toBe(loosen(skeleton('polisen')));
  });
});
