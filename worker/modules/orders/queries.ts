/**
 * Order reads and writes on D1. Bulk paths pass their rows as one JSON
 * parameter and unpack them with `json_each`, so a statement binds a handful
 * of parameters whatever the batch size (D1 refuses more than 100).
 */
import { and, asc, Column, desc, eq, fillPlaceholders, gte, inArray, is, lt, or, type SQL, sql } from 'drizzle-orm';
import type { AddressInput, EventSource, Order, OrderDetail, OrderEvent, OrderLine, PlacedAtPrecision, Refund } from '../../../shared/schemas/order.js';
import type { DeliveryPromise, ShipSpeed } from '../../../shared/service-levels.js';
import type { OrderStatus, PaymentStatus } from '../../../shared/status.js';
import { guard, type Statement, statement } from '../../db/batch.js';
import { chunks, readInChunks } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import { channels, orderEvents, orderLines, orderRefunds, orders, shipments } from '../../db/schema.js';
import { type FieldChange, type LineFields, type OrderFields, orderKey, type StoredOrder } from './capture.js';

/** Rows per JSON parameter: keeps each bound value well under D1's size limits. */
const CHUNK = 100;

/** A stored order plus the tracking numbers the lookup indexes. */
export interface ExistingOrder extends StoredOrder {
  tracking: string[];
  /** What of the buyer's data was removed (modules/privacy): a capture must not bring it back. */
  buyerDataGone?: 'all' | 'buyer' | null;
  /** Refunded so far (minor units). */
  refunded?: number;
  /** How many parts were split off the order, and their value: the channel's total counts them too. */
  /** `total` is null when any part's value is unknown. */
  parts?: { n: number; total: number | null };
}

/** The columns an existing order is read with (`o` is the order). */
const EXISTING_COLUMNS = sql`
      o.id, o.channel_id, o.external_id, o.status, o.channel_status, o.placed_at, o.placed_at_precision, o.source_updated_at,
      o.currency, o.currency_unknown, CASE WHEN o.total_unknown THEN NULL ELSE o.total END AS total, o.buyer_name, o.buyer_email, o.buyer_external_id, o.service_level, o.ship_speed,
      o.delivery_promise, o.ship_by, o.payment_status, o.ship_to, o.version, o.refunded, o.parent_order_id,
      CASE WHEN o.redacted_at IS NOT NULL THEN 'all'
           WHEN EXISTS (SELECT 1 FROM pending_erasures p WHERE p.order_id = o.id) THEN 'buyer' END AS buyer_data_gone,
      (SELECT json_group_array(json_object('sku', l.sku, 'channelSku', l.channel_sku, 'channelItemId', l.channel_item_id, 'title', l.title,
                                           'quantity', l.quantity, 'unitPrice', CASE WHEN l.unit_price_unknown THEN NULL ELSE l.unit_price END, 'channelLineId', l.channel_line_id))
         FROM (SELECT * FROM order_lines l WHERE l.order_id = o.id AND +l.seller_id = o.seller_id ORDER BY l.line_no) l) AS lines,
      (SELECT json_group_array(s.tracking_number) FROM shipments s
        WHERE s.order_id = o.id AND +s.seller_id = o.seller_id AND s.tracking_number IS NOT NULL) AS tracking,
      (SELECT json_object('n', count(*), 'total', CASE WHEN max(p.total_unknown) THEN NULL ELSE coalesce(sum(p.total), 0) END) FROM orders p WHERE p.parent_order_id = o.id) AS parts`;

