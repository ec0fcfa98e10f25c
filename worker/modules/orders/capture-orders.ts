/**
 * Capturing orders into the book: read what the book holds for the batch,
 * decide per order (modules/orders/capture.ts), and write everything — orders, lines,
 * history, the stock they reserve or release (modules/stock/capture-stock.ts) and the
 * webhook events they cause (modules/webhooks-out/queries-outbox.ts) — as one
 * D1 batch guarded against concurrent writers, retried when one got there
 * first, so two captures never allocate the same unit. Captures are
 * idempotent: the same order three times is one order and one "captured"
 * event.
 *
 * A split order (split-order.ts) is captured as its family: the capture
 * matches the order the channel knows, compared with the family's total
 * (its own plus its parts'); captured lines are not applied to it, since
 * they would re-create units a part now owns; every other field it changes
 * goes to each part too, each part's status moving forward from its own.
 */
import type { CaptureResult, EventSource, OrderInput, UnknownField } from '../../../shared/schemas/order.js';
import type { OrderStatus, PaymentStatus } from '../../../shared/status.js';
import { runBatch, type Statement, withConflictRetry } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { invalidInput } from '../../errors.js';
import { newId } from '../../ids.js';
import { channelKinds } from '../accounts/service.js';
import { planCaptureStock } from '../stock/capture-stock.js';
import { stockGuards, stockWrites } from '../stock/service.js';
import { type OutboxEvent, orderEndEvents, orderEventData, outboxStatements } from '../webhooks-out/service.js';
import { decideCapture, normalizeOrder, orderKey, searchText } from './capture.js';
import {
  type EventWrite,
  type ExistingOrder,
  existingFor,
  insertEvents,
  insertOrders,
  type LineWrite,
  type OrderWrite,
  readExistingOrders,
  readSplitParts,
  replaceLines,
  setOrderStatus,
  updateOrders,
} from './queries.js';
import { type RefundWrite, readCapturedRefundIds } from './queries-refunds.js';
import { refundStatements } from './refund-order.js';
import { type KnownRefunds, type NewCapturedRefund, newCapturedRefunds, paymentStatusAfter } from './rules-refunds.js';

/**
 * Captures orders for a seller. `paths` names each order's place in the
 * request body for error messages (e.g. "orders.3").
 */
export async function captureOrders(
  db: Db,
  sellerId: string,
  inputs: readonly OrderInput[],
  source: EventSource,
  /** Who: the token's name, or `webhook`/`system` when no token captures. */
  actor: string,
  paths: readonly string[] = inputs.map((_, i) => `orders.${i}`),
): Promise<CaptureResult> {
  const kinds = await channelKinds(db, sellerId, [...new Set(inputs.map((o) => o.channelId))]);
  const unknown = inputs.flatMap((o, i) => (kinds.has(o.channelId) ? [] : [{ path: `${paths[i]}.channelId`, message: `No channel ${o.channelId} for this seller.` }]));
  if (unknown.length) throw invalidInput(unknown, 'Unknown channel.');
  return withConflictRetry(() => attemptCapture(db, sellerId, inputs, kinds, source, actor));
}

