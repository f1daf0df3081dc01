/**
 * The verification service as a fastify instance (tested through app.inject; src/server/main.ts
 * listens). Thin: every verdict comes from LoadedData.verify, i.e. core/check.ts, the function
 * the CLI and the browser run. ARCHITECTURE.md ("Server") draws the plugin tree:
 *
 *   root: body parsers, overload guard, rate limiter, OpenAPI, the access log (fastify's logger)
 *   ├─ pages       (pages.ts)       HTML, document headers, HTML errors and 404s
 *   ├─ api         (api.ts, /api)   JSON API, API headers, JSON errors and 404s
 *   ├─ log         (log-routes.ts)  /log/…, /.well-known/…, look-up buckets: API headers, JSON errors
 *   └─ operations  (operations.ts)  /healthz, /readyz, /metrics (only when turned on)
 *
 * Each context registers its own headers and error handler: a route's answer format follows from
 * where it is registered, never from its URL. Only what fails before routing (an unroutable URL,
 * malformed HTTP) has no context; see `beforeRouting`.
 *
 * Privacy (ARCHITECTURE.md, safety rules 3 and 4): the log (logging.ts) can only hold method,
 * route pattern, status, time and a stable code; rate limiting keys on a salted hash of the
 * address held in memory; no cookies; no input in any URL; no private key here.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import { getHeapStatistics } from 'node:v8';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyServerOptions, type RouteShorthandOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import swagger from '@fastify/swagger';
import { ERRORS, fail, type ErrorCode } from '../core/errors.js';
import { httpStatus } from './status.js';
import type { Result } from '../core/verdict.js';
import type { LoadedData } from '../service/types.js';
import type { TextPool } from '../service/text-pool.js';
import { catalog, pickLanguage } from '../web/i18n/index.js';
import { errorPage } from '../web/pages.js';
import { api } from './api.js';
import { parseForm, parseJson } from './body.js';
import { errorBody, sendJsonError, settle } from './errors.js';
import { headerSets, type HeaderSet } from './headers.js';
import { BODY_LIMITS } from './limits.js';
import { AccessLog, loggerOptions } from './logging.js';
import { logRoutes } from './log-routes.js';
import { Metrics } from './metrics.js';
import { operations } from './operations.js';
import { pages } from './pages.js';
import { templateTexts, type TemplateTexts } from './result-json.js';
import { errorSchema, findingSchema, resultSchema } from './schemas.js';
import { lazyCompilers } from './lazy-compile.js';

export { BODY_LIMITS } from './limits.js';
export { errorTrace, logTime } from './logging.js';

export interface AppOptions {
  data: LoadedData;
  /**
   * Where the log goes: one JSON line per write (fastify's logger, pino; logging.ts says what a
   * line can hold). Default: no log at all.
   */
  log?: { write(line: string): void };
  /** A line per answer (method, route pattern, status, response time); otherwise only 5xx. Default true. */
  accessLog?: boolean;
  /** GET /metrics (Prometheus counters: requests by route pattern and status, verdicts). Default off. */
  metrics?: boolean;
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
  /** An example code for the home page (the demo passes a real one). */
  exampleCode?: string;
  /** Long texts analysed in worker threads (service/text-pool.ts); without it, all in this thread. */
  textPool?: TextPool;
  /** Check every route schema against the JSON Schema meta-schema (tests; off at start-up). */
  checkSchemas?: boolean;
}

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

/** What the plugins share (their options): built once per app by buildApp. */
export interface Shared {
  data: LoadedData;
  /** Where error lines go (fastify's logger; logging.ts). */
  log: FastifyBaseLogger;
  headers: { page: HeaderSet; api: HeaderSet };
  /** True once the server is closing (new requests on open connections get 503). */
  closing: () => boolean;
  /** Present only when metrics are turned on: nothing is counted otherwise. */
  metrics: Metrics | undefined;
  /** One input's answer: long texts in the worker pool (off this event loop), the rest right here. */
  verifyOne: (input: string) => Result | Promise<Result>;
  /** The verification routes' shared per-client budget (an onRequest hook), or nothing. */
  verifyLimit: Pick<RouteShorthandOptions, 'onRequest'>;
  /** The trust list's template texts, escaped for the answer writer (public data). */
  texts: () => TemplateTexts;
  exampleCode: string;
}