function toExisting(r: Record<string, unknown>): ExistingOrder {
  return {
    id: r.id as string,
    status: r.status as OrderStatus,
    channelStatus: r.channel_status as string | null,
    placedAt: r.placed_at as string,
    placedAtPrecision: r.placed_at_precision as PlacedAtPrecision | null,
    sourceUpdatedAt: r.source_updated_at as string,
    currency: r.currency as string,
    currencyUnknown: Boolean(r.currency_unknown),
    total: r.total as number | null,
    buyerName: r.buyer_name as string | null,
    buyerEmail: r.buyer_email as string | null,
    buyerExternalId: r.buyer_external_id as string | null,
    serviceLevel: r.service_level as string,
    shipSpeed: r.ship_speed as ShipSpeed,
    deliveryPromise: r.delivery_promise as DeliveryPromise | null,
    shipBy: r.ship_by as string | null,
    paymentStatus: r.payment_status as PaymentStatus,
    shipTo: r.ship_to == null ? null : (JSON.parse(r.ship_to as string) as AddressInput),
    version: r.version as number,
    lines: JSON.parse(r.lines as string) as LineFields[],
    tracking: JSON.parse(r.tracking as string) as string[],
    buyerDataGone: r.buyer_data_gone as ExistingOrder['buyerDataGone'],
    refunded: r.refunded as number,
    parts: JSON.parse(r.parts as string) as { n: number; total: number | null },
  };
}

/**
 * The book's current state of the given orders, keyed by channel and
 * external id. Parts split off an order are never matched by their own
 * number: the channel knows only the order they came from.
 */
export async function readExistingOrders(db: Db, sellerId: string, keys: ReadonlyArray<{ channelId: string; externalId: string }>): Promise<Map<string, ExistingOrder>> {
  const pairs = keys.map((k) => [k.channelId, k.externalId]);
  const rows = await readInChunks(pairs, 250, (json) =>
    db.all<Record<string, unknown>>(sql`
      SELECT ${EXISTING_COLUMNS}
        FROM json_each(${json}) k
        -- CROSS JOIN keeps the key list as the outer loop: one index probe per key, not a scan of the seller's orders.
        CROSS JOIN orders o ON o.seller_id = ${sellerId}
                     AND o.channel_id = json_extract(k.value, '$[0]')
                     AND o.external_id = json_extract(k.value, '$[1]')
       WHERE o.parent_order_id IS NULL`),
  );
  return new Map(rows.map((r) => [orderKey(r.channel_id as string, r.external_id as string), toExisting(r)]));
}

/** The parts split off the given orders, with their channel and own number. */
export async function readSplitParts(db: Db, sellerId: string, parentIds: readonly string[]): Promise<Array<ExistingOrder & { parentId: string; channelId: string; externalId: string }>> {
  if (parentIds.length === 0) return [];
  const rows = await readInChunks(parentIds, 250, (json) =>
    db.all<Record<string, unknown>>(sql`
      SELECT ${EXISTING_COLUMNS} FROM json_each(${json}) k
       CROSS JOIN orders o ON o.parent_order_id = k.value
       WHERE o.seller_id = ${sellerId} ORDER BY o.external_id`),
  );
  return rows.map((r) => ({ ...toExisting(r), parentId: r.parent_order_id as string, channelId: r.channel_id as string, externalId: r.external_id as string }));
}

/** Looks up an existing order in the map readExistingOrders returned. */
export function existingFor(map: Map<string, ExistingOrder>, channelId: string, externalId: string): ExistingOrder | undefined {
  return map.get(orderKey(channelId, externalId));
}

/** An order row to write: its fields plus identity and bookkeeping. */
export interface OrderWrite {
  id: string;
  channelId: string;
  externalId: string;
  fields: OrderFields;
  sourceUpdatedAt: string;
  searchText: string;
  /** For updates: the version read, which the write requires to be unchanged. */
  expectedVersion?: number;
}

/** A line to (re)write for an order. */
export interface LineWrite extends LineFields {
  id: string;
  orderId: string;
  lineNo: number;
  allocation: string;
}

/** An event to append to an order's history. */
export interface EventWrite {
  id: string;
  orderId: string;
  at: string;
  source: EventSource;
  /** Who: the token's name, or `system`/`cron`/`webhook` when no token made the change. */
  actor: string;
  kind: string;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  changes: FieldChange[];
  reason: string | null;
}

const orderJson = (o: OrderWrite) => ({
  id: o.id,
  channelId: o.channelId,
  externalId: o.externalId,
  ...o.fields,
  lines: undefined,
  shipTo: o.fields.shipTo,
  sourceUpdatedAt: o.sourceUpdatedAt,
  searchText: o.searchText,
  expectedVersion: o.expectedVersion,
});

