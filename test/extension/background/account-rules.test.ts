/** Which channel a page's account files its orders under: each rule, in order, with exact results. */
import { describe, expect, test } from 'vitest';
import { accountId, type ChannelOption, mapAccount, newChannelName, type RememberedAccount } from '../../../extension/background/account-rules.js';

const DE = { key: 'amazon.de' };
const ch = (id: string, name: string, accountKey: string | null = null, kind = 'amazon'): ChannelOption => ({ id, kind, name, accountKey });
const rememberedAs = (key: string, channelId: string, how: RememberedAccount['how'] = 'chosen'): Record<string, RememberedAccount> => ({
  [accountId('amazon', key)]: { channelKind: 'amazon', key, channelId, channelName: 'whatever', how },
});

describe('mapping a page’s account to a channel', () => {
  // The page is Amazon DE; the seller has a US and a DE channel, each with its account key.
  test.each([
    { name: 'a remembered choice wins over a channel whose account key matches', remembered: 'chn_us', channelId: 'chn_us', channelName: 'Amazon US', how: 'remembered' },
    { name: 'a remembered choice whose channel is gone counts as not remembered', remembered: 'chn_deleted', channelId: 'chn_de', channelName: 'Amazon DE', how: 'account_key' },
  ])('$name', ({ remembered, channelId, channelName, how }) => {
    const channels = [ch('chn_us', 'Amazon US', 'amazon.com'), ch('chn_de', 'Amazon DE', 'amazon.de')];
    expect(mapAccount('amazon', DE, channels, rememberedAs('amazon.de', remembered), 'Amazon')).toEqual({ to: 'channel', channelId, channelName, how });
  });

  test('the channel whose account key is the page’s key, among several of the kind', () => {
    const channels = [ch('chn_us', 'Amazon US'), ch('chn_de', 'Amazon DE', 'amazon.de'), ch('chn_uk', 'Amazon UK')];
    expect(mapAccount('amazon', DE, channels, {}, 'Amazon')).toEqual({ to: 'channel', channelId: 'chn_de', channelName: 'Amazon DE', how: 'account_key' });
  });

  test('an account key of another kind does not match', () => {
    const channels = [ch('chn_us', 'Amazon US'), ch('chn_x', 'Other', 'amazon.de', 'ebay'), ch('chn_uk', 'Amazon UK')];
    expect(mapAccount('amazon', DE, channels, {}, 'Amazon')).toEqual({
      to: 'choice',
      channels: [
        { id: 'chn_us', name: 'Amazon US' },
        { id: 'chn_uk', name: 'Amazon UK' },
      ],
    });
  });

  test('the seller’s only channel of the kind, with no account key, is used', () => {
    const channels = [ch('chn_us', 'Amazon'), ch('chn_e', 'eBay', 'ebay.com', 'ebay')];
    expect(mapAccount('amazon', DE, channels, {}, 'Amazon')).toEqual({ to: 'channel', channelId: 'chn_us', channelName: 'Amazon', how: 'only_channel' });
  });

  test('the only channel of the kind is not used when it has another account key', () => {
    const channels = [ch('chn_us', 'Amazon US', 'amazon.com')];
    expect(mapAccount('amazon', DE, channels, {}, 'Amazon')).toEqual({ to: 'choice', channels: [{ id: 'chn_us', name: 'Amazon US' }] });
  });

  test('the only channel of the kind is not used when another account is remembered to it', () => {
    const channels = [ch('chn_us', 'Amazon')];
    expect(mapAccount('amazon', DE, channels, rememberedAs('amazon.com', 'chn_us', 'only_channel'), 'Amazon')).toEqual({
      to: 'choice',
      channels: [{ id: 'chn_us', name: 'Amazon' }],
    });
  });

  test('no channel of the kind: a new one named for the account', () => {
    const channels = [ch('chn_e', 'eBay', null, 'ebay')];
    expect(mapAccount('amazon', DE, channels, {}, 'Amazon')).toEqual({ to: 'new_channel', name: 'Amazon amazon.de (from extension)' });
    expect(newChannelName('Shopify', { key: 'acme-store', name: 'Acme' })).toBe('Shopify acme-store (from extension)');
  });

  test('several channels of the kind and none matching: the seller chooses, nothing is guessed', () => {
    const channels = [ch('chn_a', 'Amazon A'), ch('chn_b', 'Amazon B')];
    expect(mapAccount('amazon', DE, channels, {}, 'Amazon')).toEqual({
      to: 'choice',
      channels: [
        { id: 'chn_a', name: 'Amazon A' },
        { id: 'chn_b', name: 'Amazon B' },
      ],
    });
  });
});
