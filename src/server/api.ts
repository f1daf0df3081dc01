/**
 * `/api/…` (an encapsulated fastify plugin, prefix /api): the JSON API, with its own error handler
 * (JSON errors), its own 404, and the API's security headers. Every route has a response schema;
 * @fastify/swagger turns them into /api/openapi.json.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { httpStatus } from './status.js';
import type { Result } from '../core/verdict.js';
import { CATALOGS, catalog, pickLanguage } from '../web/i18n/index.js';
import type { Shared } from './app.js';
import { runBatch } from './batch.js';
import { errorBody, jsonErrors, jsonNotFound, toCode } from './errors.js';
import { securityHeaders } from './headers.js';
import { BODY_LIMITS, limitOf } from './limits.js';
import { messageWriter, resultJson, withMessages } from './result-json.js';
import { batchBody, batchResponse, errorResponses, verifyBody } from './schemas.js';

export const api: FastifyPluginAsync<Shared> = async (app, o) => {
  await app.register(securityHeaders, { set: o.headers.api, closing: o.closing });
  await app.register(jsonErrors, { headers: o.headers.api, log: o.log, ...(o.metrics ? { onInternal: () => o.metrics!.internalError() } : {}) });
  app.setNotFoundHandler(jsonNotFound);

  // Each finding's message: in the body's `lang`, else by Accept-Language, else English.
  const messages = new Map(Object.keys(CATALOGS).map((l) => [l, messageWriter(catalog(l))]));
  const apiLang = (req: FastifyRequest): string => pickLanguage((req.body as { lang?: string }).lang, req.headers['accept-language']);

  app.post(
    '/v1/verify',
    {
      ...o.verifyLimit,
      schema: {
        summary: 'Check one input: a code, a URL, a JWS statement or a whole pasted text',
        body: verifyBody,
        response: { 200: { description: 'The verdict, with what it rests on (one finding per thing found in the input)', $ref: 'Result#' }, ...errorResponses },
      },
    },
    // Written by resultJson (byte-equal to the schema's serializer, which a test checks).
    (req, reply) => {
      const write = messages.get(apiLang(req));
      const send = (r: Result) => reply.type('application/json; charset=utf-8').send(resultJson(r, o.texts(), write, o.data.cache?.current?.proofJson));
      const r = o.verifyOne((req.body as { input: string }).input);
      return r instanceof Promise ? r.then(send) : send(r);
    },
  );
  app.post(
    '/v1/verify/batch',
    {
      bodyLimit: BODY_LIMITS.batch,
      ...o.verifyLimit,
      schema: {
        summary: 'Check up to 1,000 inputs; one result per item, in order (an item that cannot be checked gets an error of its own)',
        body: batchBody,
        response: { 200: batchResponse, ...errorResponses },
      },
    },
    (req) => {
      const cat = catalog(apiLang(req));
      return runBatch(
        (req.body as { items: string[] }).items,
        (item) => {
          const r = o.verifyOne(item);
          return r instanceof Promise ? r.then((x) => withMessages(x, cat)) : withMessages(r, cat);
        },
        (e) => {
          const code = toCode(e);
          if (code === 'WC_INTERNAL') throw e;
          return errorBody(code, limitOf(e, req, httpStatus(code)), req);
        },
        (limit) => errorBody('WC_BATCH_TOO_LARGE', limit, req),
      );
    },
  );
  app.get(
    '/openapi.json',
    { schema: { hide: true, response: { 200: { description: 'This OpenAPI 3.1 document', type: 'object', additionalProperties: true } } } },
    () => app.swagger(),
  );
};