/** Statements inserting new orders (a unique key makes a concurrent duplicate abort the batch). */
export function insertOrders(db: Db, sellerId: string, rows: readonly OrderWrite[], at: string): Statement[] {
  return chunks(rows, CHUNK).map((part) =>
    statement(
      db,
      sql`
      INSERT INTO orders (id, seller_id, channel_id, external_id, status, channel_status, placed_at, placed_at_precision, source_updated_at,
                          currency, currency_unknown, total, total_unknown, buyer_name, buyer_email, buyer_external_id, service_level, ship_speed,
                          delivery_promise, ship_by, payment_status, ship_to, search_text, version, created_at, updated_at)
      SELECT j->>'id', ${sellerId}, j->>'channelId', j->>'externalId', j->>'status', j->>'channelStatus', j->>'placedAt', j->>'placedAtPrecision',
             j->>'sourceUpdatedAt', j->>'currency', coalesce(j->>'currencyUnknown', 0), coalesce(j->>'total', 0), j->>'total' IS NULL, j->>'buyerName', j->>'buyerEmail', j->>'buyerExternalId',
             j->>'serviceLevel', j->>'shipSpeed', j->>'deliveryPromise', j->>'shipBy', j->>'paymentStatus', j->'shipTo',
             j->>'searchText', 1, ${at}, ${at}
        FROM (SELECT value AS j FROM json_each(${JSON.stringify(part.map(orderJson))}))`,
    ),
  );
}

/**
 * Statements updating existing orders: first a guard that every order still
 * has the version that was read, then the update itself.
 */
export function updateOrders(db: Db, sellerId: string, rows: readonly OrderWrite[], at: string): Statement[] {
  return chunks(rows, CHUNK).flatMap((part) => {
    const json = JSON.stringify(part.map(orderJson));
    return [
      guard(
        db,
        sql`NOT EXISTS (SELECT 1 FROM json_each(${json}) u CROSS JOIN orders o ON o.id = u.value->>'id'
                        WHERE o.seller_id = ${sellerId} AND o.version != u.value->>'expectedVersion')`,
      ),
      statement(
        db,
        sql`
        UPDATE orders SET status = u.j->>'status', channel_status = u.j->>'channelStatus', placed_at = u.j->>'placedAt',
               placed_at_precision = u.j->>'placedAtPrecision', source_updated_at = u.j->>'sourceUpdatedAt', currency = u.j->>'currency',
               currency_unknown = coalesce(u.j->>'currencyUnknown', 0),
               total = coalesce(u.j->>'total', 0), total_unknown = u.j->>'total' IS NULL,
               buyer_name = u.j->>'buyerName', buyer_email = u.j->>'buyerEmail', buyer_external_id = u.j->>'buyerExternalId',
               service_level = u.j->>'serviceLevel', ship_speed = u.j->>'shipSpeed', delivery_promise = u.j->>'deliveryPromise',
               ship_by = u.j->>'shipBy', payment_status = u.j->>'paymentStatus',
               ship_to = u.j->'shipTo', search_text = u.j->>'searchText', version = version + 1, updated_at = ${at}
          FROM (SELECT value AS j FROM json_each(${json})) u
         WHERE orders.id = u.j->>'id' AND orders.seller_id = ${sellerId}`,
      ),
    ];
  });
}

/** Statements replacing the lines of the given orders. */
export function replaceLines(db: Db, sellerId: string, orderIds: readonly string[], lines: readonly LineWrite[]): Statement[] {
  const deletes = chunks(orderIds, 500).map((part) => statement(db, sql`DELETE FROM order_lines WHERE seller_id = ${sellerId} AND order_id IN (SELECT value FROM json_each(${JSON.stringify(part)}))`));
  const inserts = chunks(lines, 250).map((part) =>
    statement(
      db,
      sql`
      INSERT INTO order_lines (id, seller_id, order_id, line_no, sku, channel_sku, channel_item_id, channel_line_id, title, quantity, unit_price, unit_price_unknown,
                               shipped_quantity, allocation)
      SELECT j->>'id', ${sellerId}, j->>'orderId', j->>'lineNo', j->>'sku', j->>'channelSku', j->>'channelItemId', j->>'channelLineId', j->>'title', j->>'quantity',
             coalesce(j->>'unitPrice', 0), j->>'unitPrice' IS NULL, 0, j->>'allocation'
        FROM (SELECT value AS j FROM json_each(${JSON.stringify(part)}))`,
    ),
  );
  return [...deletes, ...inserts];
}

