import { describe, expect, it } from 'vitest';
import { capture, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, rowCount } from './helpers.js';

describe('pick lists', () => {
  it('units are gathered per SKU and location with the orders needing them, and the orders move to in_progress', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 10, LAMP: 10 });
    const [one, two] = await capture(s, [
      anOrder(s.channels.amazon, {
        externalId: 'A-1',
        lines: [
          { sku: 'MUG', quantity: 2, unitPrice: 100 },
          { sku: 'LAMP', quantity: 1, unitPrice: 100 },
        ],
      }),
      anOrder(s.channels.ebay, { externalId: 'E-2', lines: [{ sku: 'MUG', quantity: 3, unitPrice: 100 }] }),
    ]);
    const res = await call('POST', '/v1/picklists', { token: s.token, body: { orderIds: [one, two] } });
    expect(res.status).toBe(201);
    const list = res.body.pickList;
    expect(list.items.map((i) => [i.location, i.sku, i.units, i.orders.map((o) => [o.externalId, o.units])])).toEqual([
      ['default', 'LAMP', 1, [['A-1', 1]]],
      [
        'default',
        'MUG',
        5,
        [
          ['A-1', 2],
          ['E-2', 3],
        ],
      ],
    ]);
    for (const id of [one, two]) {
      const order = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order;
      expect(order.status).toBe('in_progress');
      expect(order.events.at(-1)!.reason).toBe(`On pick list ${list.id}`);
    }
    const again = await call('GET', `/v1/picklists/${list.id}`, { token: s.token });
    expect(again.body.pickList).toEqual(list);
    const csv = await call<'GET', string, string>('GET', `/v1/picklists/${list.id}.csv`, { token: s.token });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\r\n')).toEqual([
      'location,sku,units_total,order,order_id,line_id,units',
      `default,LAMP,1,A-1,${one},${list.items[0]!.orders[0]!.lineId},1`,
      `default,MUG,5,A-1,${one},${list.items[1]!.orders[0]!.lineId},2`,
      `default,MUG,5,E-2,${two},${list.items[1]!.orders[1]!.lineId},3`,
      '',
    ]);
  });

  it('the printable page escapes every text it shows', async () => {
    const s = await newSeller();
    await stockUp(s, { '<b>MUG</b>': 5 });
    const [id] = await capture(s, [anOrder(s.channels.amazon, { externalId: '<script>alert(1)</script>', lines: [{ sku: '<b>MUG</b>', quantity: 1, unitPrice: 100 }] })]);
    const made = await call('POST', '/v1/picklists', { token: s.token, body: { orderIds: [id] } });
    const page = await call('GET', `/v1/picklists/${made.body.pickList.id}.html`, { token: s.token });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &times; 1');
    expect(page.body).toContain('<td class="sku">&lt;b&gt;MUG&lt;/b&gt;</td>');
    expect(page.body).not.toContain('<script>');
  });

  it('a filter takes the best of the queue; held or short orders named by id are 409 with the reason, and nothing changes', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 3, LAMP: 0 });
    const [standard, prime, unpaid, short] = await capture(s, [
      anOrder(s.channels.amazon, { lines: [{ sku: 'MUG', quantity: 1, unitPrice: 100 }] }),
      anOrder(s.channels.amazon, { serviceLevel: 'Prime', lines: [{ sku: 'MUG', quantity: 1, unitPrice: 100 }] }),
      anOrder(s.channels.amazon, { paymentStatus: 'pending', lines: [{ sku: 'MUG', quantity: 1, unitPrice: 100 }] }),
      anOrder(s.channels.amazon, { lines: [{ sku: 'LAMP', quantity: 1, unitPrice: 100 }] }),
    ]);
    const refused = await call('POST', '/v1/picklists', { token: s.token, body: { orderIds: [standard, unpaid, short] } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.issues).toEqual([
      { path: 'orderIds.1', message: `Order ${unpaid} is on hold (payment not received).` },
      { path: 'orderIds.2', message: `Order ${short} is short of stock.` },
    ]);
    expect(await rowCount('pick_lists', s.id)).toBe(0);
    const top = await call('POST', '/v1/picklists', { token: s.token, body: { filter: { limit: 1 } } });
    expect(top.body.pickList.orderIds).toEqual([prime]);
    const missing = await call('GET', '/v1/picklists/pck_nope.html', { token: s.token });
    expect(missing.status).toBe(404);
  });

  it('a filter by unified speed picks the next- and same-day orders of every marketplace, and nothing else', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 10 });
    const mug = [{ sku: 'MUG', quantity: 1, unitPrice: 100 }];
    const [nextDay, , oneDay, , sameDay] = await capture(s, [
      anOrder(s.channels.amazon, { serviceLevel: 'NextDay', lines: mug }),
      anOrder(s.channels.amazon, { serviceLevel: 'SecondDay', lines: mug }),
      anOrder(s.channels.walmart, { serviceLevel: 'ONEDAY', lines: mug }),
      anOrder(s.channels.ebay, { serviceLevel: 'USPS Ground Advantage', lines: mug }),
      anOrder(s.channels.shopify, { serviceLevel: 'Same-day delivery', lines: mug }),
    ]);
    const res = await call('POST', '/v1/picklists', { token: s.token, body: { filter: { shipSpeed: ['same_day', 'next_day'] } } });
    expect(res.status).toBe(201);
    expect(new Set(res.body.pickList.orderIds)).toEqual(new Set([nextDay, oneDay, sameDay]));
    const bad = await call('POST', '/v1/picklists', { token: s.token, body: { filter: { shipSpeed: ['overnight'] } } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error.issues)).toContain('filter.shipSpeed.0');
  });
});
