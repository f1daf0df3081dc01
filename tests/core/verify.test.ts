import { describe, expect, it } from 'vitest';
import { formatCode } from '../../src/core/code.js';
import { checkInput } from '../../src/core/check.js';
import { genuineText } from '../../src/core/template.js';
import { checkStatement, verifyCode, verifyStatement } from '../../src/core/verify.js';
import { STEP_NAMES } from '../../src/core/verdict.js';
import { formatStatement, type Statement } from '../../src/core/statement.js';
import { formatTime } from '../../src/core/time.js';
import { code, ctxWith, key, noKey, revocation, revokedKey, seKey, strangerKey, T0, trustPayload, trustState, warning } from '../helpers/fixture.js';

const steps = (f: { steps?: Array<{ step: string; ok: boolean; code?: string }> }) => f.steps!.map((s) => `${s.step}:${s.ok ? 'ok' : s.code}`).join(' ');

describe('verification steps', () => {
  const c = code();

  it('genuine: every step passes, and the genuine text carries the code', () => {
    const f = verifyCode(formatCode(c), ctxWith([{ code: c, jws: warning(c) }]));
    expect(f.verdict).toBe('genuine');
    expect(steps(f)).toBe(
      'parse:ok checksum:ok country:ok lookup:ok statement:ok key:ok signature:ok issuer:ok key-validity:ok issue-time:ok known-template:ok key-status:ok revocation:ok',
    );
    expect(f.warning).toMatchObject({ issuer: 'no-test', country: 'NO', language: 'en', templateId: 'no-en-1', channel: 'p2p-file' });
    expect(f.warning!.text).toContain(`Message code: ${formatCode(c)}`);
  });

  it('unknown: a valid code that was never issued', () => {
    const f = verifyCode(formatCode(c), ctxWith([]));
    expect(f.verdict).toBe('unknown');
    expect(f.code).toBe('WC_STATEMENT_NOT_FOUND');
  });

  it('mistyped: fails the check symbol, with the issued code suggested', () => {
    const slipped = c.slice(0, 4) + c[5] + c[4] + c.slice(6);
    expect(slipped).not.toBe(c);
    const f = verifyCode(slipped, ctxWith([{ code: c, jws: warning(c) }]));
    expect(f.verdict).toBe('mistyped');
    expect(f.note).toBe(formatCode(c));
  });

  it('forged: a key the trust list does not name', () => {
    const f = verifyCode(c, ctxWith([{ code: c, jws: warning(c, { key: strangerKey }) }]));
    expect(f).toMatchObject({ verdict: 'forged', code: 'WC_KEY_UNKNOWN' });
  });

  it('forged: a signature that does not verify (one flipped bit)', () => {
    const jws = warning(c);
    const sig = jws.split('.')[2]!;
    const flipped = jws.slice(0, jws.length - sig.length) + (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    const f = verifyCode(c, ctxWith([{ code: c, jws: flipped }]));
    expect(f).toMatchObject({ verdict: 'forged', code: 'WC_SIGNATURE_INVALID' });
  });

  it('forged: a key of one issuer signing for another', () => {
    const f = verifyCode(c, ctxWith([{ code: c, jws: warning(c, { key: seKey }) }]));
    expect(f).toMatchObject({ verdict: 'forged', code: 'WC_STATEMENT_ISSUER_MISMATCH' });
  });

  it('forged: an issuer of another country than the code', () => {
    const se = code('SE', 2);
    const f = verifyCode(se, ctxWith([{ code: se, jws: warning(se) }]));
    expect(f).toMatchObject({ verdict: 'forged', code: 'WC_STATEMENT_ISSUER_MISMATCH' });
  });

  it('forged: issued outside the key validity window, or in the future', () => {
    expect(verifyCode(c, ctxWith([{ code: c, jws: warning(c, { at: T0 - 50 * 86_400_000 }) }]))).toMatchObject({
      verdict: 'forged',
      code: 'WC_KEY_NOT_VALID_AT_TIME',
    });
    expect(verifyCode(c, ctxWith([{ code: c, jws: warning(c, { at: T0 + 3_600_000 }) }]))).toMatchObject({ verdict: 'forged', code: 'WC_STATEMENT_FUTURE' });
  });

  it('forged: a template the trust list does not hold', () => {
    expect(verifyCode(c, ctxWith([{ code: c, jws: warning(c, { template: 'nope' }) }]))).toMatchObject({ verdict: 'forged', code: 'WC_TEMPLATE_UNKNOWN' });
  });

  it('revoked: a revocation by the same issuer', () => {
    const f = verifyCode(
      c,
      ctxWith([
        { code: c, jws: warning(c) },
        { code: c, jws: revocation(c), type: 'revocation' },
      ]),
    );
    expect(f).toMatchObject({ verdict: 'revoked', code: 'WC_STATEMENT_REVOKED' });
    expect(f.warning!.revocationReason).toBe('withdrawn');
  });

  it('a revocation by another issuer, or with a bad signature, is ignored', () => {
    const other = revocation(c, { key: seKey, issuer: 'se-test' });
    expect(
      verifyCode(
        c,
        ctxWith([
          { code: c, jws: warning(c) },
          { code: c, jws: other, type: 'revocation' },
        ]),
      ).verdict,
    ).toBe('genuine');
    const stranger = revocation(c, { key: key(10) });
    expect(
      verifyCode(
        c,
        ctxWith([
          { code: c, jws: warning(c) },
          { code: c, jws: stranger, type: 'revocation' },
        ]),
      ).verdict,
    ).toBe('genuine');
  });

  it('revoked: every statement of a revoked key', () => {
    const f = verifyCode(c, ctxWith([{ code: c, jws: warning(c, { key: revokedKey }) }]));
    expect(f).toMatchObject({ verdict: 'revoked', code: 'WC_KEY_REVOKED' });
  });

  it('a statement stored under the wrong code hash is not taken for this code', () => {
    const other = code('NO', 5);
    expect(verifyCode(c, ctxWith([{ code: c, jws: warning(other) }])).verdict).toBe('unknown');
  });
});

describe('the pipeline: each step named once, each failure its own step and code', () => {
  const c = code();
  const failedStep = (f: { steps?: Array<{ step: string; ok: boolean; code?: string }> }) => f.steps!.filter((s) => !s.ok).map((s) => `${s.step}:${s.code}`);

  it('no step name is used twice in one answer, and every name is in STEP_NAMES', () => {
    expect(new Set(STEP_NAMES).size).toBe(STEP_NAMES.length);
    const f = verifyCode(formatCode(c), ctxWith([{ code: c, jws: warning(c) }]));
    const names = f.steps!.map((s) => s.step);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(STEP_NAMES).toContain(n);
  });

  it('the checks the old `trust` step bundled fail each in its own step', () => {
    const cases: Array<[string, ReturnType<typeof warning>, string]> = [
      ['issuer', warning(c, { key: seKey }), 'WC_STATEMENT_ISSUER_MISMATCH'],
      ['key-validity', warning(c, { at: T0 - 50 * 86_400_000 }), 'WC_KEY_NOT_VALID_AT_TIME'],
      ['issue-time', warning(c, { at: T0 + 3_600_000 }), 'WC_STATEMENT_FUTURE'],
      ['known-template', warning(c, { template: 'nope' }), 'WC_TEMPLATE_UNKNOWN'],
    ];
    for (const [step, jws, code] of cases) expect(failedStep(verifyCode(c, ctxWith([{ code: c, jws }]))), step).toEqual([`${step}:${code}`]);
    expect(failedStep(verifyCode(code('SE', 2), ctxWith([{ code: code('SE', 2), jws: warning(code('SE', 2)) }])))).toEqual([
      'issuer:WC_STATEMENT_ISSUER_MISMATCH',
    ]);
  });

  it('the statement, the key, the country, the look-up and the withdrawals each fail in their own step', () => {
    expect(failedStep(verifyCode(c, ctxWith([{ code: c, jws: 'eyJ.e30.AA' }])))).toEqual(['statement:WC_JWS_MALFORMED']);
    expect(failedStep(verifyCode(c, ctxWith([{ code: c, jws: warning(c, { key: strangerKey }) }])))).toEqual(['key:WC_KEY_UNKNOWN']);
    expect(failedStep(verifyCode(code('DE', 3), ctxWith([])))).toEqual(['country:WC_CODE_COUNTRY_UNKNOWN']);
    expect(failedStep(verifyCode(c, ctxWith([])))).toEqual(['lookup:WC_STATEMENT_NOT_FOUND']);
    expect(failedStep(verifyCode(c, ctxWith([{ code: c, jws: warning(c, { key: revokedKey }) }])))).toEqual(['key-status:WC_KEY_REVOKED']);
    expect(
      failedStep(
        verifyCode(
          c,
          ctxWith([
            { code: c, jws: warning(c) },
            { code: c, jws: revocation(c), type: 'revocation' },
          ]),
        ),
      ),
    ).toEqual(['revocation:WC_STATEMENT_REVOKED']);
  });

  it('takes its inputs as objects: a code with its text, a statement with the code it was found under', () => {
    const ctx = ctxWith([{ code: c, jws: warning(c) }]);
    const text = verifyCode(c, ctx).warning!.text;
    expect(verifyCode({ code: c, text }, ctx).steps!.at(-1)).toEqual({ step: 'template', ok: true });
    expect(verifyCode({ code: c, text: text.replace('never', 'sometimes') }, ctx)).toMatchObject({ verdict: 'altered', code: 'WC_TEXT_ALTERED' });
    expect(checkStatement({ jws: warning(c), forCode: { country: 'SE', hashHex: '00' } }, ctx)).toMatchObject({
      verdict: 'forged',
      code: 'WC_STATEMENT_ISSUER_MISMATCH',
    });
  });
});

describe('a revocation statement given alone (FORMAT.md §8)', () => {
  const c = code();
  const ctx = ctxWith([
    { code: c, jws: warning(c) },
    { code: c, jws: revocation(c), type: 'revocation' },
  ]);
  const steps = (f: { steps?: Array<{ step: string; ok: boolean; code?: string }> }) => f.steps!.map((s) => `${s.step}:${s.ok ? 'ok' : s.code}`).join(' ');

  it('a valid one reads `revoked` (WC_STATEMENT_REVOKED), every step passed: not `forged`', () => {
    const f = verifyStatement({ jws: revocation(c) }, ctx);
    expect(f).toMatchObject({ kind: 'jws', verdict: 'revoked', code: 'WC_STATEMENT_REVOKED' });
    expect(steps(f)).toBe('statement:ok key:ok signature:ok issuer:ok');
    expect(checkInput(revocation(c), ctx)).toMatchObject({ verdict: 'revoked', findings: [{ kind: 'jws', verdict: 'revoked', code: 'WC_STATEMENT_REVOKED' }] });
  });

  it("signed by a key since revoked, it still counts (a key's owner can always withdraw)", () => {
    expect(verifyStatement({ jws: revocation(c, { key: revokedKey }) }, ctx)).toMatchObject({ verdict: 'revoked', code: 'WC_STATEMENT_REVOKED' });
  });

  it('one that withdraws every statement of a key reads `revoked` with WC_KEY_REVOKED', () => {
    const s: Statement = { v: 1, type: 'revocation', issuer: 'no-test', issued_at: formatTime(T0 - 1000), target: { kid: revokedKey.kid }, reason: 'key lost' };
    expect(verifyStatement({ jws: formatStatement(s, noKey.kid, noKey.sign) }, ctx)).toMatchObject({ verdict: 'revoked', code: 'WC_KEY_REVOKED' });
  });

  it("an unknown key, a bad signature or another issuer's key is `forged`, at its own step", () => {
    expect(steps(verifyStatement({ jws: revocation(c, { key: strangerKey }) }, ctx))).toBe('statement:ok key:WC_KEY_UNKNOWN');
    expect(steps(verifyStatement({ jws: revocation(c, { key: seKey }) }, ctx))).toBe('statement:ok key:ok signature:ok issuer:WC_STATEMENT_ISSUER_MISMATCH');
    const jws = revocation(c);
    const sig = jws.split('.')[2]!;
    const flipped = jws.slice(0, jws.length - sig.length) + (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    expect(verifyStatement({ jws: flipped }, ctx)).toMatchObject({ verdict: 'forged', code: 'WC_SIGNATURE_INVALID' });
  });
});

describe('checkInput', () => {
  const c = code();
  const ctx = ctxWith([{ code: c, jws: warning(c) }]);
  const text = genuineText(trustState().templates.get('no-en-1')!, c);

  it('a JWS given directly is checked on its own', () => {
    expect(checkInput(warning(c), ctx)).toMatchObject({ verdict: 'genuine', findings: [{ kind: 'jws', verdict: 'genuine' }] });
    // A short JWS-shaped input that would also pass for a code's 14 characters is read as a JWS.
    expect(checkInput('eyJ0.1234.56789A', ctx).findings[0]).toMatchObject({ kind: 'jws', verdict: 'forged' });
    expect(checkInput(warning(c, { key: strangerKey }), ctx).verdict).toBe('forged');
  });

  it('the genuine text, retyped with other quotes, spaces and line breaks, is genuine', () => {
    const retyped = text.replace(/\. /g, '.\n\n  ').replace('https', ' https');
    expect(checkInput(retyped, ctx).verdict).toBe('genuine');
  });

  it('an altered text is "altered" with a word-level diff', () => {
    const r = checkInput(text.replace('never ask for money', 'sometimes ask for a small fee'), ctx);
    expect(r.verdict).toBe('altered');
    const f = r.findings.find((x) => x.kind === 'code')!;
    expect(
      f
        .diff!.filter((d) => d.op === 'removed')
        .map((d) => d.text.trim())
        .join(' '),
    ).toContain('never');
    expect(
      f
        .diff!.filter((d) => d.op === 'added')
        .map((d) => d.text.trim())
        .join(' '),
    ).toContain('sometimes');
  });

  it('empty and oversized input are errors, not verdicts', () => {
    expect(() => checkInput('  \n ', ctx)).toThrow(expect.objectContaining({ code: 'WC_INPUT_EMPTY' }));
    expect(() => checkInput('a'.repeat(70_000), ctx)).toThrow(expect.objectContaining({ code: 'WC_INPUT_TOO_LARGE' }));
  });

  it('memoized outcomes (ctx.outcomes) give the same answers and are never altered by an answer', () => {
    const outcomes = new Map();
    const memo = { ...ctx, outcomes };
    const plain = checkInput(formatCode(c), ctx);
    expect(checkInput(formatCode(c), memo)).toEqual(plain);
    expect(outcomes.size).toBe(1);
    // A text comparison appends its step to the answer's own copy, not to the remembered outcome.
    const altered = checkInput(text.replace('never ask for money', 'sometimes ask for a small fee'), memo);
    expect(altered.verdict).toBe('altered');
    expect(checkInput(formatCode(c), memo)).toEqual(plain);
    expect(steps(checkInput(formatCode(c), memo).findings[0]!)).not.toMatch(/(^| )template:/);
    // What later answers share is frozen: a change anywhere fails loudly instead of leaking.
    const shared = checkInput(formatCode(c), memo).findings[0]!;
    expect(() => shared.steps!.push({ step: 'template', ok: true })).toThrow(TypeError);
  });

  it('forged outcomes are not memoized: "issued in the future" heals as the clock reaches it', () => {
    const outcomes = new Map();
    const soon = ctxWith([{ code: c, jws: warning(c, { at: T0 + 3_600_000 }) }]);
    expect(checkInput(formatCode(c), { ...soon, outcomes }).verdict).toBe('forged');
    expect(outcomes.size).toBe(0);
    expect(checkInput(formatCode(c), { ...soon, outcomes, now: T0 + 2 * 3_600_000 }).verdict).toBe('genuine');
  });

  it('nothing checkable → no-evidence', () => {
    expect(checkInput('hello, is this real?', ctx).verdict).toBe('no-evidence');
  });

  it('an expired or rolled-back trust list cannot be opened', () => {
    expect(() => trustState(trustPayload({ expires_at: '2026-11-01T00:00:00Z' }))).toThrow(expect.objectContaining({ code: 'WC_TRUST_EXPIRED' }));
  });
});
