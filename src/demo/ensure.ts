/**
 * The demo: keys (apart from the data), a trust list naming demo issuers of several countries
 * with their real official domains and help services, templates, a few thousand statements, one
 * revoked statement and one revoked key — and a handful of inputs of every kind to try.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatCode, makeCode, codeHashHex } from '../core/code.js';
import { genuineText } from '../core/template.js';
import { OFFICIAL_REFERENCE } from '../core/domain/official-reference.js';
import { randomBytes } from 'node:crypto';
import { assertKeysApart, writeFileAtomic } from '../issuer/files.js';
import { issueBatch } from '../issuer/issue.js';
import { issuerKeyPath, loadKeyRing, newKey, writeKey } from '../issuer/keys.js';
import { revokeCode, revokeKey } from '../issuer/revoke.js';
import { buildTrustList, reissueTrustList, type TrustConfig } from '../issuer/trust.js';
import { openDataDir } from '../store/datadir.js';
import type { DemoInputs } from '../service/types.js';
import { DEMO_ISSUERS, DEMO_SCAM_MAIL, DEMO_SITE, DEMO_TEMPLATES } from './content.js';

const DAY = 86_400_000;
export const DEMO_INPUTS_FILE = 'demo-inputs.json';
export const DEMO_CONFIG_FILE = 'trust.json';

export function demoTrustConfig(site = DEMO_SITE): TrustConfig {
  return {
    site,
    validity_days: 90,
    // Each help link's `source` stays in the demo content: the signed format has no such field.
    issuers: DEMO_ISSUERS.map((i) => ({
      id: i.id,
      name: i.name,
      country: i.country,
      domains: i.domains,
      help: i.help.map((h) => ({ name: h.name, url: h.url, kind: h.kind, ...(h.lang ? { lang: h.lang } : {}) })),
    })),
    templates: DEMO_TEMPLATES.map((t) => ({ id: t.id, issuer: t.issuer, lang: t.lang, title: t.title, text: t.text })),
    official_domains: [...OFFICIAL_REFERENCE],
    log: { origin: 'warncheck.demo/log' },
  };
}

/** Make keys for every demo issuer that has none (and the root and log keys). */
export function demoKeygen(keysDir: string, now: number): void {
  if (!existsSync(join(keysDir, 'root.key'))) writeKey(join(keysDir, 'root.key'), newKey('root', now));
  if (!existsSync(join(keysDir, 'log.key'))) writeKey(join(keysDir, 'log.key'), newKey('log', now));
  const ring = loadKeyRing(keysDir);
  for (const i of DEMO_ISSUERS) {
    if (ring.issuers.has(i.id)) continue;
    if (i.id === DEMO_ISSUERS[0]!.id) {
      // The first issuer also has an older key, which the demo revokes.
      const old = newKey('issuer', now - 2 * DAY, i.id);
      writeKey(issuerKeyPath(keysDir, i.id, old.kid), old);
    }
    const k = newKey('issuer', now, i.id);
    writeKey(issuerKeyPath(keysDir, i.id, k.kid), k);
  }
}

