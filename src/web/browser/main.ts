/**
 * The optional browser check (JavaScript on). The address printed in a warning is
 * `https://<site>/#<code>`: the fragment never reaches the server. This script checks that code
 * in the browser with the very same core code the server and CLI run, and sends the server only a
 * short prefix of the code's hash, its length set by the signed log size so that each bucket holds
 * at least 32 statements on average (k-anonymity, like the Pwned Passwords range API).
 * The trust list is verified against the root key the page names (through its hand-overs after a
 * root rotation). Without JavaScript the page
 * asks the reader to type the code instead; nothing here is needed for the form to work, except on
 * a published static copy, where this script is the only check there is (`staticForm`).
 */
import { base64urlDecode, utf8Encode } from '../../core/bytes.js';
import { CODE_MAX_TYPED, codeHashHex, parseCode } from '../../core/code.js';
import { fail, isWarncheckError } from '../../core/errors.js';
import { openTrustList, TRUST_MAX_JWS } from '../../core/trust.js';
import { parseCompactJws } from '../../core/jws.js';
import { jwkThumbprint } from '../../core/jwk.js';
import { openCheckpoint, type OpenedCheckpoint } from '../../core/tlog/policy.js';
import { formatTlogProof } from '../../core/tlog/proof.js';
import { bucketName, bucketOfHex, decodeRangeAnswer, rangeBits } from '../../core/range.js';
import { multiproofPaths } from '../../core/tlog/multiproof.js';
import { leafHash } from '../../core/tlog/hash.js';
import { parseStatement } from '../../core/statement.js';
import { overallVerdict, type Result } from '../../core/verdict.js';
import { verifyCode } from '../../core/verify.js';
import { catalog, pickLanguage } from '../i18n/index.js';
import { errorBlock, resultBlock, staticNote, type HelpLink } from '../pages.js';
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
  const [trustJws, checkpointNote] = await Promise.all([
    fetchOk('/.well-known/warncheck-trust.jws').then((r) => r.text()),
    hash ? fetchOk('/log/checkpoint').then((r) => r.text()) : undefined,
  ]);
  const now = Date.now();
  const rootPk = base64urlDecode(root);
  // Signed by a later root than the page pins: follow the signed hand-overs (FORMAT.md §5.2).
  const handovers =
    parseCompactJws(trustJws.trim(), TRUST_MAX_JWS).kid === jwkThumbprint(rootPk)
      ? []
      : (await fetchOk('/.well-known/warncheck-root-handovers').then((r) => r.text())).split('\n').filter((l) => l.length > 0);
  const trust = openTrustList(trustJws.trim(), rootPk, { now, handovers });
  // The bucket's size follows the log size of a checkpoint verified under the trust list's log
  // key: a forged, larger size could otherwise make the look-up single out a statement.
  const bits = hash && trust.payload.log && checkpointNote ? rangeBits(Number(openCheckpoint(checkpointNote, trust.payload.log).size)) : 0;
  const answer = hash
    ? decodeRangeAnswer(
        new Uint8Array((await (await fetchOk(`/api/v1/range/${bits}/${bucketName(bucketOfHex(hash, bits), bits)}`)).arrayBuffer()) as ArrayBuffer),
      )
    : undefined;
  if (answer && (answer.bits !== bits || answer.bucket !== bucketOfHex(hash!, bits))) fail('WC_RANGE_MALFORMED', 'another bucket than the one asked for');
  const byHash = new Map<string, string[]>();
  for (const e of answer?.entries ?? []) {
    let h: string | undefined;
    try {
      h = parseStatement(e.jws).codeHashHex;
    } catch {
      continue; // a malformed entry cannot be the reader's statement; verification would refuse it
    }
    if (h) byHash.set(h, [...(byHash.get(h) ?? []), e.jws]);
  }
  // The log: the answer's checkpoint must carry the signature of the log key the verified trust
  // list names (and its witnesses); its one proof for the whole bucket becomes an ordinary audit
  // path per statement, which the inclusion step then checks against the checkpoint's root.
  let log: { checkpoint: OpenedCheckpoint; proofs: Map<string, string> } | undefined;
  let reachesRoot = true;
  if (trust.payload.log && answer && answer.entries.length > 0) {
    const checkpoint = openCheckpoint(answer.checkpoint, trust.payload.log);
    if (checkpoint.size !== answer.size) fail('WC_RANGE_MALFORMED', 'size and checkpoint differ');
    const leaves = answer.entries.map((e) => leafHash(utf8Encode(e.jws)));
    // Each path is compared with the root by the inclusion step, so a bad proof of the reader's
    // statement reads as any bad proof does (forged, WC_LOG_PROOF_INVALID); the whole answer's
    // root is kept for the verdict that rests on no statement (below).
    const { root, paths } = multiproofPaths(
      answer.entries.map((e) => e.index),
      answer.size,
      leaves,
      answer.proof,
    );
    const proofs = new Map(answer.entries.map((e, i) => [e.jws, formatTlogProof({ index: e.index, hashes: paths[i]!, checkpoint: answer.checkpoint })]));
    log = { checkpoint, proofs };
    reachesRoot = root.length === checkpoint.rootHash.length && root.every((b, i) => b === checkpoint.rootHash[i]);
  }
  // Statements are only known for the one bucket fetched; signatures are checked here (noble).
  const finding = verifyCode(typed, { trust, now, source: { byCodeHash: (h) => byHash.get(h) ?? [] }, ...(log ? { log } : {}) });
  // "Not issued" rests on no proof: a bucket changed on the way (the reader's statement altered or
  // unreadable) must not read as that; only an answer that reaches the signed root may.
  if (!reachesRoot && finding.verdict !== 'forged') fail('WC_LOG_PROOF_INVALID', 'the look-up answer does not reach the signed root');
  const help = trust.payload.issuers.flatMap((i) => i.help.map((h) => ({ name: h.name, url: h.url, country: i.country, kind: h.kind, lang: h.lang })));
  return { result: { verdict: overallVerdict([finding]), findings: [finding] }, help };
}

