/** Builds the drizzle client for one request from the D1 binding (never a module-level db). */
import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';
import { type D1Clock, timed } from '../http/server-timing.js';
import * as schema from './schema.js';

/** The typed database handle every query module takes. */
export type Db = DrizzleD1Database<typeof schema> & { $client: D1Database };

/** A drizzle client over the request's D1 binding. */
export function database(d1: D1Database): Db {
  return drizzle(d1, { schema });
}

/** Proxies of statements (timed below) to the statements themselves, which D1's batch() needs. */
const unwrapped = new WeakMap<D1PreparedStatement, D1PreparedStatement>();

/** A prepared statement whose runs add their time to `clock`. */
function timedStatement(statement: D1PreparedStatement, clock: D1Clock): D1PreparedStatement {
  const proxy = new Proxy(statement, {
    get(target, key) {
      if (key === 'bind') return (...values: unknown[]) => timedStatement(target.bind(...values), clock);
      if (key === 'first' || key === 'all' || key === 'run' || key === 'raw') {
        const method = (target[key] as (...args: unknown[]) => Promise<unknown>).bind(target);
        return (...args: unknown[]) => timed(clock, () => method(...args));
      }
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  unwrapped.set(proxy, statement);
  return proxy;
}

/**
 * A D1Database that runs everything through `session`, adding the time of
 * every call to `clock` when given (for Server-Timing); the calls sessions
 * lack say so instead of bypassing it.
 */
export function sessionDatabase(session: D1DatabaseSession, clock?: D1Clock): D1Database {
  const unsupported = (what: string) => () => Promise.reject(new Error(`${what} is not available inside a D1 session.`));
  return {
    prepare: (query) => (clock ? timedStatement(session.prepare(query), clock) : session.prepare(query)),
    batch: (statements) => timed(clock, () => session.batch(statements.map((s) => unwrapped.get(s) ?? s))),
    exec: unsupported('exec()'),
    dump: unsupported('dump()'),
    withSession: () => session,
  };
}
