/**
 * What the background does with a page's health: only what changes
 * something the seller sees, and a report per reading that says something new.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../background-globals.js'));

import { isNewReading, LINE_FRESH_MS, recordPageHealth, SAME_READING_MS } from '../../../extension/background/page-readings.js';
import type { PageHealth } from '../../../extension/content/core/page-health.js';
import { readingHealthItem } from '../../../extension/messaging/storage.js';

const health = (over: Partial<PageHealth> = {}): PageHealth => ({
  portal: 'amazon',
  pageKind: 'orders',
  packVersion: 1,
  experimental: false,
  idsSeen: 50,
  rowsRead: 50,
  rowsSkipped: 0,
  fieldsMissing: {},
  strategies: { 'list.status': { '0': 50 } },
  unread: 0,
  ok: true,
  ...over,
});
const at = (ms: number) => new Date(Date.parse('2026-12-07T10:00:00.000Z') + ms);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the popup’s health line', () => {
  test('is written when the reading changes, and otherwise once a minute at most', async () => {
    const writes = vi.spyOn(readingHealthItem, 'setValue');
    await recordPageHealth('amazon', health(), undefined, at(0));
    await recordPageHealth('amazon', health(), undefined, at(10_000));
    expect(writes).toHaveBeenCalledTimes(1);
    await recordPageHealth('amazon', health({ unread: 3, ok: false, fieldsMissing: { status: 3 } }), undefined, at(20_000));
    expect(writes).toHaveBeenCalledTimes(2);
    await recordPageHealth('amazon', health({ unread: 3, ok: false, fieldsMissing: { status: 3 } }), undefined, at(20_000 + LINE_FRESH_MS));
    expect(writes).toHaveBeenCalledTimes(3);
    expect((await readingHealthItem.getValue()).amazon).toEqual({
      at: at(20_000 + LINE_FRESH_MS).toISOString(),
      pageKind: 'orders',
      ok: false,
      shown: 50,
      unread: 3,
      worstFields: ['status'],
      packVersion: 1,
      experimental: false,
    });
  });
});

describe('a tab’s badge', () => {
  test('is set when what it says changes, not on every pass', async () => {
    const text = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await recordPageHealth('amazon', health({ unread: 2, ok: false }), 7, at(0));
    await recordPageHealth('amazon', health({ unread: 2, ok: false }), 7, at(1000));
    expect(text.mock.calls).toEqual([[{ tabId: 7, text: '?' }]]);
    await recordPageHealth('amazon', health(), 7, at(2000));
    expect(text.mock.calls.at(-1)).toEqual([{ tabId: 7, text: null }]);
  });
});

describe('a reading report', () => {
  test('is kept for a new reading, not for the same one again within ten minutes, and again after', () => {
    const portal = 'ebay';
    expect(isNewReading(portal, health({ portal }), at(0))).toBe(true);
    expect(isNewReading(portal, health({ portal }), at(60_000))).toBe(false);
    expect(isNewReading(portal, health({ portal, rowsRead: 49, unread: 1, ok: false }), at(61_000))).toBe(true);
    expect(isNewReading(portal, health({ portal, pageKind: 'order', idsSeen: 1, rowsRead: 1 }), at(62_000))).toBe(true);
    expect(isNewReading(portal, health({ portal, rowsRead: 49, unread: 1, ok: false }), at(61_000 + SAME_READING_MS))).toBe(true);
  });
});
