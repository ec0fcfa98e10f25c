/**
 * GET /v1/export: everything a seller owns as NDJSON, one resource type
 * after another, in pages resumable by cursor; a cursor forged or from
 * another seller is refused naming query.cursor.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { app } from '../../worker/app.js';
import { newSeller } from './helpers.js';
import { aBuyer, seedBook } from './privacy-helpers.js';

/** One page of the export: its records (parsed lines) and HTTP status. */
async function page(token: string, query = ''): Promise<{ status: number; type: string | null; lines: any[] }> {
  const res = await app.request(`/v1/export${query}`, { headers: { Authorization: `Bearer ${token}` } }, env);
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('Content-Type'),
    lines:
      res.status === 200
        ? text
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l))
        : [JSON.parse(text)],
  };
}

/** Every record of the seller's export, following the cursors with `limit` records a page. */
async function wholeExport(token: string, limit: number): Promise<{ records: any[]; pages: number }> {
  const records: any[] = [];
  let cursor: string | null = null;
  for (let pages = 1; ; pages++) {
    const p = await page(token, `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(p.status).toBe(200);
    const last = p.lines.at(-1);
    records.push(...p.lines.slice(0, -1));
    if (last.type === 'end') return { records, pages };
    expect(last.type).toBe('next');
    cursor = last.cursor;
  }
}

describe('GET /v1/export', () => {
  it('streams everything the seller owns, one type after another, the same across page sizes', async () => {
    const s = await newSeller();
    const { orderId, webhookSecret } = await seedBook(s, aBuyer());
    const other = await newSeller('Other Goods');
    await seedBook(other, aBuyer());

    const whole = await wholeExport(s.token, 1000);
    expect(whole.pages).toBe(1);
    const types = whole.records.map((r) => r.type);
    expect([...new Set(types)]).toEqual([
      'channel',
      'order',
      'sku',
      'location',
      'inventory_level',
      'stock_ledger_entry',
      'listing',
      'listing_component',
      'rule_set',
      'customer',
      'customer_key',
      'webhook',
      'retention_setting',
    ]);
    expect(types.filter((t) => t === 'channel')).toHaveLength(6);
    const order = whole.records.find((r) => r.type === 'order').data;
    expect(order).toMatchObject({ id: orderId, status: 'shipped', total: 2598, currency: 'USD' });
    expect(order.lines.map((l: any) => [l.sku, l.quantity])).toEqual([['MUG-BLUE', 2]]);
    expect(order.events.map((e: any) => e.kind)).toEqual(['captured', 'updated', 'transition']);
    expect(order.shipments.map((p: any) => p.trackingNumber)).toEqual(['1Z999AA10123456784']);
    expect(whole.records.filter((r) => r.type === 'webhook').map((r) => [r.data.url, r.data.events, r.data.secret])).toEqual([
      ['https://example.com/hooks', ['order.created', 'order.status_changed'], undefined],
      ['https://example.com/book', ['order.shipped'], undefined],
    ]);
    const text = JSON.stringify(whole.records);
    expect(text).not.toContain(webhookSecret);
    expect(text).not.toContain(other.id);
    for (const id of Object.values(other.channels)) expect(text).not.toContain(id);

    const paged = await wholeExport(s.token, 2);
    expect(paged.pages).toBe(Math.ceil(whole.records.length / 2) + (whole.records.length % 2 === 0 ? 1 : 0));
    expect(paged.records).toEqual(whole.records);
  });

  it('answers NDJSON, and refuses a forged cursor or another seller’s, naming query.cursor', async () => {
    const s = await newSeller();
    const other = await newSeller('Other Goods');
    const first = await page(s.token, '?limit=1');
    expect(first.type).toBe('application/x-ndjson; charset=utf-8');
    const cursor = first.lines.at(-1).cursor as string;
    for (const [token, bad] of [
      [other.token, cursor],
      [s.token, 'not-a-cursor'],
      [s.token, btoa(JSON.stringify(['secrets', '0', 'x']))],
    ] as const) {
      const res = await page(token, `?cursor=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(res.lines[0].error.issues.map((i: any) => i.path)).toEqual(['query.cursor']);
    }
  });
});
