/**
 * The library entry point (`import … from 'warncheck'`, package.json `exports`): the pure,
 * isomorphic core, the same functions the server, the CLI and the browser run
 * (ARCHITECTURE.md "The verification pipeline"; README.md "Library").
 */

// The one verifier entry point and its parts.
export { checkInput, MAX_INPUT_CHARS } from './check.js';
export { checkStatement, verifyCode, verifyStatement, FUTURE_SKEW_MS, TEXT_SIMILARITY_THRESHOLD } from './verify.js';
export type { CodeInput, StatementCheck, StatementInput, StatementSource, VerifyContext } from './verify.js';
export { analyzeText, TEXT_LIMITS, type TextAnalysis } from './text/analyze.js';
export { findAddresses, type AddressCandidate } from './domain/extract.js';

// Verdicts and findings.
export { overallVerdict, STEP_NAMES, VERDICT_PRECEDENCE, VERDICTS } from './verdict.js';
export type { DiffPart, DomainVerdict, Finding, FindingKind, InclusionProof, Result, Span, Step, StepName, Verdict, WarningInfo } from './verdict.js';
export { FINDINGS, MESSAGES, isFindingCode, type FindingCode, type StableCode } from './findings.js';

// Errors: everything thrown on purpose is a WarncheckError with a stable code (docs/ERRORS.md).
export { ERRORS, WarncheckError, isErrorCode, isWarncheckError, type ErrorCode, type ErrorKind, type LimitHit } from './errors.js';

// Message codes (docs/FORMAT.md §2).
export { CODE_ALPHABET, CODE_SYMBOLS, codeHash, codeHashHex, formatCode, makeCode, normalizeCode, parseCode, type CodeParse } from './code.js';

// Statements and trust lists (docs/FORMAT.md §3–§5).
export { formatStatement, parseStatement, warningPayload, STATEMENT_MAX_JWS } from './statement.js';
export type { ParsedStatement, RevocationStatement, Statement, WarningStatement } from './statement.js';
export { assertTrustCurrent, assertTrustList, currentRoot, formatRootHandover, formatTrustList, openTrustList } from './trust.js';
export type { HelpService, Issuer, RootHandover, Template, TrustCheckOptions, TrustKey, TrustListPayload, TrustState } from './trust.js';
export { compareText, genuineText, normalizeText, type TemplateMatch } from './template.js';
export { decodeCompactJws, parseCompactJws, type DecodedJws, type ParsedJws } from './jws.js';
export { jwkThumbprint, parsePublicJwk, publicJwk, type PublicJwk } from './jwk.js';
export { isValidPublicKey, publicKeyFromSeed, signEd25519, verifyEd25519, type Ed25519Verify } from './ed25519.js';
export { formatTime, parseTime } from './time.js';

// The public log (docs/LOG.md): checkpoints, notes and proofs.
export type { LogContext } from './inclusion.js';
export { openCheckpoint, type LogPolicy, type OpenedCheckpoint } from './tlog/policy.js';
export { parseCheckpoint, type Checkpoint } from './tlog/checkpoint.js';
export { ed25519Verifier, openNote, parseNote, parseVerifierKey, type NoteVerifier, type OpenedNote } from './tlog/note.js';
export { parseTlogProof, verifyTlogProof, type TlogProof } from './tlog/proof.js';
