/**
 * Server-rendered pages. Everything works without JavaScript; everything shown back goes through
 * the escaping `html` template. Strings come from the message catalogs (src/web/i18n).
 */
import { VERDICT_PRECEDENCE, type Finding, type Result, type StepName, type Verdict } from '../core/verdict.js';
import type { Catalog } from './i18n/en.js';
import { CATALOGS, fmt } from './i18n/index.js';
import { html, raw, type Html } from './html.js';
import { colon, errorText, techniqueText, verdictExplain, verdictName } from './messages.js';

export interface HelpLink {
  name: string;
  url: string;
  country: string;
  kind: string;
  /** The language the service speaks, when the trust list says. */
  lang?: string;
}

export interface PageContext {
  t: Catalog;
  /** Path the language links point to (never carries user input). */
  path: string;
  /** Served under /static/: present when the browser bundle was built. */
  hasScript: boolean;
  /** The trust root (base64url) the browser pins when it checks a code itself. */
  rootKey?: string;
  /**
   * A published static copy (`warncheck publish`): no server behind the form, one page per language
   * at `/<lang>/`. The full service's address (the trust list's `site`), for what this copy cannot do.
   */
  staticSite?: string;
}

const STYLE = '/static/style.css';

/**
 * The country whose police a reader of a language most likely deals with: the participating
 * countries' languages (and de, pl). Used only when no genuine code names its issuer.
 */
export const LANG_COUNTRY: Readonly<Record<string, string>> = {
  da: 'DK',
  de: 'DE',
  es: 'ES',
  fi: 'FI',
  fr: 'FR',
  is: 'IS',
  lv: 'LV',
  mt: 'MT',
  nb: 'NO',
  nl: 'NL',
  pl: 'PL',
  pt: 'PT',
  sk: 'SK',
  sl: 'SI',
  sv: 'SE',
};

