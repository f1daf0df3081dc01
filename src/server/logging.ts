/**
 * The server's log: fastify's own logger (pino), one JSON object per line. Privacy by construction
 * (ARCHITECTURE.md, safety rule 3): whatever a caller passes, a line can hold only
 *   level, time (ISO 8601), msg (one of MESSAGES), req {method, route: the route PATTERN, never
 *   the URL, which can carry a code}, res {statusCode}, responseTime (ms), code (a stable error
 *   code) and err {type, stack: the frames only, never the message, which can quote the input}.
 * The logMethod hook drops every other field and message, so neither fastify's own log calls
 * nor a careless one of ours can write what a client sent; no request id, pid or host name.
 */
import { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from 'fastify';

/** The messages a line may carry; any other becomes `event`. */
const MESSAGES = new Set(['request', 'request errored', 'server error', 'closing', 'closed']);
const FIELDS = ['req', 'res', 'responseTime', 'code', 'err'] as const;

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
export function errorTrace(err: unknown): { type: string; stack?: string } {
  if (!(err instanceof Error)) return { type: typeof err };
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .map((l) => l.trim());
  return { type: err.name, ...(frames.length ? { stack: frames.join('\n') } : {}) };
}

const serializers = {
  req: (req: FastifyRequest) => ({ method: req.method, route: req.routeOptions?.url ?? '(unmatched)' }),
  res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
  err: errorTrace,
};

function onlyAllowed(args: unknown[]): [Record<string, unknown>, string] | undefined {
  const first = args[0];
  const obj: Record<string, unknown> = {};
  const msg = typeof first === 'string' ? first : args[1];
  if (first !== null && typeof first === 'object') {
    const o = first as Record<string, unknown>;
    for (const k of FIELDS) if (o[k] !== undefined) obj[k] = o[k];
    if (typeof obj['responseTime'] !== 'number') delete obj['responseTime'];
    if (typeof obj['code'] !== 'string' || !/^WC_[A-Z0-9_]+$/.test(obj['code'])) delete obj['code'];
    // A res the serializer cannot read (fastify's internal { statusCode }) is reduced to it.
    if (obj['res'] !== undefined && !isReply(obj['res'])) obj['res'] = { statusCode: Number((obj['res'] as { statusCode?: unknown }).statusCode) || 0 };
    if (obj['req'] !== undefined && !isRequest(obj['req'])) delete obj['req'];
  }
  if (typeof msg === 'string' && MESSAGES.has(msg)) return [obj, msg];
  // A line of fastify's own with nothing we may keep (its "listening at" line) is not written.
  return Object.keys(obj).length > 0 ? [obj, 'event'] : undefined;
}

const isReply = (x: unknown): x is FastifyReply => typeof x === 'object' && x !== null && 'request' in x && 'raw' in x;
const isRequest = (x: unknown): x is FastifyRequest => typeof x === 'object' && x !== null && 'routeOptions' in x && 'raw' in x;

/**
 * fastify's logger options. `stream` gets each line (JSON and a newline). `accessLog`: a line per
 * answer at info; otherwise only errors (5xx but overload) are written.
 */
export function loggerOptions(stream: { write(line: string): void }, accessLog: boolean) {
  return {
    level: accessLog ? 'info' : 'error',
    stream,
    base: null,
    timestamp: () => `,"time":"${logTime()}"`,
    serializers,
    hooks: {
      logMethod(this: FastifyBaseLogger, args: unknown[], method: (...a: unknown[]) => void) {
        const kept = onlyAllowed(args);
        if (kept) method.apply(this, kept);
      },
    },
  };
}

/**
 * fastify's per-request log calls: one line when the answer is finished (method, route pattern,
 * status, response time), none when the request arrives. An error fastify met while sending
 * (after the answer began) is a `request errored` line with its class and frames.
 */
export class AccessLog extends LogController {
  override incomingRequest(): void {}
  override routeNotFound(): void {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: ms(reply.elapsedTime) }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: ms(reply.elapsedTime) }, 'request');
  }
}

const ms = (t: number): number => Math.round(t * 100) / 100;