async function attemptCapture(db: Db, sellerId: string, inputs: readonly OrderInput[], kinds: ReadonlyMap<string, string>, source: EventSource, actor: string): Promise<CaptureResult> {
  const at = new Date().toISOString();
  const existing = await readExistingOrders(db, sellerId, inputs);
  // Orders as they will stand after this batch; a later duplicate in the same batch builds on an earlier one.
  const state = new Map<string, ExistingOrder & { channelId: string; externalId: string; isNew: boolean; expectedVersion: number }>();
  // The last capture applied to each split order, by its id: its parts follow it.
  const splitCaptures = new Map<string, OrderInput>();
  const linesChanged = new Set<string>();
  // Fields other than the status a capture changed on an order the book already held (order.updated names them).
  const updatedFields = new Map<string, Set<string>>();
  const events: EventWrite[] = [];
  const results: CaptureResult['results'] = [];
  const refunds = await readRefundState(db, sellerId, inputs, existing);

  for (const input of inputs) {
    const k = orderKey(input.channelId, input.externalId);
    const stored = state.get(k) ?? wrapExisting(existingFor(existing, input.channelId, input.externalId), input);
    const normalized = normalizeOrder(withoutSplitLines(withoutErasedFields(input, stored?.buyerDataGone), stored?.parts), at, kinds.get(input.channelId)!);
    const known = refunds.get(k);
    const total = stored && normalized.unknown?.includes('total') ? stored.total : normalized.fields.total;
    // Once money went back, the book's refunds decide the payment status, whatever word the channel uses.
    if (known?.refunded) normalized.fields.paymentStatus = paymentStatusAfter(known.refunded, total, normalized.fields.paymentStatus);
    // A file says nothing by a blank cell: what it leaves out keeps the book's value.
    const decision = decideCapture(stored, { ...normalized, partial: source === 'import' });
    const fresh = known ? newCapturedRefunds(known, input, normalized.sourceUpdatedAt, stored?.currency ?? normalized.fields.currency) : [];
    if (known && fresh.length) {
      known.refunded += fresh.reduce((n, r) => n + r.amount, 0);
      for (const r of fresh) known.ids.add(r.externalId);
      known.added.push(...fresh.map((r) => ({ ...r, source })));
    }
    if (decision.outcome === 'unchanged') {
      results.push({ externalId: input.externalId, id: stored!.id, outcome: fresh.length ? 'updated' : 'unchanged' });
      continue;
    }
    const id = stored?.id ?? newId('ord');
    state.set(k, {
      ...decision.fields,
      id,
      channelId: input.channelId,
      externalId: input.externalId,
      sourceUpdatedAt: decision.sourceUpdatedAt,
      version: stored?.version ?? 0,
      expectedVersion: stored?.expectedVersion ?? 0,
      tracking: stored?.tracking ?? [],
      isNew: stored?.isNew ?? true,
      buyerDataGone: stored?.buyerDataGone ?? null,
      parts: stored?.parts,
    });
    if (stored?.parts?.n) splitCaptures.set(id, input);
    if (decision.outcome === 'created' || decision.linesChanged) linesChanged.add(id);
    if (decision.outcome === 'updated' && !stored!.isNew) {
      const fields = updatedFields.get(id) ?? new Set<string>();
      for (const c of decision.changes) if (!STATUS_FIELDS.has(c.field)) fields.add(API_FIELDS[c.field] ?? c.field);
      updatedFields.set(id, fields);
    }
    events.push({
      id: newId('evt'),
      orderId: id,
      at,
      source,
      actor,
      kind: decision.outcome === 'created' ? 'captured' : 'updated',
      fromStatus: decision.outcome === 'created' ? null : stored!.status,
      toStatus: decision.fields.status,
      changes: decision.outcome === 'created' ? [] : decision.changes,
      reason: null,
    });
    results.push({ externalId: input.externalId, id, outcome: stored?.isNew ? 'created' : decision.outcome });
  }

  await followSplitParts(db, sellerId, splitCaptures, { state, existing, events, updatedFields, at, source, actor, kinds });

  const toWrite = [...state.values()];
  const rows = (isNew: boolean): OrderWrite[] =>
    toWrite
      .filter((o) => o.isNew === isNew)
      .map((o) => ({
        id: o.id,
        channelId: o.channelId,
        externalId: o.externalId,
        // A split order's total as captured is its family's; the book keeps its own share.
        fields: o.parts?.n ? { ...o, total: o.total === null || o.parts.total === null ? null : o.total - o.parts.total } : o,
        sourceUpdatedAt: o.sourceUpdatedAt,
        searchText: searchText(o.externalId, o, o.tracking),
        expectedVersion: o.expectedVersion,
      }));
  // Line ids come first: the stock plan names the lines it allocates.
  const lines: LineWrite[] = toWrite.filter((o) => linesChanged.has(o.id)).flatMap((o) => o.lines.map((l, i) => ({ ...l, id: newId('lin'), orderId: o.id, lineNo: i + 1, allocation: 'none' })));
  const stock = await planCaptureStock(
    db,
    sellerId,
    toWrite.map((o) => ({
      id: o.id,
      channelId: o.channelId,
      status: o.status,
      placedAt: o.placedAt,
      shipBy: o.shipBy,
      previousStatus: o.isNew ? null : (existingFor(existing, o.channelId, o.externalId)?.status ?? null),
      newLines: linesChanged.has(o.id) ? lines.filter((l) => l.orderId === o.id) : null,
    })),
  );
  for (const l of lines) l.allocation = stock?.placed.get(l.id) ?? 'none';
  const stockCtx = { at, source, actor };

  await runBatch(db, [
    ...(stock ? stockGuards(db, sellerId, stock) : []),
    ...insertOrders(db, sellerId, rows(true), at),
    ...updateOrders(db, sellerId, rows(false), at),
    ...replaceLines(
      db,
      sellerId,
      toWrite.filter((o) => !o.isNew && linesChanged.has(o.id)).map((o) => o.id),
      lines,
    ),
    ...insertEvents(db, sellerId, events),
    ...(stock ? stockWrites(db, sellerId, stock, stockCtx) : []),
    ...outboxStatements(db, sellerId, webhookEvents(toWrite, existing, updatedFields), at),
    ...capturedRefundStatements(db, sellerId, inputs, state, existing, refunds, at, actor),
  ]);
  return { results };
}

