import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';

const options = { key: { type: 'string' }, data: { type: 'string' }, json: { type: 'boolean' } } as const;
const parse = (args: string[]) => parseCliArgs({ args, options, strict: true, allowPositionals: true });

describe('CLI options (src/cli/args.ts)', () => {
  it('a string value that begins with "-" (a base64url key id) is the option\'s value', () => {
    expect(parse(['--key', '-Xy9_a', '--data', 'd']).values).toEqual({ key: '-Xy9_a', data: 'd' });
    expect(parse(['--key', '--Xy9_a']).values).toEqual({ key: '--Xy9_a' });
    expect(parse(['--key=-Xy9_a']).values).toEqual({ key: '-Xy9_a' });
  });
  it('a missing value is still an error: the next word is one of the options', () => {
    expect(() => parse(['--data', '--json'])).toThrow();
    expect(() => parse(['--key', '--data=x'])).toThrow();
    expect(() => parse(['--key'])).toThrow();
  });
  it('unknown options and everything after "--" are left to parseArgs', () => {
    expect(() => parse(['--nope', '-x'])).toThrow();
    expect(parse(['--json', '--', '--key', '-x']).positionals).toEqual(['--key', '-x']);
    expect(parse(['--json', '--', '--key', '-x']).values).toEqual({ json: true });
  });
});
