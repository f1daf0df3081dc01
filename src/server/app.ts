/**
 * The verification service as a fastify instance (tested through app.inject; src/server/main.ts
 * listens). Thin: every verdict comes from LoadedData.verify, i.e. core/check.ts, the function
 * the CLI and the browser run.
 *
 * Privacy (DESIGN.md rules 3 and 4): fastify's own logger is off (it records URL and client IP);
 * the access log has method, route pattern, status and time only; rate limiting keys on a salted
 * hash of the address held in memory; no cookies; no input in any URL; no private key here.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { ERRORS, isWarncheckError, type ErrorCode, type LimitHit } from '../core/errors.js';
import type { Result } from '../core/verdict.js';
import type { LoadedData } from '../service/types.js';
import { catalog, pickLanguage } from '../web/i18n/index.js';
import { apiPage, errorPage, homePage, verdictPage, type PageContext } from '../web/pages.js';
import { parseForm, parseJson } from './body.js';
import { runBatch } from './batch.js';
import { limitOf } from './limits.js';
import { Metrics } from './metrics.js';
import { logRoutes } from './log-routes.js';
import { resultJson, templateTexts } from './result-json.js';
import { batchBody, batchResponse, errorResponses, errorSchema, findingSchema, resultSchema, verifyBody } from './schemas.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** performance.now() when the request arrived (set only when there is an access log). */
    receivedAt: number;
  }
}

export interface AppOptions {
  data: LoadedData;
  /** One line per request: method, route pattern, status, milliseconds to the answer. Default: no log. */
  accessLog?: (line: string) => void;
  /** Requests per minute per client; false turns limiting off (benchmarks). Default 120. */
  rateLimit?: number | false;
  /** An example code for the home page (the demo passes a real one). */
  exampleCode?: string;
  /** Check every route schema against the JSON Schema meta-schema (tests; off at start-up). */
  checkSchemas?: boolean;
}

/** Body limits in bytes: 64 KiB of text can grow up to 6× as JSON escapes. */
export const BODY_LIMITS = { verify: 512 * 1024, batch: 4 * 1024 * 1024, form: 512 * 1024 } as const;

const STATIC_DIR = fileURLToPath(new URL('../../dist/static/', import.meta.url));
const API_PREFIXES = ['/api/', '/.well-known/', '/log/', '/healthz', '/readyz', '/metrics'];

function isApi(url: string): boolean {
  return API_PREFIXES.some((p) => url.startsWith(p));
}

function errorBody(code: ErrorCode, limit?: LimitHit): { error: { code: string; message: string; limit?: string; max?: number } } {
  return { error: { code, message: ERRORS[code].message, ...(limit ? { limit: limit.name, max: limit.max } : {}) } };
}

/** Map anything thrown to a stable code. Internal details never reach the client. */
function toCode(err: unknown): ErrorCode {
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
  if (e.statusCode === 429) return 'WC_RATE_LIMITED';
  if (e.statusCode === 415) return 'WC_MEDIA_TYPE';
  if (e.statusCode === 413) return 'WC_INPUT_TOO_LARGE';
  if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500) return 'WC_REQUEST_MALFORMED';
  return 'WC_INTERNAL';
}

