// Defanging and parsing: every row of the URL-trap table in notes/DOMAIN.md §3.5, the pasted
// forms the issue lists, and the input limits.
import { describe, expect, it } from 'vitest';
import { MAX_HOST_LENGTH, MAX_INPUT_LENGTH, normalizeAddress, type NormalizedAddress } from '../../../src/core/domain/normalize.js';

function ok(input: string): NormalizedAddress {
  const r = normalizeAddress(input);
  if (!r.ok) throw new Error(`${JSON.stringify(input)} did not parse: ${r.error}`);
  return r.address;
}

describe('DOMAIN.md §3.5 URL traps', () => {
  it('userinfo: the host is after the @, the brand is only the user name', () => {
    const a = ok('https://police2peer.eu@evil.com/verify');
    expect([a.host, a.registrable, a.userinfo]).toEqual(['evil.com', 'evil.com', 'police2peer.eu']);
    expect(a.traps).toContain('userinfo');
  });

  it('userinfo that looks like a port', () => {
    const a = ok('https://police2peer.eu:443@evil.com');
    expect([a.host, a.userinfo]).toEqual(['evil.com', 'police2peer.eu:443']);
  });

  it('target and hyphen embedding keep the real registrable domain', () => {
    expect(ok('https://police2peer.eu.evil.com/').registrable).toBe('evil.com');
    expect(ok('https://police2peer-eu.evil.com/').registrable).toBe('evil.com');
  });

  it('brand in the path or fragment: host unchanged, path and fragment kept for the checks', () => {
    const p = ok('https://evil.com/police2peer.eu');
    expect([p.host, p.path]).toEqual(['evil.com', '/police2peer.eu']);
    const f = ok('https://evil.com#@police2peer.eu');
    expect([f.host, f.fragment]).toEqual(['evil.com', '@police2peer.eu']);
  });

  it('%2e in the host is decoded to a dot (and recorded)', () => {
    const a = ok('https://police2peer.eu%2eevil.com/');
    expect([a.host, a.registrable]).toEqual(['police2peer.eu.evil.com', 'evil.com']);
    expect(a.traps).toContain('percent-encoded-host');
  });

  it('backslashes are slashes for http(s)', () => {
    const a = ok('https:\\\\evil.com\\police2peer.eu');
    expect([a.host, a.path]).toEqual(['evil.com', '/police2peer.eu']);
    expect(a.traps).toContain('backslash');
    expect(a.traps).not.toContain('parser-differential');
  });

  it('backslash before @: WHATWG and RFC 3986 parsers disagree on the host, and both are kept', () => {
    const a = ok('https://police2peer.eu\\@evil.com');
    expect(a.host).toBe('police2peer.eu');
    expect(a.alternateHost).toBe('evil.com');
    expect(a.traps).toEqual(expect.arrayContaining(['backslash', 'parser-differential']));
  });

  it('one trailing dot is removed and recorded', () => {
    const a = ok('https://police2peer.eu./');
    expect([a.host, a.registrable]).toEqual(['police2peer.eu', 'police2peer.eu']);
    expect(a.traps).toContain('trailing-dot');
  });

  it('upper case is lower-cased, and the typed case is kept apart', () => {
    const a = ok('https://POLICE2PEER.EU/');
    expect([a.host, a.hostTyped]).toEqual(['police2peer.eu', 'POLICE2PEER.EU']);
  });

  it('an IDN host becomes punycode; the Unicode form is kept for display and confusables', () => {
    const a = ok('https://p\u043elice2peer.eu/');
    expect(a.host).toBe('xn--plice2peer-evi.eu');
    expect(a.hostUnicode).toBe('p\u043elice2peer.eu');
    expect(a.traps).not.toContain('punycode');
    expect(ok('https://xn--plice2peer-evi.eu/').traps).toContain('punycode');
  });

  it('ideographic and fullwidth dots become dots, and are recorded', () => {
    expect(ok('https://police2peer\u3002eu/').host).toBe('police2peer.eu');
    expect(ok('https://police2peer\u3002eu/').traps).toContain('ideographic-dot');
    expect(ok('police2peer\uff0eeu').traps).toContain('fullwidth-dot');
    expect(ok('police2peer\uff61eu').host).toBe('police2peer.eu');
  });

  it('fullwidth letters resolve to the ASCII host but are recorded', () => {
    const a = ok('https://\uff50\uff4f\uff4c\uff49\uff43\uff45\uff12\uff50\uff45\uff45\uff52.eu/');
    expect(a.host).toBe('police2peer.eu');
    expect(a.traps).toContain('fullwidth-letters');
    expect(ok('https://\ud835\udc29olice2peer.eu/').traps).toContain('compatibility-characters');
  });

  it('a zero-width space is removed before parsing and recorded', () => {
    const a = ok('https://police2peer.eu\u200b.evil.com/');
    expect([a.host, a.registrable]).toEqual(['police2peer.eu.evil.com', 'evil.com']);
    expect(a.traps).toContain('zero-width');
    expect(ok('polit\u2060iet.no').host).toBe('politiet.no');
    expect(ok('polit\u00adiet.no').traps).toContain('zero-width');
  });

  it('numeric hosts are canonicalised and flagged as IPs', () => {
    const a = ok('http://0x7f.1/');
    expect([a.host, a.isIp, a.registrable]).toEqual(['127.0.0.1', true, '']);
    expect(a.traps).toContain('ip-host');
    expect(ok('http://[::1]/x').isIp).toBe(true);
  });

  it('private suffixes count: police2peer.github.io is its own registrable domain', () => {
    const a = ok('https://police2peer.github.io/');
    expect([a.registrable, a.publicSuffix, a.privateSuffix]).toEqual(['police2peer.github.io', 'github.io', true]);
  });
});

