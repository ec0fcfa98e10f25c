/**
 * Reading the stock a change touches and writing a StockPlan (see
 * modules/stock/allocation.ts) as batch statements: the plan's guards first, so
 * the batch aborts when what was read has moved, then counter deltas,
 * reservation rows, ledger entries, line allocations and the stock webhook
 * events the change publishes (modules/stock/stock-alerts.ts). Rows travel as one
 * JSON parameter unpacked with `json_each` (D1 binds at most 100 values).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { EventSource } from '../../../shared/schemas/order.js';
import { guard, type Statement, statement } from '../../db/batch.js';
import { chunks } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import { newId } from '../../ids.js';
import { outboxStatements } from '../webhooks-out/service.js';
import type { Component, Level, LineAllocation, StockLine, StockPlan } from './allocation.js';
import type { Catalog } from './resolve-lines.js';
import { alertState, stockAlerts, stockChanges } from './stock-alerts.js';
import type { ShippedUnits } from './stock-effects.js';

/** Rows per JSON parameter. */
const CHUNK = 200;

/** A SKU as stock reads it: what short lines still need of it, and its low-stock threshold. */
export type StockSku = {
  sku: string;
  backordered: number;
  threshold: number | null;
};

/** Who made a change and when, for the ledger. */
export interface StockContext {
  at: string;
  source: EventSource;
  /** Who: the token's name, or `system`/`cron`/`webhook` when no token made the change. */
  actor: string;
}

/** The seller's SKUs among `skus`, with their backorders and every level they have. */
export async function readStock(db: Db, sellerId: string, skus: readonly string[]): Promise<{ levels: Level[]; skus: StockSku[] }> {
  const levels: Level[] = [];
  const known: StockSku[] = [];
  for (const part of chunks([...new Set(skus)], 500)) {
    const json = JSON.stringify(part);
    const [s, l] = await db.$client.batch<Record<string, unknown>>([
      statement(db, sql`SELECT sku, backordered, low_stock_threshold AS threshold FROM skus WHERE seller_id = ${sellerId} AND sku IN (SELECT value FROM json_each(${json}))`),
      statement(
        db,
        sql`SELECT sku, location, on_hand AS onHand, reserved FROM inventory_levels
                         WHERE seller_id = ${sellerId} AND sku IN (SELECT value FROM json_each(${json}))`,
      ),
    ]);
    known.push(...((s?.results ?? []) as StockSku[]));
    levels.push(...((l?.results ?? []) as unknown as Level[]));
  }
  return { levels, skus: known };
}

/**
 * Reads order lines as stock sees them, with their components and what they
 * hold. `from` yields the lines as `l`; it starts from the key list and
 * CROSS JOINs, so each key is one index probe, never a scan of the seller.
 */
async function readLines(
  db: Db,
  sellerId: string,
  from: SQL,
  where: SQL = sql`1`,
): Promise<Array<StockLine & { sku: string | null; channelSku: string | null; channelItemId: string | null; channelId: string }>> {
  const rows = await db.all<Record<string, unknown>>(sql`
    SELECT DISTINCT l.id, l.order_id, l.quantity, l.shipped_quantity, l.allocation, l.sku, l.channel_sku, l.channel_item_id, o.channel_id, o.ship_by, o.placed_at,
           (SELECT json_group_array(json_object('sku', c.sku, 'perUnit', c.per_unit)) FROM line_components c WHERE c.line_id = l.id AND +c.seller_id = l.seller_id) AS components,
           (SELECT json_group_array(json_object('sku', r.sku, 'location', r.location, 'quantity', r.quantity)) FROM reservations r WHERE r.line_id = l.id AND +r.seller_id = l.seller_id) AS held
      FROM ${from} CROSS JOIN orders o ON o.id = l.order_id AND +o.seller_id = l.seller_id
     WHERE l.seller_id = ${sellerId} AND ${where}`);
  return rows.map((r) => ({
    lineId: r.id as string,
    orderId: r.order_id as string,
    quantity: r.quantity as number,
    shipped: r.shipped_quantity as number,
    allocation: r.allocation as LineAllocation,
    components: JSON.parse(r.components as string) as Component[],
    held: JSON.parse(r.held as string) as StockLine['held'],
    shipBy: r.ship_by as string | null,
    placedAt: r.placed_at as string,
    sku: r.sku as string | null,
    channelSku: r.channel_sku as string | null,
    channelItemId: r.channel_item_id as string | null,
    channelId: r.channel_id as string,
  }));
}

