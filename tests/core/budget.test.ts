// The work budget of one answer (issue 12): the attacks that blocked the server, made false by
// counting the work done (word diffs, store look-ups, signature checks, findings), never by timing.
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real diff library, watched: every word diff the analysis runs is recorded with its options.
const diffs = vi.hoisted(() => ({ calls: [] as unknown[][] }));
vi.mock('diff', async (orig) => {
  const real = await orig<typeof import('diff')>();
  const diffWords = (...args: Parameters<typeof real.diffWords>) => {
    diffs.calls.push(args);
    return real.diffWords(...args);
  };
  return { ...real, diffWords };
});

import { formatCode, makeCode } from '../../src/core/code.js';
import { checkInput } from '../../src/core/check.js';
import { verifyJws } from '../../src/core/jws.js';
import { COMPARE_LIMITS, genuineText } from '../../src/core/template.js';
import { TEXT_LIMITS } from '../../src/core/text/analyze.js';
import { OFFICIAL_REFERENCE } from '../../src/core/domain/official-reference.js';
import type { VerifyContext } from '../../src/core/verify.js';
import { code, ctxWith, TEMPLATE_TEXT, trustPayload, trustState, warning } from '../helpers/fixture.js';

const TEMPLATE = { id: 'no-en-1', issuer: 'no-test', lang: 'en', title: 'Test', text: TEMPLATE_TEXT };
const genuineCodes = [1, 2, 3, 4, 5].map((n) => code('NO', n));
const trust = trustState(trustPayload({ official_domains: [...OFFICIAL_REFERENCE] }));
const base = ctxWith(
  genuineCodes.map((c) => ({ code: c, jws: warning(c) })),
  trust,
);
const c = genuineCodes[0]!;
const shown = formatCode(c);

/** The fixture's context with its store look-ups and signature checks counted. */
function counted(): { ctx: VerifyContext; lookups: () => number; signatures: () => number } {
  let lookups = 0;
  let signatures = 0;
  const ctx: VerifyContext = {
    ...base,
    source: { byCodeHash: (hex) => (lookups++, base.source.byCodeHash(hex)) },
    verifySignature: (p, pk) => (signatures++, verifyJws(p, pk)),
  };
  return { ctx, lookups: () => lookups, signatures: () => signatures };
}

const distinct = (size: number, unit: (i: number) => string): string => {
  let s = '';
  for (let i = 0; s.length < size; i++) s += unit(i);
  return s.slice(0, size);
};

beforeEach(() => void (diffs.calls.length = 0));

