/** Query plans of the exact SQL a query module sends, for tests that hold a read or write to its indexes. */
import { env } from 'cloudflare:test';
import { database } from '../../worker/db/client.js';

/** Runs `read` against D1 and returns the query plan of every statement it sent, in order. */
export async function plansOf(read: (db: ReturnType<typeof database>) => Promise<unknown>): Promise<string[][]> {
  const sent: Array<{ query: string; params: unknown[] }> = [];
  const spy = new Proxy(env.DB, {
    get(target, key) {
      if (key === 'prepare') {
        return (query: string) => {
          const seen = { query, params: [] as unknown[] };
          sent.push(seen);
          const stmt = target.prepare(query);
          return new Proxy(stmt, {
            get(s, k) {
              if (k === 'bind')
                return (...params: unknown[]) => {
                  seen.params = params;
                  return s.bind(...params);
                };
              const value = Reflect.get(s, k) as unknown;
              return typeof value === 'function' ? value.bind(s) : value;
            },
          });
        };
      }
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  await read(database(spy));
  const plans: string[][] = [];
  for (const { query, params } of sent) {
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${query}`)
      .bind(...params)
      .all<{ detail: string }>();
    plans.push(results.map((r) => r.detail));
  }
  return plans;
}
