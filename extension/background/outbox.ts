/**
 * The outbox: captured orders waiting for the worker, as plain data with pure
 * functions over it (the background persists it; see background/delivery.ts).
 *
 * Orders wait one per (portal, order number): a new capture of a waiting
 * order folds into it, newest values winning, so a page re-rendered fifty
 * times is still one order to send. Once orders are put in a batch, the batch
 * is frozen with its Idempotency-Key; a retry sends exactly the same body
 * with the same key, so the worker can replay its first answer. A capture of
 * an order that is already in a batch waits apart and goes in a later batch.
 */
import type { OrderInput } from '../../shared/schemas/order.js';
import type { CapturedOrder, PageAccount, PortalId } from '../content/portals/types.js';

/** One captured order waiting to be sent. */
export interface WaitingOrder {
  channelKind: PortalId;
  /**
   * The seller's account on the portal the page belonged to, when the page
   * said; its orders go to that account's channel (background/account-channels.ts)
   * and wait while the seller has not said which channel that is. Without
   * one, the order goes to the seller's first channel of the kind.
   */
  account?: PageAccount | undefined;
  order: CapturedOrder;
  /** When Orderlens first saw this order on a page (ISO); stands in for a missing order date. */
  firstSeenAt: string;
  /** When the page was read (ISO); sent as the order's `updatedAt` so an older capture never wins. */
  capturedAt: string;
}

/** Orders sent (or about to be sent) together, frozen with their key. */
export interface OutboxBatch {
  id: string;
  idempotencyKey: string;
  createdAt: string;
  /** What was captured, to put back or reject individually. */
  entries: WaitingOrder[];
  /** The request body's orders, exactly as sent on every attempt. */
  orders: OrderInput[];
}

/** Everything waiting to be sent. */
export interface Outbox {
  waiting: WaitingOrder[];
  batches: OutboxBatch[];
}

/** A field-level problem reported for an order. */
export interface OrderIssue {
  path: string;
  message: string;
}

/** A captured order the worker can never accept as it stands. */
export interface RejectedOrder {
  channelKind: PortalId;
  externalId: string;
  reason: string;
  issues: OrderIssue[];
  rejectedAt: string;
  order: CapturedOrder;
}

/** The key one order is known by across portals: `<kind>:<externalId>`. */
export function orderKey(channelKind: PortalId, externalId: string): string {
  return `${channelKind}:${externalId.trim()}`;
}

const keyOf = (w: Pick<WaitingOrder, 'channelKind' | 'order'>) => orderKey(w.channelKind, w.order.externalId);

/**
 * One capture folded over an older one of the same order: every value the
 * newer page shows wins; values only the older page showed (a detail page's
 * total, a list page's missing address) are kept rather than lost.
 */
export function mergeCaptures(older: CapturedOrder, newer: CapturedOrder): CapturedOrder {
  const merged: CapturedOrder = { ...older };
  for (const [field, value] of Object.entries(newer) as [keyof CapturedOrder, unknown][]) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[field] = value;
  }
  if (newer.lines.length === 0) merged.lines = older.lines;
  if (older.buyer && newer.buyer) merged.buyer = { ...older.buyer, ...definedOnly(newer.buyer) };
  if (older.shipTo && newer.shipTo) merged.shipTo = { ...older.shipTo, ...definedOnly(newer.shipTo) };
  merged.missing = newer.missing.filter((field) => readField(merged, field) === undefined);
  merged.partial = merged.missing.length > 0;
  return merged;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function readField(order: CapturedOrder, field: string): unknown {
  if (field.startsWith('lines.')) return order.lines.length ? (order.lines[0] as unknown as Record<string, unknown>)[field.slice(6)] : undefined;
  return field.split('.').reduce<unknown>((at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined), order);
}

/**
 * Adds captured orders to the outbox. An order already waiting is folded
 * into (newest wins, first-seen time kept); an order also captured twice in
 * the same call counts once.
 */