/** A country's name in the reader's language (the platform's CLDR data), else its ISO code. */
export function countryName(t: Catalog, code: string): string {
  try {
    return new Intl.DisplayNames([t.lang], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A page in another language: `?lang=` on the server; a static copy has one page per language. */
function langHref(ctx: PageContext, lang: string, path = ctx.path): string {
  return ctx.staticSite !== undefined ? `/${lang}/` : `${path}?lang=${lang}`;
}

/** Links in every catalog's own language: a choice without cookie or script, folded on small screens. */
function langNav(ctx: PageContext): Html {
  const t = ctx.t;
  const links = Object.values(CATALOGS).map(
    (c) =>
      html`<li><a href="${langHref(ctx, c.lang)}" hreflang="${c.lang}" lang="${c.lang}"${c.lang === t.lang ? raw(' aria-current="true"') : ''}>${c.languageName}</a></li>`,
  );
  return html`<nav class="lang" aria-label="${t.chooseLanguage}"><details><summary>${t.chooseLanguage}${colon(t)}${t.languageName}</summary><ul>${links}</ul></details></nav>`;
}

export function layout(ctx: PageContext, title: string, body: Html, skipTo: 'check' | 'verdict' = 'check'): string {
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
<a class="skip" href="#${skipTo}">${skipTo === 'verdict' ? t.skipToResult : t.skipToForm}</a>
<header class="site"><div class="inner"><a class="brand" href="${langHref(ctx, t.lang, '/')}">${t.siteName} <small>${t.tagline}</small></a>
${langNav(ctx)}</div></header>
<main>
${body}
</main>
<footer class="site"><div class="inner"><p>${t.footer.noTracking}</p>
<p><a href="${ctx.staticSite !== undefined ? ctx.staticSite.replace(/\/$/, '') : ''}/api?lang=${t.lang}">${t.footer.api}</a> · <a href="/.well-known/warncheck-trust.jws">${t.footer.trust}</a> · <a href="/.well-known/jwks.json">${t.footer.keys}</a></p></div></footer>
</body>
</html>
`.value;
}

/**
 * The form; on the home page the h1 above it is its heading (one heading less on a phone's first screen).
 * On a static copy nothing is there to POST to: the form stays hidden until the script shows it and
 * checks a typed code itself.
 */
export function checkForm(t: Catalog, heading = true, staticSite?: string): Html {
  return html`<section class="card" id="check"${heading ? '' : html` aria-label="${t.home.formTitle}"`}>
${heading ? html`<h2>${t.home.formTitle}</h2>` : ''}
${staticSite === undefined ? raw('<form class="check" method="post" action="/verify" accept-charset="utf-8">') : html`<form class="check" id="static-check" hidden data-full-service="${staticSite}">`}
<input type="hidden" name="lang" value="${t.lang}">
<label for="input">${t.home.inputLabel}</label>
<p class="hint" id="input-hint">${t.home.inputHint}</p>
<textarea id="input" name="input" rows="4" maxlength="65536" required aria-describedby="input-hint" autocomplete="off" autocapitalize="off" spellcheck="false"></textarea>
<button type="submit">${t.home.submit}</button>
</form>
</section>`;
}

function list(items: readonly string[], vars: Record<string, string> = {}): Html {
  return html`<ul>${items.map((i) => html`<li>${fmt(i, vars)}</li>`)}</ul>`;
}

/**
 * The form first, so that it is on a phone's first screen; the facts about genuine warnings after
 * it. The fragment of a printed address (/#<code>) never reaches the server and CSS cannot see it
 * (:target matches ids only), so without JavaScript a hint just above the form asks for the code.
 */
export function homePage(ctx: PageContext, exampleCode: string): string {
  const t = ctx.t;
  const body = html`<h1>${t.home.title}</h1>
<div id="local-result" aria-live="polite"></div>
${
  ctx.staticSite === undefined
    ? html`<noscript><p class="card fragment-hint" id="fragment"><strong>${t.home.fragmentTitle}</strong> ${t.home.fragmentHint}</p></noscript>`
    : html`<noscript><p class="card fragment-hint" id="needs-script">${t.home.staticNeedsScript} <a href="${ctx.staticSite}">${ctx.staticSite}</a></p></noscript>`
}
${checkForm(t, false, ctx.staticSite)}
${ctx.staticSite !== undefined ? staticNote(t, ctx.staticSite) : ''}
<p>${t.home.intro}</p>
<div class="facts">
<section class="card is"><h2>${t.home.genuineTitle}</h2>${list(t.home.genuine, { example: exampleCode })}</section>
<section class="card never"><h2>${t.home.neverTitle}</h2>${list(t.home.never)}</section>
</div>
<p class="important">${t.home.scamWarning}</p>
<section><h2>${t.home.privacyTitle}</h2><p>${t.home.privacy}</p></section>`;
  return layout(ctx, t.home.title, body);
}

/** On a static copy: what it checks, and where the full service is (the script shows it for a text too). */
export function staticNote(t: Catalog, site: string): Html {
  return html`<p class="note static-note">${t.home.staticCodesOnly} <a href="${site}">${site}</a></p>`;
}

/** Machine codes, step names and base64 proofs: for the curious, folded away from recipients. */
function technical(t: Catalog, content: Html): Html {
  return html`<details class="tech"><summary>${t.verdict.technicalTitle}</summary>${content}</details>`;
}

function steps(t: Catalog, f: Finding): Html {
  if (!f.steps?.length) return html``;
  const name = (step: StepName) => t.steps[step];
  return html`<h4>${t.verdict.stepsTitle}</h4><ol class="steps">${f.steps.map((s) =>
    s.ok
      ? html`<li class="ok">${name(s.step)}${colon(t)}${t.verdict.stepOk}</li>`
      : html`<li class="fail">${name(s.step)}${colon(t)}${t.verdict.stepFailed}${s.code ? html` — ${errorText(t, s.code)} <code>${s.code}</code>` : ''}</li>`,
  )}</ol>`;
}

/** The plain words of the step that failed, if one did (its code and name stay in the details). */
function failedStep(t: Catalog, f: Finding): Html {
  const s = f.steps?.find((x) => !x.ok && x.code);
  return s ? html`<p>${errorText(t, s.code)}</p>` : html``;
}

/** `copied`: the code sits in a scam, whose finding says already that the message is not genuine. */
function warningInfo(t: Catalog, f: Finding, fold: boolean, copied = false): Html {
  const w = f.warning;
  if (!w) return html``;
  const text = html`<blockquote class="genuine-text" lang="${w.language}">${w.text}</blockquote>
<dl class="info">
<dt>${t.verdict.issuer}</dt><dd>${w.issuerName}</dd>
<dt>${t.verdict.country}</dt><dd>${countryName(t, w.country)}</dd>
<dt>${t.verdict.language}</dt><dd>${w.language}</dd>
<dt>${t.verdict.issued}</dt><dd>${w.issuedAt.slice(0, 10)}</dd>
<dt>${t.verdict.where}</dt><dd>${t.verdict.whereText}</dd>
</dl>`;
  // A code found inside a message: its genuine text and particulars folded away (half a phone screen).
  return html`${fold ? html`<details class="genuine"><summary>${t.verdict.genuineTitle}</summary>${text}</details>` : html`<h4>${t.verdict.genuineTitle}</h4>${text}`}
${w.revokedAt ? html`<p class="important">${fmt(t.verdict.revokedAt, { date: w.revokedAt.slice(0, 10), reason: w.revocationReason ?? '' })}</p>` : ''}
${w.loggedBefore !== undefined ? html`<p class="important">${fmt(t.verdict.keyWithdrawnLater, { date: (w.keyWithdrawnAt ?? '').slice(0, 10), reason: w.keyWithdrawnReason ?? '', size: String(w.loggedBefore) })}</p>` : ''}
${fold && copied ? '' : html`<p class="note">${t.verdict.notTheMessage}</p>`}`;
}

function logProofs(t: Catalog, f: Finding): Html {
  if (!f.inclusion?.length) return html``;
  // The proof is plain text anyone can copy and check.
  return html`<h4>${t.verdict.logTitle}</h4>${f.inclusion.map(
    (
      p,
    ) => html`<p data-log-index="${String(p.index)}">${fmt(t.verdict.logEntry, { role: t.verdict.logRoles[p.role], index: String(p.index), size: String(p.size) })}</p>
<pre class="proof">${p.proof}</pre>`,
  )}`;
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

/** Findings that say the same thing (one sign found twice, one address given twice) shown once. */
interface Group {
  f: Finding;
  matches: string[];
}

function groupKey(f: Finding): string {
  const base = `${f.kind}|${f.verdict}|${f.code ?? ''}|${f.softened ?? ''}`;
  // A sign is the same sign whatever words carried it; other items are the same only when equal.
  return f.kind === 'sign' ? base : `${base}|${f.match ?? ''}|${f.technique ?? ''}|${f.note ?? ''}`;
}

/** One finding per group, the decisive ones first (the verdict's own precedence), softened last. */
export function groupFindings(findings: readonly Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const k = groupKey(f);
    const g = groups.get(k);
    if (!g) groups.set(k, { f, matches: f.match !== undefined ? [f.match] : [] });
    else if (f.match !== undefined && !g.matches.includes(f.match)) g.matches.push(f.match);
  }
  const rank = (f: Finding) => (f.softened ? VERDICT_PRECEDENCE.length : VERDICT_PRECEDENCE.indexOf(f.verdict as Verdict));
  return [...groups.values()].sort((a, b) => rank(a.f) - rank(b.f));
}

function finding(t: Catalog, g: Group, overall: Verdict): Html {
  const f = g.f;
  // A mistyped code inside a fraud is not something to type again.
  const mistypedInScam = f.verdict === 'mistyped' && overall === 'scam';
  const explain = mistypedInScam ? t.verdict.mistypedInScam : verdictExplain(t, f);
  const tech = html`${steps(t, f)}${logProofs(t, f)}${f.kind === 'sign' && f.code ? html`<p><code>${f.code}</code></p>` : ''}`;
  return html`<section class="finding">
<h3>${t.verdict.items[f.kind]}${g.matches.map((m) => html` <code class="item">${m}</code>`)} <span class="badge b-${f.verdict}">${verdictName(t, f.verdict)}</span></h3>
${explain ? html`<p>${explain}</p>` : ''}
${failedStep(t, f)}
${f.softened ? html`<p class="note">${t.verdict.softened[f.softened]}</p>` : ''}
${f.verdict === 'mistyped' && f.note && !mistypedInScam ? html`<p class="important">${fmt(t.verdict.suggestion, { code: f.note })}</p>` : ''}
${f.technique ? html`<p>${techniqueText(t, f)}</p>` : ''}
${f.domain ? html`<p class="note">${fmt(t.verdict.domain, { domain: f.domain })}</p>` : ''}
${f.verdict === 'genuine' && overall === 'scam' && f.kind === 'code' ? html`<p class="important">${t.verdict.copiedCode}</p>` : ''}
${f.verdict === 'genuine' && overall !== 'scam' && f.kind === 'code' && f.span && !f.steps?.some((s) => s.step === 'template') ? html`<p class="important">${t.verdict.codeInMessage}</p>` : ''}
${warningInfo(t, f, f.span !== undefined, overall === 'scam')}
${diff(t, f)}
${tech.value ? technical(t, tech) : ''}
</section>`;
}

/**
 * Every sign of fraud in one short section, one line per sign with the phrases that carried it
 * (the marked text above shows where); their codes in one closed fold.
 */
function signs(t: Catalog, groups: readonly Group[]): Html {
  return html`<section class="finding signs">
<h3>${t.verdict.signsTitle} <span class="badge b-scam">${verdictName(t, 'scam')}</span></h3>
<ul class="signs">${groups.map((g) => html`<li>${errorText(t, g.f.code)}${g.matches.map((m) => html` <code class="item">${m}</code>`)}</li>`)}</ul>
${technical(t, html`<ul>${groups.map((g) => html`<li><code>${g.f.code ?? ''}</code></li>`)}</ul>`)}
</section>`;
}

/**
 * Every help and report service: the reader's country's in view, the others (a list of some thirty
 * links, two phone screens) in a fold, so that a long result stays short.
 */
export function helpSection(t: Catalog, help: readonly HelpLink[], country?: string): Html {
  const seen = new Set<string>();
  const items = help.filter((h) => (seen.has(h.url) ? false : (seen.add(h.url), true)));
  const item = (h: HelpLink) =>
    html`<li><a href="${h.url}" rel="noreferrer noopener">${h.name}</a> <span class="note">(${t.help.kinds[h.kind] ?? h.kind}, ${countryName(t, h.country)})</span></li>`;
  const mine = items.filter((h) => h.country === country);
  const others = items.filter((h) => h.country !== country);
  return html`<section class="card" id="help"><h2>${t.help.title}</h2><p>${t.help.intro}</p>
${mine.length ? html`<ul class="help">${mine.map(item)}</ul>` : ''}
${others.length ? html`<details class="more-help"><summary>${t.help.all} (${String(others.length)})</summary><ul class="help">${others.map(item)}</ul></details>` : ''}
<p class="note">${t.help.europol}</p></section>`;
}

/** Verdicts after which the reader should report the message. */
const REPORT: ReadonlySet<Verdict> = new Set<Verdict>(['scam', 'not-a-warning', 'forged', 'lookalike', 'unknown', 'altered', 'revoked', 'not-official']);

/**
 * The reader's countries, likeliest first: for a genuine (or altered, revoked...) warning the issuer
 * of its code, then the country of the page's language. A scam copies codes from any country's
 * files, so there the language's country comes first and the copied code's issuer after.
 */
export function readerCountries(t: Catalog, result: Result): string[] {
  const issuer = result.findings.find((f) => f.warning)?.warning?.country;
  const byLang = LANG_COUNTRY[t.lang];
  return (result.verdict === 'scam' ? [byLang, issuer] : [issuer, byLang]).filter((c): c is string => c !== undefined);
}

/** The first of the reader's countries that has any service in the trust list. */
export function readerCountry(t: Catalog, result: Result, help: readonly HelpLink[]): string | undefined {
  const countries = readerCountries(t, result);
  return countries.find((c) => help.some((h) => h.country === c)) ?? countries[0];
}

/** The service of `kind` of the first of the reader's countries that has one, in the reader's language if it can. */
export function countryLink(t: Catalog, result: Result, help: readonly HelpLink[], kind: string): HelpLink | undefined {
  for (const country of readerCountries(t, result)) {
    const candidates = help.filter((h) => h.kind === kind && h.country === country);
    if (candidates.length) return candidates.find((h) => h.lang === t.lang) ?? candidates[0];
  }
  return undefined;
}

/** A sign of fraud that counts (softened ones are explained one by one, last). */
const isSign = (g: Group): boolean => g.f.kind === 'sign' && g.f.verdict === 'scam' && !g.f.softened;

/** In the verdict box itself: where to report (or, for a genuine warning, where to get help). */
function boxLinks(t: Catalog, result: Result, help: readonly HelpLink[]): Html {
  if (!help.length) return html``;
  const kind = result.verdict === 'genuine' ? 'help' : REPORT.has(result.verdict) ? 'report-scam' : undefined;
  const link = kind ? countryLink(t, result, help, kind) : undefined;
  return html`${link ? html`<p class="report">${t.help.kinds[link.kind] ?? link.kind}${colon(t)}<a href="${link.url}" rel="noreferrer noopener" data-kind="${link.kind}">${link.name}</a></p>` : ''}
<p><a href="#help">${t.help.all}</a></p>`;
}

/**
 * The verdict, the findings and the help: shared by the form's page and the browser's own check.
 * When the marked message is shown, its legend names every sign, so they are not listed again.
 */
export function resultBlock(t: Catalog, result: Result, help: readonly HelpLink[], marked: Html = html``): Html {
  const v = result.verdict;
  const groups = groupFindings(result.findings);
  return html`<div class="verdict v-${v}" role="status">
<h1 id="verdict" tabindex="-1" data-verdict="${v}">${verdictName(t, v)}</h1>
<p>${t.verdict.explain[v]}</p>
<p><strong>${t.verdict.next[v]}</strong></p>
${boxLinks(t, result, help)}
</div>
${marked}
${groups.length ? html`<h2>${t.verdict.findingsTitle}</h2>` : ''}
${groups.map((g) => (isSign(g) ? (!marked.value && g === groups.find(isSign) ? signs(t, groups.filter(isSign)) : '') : finding(t, g, v)))}
${helpSection(t, help, readerCountry(t, result, help))}`;
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
    const label = f.kind === 'sign' ? errorText(t, f.code) : `${t.verdict.items[f.kind]}${colon(t)}${verdictName(t, f.verdict)}`;
    let n = numbers.get(label);
    if (n === undefined) {
      numbers.set(label, (n = numbers.size + 1));
      legend.push(html`<li value="${String(n)}" data-code="${f.code ?? f.kind}">${label}</li>`);
    }
    parts.push(
      html`<mark class="m-${f.kind === 'sign' ? 'sign' : 'item'}" data-code="${f.code ?? f.kind}" title="${label}">${input.slice(f.span!.start, f.span!.end)}</mark><sup>${String(n)}</sup>`,
    );
    at = f.span!.end;
  }
  parts.push(html`${input.slice(at)}`);
  const codes = [...new Set(spans.filter((f) => f.kind === 'sign' && f.code).map((f) => f.code!))];
  return html`<section class="card marked"><h2>${t.verdict.markedTitle}</h2><pre class="marked-text">${parts}</pre><ol class="legend">${legend}</ol>
${technical(t, html`<ul>${codes.map((c) => html`<li><code>${c}</code></li>`)}</ul>`)}</section>`;
}

export function verdictPage(ctx: PageContext, result: Result, input: string, help: readonly HelpLink[]): string {
  const t = ctx.t;
  const body = html`${resultBlock(t, result, help, markedText(t, result, input))}
<details><summary>${t.verdict.youChecked}</summary><pre>${input}</pre></details>
${checkForm(t)}`;
  return layout(ctx, `${t.verdict.pageTitle}${colon(t)}${verdictName(t, result.verdict)}`, body, 'verdict');
}

/** The error box alone (the browser uses it too). */
export function errorBlock(t: Catalog, code: string): Html {
  return html`<div class="verdict v-error" role="alert">
<h1 id="verdict" tabindex="-1" data-error="${code}">${t.error.title}</h1>
<p>${errorText(t, code)}</p>
${technical(t, html`<p><code>${code}</code></p>`)}
</div>`;
}

/** A check that could not be completed (bad input, stale trust list...): never a verdict. */
export function errorPage(ctx: PageContext, code: string, help: readonly HelpLink[] = []): string {
  const t = ctx.t;
  const body = html`${errorBlock(t, code)}
${help.length ? helpSection(t, help, LANG_COUNTRY[t.lang]) : ''}
${checkForm(t)}`;
  return layout(ctx, t.error.title, body, 'verdict');
}

export function apiPage(ctx: PageContext, examples: { code: string }): string {
  const t = ctx.t;
  const body = html`<h1>${t.api.title}</h1><p>${t.api.intro}</p>
<p><a href="/api/openapi.json">${t.api.spec}</a></p>
<h2>POST /api/v1/verify</h2>
<pre>curl -s -H 'content-type: application/json' \\
  -d '{"input":"${examples.code}","lang":"${t.lang}"}' ${'<site>'}/api/v1/verify</pre>
<p>${t.api.messages}</p>
<h2>POST /api/v1/verify/batch</h2>
<pre>curl -s -H 'content-type: application/json' \\
  -d '{"items":["${examples.code}","https://politiet.no/"]}' ${'<site>'}/api/v1/verify/batch</pre>
<h2>GET /api/v1/range/{bits}/{bucket}</h2>
<p>${t.api.range}</p>
<h2>${t.api.otherTitle}</h2>
<p><code>/.well-known/jwks.json</code> · <code>/.well-known/warncheck-trust.jws</code> · <code>/healthz</code> · <code>/readyz</code> · <code>/metrics</code></p>`;
  return layout(ctx, t.api.title, body);
}
