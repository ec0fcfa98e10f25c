import { describe, expect, it } from 'vitest';
import { capture, hoursFromNow, queue, stockedSeller } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, rowCount } from './helpers.js';

const mug = [{ sku: 'MUG', quantity: 1, unitPrice: 1500 }];

describe('the queue with the default rules', () => {
  it('a mixed batch comes out VIP+next-day, late next-day, next-day, VIP, late, due soon, plain, no ship-by; unpaid held; short apart', async () => {
    const s = await stockedSeller({ MUG: 100, LAMP: 0 });
    await call('POST', '/v1/customers', { token: s.token, body: { email: 'vip@example.com', name: 'Vera Important', tags: ['VIP'] } });
    const a = s.channels.amazon;
    const vip = { buyer: { email: 'vip@example.com' } };
    const ids = await capture(s, [
      anOrder(a, { ...vip, serviceLevel: 'NextDay', shipBy: hoursFromNow(72), lines: mug }),
      anOrder(a, { serviceLevel: 'NextDay', shipBy: hoursFromNow(48), lines: mug }),
      anOrder(a, { serviceLevel: 'NextDay', shipBy: hoursFromNow(-3), lines: mug }),
      anOrder(s.channels.ebay, { ...vip, serviceLevel: 'Standard', shipBy: hoursFromNow(72), lines: mug }),
      anOrder(a, { serviceLevel: 'Standard', shipBy: hoursFromNow(-1), lines: mug }),
      anOrder(a, { serviceLevel: 'Standard', shipBy: hoursFromNow(5), lines: mug }),
      anOrder(a, { serviceLevel: 'Standard', shipBy: hoursFromNow(96), placedAt: '2026-11-19T08:00:00Z', lines: mug }),
      anOrder(a, { serviceLevel: 'Standard', lines: mug }),
      anOrder(s.channels.shopify, { status: 'pending', paymentStatus: 'pending', serviceLevel: 'Overnight', lines: mug }),
      anOrder(s.channels.shopify, { ...vip, status: 'ready', paymentStatus: 'pending', lines: mug }),
      anOrder(a, { serviceLevel: 'NextDay', lines: [{ sku: 'LAMP', quantity: 1, unitPrice: 4000 }] }),
    ]);
    const [vipNextDay, nextDay, nextDayLate, vipOnly, late, dueSoon, plain, noShipBy, unpaidPending, unpaidReady, short] = ids;
    const q = await queue(s);
    expect(q.ruleSetVersion).toBe(0);
    expect(q.counts).toEqual({ ready: 8, short: 1, held: 2 });
    expect(q.queue.map((e: any) => [e.orderId, e.priority.points, e.late, e.dueSoon])).toEqual([
      [vipNextDay, 170, false, false],
      [nextDayLate, 145, true, false],
      [nextDay, 120, false, false],
      [vipOnly, 50, false, false],
      [late, 25, true, false],
      [dueSoon, 25, false, true],
      [plain, 0, false, false],
      [noShipBy, 0, false, false],
    ]);
    expect(q.queue[0].priority.rules).toEqual([
      { ruleId: 'same-next-day-first', name: 'Same-day and next-day first', points: 120, tags: [] },
      { ruleId: 'vip-first', name: 'VIP buyers first', points: 50, tags: [] },
    ]);
    expect(q.held.map((h: any) => [h.orderId, h.status, h.reason, h.source, h.ruleId])).toEqual([
      [unpaidPending, 'pending', 'payment_not_received', 'rule', 'hold-until-paid'],
      [unpaidReady, 'ready', 'payment_not_received', 'rule', 'hold-until-paid'],
    ]);
    expect(q.short.map((e: any) => [e.orderId, e.priority.points])).toEqual([[short, 120]]);
  });

  it("a mixed batch in the marketplaces' own words queues same/next day, then two-day, then expedited, then the rest, each by ship-by", async () => {
    const s = await stockedSeller({ MUG: 100 });
    const c = s.channels;
    // [channel, the marketplace's words, hours to ship-by (null: none)], in no particular order.
    const batch: Array<[string, string, number | null]> = [
      [c.amazon, 'Standard', 30],
      [c.ebay, 'USPS Ground Advantage', 28],
      [c.shopify, 'Colissimo', 26],
      [c.walmart, 'TWODAY', 60],
      [c.ebay, 'UPS 2nd Day Air', 40],
      [c.amazon, 'SecondDay', 50],
      [c.amazon, 'NextDay', 48],
      [c.walmart, 'ONEDAY', 36],
      [c.shopify, 'Same-day delivery', 72],
      [c.etsy, 'USPS Priority Mail', 30],
      [c.amazon, 'Expedited', 45],
      [c.walmart, 'EXPEDITED', 44],
      [c.amazon, 'Prime', 70],
      [c.etsy, 'Standard Shipping', null],
    ];
    await capture(
      s,
      batch.map(([channelId, serviceLevel, hours]) => anOrder(channelId, { serviceLevel, ...(hours === null ? {} : { shipBy: hoursFromNow(hours) }), lines: mug })),
    );
    const q = await queue(s);
    expect(q.queue.map((e: any) => [e.serviceLevel, e.shipSpeed, e.deliveryPromise, e.priority.points])).toEqual([
      ['ONEDAY', 'next_day', null, 120],
      ['NextDay', 'next_day', null, 120],
      ['Same-day delivery', 'same_day', null, 120],
      ['TWODAY', 'two_day', 'walmart_two_day', 100],
      ['UPS 2nd Day Air', 'two_day', null, 80],
      ['SecondDay', 'two_day', null, 80],
      ['USPS Priority Mail', 'expedited', null, 50],
      ['EXPEDITED', 'expedited', null, 50],
      ['Expedited', 'expedited', null, 50],
      ['Prime', 'unknown', 'prime', 20],
      ['Colissimo', 'unknown', null, 0],
      ['USPS Ground Advantage', 'standard', null, 0],
      ['Standard', 'standard', null, 0],
      ['Standard Shipping', 'standard', null, 0],
    ]);
  });

  it('a payment hold lifts by itself once the order is paid, and the history says when and why', async () => {
    const s = await stockedSeller({ MUG: 10 });
    const order = anOrder(s.channels.shopify, { status: 'pending', paymentStatus: 'pending', updatedAt: '2026-11-20T10:05:00Z', lines: mug });
    const [id] = await capture(s, [order]);
    expect((await queue(s)).held.map((h: any) => h.orderId)).toEqual([id]);
    await capture(s, [{ ...order, status: 'ready', paymentStatus: 'paid', updatedAt: '2026-11-20T11:00:00Z' }]);
    const q = await queue(s);
    expect(q.queue.map((e: any) => e.orderId)).toEqual([id]);
    expect(q.held).toEqual([]);
    const detail = await call('GET', `/v1/orders/${id}`, { token: s.token });
    expect(detail.body.order.events.map((e: any) => [e.kind, e.source, e.actor, e.reason])).toEqual([
      ['captured', 'api', 'owner', null],
      ['held', 'system', 'system', 'Held by rule hold-until-paid: payment not received'],
      ['updated', 'api', 'owner', null],
      ['released', 'system', 'system', 'Released: payment received'],
    ]);
    // Reading again records nothing more.
    await queue(s);
    expect(await rowCount('order_events', s.id)).toBe(4);
  });

  it('orders without a ship-by, or far from it, are neither late nor due soon; dueSoonHours widens the window', async () => {
    const s = await stockedSeller({ MUG: 10 });
    const [id] = await capture(s, [anOrder(s.channels.amazon, { shipBy: hoursFromNow(30), lines: mug })]);
    expect((await queue(s)).queue.map((e: any) => [e.orderId, e.dueSoon])).toEqual([[id, false]]);
    expect((await queue(s, '?dueSoonHours=36')).queue.map((e: any) => [e.orderId, e.dueSoon])).toEqual([[id, true]]);
  });
});

