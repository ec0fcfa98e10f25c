import { describe, expect, it, vi } from 'vitest';

// The features' modules read the browser global when they load (storage, messages), so a fake one is in place first.
await vi.hoisted(async () => {
  (globalThis as Record<string, unknown>).chrome = (await import('@webext-core/fake-browser')).fakeBrowser;
});

import { riskChipView } from '../../../../extension/content/features/risk-chip.js';
import { statusChipView } from '../../../../extension/content/features/status-chip.js';
import type { StatusesAnswer } from '../../../../extension/messaging/messages.js';

const at = '2026-11-20T10:00:00.000Z';

describe('what a status chip says', () => {
  // Order 113-1 as the book holds it, read on an Amazon page.
  const held = (status: Partial<StatusesAnswer['statuses'][string]>, more: Partial<StatusesAnswer> = {}): StatusesAnswer => ({
    statuses: { '113-1': { status: 'ready', channelStatus: 'Unshipped', updatedAt: at, ...status } },
    queued: [],
    fresh: true,
    ...more,
  });
  it.each<[string, StatusesAnswer, ReturnType<typeof statusChipView>]>([
    [
      'says the book’s unified status, with what the portal says on hover',
      held({}),
      { state: 'ready', tone: 'info', words: 'Ready to pick', details: 'Order 113-1 in your book. Amazon says “Unshipped”.' },
    ],
    [
      'keeps the book’s status for an order the book has while a newer reading waits, and says the status is old when the worker could not be asked',
      held({ status: 'shipped', channelStatus: null }, { queued: ['113-1'], fresh: false }),
      { state: 'shipped', tone: 'good', words: 'Shipped', details: 'Order 113-1 in your book (last known; the worker could not be asked). A newer reading waits to be sent.' },
    ],
    [
      'says "split into 2" beside the status of an order the book ships in two parts',
      held({ splitInto: 2 }),
      { state: 'ready', tone: 'info', words: 'Ready to pick · split into 2', details: 'Order 113-1 in your book. Amazon says “Unshipped”. Split into 2 orders that ship apart.' },
    ],
    [
      'says "Total unknown" for an order whose total no page or file has shown, never a total of 0',
      held({ totalUnknown: true }),
      { state: 'ready', tone: 'info', words: 'Ready to pick', details: 'Order 113-1 in your book. Amazon says “Unshipped”. Total unknown: no page or file has shown it yet.' },
    ],
    [
      'says why the total is unknown when no page has shown the order’s currency',
      held({ totalUnknown: true, currencyUnknown: true }),
      {
        state: 'ready',
        tone: 'info',
        words: 'Ready to pick',
        details: 'Order 113-1 in your book. Amazon says “Unshipped”. Total unknown: no page has shown its currency (set the channel’s currency in Options).',
      },
    ],
    [
      'says "Status unknown" for an order the book holds without a status, never "Awaiting payment"',
      held({ status: 'unknown', channelStatus: null }),
      { state: 'unknown', tone: 'warn', words: 'Status unknown', details: 'Order 113-1 in your book.' },
    ],
  ])('%s', (_, answer, view) => {
    expect(statusChipView('113-1', answer, 'Amazon')).toEqual(view);
  });

  it('says "Queued" for an order waiting in the outbox that the book does not have, and "Not in book" otherwise', () => {
    const answer = { statuses: {}, queued: ['113-1'], fresh: true };
    expect(statusChipView('113-1', answer, 'Amazon')).toMatchObject({ state: 'queued', words: 'Queued' });
    expect(statusChipView('113-2', answer, 'Amazon')).toMatchObject({ state: 'not_in_book', words: 'Not in book' });
  });
});

describe('what a risk chip says', () => {
  const risk = { level: 'at_risk' as const, availableToSell: 8, onHand: 12, reserved: 4, available: 8, backordered: 0, listed: 40, buffer: 0, sku: 'BCB-L-001' };

  it('says the level, with on hand, reserved, available to sell here and listed here (as the page shows it) on hover', () => {
    expect(riskChipView('B07', risk, 42)).toEqual({
      state: 'at_risk',
      tone: 'bad',
      words: 'At risk',
      details: 'On hand 12 · Reserved 4 · Available to sell here 8 · Listed here 42 (SKU BCB-L-001)',
    });
  });

  it('falls back to the last recorded quantity when the page shows none, and says so when a listing is linked to no SKU', () => {
    expect(riskChipView('B07', { ...risk, level: 'ok' }, undefined)).toMatchObject({ words: 'OK', details: 'On hand 12 · Reserved 4 · Available to sell here 8 · Listed here 40 (SKU BCB-L-001)' });
    expect(riskChipView('B09', undefined, 3)).toEqual({ state: 'not_linked', tone: 'muted', words: 'Not linked', details: 'Listing B09 is not linked to a SKU in your Orderlens book.' });
  });
});
