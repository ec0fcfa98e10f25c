/**
 * Scopes: each seller route declares the scopes it needs in its OpenAPI
 * `security`, and one middleware (auth.ts requireScopes) enforces exactly
 * what the matched route declared, read from the app's own route registry,
 * so the description and the check cannot drift apart.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { ROLE_SCOPES, type Role, type Scope } from '../../shared/roles.js';
import { ApiError } from '../errors.js';

/** The security requirement of a seller route needing every one of `needed`. */
export function scopes(...needed: [Scope, ...Scope[]]): Array<{ bearerAuth: Scope[] }> {
  return [{ bearerAuth: needed }];
}

/** One seller operation as the registry holds it. */
export interface ScopedOperation {
  method: string;
  /** The OpenAPI path, `/v1/orders/{id}`. */
  path: string;
  operationId: string | undefined;
  /** Alternatives, each a set of scopes all needed; empty when the route declared none. */
  requirements: string[][];
  pattern: RegExp;
}

type OpenAPIDefinitions = OpenAPIHono['openAPIRegistry']['definitions'][number];
type RouteDefinition = Extract<OpenAPIDefinitions, { type: 'route' }>;

/** Turns `/v1/orders/{id}` into a pattern matching `/v1/orders/ord_1` (one segment per parameter). */
function pathPattern(path: string): RegExp {
  const escaped = path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[^/]+')}/?$`);
}

/**
 * The bearer-token operations of an app, in registration order (the order
 * Hono tries them, so the first match is the route that answers).
 */
export function scopedOperations(definitions: readonly OpenAPIDefinitions[]): ScopedOperation[] {
  return definitions
    .filter((d): d is RouteDefinition => d.type === 'route')
    .map((d) => d.route)
    .filter((r) => r.security?.some((s) => 'bearerAuth' in s))
    .map((r) => ({
      method: r.method.toUpperCase(),
      path: r.path,
      operationId: r.operationId,
      requirements: (r.security ?? []).flatMap((s) => ('bearerAuth' in s ? [[...(s.bearerAuth ?? [])]] : [])),
      pattern: pathPattern(r.path),
    }));
}

/** The first scope of `requirement` the role lacks, or undefined when it holds them all. */
function missingScope(role: Role, requirement: readonly string[]): string | undefined {
  const held: readonly string[] = ROLE_SCOPES[role];
  return requirement.find((s) => !held.includes(s));
}

/**
 * Why `role` may not call `operation`, or undefined when it may. A route
 * that declares no scope yet is an owner's alone: a new route is closed to
 * the team until it says what it needs.
 */
export function refusal(role: Role, operation: ScopedOperation): ApiError | undefined {
  const requirements = operation.requirements.filter((r) => r.length > 0);
  if (requirements.length === 0) {
    if (role === 'owner') return undefined;
    const message = `${operation.method} ${operation.path} declares no scope yet, so only an owner token may call it; this token's role is ${role}.`;
    return new ApiError(403, 'forbidden', message);
  }
  const missing = requirements.map((r) => missingScope(role, r));
  if (missing.some((m) => m === undefined)) return undefined;
  const scope = missing[0]!;
  const message = `${operation.method} ${operation.path} needs scope ${scope}, which a ${role} token does not have; ask the seller's owner for a token with it.`;
  return new ApiError(403, 'forbidden', message, undefined, undefined, { scope });
}
