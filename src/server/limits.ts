/**
 * Which limit an error hit, so that every 413 names it (a stable name and its value, as listed in
 * docs/HTTP.md "Limits"): limits checked by warncheck carry it on the error; the schema's and
 * fastify's own (body size) are recognised here.
 */
import type { FastifyRequest } from 'fastify';
import { isWarncheckError, type LimitHit } from '../core/errors.js';

export function limitOf(err: unknown, req: FastifyRequest, status: number): LimitHit | undefined {
  if (isWarncheckError(err)) return err.limit;
  if (status !== 413) return undefined;
  const e = err as { validation?: Array<{ keyword?: string; instancePath?: string; params?: { limit?: unknown } }> };
  const v = e.validation?.[0];
  if (v && typeof v.params?.limit === 'number') {
    if (v.keyword === 'maxItems') return { name: 'batch-items', max: v.params.limit };
    const field = v.instancePath?.split('/').pop() || 'input';
    return { name: `${field}-chars`, max: v.params.limit };
  }
  // What is left is fastify's own body limit (FST_ERR_CTP_BODY_TOO_LARGE), the route's.
  return { name: 'body-bytes', max: req.routeOptions.bodyLimit ?? 0 };
}

/** Body limits in bytes: 64 KiB of text can grow up to 6× as JSON escapes. */
export const BODY_LIMITS = { verify: 512 * 1024, batch: 4 * 1024 * 1024, form: 512 * 1024 } as const;
