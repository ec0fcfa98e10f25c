/**
 * The one error type of the API. Thrown anywhere (routes, domain, queries),
 * rendered in one place (app.ts) as `{error:{code, message, issues?}}`.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { sha256Hex } from './ids.js';

/** A field-level problem: where in the input, and what is wrong. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** An error the client can act on: HTTP status, stable code, message, field issues. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
    /** More the client needs beside code and message (a 412's current version). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The JSON body sent to the client; `requestId` matches the answer's Request-Id header. */
  toBody(requestId?: string): { error: { code: string; message: string; issues?: FieldIssue[]; requestId?: string } & Record<string, unknown> } {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}), ...this.details, ...(requestId ? { requestId } : {}) } };
  }
}

/** 400 for input that fails validation, naming each field. */
export const invalidInput = (issues: FieldIssue[], message = 'The request is not valid.') => new ApiError(400, 'invalid_input', message, issues);

/** 404 for anything missing or belonging to another seller (never reveal which). */
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found.`);

/** `found`, or 404 naming `what` when the seller has none. */
export function orNotFound<T>(found: T | null | undefined, what: string): T {
  if (found === null || found === undefined) throw notFound(what);
  return found;
}

/** The strong ETag of a JSON body: 128 bits of its SHA-256. */
export async function etagOf(body: string): Promise<string> {
  return `"${(await sha256Hex(body)).slice(0, 32)}"`;
}

/** 412 for an If-Match that names a version no longer current: the current one in the body and its ETag. */
export async function preconditionFailed(current: unknown): Promise<ApiError> {
  return new ApiError(
    412,
    'precondition_failed',
    'The resource changed since you read it; the current version is in error.current.',
    undefined,
    { ETag: await etagOf(JSON.stringify(current)) },
    { current },
  );
}

/** 409 for a move the current state does not allow. */
export const conflict = (code: string, message: string) => new ApiError(409, code, message);

interface ZodIssueLike {
  path: ReadonlyArray<PropertyKey>;
  message: string;
  code?: string;
  errors?: ReadonlyArray<ReadonlyArray<ZodIssueLike>>;
}

/**
 * For a value that matched no branch of a union (one order or a batch),
 * reports the branch that got furthest: the one whose shallowest issue is
 * deepest. A batch with a bad order then says "orders.3.total", not that the
 * body is neither shape.
 */
function expandUnions(issues: ReadonlyArray<ZodIssueLike>, prefix: ReadonlyArray<PropertyKey> = []): Array<{ path: PropertyKey[]; message: string }> {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== 'invalid_union' || !issue.errors?.length) return [{ path, message: issue.message }];
    const depth = (branch: ReadonlyArray<ZodIssueLike>) => Math.min(...branch.map((i) => i.path.length));
    const best = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
    return expandUnions(best, path);
  });
}

/** Turns zod issues into field issues with dotted paths ("orders.3.lines.0.quantity"). */
export function fieldIssues(issues: ReadonlyArray<ZodIssueLike>): FieldIssue[] {
  return expandUnions(issues).map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}
