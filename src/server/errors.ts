/**
 * From anything thrown to a stable code and an answer. The API's error body is built in ONE place
 * (errorBody); each encapsulated context picks its format by registering jsonErrors (JSON) or its
 * own handler (the pages' HTML), never by looking at the URL.
 */
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ERRORS, isWarncheckError, type ErrorCode, type LimitHit } from '../core/errors.js';
import { apiErrorMessage } from '../web/messages.js';
import { headersFor, type HeaderSet } from './headers.js';
import { limitOf } from './limits.js';
import { httpStatus } from './status.js';

export interface ErrorBody {
  error: { code: string; message: string; limit?: string; max?: number };
}

/**
 * The one place where the API's error body is built (route errors, 404s, batch items, client errors).
 * With the request, `message` is in the language asked for (body `lang`, else Accept-Language, else
 * English); without one (malformed HTTP, before any request exists) in English.
 */
export function errorBody(code: ErrorCode, limit?: LimitHit, req?: FastifyRequest): ErrorBody {
  const message = req ? apiErrorMessage(code, (req.body as { lang?: unknown } | null | undefined)?.lang, req.headers['accept-language']) : ERRORS[code].message;
  return { error: { code, message, ...(limit ? { limit: limit.name, max: limit.max } : {}) } };
}

/** Map anything thrown to a stable code. Internal details never reach the client. */
export function toCode(err: unknown): ErrorCode {
  if (isWarncheckError(err)) return err.code;
  const e = err as { code?: string; statusCode?: number; validation?: Array<{ keyword?: string }> };
  if (e.validation) {
    // Limits written in the schemas keep their own codes (and 413), like every other limit.
    const kw = e.validation[0]?.keyword;
    if (kw === 'maxItems') return 'WC_BATCH_TOO_LARGE';
    if (kw === 'maxLength') return 'WC_INPUT_TOO_LARGE';
    return 'WC_REQUEST_MALFORMED';
  }
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'WC_INPUT_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'WC_MEDIA_TYPE';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'WC_INPUT_EMPTY';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_EMPTY_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return 'WC_REQUEST_MALFORMED';
  }
  if (e.code === 'FST_UNDER_PRESSURE') return 'WC_OVERLOADED';
  if (e.statusCode === 429) return 'WC_RATE_LIMITED';
  if (e.statusCode === 415) return 'WC_MEDIA_TYPE';
  if (e.statusCode === 413) return 'WC_INPUT_TOO_LARGE';
  if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500) return 'WC_REQUEST_MALFORMED';
  return 'WC_INTERNAL';
}

/**
 * What every error handler does first: the stable code, and for a 5xx (not overload) one log line
 * through fastify's logger (the `err` serializer of server/logging.ts keeps its class and stack
 * frames, never its message or the input); an internal error is also counted (metrics).
 */
export function settle(err: unknown, req: FastifyRequest, log: FastifyBaseLogger, onInternal?: () => void): { code: ErrorCode; status: number } {
  const code = toCode(err);
  const status = httpStatus(code);
  if (code === 'WC_INTERNAL') onInternal?.();
  // Overload is the guard working, not a fault; any other 5xx is for the operator.
  if (status >= 500 && code !== 'WC_OVERLOADED') log.error(code === 'WC_INTERNAL' ? { req, err, code } : { req, code }, 'server error');
  return { code, status };
}

export function sendJsonError(reply: FastifyReply, status: number, body: ErrorBody): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/**
 * JSON error answers for the context it is registered in (and its children), with that context's
 * headers: set here again, since a root hook (the overload guard) can fail a request before the
 * context's own header hook runs.
 */
export const jsonErrors = fp<{ headers: HeaderSet; log: FastifyBaseLogger; onInternal?: () => void }>(async (app, o) => {
  app.setErrorHandler((err, req, reply) => {
    reply.headers(headersFor(o.headers, req.method));
    const { code, status } = settle(err, req, o.log, o.onInternal);
    return sendJsonError(reply, status, errorBody(code, limitOf(err, req, status), req));
  });
});

/** A JSON 404 for unknown paths under the prefix of the context that registers it. */
export function jsonNotFound(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendJsonError(reply, 404, errorBody('WC_NOT_FOUND', undefined, req));
}
