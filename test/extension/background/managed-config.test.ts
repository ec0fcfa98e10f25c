/**
 * Settings an organisation sets by policy (managed storage): both the worker
 * URL and the token make them the background's credentials, over what the
 * seller typed; half of them, or none, leave the typed ones in charge.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../background-globals.js'));
const { forgetManagedConfig, readManagedConfig, watchManagedConfig } = await import('../../../extension/background/managed-config.js');
const { readCredentials } = await import('../../../extension/background/credentials.js');
const { workerUrlItem } = await import('../../../extension/messaging/storage.js');
const { apiTokenItem } = await import('../../../extension/background/token.js');

beforeEach(async () => {
  forgetManagedConfig();
  await workerUrlItem.setValue('http://127.0.0.1:8787');
  await apiTokenItem.setValue('typed-token');
});
afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the organisation’s settings', () => {
  it('win over the typed ones when both the URL and the token are set', async () => {
    await fakeBrowser.storage.managed.set({ workerUrl: 'https://orders.example.com/', apiToken: ' org-token ' });
    expect(await readManagedConfig()).toEqual({ url: 'https://orders.example.com', token: 'org-token' });
    expect(await readCredentials()).toEqual({ url: 'https://orders.example.com', token: 'org-token' });
  });

  it('leave the typed ones in charge when only half is set', async () => {
    await fakeBrowser.storage.managed.set({ workerUrl: 'https://orders.example.com' });
    expect(await readManagedConfig()).toBeUndefined();
    expect(await readCredentials()).toEqual({ url: 'http://127.0.0.1:8787', token: 'typed-token' });
  });

  it('are ignored when the URL is not a plain http(s) URL', async () => {
    await fakeBrowser.storage.managed.set({ workerUrl: 'javascript:alert(1)', apiToken: 'org-token' });
    expect(await readManagedConfig()).toBeUndefined();
  });

  it('count as none when the browser refuses the read (Firefox without a managed-storage manifest)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedConfig()).toBeUndefined();
    expect(await readCredentials()).toEqual({ url: 'http://127.0.0.1:8787', token: 'typed-token' });
  });

  it('are read again after a policy change, and the background hears of it', async () => {
    expect(await readManagedConfig()).toBeUndefined();
    const changed = vi.fn();
    watchManagedConfig(changed);
    await fakeBrowser.storage.managed.set({ workerUrl: 'https://orders.example.com', apiToken: 'org-token' });
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    expect(await readManagedConfig()).toEqual({ url: 'https://orders.example.com', token: 'org-token' });
  });
});