/** Statements appending events to orders' histories. */
export function insertEvents(db: Db, sellerId: string, events: readonly EventWrite[]): Statement[] {
  return chunks(events, 250).map((part) =>
    statement(
      db,
      sql`
      INSERT INTO order_events (id, seller_id, order_id, at, source, actor, kind, from_status, to_status, changes, reason)
      SELECT j->>'id', ${sellerId}, j->>'orderId', j->>'at', j->>'source', j->>'actor', j->>'kind', j->>'fromStatus', j->>'toStatus',
             json(j->'changes'), j->>'reason'
        FROM (SELECT value AS j FROM json_each(${JSON.stringify(part)}))`,
    ),
  );
}

type OrderRow = Omit<typeof orders.$inferSelect, 'sellerId' | 'sourceUpdatedAt' | 'searchText'> & { channelKind: string; splitInto: string; mergedWith: string };

function toOrder(r: OrderRow): Order {
  return {
    id: r.id,
    channelId: r.channelId,
    channelKind: r.channelKind,
    externalId: r.externalId,
    status: r.status as OrderStatus,
    channelStatus: r.channelStatus,
    placedAt: r.placedAt,
    placedAtPrecision: r.placedAtPrecision,
    updatedAt: r.updatedAt,
    currency: r.currency,
    ...(r.currencyUnknown ? { currencyUnknown: true as const } : {}),
    total: r.totalUnknown ? null : r.total,
    buyer: { name: r.buyerName, email: r.buyerEmail, externalId: r.buyerExternalId },
    serviceLevel: r.serviceLevel,
    shipSpeed: r.shipSpeed as ShipSpeed,
    deliveryPromise: r.deliveryPromise as DeliveryPromise | null,
    shipBy: r.shipBy,
    paymentStatus: r.paymentStatus as PaymentStatus,
    refunded: r.refunded,
    shipTo: (r.shipTo as AddressInput | null) ?? null,
    redactedAt: r.redactedAt,
    createdAt: r.createdAt,
    parentOrderId: r.parentOrderId,
    splitInto: JSON.parse(r.splitInto) as string[],
    mergeGroupId: r.mergeGroupId,
    mergedWith: JSON.parse(r.mergedWith) as string[],
  };
}

/** The columns an order is answered with, and its channel's kind: no more, since every column read crosses D1's wire (search_text most of all). */
const ORDER_FIELDS = {
  id: orders.id,
  channelId: orders.channelId,
  externalId: orders.externalId,
  status: orders.status,
  channelStatus: orders.channelStatus,
  placedAt: orders.placedAt,
  placedAtPrecision: orders.placedAtPrecision,
  currency: orders.currency,
  currencyUnknown: orders.currencyUnknown,
  total: orders.total,
  totalUnknown: orders.totalUnknown,
  buyerName: orders.buyerName,
  buyerEmail: orders.buyerEmail,
  buyerExternalId: orders.buyerExternalId,
  serviceLevel: orders.serviceLevel,
  shipSpeed: orders.shipSpeed,
  deliveryPromise: orders.deliveryPromise,
  shipBy: orders.shipBy,
  paymentStatus: orders.paymentStatus,
  refunded: orders.refunded,
  shipTo: orders.shipTo,
  version: orders.version,
  createdAt: orders.createdAt,
  updatedAt: orders.updatedAt,
  redactedAt: orders.redactedAt,
  parentOrderId: orders.parentOrderId,
  mergeGroupId: orders.mergeGroupId,
  splitInto: sql<string>`(SELECT json_group_array(p.id) FROM (SELECT id FROM orders p WHERE p.parent_order_id = ${orders.id} ORDER BY p.external_id) p)`,
  mergedWith: sql<string>`(SELECT json_group_array(m.id) FROM (SELECT id FROM orders m WHERE m.merge_group_id = ${orders.mergeGroupId} AND m.id != ${orders.id} ORDER BY m.id) m)`,
  channelKind: channels.kind,
};

