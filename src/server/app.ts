/**
 * The verification service as a fastify instance (tested through app.inject; src/server/main.ts
 * listens). Thin: every verdict comes from LoadedData.verify, i.e. core/check.ts, the function
 * the CLI and the browser run.
 *
 * Privacy (ARCHITECTURE.md, safety rules 3 and 4): fastify's own logger is off (it records URL and client IP);
 * the access log has method, route pattern, status and time only; rate limiting keys on a salted
 * hash of the address held in memory; no cookies; no input in any URL; no private key here.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Socket } from 'node:net';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { ERRORS, fail, isWarncheckError, type ErrorCode, type LimitHit } from '../core/errors.js';
import { parseBucket } from '../core/range.js';
import type { Result } from '../core/verdict.js';
import type { LoadedData } from '../service/types.js';
import type { TextPool } from '../service/text-pool.js';
import { CATALOGS, catalog, pickLanguage } from '../web/i18n/index.js';
import { apiPage, errorPage, homePage, verdictPage, type PageContext } from '../web/pages.js';
import { apiErrorMessage } from '../web/messages.js';
import { parseForm, parseJson } from './body.js';
import { runBatch } from './batch.js';
import { limitOf } from './limits.js';
import { Metrics } from './metrics.js';
import { logRoutes } from './log-routes.js';
import { messageWriter, resultJson, templateTexts, withMessages } from './result-json.js';
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
  /**
   * Verification requests (POST /verify, /api/v1/verify, /api/v1/verify/batch) per minute per
   * client; false turns limiting off (benchmarks). Default 120. Nothing else is limited per client.
   */
  rateLimit?: number | false;
  /**
   * Where a client's address comes from (fastify's trustProxy): false, the default, is the socket's
   * peer; true (trust every hop) or the proxies' addresses and CIDRs (comma-separated) read it
   * from X-Forwarded-For. A request whose client address is loopback (a local proxy or a Tor onion
   * service speaking for everyone) has no per-client limit: only the overload guard applies.
   */
  trustProxy?: boolean | string;
  /** Slow clients are closed after these (milliseconds); see TIMEOUTS. */
  timeouts?: Partial<typeof TIMEOUTS>;
  /** The global overload guard (@fastify/under-pressure): 503 WC_OVERLOADED with Retry-After. false: off. */
  overload?: Partial<OverloadOptions> | false;
  /** One line per 5xx answer (time, method, route pattern, status, code; for a 500 the error's class and stack frames, never its message or the input). */
  errorLog?: (line: string) => void;
  /** An example code for the home page (the demo passes a real one). */
  exampleCode?: string;
  /** Long texts analysed in worker threads (service/text-pool.ts); without it, all in this thread. */
  textPool?: TextPool;
  /** Check every route schema against the JSON Schema meta-schema (tests; off at start-up). */
  checkSchemas?: boolean;
}

/** Body limits in bytes: 64 KiB of text can grow up to 6× as JSON escapes. */
export const BODY_LIMITS = { verify: 512 * 1024, batch: 4 * 1024 * 1024, form: 512 * 1024 } as const;

/**
 * Slow clients (ms): the whole request (headers and body) must arrive within `requestMs`, its
 * headers within `headersMs`; an idle keep-alive connection is closed after `keepAliveMs`, any
 * silent socket after `connectionMs`. Node checks the first two every `checkEveryMs` (its default,
 * 30 s, would let a stalled body hold its connection for up to a minute).
 */
export const TIMEOUTS = { requestMs: 30_000, headersMs: 10_000, keepAliveMs: 5_000, connectionMs: 60_000, checkEveryMs: 1_000 };

export interface OverloadOptions {
  /** Mean event-loop delay over a sample (ms) above which new requests get 503; 0: not checked. */
  maxEventLoopDelayMs: number;
  /** V8 heap in use (bytes) above which new requests get 503; 0: not checked. */
  maxHeapUsedBytes: number;
  /** Seconds sent in Retry-After with each 503. */
  retryAfterS: number;
  /** How often the load is sampled (ms). */
  sampleIntervalMs: number;
}

export const OVERLOAD: OverloadOptions = {
  maxEventLoopDelayMs: 500,
  // 90 % of the heap V8 may grow to: refusing new work there beats a crash for everyone.
  maxHeapUsedBytes: Math.floor(getHeapStatistics().heap_size_limit * 0.9),
  retryAfterS: 10,
  sampleIntervalMs: 1_000,
};