/** Per order of the batch that reports refunds: what the book holds of them, and those this capture adds. */
type RefundState = Map<string, KnownRefunds & { ids: Set<string>; before: number; added: Array<NewCapturedRefund & { source: EventSource }> }>;

async function readRefundState(db: Db, sellerId: string, inputs: readonly OrderInput[], existing: Map<string, ExistingOrder>): Promise<RefundState> {
  const out: RefundState = new Map();
  const reporting = inputs.filter((o) => o.refunds?.length || o.refundedTotal !== undefined);
  const ids = await readCapturedRefundIds(
    db,
    sellerId,
    reporting.flatMap((o) => existingFor(existing, o.channelId, o.externalId)?.id ?? []),
  );
  for (const o of inputs) {
    const found = existingFor(existing, o.channelId, o.externalId);
    const k = orderKey(o.channelId, o.externalId);
    if (out.has(k) || (!found?.refunded && !reporting.includes(o))) continue;
    const refunded = found?.refunded ?? 0;
    out.set(k, { refunded, before: refunded, ids: new Set(found ? (ids.get(found.id) ?? []) : []), added: [] });
  }
  return out;
}

/**
 * The refunds captures brought, after the orders they belong to are
 * written. An order the capture otherwise left unchanged still gets its
 * version guarded and bumped, like any write to it.
 */
function capturedRefundStatements(
  db: Db,
  sellerId: string,
  inputs: readonly OrderInput[],
  written: ReadonlyMap<string, { id: string; total: number | null; currency: string; paymentStatus: PaymentStatus }>,
  existing: Map<string, ExistingOrder>,
  refunds: RefundState,
  at: string,
  actor: string,
): Statement[] {
  return [...refunds].flatMap(([k, r]) => {
    if (r.added.length === 0) return [];
    const input = inputs.find((o) => orderKey(o.channelId, o.externalId) === k)!;
    const stored = existingFor(existing, input.channelId, input.externalId);
    const order = written.get(k) ?? stored!;
    const guardWrite = written.has(k) ? [] : setOrderStatus(db, sellerId, stored!.id, stored!.version, stored!.status, at);
    const rows: RefundWrite[] = r.added.map((a) => ({
      id: newId('rfd'),
      orderId: order.id,
      amount: a.amount,
      currency: order.currency,
      lines: [],
      reason: a.reason,
      source: a.source,
      externalId: a.externalId,
      refundedAt: a.at,
    }));
    return [
      ...guardWrite,
      ...refundStatements(
        db,
        sellerId,
        { id: order.id, externalId: input.externalId, channelId: input.channelId, total: order.total, refunded: r.before, paymentStatus: order.paymentStatus },
        rows,
        at,
        actor,
      ),
    ];
  });
}

/**
 * What the captured orders tell webhook subscribers, in order per order:
 * order.created for new orders, order.status_changed when a capture moved
 * the status, order.shipped when it moved the order to (partially) shipped,
 * order.cancelled or order.returned when it moved it there, and
 * order.updated naming (never carrying: buyers' data stays in the book) the
 * other fields it changed.
 */
function webhookEvents(
  written: ReadonlyArray<{ id: string; channelId: string; externalId: string; isNew: boolean; status: OrderStatus; total: number | null; currency: string; placedAt: string }>,
  existing: Map<string, ExistingOrder>,
  updatedFields: ReadonlyMap<string, ReadonlySet<string>>,
): OutboxEvent[] {
  return written.flatMap((o): OutboxEvent[] => {
    const before = o.isNew ? null : (existingFor(existing, o.channelId, o.externalId)?.status ?? null);
    const events: OutboxEvent[] = [];
    if (o.isNew) events.push({ type: 'order.created', subject: o.id, data: orderEventData(o, { status: o.status, total: o.total, currency: o.currency, placedAt: o.placedAt }) });
    else if (before !== o.status) events.push({ type: 'order.status_changed', subject: o.id, data: orderEventData(o, { from: before, to: o.status, reason: 'captured from the channel' }) });
    if (before !== o.status && (o.status === 'shipped' || o.status === 'partially_shipped')) {
      events.push({ type: 'order.shipped', subject: o.id, data: orderEventData(o, { shipment: null, complete: o.status === 'shipped' }) });
    }
    events.push(...orderEndEvents(o, { from: before, to: o.status, reason: 'captured from the channel' }));
    const fields = updatedFields.get(o.id);
    if (fields?.size) events.push({ type: 'order.updated', subject: o.id, data: orderEventData(o, { fields: [...fields].sort() }) });
    return events;
  });
}

