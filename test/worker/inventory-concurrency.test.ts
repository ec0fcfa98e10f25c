import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { anOrder, call, newSeller } from './helpers.js';
import { expectBalancedBooks, list, stock, totals } from './inventory-helpers.js';

const lineCounts = async (sellerId: string) =>
  (await env.DB.prepare(`SELECT allocation, count(*) AS n FROM order_lines WHERE seller_id = ? GROUP BY allocation ORDER BY allocation`).bind(sellerId).all<{ allocation: string; n: number }>())
    .results;

describe('concurrent captures never allocate the same unit twice', () => {
  // 50 captures racing through workerd: seconds on a loaded 2-core machine, not a hang.
  it('10 units, 50 one-unit orders captured in parallel: 10 allocated, 40 short, nothing left', async () => {
    const s = await newSeller();
    await stock(s, { 'MUG-BLUE': 10 });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon, { lines: [{ sku: 'MUG-BLUE', quantity: 1, unitPrice: 1299 }] }) })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    expect(await lineCounts(s.id)).toEqual([
      { allocation: 'allocated', n: 10 },
      { allocation: 'short', n: 40 },
    ]);
    expect(await totals(s, 'MUG-BLUE')).toEqual({ onHand: 10, reserved: 10, available: 0, backordered: 40 });
    await expectBalancedBooks(s.id);
  }, 30_000);

  it('a kit sharing its SKU with a single listing, 50 in parallel: 10 allocated between them, 40 short', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 10, LID: 30 });
    await list(s, s.channels.ebay, 'MUG-SINGLE', [['MUG', 1]]);
    await list(s, s.channels.ebay, 'MUG-KIT', [
      ['MUG', 1],
      ['LID', 1],
    ]);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call('POST', '/v1/orders', {
          token: s.token,
          body: anOrder(s.channels.ebay, { lines: [{ channelSku: i % 2 ? 'MUG-KIT' : 'MUG-SINGLE', quantity: 1, unitPrice: 1299 }] }),
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    expect(await lineCounts(s.id)).toEqual([
      { allocation: 'allocated', n: 10 },
      { allocation: 'short', n: 40 },
    ]);
    const kits = (await env.DB.prepare(`SELECT count(*) AS n FROM order_lines WHERE seller_id = ? AND allocation = 'allocated' AND channel_sku = 'MUG-KIT'`).bind(s.id).first<{ n: number }>())!.n;
    expect(await totals(s, 'MUG')).toEqual({ onHand: 10, reserved: 10, available: 0, backordered: 40 });
    expect(await totals(s, 'LID')).toEqual({ onHand: 30, reserved: kits, available: 30 - kits, backordered: 25 - kits });
    await expectBalancedBooks(s.id);
  }, 30_000);
});
