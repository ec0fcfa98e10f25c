/** What a portal page may say about its account, checked before anything is stored. */
import { describe, expect, test, vi } from 'vitest';

await vi.hoisted(async () => {
  (globalThis as Record<string, unknown>).chrome = (await import('@webext-core/fake-browser')).fakeBrowser;
});

import { validCaptures, validChannelChoice, validStatusesAsk } from '../../../extension/messaging/message-checks.js';

describe('checking account messages from content scripts', () => {
  test('a capture carries its account trimmed, or none', () => {
    expect(validCaptures({ channelKind: 'amazon', orders: [], account: { key: ' amazon.de ' } }).account).toEqual({ key: 'amazon.de' });
    expect(validCaptures({ channelKind: 'etsy', orders: [], account: { key: 'acme', name: 'Acme' } }).account).toEqual({ key: 'acme', name: 'Acme' });
    expect(validCaptures({ channelKind: 'amazon', orders: [] }).account).toBeUndefined();
  });

  test('a capture with a malformed account is refused whole, naming the field', () => {
    expect(() => validCaptures({ channelKind: 'amazon', orders: [], account: { key: '' } })).toThrow('account.key must be text of 1 to 200 characters.');
    expect(() => validCaptures({ channelKind: 'amazon', orders: [], account: 'amazon.de' })).toThrow('account.key must be text of 1 to 200 characters.');
    expect(() => validCaptures({ channelKind: 'amazon', orders: [], account: { key: 'a', name: 5 } })).toThrow('account.name must be text of 1 to 200 characters.');
  });

  test('a channel choice names one channel or a new one, never both or neither', () => {
    expect(validChannelChoice({ channelKind: 'amazon', account: { key: 'amazon.de' }, channelId: 'chn_1' })).toEqual({
      channelKind: 'amazon',
      account: { key: 'amazon.de' },
      target: { channelId: 'chn_1' },
    });
    expect(validChannelChoice({ channelKind: 'shopify', account: { key: 'acme' }, newChannel: true }).target).toEqual({ newChannel: true });
    const both = () => validChannelChoice({ channelKind: 'amazon', account: { key: 'amazon.de' }, channelId: 'chn_1', newChannel: true });
    expect(both).toThrow('chooseChannel needs either channelId (a channel id) or newChannel: true.');
    expect(() => validChannelChoice({ channelKind: 'amazon', account: { key: 'amazon.de' } })).toThrow('chooseChannel needs either channelId');
    expect(() => validChannelChoice({ channelKind: 'aliexpress', account: { key: 'x' }, channelId: 'chn_1' })).toThrow(
      'An account needs channelKind amazon, ebay, etsy, shopify or walmart, not "aliexpress".',
    );
    expect(() => validChannelChoice({ channelKind: 'amazon', channelId: 'chn_1' })).toThrow('account.key must be text');
  });

  test('a statuses ask may name its account key', () => {
    expect(validStatusesAsk({ channelKind: 'amazon', externalIds: ['1'], accountKey: 'amazon.de' }).accountKey).toBe('amazon.de');
    expect(validStatusesAsk({ channelKind: 'amazon', externalIds: ['1'] }).accountKey).toBeUndefined();
    expect(() => validStatusesAsk({ channelKind: 'amazon', externalIds: [], accountKey: 7 })).toThrow('statuses: accountKey must be text of 1 to 200 characters.');
  });
});
