/** The order_refunds rows, and the order's refunded total and payment status they decide. */
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { EventSource } from '../../../shared/schemas/order.js';
import type { PaymentStatus } from '../../../shared/status.js';
import { guard, type Statement, statement } from '../../db/batch.js';
import { chunks } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import { orderLines, orderRefunds, orders } from '../../db/schema.js';

/** A refund to record. */
export interface RefundWrite {
  id: string;
  orderId: string;
  amount: number;
  currency: string;
  lines: ReadonlyArray<{ lineId: string; quantity: number }>;
  reason: string | null;
  source: EventSource;
  externalId: string | null;
  refundedAt: string;
}

/** The order's lines with the units its refunds already covered, in line order. */
export async function readRefundLines(db: Db, sellerId: string, orderId: string): Promise<Array<{ id: string; quantity: number; refundedQuantity: number }>> {
  const [lines, refunds] = await db.batch([
    db
      .select({ id: orderLines.id, quantity: orderLines.quantity })
      .from(orderLines)
      .where(and(eq(orderLines.sellerId, sellerId), eq(orderLines.orderId, orderId)))
      .orderBy(orderLines.lineNo),
    db
      .select({ lines: orderRefunds.lines })
      .from(orderRefunds)
      .where(and(eq(orderRefunds.sellerId, sellerId), eq(orderRefunds.orderId, orderId))),
  ]);
  const refunded = new Map<string, number>();
  for (const r of refunds) for (const l of r.lines as Array<{ lineId: string; quantity: number }>) refunded.set(l.lineId, (refunded.get(l.lineId) ?? 0) + l.quantity);
  return lines.map((l) => ({ ...l, refundedQuantity: refunded.get(l.id) ?? 0 }));
}

/** The channel ids of refunds the book already holds for the given orders, per order. */
export async function readCapturedRefundIds(db: Db, sellerId: string, orderIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (const part of chunks(orderIds, 90)) {
    const rows = await db
      .select({ orderId: orderRefunds.orderId, externalId: orderRefunds.externalId })
      .from(orderRefunds)
      .where(and(eq(orderRefunds.sellerId, sellerId), inArray(orderRefunds.orderId, [...part]), isNotNull(orderRefunds.externalId)));
    for (const r of rows) {
      const ids = out.get(r.orderId) ?? new Set<string>();
      ids.add(r.externalId!);
      out.set(r.orderId, ids);
    }
  }
  return out;
}

/** The refunded totals the book holds for the given orders. */
export async function readRefundedTotals(db: Db, sellerId: string, orderIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const part of chunks(orderIds, 90)) {
    const rows = await db
      .select({ id: orders.id, refunded: orders.refunded })
      .from(orders)
      .where(and(eq(orders.sellerId, sellerId), inArray(orders.id, [...part])));
    for (const r of rows) out.set(r.id, r.refunded);
  }
  return out;
}

/**
 * Statements recording refunds. A captured refund also guards that its
 * channel id is still new, so two deliveries of one refund racing each
 * other record it once (the loser retries and finds it).
 */
export function insertRefunds(db: Db, sellerId: string, refunds: readonly RefundWrite[]): Statement[] {
  return refunds.flatMap((r) => [
    ...(r.externalId ? [guard(db, sql`NOT EXISTS (SELECT 1 FROM order_refunds WHERE seller_id = ${sellerId} AND order_id = ${r.orderId} AND external_id = ${r.externalId})`)] : []),
    statement(db, db.insert(orderRefunds).values({ ...r, lines: [...r.lines], sellerId })),
  ]);
}

/** Sets an order's refunded total and the payment status it implies. */
export function setRefunded(db: Db, sellerId: string, orderId: string, refunded: number, paymentStatus: PaymentStatus, at: string): Statement {
  return statement(
    db,
    db
      .update(orders)
      .set({ refunded, paymentStatus, updatedAt: at })
      .where(and(eq(orders.id, orderId), eq(orders.sellerId, sellerId))),
  );
}