export function addCaptures(
  outbox: Outbox,
  channelKind: PortalId,
  orders: readonly CapturedOrder[],
  capturedAt: string,
  firstSeen: Readonly<Record<string, string>> = {},
  account?: PageAccount,
): Outbox {
  const waiting = new Map(outbox.waiting.map((w) => [keyOf(w), w]));
  for (const order of orders) {
    const key = orderKey(channelKind, order.externalId);
    const older = waiting.get(key);
    // A page that says its account wins over one that did not (an order's account never changes).
    const known = account ?? older?.account;
    const base = { channelKind, ...(known ? { account: known } : {}) };
    waiting.set(
      key,
      older ? { ...base, order: mergeCaptures(older.order, order), firstSeenAt: older.firstSeenAt, capturedAt } : { ...base, order, firstSeenAt: firstSeen[key] ?? capturedAt, capturedAt },
    );
  }
  return { waiting: [...waiting.values()], batches: outbox.batches };
}

/** How many captured orders wait to be sent, in batches or not. */
export function waitingCount(outbox: Outbox): number {
  return outbox.waiting.length + outbox.batches.reduce((n, b) => n + b.entries.length, 0);
}

/** The keys (see orderKey) of every order waiting to be sent, in batches or not: one set for a page's worth of lookups. */
export function waitingKeys(outbox: Outbox): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const w of outbox.waiting) keys.add(keyOf(w));
  for (const b of outbox.batches) for (const w of b.entries) keys.add(keyOf(w));
  return keys;
}

/** The result of turning a waiting order into the worker's order body. */
export type Conversion = { ok: true; order: OrderInput } | { ok: false; reason: string; issues: OrderIssue[] };

/** The accounts (kind and key) the waiting orders not yet in a batch belong to, one each. */
export function waitingAccounts(outbox: Outbox): Array<{ channelKind: PortalId; account: PageAccount }> {
  const accounts = new Map<string, { channelKind: PortalId; account: PageAccount }>();
  for (const w of outbox.waiting) if (w.account) accounts.set(`${w.channelKind}:${w.account.key}`, { channelKind: w.channelKind, account: w.account });
  return [...accounts.values()];
}

/** How many orders of an account wait outside any batch (held, while the account awaits a channel choice). */
export function waitingOfAccount(outbox: Outbox, channelKind: PortalId, key: string): number {
  return outbox.waiting.filter((w) => w.channelKind === channelKind && w.account?.key === key).length;
}

/** Everything `takeBatch` needs from outside: each order's channel, conversion, fresh ids. */
export interface BatchMaker {
  /** The channel id an order goes to; undefined keeps it waiting (channel unknown, or the seller has yet to choose). */
  channelFor(waiting: WaitingOrder): string | undefined;
  convert(waiting: WaitingOrder, channelId: string): Conversion;
  newId(): string;
  now: string;
  maxOrders: number;
}

/**
 * Freezes up to `maxOrders` waiting orders (those whose channel is known)
 * into a new batch with its own key. Orders that can never make a valid body
 * come back as rejected. Returns the batch undefined when nothing could go.
 */
export function takeBatch(outbox: Outbox, maker: BatchMaker): { outbox: Outbox; batch?: OutboxBatch; rejected: RejectedOrder[] } {
  const entries: WaitingOrder[] = [];
  const orders: OrderInput[] = [];
  const rejected: RejectedOrder[] = [];
  const left: WaitingOrder[] = [];
  for (const waiting of outbox.waiting) {
    const channelId = maker.channelFor(waiting);
    if (!channelId || entries.length >= maker.maxOrders) {
      left.push(waiting);
      continue;
    }
    const converted = maker.convert(waiting, channelId);
    if (converted.ok) {
      entries.push(waiting);
      orders.push(converted.order);
    } else {
      rejected.push(rejection(waiting, converted.reason, converted.issues, maker.now));
    }
  }
  if (entries.length === 0) return { outbox: { waiting: left, batches: outbox.batches }, rejected };
  const batch: OutboxBatch = { id: maker.newId(), idempotencyKey: maker.newId(), createdAt: maker.now, entries, orders };
  return { outbox: { waiting: left, batches: [...outbox.batches, batch] }, batch, rejected };
}

