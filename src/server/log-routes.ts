/**
 * The public, cacheable data (an encapsulated fastify plugin, with the API's headers and JSON
 * errors): the log under /log/, laid out exactly as C2SP tlog-tiles (docs/LOG.md §7), so an
 * existing tlog client pointed at `<site>/log/` reads and checks it unchanged; the keys and trust
 * list under /.well-known/; and the private look-up buckets (/api/v1/range/…). Tiles and entry
 * bundles never change once served (immutable caching); the checkpoint moves (a few seconds).
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { fail, isWarncheckError } from '../core/errors.js';
import { utf8Encode } from '../core/bytes.js';
import { parseBucket } from '../core/range.js';
import { ENTRIES_LEVEL, encodeEntryBundle, parseTilePath } from '../core/tlog/tiles.js';
import type { Shared } from './app.js';
import { jsonErrors, jsonNotFound } from './errors.js';
import { securityHeaders } from './headers.js';
import { errorResponses } from './schemas.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const CHECKPOINT_CACHE = 'public, max-age=5';
const KEYS_CACHE = 'public, max-age=300';
/** Tile indexes beyond this are not in any tree a warncheck store can hold (2^53 leaves). */
const MAX_TILE_INDEX = BigInt(Number.MAX_SAFE_INTEGER) / 256n;

const notFound = { description: 'Not found (WC_NOT_FOUND)', $ref: 'Error#' } as const;
const binary = (description: string) => ({ description, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } });
const text = (type: string, description: string, example: string) => ({
  description,
  content: { [type]: { schema: { type: 'string', examples: [example] } } },
});

const CHECKPOINT_EXAMPLE = 'warncheck.example/log\n4021\nq3cJ0mYbG8hCqLqYwRzvF5e2kG0yYqK3XyV3jYt8k2M=\n\n— warncheck.example/log Az3gR0aBcD…\n';
const JWS_EXAMPLE = 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiJ9.eyJ2ZXJzaW9uIjoxLCAuLi59.c2lnbmF0dXJl';

const jwk = {
  type: 'object',
  properties: {
    kty: { type: 'string' },
    crv: { type: 'string' },
    x: { type: 'string', description: 'the Ed25519 public key, base64url' },
    kid: { type: 'string', description: "the key's RFC 7638 thumbprint" },
    alg: { type: 'string' },
    use: { type: 'string' },
    status: { type: 'string', description: 'active, retired or revoked (docs/FORMAT.md §2)' },
    issuer: { type: 'string' },
    not_before: { type: 'string' },
    not_after: { type: 'string' },
  },
  required: ['kty', 'crv', 'x', 'kid'],
} as const;

