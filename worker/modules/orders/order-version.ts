/**
 * An order update made with If-Match writes over the version the client's
 * ETag was current at, or not at all: every order write already guards on
 * the version it read (modules/orders/queries.ts setOrderStatus), so refusing
 * here when that read differs makes the precondition and the write one
 * step, also across conflict retries.
 */
import type { Db } from '../../db/client.js';
import { preconditionFailed } from '../../errors.js';
import { getOrderDetail } from './queries.js';

/** 412 with the current order unless `expected` is undefined or the order's version. */
export async function requireOrderVersion(db: Db, sellerId: string, order: { id: string; version: number }, expected: number | undefined): Promise<void> {
  if (expected === undefined || order.version === expected) return;
  throw await preconditionFailed({ order: await getOrderDetail(db, sellerId, order.id) });
}
