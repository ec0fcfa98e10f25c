/** The rows an order move reads and writes besides status, history and outbox: its lines, holds and returns. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { HoldReason } from '../../../shared/schemas/rules.js';
import { type Statement, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { orderHolds, orderLines, orderReturns } from '../../db/schema.js';

/** The order's lines with what each has shipped, in line order. */
export async function readMoveLines(db: Db, sellerId: string, orderId: string): Promise<Array<{ id: string; quantity: number; shipped: number }>> {
  return db
    .select({ id: orderLines.id, quantity: orderLines.quantity, shipped: orderLines.shippedQuantity })
    .from(orderLines)
    .where(and(eq(orderLines.sellerId, sellerId), eq(orderLines.orderId, orderId)))
    .orderBy(asc(orderLines.lineNo));
}

/** A manual hold placed on the order. */
export function placeHold(db: Db, sellerId: string, hold: { id: string; orderId: string; reason: HoldReason; note: string | null; at: string }): Statement {
  return statement(db, db.insert(orderHolds).values({ id: hold.id, sellerId, orderId: hold.orderId, kind: 'manual', reason: hold.reason, note: hold.note, placedAt: hold.at }));
}

/** Closes the order's open manual holds. */
export function releaseHolds(db: Db, sellerId: string, orderId: string, reason: string, at: string): Statement {
  return statement(
    db,
    db
      .update(orderHolds)
      .set({ releasedAt: at, releaseReason: reason })
      .where(and(eq(orderHolds.orderId, orderId), eq(orderHolds.sellerId, sellerId), eq(orderHolds.kind, 'manual'), isNull(orderHolds.releasedAt))),
  );
}

/** A return taken back on the order. */
export function recordReturn(
  db: Db,
  sellerId: string,
  ret: { id: string; orderId: string; lines: ReadonlyArray<{ lineId: string; quantity: number }>; restock: boolean; reason: string | null; at: string },
): Statement {
  return statement(db, db.insert(orderReturns).values({ id: ret.id, sellerId, orderId: ret.orderId, lines: [...ret.lines], restock: ret.restock, reason: ret.reason, at: ret.at }));
}
