/**
 * The representations whose ETag an update's If-Match is compared with:
 * each is exactly what the resource's GET answers, so the ETag a client read
 * is the one it sends back. Undefined when the resource does not exist.
 */
import type { Context } from 'hono';
import { type Db, database } from '../db/client.js';
import type { AppEnv } from '../env.js';
import { currentRuleSet } from '../modules/fulfillment/service.js';
import { findOrder, getOrderDetail } from '../modules/orders/service.js';
import { listListings, readStockRecords } from '../modules/stock/service.js';

/** GET /v1/orders/:id. */
export async function orderRepresentation(db: Db, sellerId: string, id: string) {
  const order = await getOrderDetail(db, sellerId, id);
  return order ? { order } : undefined;
}

/** GET /v1/inventory/:sku. */
export async function stockRepresentation(db: Db, sellerId: string, sku: string) {
  const [item] = await readStockRecords(db, sellerId, { skus: [sku] });
  return item ? { item } : undefined;
}

/** GET /v1/listings/:channelId/:channelSku. */
export async function listingRepresentation(db: Db, sellerId: string, channelId: string, channelSku: string) {
  const [listing] = await listListings(db, sellerId, { channelId, channelSkus: [channelSku] }, 1);
  return listing ? { listing } : undefined;
}

/** GET /v1/rules. */
export async function rulesRepresentation(db: Db, sellerId: string) {
  return currentRuleSet(db, sellerId);
}

/** What each guarded update changes, read from its request (for ifMatch). */
export const currentVersionOf = {
  order: async (c: Context<AppEnv>) => {
    const db = database(c.env.DB);
    const id = c.req.param('id') ?? '';
    // The version is read before the representation: a change in between makes the write refuse, never slip through.
    const found = await findOrder(db, c.get('sellerId'), id);
    if (found) c.set('expectedOrderVersion', found.version);
    return orderRepresentation(db, c.get('sellerId'), id);
  },
  stock: (c: Context<AppEnv>) => stockRepresentation(database(c.env.DB), c.get('sellerId'), c.req.param('sku') ?? ''),
  listing: async (c: Context<AppEnv>) => {
    const body = (await c.req.json().catch(() => undefined)) as { channelId?: unknown; channelSku?: unknown } | undefined;
    if (typeof body?.channelId !== 'string' || typeof body.channelSku !== 'string') return undefined; // the validator refuses it
    return listingRepresentation(database(c.env.DB), c.get('sellerId'), body.channelId, body.channelSku);
  },
  rules: async (c: Context<AppEnv>) => {
    const rules = await rulesRepresentation(database(c.env.DB), c.get('sellerId'));
    c.set('expectedRulesVersion', rules.version);
    return rules;
  },
};

/** Who changes an order through the API, and the version its If-Match named (none without one). */
export function orderChangeBy(c: Context<AppEnv>) {
  return { source: 'api' as const, actor: c.get('tokenName'), expectedVersion: c.get('expectedOrderVersion') };
}