export const logRoutes: FastifyPluginAsync<Shared> = async (app, o) => {
  await app.register(securityHeaders, { set: o.headers.api, closing: o.closing });
  await app.register(jsonErrors, { headers: o.headers.api, log: o.log, ...(o.metrics ? { onInternal: () => o.metrics!.internalError() } : {}) });
  const data = o.data;
  const bytes = (reply: FastifyReply, body: Uint8Array) =>
    reply
      .header('cache-control', IMMUTABLE)
      .type('application/octet-stream')
      .send(Buffer.from(body.buffer, body.byteOffset, body.byteLength));

  // Unknown paths under these prefixes are JSON 404s (a 404 handler belongs to a prefix).
  for (const prefix of ['/log', '/.well-known']) await app.register(async (sub) => void sub.setNotFoundHandler(jsonNotFound), { prefix });

  app.get(
    '/log/checkpoint',
    {
      schema: {
        summary: 'The latest signed checkpoint of the public log (C2SP tlog-checkpoint)',
        response: { 200: text('text/plain', 'The signed checkpoint note: origin, size, root hash, signatures', CHECKPOINT_EXAMPLE), ...errorResponses },
      },
    },
    (_req, reply) => reply.header('cache-control', CHECKPOINT_CACHE).type('text/plain; charset=utf-8').send(data.log.checkpoint().note),
  );

  app.get(
    '/log/tile/*',
    {
      schema: {
        summary: 'Hash tiles and entry bundles (C2SP tlog-tiles)',
        description: '`/log/tile/<L>/<N>[.p/<W>]` is a hash tile; `/log/tile/entries/<N>[.p/<W>]` an entry bundle (docs/LOG.md §7). Immutable once served.',
        response: { 200: binary("The tile's hashes (32 bytes each) or the bundle's entries, as C2SP tlog-tiles specifies"), 404: notFound, ...errorResponses },
      },
    },
    (req, reply) => {
      const rest = (req.params as { '*': string })['*'];
      let t;
      try {
        t = parseTilePath(`tile/${rest}`);
      } catch (e) {
        if (isWarncheckError(e)) return fail('WC_NOT_FOUND');
        throw e;
      }
      if (t.index > MAX_TILE_INDEX) return fail('WC_NOT_FOUND');
      const index = Number(t.index);
      if (t.level === ENTRIES_LEVEL) {
        const entries = data.log.entries(index, t.width);
        if (entries.length !== t.width) return fail('WC_NOT_FOUND');
        return bytes(reply, encodeEntryBundle(entries.map(utf8Encode)));
      }
      const tile = data.log.tile(t.level, index, t.width);
      if (!tile) return fail('WC_NOT_FOUND');
      return bytes(reply, tile);
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
        response: { 200: binary('The binary look-up answer (docs/FORMAT.md §3.5), zero-padded to the one size of this log size'), ...errorResponses },
      },
    },
    (req, reply) => {
      const p = req.params as { bits: string; bucket: string };
      const parsed = parseBucket(p.bits, p.bucket);
      if (!parsed) fail('WC_REQUEST_MALFORMED', 'bucket: max(1, ceil(bits / 4)) lowercase hex digits below 2^bits');
      const answer = data.range(parsed.bits, parsed.bucket);
      reply.header('cache-control', 'public, max-age=60');
      return reply.type('application/octet-stream').send(Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength));
    },
  );

  app.get(
    '/.well-known/jwks.json',
    {
      schema: {
        summary: 'The issuer public keys named by the trust list (JWK set)',
        response: {
          200: {
            description: 'One JWK per issuer key, with its status and validity from the trust list; never a private part',
            type: 'object',
            properties: { keys: { type: 'array', items: jwk } },
            required: ['keys'],
            examples: [
              {
                keys: [
                  {
                    kty: 'OKP',
                    crv: 'Ed25519',
                    x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
                    kid: 'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k',
                    alg: 'EdDSA',
                    use: 'sig',
                    status: 'active',
                    issuer: 'NO-POLITI',
                    not_before: '2026-01-01T00:00:00Z',
                  },
                ],
              },
            ],
          },
          ...errorResponses,
        },
      },
    },
    (_req, reply) => {
      reply.header('cache-control', KEYS_CACHE);
      return data.jwks;
    },
  );
  app.get(
    '/.well-known/warncheck-trust.jws',
    {
      schema: {
        summary: 'The signed trust list, exactly as stored (compact JWS)',
        response: {
          200: text('application/jose', 'The trust list as a compact JWS signed by the root key (docs/FORMAT.md §2)', JWS_EXAMPLE),
          ...errorResponses,
        },
      },
    },
    (_req, reply) => {
      reply.header('cache-control', KEYS_CACHE);
      return reply.type('application/jose; charset=utf-8').send(data.trustJws);
    },
  );
  app.get(
    '/.well-known/warncheck-root-handovers',
    {
      schema: {
        summary: 'Root hand-overs, one compact JWS per line, oldest first (FORMAT.md §5.2)',
        response: {
          200: text(
            'text/plain',
            'Each line a compact JWS by which one root key hands over to the next; empty when the first root still signs',
            `${JWS_EXAMPLE}\n`,
          ),
          ...errorResponses,
        },
      },
    },
    (_req, reply) => {
      reply.header('cache-control', KEYS_CACHE);
      return reply.type('text/plain; charset=utf-8').send(data.rootHandovers.map((h) => `${h}\n`).join(''));
    },
  );
};
