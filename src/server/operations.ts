/**
 * Operations (an encapsulated fastify plugin, with the API's headers and JSON errors): liveness,
 * readiness, and the Prometheus counters only when the operator turned them on
 * (WARNCHECK_METRICS=on or `serve --metrics`; docs/HTTP.md): how many answers said what is
 * nobody's business by default.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Shared } from './app.js';
import { jsonErrors } from './errors.js';
import { securityHeaders } from './headers.js';
import { errorResponses } from './schemas.js';

export const operations: FastifyPluginAsync<Shared> = async (app, o) => {
  await app.register(securityHeaders, { set: o.headers.api, closing: o.closing });
  await app.register(jsonErrors, { headers: o.headers.api, log: o.log, ...(o.metrics ? { onInternal: () => o.metrics!.internalError() } : {}) });

  // Liveness stays 200 under load (a restart would not help); readiness says 503 then.
  app.get(
    '/healthz',
    {
      config: { pressureHandler: () => undefined },
      schema: {
        summary: 'Liveness: the process answers',
        response: {
          200: {
            description: 'Always ok while the process runs, even under load',
            type: 'object',
            properties: { status: { type: 'string', enum: ['ok'] } },
            required: ['status'],
            examples: [{ status: 'ok' }],
          },
        },
      },
    },
    () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        summary: 'Readiness: data loaded and verified',
        response: {
          200: {
            description: 'Ready to answer: the trust list and the log verified, with the number of statements served',
            type: 'object',
            properties: { status: { type: 'string', enum: ['ready'] }, statements: { type: 'integer' } },
            required: ['status', 'statements'],
            examples: [{ status: 'ready', statements: 4021 }],
          },
          ...errorResponses,
        },
      },
    },
    () => ({ status: 'ready', statements: o.data.statementCount }),
  );
  const metrics = o.metrics;
  if (metrics) {
    app.get(
      '/metrics',
      {
        schema: {
          summary: 'Prometheus counters (requests by route pattern and status, verdicts); no inputs. Only when turned on (WARNCHECK_METRICS=on)',
          response: {
            200: {
              description: 'Prometheus text format 0.0.4',
              content: {
                'text/plain': {
                  schema: {
                    type: 'string',
                    examples: [
                      'warncheck_requests_total{method="POST",route="/api/v1/verify",status="200"} 12\nwarncheck_verdicts_total{verdict="genuine"} 9\n',
                    ],
                  },
                },
              },
            },
          },
        },
      },
      (_req, reply) => reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render()),
    );
  }
};
