/**
 * The JSON of one verify answer, written by hand for the hottest route (POST /api/v1/verify).
 *
 * Why not the route schema's serializer (fast-json-stringify): it escapes the ~1 KB tlog-proof of
 * every answer again on every request, about 2 µs of the ~5 µs an answer takes to serialize, and
 * the findings' messages would have to be copied into every answer first. Here a proof's JSON is
 * remembered by the proof's TEXT in the cache's generation (service/cache.ts: dropped with its
 * checkpoint): the same text always gives the same JSON, whichever object carries it. A proof is
 * public log data, never what someone typed. Nothing here depends on object identity.
 *
 * The schemas stay the contract: this writes the same fields, in the same order, dropping unknown
 * ones, and tests/server/result-json.test.ts checks that its output equals the schema serializer's
 * for every kind of answer and for thousands of generated ones (fast-check).
 */
import { MESSAGES } from '../core/findings.js';
import type { Finding, InclusionProof, Result, Step, Verdict, WarningInfo } from '../core/verdict.js';
import type { Catalog } from '../web/i18n/en.js';
import { errorText, findingMessage } from '../web/messages.js';

/**
 * A JSON string literal. Short strings (names, codes, dates) are checked by a loop and quoted
 * directly: on Node 20's V8 that beats a native JSON.stringify call below ~40 characters (the same
 * choice fast-json-stringify makes there).
 */
function str(s: string): string {
  if (s.length < 40) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c === 0x22 || c === 0x5c || c > 0x7e) return JSON.stringify(s);
    }
    return `"${s}"`;
  }
  return JSON.stringify(s);
}

function integer(n: number): string {
  if (!Number.isInteger(n)) throw new TypeError('not an integer');
  return String(n);
}

function steps(list: readonly Step[]): string {
  let s = '[';
  for (let i = 0; i < list.length; i++) {
    const st = list[i]!;
    s += `${i ? ',' : ''}{"step":${str(st.step)},"ok":${st.ok ? 'true' : 'false'}${st.code !== undefined ? `,"code":${str(st.code)}` : ''}}`;
  }
  return `${s}]`;
}

/**
 * A template's text, split at its `{code}` placeholders, raw and JSON-escaped (once per template).
 * The genuine text of a code is the raw parts joined by the formatted code (core genuineText), so
 * its JSON is the escaped parts joined by the same code, when the code needs no escaping itself.
 */
export type TemplateTexts = ReadonlyMap<string, { raw: string[]; escaped: string[] }>;

export function templateTexts(templates: Iterable<{ id: string; text: string }>): TemplateTexts {
  const m = new Map<string, { raw: string[]; escaped: string[] }>();
  for (const t of templates) {
    const raw = t.text.split('{code}');
    m.set(t.id, { raw, escaped: raw.map((p) => JSON.stringify(p).slice(1, -1)) });
  }
  return m;
}

function text(w: WarningInfo, code: string | undefined, texts: TemplateTexts | undefined): string {
  const parts = texts?.get(w.templateId);
  // Checked, not assumed: the shortcut is taken only when it gives exactly this text.
  // A non-empty code that needs no escaping keeps every part's escaping local (no surrogate pair
  // can form across it), so the escaped parts joined by it are exactly JSON.stringify(text).
  if (parts && code && str(code) === `"${code}"` && parts.raw.join(code) === w.text) return `"${parts.escaped.join(code)}"`;
  return str(w.text);
}

// Field by field (not a loop over names: keyed loads on varying shapes go megamorphic).
function warning(w: WarningInfo, code: string | undefined, texts: TemplateTexts | undefined): string {
  let s = `{"templateId":${str(w.templateId)},"text":${text(w, code, texts)},"language":${str(w.language)},"issuer":${str(w.issuer)}`;
  s += `,"issuerName":${str(w.issuerName)},"country":${str(w.country)},"issuedAt":${str(w.issuedAt)},"channel":${str(w.channel)},"kid":${str(w.kid)}`;
  if (w.revokedAt !== undefined) s += `,"revokedAt":${str(w.revokedAt)}`;
  if (w.revocationReason !== undefined) s += `,"revocationReason":${str(w.revocationReason)}`;
  if (w.keyWithdrawnAt !== undefined) s += `,"keyWithdrawnAt":${str(w.keyWithdrawnAt)}`;
  if (w.keyWithdrawnReason !== undefined) s += `,"keyWithdrawnReason":${str(w.keyWithdrawnReason)}`;
  if (w.loggedBefore !== undefined) s += `,"loggedBefore":${integer(w.loggedBefore)}`;
  return `${s}}`;
}

/** Proof text → its JSON string literal (the cache's generation; see the top of this file). */
export type ProofMemo = Map<string, string>;

