import { describe, expect, it } from 'vitest';
import { call, expectErrorAnswer, newSeller } from './helpers.js';

describe('a channel knows which marketplace account it is', () => {
  it('a channel created with an account key is listed with it; one without lists null', async () => {
    const s = await newSeller();
    const de = await call('POST', '/v1/channels', { token: s.token, body: { kind: 'amazon', name: 'Amazon DE', accountKey: 'amazon.de' } });
    expect(de.status).toBe(201);
    expect(de.body.channel).toMatchObject({ kind: 'amazon', name: 'Amazon DE', accountKey: 'amazon.de' });
    const list = (await call('GET', '/v1/channels', { token: s.token })).body.channels;
    expect(list.map((c) => [c.kind, c.accountKey])).toEqual([
      ['amazon', null],
      ['ebay', null],
      ['etsy', null],
      ['shopify', null],
      ['walmart', null],
      ['manual', null],
      ['amazon', 'amazon.de'],
    ]);
  });

  it('PATCH sets, changes and clears the account key and renames', async () => {
    const s = await newSeller();
    const set = await call('PATCH', `/v1/channels/${s.channels.ebay}`, { token: s.token, body: { accountKey: 'ebay.co.uk' } });
    expect(set.status).toBe(200);
    expect(set.body.channel).toMatchObject({ id: s.channels.ebay, name: 'ebay store', accountKey: 'ebay.co.uk' });
    const renamed = await call('PATCH', `/v1/channels/${s.channels.ebay}`, { token: s.token, body: { name: 'eBay UK' } });
    expect(renamed.body.channel).toMatchObject({ name: 'eBay UK', accountKey: 'ebay.co.uk' });
    const cleared = await call('PATCH', `/v1/channels/${s.channels.ebay}`, { token: s.token, body: { accountKey: null } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.channel).toMatchObject({ name: 'eBay UK', accountKey: null });
  });

  it('a second channel of the same kind with the same account key is 409 naming accountKey, and changes nothing', async () => {
    const s = await newSeller();
    await call('PATCH', `/v1/channels/${s.channels.amazon}`, { token: s.token, body: { accountKey: 'amazon.de' } });
    const again = await call('POST', '/v1/channels', { token: s.token, body: { kind: 'amazon', name: 'Amazon DE 2', accountKey: 'amazon.de' } });
    expectErrorAnswer(again, 409, {
      code: 'account_key_taken',
      message: 'Another channel of this kind already has this account key.',
      issues: [{ path: 'accountKey', message: 'Another channel of this kind already has this account key.' }],
    });
    const second = (await call('POST', '/v1/channels', { token: s.token, body: { kind: 'amazon', name: 'Amazon US' } })).body.channel;
    const clash = await call('PATCH', `/v1/channels/${second.id}`, { token: s.token, body: { accountKey: 'amazon.de', name: 'renamed' } });
    expect(clash.status).toBe(409);
    expect(clash.body.error.issues).toEqual([{ path: 'accountKey', message: 'Another channel of this kind already has this account key.' }]);
    const list = (await call('GET', '/v1/channels', { token: s.token })).body.channels;
    expect(list.filter((c) => c.kind === 'amazon').map((c) => [c.name, c.accountKey])).toEqual([
      ['amazon store', 'amazon.de'],
      ['Amazon US', null],
    ]);
  });

  it('the same account key is fine on another kind and for another seller', async () => {
    const s = await newSeller();
    const other = await newSeller('Other');
    await call('PATCH', `/v1/channels/${s.channels.shopify}`, { token: s.token, body: { accountKey: 'acme' } });
    expect((await call('PATCH', `/v1/channels/${s.channels.etsy}`, { token: s.token, body: { accountKey: 'acme' } })).status).toBe(200);
    expect((await call('PATCH', `/v1/channels/${other.channels.shopify}`, { token: other.token, body: { accountKey: 'acme' } })).status).toBe(200);
  });

  it('bad account keys and empty changes are 400 naming the field', async () => {
    const s = await newSeller();
    const blank = await call('POST', '/v1/channels', { token: s.token, body: { kind: 'amazon', name: 'X', accountKey: '  ' } });
    expect(blank.status).toBe(400);
    expect(blank.body.error.issues.map((i) => i.path)).toEqual(['accountKey']);
    const long = await call('PATCH', `/v1/channels/${s.channels.amazon}`, { token: s.token, body: { accountKey: 'x'.repeat(201) } });
    expect(long.status).toBe(400);
    expect(long.body.error.issues.map((i) => i.path)).toEqual(['accountKey']);
    const number = await call('PATCH', `/v1/channels/${s.channels.amazon}`, { token: s.token, body: { accountKey: 7 } });
    expect(number.body.error.issues.map((i) => i.path)).toEqual(['accountKey']);
    const kind = await call('PATCH', `/v1/channels/${s.channels.amazon}`, { token: s.token, body: { kind: 'ebay' } });
    expect(kind.status).toBe(400);
    const empty = await call('PATCH', `/v1/channels/${s.channels.amazon}`, { token: s.token, body: {} });
    expect(empty.status).toBe(400);
  });

  it('another seller’s channel is 404 and keeps its key', async () => {
    const s = await newSeller();
    const other = await newSeller('Other');
    const res = await call('PATCH', `/v1/channels/${s.channels.amazon}`, { token: other.token, body: { accountKey: 'amazon.com' } });
    expect(res.status).toBe(404);
    const mine = (await call('GET', '/v1/channels', { token: s.token })).body.channels.find((c) => c.id === s.channels.amazon);
    expect(mine!.accountKey).toBeNull();
  });
});