/** The lines of the given orders. */
export function readOrderLines(db: Db, sellerId: string, orderIds: readonly string[]) {
  return readLines(db, sellerId, sql`json_each(${JSON.stringify(orderIds)}) k CROSS JOIN order_lines l ON l.order_id = k.value`);
}

/**
 * Lines in `allocation` that reach any of `skus` through `via`: what their
 * units consume (line_components) or what they hold (reservations).
 */
function readLinesReaching(db: Db, sellerId: string, skus: readonly string[], via: 'line_components' | 'reservations', allocation: 'short' | 'allocated') {
  return readLines(
    db,
    sellerId,
    sql`json_each(${JSON.stringify(skus)}) k CROSS JOIN ${sql.identifier(via)} v ON v.seller_id = ${sellerId} AND v.sku = k.value
        CROSS JOIN order_lines l ON l.id = v.line_id`,
    sql`l.allocation = ${allocation}`,
  );
}

/** Short lines that need any of the given SKUs: candidates when stock frees up. */
export function readShortLines(db: Db, sellerId: string, skus: readonly string[]) {
  return readLinesReaching(db, sellerId, skus, 'line_components', 'short');
}

/** Allocated lines holding any of the given SKUs: the ones `fit` may undo. */
export function readHoldingLines(db: Db, sellerId: string, skus: readonly string[]) {
  return readLinesReaching(db, sellerId, skus, 'reservations', 'allocated');
}

/**
 * Open lines of one channel listed under a channel SKU that map to nothing
 * yet, found from the index of unmapped lines (order_lines_unmapped), which
 * the literal `allocation = 'unmapped'` below lets the planner use.
 */
export function readUnmappedLines(db: Db, sellerId: string, channelId: string, channelSku: string) {
  return readLines(
    db,
    sellerId,
    sql`order_lines l`,
    // A line's SKU may name the listing where its channel SKU does not, and its ASIN a listing whose seller SKU is unknown.
    sql`l.allocation = 'unmapped' AND o.channel_id = ${channelId} AND (l.channel_sku = ${channelSku} OR l.sku = ${channelSku} OR l.channel_item_id = ${channelSku})`,
  );
}

/**
 * What resolving the given SKUs and channel SKUs needs — which SKUs exist,
 * and the channel's listings — together with the stock of every SKU they
 * may resolve to, in one round trip per 500 keys.
 */
export async function readCatalog(
  db: Db,
  sellerId: string,
  keys: { skus: readonly string[]; listings: ReadonlyArray<{ channelId: string; channelSku: string }> },
): Promise<Catalog & { stock: { levels: Level[]; skus: StockSku[] } }> {
  const skus = new Set<string>();
  const listings = new Map<string, Map<string, Component[]>>();
  const stock = { levels: [] as Level[], skus: [] as StockSku[] };
  const wanted = new Set(keys.skus);
  const parts = Math.max(Math.ceil(keys.skus.length / 500), Math.ceil(keys.listings.length / 500));
  for (let i = 0; i < parts; i++) {
    const skuJson = JSON.stringify(keys.skus.slice(i * 500, (i + 1) * 500));
    const keyJson = JSON.stringify(keys.listings.slice(i * 500, (i + 1) * 500).map((k) => [k.channelId, k.channelSku]));
    const listed = sql`json_each(${keyJson}) k
        CROSS JOIN listing_components c ON c.seller_id = ${sellerId} AND c.channel_id = k.value->>0 AND c.channel_sku = k.value->>1`;
    const candidates = sql`SELECT value FROM json_each(${skuJson}) UNION SELECT c.sku FROM ${listed}`;
    const [known, found, levels] = await db.$client.batch<Record<string, unknown>>([
      statement(db, sql`SELECT sku, backordered, low_stock_threshold AS threshold FROM skus WHERE seller_id = ${sellerId} AND sku IN (${candidates})`),
      statement(db, sql`SELECT c.channel_id AS channelId, c.channel_sku AS channelSku, c.sku, c.quantity FROM ${listed} ORDER BY c.sku`),
      statement(db, sql`SELECT sku, location, on_hand AS onHand, reserved FROM inventory_levels WHERE seller_id = ${sellerId} AND sku IN (${candidates})`),
    ]);
    for (const r of (known?.results ?? []) as StockSku[]) {
      stock.skus.push(r);
      if (wanted.has(r.sku)) skus.add(r.sku);
    }
    for (const r of (found?.results ?? []) as Array<{ channelId: string; channelSku: string; sku: string; quantity: number }>) {
      const byChannel = listings.get(r.channelId) ?? new Map<string, Component[]>();
      listings.set(r.channelId, byChannel);
      byChannel.set(r.channelSku, [...(byChannel.get(r.channelSku) ?? []), { sku: r.sku, perUnit: r.quantity }]);
    }
    stock.levels.push(...((levels?.results ?? []) as unknown as Level[]));
  }
  return { skus, listings, stock };
}

