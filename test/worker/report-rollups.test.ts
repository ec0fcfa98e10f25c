/**
 * Reports from daily rollups, on real D1: every write shows in the next
 * report (read from the orders of the day it marked dirty), and the same
 * figures come back once the cron has rolled the day up; over random books,
 * windows cut mid-day and rollups of some days only, the reports equal the
 * direct computation over the window's orders (report-reference.ts).
 */
import { env } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { GrossSalesFigure, SalesGroup } from '../../shared/schemas/reports.js';
import { database } from '../../worker/db/client.js';
import { rollUpDays } from '../../worker/modules/reports/rollups.js';
import { bestSellers, netOfRefunds, totalsOf } from '../../worker/modules/reports/routes.js';
import { fulfillmentFigures, salesFigures } from '../../worker/modules/reports/service.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';
import { plansOf } from './query-plans.js';
import { dirtyReportDays, rollUpReports } from './report-helpers.js';
import * as reference from './report-reference.js';

const ok = <T extends { status: number; body: unknown }>(res: T): T => {
  if (res.status >= 300) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
  return res;
};

/**
 * Reads reports with a day dirty (from the orders), rolls everything up,
 * reads them again (from the rollups), and answers the figures, which must match.
 */
async function bothWays(s: TestSeller, dirtyDay: string, ...paths: string[]): Promise<Array<Record<string, any>>> {
  expect(await dirtyReportDays(s.id)).toContain(dirtyDay);
  const read = () => Promise.all(paths.map(async (path) => ok(await call('GET', path as '/v1/reports/sales', { token: s.token })).body as Record<string, any>));
  const live = await read();
  await rollUpReports();
  expect(await dirtyReportDays(s.id)).toEqual([]);
  expect(await read()).toEqual(live);
  return live;
}

const TODAY = () => new Date().toISOString().slice(0, 10);

