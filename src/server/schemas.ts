/**
 * JSON schemas of every API request and response. Fastify validates requests with them, serializes
 * responses with them (unknown fields are dropped, so nothing leaks by accident), and
 * @fastify/swagger turns them into /api/openapi.json.
 */
import { MAX_INPUT_CHARS } from '../core/check-code.js';
import { STEP_NAMES, VERDICTS } from '../core/verdict.js';

export const MAX_BATCH_ITEMS = 1000;

const span = { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } }, required: ['start', 'end'] } as const;

const step = {
  type: 'object',
  properties: {
    step: { type: 'string', enum: [...STEP_NAMES] },
    ok: { type: 'boolean' },
    code: { type: 'string', description: 'stable error code (docs/ERRORS.md) when the step failed' },
  },
  required: ['step', 'ok'],
} as const;

const warning = {
  type: 'object',
  description: 'what the genuine statement says',
  properties: {
    templateId: { type: 'string' },
    text: { type: 'string', description: 'the genuine text of the warning' },
    language: { type: 'string' },
    issuer: { type: 'string' },
    issuerName: { type: 'string' },
    country: { type: 'string' },
    issuedAt: { type: 'string' },
    channel: { type: 'string' },
    kid: { type: 'string' },
    revokedAt: { type: 'string' },
    revocationReason: { type: 'string' },
    keyWithdrawnAt: { type: 'string', description: 'genuine although its key was later withdrawn: when' },
    keyWithdrawnReason: { type: 'string' },
    loggedBefore: { type: 'integer', description: "the key's cut-off: statements at a log index below it stay genuine (FORMAT.md §5.1)" },
  },
  required: ['templateId', 'text', 'language', 'issuer', 'issuerName', 'country', 'issuedAt', 'channel', 'kid'],
} as const;

export const findingSchema = {
  $id: 'Finding',
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['code', 'jws', 'url', 'email', 'phone', 'sign', 'text'] },
    verdict: { type: 'string', enum: [...VERDICTS] },
    code: { type: 'string' },
    message: { type: 'string', description: 'what the finding means, in plain words, in the language asked for (`lang`, else Accept-Language, else English)' },
    span,
    match: { type: 'string' },
    steps: { type: 'array', items: step },
    warning,
    diff: {
      type: 'array',
      items: { type: 'object', properties: { op: { type: 'string', enum: ['same', 'added', 'removed'] }, text: { type: 'string' } }, required: ['op', 'text'] },
    },
    inclusion: {
      type: 'array',
      description: 'where the statements this verdict rests on are in the public log, each with a verified proof',
      items: {
        type: 'object',
        properties: {
          role: { type: 'string', enum: ['warning', 'revocation', 'statement'] },
          index: { type: 'integer', description: 'log index of the statement' },
          size: { type: 'integer', description: 'tree size of the checkpoint the proof is against' },
          proof: { type: 'string', description: 'c2sp.org/tlog-proof@v1 text: index, proof hashes, signed checkpoint' },
        },
        required: ['role', 'index', 'size', 'proof'],
      },
    },
    softened: { type: 'string', enum: ['quoted', 'alone', 'signed-text'], description: 'why this finding does not count as it would alone' },
    technique: { type: 'string' },
    imitates: { type: 'string' },
    domain: { type: 'string' },
    note: { type: 'string' },
  },
  required: ['kind', 'verdict'],
} as const;

export const resultSchema = {
  $id: 'Result',
  type: 'object',
  properties: {
    verdict: { type: 'string', enum: [...VERDICTS] },
    findings: { type: 'array', items: { $ref: 'Finding#' } },
  },
  required: ['verdict', 'findings'],
  examples: [
    {
      verdict: 'genuine',
      findings: [
        {
          kind: 'code',
          verdict: 'genuine',
          code: 'NO-7K3Q-9XW2-M4TD',
          message: 'This warning is genuine: the police issued it.',
          span: { start: 0, end: 17 },
          match: 'NO-7K3Q-9XW2-M4TD',
          steps: [{ step: 'parse', ok: true }],
        },
      ],
    },
  ],
} as const;

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string', description: 'stable code from docs/ERRORS.md' },
        message: { type: 'string' },
        limit: { type: 'string', description: 'on a 413: the name of the limit hit (docs/HTTP.md "Limits")' },
        max: { type: 'integer', description: 'on a 413: the value of that limit' },
      },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
  examples: [{ error: { code: 'WC_INPUT_TOO_LARGE', message: 'The input is larger than the limit.', limit: 'input-chars', max: 65536 } }],
} as const;

const input = { type: 'string', minLength: 1, maxLength: MAX_INPUT_CHARS, description: 'a code, a URL, a JWS, or a whole pasted text' } as const;

// No maxLength: a tag that is not a known language (however long) falls back, like Accept-Language.
const lang = {
  type: 'string',
  description: "language of the findings' messages (en, nb, ...); an unknown one falls back to Accept-Language, else English",
} as const;

export const verifyBody = { type: 'object', properties: { input, lang }, required: ['input'], additionalProperties: false } as const;

export const batchBody = {
  type: 'object',
  // Items are any strings: an empty or over-long item gets an error of its own, not the batch's.
  properties: { items: { type: 'array', minItems: 1, maxItems: MAX_BATCH_ITEMS, items: { type: 'string', description: input.description } }, lang },
  required: ['items'],
  additionalProperties: false,
} as const;

export const batchResponse = {
  description: 'One result per item, in the order sent',
  type: 'object',
  properties: {
    results: {
      type: 'array',
      items: {
        type: 'object',
        description: 'a Result, or an error for this item only',
        properties: { ...resultSchema.properties, error: errorSchema.properties.error },
      },
    },
  },
  required: ['results'],
} as const;

export const errorResponses = {
  400: { description: 'The request is malformed (WC_REQUEST_MALFORMED, WC_INPUT_EMPTY, WC_INPUT_NOT_TEXT, …; docs/ERRORS.md)', $ref: 'Error#' },
  413: { description: 'A limit was hit; `limit` and `max` name it (docs/HTTP.md "Limits")', $ref: 'Error#' },
  415: { description: 'The body is not JSON (WC_MEDIA_TYPE)', $ref: 'Error#' },
  429: { description: 'Too many checks from this client (WC_RATE_LIMITED); Retry-After says when to retry', $ref: 'Error#' },
  500: { description: 'An internal error (WC_INTERNAL); logged for the operator without the input', $ref: 'Error#' },
  503: {
    description: 'Overloaded, closing, or the data cannot be answered from (WC_OVERLOADED, WC_DATA_CORRUPT, …); Retry-After when it will pass',
    $ref: 'Error#',
  },
} as const;
