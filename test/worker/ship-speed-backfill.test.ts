import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type Rule, WORD_MATCHING_DEFAULT_RULES } from '../../shared/schemas/rules.js';
import { deliveryPromiseOf, shipSpeedOf } from '../../shared/service-levels.js';
import { capture, queue, saveRules, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller } from './helpers.js';

/** The statement of the shipping-speed migration that starts with `marker`. */
function migrationStatement(marker: string): string {
  const found = env.TEST_MIGRATIONS.flatMap((m) => m.queries).filter((q) => q.includes(marker));
  expect(found).toHaveLength(1);
  return found[0]!;
}

const WORDS: Record<'amazon' | 'ebay' | 'etsy' | 'shopify' | 'walmart' | 'manual', string[]> = {
  amazon: ['Standard', 'Expedited', 'SecondDay', 'NextDay', 'SameDay', 'Priority', 'Scheduled', 'FreeEconomy', 'Std US D2D Dom', 'Exp UK Dom_2', 'Prime', 'Seller Fulfilled Prime', 'Free shipping'],
  ebay: [
    'USPS Ground Advantage',
    'USPS Priority Mail',
    'USPS Priority Mail Express',
    'UPS 2nd Day Air',
    'FedEx Standard Overnight',
    'Economy Shipping',
    'eBay Guaranteed Delivery',
    'USPS Priority Mail International',
    'Local pickup',
  ],
  etsy: ['Standard Shipping', 'USPS First-Class Mail', 'Express', 'Royal Mail Tracked 48'],
  shopify: ['UPS® Ground', 'FedEx 2Day®', 'Same-day delivery', 'Next-Day (Mon–Fri)', 'Colissimo', 'Free Shipping'],
  walmart: ['VALUE', 'STANDARD', 'EXPEDITED', 'TWODAY', 'ONEDAY', 'FREIGHT', 'Pickup'],
  manual: ['Overnight', 'Freight', 'Hand delivery'],
};

describe('the ship-speed migration gives stored orders their shipping speed', () => {
  it('the backfill gives every order the speed and promise capture gives it, and open orders are placed again', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 1000 });
    const batch = Object.entries(WORDS).flatMap(([kind, words]) =>
      words.map((serviceLevel) => ({ kind, serviceLevel, order: anOrder(s.channels[kind as keyof typeof WORDS], { serviceLevel, lines: [{ sku: 'MUG', quantity: 1, unitPrice: 100 }] }) })),
    );
    const ids = await capture(
      s,
      batch.map((b) => b.order),
    );
    const read = async () =>
      (
        await env.DB.prepare('SELECT id, ship_speed AS shipSpeed, delivery_promise AS deliveryPromise, version FROM orders WHERE seller_id = ?')
          .bind(s.id)
          .all<{ id: string; shipSpeed: string; deliveryPromise: string | null; version: number }>()
      ).results;
    const expected = batch.map((b, i) => ({ id: ids[i], shipSpeed: shipSpeedOf(b.kind, b.serviceLevel), deliveryPromise: deliveryPromiseOf(b.kind, b.serviceLevel) }));
    const captured = await read();
    expect(captured.map(({ version: _, ...r }) => r).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...expected].sort((a, b) => a.id.localeCompare(b.id)));
    expect((await queue(s)).counts.ready).toBe(batch.length);

    // As the orders stood before the migration: no speed, no promise.
    await env.DB.prepare("UPDATE orders SET ship_speed = 'unknown', delivery_promise = NULL WHERE seller_id = ?").bind(s.id).run();
    const before = new Map((await read()).map((r) => [r.id, r.version]));
    await env.DB.prepare(migrationStatement('-- ship-speed backfill')).run();

    const after = await read();
    expect(after.map(({ version: _, ...r }) => r).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...expected].sort((a, b) => a.id.localeCompare(b.id)));
    expect(after.every((r) => r.version === before.get(r.id)! + 1)).toBe(true);
    const q = await queue(s);
    expect(q.queue.find((e: any) => e.serviceLevel === 'TWODAY')).toMatchObject({ shipSpeed: 'two_day', deliveryPromise: 'walmart_two_day', priority: { points: 100 } });
    const fast = expected.filter((e) => e.shipSpeed === 'same_day' || e.shipSpeed === 'next_day').map((e) => e.id);
    expect(fast).toHaveLength(9);
    expect(new Set(q.queue.slice(0, 9).map((e: any) => e.orderId))).toEqual(new Set(fast));
  });

  it('a seller whose rules are the old defaults gets the new ones as a new version; changed rules stay', async () => {
    const kept = await newSeller();
    const moved = await newSeller();
    // A seller who saved the old defaults back as they were, through the API.
    await saveRules(moved, [...WORD_MATCHING_DEFAULT_RULES]);
    const changed: Rule[] = WORD_MATCHING_DEFAULT_RULES.map((r) => (r.id === 'vip-first' ? { ...r, then: [{ type: 'addPoints', points: 60 }] } : r));
    await saveRules(kept, changed);

    await env.DB.prepare(migrationStatement('-- default rules upgrade')).run();

    const now = (await call('GET', '/v1/rules', { token: moved.token })).body;
    expect(now).toMatchObject({ version: 2, rules: DEFAULT_RULES, note: 'Moved from the old defaults to the shipping-speed defaults', isDefault: false });
    const same = (await call('GET', '/v1/rules', { token: kept.token })).body;
    expect(same).toMatchObject({ version: 1, rules: changed });
  });
});