/** An ISO 8601 time for log lines, formatted once per millisecond however many lines share it. */
let stampMs = 0;
let stampText = '';
export function logTime(): string {
  const now = Date.now();
  if (now !== stampMs) {
    stampMs = now;
    stampText = new Date(now).toISOString();
  }
  return stampText;
}

/** An error's class and stack frames, without its message (a message can quote the input). */
export function errorTrace(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  const frames = (err.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).map((l) => l.trim());
  return `${err.name}${frames.length ? ` ${frames.join(' | ')}` : ''}`;
}

function isLoopback(ip: string): boolean {
  return ip.startsWith('127.') || ip === '::1' || ip.startsWith('::ffff:127.');
}

const STATIC_DIR = fileURLToPath(new URL('../../dist/static/', import.meta.url));
const API_PREFIXES = ['/api/', '/.well-known/', '/log/', '/healthz', '/readyz', '/metrics'];

function isApi(url: string): boolean {
  return API_PREFIXES.some((p) => url.startsWith(p));
}

const STATUS_TEXT: Partial<Record<ErrorCode, string>> = { WC_REQUEST_TIMEOUT: 'Request Timeout', WC_HEADERS_TOO_LARGE: 'Request Header Fields Too Large', WC_REQUEST_MALFORMED: 'Bad Request' };

