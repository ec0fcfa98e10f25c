/**
 * What every resource router shares: an OpenAPIHono whose validation
 * failures become our 400 with field issues, and the error body schema the
 * OpenAPI description documents.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../env.js';
import { fieldIssues, invalidInput } from '../errors.js';

/** The error body of every 4xx/5xx answer. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().meta({ description: 'The answer’s `Request-Id` header: quote it when asking for help.' }),
  }),
});

const errorContent = { content: { 'application/json': { schema: errorBody } } };

/** Documented error answers, for route definitions. */
export const errors = {
  400: { description: 'The input is not valid; `issues` names each field.', ...errorContent },
  401: { description: 'Missing, unknown or revoked token.', ...errorContent },
  404: { description: 'Not found (or another seller’s).', ...errorContent },
  409: { description: 'The current state does not allow this.', ...errorContent },
  413: { description: 'The body is too large.', ...errorContent },
  422: { description: 'Idempotency-Key reused with another body.', ...errorContent },
  429: { description: 'Too many requests; see Retry-After.', ...errorContent },
} as const;

/** A JSON body that must be present and valid, with an example for the description. */
export function jsonBody<T extends z.ZodType>(schema: T, example?: unknown) {
  return { required: true, content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } } } as const;
}

/** A JSON answer, with an example for the description. */
export function jsonAnswer<T extends z.ZodType>(schema: T, description: string, example?: unknown) {
  return { description, content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } } } as const;
}

/** The security requirement of seller routes. */
export const bearerAuth = [{ bearerAuth: [] }];

/** A router for one resource. */
export function router(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const prefix = result.target === 'json' ? '' : `${result.target}.`;
        throw invalidInput(fieldIssues(result.error.issues).map((i) => ({ ...i, path: prefix + i.path })));
      }
    },
  });
}
