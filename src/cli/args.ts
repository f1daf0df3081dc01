/**
 * node:util parseArgs, except that a string option's value may begin with "-": key ids are
 * base64url and one in 32 begins with "-", and parseArgs refuses `--key -Xy…` as ambiguous. A value
 * is joined to its option (`--key=-Xy…`) unless it is itself one of the command's options, so a
 * missing value (`--data --json`) is still an error.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const options = config.options ?? {};
  const args = config.args ?? [];
  const isOption = (a: string): boolean => a.startsWith('--') && a.slice(2).split('=')[0]! in options;
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    const next = args[i + 1];
    if (isOption(a) && !a.includes('=') && options[a.slice(2)]!.type === 'string' && next !== undefined && next.startsWith('-') && !isOption(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return parseArgs({ ...config, args: out } as T);
}
