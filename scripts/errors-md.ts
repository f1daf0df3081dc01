// Prints docs/ERRORS.md's table from the registry: a starting point for edits, not the source of
// truth (the docs test compares the hand-kept file with the code both ways).
import { ERRORS, type ErrorCode } from '../src/core/errors.js';
import { FINDINGS } from '../src/core/findings.js';
import { HTTP_STATUS } from '../src/server/status.js';

let s = `# Error codes

Every error that warncheck reports carries one of these stable codes. A code never changes meaning; its message may be reworded. \`tests/docs.test.ts\` fails if these tables and the registries disagree: errors in \`src/core/errors.ts\`, their HTTP status in \`src/server/status.ts\` (the status an API or page answer has when the error ends the request), scam signs and other findings in \`src/core/findings.ts\`.

Kinds: **format** (the input does not parse), **verification** (a signature or proof says no), **policy** (valid but not acceptable), **input** (limits and usage), **state** (the data or the service is not usable).

CLI exit status: 0 only for a \`genuine\` verdict; 1 for every other verdict and for errors of kind format, verification, policy and state; 2 for errors of kind **input** (usage, limits); 3 only from \`issue\`, for \`WC_ISSUE_OUTPUT_FAILED\`: the batch WAS issued but its codes are not at \`--out\` (the message names the file that holds them), which a pipeline must tell apart from "nothing was issued" (1 or 2).

| Code | Kind | HTTP | Meaning |
| --- | --- | --- | --- |
`;
for (const [k, v] of Object.entries(ERRORS)) s += `| \`${k}\` | ${v.kind} | ${HTTP_STATUS[k as ErrorCode]} | ${v.message} |\n`;
s += '\n| code | kind | message |\n| --- | --- | --- |\n';
for (const [k, v] of Object.entries(FINDINGS)) s += `| \`${k}\` | ${v.kind} | ${v.message} |\n`;
process.stdout.write(s);