/**
 * Guards that abort the batch when any of `rows`, read a chunk at a time from
 * their JSON as `g`, is found by `broken` (what follows the json_each).
 */
function rowGuards(db: Db, rows: readonly unknown[], broken: SQL): Statement[] {
  return chunks(rows, CHUNK).map((part) => guard(db, sql`NOT EXISTS (SELECT 1 FROM json_each(${JSON.stringify(part)}) g ${broken})`));
}

/** The guards of a plan: put them before every other statement of the batch. */
export function stockGuards(db: Db, sellerId: string, plan: StockPlan): Statement[] {
  return [
    ...rowGuards(
      db,
      plan.guards.fit,
      sql`LEFT JOIN inventory_levels v ON v.seller_id = ${sellerId} AND v.sku = g.value->>'sku' AND v.location = g.value->>'location'
       WHERE coalesce(v.on_hand, 0) + (g.value->>'onHandDelta') < coalesce(v.reserved, 0) + (g.value->>'reservedDelta')
          OR coalesce(v.on_hand, 0) + (g.value->>'onHandDelta') < 0`,
    ),
    ...rowGuards(
      db,
      plan.guards.short,
      sql`WHERE (SELECT coalesce(sum(v.on_hand - v.reserved), 0) FROM inventory_levels v
               WHERE v.seller_id = ${sellerId} AND v.sku = g.value->>'sku') > g.value->>'available'`,
    ),
    ...rowGuards(
      db,
      plan.guards.freed,
      sql`LEFT JOIN skus s ON s.seller_id = ${sellerId} AND s.sku = g.value->>'sku'
       WHERE coalesce(s.backordered, 0) != g.value->>'backordered'`,
    ),
    ...alertGuards(db, sellerId, plan),
    ...rowGuards(
      db,
      plan.lines.map((l) => ({ id: l.lineId, ...l.was })),
      sql`LEFT JOIN order_lines l ON l.id = g.value->>'id' AND l.seller_id = ${sellerId}
       WHERE l.id IS NULL OR l.allocation != g.value->>'allocation' OR l.shipped_quantity != g.value->>'shipped'`,
    ),
  ];
}

/**
 * Guards that keep the plan's stock events (modules/stock/stock-alerts.ts) true to
 * what the batch really does: the events were decided on the totals as
 * read, so for each SKU whose totals change the batch aborts unless, just
 * before its writes, the SKU still stands where it stood when read (oversold
 * or not, low or not, same threshold), the plan's deltas still take it where
 * the plan said, and, for a SKU that publishes an event, its totals are
 * exactly as read (so the event's numbers are the real ones). A concurrent
 * change that leaves those alone does not make the batch retry. The
 * checks restate shared/risk.ts `isOversold` and `isBelowThreshold` in SQL.
 */
