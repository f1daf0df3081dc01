// `serve --workers N` runs its workers with a smaller young generation unless the operator chose one.
import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../src/cli/serve.js';

describe('the workers node flags', () => {
  it('adds --max-semi-space-size=8 to the primary flags, and leaves an operator choice alone', () => {
    expect(workerExecArgv([], undefined)).toEqual(['--max-semi-space-size=8']);
    expect(workerExecArgv(['--enable-source-maps'], '')).toEqual(['--enable-source-maps', '--max-semi-space-size=8']);
    expect(workerExecArgv(['--max-semi-space-size=32'], undefined)).toEqual(['--max-semi-space-size=32']);
    expect(workerExecArgv([], '--max_semi_space_size=2 --trace-warnings')).toEqual([]);
    expect(workerExecArgv([], '--semi-space-size=4')).toEqual([]);
    expect(workerExecArgv([], '--max-old-space-size=512')).toEqual(['--max-semi-space-size=8']);
  });
});
