import { describe, expect, it } from 'vitest';
import type { Rule, RuleCondition } from '../../shared/schemas/rules.js';
import { capture, hoursFromNow, queue, saveRules, stockUp } from './fulfillment-helpers.js';
import { anOrder, call, newSeller, rowCount } from './helpers.js';

describe('the rule set', () => {
  it('a new seller gets the defaults as version 0', async () => {
    const s = await newSeller();
    const res = await call('GET', '/v1/rules', { token: s.token });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(0);
    expect(res.body.isDefault).toBe(true);
    expect(res.body.rules.map((r: Rule) => r.id)).toEqual([
      'hold-until-paid',
      'hold-blocked-buyers',
      'same-next-day-first',
      'two-day-next',
      'expedited-next',
      'promised-delivery-ahead',
      'vip-first',
      'nearest-ship-by-first',
    ]);
  });

  it('saving twice makes versions 1 and 2, and the history lists them newest first', async () => {
    const s = await newSeller();
    const one: Rule = { id: 'ebay-first', name: 'eBay first', when: [{ type: 'channel', in: ['ebay'] }], then: [{ type: 'addPoints', points: 5 }] };
    const put1 = await call('PUT', '/v1/rules', { token: s.token, body: { rules: [one], note: 'try eBay' } });
    expect(put1.status).toBe(201);
    expect(put1.body.version).toBe(1);
    const put2 = await call('PUT', '/v1/rules', { token: s.token, body: { rules: [{ ...one, id: 'ebay-more' }] } });
    expect(put2.body.version).toBe(2);
    const current = await call('GET', '/v1/rules', { token: s.token });
    expect(current.body.rules[0]!.id).toBe('ebay-more');
    const history = await call('GET', '/v1/rules/history', { token: s.token });
    expect(history.body.versions.map((v: { version: number; note: string | null }) => [v.version, v.note])).toEqual([
      [2, null],
      [1, 'try eBay'],
      [0, null],
    ]);
  });
});

describe('bad rules are refused with the field, and nothing changes', () => {
  const ok: Rule = { id: 'a', name: 'A', when: [{ type: 'channel', in: ['ebay'] }], then: [{ type: 'addPoints', points: 1 }] };
  const cases: Array<[string, unknown, string, RegExp]> = [
    ['an unknown field on a rule', { rules: [{ ...ok, colour: 'red' }] }, 'rules.0', /colour/],
    ['an unknown field on a condition', { rules: [{ ...ok, when: [{ type: 'channel', in: ['ebay'], maybe: true }] }] }, 'rules.0.when.0', /maybe/],
    ['an unknown condition type', { rules: [{ ...ok, when: [{ type: 'moonPhase', in: ['full'] }] }] }, 'rules.0.when.0.type', /./],
    ['points that are not a number', { rules: [{ ...ok, then: [{ type: 'addPoints', points: 'lots' }] }] }, 'rules.0.then.0.points', /number/],
    ['an empty rule list', { rules: [] }, 'rules', /at least one rule/],
    ['a rule without conditions', { rules: [{ ...ok, when: [] }] }, 'rules.0.when', /at least one condition/],
    ['a rule without actions', { rules: [{ ...ok, then: [] }] }, 'rules.0.then', /at least one action/],
    ['an unknown hold reason', { rules: [{ ...ok, then: [{ type: 'hold', reason: 'bad vibes' }] }] }, 'rules.0.then.0.reason', /./],
    ['a rule that both holds and releases', { rules: [{ ...ok, then: [{ type: 'hold', reason: 'fraud_review' }, { type: 'release' }] }] }, 'rules.0.then.1', /both hold and release/],
    ['two rules with one id', { rules: [ok, ok] }, 'rules.1.id', /duplicate rule id "a"/],
    ['a rule needing the tag it adds itself', { rules: [{ ...ok, when: [{ type: 'orderTag', in: ['rush'] }], then: [{ type: 'tag', tag: 'rush' }] }] }, 'rules.0.when.0', /cyclic.*a → a/],
    [
      'two rules needing each other’s tags',
      {
        rules: [
          { id: 'x', name: 'X', when: [{ type: 'orderTag', in: ['from-y'] }], then: [{ type: 'tag', tag: 'from-x' }] },
          { id: 'y', name: 'Y', when: [{ type: 'orderTag', in: ['from-x'] }], then: [{ type: 'tag', tag: 'from-y' }] },
        ],
      },
      'rules.1.when.0',
      /cyclic.*x → y → x/,
    ],
    ['a total condition without bounds', { rules: [{ ...ok, when: [{ type: 'orderTotal' }] }] }, 'rules.0.when.0.min', /min, max or both/],
  ];
  for (const [what, body, path, message] of cases) {
    it(`${what} → 400 at ${path}`, async () => {
      const s = await newSeller();
      const res = await call('PUT', '/v1/rules', { token: s.token, body });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_input');
      const issue = res.body.error.issues.find((i: { path: string }) => i.path === path);
      expect(issue, JSON.stringify(res.body.error.issues)).toBeDefined();
      expect(issue!.message).toMatch(message);
      expect(await rowCount('rule_sets', s.id)).toBe(0);
      expect((await call('GET', '/v1/rules', { token: s.token })).body.version).toBe(0);
    });
  }
});