function alertGuards(db: Db, sellerId: string, plan: StockPlan): Statement[] {
  const publishing = new Set(stockAlerts(plan.skus).map((e) => e.data.sku));
  const bit = (b: boolean) => (b ? 1 : 0);
  const rows = plan.skus.map((c) => {
    const was = alertState(c.before, c.threshold);
    const now = alertState(c.after, c.threshold);
    return {
      sku: c.sku,
      threshold: c.threshold,
      onHandDelta: c.after.onHand - c.before.onHand,
      reservedDelta: c.after.reserved - c.before.reserved,
      backorderedDelta: c.after.backordered - c.before.backordered,
      wasOversold: bit(was.oversold),
      wasLow: bit(was.low),
      nowOversold: bit(now.oversold),
      nowLow: bit(now.low),
      exact: bit(publishing.has(c.sku)),
      ...c.before,
    };
  });
  return chunks(rows, CHUNK).map((part) =>
    guard(
      db,
      sql`NOT EXISTS (
      SELECT 1 FROM (
        SELECT g.value AS e, coalesce(sum(v.on_hand), 0) AS on_hand, coalesce(sum(v.reserved), 0) AS reserved,
               coalesce(s.backordered, 0) AS backordered, s.low_stock_threshold AS threshold
          FROM json_each(${JSON.stringify(part)}) g
          LEFT JOIN skus s ON s.seller_id = ${sellerId} AND s.sku = g.value->>'sku'
          LEFT JOIN inventory_levels v ON v.seller_id = ${sellerId} AND v.sku = g.value->>'sku'
         GROUP BY g.key
      ) t
       WHERE threshold IS NOT e->>'threshold'
          OR (e->>'exact' = 1 AND (on_hand != e->>'onHand' OR reserved != e->>'reserved' OR backordered != e->>'backordered'))
          OR (reserved + backordered > on_hand) != e->>'wasOversold'
          OR (threshold IS NOT NULL AND max(0, on_hand - reserved) < threshold) != e->>'wasLow'
          OR (reserved + (e->>'reservedDelta') + backordered + (e->>'backorderedDelta') > on_hand + (e->>'onHandDelta')) != e->>'nowOversold'
          OR (threshold IS NOT NULL AND max(0, on_hand + (e->>'onHandDelta') - reserved - (e->>'reservedDelta')) < threshold) != e->>'nowLow')`,
    ),
  );
}

/**
 * The writes of a plan: put them after the order writes of the same batch.
 * They end with the plan's stock events (inventory.low, inventory.oversold)
 * in the webhook outbox, so every stock change publishes its own.
 */
