/**
 * The fulfillment queue, evaluated lazily: every read brings customers up
 * to date, evaluates the seller's current rules against every open order as
 * it stands now, and answers. Rule holds therefore follow the order without
 * capture knowing about rules: an order that becomes paid leaves the
 * payment hold on the next read. What changed since the last read (a rule
 * hold placed or ended) is written to the orders' history in the same step,
 * once, so the history tells when and why.
 */
import type { QueueAnswer } from '../../shared/schemas/fulfillment.js';
import { runBatch } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { syncCustomers } from '../db/queries/customers.js';
import { readActiveRuleHolds, readOpenOrders, reconcileRuleHoldStatements, type EndRuleHold, type OpenOrderRow, type PlaceRuleHold } from '../db/queries/queue.js';
import { currentRuleSet } from '../db/queries/rules.js';
import { decideQueue, type OpenOrder } from '../domain/queue.js';
import { compileRules } from '../domain/rules.js';
import { newId } from '../ids.js';

const HOLD_TEXT: Record<string, string> = {
  payment_not_received: 'payment not received',
  fraud_review: 'fraud review',
  address_check: 'address check',
  blocked_buyer: 'blocked buyer',
  other: 'other',
};

function toOpenOrder(r: OpenOrderRow): OpenOrder {
  const lines = JSON.parse(r.lines) as { skus: Array<[string | null, string | null]>; lineCount: number; units: number; notAllocated: number };
  return {
    id: r.id,
    externalId: r.externalId,
    status: r.status,
    channelStatus: r.channelStatus,
    placedAt: r.placedAt,
    shipBy: r.shipBy,
    lineCount: lines.lineCount,
    units: lines.units,
    notAllocated: lines.notAllocated,
    manualHold: r.manualHold ? (JSON.parse(r.manualHold) as { reason: string; note: string | null }) : null,
    facts: {
      channelId: r.channelId,
      channelKind: r.channelKind,
      serviceLevel: r.serviceLevel,
      paymentStatus: r.paymentStatus,
      currency: r.currency,
      total: r.total,
      shipBy: r.shipBy ? Date.parse(r.shipBy) : null,
      country: r.country,
      skus: lines.skus.flat().filter((s): s is string => !!s),
      lineCount: lines.lineCount,
      buyerTags: r.buyerTags ? (JSON.parse(r.buyerTags) as string[]) : [],
    },
  };
}

/** The seller's queue now; `limit` caps each list (counts cover all). */
export async function readQueue(db: Db, sellerId: string, opts: { limit: number; dueSoonHours: number }): Promise<QueueAnswer> {
  await syncCustomers(db, sellerId);
  const [ruleSet, rows, recorded] = await Promise.all([currentRuleSet(db, sellerId), readOpenOrders(db, sellerId), readActiveRuleHolds(db, sellerId)]);
  const now = Date.now();
  const orders = rows.map(toOpenOrder);
  const decision = decideQueue(orders, compileRules(ruleSet.rules), recorded, now, opts.dueSoonHours);

  const at = new Date(now).toISOString();
  const place: PlaceRuleHold[] = decision.place.map(({ order, hold }) => ({
    holdId: newId('hld'), eventId: newId('evt'), orderId: order.id, status: order.status,
    reason: hold.reason, note: hold.note, ruleId: hold.ruleId,
    text: `Held by rule ${hold.ruleId}: ${HOLD_TEXT[hold.reason] ?? hold.reason}${hold.note ? ` (${hold.note})` : ''}`,
  }));
  const end: EndRuleHold[] = decision.end.map(({ record, order }) => ({
    holdId: record.id, eventId: newId('evt'), orderId: order.id, status: order.status, reason: record.reason,
    text: record.reason === 'payment_not_received' && order.facts.paymentStatus === 'paid'
      ? 'Released: payment received'
      : `Released: no rule holds it for ${HOLD_TEXT[record.reason] ?? record.reason} any more`,
  }));
  // Holds on orders that left the open statuses (picked, shipped, cancelled) end too.
  const open = new Set(orders.map((o) => o.id));
  for (const r of recorded) {
    if (!open.has(r.orderId)) end.push({ holdId: r.id, eventId: newId('evt'), orderId: r.orderId, status: null, reason: r.reason, text: 'Released: the order left the queue' });
  }
  if (place.length || end.length) await runBatch(db, reconcileRuleHoldStatements(db, sellerId, place, end, at));

  return {
    generatedAt: at,
    ruleSetVersion: ruleSet.version,
    counts: { ready: decision.ready.length, short: decision.short.length, held: decision.held.length },
    queue: decision.ready.slice(0, opts.limit),
    short: decision.short.slice(0, opts.limit),
    held: decision.held.slice(0, opts.limit),
  };
}