describe('each condition picks the orders it names', () => {
  const base = { placedAt: '2026-11-20T10:00:00Z', lines: [{ sku: 'MUG', quantity: 1, unitPrice: 1000 }], total: 1000 };
  const cases: Array<[string, RuleCondition, (ch: Record<string, string>) => [Partial<ReturnType<typeof anOrder>>, Partial<ReturnType<typeof anOrder>>]]> = [
    ['channel kind', { type: 'channel', in: ['ebay'] }, (ch) => [{ channelId: ch.ebay }, { channelId: ch.amazon }]],
    ['service level, any case', { type: 'serviceLevel', in: ['expedited'] }, () => [{ serviceLevel: 'Expedited' }, { serviceLevel: 'Standard' }]],
    [
      'unified speed, whatever the marketplace called it',
      { type: 'shipSpeed', in: ['two_day'] },
      (ch) => [
        { channelId: ch.walmart, serviceLevel: 'TWODAY' },
        { channelId: ch.amazon, serviceLevel: 'Expedited' },
      ],
    ],
    [
      'any delivery promise',
      { type: 'deliveryPromise' },
      (ch) => [
        { channelId: ch.ebay, serviceLevel: 'eBay Guaranteed Delivery' },
        { channelId: ch.ebay, serviceLevel: 'UPS Next Day Air' },
      ],
    ],
    [
      'a named delivery promise',
      { type: 'deliveryPromise', in: ['prime'] },
      (ch) => [
        { channelId: ch.amazon, deliveryPromise: 'prime' },
        { channelId: ch.walmart, serviceLevel: 'TwoDay' },
      ],
    ],
    ['order total between bounds', { type: 'orderTotal', currency: 'USD', min: 5000, max: 10000 }, () => [{ total: 7500 }, { total: 4999 }]],
    ['ship-by within 6 hours', { type: 'shipByWithinHours', hours: 6 }, () => [{ shipBy: hoursFromNow(5) }, { shipBy: hoursFromNow(30) }]],
    ['payment status', { type: 'paymentStatus', in: ['partially_refunded'] }, () => [{ paymentStatus: 'partially_refunded' }, { paymentStatus: 'paid' }]],
    ['destination country', { type: 'destinationCountry', in: ['CA'] }, () => [{ shipTo: { country: 'CA' } }, { shipTo: { country: 'US' } }]],
    [
      'a SKU on any line',
      { type: 'sku', in: ['LAMP'] },
      () => [
        {
          lines: [
            { sku: 'MUG', quantity: 1, unitPrice: 500 },
            { sku: 'LAMP', quantity: 1, unitPrice: 500 },
          ],
        },
        { lines: [{ sku: 'MUG', quantity: 1, unitPrice: 1000 }] },
      ],
    ],
    [
      'line count',
      { type: 'lineCount', min: 2 },
      () => [
        {
          lines: [
            { sku: 'MUG', quantity: 1, unitPrice: 500 },
            { sku: 'LAMP', quantity: 1, unitPrice: 500 },
          ],
        },
        { lines: [{ sku: 'MUG', quantity: 3, unitPrice: 333 }] },
      ],
    ],
    ['buyer tag', { type: 'buyerTag', in: ['VIP'] }, () => [{ buyer: { email: 'vip@example.com' } }, { buyer: { email: 'someone@example.com' } }]],
    ['negated: not eBay', { type: 'channel', in: ['ebay'], not: true }, (ch) => [{ channelId: ch.amazon }, { channelId: ch.ebay }]],
  ];
  for (const [what, condition, make] of cases) {
    it(`${what}: the matching order gets 10 points and the tag, the other none`, async () => {
      const s = await newSeller();
      await stockUp(s, { MUG: 100, LAMP: 100 });
      await call('POST', '/v1/customers', { token: s.token, body: { email: 'vip@example.com', tags: ['VIP'] } });
      await saveRules(s, [
        {
          id: 'under-test',
          name: what,
          when: [condition],
          then: [
            { type: 'addPoints', points: 10 },
            { type: 'tag', tag: 'hit' },
          ],
        },
      ]);
      const [yes, no] = make(s.channels);
      const [yesId, noId] = await capture(s, [anOrder(s.channels.amazon, { ...base, ...yes }), anOrder(s.channels.amazon, { ...base, ...no })]);
      const q = await queue(s);
      expect(q.queue.map((e: any) => [e.orderId, e.priority.points, e.tags])).toEqual([
        [yesId, 10, ['hit']],
        [noId, 0, []],
      ]);
      expect(q.queue[0].priority.rules).toEqual([{ ruleId: 'under-test', name: what, points: 10, tags: ['hit'] }]);
    });
  }
});

