/** Builds the drizzle client for one request from the D1 binding (never a module-level db). */
import { type DrizzleD1Database, drizzle } from 'drizzle-orm/d1';
import * as schema from './schema.js';

/** The typed database handle every query module takes. */
export type Db = DrizzleD1Database<typeof schema> & { $client: D1Database };

/** A drizzle client over the request's D1 binding. */
export function database(d1: D1Database): Db {
  return drizzle(d1, { schema });
}

/** A D1Database that runs everything through `session`; the calls sessions lack say so instead of bypassing it. */
export function sessionDatabase(session: D1DatabaseSession): D1Database {
  const unsupported = (what: string) => () => Promise.reject(new Error(`${what} is not available inside a D1 session.`));
  return {
    prepare: (query) => session.prepare(query),
    batch: (statements) => session.batch(statements),
    exec: unsupported('exec()'),
    dump: unsupported('dump()'),
    withSession: () => session,
  };
}