describe('manual holds', () => {
  it('holding puts the order on hold with its reason; releasing puts it back in the queue; both are in the history', async () => {
    const s = await stockedSeller({ MUG: 10 });
    const [id] = await capture(s, [anOrder(s.channels.amazon, { lines: mug })]);
    const held = await call('POST', `/v1/orders/${id}/hold`, { token: s.token, body: { reason: 'fraud_review', note: 'card flagged' } });
    expect(held.status).toBe(200);
    expect(held.body.order.status).toBe('on_hold');
    const q = await queue(s);
    expect(q.queue).toEqual([]);
    expect(q.held).toEqual([{ orderId: id, externalId: expect.any(String), status: 'on_hold', reason: 'fraud_review', note: 'card flagged', source: 'manual', ruleId: null }]);
    const released = await call('POST', `/v1/orders/${id}/release`, { token: s.token, body: { reason: 'bank confirmed' } });
    expect(released.status).toBe(200);
    expect(released.body.order.status).toBe('ready');
    expect(released.body.order.events.slice(1).map((e: any) => [e.kind, e.fromStatus, e.toStatus, e.reason])).toEqual([
      ['held', 'ready', 'on_hold', 'On hold: fraud review (card flagged)'],
      ['released', 'on_hold', 'ready', 'Released: bank confirmed'],
    ]);
    expect((await queue(s)).queue.map((e: any) => e.orderId)).toEqual([id]);
  });

  it('holding twice, releasing an order not on hold, and holding a shipped order are 409 with the reason', async () => {
    const s = await newSeller();
    const [ready, shipped] = await capture(s, [anOrder(s.channels.amazon), anOrder(s.channels.amazon, { status: 'shipped' })]);
    const notHeld = await call('POST', `/v1/orders/${ready}/release`, { token: s.token, body: {} });
    expect([notHeld.status, notHeld.body.error.code, notHeld.body.error.message]).toEqual([409, 'not_on_hold', 'The order is ready, not on hold.']);
    await call('POST', `/v1/orders/${ready}/hold`, { token: s.token, body: { reason: 'address_check' } });
    const twice = await call('POST', `/v1/orders/${ready}/hold`, { token: s.token, body: { reason: 'address_check' } });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'already_on_hold']);
    const late = await call('POST', `/v1/orders/${shipped}/hold`, { token: s.token, body: { reason: 'other' } });
    expect([late.status, late.body.error.message]).toEqual([409, 'An order that is shipped cannot be put on hold.']);
    expect(await rowCount('order_holds', s.id)).toBe(1);
  });

  it('a hold without a known reason is refused naming the field, and changes nothing', async () => {
    const s = await newSeller();
    const [id] = await capture(s, [anOrder(s.channels.amazon)]);
    const res = await call('POST', `/v1/orders/${id}/hold`, { token: s.token, body: { reason: 'because' } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: any) => i.path)).toEqual(['reason']);
    expect(await rowCount('order_holds', s.id)).toBe(0);
    expect((await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.status).toBe('ready');
  });
});

