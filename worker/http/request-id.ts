/**
 * Request-Id: every answer names its request, so a client's report and our
 * logs meet. The client's own `Request-Id` is kept when it is sane (Hono's
 * requestId: word characters, `-` and `=`, at most 128); otherwise a UUID.
 */
import { createMiddleware } from 'hono/factory';
import { requestId as honoRequestId } from 'hono/request-id';
import type { AppEnv } from '../env.js';

/** The header that carries the id both ways. */
export const REQUEST_ID_HEADER = 'Request-Id';

const pickId = honoRequestId({ headerName: REQUEST_ID_HEADER, limitLength: 128 });

/**
 * Sets `c.var.requestId` and the `Request-Id` header on every answer, also
 * answers made as plain Responses (idempotent replays) and rendered errors.
 */
export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  await pickId(c, async () => {
    await next();
    c.res.headers.set(REQUEST_ID_HEADER, c.get('requestId'));
  });
});