describe('work budget of one answer', () => {
  it('a genuine code repeated 200 times (3.6 KB): no word diff, one look-up, a bounded list', () => {
    const w = counted();
    const input = `${shown} `.repeat(200);
    expect(input.length).toBeLessThan(4000);
    const r = checkInput(input, w.ctx);
    expect(r.verdict).toBe('genuine');
    expect(diffs.calls).toHaveLength(0); // 3.6 KB is far more than 3× the genuine text
    expect(w.lookups()).toBe(1);
    expect(r.findings.filter((f) => f.kind === 'code')).toHaveLength(TEXT_LIMITS.repeats);
  });

  it('1,000 copies (58 KB) cost what one copy costs', () => {
    const w = counted();
    const r = checkInput(`${shown}, `.repeat(1000).slice(0, 65536), w.ctx);
    expect(r.verdict).toBe('genuine');
    expect(diffs.calls).toHaveLength(0);
    expect(w.lookups()).toBe(1);
    expect(w.signatures()).toBe(1);
    expect(r.findings.length).toBeLessThanOrEqual(TEXT_LIMITS.repeats);
  });

  it('the genuine text pasted twice is compared once (once per distinct code), and still reads altered', () => {
    const once = genuineText(TEMPLATE, c);
    expect(checkInput(once, counted().ctx).verdict).toBe('genuine');
    expect(diffs.calls).toHaveLength(0); // equal after normalization: no diff at all
    const r = checkInput(`${once}\n\n${once}`, counted().ctx);
    expect(diffs.calls).toHaveLength(1);
    expect(diffs.calls[0]![2]).toMatchObject({ maxEditLength: COMPARE_LIMITS.maxEdits });
    expect(r.verdict).toBe('altered');
  });

  it('an altered genuine text still reads altered (verdicts of ordinary inputs unchanged)', () => {
    const r = checkInput(genuineText(TEMPLATE, c).replace('never ask for money', 'ask for 300 EUR'), counted().ctx);
    expect(r.verdict).toBe('altered');
    expect(r.findings.find((f) => f.kind === 'code')?.diff?.some((d) => d.op === 'added')).toBe(true);
  });

  it('many genuine codes beside a genuine text: at most a few comparisons', () => {
    const text = `${genuineText(TEMPLATE, c)}\n${genuineCodes.slice(1).map(formatCode).join(' ')}`;
    const r = checkInput(text, counted().ctx);
    expect(r.findings.filter((f) => f.kind === 'code' && f.warning)).toHaveLength(genuineCodes.length);
    expect(diffs.calls.length).toBeLessThanOrEqual(TEXT_LIMITS.comparisons);
    expect(diffs.calls.length).toBeGreaterThan(0);
  });

  it('a text more than 3× the genuine text is not diffed, so it cannot make the diff quadratic', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(40);
    const r = checkInput(`${genuineText(TEMPLATE, c)}\n${filler}`, counted().ctx);
    expect(diffs.calls).toHaveLength(0);
    expect(r.findings.find((f) => f.kind === 'code')?.verdict).toBe('genuine');
  });

  it('distinct codes: at most TEXT_LIMITS.codes are looked up, and the answer says it stopped', () => {
    const w = counted();
    const input = distinct(
      65536,
      (i) =>
        `${formatCode(
          makeCode(
            'SE',
            new Uint8Array(11).map((_, k) => (i >> (5 * k)) & 31),
          ),
        )} `,
    );
    const r = checkInput(input, w.ctx);
    expect(w.lookups()).toBeLessThanOrEqual(TEXT_LIMITS.codes);
    expect(new Set(r.findings.filter((f) => f.kind === 'code').map((f) => f.match)).size).toBe(TEXT_LIMITS.codes);
    expect(r.findings[0]).toMatchObject({ kind: 'text', code: 'WC_TEXT_TRUNCATED' });
  });

  it('mistyped codes: nearby codes are looked for a few times only', () => {
    const w = counted();
    const input = distinct(65536, (i) => {
      const s = formatCode(code('NO', i));
      return `${s.slice(0, -1)}${s.endsWith('A') ? 'B' : 'A'} `;
    });
    const r = checkInput(input, w.ctx);
    const mistyped = r.findings.filter((f) => f.verdict === 'mistyped').length;
    expect(mistyped).toBeGreaterThan(TEXT_LIMITS.suggestions);
    // Each suggestion costs a look-up per nearby valid code (a few dozen at most).
    expect(w.lookups()).toBeLessThanOrEqual(TEXT_LIMITS.codes + TEXT_LIMITS.suggestions * 64);
  });

  it('a statement repeated is verified once; distinct forged statements, a few only', () => {
    const w = counted();
    const jws = warning(c);
    expect(
      checkInput(
        distinct(65536, () => `${jws}\n`),
        w.ctx,
      ).verdict,
    ).toBe('genuine');
    expect(w.signatures()).toBe(1);
    const forged = counted();
    const [h, p] = jws.split('.');
    const r = checkInput(
      distinct(65536, (i) => `${h}.${p}.${'A'.repeat(84)}${i.toString(36).padStart(2, 'A')}\n`),
      forged.ctx,
    );
    expect(forged.signatures()).toBeLessThanOrEqual(TEXT_LIMITS.statements);
    expect(r.verdict).toBe('forged');
    expect(r.findings[0]?.code).toBe('WC_TEXT_TRUNCATED');
  });

  it('repeated and distinct addresses: each distinct one classified once, at most TEXT_LIMITS.addresses', () => {
    const same = checkInput(
      distinct(65536, () => 'https://politiet-no.com/a '),
      counted().ctx,
    );
    expect(same.verdict).toBe('lookalike');
    expect(same.findings).toHaveLength(TEXT_LIMITS.repeats);
    const many = checkInput(
      distinct(65536, (i) => `https://p${i.toString(36)}.example.com/ `),
      counted().ctx,
    );
    expect(many.findings.filter((f) => f.kind === 'url')).toHaveLength(TEXT_LIMITS.addresses);
    expect(many.findings[0]?.code).toBe('WC_TEXT_TRUNCATED');
  });

  it('past the total, the weakest findings go first: the overall verdict never changes', () => {
    const input = distinct(65000, (i) => `+47 9${String(i).padStart(7, '0')} `) + ' IBAN DE89 3704 0044 0532 0130 00';
    const r = checkInput(input, counted().ctx);
    expect(r.verdict).toBe('scam');
    expect(r.findings.length).toBe(TEXT_LIMITS.findings + 1);
    expect(r.findings.some((f) => f.code === 'WC_SIGN_IBAN')).toBe(true);
    expect(r.findings[0]?.code).toBe('WC_TEXT_TRUNCATED');
  });

  it('the same scam phrase 6,000 times: a bounded list, still scam', () => {
    const r = checkInput(
      distinct(65536, () => 'pay a fine '),
      counted().ctx,
    );
    expect(r.verdict).toBe('scam');
    expect(r.findings.length).toBeLessThanOrEqual(TEXT_LIMITS.repeats * 4);
  });
});