describe('every write shows in the next report, before and after the rollup', () => {
  test('capture, ship, cancel, refund and erase each change (or keep) the figures at once', { timeout: 60_000 }, async () => {
    const s = await newSeller();
    const a = s.channels.amazon;
    const SEPT = '/v1/reports/sales?from=2026-09-01&to=2026-09-30&groupBy=day&top=0';
    const FULFILLMENT = '/v1/reports/fulfillment?from=2026-09-01&to=2026-09-30&asOf=2026-09-11T10:00:00Z';
    const buyer = { name: 'Rae Buyer', email: 'rae@example.com' };
    const captured = ok(
      await call('POST', '/v1/orders', {
        token: s.token,
        body: {
          orders: [
            anOrder(a, { externalId: 'W-1', placedAt: '2026-09-10T10:00:00Z', updatedAt: '2026-09-10T10:00:00Z', total: 2000, buyer, lines: [{ sku: 'MUG', quantity: 2, unitPrice: 1000 }] }),
            anOrder(a, { externalId: 'W-2', placedAt: '2026-09-10T11:00:00Z', updatedAt: '2026-09-10T11:00:00Z', total: 700, lines: [{ sku: 'TEA', quantity: 1, unitPrice: 700 }] }),
          ],
        },
      }),
    );
    const [w1, w2] = captured.body.results.map((r: { id: string }) => r.id) as [string, string];
    // One group of a sales report: a day's or a month's figures in USD, every order priced.
    const group = (key: string, orders: number, units: number, revenue: number, refunded = 0) => ({
      key,
      currency: 'USD',
      orders,
      units,
      revenue,
      unpricedOrders: 0,
      refunded,
      net: revenue - refunded,
    });

    // Capture.
    expect((await bothWays(s, '2026-09-10', SEPT))[0]!.groups).toEqual([group('2026-09-10', 2, 3, 2700)]);

    // Ship: W-1 leaves the open orders and has a ship time.
    const lineId = ok(await call('GET', `/v1/orders/${w1}`, { token: s.token })).body.order.lines[0]!.id;
    ok(await call('POST', `/v1/orders/${w1}/shipments`, { token: s.token, body: { carrier: 'UPS', trackingNumber: '1ZROLLUP', lines: [{ lineId, quantity: 2 }] } }));
    const shipped = (await bothWays(s, '2026-09-10', FULFILLMENT))[0]!.overall;
    expect([shipped.orders, shipped.shipped, shipped.open]).toEqual([2, 1, { under_1d: 1, '1_2d': 0, '2_3d': 0, '3_7d': 0, over_7d: 0 }]);

    // Refund: counted on the day the money went back (today), not on the order's day.
    ok(await call('POST', `/v1/orders/${w2}/refunds`, { token: s.token, body: { amount: 300, reason: 'late' } }));
    const REFUNDS = `/v1/reports/sales?from=2026-09-01&to=${TODAY()}&groupBy=month&top=0`;
    expect((await bothWays(s, TODAY(), REFUNDS))[0]!.groups).toEqual([group('2026-09', 2, 3, 2700, 0), group(TODAY().slice(0, 7), 0, 0, 0, 300)]);

    // Cancel: W-2 is no sale, and its refund leaves the report with it.
    ok(await call('POST', `/v1/orders/${w2}/cancel`, { token: s.token, body: {} }));
    expect(await dirtyReportDays(s.id)).toEqual(['2026-09-10', TODAY()]);
    const [refunds, bySku, fulfillment] = await bothWays(s, TODAY(), REFUNDS, SEPT.replace('groupBy=day', 'groupBy=sku'), FULFILLMENT);
    expect(refunds!.groups).toEqual([group('2026-09', 1, 2, 2000, 0)]);
    expect(bySku!.groups).toEqual([{ key: 'MUG', currency: 'USD', orders: 1, units: 2, revenue: 2000, unpricedOrders: 0, refunded: null, net: null }]);
    expect([fulfillment!.overall.orders, fulfillment!.overall.open]).toEqual([2, { under_1d: 0, '1_2d': 0, '2_3d': 0, '3_7d': 0, over_7d: 0 }]);

    // Erase: the buyer's data goes, the figures stay.
    const before = ok(await call('GET', SEPT, { token: s.token })).body;
    ok(await call('POST', '/v1/customers/erase', { token: s.token, body: { email: buyer.email } }));
    expect(ok(await call('GET', SEPT, { token: s.token })).body).toEqual(before);
    await rollUpReports();
    expect(ok(await call('GET', SEPT, { token: s.token })).body).toEqual(before);
  });

  test('a report reads the rollups and the open orders by index, never the window’s orders', { timeout: 30_000 }, async () => {
    const s = await newSeller();
    // One day of the year dirty: the rest is read from the rollups.
    ok(await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon, { placedAt: '2026-05-05T10:00:00Z', updatedAt: '2026-05-05T10:00:00Z' }) }));
    const scope = { sellerId: s.id, from: '2026-01-01T00:00:00.000Z', to: '2026-12-31T12:00:00.000Z' };
    const plans = await plansOf(async (db) => {
      await fulfillmentFigures(db, scope, '2026-12-31T00:00:00.000Z');
      await salesFigures(db, scope, 'sku', undefined, true);
    });
    const text = plans.flat().join('\n');
    expect(text).toContain('SEARCH o USING INDEX orders_seller_status_placed (seller_id=? AND status=? AND placed_at>? AND placed_at<?)');
    expect(text).toMatch(/SEARCH x USING (COVERING )?INDEX report_fulfillment_days_seller_day \(seller_id=\? AND day>\? AND day<\?\)/);
    expect(text).toMatch(/SEARCH x USING COVERING INDEX report_sku_days_seller_day \(seller_id=\? AND day>\? AND day<\?\)/);
    expect(text).toMatch(/SEARCH o USING (COVERING )?INDEX orders_seller_placed \(seller_id=\? AND placed_at>\? AND placed_at<\?\)/);
    expect(text).not.toMatch(/SCAN (o|orders|x)\b/);
  });
});

