/**
 * The no-JS pages (an encapsulated fastify plugin): the home page, the API page, the form's
 * answer, the static files, and every error and unknown path outside the JSON contexts, as HTML
 * with the document security headers.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Result } from '../core/verdict.js';
import { catalog, pickLanguage } from '../web/i18n/index.js';
import { apiPage, errorPage, homePage, verdictPage, type PageContext } from '../web/pages.js';
import type { Shared } from './app.js';
import { settle } from './errors.js';
import { headersFor, securityHeaders } from './headers.js';
import { BODY_LIMITS } from './limits.js';

const STATIC_DIR = fileURLToPath(new URL('../../dist/static/', import.meta.url));

const langQuery = { type: 'object', properties: { lang: { type: 'string', maxLength: 8 } }, additionalProperties: false } as const;
const html = { description: 'an HTML page', content: { 'text/html': { schema: { type: 'string' } } } } as const;

export const pages: FastifyPluginAsync<Shared> = async (app, o) => {
  await app.register(securityHeaders, { set: o.headers.page, closing: o.closing });
  const hasScript = existsSync(`${STATIC_DIR}app.js`);
  // Read per answer: the trust list (and so the help services) can change while serving. An error
  // page must render even when the data refuses to answer (a rolled-back copy): no help then.
  const help = () => {
    try {
      return o.data.help;
    } catch {
      return [];
    }
  };
  const pageCtx = (req: FastifyRequest, path: string, lang?: unknown): PageContext => ({
    t: catalog(pickLanguage(lang ?? (req.query as { lang?: unknown } | undefined)?.lang, req.headers['accept-language'])),
    path,
    hasScript,
    rootKey: o.data.rootPublicKey,
  });
  const send = (reply: FastifyReply, status: number, body: string) => reply.code(status).type('text/html; charset=utf-8').send(body);

  app.setErrorHandler((err, req, reply) => {
    // Again here: a root hook (the overload guard) can fail a request before the headers hook ran.
    reply.headers(headersFor(o.headers.page, req.method));
    const { code, status } = settle(err, req, o.log, o.metrics && (() => o.metrics!.internalError()));
    // The form's language when its body was read (an empty input, say), else as for any page.
    return send(reply, status, errorPage(pageCtx(req, '/', (req.body as { lang?: unknown } | undefined)?.lang), code, help()));
  });
  app.setNotFoundHandler((req, reply) => send(reply, 404, errorPage(pageCtx(req, '/'), 'WC_NOT_FOUND')));

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

  // Pages are not part of the API: hidden from OpenAPI, but each still has a response schema.
  app.get('/', { schema: { hide: true, querystring: langQuery, response: { 200: html } } }, (req, reply) =>
    send(reply, 200, homePage(pageCtx(req, '/'), o.exampleCode)),
  );
  app.get('/api', { schema: { hide: true, querystring: langQuery, response: { 200: html } } }, (req, reply) =>
    send(reply, 200, apiPage(pageCtx(req, '/api'), { code: o.exampleCode })),
  );
  app.post(
    '/verify',
    {
      bodyLimit: BODY_LIMITS.form,
      ...o.verifyLimit,
      schema: {
        hide: true,
        body: {
          type: 'object',
          properties: { input: { type: 'string' }, lang: { type: 'string', maxLength: 8 } },
          required: ['input'],
          additionalProperties: false,
        },
        response: { 200: html },
      },
    },
    (req, reply) => {
      const { input, lang } = req.body as { input: string; lang?: string };
      const ctx = pageCtx(req, '/', lang);
      const page = (result: Result) => send(reply, 200, verdictPage(ctx, result, input, help()));
      const r = o.verifyOne(input); // throws (or rejects with) typed errors → error page
      return r instanceof Promise ? r.then(page) : page(r);
    },
  );
};
