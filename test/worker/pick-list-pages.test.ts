/**
 * A pick list drawn by filter reads the ready queue a page at a time: the
 * entries it walks are the queue's own, merge groups folded where their
 * best-placed member stands, whatever the page size and wherever a group's
 * members fall (earlier or later pages, held, short).
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { QueueEntry } from '../../shared/schemas/fulfillment.js';
import { database } from '../../worker/db/client.js';
import { readyEntriesWhere } from '../../worker/modules/fulfillment/pick-queue.js';
import { capture, queue, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';

const to = (name: string) => ({ name, line1: `1 ${name} St.`, city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' });
const shown = (e: QueueEntry) => [e.orderId, e.merge?.orderIds ?? null];

async function merge(s: TestSeller, orderIds: string[]): Promise<void> {
  const res = await call('POST', '/v1/orders/merge', { token: s.token, body: { orderIds } });
  if (res.status !== 201) throw new Error(`merge refused: ${res.status} ${JSON.stringify(res.body)}`);
}

describe('the ready queue read by pages for a filter', () => {
  it('lists what the whole queue lists, in its order, at every page size, and a filter takes the first that match', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 100, LAMP: 1 });
    const order = (channel: 'amazon' | 'ebay', day: number, buyer: string, sku = 'MUG', quantity = 1) =>
      anOrder(s.channels[channel], { placedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`, shipTo: to(buyer), lines: [{ sku, quantity, unitPrice: 1000 }], total: 1000 * quantity });
    const ids = await capture(s, [
      order('amazon', 1, 'Ann'),
      order('ebay', 2, 'Bob'),
      order('amazon', 3, 'Cy'),
      order('ebay', 4, 'Dee'),
      order('amazon', 5, 'Bob'),
      order('ebay', 6, 'Eve'),
      order('amazon', 7, 'Fay'),
      order('ebay', 8, 'Eve', 'LAMP', 5),
      order('amazon', 9, 'Gus'),
      order('ebay', 10, 'Gus'),
    ]);
    const [, bob1, , , bob2, eve1, , eve2, gus1, gus2] = ids;
    // Bob's orders far apart in the queue; Eve's with a short member; Gus's with a held one.
    await merge(s, [bob1!, bob2!]);
    await merge(s, [eve1!, eve2!]);
    await merge(s, [gus1!, gus2!]);
    expect((await call('POST', `/v1/orders/${gus2}/hold`, { token: s.token, body: { reason: 'address_check' } })).status).toBe(200);
    const whole = (await queue(s)).queue as QueueEntry[];
    expect(whole.find((e) => e.orderId === bob1)?.merge?.orderIds).toEqual([bob1, bob2]);
    expect(whole.some((e) => [eve1, eve2, gus1, gus2].includes(e.orderId))).toBe(false);

    const db = database(env.DB);
    for (const pageSize of [1, 2, 3, 4, 200]) {
      const all = await readyEntriesWhere(db, s.id, () => true, 100, pageSize);
      expect(all.entries.map(shown), `page size ${pageSize}`).toEqual(whole.map(shown));
      expect([...all.orderIds].sort()).toEqual(whole.flatMap((e) => e.merge?.orderIds ?? [e.orderId]).sort());
      const amazon = await readyEntriesWhere(db, s.id, (e) => e.channelId === s.channels.amazon, 2, pageSize);
      expect(amazon.entries.map(shown), `page size ${pageSize}`).toEqual(
        whole
          .filter((e) => e.channelId === s.channels.amazon)
          .slice(0, 2)
          .map(shown),
      );
    }
  }, 30_000);
});
