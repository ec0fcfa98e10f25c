// @vitest-environment happy-dom
/** Options › Accounts: each channel's currency and time zone, shown and changed, checked as the worker checks them. */
import { describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => {
  (globalThis as Record<string, unknown>).chrome = (await import('@webext-core/fake-browser')).fakeBrowser;
});

import type { AccountsOverview } from '../../../../extension/messaging/messages.js';
import { localeChange, localeHint } from '../../../../extension/pages/options/channel-locales.js';
import { settle, showAccounts } from './accounts-page.js';

const OVERVIEW: AccountsOverview = {
  remembered: [],
  awaiting: [],
  channels: [
    { id: 'chn_de', kind: 'amazon', name: 'Amazon DE', accountKey: 'amazon.de', currency: 'EUR', timeZone: 'Europe/Berlin' },
    { id: 'chn_s1', kind: 'shopify', name: 'Maple', accountKey: 'maple', currency: null, timeZone: null },
  ],
};
const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('a channel’s currency and time zone in Options', () => {
  it('shows each channel’s setting, blank where none is set', async () => {
    await showAccounts(OVERVIEW);
    const inputs = (id: string) => Array.from(document.querySelectorAll<HTMLInputElement>(`tr[data-channel="${id}"] input`)).map((i) => i.value);
    expect(inputs('chn_de')).toEqual(['EUR', 'Europe/Berlin']);
    expect(inputs('chn_s1')).toEqual(['', '']);
    expect(document.querySelectorAll('#orderlens-time-zones option').length).toBeGreaterThan(10);
  });

  it('saves a currency and zone typed in, and refuses an unknown zone naming it without sending', async () => {
    const send = await showAccounts(OVERVIEW);
    const row = document.querySelector('tr[data-channel="chn_s1"]')!;
    const [currency, zone] = Array.from(row.querySelectorAll<HTMLInputElement>('input'));
    type(currency!, 'cad');
    type(zone!, 'America/Atlantis');
    await settle();
    row.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(row.querySelector('[role="status"]')!.textContent!.trim()).toBe('America/Atlantis is not an IANA time zone such as Europe/Berlin.');
    expect(send.mock.calls.some(([m]) => (m as { type: string }).type === 'setChannelLocale')).toBe(false);
    type(zone!, 'America/Toronto');
    await settle();
    row.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(send.mock.calls.map(([m]) => m).filter((m) => (m as { type: string }).type === 'setChannelLocale')).toEqual([
      { type: 'setChannelLocale', channelId: 'chn_s1', currency: 'CAD', timeZone: 'America/Toronto' },
    ]);
  });

  it('blank clears; a code no currency has names the currency', () => {
    expect(localeChange(' ', '')).toEqual({ ok: true, currency: null, timeZone: null });
    expect(localeChange('XYZ', 'UTC')).toEqual({ ok: false, field: 'currency', message: 'XYZ is not an ISO 4217 currency code such as CAD.' });
  });

  it('says under each channel which pages its saved zone and currency are read on', async () => {
    await showAccounts(OVERVIEW);
    const hint = (id: string) => document.querySelector(`tr[data-channel="${id}"] [data-orderlens="locale-reads"]`)?.textContent;
    expect(hint('chn_de')).toBe('Times read in Europe/Berlin on Manage Orders and order pages. EUR is not used: Amazon prints each marketplace’s own currency.');
    expect(hint('chn_s1')).toBe('No zone: times printed without one keep only their day.');
  });

  it('names the pages each portal reads with a zone, and none for a channel that is no portal', () => {
    expect(localeHint('walmart', null, 'America/Chicago')).toBe('Times read in America/Chicago on Manage Orders and order details.');
    expect(localeHint('ebay', 'AUD', 'Australia/Sydney')).toBe(
      'Times read in Australia/Sydney on the orders grid and order pages, where eBay prints a time without its zone. AUD reads a bare “$” on eBay Australia or Canada when it is AUD or CAD.',
    );
    expect(localeHint('shopify', 'CAD', null)).toBe('No zone: times printed without one keep only their day. CAD reads bare “$” amounts on the orders list and order pages.');
    expect(localeHint('csv', 'USD', 'UTC')).toBeUndefined();
  });
});
