/**
 * The popup's reading health lines and the options page's pack list, in
 * the seller's words.
 */
import { describe, expect, test } from 'vitest';
import { BUNDLED_PACKS } from '../../../extension/content/portals/bundled-packs.js';
import type { PackChecks, ReadingHealthLine } from '../../../extension/messaging/storage.js';
import { ago, packLines, readingHealthWords } from '../../../extension/pages/reading-words.js';
import type { PortalPack } from '../../../shared/schemas/portal-pack.js';

const NOW = new Date('2026-12-07T04:02:00.000Z');
const line = (extra: Partial<ReadingHealthLine> = {}): ReadingHealthLine => ({
  at: '2026-12-07T04:00:00.000Z',
  pageKind: 'orders',
  ok: true,
  shown: 50,
  unread: 0,
  worstFields: [],
  packVersion: 3,
  experimental: false,
  ...extra,
});

describe('a portal’s reading health line', () => {
  test('says every order was read, when, and with which pack', () => {
    expect(readingHealthWords('amazon', line(), NOW)).toBe('Amazon: all 50 orders read · 2 min ago · pack v3');
  });

  test('says how many orders were not fully read and which fields were missing most, in the seller’s words', () => {
    expect(readingHealthWords('amazon', line({ ok: false, unread: 12, worstFields: ['status', 'shipBy'] }), NOW)).toBe(
      'Amazon: 12 of 50 orders not fully read (status, ship-by date) · 2 min ago · pack v3',
    );
  });

  test('names the status once when neither the portal’s status nor the unified one was read', () => {
    expect(readingHealthWords('amazon', line({ ok: false, unread: 6, shown: 6, worstFields: ['channelStatus', 'status', 'placedAt'] }), NOW)).toBe(
      'Amazon: 6 of 6 orders not fully read (status, order date) · 2 min ago · pack v3',
    );
  });

  test('says so when the pack is experimental', () => {
    expect(readingHealthWords('ebay', line({ ok: false, unread: 3, shown: 10, worstFields: ['customField'], packVersion: 1, experimental: true }), NOW)).toBe(
      'eBay: 3 of 10 orders not fully read (customField) · 2 min ago · experimental reading, pack v1',
    );
  });

  test('counts listings on listings pages, and one order on an order’s page', () => {
    expect(readingHealthWords('walmart', line({ pageKind: 'listings', shown: 8 }), NOW)).toBe('Walmart: all 8 listings read · 2 min ago · pack v3');
    expect(readingHealthWords('etsy', line({ pageKind: 'order', shown: 1 }), NOW)).toBe('Etsy: the 1 order read · 2 min ago · pack v3');
    expect(readingHealthWords('shopify', line({ shown: 0 }), NOW)).toBe('Shopify: no orders on the last page · 2 min ago · pack v3');
  });

  test('says how long ago in minutes, hours or days', () => {
    expect(['2026-12-07T04:01:40Z', '2026-12-07T03:02:00Z', '2026-12-07T00:01:00Z', '2026-12-06T04:00:00Z', '2026-12-04T04:00:00Z'].map((at) => ago(at, NOW))).toEqual([
      'just now',
      '1 h ago',
      '4 h ago',
      '1 day ago',
      '3 days ago',
    ]);
  });
});

describe('the options page’s pack list', () => {
  const checks: PackChecks = { checkedAt: '2026-12-07T04:00:00.000Z', etag: null, unsupported: false, refusals: {} };
  const when = (iso: string) => `[${iso}]`;
  const amazon = (version: number): PortalPack => ({ ...BUNDLED_PACKS.amazon, version });

  test('names the built-in pack for a portal the worker serves none for, or an older one', () => {
    const lines = packLines(BUNDLED_PACKS, { amazon: { pack: amazon(BUNDLED_PACKS.amazon.version), fetchedAt: 't' } }, checks, when);
    expect(lines.map((l) => l.inUse)).toEqual(
      (['amazon', 'ebay', 'etsy', 'shopify', 'walmart'] as const).map((p) => {
        const pack = BUNDLED_PACKS[p];
        const name = { amazon: 'Amazon', ebay: 'eBay', etsy: 'Etsy', shopify: 'Shopify', walmart: 'Walmart' }[p];
        return `${name}: pack v${pack.version}${pack.experimental ? ' (experimental)' : ''}, built in`;
      }),
    );
  });

  test('names a newer served pack with when it was fetched, and a refusal with its reason', () => {
    const [line] = packLines(
      BUNDLED_PACKS,
      { amazon: { pack: amazon(7), fetchedAt: '2026-12-06T04:00:00.000Z' } },
      { ...checks, refusals: { amazon: { version: 8, reason: 'orderIds.href: not a valid regular expression', at: '2026-12-07T04:00:00.000Z' } } },
      when,
    );
    expect(line).toEqual({
      portal: 'amazon',
      inUse: 'Amazon: pack v7 from your worker, fetched [2026-12-06T04:00:00.000Z]',
      refusal: 'Refused v8 on [2026-12-07T04:00:00.000Z]: orderIds.href: not a valid regular expression',
    });
  });
});