/** With the request: `message` in the language asked for (body `lang`, Accept-Language, English). */
function errorBody(code: ErrorCode, limit?: LimitHit, req?: FastifyRequest): { error: { code: string; message: string; limit?: string; max?: number } } {
  const message = req ? apiErrorMessage(code, (req.body as { lang?: unknown } | null | undefined)?.lang, req.headers['accept-language']) : ERRORS[code].message;
  return { error: { code, message, ...(limit ? { limit: limit.name, max: limit.max } : {}) } };
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
  if (e.code === 'FST_UNDER_PRESSURE') return 'WC_OVERLOADED';
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
  const timeouts = { ...TIMEOUTS, ...o.timeouts };
  const app = Fastify({
    logger: false,
    trustProxy: o.trustProxy ?? false,
    bodyLimit: BODY_LIMITS.verify,
    connectionTimeout: timeouts.connectionMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    requestTimeout: timeouts.requestMs,
    http: { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, connectionsCheckingInterval: timeouts.checkEveryMs },
    // While closing, new requests get our own 503 (onRequest below), with the security headers.
    return503OnClosing: false,
    // Errors Node answers before fastify sees a request (malformed HTTP, headers over the limit,
    // a request not received in time): the same JSON error and security headers as any other.
    clientErrorHandler: (err: Error & { code?: string }, socket: Socket) => clientError(err, socket),
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
  // Read per answer: the trust list (and so the help services and texts) can change while serving.
  // An error page must render even when the data refuses to answer (a rolled-back copy): no help then.
  const help = () => {
    try {
      return o.data.help;
    } catch {
      return [];
    }
  };
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
  function clientError(err: Error & { code?: string }, socket: Socket): void {
    // A reset connection has nobody to answer (as fastify's default handler does).
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    const code: ErrorCode = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'WC_REQUEST_TIMEOUT' : err.code === 'HPE_HEADER_OVERFLOW' ? 'WC_HEADERS_TOO_LARGE' : 'WC_REQUEST_MALFORMED';
    // Node's own rule: write an answer only if no response has started on this socket.
    const started = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
    if (socket.writable && !started) {
      const body = JSON.stringify(errorBody(code));
      let head = `HTTP/1.1 ${ERRORS[code].http} ${STATUS_TEXT[code]}\r\n`;
      for (const [k, v] of Object.entries(apiOther)) head += `${k}: ${v}\r\n`;
      socket.write(`${head}content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    }
    socket.destroy();
  }
  const accessLog = o.accessLog;
  const errorLog = o.errorLog;
  // Set by preClose: requests that still arrive on open connections are turned away at once.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  // The access log's clock starts here (a declared request field, not fastify's response timing:
  // that needs an onResponse hook, i.e. a 'finish' listener on every response).
  app.decorateRequest('receivedAt', 0);
  app.addHook('onRequest', (req, reply, done) => {
    if (accessLog) req.receivedAt = performance.now();
    const get = req.method === 'GET' || req.method === 'HEAD';
    reply.headers(isApi(req.url) ? (get ? apiGet : apiOther) : get ? pageGet : pageOther);
    if (closing) {
      reply.header('connection', 'close').header('retry-after', '1');
      return done(Object.assign(new Error('closing'), { code: 'FST_UNDER_PRESSURE' }));
    }
    done();
  });

  if (o.overload !== false) {
    const ov = { ...OVERLOAD, ...o.overload };
    // Sampled on a timer; per request it is one hook with a few comparisons. Answers 503 with
    // Retry-After through the error handler below (code FST_UNDER_PRESSURE → WC_OVERLOADED).
    await app.register(underPressure, {
      maxEventLoopDelay: ov.maxEventLoopDelayMs,
      maxHeapUsedBytes: ov.maxHeapUsedBytes,
      retryAfter: ov.retryAfterS,
      sampleInterval: ov.sampleIntervalMs,
    });
  }

  // Only verification has a per-client budget: log tiles, keys, static files, look-up buckets and
  // health are public, cheap and cacheable, and a log client must be able to read the whole log.
  // One budget shared by the three verification routes (a per-route config would give each its own).
  let verifyLimit: { onRequest?: ReturnType<FastifyInstance['rateLimit']> } = {};
  if (o.rateLimit !== false) {
    // The limiter's in-memory keys are salted hashes: no address is kept, even in memory.
    const salt = randomBytes(32);
    await app.register(rateLimit, {
      global: false,
      keyGenerator: (req) => createHmac('sha256', salt).update(req.ip).digest('base64url').slice(0, 22),
      // A loopback client is a local proxy or onion service speaking for many: no per-client budget.
      allowList: (req) => isLoopback(req.ip),
      errorResponseBuilder: () => ({ statusCode: 429, code: 'WC_RATE_LIMITED', message: ERRORS.WC_RATE_LIMITED.message }),
    });
    verifyLimit = { onRequest: app.rateLimit({ max: o.rateLimit ?? 120, timeWindow: 60_000 }) };
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
    // Closing: the answers still in flight end their connections instead of keeping them alive.
    if (closing) reply.header('connection', 'close');
    if (accessLog) accessLog(`${logTime()} ${req.method} ${route} ${reply.statusCode} ${(req.receivedAt ? performance.now() - req.receivedAt : 0).toFixed(1)}ms`);
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
    if (status >= 500 && code !== 'WC_OVERLOADED' && errorLog) {
      const route = req.routeOptions.url ?? '(unmatched)';
      errorLog(`${logTime()} ERROR ${req.method} ${route} ${status} ${code}${code === 'WC_INTERNAL' ? ` ${errorTrace(err)}` : ''}`);
    }
    if (isApi(req.url)) return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code, limitOf(err, req, status), req));
    // The form's language when its body was read (an empty input, say), else as for any page.
    return sendPage(reply, status, errorPage(pageCtx(req, '/', (req.body as { lang?: unknown } | undefined)?.lang), code, help()));
  }
  app.setErrorHandler((err, req, reply) => sendError(err, req, reply));
  app.setNotFoundHandler((req, reply) => {
    if (isApi(req.url)) return reply.code(404).type('application/json; charset=utf-8').send(errorBody('WC_NOT_FOUND', undefined, req));
    return sendPage(reply, 404, errorPage(pageCtx(req, '/'), 'WC_NOT_FOUND'));
  });

  const langQuery = { type: 'object', properties: { lang: { type: 'string', maxLength: 8 } }, additionalProperties: false } as const;

  // ---- pages ----
  app.get('/', { schema: { hide: true, querystring: langQuery } }, (req, reply) => sendPage(reply, 200, homePage(pageCtx(req, '/'), exampleCode)));
  app.get('/api', { schema: { hide: true, querystring: langQuery } }, (req, reply) => sendPage(reply, 200, apiPage(pageCtx(req, '/api'), { code: exampleCode })));
  // One input's answer: long texts in the worker pool (off this event loop), the rest right here.
  const counted = (r: Result): Result => {
    metrics.verdict(r.verdict);
    return r;
  };
  const verifyOne = (input: string): Result | Promise<Result> =>
    o.textPool && input.length > o.textPool.above ? o.textPool.run(input).then(counted) : counted(o.data.verify(input));
  app.post(
    '/verify',
    {
      bodyLimit: BODY_LIMITS.form,
      ...verifyLimit,
      schema: {
        hide: true,
        body: { type: 'object', properties: { input: { type: 'string' }, lang: { type: 'string', maxLength: 8 } }, required: ['input'], additionalProperties: false },
      },
    },
    (req, reply) => {
      const { input, lang } = req.body as { input: string; lang?: string };
      const ctx = pageCtx(req, '/', lang);
      const page = (result: Result) => sendPage(reply, 200, verdictPage(ctx, result, input, help()));
      const r = verifyOne(input); // throws (or rejects with) typed errors → error page
      return r instanceof Promise ? r.then(page) : page(r);
    },
  );

  // ---- API ----
  let textsOf: unknown;
  let textsNow: ReturnType<typeof templateTexts> | undefined;
  const texts = (): ReturnType<typeof templateTexts> => {
    const t = o.data.templates; // the same array until the trust list changes
    if (t !== textsOf || !textsNow) {
      textsNow = templateTexts(t);
      textsOf = t;
    }
    return textsNow;
  };
  // Each finding's message: in the body's `lang`, else by Accept-Language, else English.
  const messages = new Map(Object.keys(CATALOGS).map((l) => [l, messageWriter(catalog(l))]));
  const apiLang = (req: FastifyRequest): string => pickLanguage((req.body as { lang?: string }).lang, req.headers['accept-language']);

  app.post(
    '/api/v1/verify',
    {
      ...verifyLimit,
      schema: {
        summary: 'Check one input: a code, a URL, a JWS statement or a whole pasted text',
        body: verifyBody,
        response: { 200: { $ref: 'Result#' }, ...errorResponses },
      },
    },
    // Written by resultJson (same output as the schema's serializer, which a test checks).
    (req, reply) => {
      const send = (r: Result) => reply.type('application/json; charset=utf-8').send(resultJson(r, texts(), messages.get(apiLang(req))));
      const r = verifyOne((req.body as { input: string }).input);
      return r instanceof Promise ? r.then(send) : send(r);
    },
  );
  app.post(
    '/api/v1/verify/batch',
    {
      bodyLimit: BODY_LIMITS.batch,
      ...verifyLimit,
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
          const r = verifyOne(item);
          return r instanceof Promise ? r.then((x) => withMessages(x, cat)) : withMessages(r, cat);
        },
        (e) => {
          const code = toCode(e);
          if (code === 'WC_INTERNAL') throw e;
          return errorBody(code, limitOf(e, req, ERRORS[code].http), req);
        },
        (limit) => errorBody('WC_BATCH_TOO_LARGE', limit, req),
      );
    },
  );
  app.get(
    '/api/v1/range/:bits/:bucket',
    {
      schema: {
        summary: 'Private look-up: the statements of one bucket of code hashes, with one inclusion proof (docs/FORMAT.md §3.5)',
        description:
          'The bucket is the first `bits` bits of the code hash, written as max(1, ceil(bits/4)) lowercase hex digits; `bits` may not exceed max(0, floor(log2(log size / 32))), so that a bucket holds at least 32 statements on average. The answer is binary (`application/octet-stream`, format in docs/FORMAT.md §3.5) and every answer for one log size has the same length.',
        params: {
          type: 'object',
          properties: { bits: { type: 'string', pattern: '^(0|[1-9][0-9]?)$' }, bucket: { type: 'string', pattern: '^[0-9a-f]{1,5}$' } },
          required: ['bits', 'bucket'],
        },
        response: {
          200: { description: 'The binary look-up answer (docs/FORMAT.md §3.5), zero-padded to the one size of this log size', type: 'string', format: 'binary' },
          ...errorResponses,
        },
      },
    },
    (req, reply) => {
      const p = req.params as { bits: string; bucket: string };
      const parsed = parseBucket(p.bits, p.bucket);
      if (!parsed) fail('WC_REQUEST_MALFORMED', 'bucket: max(1, ceil(bits / 4)) lowercase hex digits below 2^bits');
      const answer = o.data.range(parsed.bits, parsed.bucket);
      reply.header('cache-control', 'public, max-age=60');
      return reply.type('application/octet-stream').send(Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength));
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
  app.get('/.well-known/warncheck-root-handovers', { schema: { summary: 'Root hand-overs, one compact JWS per line, oldest first (FORMAT.md §5.2)' } }, (_req, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return reply.type('text/plain; charset=utf-8').send(o.data.rootHandovers.map((h) => `${h}\n`).join(''));
  });
  // Liveness stays 200 under load (a restart would not help); readiness says 503 then.
  app.get('/healthz', { config: { pressureHandler: () => undefined }, schema: { summary: 'Liveness', response: { 200: { type: 'object', properties: { status: { type: 'string' } } } } } }, () => ({ status: 'ok' }));
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