describe('pasted forms', () => {
  it('no scheme: a bare host, or a URL when there is a path', () => {
    const h = ok('politiet.no');
    expect([h.kind, h.host]).toEqual(['host', 'politiet.no']);
    expect(h.traps).toContain('no-scheme');
    const u = ok('politiet.no/sak?x=1');
    expect([u.kind, u.path]).toEqual(['url', '/sak']);
    expect(ok('politiet.no:443/aktuelt').host).toBe('politiet.no');
  });

  it('defanged: hxxp(s), [.], (.), {.}, [dot], [:]', () => {
    for (const input of ['hxxps://politiet[.]no/sak', 'hXXps://politiet(.)no/sak', 'hxxps[:]//politiet{.}no/sak', 'https://politiet[dot]no/sak']) {
      const a = ok(input);
      expect([a.kind, a.host, a.path], input).toEqual(['url', 'politiet.no', '/sak']);
      expect(a.traps, input).toContain('defanged');
    }
    expect(ok('post[at]politiet[.]no')).toMatchObject({ kind: 'email', host: 'politiet.no', local: 'post' });
  });

  it('angle brackets and a display name', () => {
    expect(ok('<https://politiet.no/>').host).toBe('politiet.no');
    const a = ok('"Politiet" <politiet@politiet-no-sak.com>');
    expect(a).toMatchObject({ kind: 'email', local: 'politiet', host: 'politiet-no-sak.com', displayName: 'Politiet' });
    expect(a.traps).toContain('display-name');
  });

  it('angle brackets inside a URL are not a display-name form', () => {
    expect(ok('https://evil.example/<politiet.no>')).toMatchObject({ kind: 'url', host: 'evil.example' });
    expect(ok('"post@politiet.no" <scam@evil.example>')).toMatchObject({ kind: 'email', host: 'evil.example', displayName: 'post@politiet.no' });
  });

  it('e-mail addresses: the host is after the last @; mailto: is accepted', () => {
    expect(ok('n.Politi@govt.no')).toMatchObject({ kind: 'email', local: 'n.Politi', host: 'govt.no', registrable: 'govt.no' });
    expect(ok('mailto:post@politiet.no?subject=x')).toMatchObject({ kind: 'email', local: 'post', host: 'politiet.no' });
    expect(ok('"a@b"@evil.com')).toMatchObject({ kind: 'email', local: 'a@b', host: 'evil.com' });
  });

  it('userinfo without a scheme is a URL, not an e-mail address', () => {
    const a = ok('politie.nl:443@boete-betalen.example/');
    expect([a.kind, a.host, a.userinfo]).toEqual(['url', 'boete-betalen.example', 'politie.nl:443']);
  });

  it('the fragment is returned as pasted, not percent-encoded', () => {
    expect(ok('https://www.politiet.no/#NO-7K3Q-8M2D-XW5T').fragment).toBe('NO-7K3Q-8M2D-XW5T');
    expect(ok('https://www.politiet.no/#kode æ').fragment).toBe('kode æ');
    expect(ok('https://www.politiet.no/').fragment).toBeUndefined();
  });

  it('a right-to-left override: the on-screen reading is kept next to the real text', () => {
    const a = ok('https://evil.example/\u202eon.teitilop');
    expect(a.path).toBe('/on.teitilop');
    expect(a.visual).toBe('https://evil.example/politiet.no');
    expect(a.traps).toContain('bidi-control');
  });
});

describe('limits and refusals', () => {
  it(`refuses input over ${MAX_INPUT_LENGTH} characters and hosts over ${MAX_HOST_LENGTH} or labels over 63`, () => {
    expect(normalizeAddress(`https://politiet.no/${'a'.repeat(MAX_INPUT_LENGTH)}`)).toMatchObject({ ok: false, error: 'too-long' });
    expect(normalizeAddress(`${'a'.repeat(60)}.`.repeat(5) + 'com')).toMatchObject({ ok: false, error: 'host-too-long' });
    expect(normalizeAddress(`${'a'.repeat(64)}.com`)).toMatchObject({ ok: false, error: 'host-too-long' });
    expect(normalizeAddress(`${'a'.repeat(63)}.com`).ok).toBe(true);
  });

  it('refuses other schemes, empty input and what does not parse', () => {
    expect(normalizeAddress('javascript:alert(1)')).toMatchObject({ ok: false, error: 'unsupported-scheme' });
    expect(normalizeAddress('data:text/html,x')).toMatchObject({ ok: false, error: 'unsupported-scheme' });
    expect(normalizeAddress('   ')).toMatchObject({ ok: false, error: 'empty' });
    expect(normalizeAddress('\u200b')).toMatchObject({ ok: false, error: 'empty', traps: ['zero-width'] });
    expect(normalizeAddress('https://a b.com/')).toMatchObject({ ok: false, error: 'unparseable' });
    expect(normalizeAddress('https://politiet.no../')).toMatchObject({ ok: false, error: 'unparseable' });
  });
});