function isLoopback(ip: string): boolean {
  return ip.startsWith('127.') || ip === '::1' || ip.startsWith('::ffff:127.');
}

const STATUS_TEXT: Partial<Record<ErrorCode, string>> = {
  WC_REQUEST_TIMEOUT: 'Request Timeout',
  WC_HEADERS_TOO_LARGE: 'Request Header Fields Too Large',
  WC_REQUEST_MALFORMED: 'Bad Request',
};

/**
 * Errors met BEFORE routing have no plugin context to answer in: a URL fastify cannot decode
 * (FST_ERR_BAD_URL). These URL prefixes are where the JSON contexts are registered (api.ts,
 * log-routes.ts, operations.ts); everything else answers as a page.
 */
const JSON_CONTEXTS = ['/api/', '/.well-known/', '/log/', '/healthz', '/readyz', '/metrics'];
const beforeRouting = (url: string): 'json' | 'page' => (JSON_CONTEXTS.some((p) => url.startsWith(p)) ? 'json' : 'page');

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const timeouts = { ...TIMEOUTS, ...o.timeouts };
  const headers = headerSets();
  const metrics = o.metrics ? new Metrics() : undefined;
  // Set by preClose: requests that still arrive on open connections are turned away at once.
  let closing = false;
  // fastify's own logger (logging.ts: what a line holds). With an access log it is the app's; no
  // child logger per request (a line has no request id, and it saves an allocation per request).
  // Errors only: the same logger, built by fastify for a bare instance, and the app has none,
  // since an app with a logger listens for every response's 'finish' (3–6 µs per request).
  const accessLog = o.log !== undefined && o.accessLog !== false;
  const loggerConfig = (access: boolean) => loggerOptions(o.log!, access) as unknown as FastifyServerOptions['logger'];
  const logging: Pick<FastifyServerOptions, 'logger' | 'logController' | 'childLoggerFactory'> = accessLog
    ? { logger: loggerConfig(true), logController: new AccessLog(), childLoggerFactory: (logger) => logger }
    : { logger: false };
  const app = Fastify({
    ...logging,
    trustProxy: o.trustProxy ?? false,
    bodyLimit: BODY_LIMITS.verify,
    connectionTimeout: timeouts.connectionMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    requestTimeout: timeouts.requestMs,
    http: { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, connectionsCheckingInterval: timeouts.checkEveryMs },
    // While closing, new requests get our own 503 (securityHeaders' hook), with the security headers.
    return503OnClosing: false,
    // Errors Node answers before fastify sees a request (malformed HTTP, headers over the limit,
    // a request not received in time): the same JSON error and security headers as any other.
    clientErrorHandler: (err: Error & { code?: string }, socket: Socket) => clientError(err, socket),
    // No request ids from clients (a header could carry anything) and none in responses.
    requestIdHeader: false,
    // A URL fastify cannot route (bad percent-encoding, say) is answered before any hook runs:
    // the same error answer, with the same security headers, as every other error.
    // A void callback: the reply (a thenable) is sent, not returned (no-misused-promises).
    frameworkErrors: (err, req, raw) => {
      const reply = raw as unknown as FastifyReply;
      const { code, status } = settle(err, req, errorLog);
      if (beforeRouting(req.url) === 'json') {
        reply.headers(headers.api.other);
        sendJsonError(reply, status, errorBody(code, undefined, req));
        return;
      }
      const t = catalog(pickLanguage(undefined, req.headers['accept-language']));
      reply.headers(headers.page.other);
      reply
        .code(status)
        .type('text/html; charset=utf-8')
        .send(errorPage({ t, path: '/', hasScript: false, rootKey: o.data.rootPublicKey }, code));
    },
    // Our schemas are constants, checked against the JSON Schema meta-schema by a test
    // (checkSchemas); compiling ajv's meta-schema at every start cost ~20 ms of readiness.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false, validateSchema: o.checkSchemas === true } },
    // Each route's validator and serializers compiled on first use, not at start (lazy-compile.ts).
    ...(o.checkSchemas === true ? {} : { schemaController: lazyCompilers() }),
  });

  const errorLog: FastifyBaseLogger = accessLog || !o.log ? app.log : Fastify({ logger: loggerConfig(false) }).log;

  function clientError(err: Error & { code?: string }, socket: Socket): void {
    // A reset connection has nobody to answer (as fastify's default handler does).
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    const code: ErrorCode =
      err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'WC_REQUEST_TIMEOUT' : err.code === 'HPE_HEADER_OVERFLOW' ? 'WC_HEADERS_TOO_LARGE' : 'WC_REQUEST_MALFORMED';
    // Node's own rule: write an answer only if no response has started on this socket.
    const started = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
    if (socket.writable && !started) {
      const body = JSON.stringify(errorBody(code));
      let head = `HTTP/1.1 ${httpStatus(code)} ${STATUS_TEXT[code]}\r\n`;
      for (const [k, v] of Object.entries(headers.api.other)) head += `${k}: ${v}\r\n`;
      socket.write(`${head}content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    }
    socket.destroy();
  }

  // Every answer has a schema (and so a description in OpenAPI); static files are files, not answers.
  app.addHook('onRoute', (r) => {
    if (!r.schema?.response && !r.url.startsWith('/static/')) fail('WC_INTERNAL', `route ${String(r.method)} ${r.url} has no response schema`);
  });
  app.addSchema(findingSchema);
  app.addSchema(resultSchema);
  app.addSchema(errorSchema);

  // Strict bodies: invalid UTF-8 is an error, never silently replaced (body.ts says why).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => parseJson(body as Buffer, done));
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer', bodyLimit: BODY_LIMITS.form }, (_req, body, done) =>
    parseForm(body as Buffer, done),
  );

  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });

  if (o.overload !== false) {
    const ov = { ...OVERLOAD, ...o.overload };
    // Sampled on a timer; per request it is one hook with a few comparisons. Answers 503 with
    // Retry-After through the context's error handler (the plugin's code FST_UNDER_PRESSURE → WC_OVERLOADED).
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
  let verifyLimit: Shared['verifyLimit'] = {};
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

  // Counted when the answer is handed over (its status is final then). An onResponse hook makes
  // fastify listen for every response's 'finish': measured, 3–6 µs per request on the hottest route.
  app.addHook('onSend', (req, reply, payload, done) => {
    metrics?.request(req.method, req.routeOptions.url ?? '(unmatched)', reply.statusCode);
    // Closing: the answers still in flight end their connections instead of keeping them alive.
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  const counted = (r: Result): Result => {
    metrics!.verdict(r.verdict);
    return r;
  };
  // verifyOrLoad: the first text loads the text analysis (service/load.ts), codes never wait for it.
  const local = metrics
    ? (input: string) => {
        const r = o.data.verifyOrLoad(input);
        return r instanceof Promise ? r.then(counted) : counted(r);
      }
    : (input: string) => o.data.verifyOrLoad(input);
  const pool = o.textPool;
  // Template texts, escaped once per trust list (public data; the same array until it changes).
  let textsOf: unknown;
  let textsNow: TemplateTexts | undefined;
  const shared: Shared = {
    data: o.data,
    log: errorLog,
    headers,
    closing: () => closing,
    metrics,
    verifyOne: pool ? (input) => (input.length > pool.above ? (metrics ? pool.run(input).then(counted) : pool.run(input)) : local(input)) : local,
    verifyLimit,
    texts: () => {
      const t = o.data.templates;
      if (t !== textsOf || !textsNow) {
        textsNow = templateTexts(t);
        textsOf = t;
      }
      return textsNow;
    },
    exampleCode: o.exampleCode ?? 'NO-7K3Q-9XW2-M4TD',
  };
  await app.register(pages, shared);
  await app.register(api, { ...shared, prefix: '/api' });
  await app.register(logRoutes, shared);
  await app.register(operations, shared);
  return app;
}
