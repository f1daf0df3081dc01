/**
 * Typed errors with stable machine codes (docs/ERRORS.md lists every one; tests/docs.test.ts
 * keeps the table and this registry in sync both ways).
 *
 * Three kinds are kept apart, as jose, sigstore and Go's note package do:
 *  - format: the input does not parse (malformed);
 *  - verification: well-formed, but a signature or proof says no;
 *  - policy: valid, but not acceptable (untrusted, expired, rolled back, revoked).
 * Plus: input (limits, usage) and state (the data directory or log is not in a usable state),
 * and sign: not an error but the stable code of a scam sign found in a text (HTTP 200); finding:
 * the stable code of another item found in a text (an address, a phone number).
 */

export type ErrorKind = 'format' | 'verification' | 'policy' | 'input' | 'state' | 'sign' | 'finding';

interface ErrorSpec {
  readonly kind: ErrorKind;
  /** HTTP status when this error ends a request. */
  readonly http: number;
  /** The human message; never includes user input. */
  readonly message: string;
}

export const ERRORS = {
  // ---- input and usage ----
  WC_INPUT_EMPTY: { kind: 'input', http: 400, message: 'The input is empty.' },
  WC_INPUT_TOO_LARGE: { kind: 'input', http: 413, message: 'The input is larger than the limit.' },
  WC_INPUT_NOT_TEXT: { kind: 'input', http: 400, message: 'The input is not valid UTF-8 text.' },
  WC_BATCH_TOO_LARGE: { kind: 'input', http: 413, message: 'The batch is larger than a limit (items, characters or findings).' },
  WC_USAGE: { kind: 'input', http: 400, message: 'The command was not used correctly.' },
  WC_SYNC_SOURCE: { kind: 'state', http: 502, message: 'The source of the copy could not be read (unreachable, an error answer, or too large); nothing was installed.' },
  WC_REQUEST_MALFORMED: { kind: 'input', http: 400, message: 'The request does not match the schema.' },
  WC_MEDIA_TYPE: { kind: 'input', http: 415, message: 'The request body has an unsupported media type.' },
  WC_RATE_LIMITED: { kind: 'input', http: 429, message: 'Too many requests; try again shortly.' },
  WC_REQUEST_TIMEOUT: { kind: 'input', http: 408, message: 'The request was not received in time.' },
  WC_HEADERS_TOO_LARGE: { kind: 'input', http: 431, message: 'The request headers are larger than the limit.' },
  WC_OVERLOADED: { kind: 'state', http: 503, message: 'The service is overloaded or restarting; try again shortly. Nothing you sent was kept.' },
  WC_NOT_FOUND: { kind: 'input', http: 404, message: 'There is nothing at this address.' },
  WC_RANGE_TOO_FINE: { kind: 'input', http: 400, message: 'This look-up asks for a smaller bucket than the log size allows; fetch the latest checkpoint and ask again.' },
  WC_INTERNAL: { kind: 'state', http: 500, message: 'Something went wrong on our side. Nothing you sent was kept.' },

  // ---- message codes ----
  WC_CODE_MALFORMED: { kind: 'format', http: 400, message: 'This is not a message code: wrong length or characters.' },
  WC_CODE_CHECK_FAILED: { kind: 'format', http: 400, message: 'The code fails its check character: probably a typing slip.' },
  WC_CODE_COUNTRY_UNKNOWN: { kind: 'format', http: 400, message: 'The code starts with a country that issues no warnings.' },

  // ---- encodings, keys, signatures ----
  WC_BASE64_NONCANONICAL: { kind: 'format', http: 400, message: 'A base64 value is not in canonical form.' },
  WC_JWS_MALFORMED: { kind: 'format', http: 400, message: 'The signed statement (JWS) is malformed.' },
  WC_JWS_ALG_NOT_ALLOWED: { kind: 'policy', http: 400, message: 'The signed statement uses an algorithm that is not allowed.' },
  WC_KEY_MALFORMED: { kind: 'format', http: 400, message: 'The key is malformed.' },
  WC_KEY_WEAK: { kind: 'policy', http: 400, message: 'The key is non-canonical, of small order or not torsion-free.' },
  WC_KEY_UNKNOWN: { kind: 'policy', http: 400, message: 'The statement was signed by a key that the trust list does not name.' },
  WC_KEY_NOT_VALID_AT_TIME: { kind: 'policy', http: 400, message: 'The signing key was not valid when the statement says it was issued.' },
  WC_KEY_REVOKED: { kind: 'policy', http: 400, message: 'The signing key has been revoked.' },
  WC_SIGNATURE_INVALID: { kind: 'verification', http: 400, message: 'The signature does not verify.' },
  WC_KEYFILE_INVALID: { kind: 'input', http: 400, message: 'The key file is missing, unreadable or not a warncheck key.' },

  // ---- statements ----
  WC_STATEMENT_MALFORMED: { kind: 'format', http: 400, message: 'The statement payload does not follow the format.' },
  WC_STATEMENT_VERSION: { kind: 'format', http: 400, message: 'The statement has an unsupported format version.' },
  WC_STATEMENT_ISSUER_MISMATCH: { kind: 'policy', http: 400, message: 'The statement names an issuer other than the owner of its key.' },
  WC_STATEMENT_REVOKED: { kind: 'policy', http: 400, message: 'The statement has been revoked.' },
  WC_STATEMENT_NOT_FOUND: { kind: 'policy', http: 404, message: 'No statement was ever issued for this code.' },
  WC_STATEMENT_FUTURE: { kind: 'policy', http: 400, message: 'The statement claims an issue time in the future.' },

  // ---- trust list ----
  WC_TRUST_MALFORMED: { kind: 'format', http: 500, message: 'The trust list is malformed.' },
  WC_TRUST_SIGNATURE_INVALID: { kind: 'verification', http: 500, message: 'The trust list signature does not verify against the root key.' },
  WC_TRUST_EXPIRED: { kind: 'policy', http: 503, message: 'The trust list has expired: the check cannot be completed.' },
  WC_TRUST_ROLLBACK: { kind: 'policy', http: 503, message: 'The trust list is older than one already seen (rollback): the check cannot be completed.' },
  WC_TRUST_NOT_YET_VALID: { kind: 'policy', http: 503, message: 'The trust list is not valid yet: the check cannot be completed.' },

  // ---- templates ----
  WC_TEMPLATE_UNKNOWN: { kind: 'policy', http: 400, message: 'The statement names a template that the trust list does not hold.' },
  WC_TEXT_ALTERED: { kind: 'policy', http: 200, message: 'The text differs from the genuine text of this warning.' },

  // ---- data directory and store ----
  WC_DATA_MISSING: { kind: 'state', http: 503, message: 'The data directory does not exist or holds no warncheck data.' },
  WC_DATA_CORRUPT: { kind: 'state', http: 503, message: 'The data directory is damaged or was changed outside warncheck.' },
  WC_DATA_PRIVATE_KEY: { kind: 'state', http: 500, message: 'Refusing to write private key material into the data directory.' },
  WC_STORE_CONFLICT: { kind: 'state', http: 409, message: 'The store already holds a different record under the same key.' },

  // ---- issuance output and CLI state (command line only) ----
  WC_OUTPUT_UNWRITABLE: { kind: 'input', http: 400, message: 'The output file cannot be written (it exists, is a directory, or its folder cannot be written). Nothing was issued.' },
  WC_ISSUE_OUTPUT_FAILED: { kind: 'state', http: 500, message: 'The batch WAS issued (it is in the log), but its codes could not be moved to the output file: the message names the file that holds them.' },
  WC_ISSUE_PARTIAL_LEFT: { kind: 'state', http: 500, message: 'A .partial codes file was left by an earlier issue run that did not finish: the message says whether its batch was issued.' },
  WC_STATE_INVALID: { kind: 'state', http: 500, message: 'The CLI state file is not a regular file or does not parse; it was left as it is (rollback protection depends on it).' },

  // ---- transparency log: signed notes (c2sp.org/signed-note) ----
  WC_NOTE_MALFORMED: { kind: 'format', http: 400, message: 'The signed note is malformed.' },
  WC_NOTE_KEY_MALFORMED: { kind: 'format', http: 400, message: 'The note key is malformed, of an unknown type, or does not match its key ID.' },
  WC_NOTE_SIGNATURE_INVALID: { kind: 'verification', http: 400, message: 'A note signature by a known key does not verify.' },
  WC_NOTE_UNVERIFIED: { kind: 'policy', http: 400, message: 'The note carries no signature by a known key.' },

  // ---- transparency log: checkpoints, proofs, tiles, witness ----
  WC_LOG_CHECKPOINT_MALFORMED: { kind: 'format', http: 400, message: 'The log checkpoint is malformed.' },
  WC_LOG_CHECKPOINT_ORIGIN: { kind: 'policy', http: 400, message: 'The checkpoint is for a different log (origin).' },
  WC_LOG_PROOF_MALFORMED: { kind: 'format', http: 400, message: 'The Merkle proof is malformed (a hash has the wrong length).' },
  WC_RANGE_MALFORMED: { kind: 'format', http: 502, message: 'The look-up answer from the server is malformed, so the check could not be completed.' },
  WC_LOG_PROOF_INVALID: { kind: 'verification', http: 400, message: 'The Merkle proof does not verify against the tree head.' },
  WC_LOG_RANGE: { kind: 'input', http: 400, message: 'A log index or tree size is out of range.' },
  WC_LOG_TILE_MALFORMED: { kind: 'format', http: 400, message: 'A log tile, tile path or entry bundle is malformed.' },
  WC_LOG_ENTRY_TOO_LARGE: { kind: 'input', http: 413, message: 'A log entry is larger than 65,535 bytes.' },
  WC_LOG_WITNESS_MISSING: { kind: 'policy', http: 503, message: 'The log checkpoint lacks the witness cosignatures the trust list requires.' },
  WC_LOG_NOT_INCLUDED: { kind: 'verification', http: 400, message: 'The statement is validly signed but is not in the public log: it was not issued through the log.' },
  WC_LOG_ROLLBACK: { kind: 'policy', http: 503, message: 'The log is smaller than one seen before: it was rolled back. The check cannot be completed.' },
  WC_LOG_FORK: { kind: 'policy', http: 503, message: 'The log is not consistent with a checkpoint seen before: it was forked or rewritten. The check cannot be completed.' },
  WC_LOG_MISSING: { kind: 'state', http: 503, message: 'The data has no signed log checkpoint covering its statements.' },
  WC_LOG_PROOF_FORMAT: { kind: 'format', http: 400, message: 'The tlog-proof text is malformed.' },
  WC_LOG_WITNESS_REQUEST_MALFORMED: { kind: 'format', http: 400, message: 'The add-checkpoint request body is malformed.' },

  // ---- scam signs found in a text (findings, not errors) ----
  WC_SIGN_PAYMENT: { kind: 'sign', http: 200, message: 'A demand for payment. The police never ask for money in a warning.' },
  WC_SIGN_FINE: { kind: 'sign', http: 200, message: 'A "fine" to pay to avoid prosecution. No police force settles such cases by mail.' },
  WC_SIGN_DEADLINE: { kind: 'sign', http: 200, message: 'A deadline meant to rush you (24, 48 or 72 hours, a few days).' },
  WC_SIGN_ARREST: { kind: 'sign', http: 200, message: 'A threat of arrest or of a warrant.' },
  WC_SIGN_REGISTER: { kind: 'sign', http: 200, message: 'A threat of a sex-offender register or a criminal record.' },
  WC_SIGN_EXPOSURE: { kind: 'sign', http: 200, message: 'A threat to tell your family, employer or the media.' },
  WC_SIGN_REPLY: { kind: 'sign', http: 200, message: 'A request to reply or to get in touch. Genuine warnings ask for nothing.' },
  WC_SIGN_SEND_ID: { kind: 'sign', http: 200, message: 'A request for your ID, documents or personal data.' },
  WC_SIGN_DEVICE_LOCK: { kind: 'sign', http: 200, message: 'Device-lock wording ("your computer is blocked").' },
  WC_SIGN_VOUCHER: { kind: 'sign', http: 200, message: 'Payment by voucher or gift card.' },
  WC_SIGN_WORD_TELL: { kind: 'sign', http: 200, message: 'Wording the police do not use (for example "child pornography" where the police say "sexual abuse material").' },
  WC_SIGN_CRYPTO: { kind: 'sign', http: 200, message: 'A cryptocurrency address to pay to.' },
  WC_SIGN_IBAN: { kind: 'sign', http: 200, message: 'A bank account (IBAN) to pay to.' },
  WC_SIGN_AUTHORITY: { kind: 'sign', http: 200, message: 'The message claims to come from the police, a court, a prosecutor or another authority. Genuine warnings only appear inside a file you downloaded yourself, never by e-mail, SMS, phone, letter or pop-up.' },
  WC_SIGN_ACCUSATION: { kind: 'sign', http: 200, message: 'An accusation of an offence aimed at you. The police do not accuse anyone by message.' },
  WC_SIGN_PROCEEDINGS: { kind: 'sign', http: 200, message: 'A summons or legal proceedings announced by message. Real summonses are not sent this way.' },
  WC_SIGN_THREAT: { kind: 'sign', http: 200, message: 'A threat of arrest, of a register or criminal record, or of telling others.' },
  WC_SIGN_LOGIN: { kind: 'sign', http: 200, message: 'A request to log in, follow a link or confirm your identity.' },
  WC_SIGN_ATTACHMENT: { kind: 'sign', http: 200, message: 'An attachment or file to open. Do not open it.' },
  WC_SIGN_LURE: { kind: 'sign', http: 200, message: 'A real unit, platform or official named as the sender (EMPACT, EC3, senior Europol staff): fake letters borrow these names.' },

  // ---- other items found in a text (findings, not errors) ----
  WC_ADDRESS_OFFICIAL: { kind: 'finding', http: 200, message: 'An address of the police or of an official service the trust list names.' },
  WC_ADDRESS_LOOKALIKE: { kind: 'finding', http: 200, message: 'An address made to look like an official one.' },
  WC_ADDRESS_NOT_OFFICIAL: { kind: 'finding', http: 200, message: 'An address that is not one of the official ones.' },
  WC_TEXT_TRUNCATED: { kind: 'finding', http: 200, message: 'This text holds more items than one check covers: only the first ones were checked. Check the rest separately.' },
  WC_PHONE_UNCHECKED: { kind: 'finding', http: 200, message: 'A phone number. Phone numbers cannot be confirmed here: the police never ask you to call about a warning.' },
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
  readonly http: number;
  /** Optional machine-readable detail (never user input). */
  readonly detail: string | undefined;
  /** The limit hit, for the errors that answer 413. */
  readonly limit: LimitHit | undefined;

  constructor(code: ErrorCode, detail?: string, limit?: LimitHit) {
    const spec: ErrorSpec = ERRORS[code];
    super(detail ? `${spec.message} (${detail})` : spec.message);
    this.name = 'WarncheckError';
    this.code = code;
    this.kind = spec.kind;
    this.http = spec.http;
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
