#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ and bundled into dist/bin/ by `npm run build` (run by
// `npm ci` via "prepare"; scripts/build-bin.js says why the bundle).
import { main } from '../dist/bin/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