/** Run a helmet middleware once against a response that only records the headers it sets. */
function staticHeaders(mw: ReturnType<typeof helmet>): Record<string, string> {
  const out: Record<string, string> = {};
  const res = {
    setHeader: (k: string, v: unknown) => void (out[k.toLowerCase()] = String(v)),
    removeHeader: (k: string) => void delete out[k.toLowerCase()],
    getHeader: (k: string) => out[k.toLowerCase()],
  };
  let called = false;
  mw({} as Parameters<typeof mw>[0], res as unknown as Parameters<typeof mw>[1], () => void (called = true));
  if (!called || !out['content-security-policy']) throw new Error('helmet did not produce its headers synchronously');
  return out;
}

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    trustProxy: false,
    bodyLimit: BODY_LIMITS.verify,
    return503OnClosing: true,
    // No request ids from clients (a header could carry anything) and none in responses.
    requestIdHeader: false,
    // A URL fastify cannot route (bad percent-encoding, say) is answered before any hook runs:
    // the same error answer, with the same security headers, as every other error.
    frameworkErrors: (err, req, reply) => {
      reply.headers(isApi(req.url) ? apiOther : pageOther);
      return sendError(err, req, reply);
    },
    // Our schemas are constants, checked against the JSON Schema meta-schema by a test
    // (checkSchemas); compiling ajv's meta-schema at every start cost ~20 ms of readiness.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false, validateSchema: o.checkSchemas === true } },
  });
  const metrics = new Metrics();
  const hasScript = existsSync(`${STATIC_DIR}app.js`);
  const help = o.data.help;
  const exampleCode = o.exampleCode ?? 'NO-7K3Q-9XW2-M4TD';

  app.addSchema(findingSchema);
  app.addSchema(resultSchema);
  app.addSchema(errorSchema);

  // Strict bodies: invalid UTF-8 is an error, never silently replaced (body.ts says why).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => parseJson(body as Buffer, done));
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer', bodyLimit: BODY_LIMITS.form }, (_req, body, done) =>
    parseForm(body as Buffer, done),
  );

  // helmet's headers, computed ONCE. @fastify/helmet rebuilds the helmet middleware on every request
  // and helmet sets each header through the raw response: measured, that halved the throughput of
  // a bare route (57k → 25k req/s). Our headers do not vary per request, so helmet is run once
  // against a recording response and the result set as one object.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // Onion and local deployments are plain http; HSTS is for the operator's TLS front end.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: true,
  });
  const headers = staticHeaders(securityHeaders);
  // JSON, JOSE and tile answers are never rendered as documents, so the document-only headers
  // (COOP, COEP, Origin-Agent-Cluster, X-DNS-Prefetch-Control, X-Download-Options,
  // X-Permitted-Cross-Domain-Policies, X-XSS-Protection) are left off them, as the OWASP REST
  // Security Cheat Sheet recommends; each header costs ~0.3 µs on the hottest route. What stays:
  // a CSP that allows nothing, nosniff, no-referrer, no framing, same-origin resource policy.
  const apiHeaders: Record<string, string> = { 'content-security-policy': "default-src 'none'; frame-ancestors 'none'", 'x-frame-options': 'DENY' };
  for (const h of ['x-content-type-options', 'referrer-policy', 'cross-origin-resource-policy']) {
    if (headers[h] === undefined) throw new Error(`helmet did not set ${h}`);
    apiHeaders[h] = headers[h];
  }
  // The default cache-control goes out with the security headers, in one call per request; routes
  // that may be cached (keys, trust list, tiles, static files) set their own later. (An onSend hook
  // for it cost a hook run per response.)
  const pageGet = { ...headers, 'cache-control': 'no-cache' };
  const pageOther = { ...headers, 'cache-control': 'no-store' };
  const apiGet = { ...apiHeaders, 'cache-control': 'no-cache' };
  const apiOther = { ...apiHeaders, 'cache-control': 'no-store' };
  const accessLog = o.accessLog;
  // The access log's clock starts here (a declared request field, not fastify's response timing:
  // that needs an onResponse hook, i.e. a 'finish' listener on every response).
  app.decorateRequest('receivedAt', 0);
  app.addHook('onRequest', (req, reply, done) => {
    if (accessLog) req.receivedAt = performance.now();
    const get = req.method === 'GET' || req.method === 'HEAD';
    reply.headers(isApi(req.url) ? (get ? apiGet : apiOther) : get ? pageGet : pageOther);
    done();
  });

  if (o.rateLimit !== false) {
    // The limiter's in-memory keys are salted hashes: no address is kept, even in memory.
    const salt = randomBytes(32);
    await app.register(rateLimit, {
      max: o.rateLimit ?? 120,
      timeWindow: 60_000,
      keyGenerator: (req) => createHmac('sha256', salt).update(req.ip).digest('base64url').slice(0, 22),
      errorResponseBuilder: () => ({ statusCode: 429, code: 'WC_RATE_LIMITED', message: ERRORS.WC_RATE_LIMITED.message }),
    });
  }

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'warncheck',
        version: '1',
        description: 'Check police warning codes, texts and links. Nothing sent is stored or logged. Error codes: docs/ERRORS.md.',
      },
    },
    refResolver: { buildLocalReference: (json, _base, _frag, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });

  if (existsSync(STATIC_DIR)) {
    await app.register(fastifyStatic, {
      root: STATIC_DIR,
      prefix: '/static/',
      index: false,
      list: false,
      dotfiles: 'deny',
      maxAge: 3600_000,
      schemaHide: true,
    });
  }

  // Counted and logged when the answer is handed over (its status is final then), with the time
  // taken to produce it. An onResponse hook makes fastify listen for every response's 'finish':
  // measured, 3–6 µs per request on the hottest route.
  app.addHook('onSend', (req, reply, payload, done) => {
    const route = req.routeOptions.url ?? '(unmatched)';
    metrics.request(req.method, route, reply.statusCode);
    if (accessLog) accessLog(`${req.method} ${route} ${reply.statusCode} ${(req.receivedAt ? performance.now() - req.receivedAt : 0).toFixed(1)}ms`);
    done(null, payload);
  });

  const pageCtx = (req: FastifyRequest, path: string, lang?: unknown): PageContext => ({
    t: catalog(pickLanguage(lang ?? (req.query as { lang?: unknown } | undefined)?.lang, req.headers['accept-language'])),
    path,
    hasScript,
    rootKey: o.data.rootPublicKey,
  });
  const sendPage = (reply: FastifyReply, status: number, body: string) => reply.code(status).type('text/html; charset=utf-8').send(body);

  function sendError(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
    const code = toCode(err);
    const status = ERRORS[code].http;
    if (code === 'WC_INTERNAL') metrics.internalError();
    if (isApi(req.url)) return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code, limitOf(err, req, status)));
    return sendPage(reply, status, errorPage(pageCtx(req, '/'), code, help));
  }
  app.setErrorHandler((err, req, reply) => sendError(err, req, reply));
  app.setNotFoundHandler((req, reply) => {
    if (isApi(req.url)) return reply.code(404).type('application/json; charset=utf-8').send(errorBody('WC_NOT_FOUND'));
    return sendPage(reply, 404, errorPage(pageCtx(req, '/'), 'WC_NOT_FOUND'));
  });

  const langQuery = { type: 'object', properties: { lang: { type: 'string', maxLength: 8 } }, additionalProperties: false } as const;

  // ---- pages ----
  app.get('/', { schema: { hide: true, querystring: langQuery } }, (req, reply) => sendPage(reply, 200, homePage(pageCtx(req, '/'), exampleCode)));
  app.get('/api', { schema: { hide: true, querystring: langQuery } }, (req, reply) => sendPage(reply, 200, apiPage(pageCtx(req, '/api'), { code: exampleCode })));
  app.post(
    '/verify',
    {
      bodyLimit: BODY_LIMITS.form,
      schema: {
        hide: true,
        body: { type: 'object', properties: { input: { type: 'string' }, lang: { type: 'string', maxLength: 8 } }, required: ['input'], additionalProperties: false },
      },
    },
    (req, reply) => {
      const { input, lang } = req.body as { input: string; lang?: string };
      const ctx = pageCtx(req, '/', lang);
      const result = o.data.verify(input); // throws typed errors → error page
      metrics.verdict(result.verdict);
      return sendPage(reply, 200, verdictPage(ctx, result, input, help));
    },
  );

  // ---- API ----
  const texts = templateTexts(o.data.templates);
  const verifyOne = (input: string): Result => {
    const r = o.data.verify(input);
    metrics.verdict(r.verdict);
    return r;
  };
  app.post(
    '/api/v1/verify',
    {
      schema: {
        summary: 'Check one input: a code, a URL, a JWS statement or a whole pasted text',
        body: verifyBody,
        response: { 200: { $ref: 'Result#' }, ...errorResponses },
      },
    },
    // Written by resultJson (same output as the schema's serializer, which a test checks).
    (req, reply) => reply.type('application/json; charset=utf-8').send(resultJson(verifyOne((req.body as { input: string }).input), texts)),
  );
  app.post(
    '/api/v1/verify/batch',
    {
      bodyLimit: BODY_LIMITS.batch,
      schema: {
        summary: 'Check up to 1,000 inputs; one result per item, in order (an item that cannot be checked gets an error of its own)',
        body: batchBody,
        response: { 200: batchResponse, ...errorResponses },
      },
    },
    (req) =>
      runBatch(
        (req.body as { items: string[] }).items,
        verifyOne,
        (e) => {
          const code = toCode(e);
          if (code === 'WC_INTERNAL') throw e;
          return errorBody(code, limitOf(e, req, ERRORS[code].http));
        },
        (limit) => errorBody('WC_BATCH_TOO_LARGE', limit),
      ),
  );
  app.get(
    '/api/v1/range/:prefix',
    {
      schema: {
        summary: 'k-anonymity look-up: statements whose code hash starts with these 5 hex characters, padded to a multiple of 4 KiB',
        params: { type: 'object', properties: { prefix: { type: 'string', pattern: '^[0-9a-f]{5}$' } }, required: ['prefix'] },
        response: {
          200: {
            type: 'object',
            properties: {
              prefix: { type: 'string' },
              entries: {
                type: 'array',
                items: { type: 'object', properties: { suffix: { type: 'string' }, jws: { type: 'string' }, proof: { type: 'string', description: 'c2sp.org/tlog-proof of the statement' } }, required: ['suffix', 'jws'] },
              },
              padding: { type: 'string' },
            },
            required: ['prefix', 'entries', 'padding'],
          },
          ...errorResponses,
        },
      },
    },
    (req, reply) => {
      const bucket = o.data.range((req.params as { prefix: string }).prefix);
      // Pad so that the response size says little about how many statements the bucket holds.
      const bare = JSON.stringify({ ...bucket, padding: '' }).length;
      const padding = ' '.repeat(Math.ceil((bare + 1) / 4096) * 4096 - bare);
      reply.header('cache-control', 'public, max-age=300');
      return { ...bucket, padding };
    },
  );

  // ---- keys, trust, health ----
  app.get('/.well-known/jwks.json', { schema: { summary: 'The issuer public keys named by the trust list (JWK set)' } }, (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return o.data.jwks;
  });
  app.get('/.well-known/warncheck-trust.jws', { schema: { summary: 'The signed trust list, exactly as stored (compact JWS)' } }, (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return reply.type('application/jose; charset=utf-8').send(o.data.trustJws);
  });
  app.get('/healthz', { schema: { summary: 'Liveness', response: { 200: { type: 'object', properties: { status: { type: 'string' } } } } } }, () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    { schema: { summary: 'Readiness: data loaded and verified', response: { 200: { type: 'object', properties: { status: { type: 'string' }, statements: { type: 'integer' } } } } } },
    () => ({ status: 'ready', statements: o.data.statementCount }),
  );
  app.get('/metrics', { schema: { summary: 'Prometheus counters (requests by route pattern and status, verdicts); no inputs' } }, (_req, reply) =>
    reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render()),
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  logRoutes(app, o.data);

  return app;
}

