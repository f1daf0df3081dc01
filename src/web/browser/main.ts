/**
 * The optional browser check (JavaScript on). The address printed in a warning is
 * `https://<site>/#<code>`: the fragment never reaches the server. This script checks that code
 * in the browser with the very same core code the server and CLI run, and sends the server only a
 * 5-hex-character prefix of the code's hash (k-anonymity, like the Pwned Passwords range API).
 * The trust list is verified against the root key the page names. Without JavaScript the page
 * asks the reader to type the code instead; nothing here is needed for the form to work.
 */
import { base64urlDecode } from '../../core/bytes.js';
import { codeHashHex, parseCode } from '../../core/code.js';
import { fail, isWarncheckError } from '../../core/errors.js';
import { openTrustList } from '../../core/trust.js';
import { openCheckpoint } from '../../core/tlog/policy.js';
import { parseTlogProof } from '../../core/tlog/proof.js';
import { overallVerdict, type Result } from '../../core/verdict.js';
import { verifyCode } from '../../core/verify.js';
import { catalog } from '../i18n/index.js';
import { errorBlock, resultBlock, type HelpLink } from '../pages.js';
import { html } from '../html.js';

const MAX_FRAGMENT = 100;

async function fetchOk(url: string): Promise<Response> {
  const r = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-cache' });
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r;
}

async function check(typed: string): Promise<{ result: Result; help: HelpLink[] }> {
  const root = document.querySelector('meta[name="warncheck-root"]')?.getAttribute('content');
  if (!root) throw new Error('no root key');
  const p = parseCode(typed);
  const hash = p.ok ? codeHashHex(p.normalized) : undefined;
  const [trustJws, bucket] = await Promise.all([
    fetchOk('/.well-known/warncheck-trust.jws').then((r) => r.text()),
    hash ? fetchOk(`/api/v1/range/${hash.slice(0, 5)}`).then((r) => r.json() as Promise<{ prefix: string; entries: Array<{ suffix: string; jws: string; proof?: string }> }>) : undefined,
  ]);
  const now = Date.now();
  const trust = openTrustList(trustJws.trim(), base64urlDecode(root), { now });
  const byHash = new Map<string, string[]>();
  for (const e of bucket?.entries ?? []) {
    const h = bucket!.prefix + e.suffix;
    byHash.set(h, [...(byHash.get(h) ?? []), e.jws]);
  }
  // The log: the checkpoint comes with the proofs; it must carry the signature of the log key the
  // verified trust list names (and its witnesses), and each proof must verify against its root.
  const proofs = new Map<string, string>();
  for (const e of bucket?.entries ?? []) if (e.proof) proofs.set(e.jws, e.proof);
  const first = proofs.values().next().value as string | undefined;
  // Statements without any proof while the trust list names a log: the check cannot be completed.
  if (trust.payload.log && !first && (bucket?.entries.length ?? 0) > 0) fail('WC_LOG_MISSING', 'no proofs with the statements');
  const log = trust.payload.log && first ? { checkpoint: openCheckpoint(parseTlogProof(first).checkpoint, trust.payload.log), proofs } : undefined;
  // Statements are only known for the one bucket fetched; signatures are checked here (noble).
  const finding = verifyCode(typed, { trust, now, source: { byCodeHash: (h) => byHash.get(h) ?? [] }, ...(log ? { log } : {}) });
  const help = trust.payload.issuers.flatMap((i) => i.help.map((h) => ({ name: h.name, url: h.url, country: i.country, kind: h.kind, lang: h.lang })));
  return { result: { verdict: overallVerdict([finding]), findings: [finding] }, help };
}

async function onFragment(): Promise<void> {
  const out = document.getElementById('local-result');
  if (!out) return;
  let typed = '';
  try {
    typed = decodeURIComponent(location.hash.slice(1)).trim();
  } catch {
    typed = '';
  }
  // A fragment naming an element here (#check from the skip link, #help) is in-page navigation.
  if (typed && document.getElementById(typed)) return;
  if (!typed || typed.length > MAX_FRAGMENT) {
    out.innerHTML = '';
    return;
  }
  const t = catalog(document.documentElement.lang);
  out.innerHTML = html`<p class="note">${t.home.checkingLocally}</p>`.value;
  try {
    const { result, help } = await check(typed);
    out.innerHTML = html`${resultBlock(t, result, help)}<p class="note">${t.verdict.checkedLocally}</p>`.value;
  } catch (e) {
    out.innerHTML = errorBlock(t, isWarncheckError(e) ? e.code : 'WC_INTERNAL').value;
  }
  // Focus the verdict heading (tabindex=-1): it scrolls into view and a screen reader reads it.
  const heading = out.querySelector<HTMLElement>('#verdict');
  if (heading) heading.focus();
  else out.scrollIntoView();
}

window.addEventListener('hashchange', () => void onFragment());
void onFragment();
