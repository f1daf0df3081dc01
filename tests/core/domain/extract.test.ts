// findAddresses: spans into the text as given, the pasted forms, what is not an address, and
// adversarial 64 KiB inputs (asserting results, not timings).
import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../src/core/domain/extract.js';
import { classifyAddress } from '../../../src/core/domain/lookalike.js';
import { OFFICIAL_REFERENCE } from '../../../src/core/domain/official-reference.js';

const found = (text: string): Array<[string, string]> => findAddresses(text).map((a) => [a.kind, a.match]);

describe('findAddresses', () => {
  it('finds URLs, e-mail addresses and bare hosts with exact UTF-16 spans', () => {
    const text = 'Svar til politiet.saksbehandler@gmail.com innen 72 timer 😱. Se https://www.politiet.no/sak?id=1 eller politiet.no.';
    const all = findAddresses(text);
    expect(all.map((a) => [a.kind, a.match])).toEqual([
      ['email', 'politiet.saksbehandler@gmail.com'],
      ['url', 'https://www.politiet.no/sak?id=1'],
      ['url', 'politiet.no'],
    ]);
    for (const a of all) expect(text.slice(a.span.start, a.span.end)).toBe(a.match);
    expect(all[2]!.span.end).toBe(text.length - 1);
  });

  it('keeps defanged, bracketed and disguised forms whole, so the classifier sees the tricks', () => {
    expect(found('Betal på hxxps://politiet-no-sak[.]com/betal (viktig)')).toEqual([['url', 'hxxps://politiet-no-sak[.]com/betal']]);
    expect(found('Link: https://polit\u200biet.no/ ok')).toEqual([['url', 'https://polit\u200biet.no/']]);
    expect(found('Se polit\u200biet.no\u200b i dag')).toEqual([['url', 'polit\u200biet.no']]);
    expect(found('politiet\u3002no')).toEqual([['url', 'politiet\u3002no']]);
    expect(found('\uff50\uff4f\uff4c\uff49\uff54\uff49\uff45\uff54.no')).toEqual([['url', '\uff50\uff4f\uff4c\uff49\uff54\uff49\uff45\uff54.no']]);
    expect(found('Fra: "Politiet" <politiet@politiet-no-sak.com>')).toEqual([['email', 'politiet@politiet-no-sak.com']]);
    expect(found('<https://europol.europa.eu/>, mailto:post@politiet.no')).toEqual([
      ['url', 'https://europol.europa.eu/'],
      ['email', 'mailto:post@politiet.no'],
    ]);
  });

  it('drops trailing sentence punctuation but keeps brackets that close inside the match', () => {
    expect(found('(see https://en.wikipedia.org/wiki/Foo_(bar)).')).toEqual([['url', 'https://en.wikipedia.org/wiki/Foo_(bar)']]);
    expect(found('Se politiet.no/sak), eller politiet.no!')).toEqual([
      ['url', 'politiet.no/sak'],
      ['url', 'politiet.no'],
    ]);
    expect(found('https://a.com,https://b.com')).toEqual([
      ['url', 'https://a.com'],
      ['url', 'https://b.com'],
    ]);
  });

  it('a host with a port and a path', () => {
    expect(found('politiet.no:443/aktuelt og europol.europa.eu:8080.')).toEqual([
      ['url', 'politiet.no:443/aktuelt'],
      ['url', 'europol.europa.eu:8080'],
    ]);
  });

  it('does not take abbreviations, file names or numbers for hosts (no known public suffix)', () => {
    expect(found('e.g. i.e. file.txt index.html script.js v1.2.3 3.14 kl.10 U.S.A.')).toEqual([]);
  });

  it('never reports the official-looking half of a trick on its own', () => {
    // evil.example has no known suffix, so nothing is reported rather than "politiet.no".
    expect(found('evil.example/politiet.no and politiet.no@evil.example')).toEqual([]);
    // With a real suffix the whole address is reported, and it classifies as a lookalike.
    const [userinfo] = findAddresses('politiet.no@evil.com/sak');
    expect(userinfo).toMatchObject({ kind: 'url', match: 'politiet.no@evil.com/sak' });
    expect(classifyAddress(userinfo!.match, OFFICIAL_REFERENCE)).toMatchObject({ verdict: 'lookalike', technique: 'userinfo' });
    const [backslash] = findAddresses('politiet.no\\@evil.com');
    expect(backslash!.match).toBe('politiet.no\\@evil.com');
    expect(classifyAddress(backslash!.match, OFFICIAL_REFERENCE).verdict).toBe('lookalike');
  });

  it('e-mail: the local part stops at the previous @', () => {
    expect(found('a@b@c.com')).toEqual([['email', 'b@c.com']]);
  });

  it('every match classifies: the output is ready for classifyAddress', () => {
    const text = 'Fra kripos.etterforsker@outlook.com: betal på https://politiet.no.sak-2381.com eller kontakt post@politiet.no';
    expect(findAddresses(text).map((a) => classifyAddress(a.match, OFFICIAL_REFERENCE).verdict)).toEqual(['lookalike', 'lookalike', 'official']);
  });
});

describe('findAddresses on adversarial 64 KiB inputs', () => {
  it('returns (linear scans, bounded back-tracking) with the right answer', () => {
    expect(findAddresses('a.'.repeat(32768))).toEqual([]);
    expect(findAddresses('@'.repeat(65536))).toEqual([]);
    expect(findAddresses('a@'.repeat(32768))).toEqual([]);
    expect(findAddresses('hxxp://'.repeat(9362))).toEqual([]);
    expect(findAddresses('[.]'.repeat(21845))).toEqual([]);
    expect(findAddresses('x'.repeat(65536))).toEqual([]);
    expect(findAddresses(`${'a'.repeat(60)}@`.repeat(1074))).toEqual([]);
    expect(findAddresses(`${'a-'.repeat(32767)}.com`)).toEqual([]);
    expect(findAddresses(`https://${'a'.repeat(65528)}`)).toEqual([]);
  });

  it('many real addresses in one run are all found', () => {
    const many = findAddresses('a.no,'.repeat(13107));
    expect(many.length).toBe(13107);
    expect(many[13106]).toEqual({ kind: 'url', match: 'a.no', span: { start: 5 * 13106, end: 5 * 13106 + 4 } });
    expect(findAddresses('x@a.no '.repeat(9362)).length).toBe(9362);
  });
});
