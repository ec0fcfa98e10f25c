// @vitest-environment happy-dom
/** The account prompt on a portal page: asked once, says why, sends the choice to the background. */
import { afterEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(async () => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  (globalThis as Record<string, unknown>).chrome = fakeBrowser;
  return { fakeBrowser };
});

import type { PageRead } from '../../../../extension/content/core/features.js';
import { accountChoice, accountQuestion, accountWhy, noteChoiceAsked } from '../../../../extension/content/features/account-choice.js';
import type { AccountChoiceAsk } from '../../../../extension/messaging/messages.js';

const ASK: AccountChoiceAsk = {
  account: { key: 'amazon.de' },
  channels: [
    { id: 'chn_us', name: 'Amazon US' },
    { id: 'chn_uk', name: 'Amazon UK' },
  ],
  held: 3,
};
const pageOf = (key: string | undefined) => ({ account: key ? { key } : undefined, kind: 'orders' }) as unknown as PageRead;
const prompt = () => document.querySelector('[data-orderlens="account-choice"]');
const text = () => prompt()?.shadowRoot?.querySelector('.prompt')?.textContent ?? null;
const buttons = () => Array.from(prompt()?.shadowRoot?.querySelectorAll('button') ?? []);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('asking which channel a page’s account is', () => {
  it('asks in the seller’s words and says why the orders wait', () => {
    expect(accountQuestion('amazon', ASK)).toBe('Which Orderlens channel is Amazon (amazon.de)?');
    expect(accountQuestion('etsy', { ...ASK, account: { key: 'acmecrafts', name: 'AcmeCrafts' } })).toBe('Which Orderlens channel is Etsy (AcmeCrafts)?');
    expect(accountWhy(ASK)).toBe('Orderlens cannot tell which of your channels this is, so 3 orders read here wait in the Orderlens outbox until you choose. Nothing is sent to a guessed channel.');
  });

  it('shows one button per channel, sends the choice, confirms it, and does not ask again on this page', async () => {
    const abort = new AbortController();
    const pass = accountChoice.start({ portal: 'amazon', signal: abort.signal, schedule: () => undefined });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: true,
      value: { channelKind: 'amazon', key: 'amazon.de', channelId: 'chn_uk', channelName: 'Amazon UK', how: 'chosen' },
    } as never);
    noteChoiceAsked(ASK);
    await pass(pageOf('amazon.de'));
    expect(prompt()?.getAttribute('data-orderlens-state')).toBe('asking');
    expect(buttons().map((b) => b.textContent)).toEqual(['Amazon US', 'Amazon UK', 'A new channel', 'Later']);
    expect(text()).toContain('Which Orderlens channel is Amazon (amazon.de)?');

    buttons()[1]!.click();
    await settle();
    expect(send).toHaveBeenCalledWith({ type: 'chooseChannel', channelKind: 'amazon', account: { key: 'amazon.de' }, channelId: 'chn_uk' });
    expect(text()).toBe('Orders from amazon.de now go to Amazon UK.');

    noteChoiceAsked(ASK);
    await pass(pageOf('amazon.de'));
    expect(prompt()?.getAttribute('data-orderlens-state')).toBe('chosen');
    abort.abort();
    expect(prompt()).toBeNull();
  });

  it('a new channel can be chosen; "Later" puts the question off for this page', async () => {
    const abort = new AbortController();
    const pass = accountChoice.start({ portal: 'amazon', signal: abort.signal, schedule: () => undefined });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: { code: 'unreachable', message: 'The worker did not answer.' } } as never);
    noteChoiceAsked(ASK);
    await pass(pageOf('amazon.de'));
    buttons()[2]!.click();
    await settle();
    expect(send).toHaveBeenCalledWith({ type: 'chooseChannel', channelKind: 'amazon', account: { key: 'amazon.de' }, newChannel: true });
    expect(text()).toContain('Orderlens could not save the choice: The worker did not answer.');
    buttons()[3]!.click();
    expect(prompt()).toBeNull();
    noteChoiceAsked(ASK);
    await pass(pageOf('amazon.de'));
    expect(prompt()).toBeNull();
    abort.abort();
  });

  it('a page of another account is not asked about this one', async () => {
    const abort = new AbortController();
    const pass = accountChoice.start({ portal: 'amazon', signal: abort.signal, schedule: () => undefined });
    noteChoiceAsked(ASK);
    await pass(pageOf('amazon.com'));
    expect(prompt()).toBeNull();
    await pass(pageOf(undefined));
    expect(prompt()).toBeNull();
    abort.abort();
  });
});