describe('the migration rolls existing books up', () => {
  test('every day with orders or refunds is dirty after the backfill, and the cron rolls each up to the same figures', { timeout: 60_000 }, async () => {
    const s = await newSeller();
    const a = s.channels.amazon;
    const refund = { refunds: [{ externalId: 're_b', amount: 400, at: '2026-08-20T09:00:00Z' }], updatedAt: '2026-08-20T09:00:00Z' };
    const order = anOrder(a, { externalId: 'B-1', placedAt: '2026-08-03T10:00:00Z', updatedAt: '2026-08-03T10:00:00Z', status: 'shipped', total: 2500 });
    ok(await call('POST', '/v1/orders', { token: s.token, body: { orders: [order, anOrder(a, { placedAt: '2026-08-04T23:59:59Z', updatedAt: '2026-08-04T23:59:59Z' }), { ...order, ...refund }] } }));
    const AUGUST = '/v1/reports/sales?from=2026-08-01&to=2026-08-31&groupBy=day&top=3';
    const before = ok(await call('GET', AUGUST, { token: s.token })).body;
    // A book from before the rollups: no marks, no rows; the migration's backfill statements mark its days.
    await env.DB.prepare('DELETE FROM report_dirty_days WHERE seller_id = ?').bind(s.id).run();
    const backfill = env.TEST_MIGRATIONS.flatMap((m) => m.queries).filter((q) => q.includes('INSERT OR IGNORE INTO report_dirty_days'));
    expect(backfill).toHaveLength(2);
    for (const q of backfill) await env.DB.prepare(q).run();
    expect(await dirtyReportDays(s.id)).toEqual(['2026-08-03', '2026-08-04', '2026-08-20']);
    await rollUpReports();
    expect(await dirtyReportDays(s.id)).toEqual([]);
    expect(ok(await call('GET', AUGUST, { token: s.token })).body).toEqual(before);
    expect(before.groups.map((g) => [g.key, g.refunded])).toEqual([
      ['2026-08-03', 0],
      ['2026-08-04', 0],
      ['2026-08-20', 400],
    ]);
  });
});

/** One generated order: placed `minute` minutes into the book's week, with what happened to it. */
interface BookOrder {
  minute: number;
  channel: number;
  status: 'pending' | 'ready' | 'on_hold' | 'cancelled' | 'shipped' | 'delivered' | 'partially_shipped';
  currency: 'USD' | 'EUR';
  total: number | null;
  speed: 'standard' | 'expedited' | 'next_day';
  lines: Array<{ sku: string | null; quantity: number; unitPrice: number | null }>;
  /** Ship time: in 18-second steps after placing (so hours often end on a rounding tie), by a parcel or by a status event; null: none known. */
  shipped: { steps: number; by: 'shipment' | 'event' } | null;
  shipByHours: number | null;
  refund: { amount: number; minute: number } | null;
}

const WEEK_MINUTES = 7 * 24 * 60;
const BASE = Date.parse('2026-06-01T00:00:00.000Z');
const at = (minute: number) => new Date(BASE + minute * 60_000).toISOString();

const bookOrder: fc.Arbitrary<BookOrder> = fc.record({
  minute: fc.integer({ min: 0, max: WEEK_MINUTES - 1 }),
  channel: fc.integer({ min: 0, max: 2 }),
  status: fc.constantFrom('pending', 'ready', 'on_hold', 'cancelled', 'shipped', 'delivered', 'partially_shipped'),
  currency: fc.constantFrom('USD', 'EUR'),
  total: fc.option(fc.integer({ min: 0, max: 50_000 }), { freq: 5 }),
  speed: fc.constantFrom('standard', 'expedited', 'next_day'),
  lines: fc.array(
    fc.record({ sku: fc.option(fc.constantFrom('MUG', 'CUP', 'TEA'), { freq: 6 }), quantity: fc.integer({ min: 1, max: 4 }), unitPrice: fc.option(fc.integer({ min: 0, max: 9_000 }), { freq: 6 }) }),
    {
      maxLength: 3,
    },
  ),
  shipped: fc.option(fc.record({ steps: fc.integer({ min: 0, max: 30_000 }), by: fc.constantFrom('shipment', 'event') }), { freq: 3 }),
  shipByHours: fc.option(fc.integer({ min: 0, max: 72 }), { freq: 2 }),
  refund: fc.option(fc.record({ amount: fc.integer({ min: 1, max: 5_000 }), minute: fc.integer({ min: 0, max: WEEK_MINUTES + 2_000 }) }), { freq: 4 }),
});

