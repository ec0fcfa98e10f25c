/**
 * GET /v1/exports/orders.csv: the exact file (quoting, formula guard,
 * decimals), the list's filters, every order exactly once across pages.
 */
import { env } from 'cloudflare:test';
import { describe, expect, test } from 'vitest';
import { app } from '../../worker/app.js';
import { anOrder, call, captureOrders, newSeller } from './helpers.js';
import { importFile } from './import-helpers.js';

const HEADER =
  'order_id,channel_id,channel_kind,order_number,status,channel_status,placed_at,updated_at,currency,order_total,payment_status,service_level,ship_by,buyer_name,buyer_email,ship_name,ship_line1,ship_line2,ship_city,ship_region,ship_postal_code,ship_country,line_no,sku,channel_sku,title,quantity,unit_price,shipped_quantity';

async function exportCsv(token: string, query = ''): Promise<{ status: number; type: string | null; bytes: Uint8Array; text: string }> {
  const res = await app.request(`/v1/exports/orders.csv${query}`, { headers: { Authorization: `Bearer ${token}` } }, env);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('Content-Type'), bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe('GET /v1/exports/orders.csv', () => {
  test('one row per line, newest first, quoted where needed, with formula-like text defused', async () => {
    const s = await newSeller();
    const captured = await call('POST', '/v1/orders', {
      token: s.token,
      body: {
        orders: [
          anOrder(s.channels.amazon, {
            externalId: '111-1',
            placedAt: '2026-10-01T10:00:00Z',
            total: 2598,
            buyer: { name: '=HYPERLINK("http://evil")', email: 'a@example.com' },
            lines: [{ sku: 'MUG', title: 'Mug, "Matte"\nblack', quantity: 2, unitPrice: 1299 }],
            shipTo: { name: 'Ann Lee', line1: '1 Main St', city: 'Austin', region: 'TX', postalCode: '78701', country: 'US' },
          }),
          anOrder(s.channels.shopify, {
            externalId: '#1002',
            placedAt: '2026-10-02T10:00:00Z',
            currency: 'JPY',
            total: 1200,
            status: 'pending',
            paymentStatus: 'pending',
            channelStatus: '-pending',
            buyer: { name: '@handle' },
            lines: [
              { sku: '+SKU', quantity: 1, unitPrice: 1000 },
              { channelSku: '9002', title: 'Tea, green', quantity: 1, unitPrice: 200 },
            ],
          }),
        ],
      },
    });
    const [amz, shop] = captured.body.results.map((r: { id: string }) => r.id);
    const res = await exportCsv(s.token);
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/csv; charset=utf-8');
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [updatedShop, updatedAmz] = await Promise.all([shop, amz].map(async (id) => (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.updatedAt));
    expect(res.text).toBe(
      `\uFEFF${HEADER}\r\n` +
        `${shop},${s.channels.shopify},shopify,#1002,pending,'-pending,2026-10-02T10:00:00.000Z,${updatedShop},JPY,1200,pending,Standard,,'@handle,,,,,,,,,1,'+SKU,,,1,1000,0\r\n` +
        `${shop},${s.channels.shopify},shopify,#1002,pending,'-pending,2026-10-02T10:00:00.000Z,${updatedShop},JPY,1200,pending,Standard,,'@handle,,,,,,,,,2,,9002,"Tea, green",1,200,0\r\n` +
        `${amz},${s.channels.amazon},amazon,111-1,ready,Unshipped,2026-10-01T10:00:00.000Z,${updatedAmz},USD,25.98,paid,Standard,,"'=HYPERLINK(""http://evil"")",a@example.com,Ann Lee,1 Main St,,Austin,TX,78701,US,1,MUG,,"Mug, ""Matte""\nblack",2,12.99,0\r\n`,
    );
  });

  test('filters by status, channel and placed range like the order list', async () => {
    const s = await newSeller();
    await captureOrders(s, [
      anOrder(s.channels.amazon, { externalId: 'E-1', placedAt: '2026-10-01T00:00:00Z' }),
      anOrder(s.channels.amazon, { externalId: 'E-2', placedAt: '2026-10-02T00:00:00Z', status: 'shipped' }),
      anOrder(s.channels.ebay, { externalId: 'E-3', placedAt: '2026-10-03T00:00:00Z' }),
    ]);
    const numbers = async (query: string) =>
      (await exportCsv(s.token, query)).text
        .trim()
        .split('\r\n')
        .slice(1)
        .map((r) => r.split(',')[3]);
    expect(await numbers('')).toEqual(['E-3', 'E-2', 'E-1']);
    expect(await numbers('?status=shipped')).toEqual(['E-2']);
    expect(await numbers(`?status=ready,shipped&channelId=${s.channels.amazon}`)).toEqual(['E-2', 'E-1']);
    expect(await numbers('?placedFrom=2026-10-02T00:00:00Z&placedTo=2026-10-03T00:00:00Z')).toEqual(['E-2']);
    const bad = await call('GET', '/v1/exports/orders.csv?status=lost', { token: s.token });
    expect([bad.status, bad.body.error.issues[0]!.path]).toEqual([400, 'query.status.0']);
  });

  test('1,200 orders stream out across pages, each exactly once; another seller gets only the header', async () => {
    const s = await newSeller();
    const header = 'amazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tship-service-level\tproduct-name\tsku\tquantity\tcurrency\titem-price';
    const rows = Array.from(
      { length: 1200 },
      (_, i) => `300-${String(i).padStart(7, '0')}-0000001\t2026-10-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00Z\t2026-10-29T00:00:00Z\tShipped\tStandard\tMug\tMUG\t1\tUSD\t10.00`,
    );
    expect((await importFile(s.token, { format: 'amazon-all-orders', channelId: s.channels.amazon }, [header, ...rows].join('\n'))).body.created).toBe(1200);
    const lines = (await exportCsv(s.token)).text.trim().split('\r\n').slice(1);
    expect(lines).toHaveLength(1200);
    expect(new Set(lines.map((l) => l.split(',')[0])).size).toBe(1200);
    const other = await newSeller('Other Goods');
    expect((await exportCsv(other.token)).text).toBe(`\uFEFF${HEADER}\r\n`);
  });
});
