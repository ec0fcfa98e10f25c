/**
 * What every resource router shares: an OpenAPIHono whose validation
 * failures become our 400 with field issues, and the error body schema the
 * OpenAPI description documents.
 */
import { OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../env.js';
import { fieldIssues, invalidInput, notFound } from '../errors.js';

/** The error body of every 4xx/5xx answer. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().meta({ description: 'The answer’s `Request-Id` header: quote it when asking for help.' }),
    current: z.unknown().optional().meta({ description: 'On 412: the resource as it is now, as its GET answers it.' }),
    scope: z.string().optional().meta({ description: 'On 403: the scope the token’s role lacks.' }),
  }),
});

/** Headers every answer carries (declared once in app.ts as components.headers). */
export const answerHeaders = {
  'Request-Id': { $ref: '#/components/headers/RequestId' },
  RateLimit: { $ref: '#/components/headers/RateLimit' },
  'RateLimit-Policy': { $ref: '#/components/headers/RateLimitPolicy' },
};

const errorContent = { headers: answerHeaders, content: { 'application/json': { schema: errorBody } } };

/** Documented error answers, for route definitions. */
export const errors = {
  400: { description: 'The input is not valid; `issues` names each field.', ...errorContent },
  401: { description: 'Missing, unknown or revoked token.', ...errorContent },
  403: { description: 'The token’s role may not do this: `error.scope` names the scope it lacks, or `issues` the field it may not set.', ...errorContent },
  404: { description: 'Not found (or another seller’s).', ...errorContent },
  409: { description: 'The current state does not allow this.', ...errorContent },
  413: { description: 'The body is too large.', ...errorContent },
  422: { description: 'Idempotency-Key reused with another body.', ...errorContent },
  412: { description: 'If-Match named a version that is no longer current; `error.current` is the current one.', ...errorContent },
  429: { description: 'Too many requests; see Retry-After.', ...errorContent },
  503: {
    description: 'The seller’s order book is moving to another database (`error.code` `seller_moving`); nothing was changed. Retry after `Retry-After` seconds.',
    headers: { ...answerHeaders, 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } } },
    content: errorContent.content,
  },
} as const;

/** The answer to a GET whose If-None-Match names the current ETag. */
export const notModified = { description: 'Not modified since the ETag sent in If-None-Match.' } as const;

/** Request headers of a conditional update (http/conditional.ts applies them). */
export const ifMatchHeaders = z.object({
  'if-match': z.string().optional().meta({ description: 'An ETag from a read of this resource: update only if it is still current (412 otherwise).' }),
});

/** A path parameter naming one of the seller's records by its id. */
export const recordId = z.string().min(1).max(64);

/** The path parameter `{id}`. */
export const idParam = z.object({ id: recordId });

/** A JSON body that must be present and valid, with an example for the description. */
export function jsonBody<T extends z.ZodType>(schema: T, example?: unknown) {
  return { required: true, content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } } } as const;
}

/**
 * The items of a batch body, sent either as a bare array or wrapped as
 * `{ [key]: [...] }`, with the prefix their issue paths take (`''` or `key.`).
 */
export function batchItems<K extends string, T>(body: T[] | Record<K, T[]>, key: K): { list: T[]; prefix: string } {
  return Array.isArray(body) ? { list: body, prefix: '' } : { list: body[key], prefix: `${key}.` };
}

/** A JSON answer, with an example for the description. */
export function jsonAnswer<T extends z.ZodType>(schema: T, description: string, example?: unknown) {
  return { description, headers: answerHeaders, content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } } } as const;
}

/**
 * What a GET of one page of a list declares beside its path, name and scope:
 * `query` says where the page starts, how long it is and any filters; the
 * 200 answer is the page with the `nextCursor` that reads on.
 */
export function pageRead<Q extends z.ZodType, P extends z.ZodType>(query: Q, page: P, description: string) {
  return { method: 'get', request: { query }, responses: { 200: jsonAnswer(page, description) } } as const;
}

