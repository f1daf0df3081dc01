/**
 * The HTTP status of each error code when the error ends a request (docs/ERRORS.md "HTTP"): a
 * matter of transport, so it lives in the server, not in the core's registry (src/core/errors.ts).
 * The type makes the map complete: a new error code does not compile until it has a status here.
 */
import type { ErrorCode } from '../core/errors.js';

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  // input and usage
  WC_INPUT_EMPTY: 400,
  WC_INPUT_TOO_LARGE: 413,
  WC_INPUT_NOT_TEXT: 400,
  WC_BATCH_TOO_LARGE: 413,
  WC_USAGE: 400,
  WC_SYNC_SOURCE: 502,
  WC_REQUEST_MALFORMED: 400,
  WC_MEDIA_TYPE: 415,
  WC_RATE_LIMITED: 429,
  WC_REQUEST_TIMEOUT: 408,
  WC_HEADERS_TOO_LARGE: 431,
  WC_OVERLOADED: 503,
  WC_NOT_FOUND: 404,
  WC_RANGE_TOO_FINE: 400,
  WC_INTERNAL: 500,

  // message codes
  WC_CODE_MALFORMED: 400,
  WC_CODE_CHECK_FAILED: 400,
  WC_CODE_COUNTRY_UNKNOWN: 400,

  // encodings, keys, signatures
  WC_BASE64_NONCANONICAL: 400,
  WC_JWS_MALFORMED: 400,
  WC_JWS_ALG_NOT_ALLOWED: 400,
  WC_KEY_MALFORMED: 400,
  WC_KEY_WEAK: 400,
  WC_KEY_UNKNOWN: 400,
  WC_KEY_NOT_VALID_AT_TIME: 400,
  WC_KEY_REVOKED: 400,
  WC_SIGNATURE_INVALID: 400,
  WC_KEYFILE_INVALID: 400,

  // statements
  WC_STATEMENT_MALFORMED: 400,
  WC_STATEMENT_VERSION: 400,
  WC_STATEMENT_ISSUER_MISMATCH: 400,
  WC_STATEMENT_REVOKED: 400,
  WC_STATEMENT_NOT_FOUND: 404,
  WC_STATEMENT_FUTURE: 400,

  // trust list
  WC_TRUST_MALFORMED: 500,
  WC_TRUST_SIGNATURE_INVALID: 500,
  WC_TRUST_EXPIRED: 503,
  WC_TRUST_ROLLBACK: 503,
  WC_TRUST_NOT_YET_VALID: 503,

  // templates
  WC_TEMPLATE_UNKNOWN: 400,
  WC_TEXT_ALTERED: 200,

  // data directory and store
  WC_DATA_MISSING: 503,
  WC_DATA_CORRUPT: 503,
  WC_DATA_PRIVATE_KEY: 500,
  WC_STORE_CONFLICT: 409,

  // issuance output and CLI state (command line only)
  WC_OUTPUT_UNWRITABLE: 400,
  WC_ISSUE_OUTPUT_FAILED: 500,
  WC_ISSUE_PARTIAL_LEFT: 500,
  WC_STATE_INVALID: 500,

  // transparency log: signed notes (c2sp.org/signed-note)
  WC_NOTE_MALFORMED: 400,
  WC_NOTE_KEY_MALFORMED: 400,
  WC_NOTE_SIGNATURE_INVALID: 400,
  WC_NOTE_UNVERIFIED: 400,

  // transparency log: checkpoints, proofs, tiles, witness
  WC_LOG_CHECKPOINT_MALFORMED: 400,
  WC_LOG_CHECKPOINT_ORIGIN: 400,
  WC_LOG_PROOF_MALFORMED: 400,
  WC_RANGE_MALFORMED: 502,
  WC_LOG_PROOF_INVALID: 400,
  WC_LOG_RANGE: 400,
  WC_LOG_TILE_MALFORMED: 400,
  WC_LOG_ENTRY_TOO_LARGE: 413,
  WC_LOG_WITNESS_MISSING: 503,
  WC_LOG_NOT_INCLUDED: 400,
  WC_LOG_ROLLBACK: 503,
  WC_LOG_FORK: 503,
  WC_LOG_MISSING: 503,
  WC_LOG_PROOF_FORMAT: 400,
  WC_LOG_WITNESS_REQUEST_MALFORMED: 400,
};

export function httpStatus(code: ErrorCode): number {
  return HTTP_STATUS[code];
}
