import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client.js';
import { ApiError } from '../../worker/errors.js';
import { saveRuleSet } from '../../worker/modules/fulfillment/queries-rules.js';
import { applyMove } from '../../worker/modules/orders/apply-move.js';
import { anOrder, call, newSeller, type TestSeller } from './helpers.js';
import { list, stock } from './inventory-helpers.js';

const ETAG = /^"[0-9a-f]{32}"$/;
const rule = (id: string) => ({ id, name: id, when: [{ type: 'channel', in: ['ebay'] }], then: [{ type: 'addPoints', points: 5 }] });

async function anOrderId(s: TestSeller): Promise<string> {
  const res = await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon) });
  return res.body.results[0]!.id;
}

describe('conditional reads', () => {
  it('an order answers with an ETag, and the same ETag in If-None-Match gets 304 without a body', async () => {
    const s = await newSeller();
    const id = await anOrderId(s);
    const read = await call('GET', `/v1/orders/${id}`, { token: s.token });
    const etag = read.headers.get('ETag')!;
    expect(etag).toMatch(ETAG);
    const again = await call('GET', `/v1/orders/${id}`, { token: s.token, headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    expect(again.headers.get('ETag')).toBe(etag);
    expect(again.headers.get('Request-Id')).toBeTruthy();
    // A weak form of the same tag and a list containing it match too (If-None-Match compares weakly).
    expect((await call('GET', `/v1/orders/${id}`, { token: s.token, headers: { 'If-None-Match': `"nope", W/${etag}` } })).status).toBe(304);
    expect((await call('GET', `/v1/orders/${id}`, { token: s.token, headers: { 'If-None-Match': '"0000"' } })).status).toBe(200);
  });

  it('a list page has an ETag that changes when the page does', async () => {
    const s = await newSeller();
    await anOrderId(s);
    const page = await call('GET', '/v1/orders?limit=10', { token: s.token });
    const etag = page.headers.get('ETag')!;
    expect(etag).toMatch(ETAG);
    expect((await call('GET', '/v1/orders?limit=10', { token: s.token, headers: { 'If-None-Match': etag } })).status).toBe(304);
    await anOrderId(s);
    const changed = await call('GET', '/v1/orders?limit=10', { token: s.token, headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.body.orders).toHaveLength(2);
    expect(changed.headers.get('ETag')).not.toBe(etag);
  });

  it('a SKU’s stock, a listing and the rules answer with ETags and 304', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 5 });
    await list(s, s.channels.etsy, '123456', [['MUG', 2]]);
    for (const path of ['/v1/inventory/MUG', `/v1/listings/${s.channels.etsy}/123456`, '/v1/rules', '/v1/inventory', '/v1/listings']) {
      const read = await call('GET', path, { token: s.token });
      expect(read.status, path).toBe(200);
      expect(read.headers.get('ETag'), path).toMatch(ETAG);
      expect((await call('GET', path, { token: s.token, headers: { 'If-None-Match': read.headers.get('ETag')! } })).status, path).toBe(304);
    }
    expect((await call('GET', `/v1/listings/${s.channels.etsy}/999`, { token: s.token })).status).toBe(404);
  });
});

