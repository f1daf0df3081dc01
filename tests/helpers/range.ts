// The statement of a code, fetched as the browser check does: the look-up bucket of its hash at the
// bits the signed log size allows (docs/FORMAT.md §3.5).
import { codeHashHex, normalizeCode } from '../../src/core/code.js';
import { bucketName, bucketOfHex, decodeRangeAnswer, rangeBits } from '../../src/core/range.js';
import { parseStatement } from '../../src/core/statement.js';

export async function statementOf(site: string, code: string): Promise<string> {
  const hash = codeHashHex(normalizeCode(code)!);
  const size = Number((await (await fetch(`${site}/log/checkpoint`)).text()).split('\n')[1]);
  const bits = rangeBits(size);
  const answer = decodeRangeAnswer(
    new Uint8Array(await (await fetch(`${site}/api/v1/range/${bits}/${bucketName(bucketOfHex(hash, bits), bits)}`)).arrayBuffer()),
  );
  const hit = answer.entries.find((e) => parseStatement(e.jws).statement.type === 'warning' && parseStatement(e.jws).codeHashHex === hash);
  if (!hit) throw new Error('no statement for that code in its bucket');
  return hit.jws;
}
