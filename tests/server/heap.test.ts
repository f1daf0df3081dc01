// Nothing typed is kept: the real server process is sent a JWS, a text and a URL carrying unique
// markers (through the API, the batch and the form), then writes a heap snapshot (which collects
// garbage first); none of the markers may be in it. A public statement that was checked is (the
// control: the snapshot does hold the server's long strings).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { statementOf } from '../helpers/range.js';
import { base64urlDecode, base64urlEncode, utf8Decode, utf8Encode } from '../../src/core/bytes.js';
import { serve, waitForFile, waitForOutput } from '../helpers/spawn.js';

const cwd = mkdtempSync(join(tmpdir(), 'wc-heap-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('nothing typed is kept (heap snapshot of the real server)', () => {
  it('a pasted JWS, text and URL leave no trace once answered', async () => {
    const s = await serve([], { cwd, nodeFlags: ['--heapsnapshot-signal=SIGUSR2'] });
    try {
      await waitForOutput(s.output, /genuine code: +[A-Z]{2}-/);
      const inputs = JSON.parse(readFileSync(join(cwd, '.warncheck/demo/keys/demo-inputs.json'), 'utf8')) as { genuine: string; altered: string };
      const post = async (path: string, body: string, type = 'application/json') => {
        const r = await fetch(`${s.url}${path}`, { method: 'POST', headers: { 'content-type': type }, body });
        expect(r.status, path).toBe(200);
        return r.text();
      };
      // The genuine code's statement, as the look-up bucket serves it (public).
      const first = JSON.parse(await post('/api/v1/verify', JSON.stringify({ input: inputs.genuine })));
      expect(first.verdict).toBe('genuine');
      const genuineJws = await statementOf(s.url, inputs.genuine);
      const [h, p, sig] = genuineJws.split('.') as [string, string, string];

      // Markers are random per run, so nothing but this run's requests can hold them.
      const m = (tag: string) => `zqx${tag}${Math.random().toString(36).slice(2, 10)}`;
      const jwsSigMarker = m('JWSsig');
      const jwsPayloadMarker = m('JWSpayload');
      const textMarker = m('TEXT');
      const urlMarker = m('URL').toLowerCase();
      // A forged statement: the genuine one with a signature that begins with a marker.
      const forgedSig = `${h}.${p}.${jwsSigMarker}${sig.slice(jwsSigMarker.length)}`;
      // And one whose payload was changed to carry a marker (its signature no longer matches).
      const payload = JSON.parse(utf8Decode(base64urlDecode(p)));
      payload.channel = jwsPayloadMarker;
      const forgedPayload = `${h}.${base64urlEncode(utf8Encode(JSON.stringify(payload)))}.${sig}`;
      const text = `${textMarker} ${inputs.altered} Logg inn på https://${urlMarker}-politiet.example/login?id=${textMarker}`;
      const url = `https://${urlMarker}.example/politiet/login?case=${urlMarker}`;

      for (const input of [forgedSig, forgedPayload, text, url]) {
        const a = await post('/api/v1/verify', JSON.stringify({ input }));
        expect(JSON.parse(a).verdict).not.toBe('genuine');
        await post('/verify', new URLSearchParams({ input }).toString(), 'application/x-www-form-urlencoded');
      }
      await post('/api/v1/verify/batch', JSON.stringify({ items: [forgedSig, forgedPayload, text, url, inputs.genuine] }));
      expect(JSON.parse(await post('/api/v1/verify', JSON.stringify({ input: forgedSig }))).verdict).toBe('forged');

      s.proc.kill('SIGUSR2');
      const heap = readFileSync(await waitForFile(cwd, '.heapsnapshot'), 'latin1');
      expect(heap).toContain(genuineJws.slice(0, 200)); // control: a remembered public statement is there
      const found = [jwsSigMarker, jwsPayloadMarker, textMarker, urlMarker].filter((x) => heap.includes(x));
      expect(found, 'markers still in the server heap').toEqual([]);
      // The forged statements themselves (which begin like the genuine one) are gone too: the
      // place where each departs from the genuine statement is nowhere in the heap.
      const departs = (forged: string): string => {
        let i = 0;
        while (forged[i] === genuineJws[i]) i++;
        return forged.slice(i - 20, i + 40);
      };
      expect(heap.includes(departs(forgedSig)), 'the forged signature').toBe(false);
      expect(heap.includes(departs(forgedPayload)), 'the forged payload').toBe(false);
    } finally {
      await s.stop();
    }
  }, 180_000);
});