/** Writes the orders straight to D1 (the triggers mark their days); answers their ids. */
async function writeBook(s: TestSeller, orders: readonly BookOrder[]): Promise<string[]> {
  const channels = [s.channels.amazon, s.channels.ebay, s.channels.shopify];
  const statements: D1PreparedStatement[] = [];
  const ids = orders.map((_, i) => `ord_${s.id}_${i}`);
  orders.forEach((o, i) => {
    const id = ids[i]!;
    const placed = at(o.minute);
    statements.push(
      env.DB.prepare(
        `INSERT INTO orders (id, seller_id, channel_id, external_id, status, placed_at, source_updated_at, currency, total, total_unknown, service_level, ship_speed, ship_by, payment_status, search_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Std', ?, ?, 'paid', '')`,
      ).bind(
        id,
        s.id,
        channels[o.channel]!,
        `X-${i}`,
        o.status,
        placed,
        placed,
        o.currency,
        o.total ?? 0,
        o.total === null ? 1 : 0,
        o.speed,
        o.shipByHours === null ? null : at(o.minute + o.shipByHours * 60),
      ),
    );
    for (const [n, l] of o.lines.entries()) {
      statements.push(
        env.DB.prepare('INSERT INTO order_lines (id, seller_id, order_id, line_no, sku, channel_sku, quantity, unit_price, unit_price_unknown) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').bind(
          `${id}_l${n}`,
          s.id,
          id,
          n + 1,
          l.sku,
          l.sku ? null : n % 2 ? 'CH-SKU' : null,
          l.quantity,
          l.unitPrice ?? 0,
          l.unitPrice === null ? 1 : 0,
        ),
      );
    }
    if (o.shipped) {
      const shippedAt = new Date(BASE + o.minute * 60_000 + o.shipped.steps * 18_000).toISOString();
      statements.push(
        o.shipped.by === 'shipment'
          ? env.DB.prepare('INSERT INTO shipments (id, seller_id, order_id, shipped_at) VALUES (?, ?, ?, ?)').bind(`${id}_s`, s.id, id, shippedAt)
          : env.DB.prepare("INSERT INTO order_events (id, seller_id, order_id, at, source, kind, from_status, to_status, changes) VALUES (?, ?, ?, ?, 'api', 'moved', 'ready', 'shipped', '{}')").bind(
              `${id}_e`,
              s.id,
              id,
              shippedAt,
            ),
      );
    }
    if (o.refund) {
      statements.push(
        env.DB.prepare("INSERT INTO order_refunds (id, seller_id, order_id, amount, currency, lines, source, refunded_at) VALUES (?, ?, ?, ?, ?, '[]', 'api', ?)").bind(
          `${id}_r`,
          s.id,
          id,
          o.refund.amount,
          o.currency,
          at(o.refund.minute),
        ),
      );
    }
  });
  await env.DB.batch(statements);
  return ids;
}