export async function makeDemo(o: { keysDir: string; dataDir: string; now: number; perTemplate?: number }): Promise<DemoInputs> {
  assertKeysApart(o.keysDir, o.dataDir);
  demoKeygen(o.keysDir, o.now);
  const ring = loadKeyRing(o.keysDir);
  const { store } = openDataDir(o.dataDir, { create: true });
  try {
    const trust = buildTrustList(demoTrustConfig(), ring, store, o.dataDir, { now: o.now }).payload;
    // An example for issuers: the config this trust list was built from (docs/FORMAT.md §5.3).
    writeFileAtomic(join(o.keysDir, DEMO_CONFIG_FILE), JSON.stringify(demoTrustConfig(), null, 2) + '\n');
    const first = DEMO_ISSUERS[0]!;
    const [oldKey, newKeyOfFirst] = ring.issuers.get(first.id)!;
    const enTemplate = DEMO_TEMPLATES.find((t) => t.issuer === first.id && t.lang === 'en') ?? DEMO_TEMPLATES.find((t) => t.issuer === first.id)!;
    // Statements signed by the key that will be revoked.
    const old = await issueBatch({ store, trust, key: oldKey!, logKey: ring.log, templateId: enTemplate.id, count: 20, now: o.now - DAY });
    let genuine = '';
    let revoked = '';
    // One genuine code and one altered text per language (the first template of each language).
    const byLanguage: Record<string, { genuine: string; altered: string }> = {};
    for (const t of DEMO_TEMPLATES) {
      const keys = ring.issuers.get(t.issuer)!;
      const key = t.issuer === first.id ? newKeyOfFirst! : keys.at(-1)!;
      const r = await issueBatch({ store, trust, key, logKey: ring.log, templateId: t.id, count: o.perTemplate ?? 200, now: o.now });
      // Demo inputs look like most codes (a digit and a letter among the symbols): about 1 % of
      // random codes lack one, and a text scanner finds such a code only in its exact display form.
      // Atypical ones last: with a few codes per template all of them may be atypical.
      const ordered = [...r.codes.filter(looksTypical), ...r.codes.filter((c) => !looksTypical(c))];
      if (t.id === enTemplate.id) {
        genuine = ordered[0]!;
        revoked = ordered[1]!;
      }
      // ordered[0], never the code revoked below (it was r.codes[0], which is ordered[1] when the first code is atypical).
      byLanguage[t.lang] ??= { genuine: formatCode(ordered[0]!), altered: alter(genuineText({ ...t }, ordered[0]!)) };
    }
    revokeCode(store, ring, revoked, 'Demo: withdrawn because the file was re-cut', o.now, o.now);
    revokeKey(store, ring, o.dataDir, oldKey!.kid, 'Demo: key retired after a suspected leak', o.now, o.now);
    let unknown = '';
    do unknown = makeCode(first.country, randomBytes(11));
    while (store.byCodeHash(codeHashHex(unknown)).length > 0 || !looksTypical(unknown));
    const text = genuineText({ ...enTemplate }, genuine);
    const inputs: DemoInputs = {
      genuine: formatCode(genuine),
      revoked: formatCode(revoked),
      revokedKey: formatCode(old.codes.find(looksTypical) ?? old.codes[0]!),
      mistyped: formatCode(slip(genuine)),
      unknown: formatCode(unknown),
      altered: alter(text),
      scam: DEMO_SCAM_MAIL.split('{code}').join(formatCode(genuine)),
      byLanguage,
    };
    writeFileAtomic(join(o.keysDir, DEMO_INPUTS_FILE), JSON.stringify(inputs, null, 2) + '\n', 0o600);
    return inputs;
  } finally {
    store.close();
  }
}

function looksTypical(code: string): boolean {
  const symbols = code.slice(2);
  return /[0-9]/.test(symbols) && /[A-Z]/.test(symbols);
}

/** One typing slip: swap two different adjacent symbols of the code. */
function slip(code: string): string {
  for (let i = 2; i < code.length - 1; i++) {
    if (code[i] !== code[i + 1]) return code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
  }
  return code;
}

/** A believable alteration: one sentence's words changed, one added. */
function alter(text: string): string {
  const words = text.split(' ');
  const at = Math.floor(words.length / 3);
  words.splice(at, 2, 'urgently', 'must');
  return words.join(' ');
}

/**
 * The embedded demo used by `npm start`: made once under `baseDir`, reused afterwards, and its
 * trust list renewed when it is about to expire.
 */
export async function ensureDemo(baseDir: string, now = Date.now()): Promise<{ dataDir: string; keysDir: string; inputs: DemoInputs }> {
  const dataDir = join(baseDir, 'data');
  const keysDir = join(baseDir, 'keys');
  const inputsFile = join(keysDir, DEMO_INPUTS_FILE);
  if (existsSync(inputsFile) && existsSync(join(dataDir, 'warncheck.db'))) {
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as DemoInputs;
    const { store } = openDataDir(dataDir);
    let current: boolean;
    try {
      const latest = store.latestTrustList()!;
      const payload = JSON.parse(Buffer.from(latest.jws.split('.')[1]!, 'base64url').toString('utf8')) as {
        expires_at: string;
        templates?: Array<{ id: string }>;
      };
      // A demo made before the log existed has no checkpoint, and one made from older demo content
      // lacks templates (languages): either is made again below.
      const ids = new Set((payload.templates ?? []).map((t) => t.id));
      current = store.latestCheckpoint() !== undefined && DEMO_TEMPLATES.every((t) => ids.has(t.id));
      const exp = payload.expires_at;
      if (Date.parse(exp) - now < 7 * DAY) reissueTrustList(store, loadKeyRing(keysDir), dataDir, now);
    } finally {
      store.close();
    }
    if (current) return { dataDir, keysDir, inputs };
  }
  // A half-made demo (interrupted first start) is discarded and made again.
  rmSync(baseDir, { recursive: true, force: true });
  const inputs = await makeDemo({ keysDir, dataDir, now });
  return { dataDir, keysDir, inputs };
}
