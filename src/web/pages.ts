/**
 * Server-rendered pages. Everything works without JavaScript; everything shown back goes through
 * the escaping `html` template. Strings come from the message catalogs (src/web/i18n).
 */
import type { Finding, Result, StepName, Verdict } from '../core/verdict.js';
import { ERRORS, type ErrorCode } from '../core/errors.js';
import type { Catalog } from './i18n/en.js';
import { CATALOGS, fmt } from './i18n/index.js';
import { html, raw, type Html } from './html.js';

export interface HelpLink {
  name: string;
  url: string;
  country: string;
  kind: string;
}

export interface PageContext {
  t: Catalog;
  /** Path the language links point to (never carries user input). */
  path: string;
  /** Served under /static/: present when the browser bundle was built. */
  hasScript: boolean;
  /** The trust root (base64url) the browser pins when it checks a code itself. */
  rootKey?: string;
}

const STYLE = '/static/style.css';

function langNav(ctx: PageContext): Html {
  const links = Object.values(CATALOGS).map((c) =>
    c.lang === ctx.t.lang
      ? html`<a href="${ctx.path}?lang=${c.lang}" hreflang="${c.lang}" lang="${c.lang}" aria-current="true">${c.languageName}</a>`
      : html`<a href="${ctx.path}?lang=${c.lang}" hreflang="${c.lang}" lang="${c.lang}">${c.languageName}</a>`,
  );
  return html`<nav class="lang" aria-label="${ctx.t.chooseLanguage}">${links}</nav>`;
}

export function layout(ctx: PageContext, title: string, body: Html): string {
  const t = ctx.t;
  return html`<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} · ${t.siteName}</title>
<link rel="stylesheet" href="${STYLE}">
${ctx.hasScript ? raw('<script type="module" src="/static/app.js"></script>') : ''}
${ctx.rootKey ? html`<meta name="warncheck-root" content="${ctx.rootKey}">` : ''}
</head>
<body>
<a class="skip" href="#check">${t.skipToForm}</a>
<header class="site"><div class="inner"><a class="brand" href="/?lang=${t.lang}">${t.siteName}<small>${t.tagline}</small></a>${langNav(ctx)}</div></header>
<main>
${body}
</main>
<footer class="site"><div class="inner"><p>${t.footer.noTracking}</p>
<p><a href="/api?lang=${t.lang}">${t.footer.api}</a> · <a href="/.well-known/warncheck-trust.jws">${t.footer.trust}</a> · <a href="/.well-known/jwks.json">${t.footer.keys}</a></p></div></footer>
</body>
</html>
`.value;
}

export function checkForm(t: Catalog, value = ''): Html {
  return html`<section class="card" id="check">
<h2>${t.home.formTitle}</h2>
<form class="check" method="post" action="/verify" accept-charset="utf-8">
<input type="hidden" name="lang" value="${t.lang}">
<label for="input">${t.home.inputLabel}</label>
<p class="hint" id="input-hint">${t.home.inputHint}</p>
<textarea id="input" name="input" rows="6" maxlength="65536" required aria-describedby="input-hint" autocomplete="off" autocapitalize="off" spellcheck="false">${value}</textarea>
<button type="submit">${t.home.submit}</button>
</form>
</section>`;
}

function list(items: readonly string[], vars: Record<string, string> = {}): Html {
  return html`<ul>${items.map((i) => html`<li>${fmt(i, vars)}</li>`)}</ul>`;
}

export function homePage(ctx: PageContext, exampleCode: string): string {
  const t = ctx.t;
  const body = html`<h1>${t.home.title}</h1>
<p>${t.home.intro}</p>
<div id="local-result" aria-live="polite"></div>
<div class="facts">
<section class="card is"><h2>${t.home.genuineTitle}</h2>${list(t.home.genuine, { example: exampleCode })}</section>
<section class="card never"><h2>${t.home.neverTitle}</h2>${list(t.home.never)}</section>
</div>
<p class="important">${t.home.scamNote}</p>
${checkForm(t)}
<section class="card" id="fragment" aria-live="polite"><h2>${t.home.fragmentTitle}</h2><p>${t.home.fragmentNoScript}</p></section>
<section><h2>${t.home.privacyTitle}</h2><p>${t.home.privacy}</p></section>`;
  return layout(ctx, t.home.title, body);
}

function verdictName(t: Catalog, v: string): string {
  if (v === 'official') return t.verdict.officialDomain;
  return (t.verdict.names as Record<string, string>)[v] ?? v;
}

function errorText(t: Catalog, code: string | undefined): string {
  if (!code) return '';
  return t.errors[code as ErrorCode] ?? (ERRORS as Record<string, { message: string }>)[code]?.message ?? code;
}

function steps(t: Catalog, f: Finding): Html {
  if (!f.steps?.length) return html``;
  // A code check parses twice: the code, then (after the look-up) the signed statement.
  const name = (step: StepName, i: number) => (step === 'parse' && i > 0 ? t.verdict.statementFormat : t.steps[step]);
  return html`<h4>${t.verdict.stepsTitle}</h4><ol class="steps">${f.steps.map((s, i) =>
    s.ok
      ? html`<li class="ok">${name(s.step, i)}: ${t.verdict.stepOk}</li>`
      : html`<li class="fail">${name(s.step, i)}: ${t.verdict.stepFailed}${s.code ? html` — ${errorText(t, s.code)} <code>${s.code}</code>` : ''}</li>`,
  )}</ol>`;
}

