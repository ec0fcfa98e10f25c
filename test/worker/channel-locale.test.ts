import { describe, expect, it } from 'vitest';
import { call, expectErrorAnswer, newSeller } from './helpers.js';

describe('a channel knows its currency and time zone', () => {
  it('a channel created with a currency and zone lists them; one without lists null for both', async () => {
    const s = await newSeller();
    const made = await call('POST', '/v1/channels', {
      token: s.token,
      body: { kind: 'shopify', name: 'Maple', accountKey: 'maple', currency: 'CAD', timeZone: 'America/Toronto' },
    });
    expect(made.status).toBe(201);
    expect(made.body.channel).toMatchObject({ name: 'Maple', currency: 'CAD', timeZone: 'America/Toronto' });
    const list = (await call('GET', '/v1/channels', { token: s.token })).body.channels;
    expect(list.find((c) => c.id === s.channels.shopify)).toMatchObject({ currency: null, timeZone: null });
    expect(list.find((c) => c.id === made.body.channel.id)).toMatchObject({ currency: 'CAD', timeZone: 'America/Toronto' });
  });

  it('PATCH sets, changes and clears the currency and zone, leaving the rest as it was', async () => {
    const s = await newSeller();
    const path = `/v1/channels/${s.channels.amazon}`;
    const set = await call('PATCH', path, { token: s.token, body: { currency: 'EUR', timeZone: 'Europe/Berlin' } });
    expect(set.status).toBe(200);
    expect(set.body.channel).toMatchObject({ name: 'amazon store', accountKey: null, currency: 'EUR', timeZone: 'Europe/Berlin' });
    const zoneOnly = await call('PATCH', path, { token: s.token, body: { timeZone: 'Europe/Paris' } });
    expect(zoneOnly.body.channel).toMatchObject({ currency: 'EUR', timeZone: 'Europe/Paris' });
    const cleared = await call('PATCH', path, { token: s.token, body: { currency: null, timeZone: null } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.channel).toMatchObject({ name: 'amazon store', currency: null, timeZone: null });
  });

  it('an unknown time zone is 422 naming timeZone, and changes nothing', async () => {
    const s = await newSeller();
    const path = `/v1/channels/${s.channels.amazon}`;
    await call('PATCH', path, { token: s.token, body: { currency: 'EUR', timeZone: 'Europe/Berlin' } });
    const bad = await call('PATCH', path, { token: s.token, body: { currency: 'GBP', timeZone: 'Europe/Atlantis' } });
    expectErrorAnswer(bad, 422, {
      code: 'unknown_locale',
      message: 'The channel’s currency or time zone is not one we know.',
      issues: [{ path: 'timeZone', message: 'Europe/Atlantis is not an IANA time zone.' }],
    });
    const list = (await call('GET', '/v1/channels', { token: s.token })).body.channels;
    expect(list.find((c) => c.id === s.channels.amazon)).toMatchObject({ currency: 'EUR', timeZone: 'Europe/Berlin' });
  });

  it('an unknown currency code is 422 naming currency, and makes no channel', async () => {
    const s = await newSeller();
    const bad = await call('POST', '/v1/channels', { token: s.token, body: { kind: 'etsy', name: 'Shop', currency: 'XYZ' } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues).toEqual([{ path: 'currency', message: 'XYZ is not an ISO 4217 currency.' }]);
    const list = (await call('GET', '/v1/channels', { token: s.token })).body.channels;
    expect(list.map((c) => c.name)).not.toContain('Shop');
  });

  it('a currency that is not three capitals is 400 naming currency', async () => {
    const s = await newSeller();
    const bad = await call('PATCH', `/v1/channels/${s.channels.etsy}`, { token: s.token, body: { currency: 'usd' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toEqual([{ path: 'currency', message: 'An ISO 4217 code: three capital letters.' }]);
  });
});