/** The sales report as the route answered before the rollups, from the direct computation. */
async function referenceSales(scope: reference.ReportScope, groupBy: SalesGroup, currency: string | undefined, top: number) {
  const db = database(env.DB);
  const range = { from: scope.from, to: scope.to };
  const skuFigures = (rows: readonly GrossSalesFigure[]) => rows.map((r) => ({ ...r, refunded: null, net: null }));
  const skus = await reference.salesBySku(db, scope, currency, undefined);
  if (groupBy === 'sku') {
    const [totals, refunds] = await Promise.all([reference.salesTotals(db, scope, currency), reference.refundsByGroup(db, scope, 'currency', currency)]);
    return { ...range, groupBy, groups: skuFigures(skus), totals: netOfRefunds(totals, refunds), topSkus: skuFigures(bestSellers(skus, top)) };
  }
  const [sales, refunds] = await Promise.all([reference.salesByGroup(db, scope, groupBy, currency), reference.refundsByGroup(db, scope, groupBy, currency)]);
  const groups = netOfRefunds(sales, refunds);
  // Top SKUs by the route's own order: the SQL's LIMIT leaves ties between currencies of one SKU in no set order.
  return { ...range, groupBy, groups, totals: totalsOf(groups), topSkus: skuFigures(bestSellers(skus, top)) };
}

describe('rollups and dirty days together equal the direct computation', () => {
  test('over random books, random rolled-up days, later writes and windows cut mid-day', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(bookOrder, { minLength: 1, maxLength: 25 }),
        fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 9 }),
        fc.array(fc.record({ order: fc.nat(), to: fc.constantFrom('cancelled', 'shipped', 'ready') }), { maxLength: 3 }),
        fc.array(
          fc.record({
            fromMinute: fc.oneof(
              fc.integer({ min: -1_500, max: WEEK_MINUTES }),
              fc.integer({ min: -1, max: 7 }).map((d) => d * 1440),
            ),
            minutes: fc.oneof(
              fc.integer({ min: 1, max: WEEK_MINUTES + 3_000 }),
              fc.integer({ min: 1, max: 8 }).map((d) => d * 1440),
            ),
            groupBy: fc.constantFrom<SalesGroup>('day', 'week', 'month', 'channel', 'sku'),
            channel: fc.option(fc.integer({ min: 0, max: 2 }), { freq: 3 }),
            currency: fc.option(fc.constantFrom('USD', 'EUR'), { freq: 3 }),
            top: fc.integer({ min: 0, max: 4 }),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        async (orders, rolledDays, laterMoves, windows) => {
          const s = await newSeller('Random Book');
          const ids = await writeBook(s, orders);
          // Some days rolled up (as a cron step would), then writes that make some of them dirty again.
          const db = database(env.DB);
          const marks = await env.DB.prepare('SELECT day, marks FROM report_dirty_days WHERE seller_id = ?').bind(s.id).all<{ day: string; marks: number }>();
          const chosen = new Set(rolledDays.map((d) => at(d * 1440).slice(0, 10)));
          const toRoll = marks.results.filter((m) => chosen.has(m.day));
          if (toRoll.length) await rollUpDays(db, s.id, toRoll);
          for (const move of laterMoves)
            await env.DB.prepare('UPDATE orders SET status = ? WHERE id = ?')
              .bind(move.to, ids[move.order % ids.length]!)
              .run();
          const channels = [s.channels.amazon, s.channels.ebay, s.channels.shopify];
          for (const w of windows) {
            const scope = { sellerId: s.id, from: at(w.fromMinute), to: at(w.fromMinute + w.minutes), channelId: w.channel === null ? undefined : channels[w.channel] };
            const query = new URLSearchParams({ from: scope.from, to: scope.to, groupBy: w.groupBy, top: String(w.top) });
            if (scope.channelId) query.set('channelId', scope.channelId);
            if (w.currency) query.set('currency', w.currency);
            const answer = ok(await call('GET', `/v1/reports/sales?${query}` as '/v1/reports/sales', { token: s.token })).body;
            expect(answer, `sales ${query}`).toEqual(await referenceSales(scope, w.groupBy, w.currency ?? undefined, w.top));
            const asOf = at(WEEK_MINUTES / 2);
            expect(await fulfillmentFigures(db, scope, asOf), `fulfillment ${query}`).toEqual(await reference.fulfillmentFigures(db, scope, asOf));
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 240_000);
});