/** Selects orders with their channel's kind. */
function selectOrders(db: Db) {
  return db.select(ORDER_FIELDS).from(orders).innerJoin(channels, eq(channels.id, orders.channelId));
}

/** One order of the seller, or undefined (also when it belongs to another seller). */
export async function findOrder(db: Db, sellerId: string, id: string): Promise<(Order & { version: number }) | undefined> {
  const [row] = await selectOrders(db).where(and(eq(orders.sellerId, sellerId), eq(orders.id, id)));
  return row ? { ...toOrder(row), version: row.version } : undefined;
}

/** The seller's rows of one order in a table that names both. */
function rowsOfOrder<T extends typeof orderLines | typeof orderEvents | typeof shipments>(db: Db, table: T, sellerId: string, orderId: string) {
  return db
    .select()
    .from(table)
    .where(and(eq(table.sellerId, sellerId), eq(table.orderId, orderId)));
}

/** One order with its lines, history and shipments. */
export async function getOrderDetail(db: Db, sellerId: string, id: string): Promise<OrderDetail | undefined> {
  const order = await findOrder(db, sellerId, id);
  if (!order) return undefined;
  const [lines, events, parcels, refunds] = await db.batch([
    rowsOfOrder(db, orderLines, sellerId, id).orderBy(asc(orderLines.lineNo)),
    // Events of one write share a time; rowid keeps them in the order they were written.
    rowsOfOrder(db, orderEvents, sellerId, id).orderBy(asc(orderEvents.at), sql`rowid`),
    rowsOfOrder(db, shipments, sellerId, id).orderBy(asc(shipments.shippedAt)),
    db
      .select()
      .from(orderRefunds)
      // By the order's index: the seller's (seller_id, refunded_at) one, which the sort tempts, walks all its refunds.
      .where(and(sql`+${orderRefunds.sellerId} = ${sellerId}`, eq(orderRefunds.orderId, id)))
      .orderBy(asc(orderRefunds.refundedAt), sql`rowid`),
  ]);
  const { version: _version, ...rest } = order;
  return {
    ...rest,
    lines: lines.map(
      (l): OrderLine => ({
        id: l.id,
        lineNo: l.lineNo,
        sku: l.sku,
        channelSku: l.channelSku,
        channelItemId: l.channelItemId,
        channelLineId: l.channelLineId,
        title: l.title,
        quantity: l.quantity,
        unitPrice: l.unitPriceUnknown ? null : l.unitPrice,
        shippedQuantity: l.shippedQuantity,
        allocation: l.allocation as OrderLine['allocation'],
      }),
    ),
    events: events.map(
      (e): OrderEvent => ({
        id: e.id,
        at: e.at,
        source: e.source as EventSource,
        actor: e.actor,
        kind: e.kind,
        fromStatus: e.fromStatus as OrderStatus | null,
        toStatus: e.toStatus as OrderStatus | null,
        changes: e.changes as FieldChange[],
        reason: e.reason,
      }),
    ),
    shipments: parcels.map((s) => ({ id: s.id, carrier: s.carrier, service: s.service, trackingNumber: s.trackingNumber, shippedAt: s.shippedAt })),
    refunds: refunds.map(
      (r): Refund => ({
        id: r.id,
        amount: r.amount,
        currency: r.currency,
        lines: r.lines as Refund['lines'],
        reason: r.reason,
        source: r.source as EventSource,
        externalId: r.externalId,
        refundedAt: r.refundedAt,
      }),
    ),
  };
}

/** Filters of the order list. */
export interface OrderFilter {
  status?: OrderStatus[];
  channelId?: string;
  placedFrom?: string;
  placedTo?: string;
}

/** Where the previous page ended: newest-first by placed time, then id. */
export interface OrderCursor {
  placedAt: string;
  id: string;
}

