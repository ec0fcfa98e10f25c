/** Work a request leaves running after its answer, held by the request's execution context. */
import type { Context } from 'hono';
import type { AppEnv } from '../env.js';

/** Hands work to the request's execution context (failures logged as `at`); undefined when it has none (app.request() in tests). */
export function backgroundOf(c: Context<AppEnv>, at: string): ((work: Promise<unknown>) => void) | undefined {
  let ctx: Pick<ExecutionContext, 'waitUntil'>;
  try {
    ctx = c.executionCtx;
  } catch {
    return undefined;
  }
  return (work) => ctx.waitUntil(work.catch((error: unknown) => console.error(JSON.stringify({ at, error: String(error) }))));
}