/**
 * What a GET that reads with a query declares beside its path, name and scope:
 * the query (refused with a 400 naming the field when not valid) and its one
 * answer.
 */
export function queryRead<Q extends z.ZodType, A extends RouteConfig['responses'][string]>(query: Q, answer: A) {
  return { method: 'get', request: { query }, responses: { 200: answer } } as const;
}

/**
 * What a write that takes a body declares beside its path, name and scope:
 * the method, the body (refused with a 400 naming the field when not valid)
 * and its answers.
 */
export function bodyWrite<M extends 'post' | 'put' | 'patch', B extends NonNullable<NonNullable<RouteConfig['request']>['body']>, R extends RouteConfig['responses']>(
  method: M,
  body: B,
  responses: R,
) {
  return { method, request: { body }, responses } as const;
}

/** The request of a conditional write: the record's path parameters when it has any, If-Match, the body. */
type ConditionalRequest<P, B> = [P] extends [never] ? { headers: typeof ifMatchHeaders; body: B } : { params: P; headers: typeof ifMatchHeaders; body: B };

/**
 * What a write under If-Match declares beside its path, name and scope: the
 * method, the record's path parameters (if any) and body, and its answers,
 * to which it adds the If-Match header and the 412 of an ETag no longer
 * current (http/conditional.ts applies both).
 */
export function conditionalWrite<
  M extends 'post' | 'put' | 'patch',
  B extends NonNullable<NonNullable<RouteConfig['request']>['body']>,
  R extends RouteConfig['responses'],
  P extends z.ZodType = never,
>(method: M, parts: { params?: P; body: B }, responses: R) {
  const request = (parts.params ? { params: parts.params, headers: ifMatchHeaders, body: parts.body } : { headers: ifMatchHeaders, body: parts.body }) as ConditionalRequest<P, B>;
  return { method, request, responses: { ...responses, 412: errors[412] } } as const;
}

/**
 * What a DELETE declares beside its path, name and scope: the request that
 * names what to remove, and its answers: 204 once removed, 404 when the
 * seller had nothing there to remove.
 */
export function removal<R extends NonNullable<RouteConfig['request']>>(request: R, description: string) {
  return { method: 'delete', request, responses: { 204: { description }, 404: errors[404] } } as const;
}

/** Answers a removal: 204 when `removed`, else 404 naming `what`. */
export function removedOr404(c: Context, removed: boolean, what: string): Response {
  if (!removed) throw notFound(what);
  return c.body(null, 204);
}

/**
 * A seller route that has not declared its scopes yet: only owner tokens may
 * call it (http/scopes.ts). Declare what it needs with `scopes(…)` instead.
 */
export const bearerAuth = [{ bearerAuth: [] }];

/**
 * A router for one resource. Its operations that name no tag take `tag`,
 * and those that take a body, query or headers document the 400 of input
 * that fails validation, so a declaration says only what is particular to
 * it; the refusals every authenticated operation shares (401; 403 and 503
 * for seller tokens) are documented once, in app.ts.
 */
export function router(tag: string): OpenAPIHono<AppEnv> {
  const r = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const prefix = result.target === 'json' ? '' : `${result.target}.`;
        throw invalidInput(fieldIssues(result.error.issues).map((i) => ({ ...i, path: prefix + i.path })));
      }
    },
  });
  const register = r.openapi;
  r.openapi = ((route: RouteConfig, ...rest: unknown[]) => {
    // The tag goes after the operationId, where the description has always shown it.
    const { method, path, operationId, tags = [tag], ...more } = route;
    // A body, query or headers can be refused as not valid, by the defaultHook or the handler.
    const validated = route.request?.body ?? route.request?.query ?? route.request?.headers;
    const responses = validated ? { 400: errors[400], ...route.responses } : route.responses;
    return (register as (...args: unknown[]) => OpenAPIHono<AppEnv>)({ method, path, operationId, tags, ...more, responses }, ...rest);
  }) as typeof r.openapi;
  return r;
}