describe('the queue keeps up with changes between reads', () => {
  it('a buyer tagged VIP, stock arriving for a short order and a new rule set each move orders on the next read', async () => {
    const s = await stockedSeller({ MUG: 10, LAMP: 0 });
    const [plain, fan, waiting] = await capture(s, [
      anOrder(s.channels.amazon, { buyer: { email: 'plain@example.com' }, placedAt: '2026-11-20T09:00:00Z', lines: mug }),
      anOrder(s.channels.amazon, { buyer: { email: 'fan@example.com' }, placedAt: '2026-11-20T10:00:00Z', lines: mug }),
      anOrder(s.channels.amazon, { buyer: { email: 'plain@example.com' }, lines: [{ sku: 'LAMP', quantity: 1, unitPrice: 100 }] }),
    ]);
    let q = await queue(s);
    expect(q.queue.map((e: any) => e.orderId)).toEqual([plain, fan]);
    expect(q.short.map((e: any) => e.orderId)).toEqual([waiting]);

    const fanRecord = (await call('GET', '/v1/customers?email=fan@example.com', { token: s.token })).body.customers[0];
    await call('PUT', `/v1/customers/${fanRecord!.id}/tags`, { token: s.token, body: { tags: ['VIP'] } });
    q = await queue(s);
    expect(q.queue.map((e: any) => [e.orderId, e.priority.points])).toEqual([
      [fan, 50],
      [plain, 0],
    ]);

    await call('PUT', '/v1/inventory/LAMP', { token: s.token, body: { onHand: 5 } });
    q = await queue(s);
    expect(q.short).toEqual([]);
    expect(q.queue.map((e: any) => e.orderId)).toEqual([fan, plain, waiting]);

    await call('PUT', '/v1/rules', { token: s.token, body: { rules: [{ id: 'lamps-first', name: 'Lamps first', when: [{ type: 'sku', in: ['LAMP'] }], then: [{ type: 'addPoints', points: 5 }] }] } });
    q = await queue(s);
    expect(q.ruleSetVersion).toBe(1);
    expect(q.queue.map((e: any) => [e.orderId, e.priority.points])).toEqual([
      [waiting, 5],
      [plain, 0],
      [fan, 0],
    ]);
  });
});