function inclusion(list: readonly InclusionProof[], memo: ProofMemo | undefined): string {
  let s = '[';
  for (let i = 0; i < list.length; i++) {
    const p = list[i]!;
    let proof = memo?.get(p.proof);
    if (proof === undefined) {
      proof = str(p.proof);
      memo?.set(p.proof, proof);
    }
    s += `${i ? ',' : ''}{"role":${str(p.role)},"index":${integer(p.index)},"size":${integer(p.size)},"proof":${proof}}`;
  }
  return `${s}]`;
}

/** A finding's `message` (src/web/messages.ts) as a JSON string literal, in one catalog's language. */
export type MessageWriter = (f: Finding, overall?: Verdict) => string;

/**
 * Most messages are one catalog string (a verdict's explanation, a sign's words): those are escaped
 * once here, when the writer is made, from the catalog alone (never from an answer). The rest (a
 * suggested code, a lookalike's technique) are written per answer.
 */
export function messageWriter(t: Catalog): MessageWriter {
  const explain = new Map(Object.entries(t.verdict.explain).map(([v, s]) => [v, JSON.stringify(s)]));
  const errors = new Map(Object.keys(MESSAGES).map((c) => [c, JSON.stringify(errorText(t, c))]));
  const mistypedInScam = JSON.stringify(t.verdict.mistypedInScam);
  return (f, overall) => {
    // A mistyped code inside a fraud is not something to type again (as on the page).
    if (f.verdict === 'mistyped' && overall === 'scam') return mistypedInScam;
    if (f.softened === undefined && f.technique === undefined && !(f.verdict === 'mistyped' && f.note)) {
      // The same choice as web/messages.ts verdictExplain (found by the generated answers' test).
      const done = (f.kind === 'sign' || f.kind === 'phone' || f.kind === 'text') && f.code ? errors.get(f.code) : explain.get(f.verdict);
      if (done !== undefined) return done;
    }
    return str(findingMessage(t, f));
  };
}

/** The answer with each finding's message, for the schema serializer (the batch route). */
export function withMessages(r: Result, t: Catalog): Result {
  return {
    verdict: r.verdict,
    findings: r.findings.map((f) => ({ ...f, message: f.verdict === 'mistyped' && r.verdict === 'scam' ? t.verdict.mistypedInScam : findingMessage(t, f) })),
  };
}

function finding(f: Finding, texts: TemplateTexts | undefined, message: MessageWriter | undefined, proofs: ProofMemo | undefined, overall: Verdict): string {
  let s = `{"kind":${str(f.kind)},"verdict":${str(f.verdict)}`;
  if (f.code !== undefined) s += `,"code":${str(f.code)}`;
  if (message !== undefined) s += `,"message":${message(f, overall)}`;
  if (f.span !== undefined) s += `,"span":{"start":${integer(f.span.start)},"end":${integer(f.span.end)}}`;
  if (f.match !== undefined) s += `,"match":${str(f.match)}`;
  if (f.steps !== undefined) s += `,"steps":${steps(f.steps)}`;
  if (f.warning !== undefined) s += `,"warning":${warning(f.warning, f.match, texts)}`;
  if (f.diff !== undefined) {
    s += ',"diff":[';
    for (let i = 0; i < f.diff.length; i++) s += `${i ? ',' : ''}{"op":${str(f.diff[i]!.op)},"text":${str(f.diff[i]!.text)}}`;
    s += ']';
  }
  if (f.inclusion !== undefined) s += `,"inclusion":${inclusion(f.inclusion, proofs)}`;
  if (f.softened !== undefined) s += `,"softened":${str(f.softened)}`;
  if (f.technique !== undefined) s += `,"technique":${str(f.technique)}`;
  if (f.imitates !== undefined) s += `,"imitates":${str(f.imitates)}`;
  if (f.domain !== undefined) s += `,"domain":${str(f.domain)}`;
  if (f.note !== undefined) s += `,"note":${str(f.note)}`;
  return `${s}}`;
}

/**
 * The JSON of one answer; `texts` (templateTexts of the trust list) saves escaping genuine texts;
 * `message` adds each finding's message (what withMessages gives the schema serializer); `proofs`
 * remembers the proofs' JSON by their text.
 */
export function resultJson(r: Result, texts?: TemplateTexts, message?: MessageWriter, proofs?: ProofMemo): string {
  let s = `{"verdict":${str(r.verdict)},"findings":[`;
  for (let i = 0; i < r.findings.length; i++) s += (i ? ',' : '') + finding(r.findings[i]!, texts, message, proofs, r.verdict);
  return `${s}]}`;
}
