/**
 * Refunds the seller makes: read → decide → one guarded batch. The refund,
 * the order's refunded total and payment status, a `refunded` history entry,
 * order.refunded and, when the units come back, the return move (status,
 * stock) are written together or not at all.
 */

import { toDecimalString } from '../../../shared/money.js';
import type { EventSource, OrderDetail } from '../../../shared/schemas/order.js';
import type { RefundBody } from '../../../shared/schemas/refunds.js';
import type { PaymentStatus } from '../../../shared/status.js';
import { runBatch, type Statement, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { ApiError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { type OutboxEvent, orderEventData, outboxStatements } from '../webhooks-out/service.js';
import { type MoveContext, returnMoveStatements } from './apply-move.js';
import { requireOrderVersion } from './order-version.js';
import { findOrder, getOrderDetail, insertEvents, setOrderStatus } from './queries.js';
import { insertRefunds, type RefundWrite, readRefundLines, setRefunded } from './queries-refunds.js';
import { paymentStatusAfter, refundIssues } from './rules-refunds.js';

/** 422: the refund asks for more than the order allows; `issues` names each field. */
const refundRefused = (issues: ReturnType<typeof refundIssues>) => new ApiError(422, 'refund_refused', 'The order cannot take this refund.', issues);

/** Refunds `body.amount` on order `id` and answers the order as it is afterwards. */
export async function refundOrder(db: Db, sellerId: string, id: string, body: RefundBody, ctx: MoveContext): Promise<OrderDetail> {
  await withConflictRetry(async () => {
    const order = await findOrder(db, sellerId, id);
    if (!order) throw notFound('Order');
    await requireOrderVersion(db, sellerId, order, ctx.expectedVersion);
    const lines = await readRefundLines(db, sellerId, id);
    const issues = refundIssues(order, lines, body);
    if (issues.length) throw refundRefused(issues);
    const at = new Date().toISOString();
    const refund: RefundWrite = {
      id: newId('rfd'),
      orderId: id,
      amount: body.amount,
      currency: order.currency,
      lines: body.lines ?? [],
      reason: body.reason,
      source: ctx.source,
      externalId: null,
      refundedAt: at,
    };
    const back =
      body.withReturn && body.lines
        ? await returnMoveStatements(db, sellerId, order, { move: 'return', lines: body.lines, restock: body.restock ?? false, reason: body.reason }, { at, source: ctx.source, actor: ctx.actor })
        : // Without a return the status stays; the same guarded write still bumps the version.
          setOrderStatus(db, sellerId, id, order.version, order.status, at);
    await runBatch(db, [...back, ...refundStatements(db, sellerId, order, [refund], at, ctx.actor)]);
  });
  return (await getOrderDetail(db, sellerId, id))!;
}

/** The order as refundStatements needs it. */
export interface RefundedOrder {
  id: string;
  externalId: string;
  channelId: string;
  /** Null while no source has shown it. */
  total: number | null;
  refunded: number;
  paymentStatus: PaymentStatus;
}

/**
 * Statements recording `refunds` on one order (already checked), in order:
 * each refund row, a `refunded` history entry and order.refunded, then the
 * order's new refunded total and payment status. Captures use it too.
 */
export function refundStatements(db: Db, sellerId: string, order: RefundedOrder, refunds: readonly RefundWrite[], at: string, actor: string): Statement[] {
  if (refunds.length === 0) return [];
  let refunded = order.refunded;
  let status = order.paymentStatus;
  const events: OutboxEvent[] = [];
  const history = refunds.map((r) => {
    const before = { refunded, paymentStatus: status };
    refunded += r.amount;
    status = paymentStatusAfter(refunded, order.total, status);
    events.push({
      type: 'order.refunded',
      subject: order.id,
      data: orderEventData(order, {
        refund: { id: r.id, amount: r.amount, currency: r.currency, lines: r.lines, reason: r.reason, source: r.source, externalId: r.externalId, refundedAt: r.refundedAt },
        refunded,
        paymentStatus: status,
      }),
    });
    return {
      id: newId('evt'),
      orderId: order.id,
      at,
      source: r.source as EventSource,
      actor,
      kind: 'refunded',
      fromStatus: null,
      toStatus: null,
      changes: [{ field: 'refunded', from: before.refunded, to: refunded }, ...(before.paymentStatus !== status ? [{ field: 'paymentStatus', from: before.paymentStatus, to: status }] : [])],
      reason: `Refunded ${toDecimalString(r.amount, r.currency)} ${r.currency}${r.reason ? `: ${r.reason}` : ''}`,
    };
  });
  return [...insertRefunds(db, sellerId, refunds), ...insertEvents(db, sellerId, history), setRefunded(db, sellerId, order.id, refunded, status, at), ...outboxStatements(db, sellerId, events, at)];
}