describe('each action does what it says', () => {
  it('points add up over every matching rule, and a negative number takes points away', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 10 });
    await saveRules(s, [
      { id: 'usd', name: 'USD', when: [{ type: 'orderTotal', currency: 'USD', min: 0 }], then: [{ type: 'addPoints', points: 30 }] },
      { id: 'amazon', name: 'Amazon', when: [{ type: 'channel', in: ['amazon'] }], then: [{ type: 'addPoints', points: 12 }] },
      { id: 'big', name: 'Big orders later', when: [{ type: 'orderTotal', min: 100000 }], then: [{ type: 'addPoints', points: -50 }] },
    ]);
    const [small, big] = await capture(s, [
      anOrder(s.channels.amazon, { total: 1000, lines: [{ sku: 'MUG', quantity: 1, unitPrice: 1000 }] }),
      anOrder(s.channels.amazon, { total: 200000, lines: [{ sku: 'MUG', quantity: 1, unitPrice: 200000 }] }),
    ]);
    const q = await queue(s);
    expect(q.queue.map((e: any) => [e.orderId, e.priority.points])).toEqual([
      [small, 42],
      [big, -8],
    ]);
    expect(q.queue[1].priority.rules.map((r: any) => [r.ruleId, r.points])).toEqual([
      ['usd', 30],
      ['amazon', 12],
      ['big', -50],
    ]);
  });

  it('a tag feeds a later condition, even when the tagging rule is listed after it', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 10 });
    await saveRules(s, [
      { id: 'rush-points', name: 'Rush orders first', when: [{ type: 'orderTag', in: ['rush'] }], then: [{ type: 'addPoints', points: 70 }] },
      { id: 'nextday-is-rush', name: 'NextDay is rush', when: [{ type: 'serviceLevel', in: ['NextDay'] }], then: [{ type: 'tag', tag: 'rush' }] },
    ]);
    const [id] = await capture(s, [anOrder(s.channels.amazon, { serviceLevel: 'NextDay', lines: [{ sku: 'MUG', quantity: 1, unitPrice: 100 }] })]);
    const [entry] = (await queue(s)).queue;
    expect(entry.orderId).toBe(id);
    expect(entry.tags).toEqual(['rush']);
    expect(entry.priority.rules.map((r: any) => r.ruleId)).toEqual(['nextday-is-rush', 'rush-points']);
    expect(entry.priority.points).toBe(70);
  });

  it('a hold keeps the order out of the queue and shows its reason and rule', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 10 });
    await saveRules(s, [
      { id: 'check-canada', name: 'Check Canadian addresses', when: [{ type: 'destinationCountry', in: ['CA'] }], then: [{ type: 'hold', reason: 'address_check', note: 'postcode format' }] },
    ]);
    const [ca, us] = await capture(s, [
      anOrder(s.channels.amazon, { shipTo: { country: 'CA' }, lines: [{ sku: 'MUG', quantity: 1, unitPrice: 100 }] }),
      anOrder(s.channels.amazon, { shipTo: { country: 'US' }, lines: [{ sku: 'MUG', quantity: 1, unitPrice: 100 }] }),
    ]);
    const q = await queue(s);
    expect(q.queue.map((e: any) => e.orderId)).toEqual([us]);
    expect(q.held).toEqual([{ orderId: ca, externalId: expect.any(String), status: 'ready', reason: 'address_check', note: 'postcode format', source: 'rule', ruleId: 'check-canada' }]);
  });

  it('a release lifts the holds other rules placed, whichever comes first in the list', async () => {
    const s = await newSeller();
    await stockUp(s, { MUG: 10 });
    await call('POST', '/v1/customers', { token: s.token, body: { email: 'trusted@example.com', tags: ['trusted'] } });
    await saveRules(s, [
      { id: 'trusted-ship-unpaid', name: 'Trusted buyers ship before payment clears', when: [{ type: 'buyerTag', in: ['trusted'] }], then: [{ type: 'release', reason: 'payment_not_received' }] },
      { id: 'hold-unpaid', name: 'Hold until paid', when: [{ type: 'paymentStatus', in: ['pending'] }], then: [{ type: 'hold', reason: 'payment_not_received' }] },
    ]);
    const unpaid = { paymentStatus: 'pending' as const, lines: [{ sku: 'MUG', quantity: 1, unitPrice: 100 }] };
    const [trusted, stranger] = await capture(s, [
      anOrder(s.channels.shopify, { ...unpaid, buyer: { email: 'Trusted@Example.com' } }),
      anOrder(s.channels.shopify, { ...unpaid, buyer: { email: 'stranger@example.com' } }),
    ]);
    const q = await queue(s);
    expect(q.queue.map((e: any) => e.orderId)).toEqual([trusted]);
    expect(q.held.map((h: any) => [h.orderId, h.reason, h.ruleId])).toEqual([[stranger, 'payment_not_received', 'hold-unpaid']]);
  });
});
