import { describe, expect, test } from 'vitest';
import { decodeText, importOrders } from '../../../shared/imports/index.js';
import { AMAZON_ALL_ORDERS_HEADER, AMAZON_UNSHIPPED_LEADING_COLUMNS, amazonAllOrdersRow } from './amazon-rows.js';
import { collect, expectImported, fixture, fixtureOrders, randomChunks, streamOf } from './helpers.js';

const opts = { format: 'amazon-all-orders', channelId: 'ch_amz' } as const;

// Order 113-1111111-1111111's total is 39.98 + 3.20 + 5.00 + 0.40 − 2.00 (promotion) + 15.00 + 1.20;
// the Pending order has no prices yet, so its total and unit prices are unknown and the book keeps any it has.
const ALL_ORDERS = fixtureOrders('amazon-all-orders/all-orders.txt');

describe('Amazon All Orders report', () => {
  test('imports every order with its items, totals, statuses and FBA orders (BOM, CRLF, blank lines)', async () => {
    const { orders, errors, batches } = await collect(importOrders([fixture('amazon-all-orders/all-orders.txt')], opts));
    expect(errors).toEqual([]);
    expect(orders).toEqual(ALL_ORDERS);
    expect(batches).toHaveLength(1);
  });

  test('the same file fed in small random chunks gives the same orders', async () => {
    const text = fixture('amazon-all-orders/all-orders.txt');
    for (const seed of [1, 2, 3, 4, 5]) {
      await expectImported(streamOf(randomChunks(text, seed)), opts, ALL_ORDERS);
    }
  });

  test('format=auto recognises the report', async () => {
    const { orders } = await collect(importOrders([fixture('amazon-all-orders/all-orders.txt')], { ...opts, format: 'auto' }));
    expect(orders).toEqual(ALL_ORDERS);
  });

  test('an order with a bad row is rejected whole, naming line and column, while good orders import', async () => {
    const text = [
      AMAZON_ALL_ORDERS_HEADER,
      amazonAllOrdersRow('111-0000001-0000001'),
      amazonAllOrdersRow('111-0000002-0000002'),
      amazonAllOrdersRow('111-0000002-0000002', { quantity: 'two' }),
      amazonAllOrdersRow('111-0000003-0000003', { date: 'yesterday' }),
      amazonAllOrdersRow('111-0000004-0000004', { status: 'Teleported' }),
      amazonAllOrdersRow('111-0000005-0000005', { status: 'Cancelled', quantity: '0', price: '' }),
      amazonAllOrdersRow('111-0000006-0000006', { price: '-50.00' }),
      amazonAllOrdersRow('111-0000007-0000007'),
    ].join('\n');
    const { orders, errors } = await collect(importOrders([text], opts));
    expect(orders.map((o) => o.externalId)).toEqual(['111-0000001-0000001', '111-0000007-0000007']);
    expect(errors).toEqual([
      { line: 4, column: 'quantity', message: '"two" is not a whole number of at least 0', externalId: '111-0000002-0000002' },
      { line: 5, column: 'purchase-date', message: '"yesterday" is not a date', externalId: '111-0000003-0000003' },
      { line: 6, column: 'order-status', message: '"Teleported" is not an Amazon order status', externalId: '111-0000004-0000004' },
      {
        line: 7,
        column: 'quantity',
        externalId: '111-0000005-0000005',
        message: 'no item has a quantity above 0 (Amazon lists cancelled items with 0), and an order needs at least one line',
      },
      { line: 8, column: 'item-price', message: 'total: Too small: expected number to be >=0', externalId: '111-0000006-0000006' },
      { line: 8, column: 'item-price', message: 'lines.0.unitPrice: Too small: expected number to be >=0', externalId: '111-0000006-0000006' },
    ]);
  });

  test('a Windows-1252 file (EU download) reads accented names right', async () => {
    const text = `${AMAZON_ALL_ORDERS_HEADER}\n${amazonAllOrdersRow('302-1234567-1234567', { city: 'M\u00fcnchen Caf\u00e9' })}\n`;
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    expect(bytes.includes(0xfc) && bytes.includes(0xe9)).toBe(true);
    const { orders } = await collect(importOrders(decodeText(streamOf([bytes.subarray(0, 400), bytes.subarray(400)])), opts));
    expect(orders.map((o) => o.shipTo?.city)).toEqual(['München Café']);
  });

  test('an order whose rows are split apart is imported once and the stray rows are reported', async () => {
    const text = [AMAZON_ALL_ORDERS_HEADER, amazonAllOrdersRow('111-0000001-0000001'), amazonAllOrdersRow('111-0000002-0000002'), amazonAllOrdersRow('111-0000001-0000001')].join('\n');
    const { orders, errors } = await collect(importOrders([text], opts));
    expect(orders.map((o) => o.externalId)).toEqual(['111-0000001-0000001', '111-0000002-0000002']);
    expect(errors).toEqual([{ line: 4, message: 'rows of order 111-0000001-0000001 are not next to its earlier rows; these rows were not imported', externalId: '111-0000001-0000001' }]);
  });

  test('a file that is not an All Orders report is refused whole, quoting its first row', async () => {
    const batches = [];
    for await (const batch of importOrders(['Name,Total\n#1,3\n'], opts)) batches.push(batch);
    expect(batches).toEqual([
      {
        orders: [],
        errors: [],
        refused: {
          code: 'unknown_layout',
          message:
            'no header row of an Amazon All Orders report (columns amazon-order-id, purchase-date, order-status, quantity) found in the first rows; the first row at line 1 reads "Name", "Total"',
        },
      },
    ]);
  });

  test('100,000 rows stream through in batches of 500, holding one order at a time', async () => {
    const ROWS = 100_000;
    let produced = 0;
    async function* generated() {
      yield `${AMAZON_ALL_ORDERS_HEADER}\n`;
      let chunk = '';
      for (let i = 0; i < ROWS; i++) {
        // Two items per order: 50,000 orders.
        chunk += `${amazonAllOrdersRow(`111-${String(Math.floor(i / 2)).padStart(7, '0')}-0000000`)}\n`;
        if (chunk.length > 60_000) {
          produced = i + 1;
          yield chunk;
          chunk = '';
        }
      }
      produced = ROWS;
      yield chunk;
    }
    const started = Date.now();
    let orders = 0;
    let batches = 0;
    let mostRowsAhead = 0;
    for await (const batch of importOrders(generated(), opts)) {
      batches++;
      orders += batch.orders.length;
      expect(batch.errors).toEqual([]);
      expect(batch.orders.length).toBeLessThanOrEqual(500);
      // Rows read from the stream but not yet handed out as orders: what the driver holds.
      mostRowsAhead = Math.max(mostRowsAhead, produced - orders * 2);
    }
    expect(orders).toBe(50_000);
    expect(batches).toBe(100);
    // One batch (1,000 rows) plus one 60 KB chunk (~330 rows) at most: memory does not grow with the file.
    expect(mostRowsAhead).toBeLessThan(1_500);
    // A bound against a quadratic turn, not a speed goal (bench:import has that): 5–13 s on a loaded two-core CI machine.
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 45_000);
});

describe('Amazon Unshipped / New Orders report', () => {
  test('imports ship-to, buyer, promise date as ship-by, Prime from is-prime, and zero prices in the default currency', async () => {
    // "Invalid Request" in buyer-email is not an address: left out, the order still imports.
    await expectImported(
      streamOf(randomChunks(fixture('amazon-unshipped/unshipped.txt'), 9)),
      { format: 'auto', channelId: 'ch_amz', defaultCurrency: 'USD' },
      fixtureOrders('amazon-unshipped/unshipped.txt'),
    );
  });

  test('without a default currency the unshipped report cannot be imported, and says why', async () => {
    const { orders, errors } = await collect(importOrders([fixture('amazon-unshipped/unshipped.txt')], { format: 'amazon-unshipped', channelId: 'ch_amz' }));
    expect(orders).toEqual([]);
    expect(errors[0]).toEqual({
      line: 2,
      column: 'currency',
      message: 'the file has no currency column and no default currency was given',
      externalId: '112-5555555-5555555',
    });
  });

  test('the legacy New Orders report imports with its prices', async () => {
    const header = [
      ...AMAZON_UNSHIPPED_LEADING_COLUMNS,
      'currency',
      'item-price',
      'item-tax',
      'shipping-price',
      'shipping-tax',
      'ship-service-level',
      'recipient-name',
      'ship-address-1',
      'ship-address-2',
      'ship-address-3',
      'ship-city',
      'ship-state',
      'ship-postal-code',
      'ship-country',
      'ship-phone-number',
      'item-promotion-discount',
      'item-promotion-id',
      'ship-promotion-discount',
      'ship-promotion-id',
      'delivery-start-date',
      'delivery-end-date',
      'delivery-time-zone',
      'delivery-Instructions',
      'sales-channel',
    ];
    const line = [
      '026-1111111-2222222',
      '55555',
      '2026-10-03T09:00:00+01:00',
      '2026-10-03T09:01:00+01:00',
      'x9@marketplace.amazon.co.uk',
      'Ann Lee',
      '',
      'MUG-1',
      'Mug',
      '2',
      'GBP',
      '17.00',
      '0.00',
      '3.99',
      '0.00',
      'Std UK Dom_1',
      'Ann Lee',
      '3 Mill Lane',
      '',
      '',
      'Leeds',
      'West Yorkshire',
      'LS1 4AP',
      'GB',
      '0113 496 0000',
      '-1.00',
      'PROMO',
      '0.00',
      '',
      '',
      '',
      '',
      '',
      'Amazon.co.uk',
    ];
    await expectImported([`${header.join('\t')}\n${line.join('\t')}\n`], { format: 'auto', channelId: 'ch_uk' }, [
      {
        channelId: 'ch_uk',
        externalId: '026-1111111-2222222',
        status: 'ready',
        channelStatus: 'Unshipped',
        placedAt: '2026-10-03T08:00:00.000Z',
        currency: 'GBP',
        total: 1999,
        buyer: { name: 'Ann Lee', email: 'x9@marketplace.amazon.co.uk' },
        serviceLevel: 'Std UK Dom_1',
        paymentStatus: 'paid',
        lines: [{ sku: 'MUG-1', channelSku: 'MUG-1', channelLineId: '55555', title: 'Mug', quantity: 2, unitPrice: 850 }],
        shipTo: { name: 'Ann Lee', line1: '3 Mill Lane', city: 'Leeds', region: 'West Yorkshire', postalCode: 'LS1 4AP', country: 'GB', phone: '0113 496 0000' },
      },
    ]);
  });
});
