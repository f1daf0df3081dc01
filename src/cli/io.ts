import { fail } from '../core/errors.js';

/** What a CLI command gets from the process: injected, so tests run commands in-process. */
export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Clock (ms); tests pass a fixed one. */
  now?: () => number;
}

export const EXIT_OK = 0;
export const EXIT_NOT_GENUINE = 1;
export const EXIT_USAGE = 2;
/** `issue` only: the batch IS in the log, but its codes are not at --out (WC_ISSUE_OUTPUT_FAILED). */
export const EXIT_ISSUED_NO_OUT = 3;

/**
 * A whole number written in plain decimal digits, min…max: `Number()` would also take `0x10`,
 * `1e3`, `+5`, ` 5` and `0b1`, and a typo in a count must not become another count. Leading
 * zeros are refused too (`010` reads as octal elsewhere).
 */
export function decimalArg(text: string, flag: string, min: number, max: number): number {
  const n = /^(0|[1-9][0-9]{0,14})$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) fail('WC_USAGE', `${flag} must be a decimal number ${min}…${max}`);
  return n;
}