export function stockWrites(db: Db, sellerId: string, plan: StockPlan, ctx: StockContext): Statement[] {
  const out: Statement[] = [];
  for (const part of chunks(plan.levels, CHUNK)) {
    const json = JSON.stringify(part);
    // New levels start at zero and take their deltas like the others (a CHECK would refuse a negative delta as a row).
    out.push(
      statement(
        db,
        sql`INSERT INTO inventory_levels (seller_id, sku, location, on_hand, reserved, updated_at)
      SELECT ${sellerId}, g.value->>'sku', g.value->>'location', 0, 0, ${ctx.at} FROM json_each(${json}) g WHERE true
      ON CONFLICT DO NOTHING`,
      ),
    );
    // Row-value IN probes the (seller, sku, location) key per row; the deltas come from the same JSON.
    const delta = (field: string) => sql`(SELECT g.value->>${field} FROM json_each(${json}) g
                                           WHERE g.value->>'sku' = inventory_levels.sku AND g.value->>'location' = inventory_levels.location)`;
    out.push(
      statement(
        db,
        sql`UPDATE inventory_levels
         SET on_hand = on_hand + ${delta('onHandDelta')}, reserved = reserved + ${delta('reservedDelta')}, updated_at = ${ctx.at}
       WHERE seller_id = ${sellerId} AND (sku, location) IN (SELECT g.value->>'sku', g.value->>'location' FROM json_each(${json}) g)`,
      ),
    );
  }
  for (const part of chunks(plan.backordered, CHUNK)) {
    const json = JSON.stringify(part);
    out.push(
      statement(
        db,
        sql`UPDATE skus SET backordered = backordered + (SELECT g.value->>'delta' FROM json_each(${json}) g WHERE g.value->>'sku' = skus.sku)
       WHERE seller_id = ${sellerId} AND sku IN (SELECT g.value->>'sku' FROM json_each(${json}) g)`,
      ),
    );
  }
  for (const part of chunks(plan.held, CHUNK)) {
    const json = JSON.stringify(part);
    const match = sql`g.value->>'lineId' = reservations.line_id AND g.value->>'sku' = reservations.sku AND g.value->>'location' = reservations.location`;
    out.push(
      statement(
        db,
        sql`DELETE FROM reservations WHERE +seller_id = ${sellerId}
      AND (line_id, sku, location, -quantity) IN (SELECT g.value->>'lineId', g.value->>'sku', g.value->>'location', g.value->>'delta' FROM json_each(${json}) g)`,
      ),
    );
    out.push(
      statement(
        db,
        sql`UPDATE reservations SET quantity = quantity + (g.value->>'delta')
        FROM json_each(${json}) g WHERE +reservations.seller_id = ${sellerId} AND ${match}`,
      ),
    );
    out.push(
      statement(
        db,
        sql`INSERT INTO reservations (seller_id, line_id, order_id, sku, location, quantity)
      SELECT ${sellerId}, g.value->>'lineId', g.value->>'orderId', g.value->>'sku', g.value->>'location', g.value->>'delta'
        FROM json_each(${json}) g
       WHERE (g.value->>'delta') > 0
         AND NOT EXISTS (SELECT 1 FROM reservations r WHERE r.line_id = g.value->>'lineId' AND +r.seller_id = ${sellerId} AND r.sku = g.value->>'sku' AND r.location = g.value->>'location')`,
      ),
    );
  }
  for (const part of chunks(plan.moves, CHUNK)) {
    const rows = part.map((m) => ({ ...m, id: newId('stk') }));
    out.push(
      statement(
        db,
        sql`INSERT INTO inventory_ledger (id, seller_id, sku, location, on_hand_delta, reserved_delta, reason, note, order_id, line_id, source, actor, at)
      SELECT g.value->>'id', ${sellerId}, g.value->>'sku', g.value->>'location', g.value->>'onHandDelta', g.value->>'reservedDelta',
             g.value->>'reason', g.value->>'note', g.value->>'orderId', g.value->>'lineId', ${ctx.source}, ${ctx.actor}, ${ctx.at}
        FROM json_each(${JSON.stringify(rows)}) g`,
      ),
    );
  }
  for (const part of chunks(plan.lines, CHUNK)) {
    out.push(
      statement(
        db,
        sql`UPDATE order_lines SET allocation = g.value->>'allocation', shipped_quantity = g.value->>'shipped'
        FROM json_each(${JSON.stringify(part.map((l) => ({ id: l.lineId, allocation: l.allocation, shipped: l.shipped })))}) g
       WHERE order_lines.id = g.value->>'id' AND +order_lines.seller_id = ${sellerId}`,
      ),
    );
  }
  for (const part of chunks(plan.closedLines, 500)) {
    out.push(statement(db, sql`DELETE FROM line_components WHERE +seller_id = ${sellerId} AND line_id IN (SELECT value FROM json_each(${JSON.stringify(part)}))`));
  }
  for (const part of chunks(plan.newComponents, CHUNK)) {
    out.push(
      statement(
        db,
        sql`INSERT INTO line_components (seller_id, line_id, order_id, sku, per_unit)
      SELECT ${sellerId}, g.value->>'lineId', g.value->>'orderId', g.value->>'sku', g.value->>'perUnit' FROM json_each(${JSON.stringify(part)}) g`,
      ),
    );
  }
  out.push(...outboxStatements(db, sellerId, [...stockChanges(plan.skus), ...stockAlerts(plan.skus)], ctx.at));
  return out;
}

/** Units each line of an order shipped and has not had restocked, per SKU and location, from the ledger. */
export async function readShippedUnits(db: Db, sellerId: string, orderId: string): Promise<ShippedUnits[]> {
  return db.all<ShippedUnits>(sql`
    SELECT line_id AS lineId, order_id AS orderId, sku, location, -sum(on_hand_delta) AS quantity
      FROM inventory_ledger
     WHERE order_id = ${orderId} AND +seller_id = ${sellerId} AND line_id IS NOT NULL AND reason IN ('shipped', 'restocked')
     GROUP BY line_id, sku, location
    HAVING -sum(on_hand_delta) > 0`);
}
