/**
 * Answer bodies typed from the API contract: the path a test calls is
 * matched, segment by segment, against the OpenAPI document's paths
 * (shared/schemas/generated-api.ts), so a field the API does not declare
 * is a type error in the test, not an `undefined` at run time.
 */
import type { paths } from '../../shared/schemas/generated-api.js';

/** Methods tests call. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS' | 'HEAD';

type Split<S extends string> = S extends `${infer Head}/${infer Tail}` ? [Head, ...Split<Tail>] : [S];
type Bare<U extends string> = U extends `${infer P}?${string}` ? P : U;

/** True when every segment of a called path fits the document's segment (`{param}` fits any one segment). */
type Fits<Called extends string[], Declared extends string[]> = Called extends [infer C extends string, ...infer CR extends string[]]
  ? Declared extends [infer D extends string, ...infer DR extends string[]]
    ? (D extends `{${string}}` ? true : C extends D ? true : false) extends true
      ? Fits<CR, DR>
      : false
    : false
  : Declared extends []
    ? true
    : false;

/** The document's path a called URL belongs to (an exact match first). */
export type RouteOf<U extends string> = Bare<U> extends keyof paths ? Bare<U> : { [K in keyof paths & string]: Fits<Split<Bare<U>>, Split<K>> extends true ? K : never }[keyof paths & string];

type OperationOf<U extends string, M extends Method> =
  RouteOf<U> extends infer R extends keyof paths ? (paths[R] extends infer P ? (Lowercase<M> extends keyof P ? P[Lowercase<M>] : never) : never) : never;

type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type SuccessOf<O> = O extends { responses: infer Rs } ? { [S in keyof Rs]: S extends 200 | 201 | 202 ? JsonOf<Rs[S]> : never }[keyof Rs] : never;

/**
 * The error body failing answers carry. `issues` is typed as always there:
 * tests read it only on a 400, where the API always names the fields.
 */
export interface ErrorBody {
  error: { code: string; message: string; issues: Array<{ path: string; message: string } & Record<string, unknown>>; requestId: string; current?: any; scope?: string };
}

/**
 * What a call's body is typed as: the operation's success body, with the
 * error body beside it (tests read `error` after asserting a 4xx status).
 * A path the document does not declare (e.g. /docs) stays untyped.
 */
export type BodyOf<U extends string, M extends Method> = [OperationOf<U, M>] extends [never]
  ? any
  : [SuccessOf<OperationOf<U, M>>] extends [never]
    ? ErrorBody
    : SuccessOf<OperationOf<U, M>> & ErrorBody;