function warningInfo(t: Catalog, f: Finding): Html {
  const w = f.warning;
  if (!w) return html``;
  return html`<h4>${t.verdict.genuineTitle}</h4>
<blockquote class="genuine-text" lang="${w.language}">${w.text}</blockquote>
<dl class="info">
<dt>${t.verdict.issuer}</dt><dd>${w.issuerName}</dd>
<dt>${t.verdict.country}</dt><dd>${w.country}</dd>
<dt>${t.verdict.language}</dt><dd>${w.language}</dd>
<dt>${t.verdict.issued}</dt><dd>${w.issuedAt.slice(0, 10)}</dd>
<dt>${t.verdict.where}</dt><dd>${t.verdict.whereText}</dd>
</dl>
${w.revokedAt ? html`<p class="important">${fmt(t.verdict.revokedAt, { date: w.revokedAt.slice(0, 10), reason: w.revocationReason ?? '' })}</p>` : ''}
<p class="note">${t.verdict.notTheMessage}</p>`;
}

function logProofs(t: Catalog, f: Finding): Html {
  if (!f.inclusion?.length) return html``;
  // <details> opens without JavaScript; the proof is plain text anyone can copy and check.
  return html`<details class="log"><summary>${t.verdict.logTitle}</summary>${f.inclusion.map(
    (p) => html`<p data-log-index="${String(p.index)}">${fmt(t.verdict.logEntry, { role: t.verdict.logRoles[p.role], index: String(p.index), size: String(p.size) })}</p>
<pre class="proof">${p.proof}</pre>`,
  )}</details>`;
}

function touches(prev: { op: string; text: string } | undefined, d: { text: string }): boolean {
  return prev?.op === 'removed' && /\S$/.test(prev.text) && /^\S/.test(d.text);
}

function diff(t: Catalog, f: Finding): Html {
  if (!f.diff?.length) return html``;
  return html`<h4>${t.verdict.diffTitle}</h4><p class="note">${t.verdict.diffLegend}</p>
<div class="diff">${f.diff.map((d, i) =>
    d.op === 'same'
      ? html`${d.text}`
      : d.op === 'removed'
        ? html`<del title="${t.verdict.diffRemoved}">${d.text}</del>`
        : // A replacement reads "old new", not "oldnew": a space between words that touch.
          html`${touches(f.diff![i - 1], d) ? ' ' : ''}<ins title="${t.verdict.diffAdded}">${d.text}</ins>`,
  )}</div>`;
}

function finding(t: Catalog, f: Finding, overall: Verdict): Html {
  // A mistyped code inside a fraud is not something to type again.
  const mistypedInScam = f.verdict === 'mistyped' && overall === 'scam';
  const explain = mistypedInScam ? t.verdict.mistypedInScam : (t.verdict.explain as Record<string, string>)[f.verdict];
  return html`<section class="finding">
<h3>${t.verdict.items[f.kind]}${f.match ? html` <code class="item">${f.match}</code>` : ''} <span class="badge b-${f.verdict}">${verdictName(t, f.verdict)}</span></h3>
${explain && f.kind !== 'sign' && f.kind !== 'phone' ? html`<p>${explain}</p>` : ''}
${(f.kind === 'sign' || f.kind === 'phone') && f.code ? html`<p>${errorText(t, f.code)}</p>` : ''}
${f.softened ? html`<p class="note">${t.verdict.softened[f.softened]}</p>` : ''}
${f.verdict === 'mistyped' && f.note && !mistypedInScam ? html`<p class="important">${fmt(t.verdict.suggestion, { code: f.note })}</p>` : ''}
${f.technique ? html`<p>${fmt(t.verdict.technique, { technique: (t.verdict.techniques as Record<string, string>)[f.technique] ?? f.technique, imitates: f.imitates ?? '' })}</p>` : ''}
${f.domain ? html`<p class="note">${fmt(t.verdict.domain, { domain: f.domain })}</p>` : ''}
${f.verdict === 'genuine' && overall === 'scam' && f.kind === 'code' ? html`<p class="important">${t.verdict.copiedCode}</p>` : ''}
${f.verdict === 'genuine' && overall !== 'scam' && f.kind === 'code' && f.span && !f.steps?.some((s) => s.step === 'template') ? html`<p class="important">${t.verdict.codeInMessage}</p>` : ''}
${warningInfo(t, f)}
${diff(t, f)}
${steps(t, f)}
${logProofs(t, f)}
</section>`;
}

