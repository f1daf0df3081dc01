/**
 * fastify compiles every route's body validator (ajv) and response serializers
 * (fast-json-stringify) when the app starts: ~0.1–0.2 s of CPU before the first answer, for code
 * that most routes never run (most answers are written by hand: result-json.ts, errors.ts). These
 * compiler factories are fastify's own defaults (taken from fastify's own dependencies, so always
 * the versions fastify was tested with), wrapped so that a route's function is compiled on its
 * first use instead. A schema error then shows on that first use: the schemas are constants, and
 * `checkSchemas` (tests) compiles them eagerly, against the meta-schema too. fastify counts these as
 * custom compilers, whose only difference is that a `headers` schema is not lower-cased for them
 * (no route has one: declare header names in lower case if one ever does).
 */
import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';

type Factory = (externalSchemas: unknown, options: unknown) => (route: unknown) => (data: unknown) => unknown;

/** A function compiled on its first call; `errors` (ajv's, read by fastify after a failed validation) passed through. */
function lazy(compile: () => (data: unknown) => unknown): (data: unknown) => unknown {
  let fn: ((data: unknown) => unknown) | undefined;
  const run = (data: unknown): unknown => (fn ??= compile())(data);
  Object.defineProperty(run, 'errors', { get: () => (fn as { errors?: unknown } | undefined)?.errors });
  return run;
}

/**
 * Per context, fastify calls the factory once (with the shared schemas), then the compiler once per
 * route schema. The compiler's module too (ajv, fast-json-stringify: ~90 files) is loaded on the
 * first compile: the first answer that needs it pays for it (the first /readyz loads the
 * serializers, the first verify the validators), the start does not.
 */
const deferred =
  (load: () => Factory): Factory =>
  (externalSchemas, options) => {
    let compiler: ReturnType<Factory> | undefined;
    return (route) => lazy(() => (compiler ??= load()(externalSchemas, options))(route));
  };

export function lazyCompilers(): NonNullable<FastifyServerOptions['schemaController']> {
  const fromFastify = createRequire(createRequire(import.meta.url).resolve('fastify'));
  let validators: Factory | undefined;
  let serializers: Factory | undefined;
  return {
    compilersFactory: {
      buildValidator: deferred(() => (validators ??= (fromFastify('@fastify/ajv-compiler') as () => Factory)())) as never,
      buildSerializer: deferred(
        () => (serializers ??= (fromFastify('@fastify/fast-json-stringify-compiler') as { SerializerSelector: () => Factory }).SerializerSelector()),
      ) as never,
    },
  };
}
