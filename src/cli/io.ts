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
