/**
 * `warncheck` command line. Each command is a function (args, io) → exit status, run in-process by
 * tests. Errors print one line with the stable code (docs/ERRORS.md), never a stack trace.
 * Exit status: 0 success / genuine, 1 any other verdict or error, 2 usage and input-limit errors,
 * 3 (issue) the batch was committed but its codes are not at --out.
 */
import { isWarncheckError, WarncheckError } from '../core/errors.js';
import { EXIT_ISSUED_NO_OUT, EXIT_USAGE, type CliIO } from './io.js';

export async function main(argv: string[], io: CliIO): Promise<number> {
  // Node turns bytes that are not UTF-8 into U+FFFD: refuse, as stdin's invalid UTF-8 is refused,
  // rather than check a text other than the one given (such text can come on stdin: `verify -`).
  if (argv.some((a) => a.includes('\uFFFD'))) return reportError(new WarncheckError('WC_INPUT_NOT_TEXT', 'an argument is not valid UTF-8'), io);
  const [name, ...rest] = argv;
  // `<command> --help`: that command's options, environment and an example (src/cli/help.ts).
  if (name && (rest.includes('--help') || rest.includes('-h'))) {
    const text = (await import('./help.js')).formatHelp(name);
    if (text) {
      io.stdout.write(text);
      return 0;
    }
  }
  // `serve` never loads the issuer's modules: the serving process has no code that reads keys.
  if (name === 'serve') {
    try {
      return await (await import('./serve.js')).runServe(rest, io);
    } catch (e) {
      return reportError(e, io);
    }
  }
  const { COMMANDS, USAGE } = await import('./commands.js');
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr).write(USAGE);
    return name ? 0 : EXIT_USAGE;
  }
  if (name === '--version') {
    io.stdout.write('warncheck 0.1.0\n');
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr.write(`warncheck: unknown command '${safe(name)}' (WC_USAGE)\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await cmd(rest, io);
  } catch (e) {
    return reportError(e, io);
  }
}

export function reportError(e: unknown, io: CliIO): number {
  if (isWarncheckError(e)) {
    io.stderr.write(`warncheck: ${e.message} (${e.code})\n`);
    if (e.code === 'WC_ISSUE_OUTPUT_FAILED') return EXIT_ISSUED_NO_OUT;
    return e.kind === 'input' ? EXIT_USAGE : 1;
  }
  if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    io.stderr.write(`warncheck: ${e.message.replace(/\s*\n\s*/g, ' ')} (WC_USAGE)\n`);
    return EXIT_USAGE;
  }
  // Unknown failure: one line, no stack, no input echoed (WARNCHECK_DEBUG=1 shows the stack to developers).
  if (io.env['WARNCHECK_DEBUG'] === '1' && e instanceof Error) io.stderr.write(`${e.stack ?? ''}\n`);
  io.stderr.write(`warncheck: unexpected error (${e instanceof Error ? e.name : 'unknown'}) (WC_INTERNAL)\n`);
  return 1;
}

/** Shown back only as printable ASCII, bounded. */
function safe(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?').slice(0, 40);
}