/** Check `typed` here and show the verdict (or the error) in the page's result box. */
async function show(out: HTMLElement, typed: string): Promise<void> {
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

async function onFragment(): Promise<void> {
  const out = document.getElementById('local-result');
  if (!out) return;
  let typed: string;
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
  await show(out, typed);
}

/**
 * A published static copy has no server to post the form to: a typed code is checked here, like
 * one in the fragment (and never put into the address); a whole text or a link is sent to nobody,
 * the reader is pointed to the full service instead.
 */
function staticForm(form: HTMLFormElement): void {
  const out = document.getElementById('local-result');
  const input = form.querySelector('textarea');
  if (!out || !input) return;
  form.hidden = false;
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const typed = input.value.trim();
    const t = catalog(document.documentElement.lang);
    const p = typed.length <= CODE_MAX_TYPED ? parseCode(typed) : undefined;
    // A code, or a mistyped one (the check says which): the same check as a code in the address.
    if (p && (p.ok || p.code !== 'WC_CODE_MALFORMED')) return void show(out, typed);
    out.innerHTML = typed
      ? html`<div class="card" id="codes-only" tabindex="-1" role="status">${staticNote(t, form.dataset['fullService'] ?? '/')}</div>`.value
      : errorBlock(t, 'WC_INPUT_EMPTY').value;
    out.querySelector<HTMLElement>('#verdict, #codes-only')?.focus();
  });
}

/**
 * A static copy's root is the default language's page (links name /<lang>/ explicitly): a browser
 * that prefers another interface language is sent to that page, the fragment kept (it stays here).
 */
function otherLanguagePage(): string | undefined {
  if (location.pathname !== '/' && location.pathname !== '/index.html') return undefined;
  const lang = pickLanguage(undefined, (navigator.languages ?? [navigator.language]).join(','));
  return lang !== document.documentElement.lang ? `/${lang}/${location.hash}` : undefined;
}

const form = document.querySelector<HTMLFormElement>('form#static-check');
const moved = form ? otherLanguagePage() : undefined;
if (moved) {
  location.replace(moved);
} else {
  if (form) staticForm(form);
  window.addEventListener('hashchange', () => void onFragment());
  void onFragment();
}