/** A page of orders, newest placed first, and the cursor of the next page if any. */
export async function listOrders(db: Db, sellerId: string, filter: OrderFilter, limit: number, after?: OrderCursor): Promise<{ orders: Order[]; next?: OrderCursor }> {
  const where: SQL[] = [eq(orders.sellerId, sellerId)];
  if (filter.status?.length) where.push(inArray(orders.status, filter.status));
  if (filter.channelId) where.push(eq(orders.channelId, filter.channelId));
  if (filter.placedFrom) where.push(gte(orders.placedAt, filter.placedFrom));
  if (filter.placedTo) where.push(lt(orders.placedAt, filter.placedTo));
  if (after) where.push(or(lt(orders.placedAt, after.placedAt), and(eq(orders.placedAt, after.placedAt), lt(orders.id, after.id)))!);
  const rows = await selectOrders(db)
    .where(and(...where))
    .orderBy(desc(orders.placedAt), desc(orders.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { orders: page.map(toOrder), ...(rows.length > limit && last ? { next: { placedAt: last.placedAt, id: last.id } } : {}) };
}

/** A lookup hit: the order and why it matched. */
export interface LookupHit {
  order: Order;
  matched: 'order_number' | 'order_number_prefix' | 'text';
}

/** The shortest last word searched as a prefix: shorter ones expand to most of the index. */
const MIN_PREFIX = 3;

/**
 * Builds an FTS5 query from what a person typed: its words as one phrase,
 * the last one a prefix when it has at least MIN_PREFIX characters (a
 * shorter last word is dropped if others precede it, or else matched whole):
 * FTS5 reads every term a prefix expands to before the first row. For an
 * email, only the words before the @, matched whole since the @ ends them:
 * a domain's words ("example", "com") are in most orders, and a phrase
 * reads every order listing each of its words; the whole term is then
 * checked against each hit's text instead (`exact`).
 */
function ftsQuery(q: string): { match: string; exact: string | undefined } | undefined {
  const at = q.indexOf('@');
  const words = (at > 0 ? q.slice(0, at) : q).toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words?.length) return undefined;
  if (at > 0) return { match: `"${words.join(' ')}"`, exact: q.toLowerCase() };
  const last = words[words.length - 1]!;
  if (last.length >= MIN_PREFIX) return { match: `"${words.join(' ')}"*`, exact: undefined };
  return { match: `"${(words.length > 1 ? words.slice(0, -1) : words).join(' ')}"`, exact: undefined };
}

/** An FTS5 query that matches nothing, read without touching the index. */
const NO_MATCH = '""';

/**
 * The popup's quick lookup: exact order number first, then order numbers
 * starting with `q`, then full-text matches on buyer, email, SKU and
 * tracking (the newest first), in one statement. Every part reads a bounded
 * number of rows: the (seller, external id) index for the numbers, and FTS5
 * in rowid order with a LIMIT (ranking by bm25 would score every match,
 * seconds for a word in most orders). The full-text part is skipped when the
 * numbers alone fill the answer, since its matches rank after them. CROSS
 * JOIN keeps FTS5 the outer loop: left to choose, SQLite walks the seller's
 * orders and runs the MATCH once per order.
 */
export async function lookupOrders(db: Db, sellerId: string, q: string, limit: number): Promise<LookupHit[]> {
  const term = q.trim();
  const fts = ftsQuery(term);
  const { text, params } = lookupStatement(db, fts ? (fts.exact ? 'email' : 'words') : 'numbers');
  const values = { sellerId, term, upTo: `${term}\uffff`, limit, candidates: limit * 3, match: fts?.match ?? NO_MATCH, exact: fts?.exact ?? '' };
  const rows = await db.$client
    .prepare(text)
    .bind(...fillPlaceholders(params, values))
    .raw<unknown[]>();
  const labels = ['order_number', 'order_number_prefix', 'text'] as const;
  return rows.map((row) => {
    const r = Object.fromEntries(LOOKUP_COLUMNS.map(([name, decode], i) => [name, row[i] === null ? null : decode(row[i])])) as OrderRow & { rankGroup: number };
    return { order: toOrder(r), matched: labels[r.rankGroup] ?? 'text' };
  });
}

/** The lookup's columns in the order its statement reads them, each with drizzle's decoding of the column (JSON, booleans). */
const LOOKUP_FIELDS = { ...ORDER_FIELDS, rankGroup: sql<number>`hits.rank_group` };
const LOOKUP_COLUMNS = Object.entries(LOOKUP_FIELDS).map(([name, field]) => [name, is(field, Column) ? (value: unknown) => field.mapFromDriverValue(value) : (value: unknown) => value] as const);

/**
 * The lookup's statement text for each shape of question, built once per
 * isolate with placeholders: drizzle takes longer to build it than SQLite to
 * run it at 1,000,000 orders.
 */
const lookupStatements = new Map<'numbers' | 'words' | 'email', { text: string; params: unknown[] }>();

function lookupStatement(db: Db, shape: 'numbers' | 'words' | 'email'): { text: string; params: unknown[] } {
  const built = lookupStatements.get(shape);
  if (built) return built;
  const [sellerId, term, upTo, limit, candidates] = (['sellerId', 'term', 'upTo', 'limit', 'candidates'] as const).map((name) => sql.placeholder(name));
  const numbersFillIt = sql`(SELECT count(*) FROM (SELECT 1 FROM orders WHERE seller_id = ${sellerId} AND external_id >= ${term} AND external_id < ${upTo} LIMIT ${limit})) >= ${limit}`;
  const hits = sql`(
    SELECT id, min(rank_group) AS rank_group FROM (
      SELECT id, 0 AS rank_group FROM orders WHERE seller_id = ${sellerId} AND external_id = ${term}
      UNION ALL
      SELECT * FROM (SELECT id, 1 AS rank_group FROM orders WHERE seller_id = ${sellerId} AND external_id > ${term} AND external_id < ${upTo} LIMIT ${candidates})
      ${
        shape !== 'numbers'
          ? sql`UNION ALL
      SELECT * FROM (
        SELECT o.id, 2 AS rank_group FROM orders_fts f CROSS JOIN orders o ON o.rowid = f.rowid
         WHERE orders_fts MATCH CASE WHEN ${numbersFillIt} THEN ${NO_MATCH} ELSE ${sql.placeholder('match')} END
           AND o.seller_id = ${sellerId}${shape === 'email' ? sql` AND instr(lower(o.search_text), ${sql.placeholder('exact')}) > 0` : sql``}
         ORDER BY f.rowid DESC LIMIT ${candidates})`
          : sql``
      }
    ) GROUP BY id ORDER BY rank_group, id LIMIT ${limit}) AS hits`;
  const { sql: text, params } = db
    .select(LOOKUP_FIELDS)
    .from(hits)
    .innerJoin(orders, sql`${orders.id} = hits.id AND ${orders.sellerId} = ${sellerId}`)
    .innerJoin(channels, eq(channels.id, orders.channelId))
    .orderBy(sql`hits.rank_group`, sql`hits.id`)
    .toSQL();
  lookupStatements.set(shape, { text, params });
  return { text, params };
}

/** The unified status of up to 500 orders of one channel, by external id. */
export async function orderStatuses(
  db: Db,
  sellerId: string,
  channelId: string,
  externalIds: readonly string[],
): Promise<Array<{ externalId: string; id: string; status: OrderStatus; channelStatus: string | null; updatedAt: string; splitInto?: number; totalUnknown?: true; currencyUnknown?: true }>> {
  const rows = await db.all<{ externalId: string; id: string; status: OrderStatus; channelStatus: string | null; updatedAt: string; parts: number; totalUnknown: number; currencyUnknown: number }>(sql`
    SELECT o.external_id AS externalId, o.id, o.status, o.channel_status AS channelStatus, o.updated_at AS updatedAt, o.total_unknown AS totalUnknown, o.currency_unknown AS currencyUnknown,
           (SELECT count(*) FROM orders p WHERE p.parent_order_id = o.id) AS parts
      FROM json_each(${JSON.stringify(externalIds)}) k
      CROSS JOIN orders o ON o.seller_id = ${sellerId} AND o.channel_id = ${channelId} AND o.external_id = k.value
     WHERE o.parent_order_id IS NULL`);
  return rows.map(({ parts, totalUnknown, currencyUnknown, ...r }) => ({
    ...r,
    ...(parts > 0 ? { splitInto: parts + 1 } : {}),
    ...(totalUnknown ? { totalUnknown: true as const } : {}),
    ...(currencyUnknown ? { currencyUnknown: true as const } : {}),
  }));
}

/** The parcels of up to 500 orders, oldest first, with their lines' SKUs (a parcel without lines is for the whole order). */
export async function shipmentsOfOrders(
  db: Db,
  sellerId: string,
  orderIds: readonly string[],
): Promise<
  Array<{
    orderId: string;
    carrier: string | null;
    service: string | null;
    trackingNumber: string | null;
    shippedAt: string;
    lines: Array<{ sku: string | null; channelSku: string | null; quantity: number }>;
  }>
> {
  if (orderIds.length === 0) return [];
  const ids = JSON.stringify(orderIds);
  const parcels = await db.all<{ orderId: string; carrier: string | null; service: string | null; trackingNumber: string | null; shippedAt: string; lines: string }>(sql`
    SELECT s.order_id AS orderId, s.carrier, s.service, s.tracking_number AS trackingNumber, s.shipped_at AS shippedAt, s.lines
      FROM json_each(${ids}) k
      CROSS JOIN shipments s ON s.seller_id = ${sellerId} AND s.order_id = k.value
     ORDER BY s.shipped_at, s.id`);
  if (parcels.length === 0) return [];
  const lines = await db.all<{ id: string; sku: string | null; channelSku: string | null }>(sql`
    SELECT l.id, l.sku, l.channel_sku AS channelSku
      FROM json_each(${JSON.stringify([...new Set(parcels.map((p) => p.orderId))])}) k
      CROSS JOIN order_lines l ON l.seller_id = ${sellerId} AND l.order_id = k.value`);
  const byId = new Map(lines.map((l) => [l.id, l]));
  return parcels.map((p) => ({
    ...p,
    // A line since replaced (a capture that changed the items) stays, unnamed: the parcel is still partial.
    lines: (JSON.parse(p.lines) as Array<{ lineId: string; quantity: number }>).map((l) => {
      const line = byId.get(l.lineId);
      return { sku: line?.sku ?? null, channelSku: line?.channelSku ?? null, quantity: l.quantity };
    }),
  }));
}

/** Statements moving one order to a new status, guarded on the version read. */
export function setOrderStatus(db: Db, sellerId: string, orderId: string, expectedVersion: number, to: OrderStatus, at: string): Statement[] {
  return [
    guard(db, sql`EXISTS (SELECT 1 FROM orders WHERE id = ${orderId} AND seller_id = ${sellerId} AND version = ${expectedVersion})`),
    statement(
      db,
      db
        .update(orders)
        .set({ status: to, version: sql`${orders.version} + 1`, updatedAt: at })
        .where(and(eq(orders.id, orderId), eq(orders.sellerId, sellerId))),
    ),
  ];
}

/** Statements recording a shipment and adding its tracking number to the lookup text. */
export function recordShipment(
  db: Db,
  sellerId: string,
  orderId: string,
  parcel: { id: string; carrier: string | null; service: string | null; trackingNumber: string | null; shippedAt: string; lines?: unknown[] },
): Statement[] {
  const out: Statement[] = [statement(db, db.insert(shipments).values({ ...parcel, sellerId, orderId, lines: parcel.lines ?? [] }))];
  if (parcel.trackingNumber) {
    out.push(
      statement(
        db,
        db
          .update(orders)
          .set({ searchText: sql`${orders.searchText} || ' ' || ${parcel.trackingNumber}` })
          .where(and(eq(orders.id, orderId), eq(orders.sellerId, sellerId))),
      ),
    );
  }
  return out;
}

/** Counts used by tests and reports: orders of a seller. */
export async function countOrders(db: Db, sellerId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(orders).where(eq(orders.sellerId, sellerId));
  return row?.n ?? 0;
}
