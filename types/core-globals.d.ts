// The three web-platform globals src/core uses, as both Node >= 20 and browsers provide them.
// tsconfig.core.json loads this file instead of the DOM library, so that any other browser or Node
// global (document, window, fetch, Buffer, process) fails to compile there: the core stays isomorphic.
// Only the members the core uses are declared; the full types come from the DOM library and
// @types/node in tsconfig.json, which does not load this file.

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

/** WHATWG URL: the parser browsers use, so a host the core reports is the host they would visit. */
declare class URL {
  constructor(url: string, base?: string);
  hash: string;
  host: string;
  hostname: string;
  href: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  username: string;
}
