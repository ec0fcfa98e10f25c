// @vitest-environment happy-dom
/** Options › Accounts: each remembered account and its channel, changed or forgotten; accounts waiting for a choice. */
import { describe, expect, it, vi } from 'vitest';

await vi.hoisted(async () => {
  (globalThis as Record<string, unknown>).chrome = (await import('@webext-core/fake-browser')).fakeBrowser;
});

import type { AccountsOverview } from '../../../../extension/messaging/messages.js';
import { settle, showAccounts } from './accounts-page.js';

const OVERVIEW: AccountsOverview = {
  remembered: [{ channelKind: 'amazon', key: 'amazon.de', channelId: 'chn_de', channelName: 'Amazon DE', how: 'chosen' }],
  awaiting: [{ channelKind: 'shopify', key: 'acme-2', name: 'Acme Outlet', channels: [{ id: 'chn_s1', name: 'Shop 1' }], held: 2 }],
  channels: [
    { id: 'chn_us', kind: 'amazon', name: 'Amazon US', accountKey: 'amazon.com' },
    { id: 'chn_de', kind: 'amazon', name: 'Amazon DE', accountKey: null },
    { id: 'chn_s1', kind: 'shopify', name: 'Shop 1', accountKey: 'acme' },
  ],
};

describe('the Accounts section of the options page', () => {
  it('lists each remembered account with its channel, and each account waiting for a choice with its held orders', async () => {
    await showAccounts(OVERVIEW);
    const row = document.querySelector('tr[data-account="amazon:amazon.de"]')!;
    expect(Array.from(row.querySelectorAll('td')).map((td) => td.textContent)).toEqual(['Amazon', 'amazon.de', 'Amazon USAmazon DEA new channel you chose it', 'Forget']);
    expect(row.querySelector('select')!.value).toBe('chn_de');
    const waiting = document.querySelector('[data-account="shopify:acme-2"]')!;
    expect(waiting.querySelector('p')!.textContent).toBe('Shopify Acme Outlet (acme-2): 2 orders wait for a channel choice.');
    expect(Array.from(waiting.querySelectorAll('option')).map((o) => o.textContent)).toEqual(['Choose a channel…', 'Shop 1', 'A new channel']);
  });

  it('changing the channel sends the choice; Forget forgets the account', async () => {
    const send = await showAccounts(OVERVIEW);
    const select = document.querySelector<HTMLSelectElement>('tr[data-account="amazon:amazon.de"] select')!;
    select.value = 'chn_us';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(send).toHaveBeenCalledWith({ type: 'chooseChannel', channelKind: 'amazon', account: { key: 'amazon.de' }, channelId: 'chn_us' });
    document.querySelector<HTMLButtonElement>('tr[data-account="amazon:amazon.de"] button')!.click();
    await settle();
    expect(send).toHaveBeenLastCalledWith({ type: 'forgetAccount', channelKind: 'amazon', key: 'amazon.de' });
  });
});
