/**
 * Typed errors with stable machine codes (docs/ERRORS.md lists every one; tests/docs.test.ts
 * keeps the table and this registry in sync both ways).
 *
 * Three kinds are kept apart, as jose, sigstore and Go's note package do:
 *  - format: the input does not parse (malformed);
 *  - verification: well-formed, but a signature or proof says no;
 *  - policy: valid, but not acceptable (untrusted, expired, rolled back, revoked).
 * Plus: input (limits, usage) and state (the data directory or log is not in a usable state).
 * The codes of what a text holds (scam signs, addresses) are findings, not errors: findings.ts.
 * The HTTP status of each error is the server's business: src/server/status.ts.
 */

export type ErrorKind = 'format' | 'verification' | 'policy' | 'input' | 'state';

interface ErrorSpec {
  readonly kind: ErrorKind;
  /** The human message; never includes user input. */
  readonly message: string;
}

export const ERRORS = {
  // ---- input and usage ----
  WC_INPUT_EMPTY: { kind: 'input', message: 'The input is empty.' },
  WC_INPUT_TOO_LARGE: { kind: 'input', message: 'The input is larger than the limit.' },
  WC_INPUT_NOT_TEXT: { kind: 'input', message: 'The input is not valid UTF-8 text.' },
  WC_BATCH_TOO_LARGE: { kind: 'input', message: 'The batch is larger than a limit (items, characters or findings).' },
  WC_USAGE: { kind: 'input', message: 'The command was not used correctly.' },
  WC_SYNC_SOURCE: { kind: 'state', message: 'The source of the copy could not be read (unreachable, an error answer, or too large); nothing was installed.' },
  WC_REQUEST_MALFORMED: { kind: 'input', message: 'The request does not match the schema.' },
  WC_MEDIA_TYPE: { kind: 'input', message: 'The request body has an unsupported media type.' },
  WC_RATE_LIMITED: { kind: 'input', message: 'Too many requests; try again shortly.' },
  WC_REQUEST_TIMEOUT: { kind: 'input', message: 'The request was not received in time.' },
  WC_HEADERS_TOO_LARGE: { kind: 'input', message: 'The request headers are larger than the limit.' },
  WC_OVERLOADED: { kind: 'state', message: 'The service is overloaded or restarting; try again shortly. Nothing you sent was kept.' },
  WC_NOT_FOUND: { kind: 'input', message: 'There is nothing at this address.' },
  WC_RANGE_TOO_FINE: { kind: 'input', message: 'This look-up asks for a smaller bucket than the log size allows; fetch the latest checkpoint and ask again.' },
  WC_INTERNAL: { kind: 'state', message: 'Something went wrong on our side. Nothing you sent was kept.' },

  // ---- message codes ----
  WC_CODE_MALFORMED: { kind: 'format', message: 'This is not a message code: wrong length or characters.' },
  WC_CODE_CHECK_FAILED: { kind: 'format', message: 'The code fails its check character: probably a typing slip.' },
  WC_CODE_COUNTRY_UNKNOWN: { kind: 'format', message: 'The code starts with a country that issues no warnings.' },

  // ---- encodings, keys, signatures ----
  WC_BASE64_NONCANONICAL: { kind: 'format', message: 'A base64 value is not in canonical form.' },
  WC_JWS_MALFORMED: { kind: 'format', message: 'The signed statement (JWS) is malformed.' },
  WC_JWS_ALG_NOT_ALLOWED: { kind: 'policy', message: 'The signed statement uses an algorithm that is not allowed.' },
  WC_KEY_MALFORMED: { kind: 'format', message: 'The key is malformed.' },
  WC_KEY_WEAK: { kind: 'policy', message: 'The key is non-canonical, of small order or not torsion-free.' },
  WC_KEY_UNKNOWN: { kind: 'policy', message: 'The statement was signed by a key that the trust list does not name.' },
  WC_KEY_NOT_VALID_AT_TIME: { kind: 'policy', message: 'The signing key was not valid when the statement says it was issued.' },
  WC_KEY_REVOKED: { kind: 'policy', message: 'The signing key has been revoked.' },
  WC_SIGNATURE_INVALID: { kind: 'verification', message: 'The signature does not verify.' },
  WC_KEYFILE_INVALID: { kind: 'input', message: 'The key file is missing, unreadable or not a warncheck key.' },

  // ---- statements ----
  WC_STATEMENT_MALFORMED: { kind: 'format', message: 'The statement payload does not follow the format.' },
  WC_STATEMENT_VERSION: { kind: 'format', message: 'The statement has an unsupported format version.' },
  WC_STATEMENT_ISSUER_MISMATCH: { kind: 'policy', message: 'The statement names an issuer other than the owner of its key.' },
  WC_STATEMENT_REVOKED: { kind: 'policy', message: 'The statement has been revoked.' },
  WC_STATEMENT_NOT_FOUND: { kind: 'policy', message: 'No statement was ever issued for this code.' },
  WC_STATEMENT_FUTURE: { kind: 'policy', message: 'The statement claims an issue time in the future.' },

  // ---- trust list ----
  WC_TRUST_MALFORMED: { kind: 'format', message: 'The trust list is malformed.' },
  WC_TRUST_SIGNATURE_INVALID: { kind: 'verification', message: 'The trust list signature does not verify against the root key.' },
  WC_TRUST_EXPIRED: { kind: 'policy', message: 'The trust list has expired: the check cannot be completed.' },
  WC_TRUST_ROLLBACK: { kind: 'policy', message: 'The trust list is older than one already seen (rollback): the check cannot be completed.' },
  WC_TRUST_NOT_YET_VALID: { kind: 'policy', message: 'The trust list is not valid yet: the check cannot be completed.' },

  // ---- templates ----
  WC_TEMPLATE_UNKNOWN: { kind: 'policy', message: 'The statement names a template that the trust list does not hold.' },
  WC_TEXT_ALTERED: { kind: 'policy', message: 'The text differs from the genuine text of this warning.' },

  // ---- data directory and store ----
  WC_DATA_MISSING: { kind: 'state', message: 'The data directory does not exist or holds no warncheck data.' },
  WC_DATA_CORRUPT: { kind: 'state', message: 'The data directory is damaged or was changed outside warncheck.' },
  WC_DATA_PRIVATE_KEY: { kind: 'state', message: 'Refusing to write private key material into the data directory.' },
  WC_STORE_CONFLICT: { kind: 'state', message: 'The store already holds a different record under the same key.' },

  // ---- issuance output and CLI state (command line only) ----
  WC_OUTPUT_UNWRITABLE: {
    kind: 'input',
    message: 'The output file cannot be written (it exists, is a directory, or its folder cannot be written). Nothing was issued.',
  },
  WC_ISSUE_OUTPUT_FAILED: {
    kind: 'state',
    message: 'The batch WAS issued (it is in the log), but its codes could not be moved to the output file: the message names the file that holds them.',
  },
  WC_ISSUE_PARTIAL_LEFT: {
    kind: 'state',
    message: 'A .partial codes file was left by an earlier issue run that did not finish: the message says whether its batch was issued.',
  },
  WC_STATE_INVALID: {
    kind: 'state',
    message: 'The CLI state file is not a regular file or does not parse; it was left as it is (rollback protection depends on it).',
  },

  // ---- transparency log: signed notes (c2sp.org/signed-note) ----
  WC_NOTE_MALFORMED: { kind: 'format', message: 'The signed note is malformed.' },
  WC_NOTE_KEY_MALFORMED: { kind: 'format', message: 'The note key is malformed, of an unknown type, or does not match its key ID.' },
  WC_NOTE_SIGNATURE_INVALID: { kind: 'verification', message: 'A note signature by a known key does not verify.' },
  WC_NOTE_UNVERIFIED: { kind: 'policy', message: 'The note carries no signature by a known key.' },

  // ---- transparency log: checkpoints, proofs, tiles, witness ----
  WC_LOG_CHECKPOINT_MALFORMED: { kind: 'format', message: 'The log checkpoint is malformed.' },
  WC_LOG_CHECKPOINT_ORIGIN: { kind: 'policy', message: 'The checkpoint is for a different log (origin).' },
  WC_LOG_PROOF_MALFORMED: { kind: 'format', message: 'The Merkle proof is malformed (a hash has the wrong length).' },
  WC_RANGE_MALFORMED: { kind: 'format', message: 'The look-up answer from the server is malformed, so the check could not be completed.' },
  WC_LOG_PROOF_INVALID: { kind: 'verification', message: 'The Merkle proof does not verify against the tree head.' },
  WC_LOG_RANGE: { kind: 'input', message: 'A log index or tree size is out of range.' },
  WC_LOG_TILE_MALFORMED: { kind: 'format', message: 'A log tile, tile path or entry bundle is malformed.' },
  WC_LOG_ENTRY_TOO_LARGE: { kind: 'input', message: 'A log entry is larger than 65,535 bytes.' },
  WC_LOG_WITNESS_MISSING: { kind: 'policy', message: 'The log checkpoint lacks the witness cosignatures the trust list requires.' },
  WC_LOG_NOT_INCLUDED: { kind: 'verification', message: 'The statement is validly signed but is not in the public log: it was not issued through the log.' },
  WC_LOG_ROLLBACK: { kind: 'policy', message: 'The log is smaller than one seen before: it was rolled back. The check cannot be completed.' },
  WC_LOG_FORK: {
    kind: 'policy',
    message: 'The log is not consistent with a checkpoint seen before: it was forked or rewritten. The check cannot be completed.',
  },
  WC_LOG_MISSING: { kind: 'state', message: 'The data has no signed log checkpoint covering its statements.' },
  WC_LOG_PROOF_FORMAT: { kind: 'format', message: 'The tlog-proof text is malformed.' },
  WC_LOG_WITNESS_REQUEST_MALFORMED: { kind: 'format', message: 'The add-checkpoint request body is malformed.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export function isErrorCode(x: unknown): x is ErrorCode {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(ERRORS, x);
}

/** A limit that was hit: its stable name and its value (docs/HTTP.md "Limits"). */
export interface LimitHit {
  readonly name: string;
  readonly max: number;
}

/** The one error type thrown by warncheck code. `message` never contains user input. */
export class WarncheckError extends Error {
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  /** Optional machine-readable detail (never user input). */
  readonly detail: string | undefined;
  /** The limit hit, for the errors of a limit (WC_INPUT_TOO_LARGE and the like). */
  readonly limit: LimitHit | undefined;

  constructor(code: ErrorCode, detail?: string, limit?: LimitHit) {
    const spec: ErrorSpec = ERRORS[code];
    super(detail ? `${spec.message} (${detail})` : spec.message);
    this.name = 'WarncheckError';
    this.code = code;
    this.kind = spec.kind;
    this.detail = detail;
    this.limit = limit;
  }
}

/** Fail with a limit's error, naming the limit and its value. */
export function failLimit(code: ErrorCode, name: string, max: number): never {
  throw new WarncheckError(code, `${name} ${max}`, { name, max });
}

export function fail(code: ErrorCode, detail?: string): never {
  throw new WarncheckError(code, detail);
}

export function isWarncheckError(e: unknown, code?: ErrorCode): e is WarncheckError {
  return e instanceof WarncheckError && (code === undefined || e.code === code);
}