describe('the queue forgets orders that leave it', () => {
  it('an order picked or cancelled leaves the lists and the counts at once; one put back comes back on the next read', async () => {
    const s = await stockedSeller({ MUG: 10 });
    const [first, second, third] = await capture(s, [
      anOrder(s.channels.amazon, { placedAt: '2026-11-20T08:00:00Z', lines: mug }),
      anOrder(s.channels.amazon, { placedAt: '2026-11-20T09:00:00Z', lines: mug }),
      anOrder(s.channels.amazon, { placedAt: '2026-11-20T10:00:00Z', lines: mug }),
    ]);
    expect((await queue(s)).counts).toEqual({ ready: 3, short: 0, held: 0 });
    expect(await rowCount('queue_entries', s.id)).toBe(3);

    expect((await call('POST', `/v1/orders/${first}/cancel`, { token: s.token, body: { reason: 'buyer asked' } })).status).toBe(200);
    expect((await call('POST', '/v1/picklists', { token: s.token, body: { orderIds: [second] } })).status).toBe(201);
    expect(await rowCount('queue_entries', s.id)).toBe(1);
    let q = await queue(s);
    expect(q.counts).toEqual({ ready: 1, short: 0, held: 0 });
    expect(q.queue.map((e: any) => e.orderId)).toEqual([third]);

    expect((await call('POST', `/v1/orders/${second}/transitions`, { token: s.token, body: { to: 'ready' } })).status).toBe(200);
    q = await queue(s);
    expect(q.counts).toEqual({ ready: 2, short: 0, held: 0 });
    expect(q.queue.map((e: any) => e.orderId)).toEqual([second, third]);
  });

  it('a rule hold ends once its order is cancelled, on the next read, and the history says so', async () => {
    const s = await stockedSeller({ MUG: 10 });
    const [id] = await capture(s, [anOrder(s.channels.shopify, { status: 'ready', paymentStatus: 'pending', lines: mug })]);
    expect((await queue(s)).held.map((h: any) => [h.orderId, h.source])).toEqual([[id, 'rule']]);
    expect((await call('POST', `/v1/orders/${id}/cancel`, { token: s.token, body: { reason: 'buyer asked' } })).status).toBe(200);
    const q = await queue(s);
    expect(q.counts).toEqual({ ready: 0, short: 0, held: 0 });
    const detail = await call('GET', `/v1/orders/${id}`, { token: s.token });
    expect(detail.body.order.events.map((e: any) => [e.kind, e.source, e.reason])).toEqual([
      ['captured', 'api', null],
      ['held', 'system', 'Held by rule hold-until-paid: payment not received'],
      ['cancelled', 'api', 'Cancelled: buyer asked'],
      ['released', 'system', 'Released: the order left the queue'],
    ]);
    await queue(s);
    expect(await rowCount('order_events', s.id)).toBe(4);
    expect(await rowCount('queue_stale', s.id)).toBe(0);
  });
});
