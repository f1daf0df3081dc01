// The hand-written JSON of verify answers (src/server/result-json.ts) must equal what the route's
// response schema serializer (fast-json-stringify, through fastify) writes, for every kind of answer
// the demo gives and for thousands of generated ones (fast-check), with a proof memo shared across
// answers (its correctness must not depend on which object carries a proof).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import { STEP_NAMES, VERDICTS, type Result } from '../../src/core/verdict.js';
import { messageWriter, resultJson, templateTexts, withMessages, type ProofMemo } from '../../src/server/result-json.js';
import { CATALOGS } from '../../src/web/i18n/index.js';
import { errorSchema, findingSchema, resultSchema } from '../../src/server/schemas.js';
import { demoFixture, type DemoFixture } from '../helpers/server.js';

let fx: DemoFixture;
let ref: FastifyInstance;
let pending: Result;

beforeAll(async () => {
  fx = await demoFixture();
  ref = Fastify();
  ref.addSchema(findingSchema);
  ref.addSchema(resultSchema);
  ref.addSchema(errorSchema);
  ref.get('/', { schema: { response: { 200: { $ref: 'Result#' } } } }, () => pending);
  await ref.ready();
});
afterAll(async () => {
  await ref.close();
  fx.cleanup();
});

async function schemaJson(r: Result): Promise<string> {
  pending = r;
  return (await ref.inject('/')).body;
}

