// `warncheck <command> --help` (issue 13 item 5): every command prints its usage, options,
// environment variables and an example that names it; the README lists every command.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { HELP } from '../../src/cli/help.js';
import { run } from '../helpers/cli.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('--help per command', () => {
  it('every command has a help entry, and no entry names a command that does not exist', () => {
    expect(Object.keys(HELP).sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it.each(Object.keys(COMMANDS))('%s --help prints options, environment and an example', async (name) => {
    for (const flag of ['--help', '-h']) {
      const r = await run([name, flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(new RegExp(`^usage: warncheck ${name.replace('-', '\\-')} `));
      expect(r.stdout).toContain('\noptions:\n');
      expect(r.stdout).toContain('\nenvironment:\n');
      expect(r.stdout).toContain(`\nexample:\n  npx warncheck ${name} `);
    }
    // Every option the help names is one the command accepts (parseArgs is strict): the usage
    // line's flags appear in the options list.
    const usage = /^usage: (.*)$/m.exec((await run([name, '--help'])).stdout)![1]!;
    const listed = (await run([name, '--help'])).stdout.split('\nenvironment:')[0]!;
    for (const flag of usage.match(/--[a-z]+/g) ?? []) expect(listed.split('options:')[1]).toContain(flag);
    expect(readme).toContain(`npx warncheck ${name}`);
    // Options and environment variables share one column: each name is followed by at least two
    // spaces before its description (WARNCHECK_DEBUG=1 is the longest name for some commands).
    for (const line of listed.split('\n').concat((await run([name, '--help'])).stdout.split('\nenvironment:\n')[1]!.split('\nexample:')[0]!.split('\n'))) {
      if (line.startsWith('  ')) expect(line).toMatch(/^ {2}\S+(?: \S+)? {2,}\S/);
    }
  });

  it('the README says how to get them', () => {
    expect(readme).toContain('--help');
  });
});
