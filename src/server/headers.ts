/**
 * Security headers, by kind of answer: `page` (documents: helmet's full set and a CSP for the
 * no-JS pages) or `api` (JSON, JOSE, tiles: only what a non-document needs). Registered inside
 * each encapsulated context (server/app.ts), so a route's headers follow from where it lives.
 */
import type { FastifyPluginCallback } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import { fail, WarncheckError } from '../core/errors.js';

export interface HeaderSet {
  /** GET and HEAD: may be revalidated (no-cache); routes that may be cached set their own. */
  get: Readonly<Record<string, string>>;
  /** Everything else: never stored. */
  other: Readonly<Record<string, string>>;
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
  if (!called || !out['content-security-policy']) fail('WC_INTERNAL', 'helmet did not produce its headers synchronously');
  return out;
}

/**
 * helmet's headers, computed ONCE. @fastify/helmet rebuilds the helmet middleware on every request
 * and helmet sets each header through the raw response: measured, that halved the throughput of
 * a bare route (57k → 25k req/s). Our headers do not vary per request, so helmet is run once
 * against a recording response and the result set as one object.
 */
export function headerSets(): { page: HeaderSet; api: HeaderSet } {
  const headers = staticHeaders(
    helmet({
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
    }),
  );
  // JSON, JOSE and tile answers are never rendered as documents, so the document-only headers
  // (COOP, COEP, Origin-Agent-Cluster, X-DNS-Prefetch-Control, X-Download-Options,
  // X-Permitted-Cross-Domain-Policies, X-XSS-Protection) are left off them, as the OWASP REST
  // Security Cheat Sheet recommends; each header costs ~0.3 µs on the hottest route. What stays:
  // a CSP that allows nothing, nosniff, no-referrer, no framing, same-origin resource policy.
  const api: Record<string, string> = { 'content-security-policy': "default-src 'none'; frame-ancestors 'none'", 'x-frame-options': 'DENY' };
  for (const h of ['x-content-type-options', 'referrer-policy', 'cross-origin-resource-policy']) {
    if (headers[h] === undefined) fail('WC_INTERNAL', `helmet did not set ${h}`);
    api[h] = headers[h];
  }
  // The default cache-control goes out with the security headers, in one call per request (an
  // onSend hook for it cost a hook run per response).
  const set = (h: Record<string, string>): HeaderSet => ({ get: { ...h, 'cache-control': 'no-cache' }, other: { ...h, 'cache-control': 'no-store' } });
  return { page: set(headers), api: set(api) };
}

export interface HeadersOptions {
  set: HeaderSet;
  /**
   * True once the server is closing: requests that still arrive on open connections are turned
   * away at once (503 through the context's error handler). Checked in the same hook as the
   * headers: one hook run per request.
   */
  closing: () => boolean;
}

/** The headers of one answer. */
export const headersFor = (set: HeaderSet, method: string): HeaderSet['get'] => (method === 'GET' || method === 'HEAD' ? set.get : set.other);

const plugin: FastifyPluginCallback<HeadersOptions> = (app, o, done) => {
  const set = o.set;
  app.addHook('onRequest', (req, reply, next) => {
    reply.headers(headersFor(set, req.method));
    if (o.closing()) {
      reply.header('connection', 'close').header('retry-after', '1');
      return next(new WarncheckError('WC_OVERLOADED', 'closing'));
    }
    next();
  });
  done();
};

/** Not encapsulated itself (fastify-plugin): its hook belongs to the context that registers it. */
export const securityHeaders = fp(plugin);
