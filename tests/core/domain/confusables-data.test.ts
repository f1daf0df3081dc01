// The vendored confusables.txt is unchanged, and the committed data module is exactly what the
// generator makes from it (so nobody edits the generated table by hand).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFUSABLES_MODULE, CONFUSABLES_TXT, generateConfusablesModule, parseConfusables, sha256Hex } from '../../../scripts/gen-confusables.js';
import { CONFUSABLES_COUNT, CONFUSABLES_SHA256, CONFUSABLES_VERSION } from '../../../src/core/domain/confusables-data.js';
import { confusablesTable } from '../../../src/core/domain/skeleton.js';

// Pinned here and in src/core/domain/data/README.md: the sha256 of Unicode's confusables.txt 17.0.0.
const PINNED_SHA256 = 'ec88ecebcf89f63f813d460842b0cf8322744b40a0b2c06f88a2cea48c0351ea';

describe('vendored confusables.txt', () => {
  const bytes = readFileSync(CONFUSABLES_TXT);

  it('is the pinned Unicode 17.0.0 file, byte for byte', () => {
    expect(sha256Hex(bytes)).toBe(PINNED_SHA256);
    expect(bytes.toString('utf8')).toMatch(/^# confusables\.txt\n# Date: 2025-07-22/);
    expect(readFileSync(new URL('../../../src/core/domain/data/README.md', import.meta.url), 'utf8')).toContain(PINNED_SHA256);
  });

  it('the committed confusables-data.ts is what scripts/gen-confusables.ts generates', () => {
    expect(readFileSync(CONFUSABLES_MODULE, 'utf8')).toBe(generateConfusablesModule(bytes));
    expect(CONFUSABLES_SHA256).toBe(PINNED_SHA256);
    expect(CONFUSABLES_VERSION).toBe('17.0.0');
  });

  it('the decoded table holds every data row of the file (checked with an independent line parser)', () => {
    const rows = bytes
      .toString('utf8')
      .split('\n')
      .map((l) => /^([0-9A-F]+) ;\t([0-9A-F ]+) ;\tMA\t#/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(rows.length).toBe(CONFUSABLES_COUNT);
    const table = confusablesTable();
    expect(table.size).toBe(rows.length);
    for (const m of rows) {
      const target = String.fromCodePoint(
        ...m[2]!
          .trim()
          .split(' ')
          .map((h) => parseInt(h, 16)),
      );
      expect(table.get(parseInt(m[1]!, 16))).toBe(target);
    }
  });

  it('the generator refuses rows it does not understand', () => {
    expect(() => parseConfusables('# Version: 1.0\n0041 ;\t0042 ;\tXX\t# bad type\n')).toThrow(/unexpected row/);
    expect(() => parseConfusables('# Version: 1.0\n0041 ;\t0042 ;\tMA\n0041 ;\t0043 ;\tMA\n')).toThrow(/duplicate/);
    expect(() => parseConfusables('0041 ;\t0042 ;\tMA\n')).toThrow(/Version/);
  });
});