export function helpSection(t: Catalog, help: readonly HelpLink[]): Html {
  const seen = new Set<string>();
  const items = help.filter((h) => (seen.has(h.url) ? false : (seen.add(h.url), true)));
  return html`<section class="card" id="help"><h2>${t.help.title}</h2><p>${t.help.intro}</p>
<ul class="help">${items.map((h) => html`<li><a href="${h.url}" rel="noreferrer noopener">${h.name}</a> <span class="note">(${t.help.kinds[h.kind] ?? h.kind}, ${h.country})</span></li>`)}</ul>
<p class="note">${t.help.europol}</p></section>`;
}

/** The verdict, the findings and the help: shared by the form's page and the browser's own check. */
export function resultBlock(t: Catalog, result: Result, help: readonly HelpLink[], marked: Html = html``): Html {
  const v = result.verdict;
  return html`<div class="verdict v-${v}" role="status">
<h1 id="verdict" data-verdict="${v}">${verdictName(t, v)}</h1>
<p>${t.verdict.explain[v]}</p>
<p><strong>${t.verdict.next[v]}</strong></p>
</div>
${marked}
${result.findings.length ? html`<h2>${t.verdict.findingsTitle}</h2>` : ''}
${result.findings.map((f) => finding(t, f, v))}
${helpSection(t, help)}`;
}

/**
 * The pasted text with every triggering span marked and numbered, and the signs named in plain
 * words below it. Works without JavaScript; every piece of the input is escaped by `html`.
 */
export function markedText(t: Catalog, result: Result, input: string): Html {
  const spans = result.findings
    .filter((f) => f.span && f.span.end > f.span.start && f.span.end <= input.length && !f.softened)
    .sort((a, b) => a.span!.start - b.span!.start || b.span!.end - a.span!.end);
  if (!spans.some((f) => f.kind === 'sign')) return html``;
  const parts: Html[] = [];
  const legend: Html[] = [];
  // One number per explanation: marks that say the same thing share it, and the legend says it once.
  const numbers = new Map<string, number>();
  let at = 0;
  for (const f of spans) {
    if (f.span!.start < at) continue; // nested or overlapping: the outer span is marked already
    parts.push(html`${input.slice(at, f.span!.start)}`);
    const label = f.kind === 'sign' ? errorText(t, f.code) : `${t.verdict.items[f.kind]}: ${verdictName(t, f.verdict)}`;
    let n = numbers.get(label);
    if (n === undefined) {
      numbers.set(label, (n = numbers.size + 1));
      legend.push(html`<li value="${String(n)}" data-code="${f.code ?? f.kind}">${label}</li>`);
    }
    parts.push(html`<mark class="m-${f.kind === 'sign' ? 'sign' : 'item'}" data-code="${f.code ?? f.kind}" title="${label}">${input.slice(f.span!.start, f.span!.end)}</mark><sup>${String(n)}</sup>`);
    at = f.span!.end;
  }
  parts.push(html`${input.slice(at)}`);
  return html`<section class="card marked"><h2>${t.verdict.markedTitle}</h2><pre class="marked-text">${parts}</pre><ol class="legend">${legend}</ol></section>`;
}

export function verdictPage(ctx: PageContext, result: Result, input: string, help: readonly HelpLink[]): string {
  const t = ctx.t;
  const body = html`${resultBlock(t, result, help, markedText(t, result, input))}
<details><summary>${t.verdict.youChecked}</summary><pre>${input}</pre></details>
${checkForm(t)}`;
  return layout(ctx, `${t.verdict.pageTitle}: ${verdictName(t, result.verdict)}`, body);
}

/** The error box alone (the browser uses it too). */
export function errorBlock(t: Catalog, code: string): Html {
  return html`<div class="verdict v-error" role="alert">
<h1 id="verdict" data-error="${code}">${t.error.title}</h1>
<p>${errorText(t, code)} <code>${code}</code></p>
</div>`;
}

/** A check that could not be completed (bad input, stale trust list...): never a verdict. */
export function errorPage(ctx: PageContext, code: string, help: readonly HelpLink[] = []): string {
  const t = ctx.t;
  const body = html`${errorBlock(t, code)}
${help.length ? helpSection(t, help) : ''}
${checkForm(t)}`;
  return layout(ctx, t.error.title, body);
}

export function apiPage(ctx: PageContext, examples: { code: string }): string {
  const t = ctx.t;
  const body = html`<h1>${t.api.title}</h1><p>${t.api.intro}</p>
<p><a href="/api/openapi.json">${t.api.spec}</a></p>
<h2>POST /api/v1/verify</h2>
<pre>curl -s -H 'content-type: application/json' \\
  -d '{"input":"${examples.code}"}' ${'<site>'}/api/v1/verify</pre>
<h2>POST /api/v1/verify/batch</h2>
<pre>curl -s -H 'content-type: application/json' \\
  -d '{"items":["${examples.code}","https://politiet.no/"]}' ${'<site>'}/api/v1/verify/batch</pre>
<h2>GET /api/v1/range/{prefix}</h2>
<p>k-anonymity look-up: the first 5 hex characters of the code hash (docs/FORMAT.md §3); the code itself never leaves the client.</p>
<h2>/.well-known/jwks.json · /.well-known/warncheck-trust.jws · /healthz · /readyz · /metrics</h2>`;
  return layout(ctx, t.api.title, body);
}