describe('conditional updates', () => {
  it('moves an order read at the current version, and answers with the new version’s ETag', async () => {
    const s = await newSeller();
    const id = await anOrderId(s);
    const etag = (await call('GET', `/v1/orders/${id}`, { token: s.token })).headers.get('ETag')!;
    const moved = await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'on_hold', reason: 'check address' }, headers: { 'If-Match': etag } });
    expect(moved.status).toBe(200);
    const now = await call('GET', `/v1/orders/${id}`, { token: s.token });
    expect(moved.headers.get('ETag')).toBe(now.headers.get('ETag'));
    expect(moved.headers.get('ETag')).not.toBe(etag);
  });

  it('refuses to move an order that changed since it was read: 412 with the current version, nothing changed', async () => {
    const s = await newSeller();
    const id = await anOrderId(s);
    const stale = (await call('GET', `/v1/orders/${id}`, { token: s.token })).headers.get('ETag')!;
    expect((await call('POST', `/v1/orders/${id}/hold`, { token: s.token, body: { reason: 'fraud_review' } })).status).toBe(200);
    for (const [action, body] of [
      ['transitions', { to: 'cancelled' }],
      ['cancel', {}],
      ['release', {}],
    ] as const) {
      const res = await call('POST', `/v1/orders/${id}/${action}`, { token: s.token, body, headers: { 'If-Match': stale } });
      expect(res.status, action).toBe(412);
      expect(res.body.error.code).toBe('precondition_failed');
      expect(res.body.error.current.order.status).toBe('on_hold');
      expect(res.headers.get('ETag')).toBe((await call('GET', `/v1/orders/${id}`, { token: s.token })).headers.get('ETag'));
    }
    expect((await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.status).toBe('on_hold');
  });

  it('refuses a malformed If-Match with 400 naming the header, and a weak tag with 412', async () => {
    const s = await newSeller();
    const id = await anOrderId(s);
    const etag = (await call('GET', `/v1/orders/${id}`, { token: s.token })).headers.get('ETag')!;
    for (const bad of ['abc', '"unterminated', '"a" "b"', '']) {
      const res = await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'on_hold' }, headers: { 'If-Match': bad } });
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code).toBe('invalid_if_match');
      expect(res.body.error.issues[0]!.path).toBe('header.If-Match');
    }
    expect((await call('POST', `/v1/orders/${id}/transitions`, { token: s.token, body: { to: 'on_hold' }, headers: { 'If-Match': `W/${etag}` } })).status).toBe(412);
    expect((await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.status).toBe('ready');
    // `*` matches any current version; no If-Match at all works as before.
    expect((await call('POST', `/v1/orders/${id}/hold`, { token: s.token, body: { reason: 'fraud_review' }, headers: { 'If-Match': '*' } })).status).toBe(200);
    expect((await call('POST', `/v1/orders/${id}/release`, { token: s.token, body: {} })).status).toBe(200);
  });

  it('an order write checked against a version that moved on before it ran is 412 and changes nothing', async () => {
    // The If-Match check hands the service the version it found current; a change landing between the
    // check and the write (here: the version the test passes is one behind) must not slip through.
    const s = await newSeller();
    const id = await anOrderId(s);
    const version = (await env.DB.prepare('SELECT version FROM orders WHERE id = ?').bind(id).first<{ version: number }>())!.version;
    const db = database(env.DB);
    for (const write of [
      () => applyMove(db, s.id, id, { move: 'transition', to: 'on_hold' }, { source: 'api', actor: 'test', expectedVersion: version - 1 }),
      () => applyMove(db, s.id, id, { move: 'hold', reason: 'other' }, { source: 'api', actor: 'test', expectedVersion: version - 1 }),
      () => applyMove(db, s.id, id, { move: 'cancel' }, { source: 'api', actor: 'test', expectedVersion: version - 1 }),
    ]) {
      const refused = await write().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(ApiError);
      expect((refused as ApiError).status).toBe(412);
      expect(((refused as ApiError).details as any).current.order.status).toBe('ready');
    }
    expect((await applyMove(db, s.id, id, { move: 'transition', to: 'on_hold' }, { source: 'api', actor: 'test', expectedVersion: version })).status).toBe('on_hold');
    expect((await env.DB.prepare('SELECT version FROM orders WHERE id = ?').bind(id).first<{ version: number }>())!.version).toBe(version + 1);
  });

  it('a rules save checked against a version another save replaced first is 412 and keeps the other save', async () => {
    const s = await newSeller();
    const db = database(env.DB);
    await saveRuleSet(db, s.id, [rule('theirs')] as any, null, 0);
    const refused = await saveRuleSet(db, s.id, [rule('mine')] as any, null, 0).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((refused as ApiError).status).toBe(412);
    expect(((refused as ApiError).details as any).current.version).toBe(1);
    expect((await call('GET', '/v1/rules', { token: s.token })).body.rules.map((r: { id: string }) => r.id)).toEqual(['theirs']);
  });

  it('sets a SKU’s stock only at the version read', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 5 });
    const etag = (await call('GET', '/v1/inventory/MUG', { token: s.token })).headers.get('ETag')!;
    const counted = await call('PUT', '/v1/inventory/MUG', { token: s.token, body: { onHand: 7 }, headers: { 'If-Match': etag } });
    expect(counted.status).toBe(200);
    expect(counted.headers.get('ETag')).toBe((await call('GET', '/v1/inventory/MUG', { token: s.token })).headers.get('ETag'));
    const stale = await call('PUT', '/v1/inventory/MUG', { token: s.token, body: { onHand: 9 }, headers: { 'If-Match': etag } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.current.item.onHand).toBe(7);
    expect((await call('GET', '/v1/inventory/MUG', { token: s.token })).body.item.onHand).toBe(7);
  });

  it('replaces a listing only at the version read', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 5 });
    await list(s, s.channels.etsy, '123456', [['MUG', 1]]);
    const etag = (await call('GET', `/v1/listings/${s.channels.etsy}/123456`, { token: s.token })).headers.get('ETag')!;
    const body = (quantity: number) => ({ channelId: s.channels.etsy, channelSku: '123456', components: [{ sku: 'MUG', quantity }] });
    const put = await call('PUT', '/v1/listings', { token: s.token, body: body(2), headers: { 'If-Match': etag } });
    expect(put.status).toBe(200);
    expect(put.headers.get('ETag')).toBe((await call('GET', `/v1/listings/${s.channels.etsy}/123456`, { token: s.token })).headers.get('ETag'));
    const stale = await call('PUT', '/v1/listings', { token: s.token, body: body(3), headers: { 'If-Match': etag } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.current.listing.components).toEqual([{ sku: 'MUG', quantity: 2 }]);
  });

  it('saves rules only over the version read', async () => {
    const s = await newSeller();
    const etag = (await call('GET', '/v1/rules', { token: s.token })).headers.get('ETag')!;
    const saved = await call('PUT', '/v1/rules', { token: s.token, body: { rules: [rule('one')] }, headers: { 'If-Match': etag } });
    expect(saved.status).toBe(201);
    expect(saved.headers.get('ETag')).toBe((await call('GET', '/v1/rules', { token: s.token })).headers.get('ETag'));
    const stale = await call('PUT', '/v1/rules', { token: s.token, body: { rules: [rule('two')] }, headers: { 'If-Match': etag } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.current.version).toBe(1);
    expect((await call('GET', '/v1/rules', { token: s.token })).body.rules.map((r: { id: string }) => r.id)).toEqual(['one']);
  });
});