/** Fields whose change is told by order.status_changed, not order.updated. */
const STATUS_FIELDS: ReadonlySet<string> = new Set(['status', 'channelStatus']);

/** Book fields named as the API's order shows them. */
const API_FIELDS: Readonly<Record<string, string>> = { buyerName: 'buyer.name', buyerEmail: 'buyer.email', buyerExternalId: 'buyer.externalId' };
/** A capture of an order whose buyer data was removed keeps it removed: those fields count as unread. */
function withoutErasedFields(input: OrderInput, gone: ExistingOrder['buyerDataGone']): OrderInput {
  if (!gone) return input;
  const erased: UnknownField[] = gone === 'all' ? ['buyer', 'shipTo'] : ['buyer'];
  return { ...input, unknown: [...new Set([...(input.unknown ?? []), ...erased])] };
}

function wrapExisting(found: ExistingOrder | undefined, input: OrderInput) {
  // A split order is compared as its family: the channel's total includes the parts'.
  const parts = found?.parts?.total ?? 0;
  return (
    found && {
      ...found,
      total: found.total === null || parts === null ? null : found.total + parts,
      channelId: input.channelId,
      externalId: input.externalId,
      isNew: false,
      expectedVersion: found.version,
    }
  );
}

/** A capture of a split order leaves its lines as they are (the family's units are spread over its parts). */
function withoutSplitLines(input: OrderInput, parts: ExistingOrder['parts']): OrderInput {
  if (!parts?.n) return input;
  return { ...input, unknown: [...new Set([...(input.unknown ?? []), 'lines' as const])] };
}

type CaptureState = Map<string, ExistingOrder & { channelId: string; externalId: string; isNew: boolean; expectedVersion: number }>;

/**
 * Gives each part of the split orders just captured what the capture changed:
 * the part keeps its own lines and total; its status moves forward from its
 * own. Parts join `state` and `existing` under their own number, so they are
 * written, allocated and announced like any updated order.
 */
async function followSplitParts(
  db: Db,
  sellerId: string,
  captures: ReadonlyMap<string, OrderInput>,
  batch: {
    state: CaptureState;
    existing: Map<string, ExistingOrder>;
    events: EventWrite[];
    updatedFields: Map<string, Set<string>>;
    at: string;
    source: EventSource;
    actor: string;
    kinds: ReadonlyMap<string, string>;
  },
): Promise<void> {
  const parts = await readSplitParts(db, sellerId, [...captures.keys()]);
  for (const part of parts) {
    const input = captures.get(part.parentId)!;
    const forPart: OrderInput = {
      ...withoutErasedFields(input, part.buyerDataGone),
      externalId: part.externalId,
      total: part.total,
      unknown: [...new Set([...(input.unknown ?? []), 'lines' as const])],
    };
    const decision = decideCapture(part, normalizeOrder(forPart, batch.at, batch.kinds.get(part.channelId)!));
    if (decision.outcome !== 'updated') continue;
    const k = orderKey(part.channelId, part.externalId);
    batch.existing.set(k, part);
    batch.state.set(k, { ...part, ...decision.fields, sourceUpdatedAt: decision.sourceUpdatedAt, isNew: false, expectedVersion: part.version, parts: undefined });
    const fields = new Set<string>();
    for (const c of decision.changes) if (!STATUS_FIELDS.has(c.field)) fields.add(API_FIELDS[c.field] ?? c.field);
    if (fields.size) batch.updatedFields.set(part.id, fields);
    batch.events.push({
      id: newId('evt'),
      orderId: part.id,
      at: batch.at,
      source: batch.source,
      actor: batch.actor,
      kind: 'updated',
      fromStatus: part.status,
      toStatus: decision.fields.status,
      changes: decision.changes,
      reason: 'Captured with the order it was split off',
    });
  }
}
