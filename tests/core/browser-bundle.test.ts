// src/core bundles for the browser and runs without Node: every module goes through esbuild with
// platform 'browser' (a Node built-in or a CommonJS package that needs one fails to resolve), and the
// library-backed codecs (punycode, @scure/base, ibantools) then run in a bare V8 context with no
// require, process or Buffer.
import { readdirSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const CORE = new URL('../../src/core/', import.meta.url).pathname;
const modules = readdirSync(CORE, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

describe('src/core in the browser', () => {
  it('bundles every module for the browser and decodes IDNs, bech32, base58, base64url and IBANs without Node', async () => {
    expect(modules.length).toBeGreaterThan(20);
    const entry = [
      ...modules.map((f) => `import './${f.replace(/\.ts$/, '.js')}';`),
      `import { hostToUnicode } from './domain/punycode.js';`,
      `import { bech32Decode } from './text/extract/bech32.js';`,
      `import { base58CheckDecode } from './text/extract/base58.js';`,
      `import { findIbans } from './text/extract/iban.js';`,
      `import { base64urlDecode, hexEncode } from './bytes.js';`,
      `export const run = () => [hostToUnicode('xn--mnchen-3ya.de').unicode, bech32Decode('A12UEL5L').spec, base58CheckDecode('1FsSia9rv4NeEwvJ2GvXrX7LyxYspbN2mo').payload.length, findIbans('NO93 8601 1117 947')[0].valid, hexEncode(base64urlDecode('_-8'))];`,
    ].join('\n');
    const out = await build({
      stdin: { contents: entry, resolveDir: CORE, sourcefile: 'entry.ts', loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'core',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/\brequire\(/);
    const sandbox: { core?: { run(): unknown[] } } = { TextEncoder, TextDecoder } as never;
    runInNewContext(code, sandbox);
    expect(sandbox.core!.run()).toEqual(['münchen.de', 'bech32', 21, true, 'ffef']);
  });
});