/** A waiting order turned into a rejection. */
export function rejection(waiting: WaitingOrder, reason: string, issues: OrderIssue[], at: string): RejectedOrder {
  return { channelKind: waiting.channelKind, externalId: waiting.order.externalId, reason, issues, rejectedAt: at, order: waiting.order };
}

/** The outbox without a batch the worker has taken. */
export function removeBatch(outbox: Outbox, batchId: string): Outbox {
  return { waiting: outbox.waiting, batches: outbox.batches.filter((b) => b.id !== batchId) };
}

/**
 * Puts a batch's orders back among the waiting ones (to be rebatched with a
 * new key, e.g. after its channel changed). A newer capture that waits for the
 * same order is folded over the returned one.
 */
export function unbatch(outbox: Outbox, batchId: string): Outbox {
  return unbatchWhere(outbox, (b) => b.id === batchId);
}

/** Puts every batch's orders back among the waiting ones, in batch order (see `unbatch`). */
export function unbatchAll(outbox: Outbox): Outbox {
  return unbatchWhere(outbox, () => true);
}

function unbatchWhere(outbox: Outbox, which: (batch: OutboxBatch) => boolean): Outbox {
  const undone = outbox.batches.filter(which);
  if (undone.length === 0) return outbox;
  const rest = { waiting: outbox.waiting, batches: outbox.batches.filter((b) => !which(b)) };
  const waiting = new Map<string, WaitingOrder>(undone.flatMap((b) => b.entries).map((w) => [keyOf(w), w]));
  for (const newer of rest.waiting) {
    const older = waiting.get(keyOf(newer));
    const account = newer.account ?? older?.account;
    waiting.set(keyOf(newer), older ? { ...newer, ...(account ? { account } : {}), order: mergeCaptures(older.order, newer.order), firstSeenAt: older.firstSeenAt } : newer);
  }
  return { waiting: [...waiting.values()], batches: rest.batches };
}

/**
 * Splits a batch the worker refused: the orders at `refusedIndexes` leave as
 * rejections; the rest form new batches of at most `size` orders, each with
 * a new key (their body differs from the refused one).
 */
export function splitBatch(
  outbox: Outbox,
  batchId: string,
  opts: { refused: ReadonlyMap<number, { reason: string; issues: OrderIssue[] }>; size: number; newId: () => string; now: string },
): { outbox: Outbox; rejected: RejectedOrder[] } {
  const at = outbox.batches.findIndex((b) => b.id === batchId);
  const batch = outbox.batches[at];
  if (!batch) return { outbox, rejected: [] };
  const rejected: RejectedOrder[] = [];
  const keep: Array<{ entry: WaitingOrder; order: OrderInput }> = [];
  batch.entries.forEach((entry, i) => {
    const refused = opts.refused.get(i);
    if (refused) rejected.push(rejection(entry, refused.reason, refused.issues, opts.now));
    else keep.push({ entry, order: batch.orders[i]! });
  });
  const parts: OutboxBatch[] = [];
  for (let i = 0; i < keep.length; i += Math.max(1, opts.size)) {
    const slice = keep.slice(i, i + Math.max(1, opts.size));
    parts.push({ id: opts.newId(), idempotencyKey: opts.newId(), createdAt: opts.now, entries: slice.map((s) => s.entry), orders: slice.map((s) => s.order) });
  }
  const batches = [...outbox.batches];
  batches.splice(at, 1, ...parts);
  return { outbox: { waiting: outbox.waiting, batches }, rejected };
}
