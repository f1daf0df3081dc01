/**
 * The log's side of witnessing (c2sp.org/tlog-witness; docs/LOG.md §8): send the latest
 * checkpoint to each witness with a consistency proof from the size it last cosigned (learned from
 * a 409 answer), check every cosignature it returns against the witness key the trust list names,
 * and store the good ones next to the checkpoint. Nothing a witness says is stored unverified.
 */
import { fail, isWarncheckError } from '../core/errors.js';
import type { TrustListPayload } from '../core/trust.js';
import { cosignatureVerifier } from '../core/tlog/cosignature.js';
import { consistencyProof } from '../core/tlog/merkle.js';
import { openNote, parseNote, parseSignatureLines } from '../core/tlog/note.js';
import { formatAddCheckpointRequest, TLOG_SIZE_CONTENT_TYPE } from '../core/tlog/witness.js';
import type { Store } from '../store/types.js';

export interface WitnessOutcome {
  url: string;
  ok: boolean;
  /** What happened, in words (no secrets, no user input). */
  detail: string;
  cosignedBy?: string;
}

const MAX_RESPONSE = 64 * 1024;

export async function requestCosignatures(
  store: Store,
  trust: TrustListPayload,
  urls: readonly string[],
  fetchImpl: typeof fetch = fetch,
): Promise<WitnessOutcome[]> {
  if (!trust.log) return fail('WC_LOG_MISSING', 'the trust list names no log');
  const cp = store.latestCheckpoint();
  if (!cp) return fail('WC_LOG_MISSING', 'no checkpoint yet');
  const verifiers = (trust.log.witnesses ?? []).map((w) => cosignatureVerifier(w.vkey));
  const text = parseNote(cp.note).text;
  const node = (level: number, index: bigint) => store.logHash(level, Number(index)) ?? fail('WC_DATA_CORRUPT', 'log hash missing');
  const out: WitnessOutcome[] = [];
  for (const url of urls) {
    const target = new URL('add-checkpoint', url.endsWith('/') ? url : url + '/').toString();
    const post = (old: number) => {
      const proof = old > 0 && old < cp.size ? consistencyProof(old, cp.size, node) : [];
      return fetchImpl(target, { method: 'POST', body: formatAddCheckpointRequest(old, proof, cp.note), signal: AbortSignal.timeout(15_000) });
    };
    try {
      let r = await post(0);
      if (r.status === 409 && (r.headers.get('content-type') ?? '').startsWith(TLOG_SIZE_CONTENT_TYPE)) {
        const old = Number((await r.text()).trim());
        if (!Number.isSafeInteger(old) || old < 0 || old > cp.size) {
          out.push({ url, ok: false, detail: 'the witness reported a size larger than this log: it has seen a different log' });
          continue;
        }
        r = await post(old);
      }
      const body = (await r.text()).slice(0, MAX_RESPONSE);
      if (r.status !== 200) {
        out.push({ url, ok: false, detail: `the witness refused with HTTP ${r.status}` });
        continue;
      }
      // Keep only lines that verify against a witness key of the trust list over this checkpoint.
      const lines = parseSignatureLines(body);
      const good: string[] = [];
      let by: string | undefined;
      for (const sig of lines) {
        const v = verifiers.find((x) => x.name === sig.name && x.keyId === sig.keyId);
        const line = `— ${sig.name} ${sig.base64}\n`;
        if (!v) continue;
        try {
          openNote(`${text}\n${line}`, [v]);
          good.push(line);
          by = sig.name;
        } catch {
          /* a bad cosignature is dropped */
        }
      }
      if (good.length === 0) {
        out.push({ url, ok: false, detail: 'no cosignature from a witness the trust list names' });
        continue;
      }
      store.addCosignatures(cp.size, good);
      out.push({ url, ok: true, detail: `cosigned size ${cp.size}`, cosignedBy: by! });
    } catch (e) {
      out.push({ url, ok: false, detail: isWarncheckError(e) ? e.message : 'the witness could not be reached or answered badly' });
    }
  }
  return out;
}

/**
 * Witnesses on every write: after an append (issue, revoke --code), ask every witness the trust
 * list gives a `url` to cosign the new checkpoint. The append is already committed, so a witness
 * that cannot be reached loses nothing: the outcome says so and `log --witness URL` completes it.
 */
export async function cosignAfterWrite(store: Store, trust: TrustListPayload, fetchImpl: typeof fetch = fetch): Promise<WitnessOutcome[]> {
  const urls = (trust.log?.witnesses ?? []).flatMap((w) => (w.url ? [w.url] : []));
  return urls.length ? requestCosignatures(store, trust, urls, fetchImpl) : [];
}