const corpus = (name: string) => JSON.parse(readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8')) as Array<Record<string, string>>;

describe('resultJson', () => {
  it('writes what the schema serializer writes, for every verdict and every kind of finding', async () => {
    const i = fx.inputs;
    const jws = fx.data.store.statements(3, 4)[0]!;
    const inputs = [
      i.genuine,
      i.revoked,
      i.revokedKey,
      i.mistyped,
      i.unknown,
      i.altered,
      i.scam,
      jws,
      `${jws.slice(0, -3)}AAA`,
      `https://localhost/#${i.genuine}`,
      `Dear user, pay the fine: https://po1itiet.no/pay or call +47 400 00 000. Code ${i.genuine}`,
      ...corpus('scam-texts.json')
        .slice(0, 40)
        .map((t) => t.text!),
      ...corpus('lookalike-domains.json')
        .slice(0, 40)
        .map((t) => t.input!),
      ...corpus('genuine-texts.json').map((t) => t.text!),
      'Message from EUROPOL',
      'nothing to see here "quoted" \\ back\u0001slash \ud83d\ude00',
    ];
    const seen = new Set<string>();
    const texts = templateTexts(fx.data.templates);
    const proofs: ProofMemo = new Map();
    const writers = Object.values(CATALOGS).map((t) => ({ t, write: messageWriter(t) }));
    for (const input of inputs) {
      const r = fx.data.verify(input);
      for (const f of r.findings) for (const k of Object.keys(f)) seen.add(k);
      const want = await schemaJson(r);
      expect(resultJson(r), input.slice(0, 60)).toBe(want);
      // A second time: the proofs' JSON comes from the memo now; and with the template texts, the
      // genuine text from its escaped parts.
      expect(resultJson(r, undefined, undefined, proofs)).toBe(want);
      expect(resultJson(fx.data.verify(input), undefined, undefined, proofs)).toBe(want);
      expect(resultJson(fx.data.verify(input), texts, undefined, proofs)).toBe(want);
      // With each finding's message, in every language: the escaped-once messages included.
      for (const { t, write } of writers) {
        const withMsg = withMessages(r, t);
        for (const f of withMsg.findings) for (const k of Object.keys(f)) seen.add(k);
        expect(resultJson(fx.data.verify(input), texts, write, proofs), `${t.lang} ${input.slice(0, 40)}`).toBe(await schemaJson(withMsg));
      }
    }
    // The corpus exercised every field the schema knows.
    expect([...seen].sort()).toEqual(Object.keys(findingSchema.properties).sort());
  });

  it('takes the template shortcut only when it gives exactly the text', async () => {
    const r = fx.data.verify(fx.inputs.genuine);
    const w = r.findings[0]!.warning!;
    const texts = templateTexts(fx.data.templates);
    const odd = (text: string, match = r.findings[0]!.match) => ({ ...r, findings: [{ ...r.findings[0]!, match, warning: { ...w, text } }] }) as Result;
    for (const changed of [odd(`${w.text} "quoted"\n`), odd(w.text.replace(r.findings[0]!.match!, 'NO-XXXX-XXXX-XXXX')), odd(w.text, 'NO-"X\\'), odd('')]) {
      expect(resultJson(changed, texts)).toBe(await schemaJson(changed));
    }
    // Halves of a surrogate pair around the placeholder: joined by an empty code they would form a
    // pair that the parts, escaped one by one, cannot show.
    const pair = templateTexts([{ id: w.templateId, text: 'a\ud83d{code}\ude00b' }]);
    const glued = odd('a\ud83d\ude00b', '');
    expect(resultJson(glued, pair)).toBe(await schemaJson(glued));
  });

  it('drops fields the schema does not know, as the schema serializer does', async () => {
    const r = fx.data.verify(fx.inputs.genuine);
    const leaky = {
      ...r,
      secret: 'x',
      findings: r.findings.map((f) => ({ ...f, internal: 'y', warning: { ...f.warning!, hidden: 'z' } })),
    } as unknown as Result;
    const out = resultJson(leaky);
    expect(out).toBe(await schemaJson(leaky));
    expect(out).not.toMatch(/secret|internal|hidden/);
  });

  it('equals the schema serializer on thousands of generated answers, with one proof memo shared by all', async () => {
    // Strings with what JSON must escape: quotes, backslashes, controls, lone surrogates, non-ASCII.
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '"', '\\', '\u0000', '\ud800', 'a\u2028b', 'ø{code}å'));
    const int = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    // A handful of proof texts, so that answers share proofs through different objects.
    const proofText = fc.constantFrom('c2sp.org/tlog-proof@v1\nindex 3\nAAAA\n\nwarncheck.example/log\n4\nq3c=\n\n— x y\n', 'p"\\\n', 'ü\u0001', '');
    const warning = fc.record(
      {
        templateId: text,
        text,
        language: text,
        issuer: text,
        issuerName: text,
        country: text,
        issuedAt: text,
        channel: text,
        kid: text,
        revokedAt: text,
        revocationReason: text,
        keyWithdrawnAt: text,
        keyWithdrawnReason: text,
        loggedBefore: int,
      },
      { requiredKeys: ['templateId', 'text', 'language', 'issuer', 'issuerName', 'country', 'issuedAt', 'channel', 'kid'] },
    );
    const finding = fc.record(
      {
        kind: fc.constantFrom('code', 'jws', 'url', 'email', 'phone', 'sign', 'text'),
        verdict: fc.constantFrom(...VERDICTS),
        code: text,
        span: fc.record({ start: int, end: int }),
        match: text,
        steps: fc.array(
          fc
            .record({ step: fc.constantFrom(...STEP_NAMES), ok: fc.boolean(), code: opt(text) })
            .map((x) => (x.code === undefined ? { step: x.step, ok: x.ok } : x)),
        ),
        warning,
        diff: fc.array(fc.record({ op: fc.constantFrom('same', 'added', 'removed'), text })),
        inclusion: fc.array(fc.record({ role: fc.constantFrom('warning', 'revocation', 'statement'), index: int, size: int, proof: proofText })),
        softened: fc.constantFrom('quoted', 'alone', 'signed-text'),
        technique: text,
        imitates: text,
        domain: text,
        note: text,
      },
      { requiredKeys: ['kind', 'verdict'] },
    );
    const result = fc.record({ verdict: fc.constantFrom(...VERDICTS), findings: fc.array(finding, { maxLength: 4 }) }) as unknown as fc.Arbitrary<Result>;
    const proofs: ProofMemo = new Map();
    const texts = templateTexts(fx.data.templates);
    const en = CATALOGS['en']!;
    const write = messageWriter(en);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(result, async (r) => {
        n++;
        const want = await schemaJson(r);
        // A copy: the same content in other objects must give the same bytes.
        const copy = JSON.parse(JSON.stringify(r)) as Result;
        expect(resultJson(r, undefined, undefined, proofs)).toBe(want);
        expect(resultJson(copy, texts, undefined, proofs)).toBe(want);
        expect(resultJson(copy, texts, write, proofs)).toBe(await schemaJson(withMessages(r, en)));
      }),
      { numRuns: 2000 },
    );
    expect(n).toBe(2000);
    expect(proofs.size).toBeGreaterThan(0);
  });
});
