/**
 * Removing buyer data from orders: the name, email, phone and street lines
 * go; the order, its lines, amounts, statuses, history, city, region,
 * postal prefix and country stay, so reports and the queue keep working.
 * Shared by the retention sweep (cron) and erasures on request.
 */
import { runBatch, type Statement, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { newId } from '../../ids.js';
import { forgetBuyerInImportErrors } from '../imports/import-queue.js';
import { type EventWrite, insertEvents, searchText } from '../orders/service.js';
import { clearPendingErasures, forgetAnswersContaining, type OrderToRedact, type RedactedOrder, readOrdersToRedact, redactCustomerStatements, redactOrderStatements } from './queries.js';
import { redactAddress } from './rules.js';

/** The history entry's changes: which buyer fields went, without their values. */
const REDACTED_CHANGES = [
  { field: 'buyer', from: null, to: null, redacted: true },
  { field: 'shipTo', from: null, to: null, redacted: true },
];

/** An order's state once its buyer data is gone; `final` false keeps the address for shipping. */
export function redactedState(o: OrderToRedact, final: boolean): RedactedOrder {
  return {
    id: o.id,
    version: o.version,
    searchText: searchText(o.externalId, { buyerName: null, buyerEmail: null, lines: o.lines }, o.tracking),
    shipTo: final ? redactAddress(o.shipTo) : o.shipTo,
    final,
  };
}

/** The history entry recording a redaction: which fields went and why, never their values. */
export function redactionEvent(orderId: string, at: string, reason: string, final: boolean): EventWrite {
  return {
    id: newId('evt'),
    orderId,
    at,
    source: 'system',
    actor: 'system',
    kind: final ? 'buyer_data_redacted' : 'buyer_data_reduced',
    fromStatus: null,
    toStatus: null,
    changes: final ? REDACTED_CHANGES : REDACTED_CHANGES.filter((c) => c.field === 'buyer'),
    reason,
  };
}

/**
 * Statements redacting `orders` for good (or, with `final` false, all but
 * the address shipping needs), recording it in each order's history, and
 * clearing the customers left with no buyer data. Stored answers and import
 * errors quoting the buyer are the caller's: an erasure scrubs them once
 * for all its orders and the customer's own name and email.
 */
export function redactionStatements(db: Db, sellerId: string, orders: readonly OrderToRedact[], at: string, reason: string, final: boolean, customerIds: readonly string[] = []): Statement[] {
  const ids = orders.map((o) => o.id);
  return [
    ...redactOrderStatements(
      db,
      sellerId,
      orders.map((o) => redactedState(o, final)),
      at,
    ),
    ...insertEvents(
      db,
      sellerId,
      orders.map((o) => redactionEvent(o.id, at, reason, final)),
    ),
    ...redactCustomerStatements(db, sellerId, ids, customerIds, at),
    ...(final ? clearPendingErasures(db, sellerId, ids) : []),
  ];
}

/** The buyer data an order holds, as text a stored answer could repeat. */
export function buyerTexts(orders: readonly OrderToRedact[]): string[] {
  const texts = orders.flatMap((o) => [o.buyerName, o.buyerEmail, o.shipTo?.name, o.shipTo?.line1, o.shipTo?.line2, o.shipTo?.phone]);
  return [...new Set(texts.filter((t): t is string => typeof t === 'string' && t.length > 0))];
}

/**
 * Redacts the seller's orders `ids` for good, in one batch, retried if one of
 * them changed meanwhile. The orders must already be linked to their
 * customers (the customer sync has passed them), so the customers left
 * without buyer data are found.
 */
export async function redactOrders(db: Db, sellerId: string, ids: readonly string[], reason: string): Promise<number> {
  return withConflictRetry(async () => {
    const orders = await readOrdersToRedact(db, sellerId, ids);
    const texts = buyerTexts(orders);
    await runBatch(db, [
      ...redactionStatements(db, sellerId, orders, new Date().toISOString(), reason, true),
      ...forgetAnswersContaining(db, sellerId, texts),
      // A queued import's error list can quote a bad row of the same buyer.
      ...forgetBuyerInImportErrors(db, sellerId, texts),
    ]);
    return orders.length;
  });
}
