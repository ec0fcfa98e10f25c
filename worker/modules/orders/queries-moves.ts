/** The rows an order move writes beside its status: manual holds, returns, and the lines a shipment checks. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { ReturnBody } from '../../../shared/schemas/fulfillment.js';
import type { HoldReason } from '../../../shared/schemas/rules.js';
import { statement, type Statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { orderHolds, orderLines, orderReturns } from '../../db/schema.js';
import { newId } from '../../ids.js';

/** The order's lines in line order: ordered and shipped units. */
export async function readOrderLineUnits(db: Db, sellerId: string, orderId: string) {
  return db.select({ id: orderLines.id, quantity: orderLines.quantity, shipped: orderLines.shippedQuantity })
    .from(orderLines).where(and(eq(orderLines.sellerId, sellerId), eq(orderLines.orderId, orderId))).orderBy(asc(orderLines.lineNo));
}

/** The statement recording a manual hold on order `orderId`. */
export function insertManualHold(db: Db, sellerId: string, orderId: string, reason: HoldReason, note: string | null, at: string): Statement {
  return statement(db, db.insert(orderHolds).values({ id: newId('hld'), sellerId, orderId, kind: 'manual', reason, note, placedAt: at }));
}

/** The statement ending order `orderId`'s open manual hold. */
export function releaseManualHold(db: Db, sellerId: string, orderId: string, reason: string | null, at: string): Statement {
  return statement(db, db.update(orderHolds).set({ releasedAt: at, releaseReason: reason ?? 'released' })
    .where(and(eq(orderHolds.orderId, orderId), eq(orderHolds.sellerId, sellerId), eq(orderHolds.kind, 'manual'), isNull(orderHolds.releasedAt))));
}

/** What came back of an order, per line, and whether it went back on the shelf. */
export interface ReturnRecord {
  lines: ReturnBody['lines'];
  restock: boolean;
  reason: string | null;
}

/** The statement recording a return of order `orderId`. */
export function insertReturn(db: Db, sellerId: string, orderId: string, r: ReturnRecord, at: string): Statement {
  return statement(db, db.insert(orderReturns).values({ id: newId('ret'), sellerId, orderId, lines: r.lines, restock: r.restock, reason: r.reason, at }));
}
