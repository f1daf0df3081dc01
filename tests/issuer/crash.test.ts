// kill -9 during bulk issuance (the short CI version of `npm run crashtest`): after every kill the
// batch is all there or not at all, nothing reported done is lost, nothing is duplicated, the store
// and the log agree and the checkpoint never goes backwards (scripts/crashtest.ts checks each).
import { describe, expect, it } from 'vitest';
import { crashRuns } from '../../scripts/crashtest.js';

describe('crash during issue', () => {
  it('6 random kill points: 0 lost, 0 duplicated, 0 inconsistent', async () => {
    const c = await crashRuns({ runs: 6, maxCount: 15_000, maxDelayMs: 1_500 });
    expect(c).toMatchObject({ runs: 6, lost: 0, codesMissing: 0, duplicated: 0, inconsistent: 0, checkpointBackwards: 0 });
    expect(c.committed + c.rolledBack).toBe(6);
  }, 120_000);
});
