// Prints docs/ERRORS.md's table from the registry: a starting point for edits, not the source of
// truth (the docs test compares the hand-kept file with the code both ways).
import { ERRORS } from '../src/core/errors.js';

let s = `# Error codes

Every error that warncheck reports carries one of these stable codes. A code never changes meaning; its message may be reworded. \`tests/docs.test.ts\` fails if this table and \`src/core/errors.ts\` disagree.

Kinds: **format** (the input does not parse), **verification** (a signature or proof says no), **policy** (valid but not acceptable), **input** (limits and usage), **state** (the data or the service is not usable).

CLI exit status: 0 only for a \`genuine\` verdict; 1 for every other verdict and for errors of kind format, verification, policy and state; 2 for errors of kind **input** (usage, limits); 3 only from \`issue\`, for \`WC_ISSUE_OUTPUT_FAILED\`: the batch WAS issued but its codes are not at \`--out\` (the message names the file that holds them), which a pipeline must tell apart from "nothing was issued" (1 or 2).

| Code | Kind | HTTP | Meaning |
| --- | --- | --- | --- |
`;
for (const [k, v] of Object.entries(ERRORS)) s += `| \`${k}\` | ${v.kind} | ${v.http} | ${v.message} |\n`;
process.stdout.write(s);
