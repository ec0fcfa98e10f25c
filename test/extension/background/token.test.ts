/**
 * The token is kept in the background's database (fake-indexeddb in Node),
 * never in extension storage, which every content script can read; a token
 * an earlier version left there moves once and is deleted.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

// The extension modules read the browser's globals when they load, so they are in place first.
const { fakeBrowser } = await vi.hoisted(() => import('../background-globals.js'));

import { DATABASE } from '../../../extension/background/database.js';
import { apiTokenItem, resetTokenMove } from '../../../extension/background/token.js';

/** The token as the database holds it, read without the module under test. */
function tokenInDatabase(): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DATABASE.name, DATABASE.version);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction(DATABASE.store).objectStore(DATABASE.store).get('apiToken');
      get.onsuccess = () => {
        open.result.close();
        resolve(get.result);
      };
      get.onerror = () => reject(get.error);
    };
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  resetTokenMove();
  await apiTokenItem.setValue('');
  resetTokenMove();
});

describe('the API token', () => {
  test('a saved token is in the background’s database and nowhere in extension storage', async () => {
    await apiTokenItem.setValue('olk_saved');
    expect(await apiTokenItem.getValue()).toBe('olk_saved');
    expect(await tokenInDatabase()).toBe('olk_saved');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  test('a token an earlier version left in extension storage moves to the database and is deleted there', async () => {
    await fakeBrowser.storage.local.set({ apiToken: 'olk_legacy', workerUrl: 'http://127.0.0.1:8787' });
    expect(await apiTokenItem.getValue()).toBe('olk_legacy');
    expect(await tokenInDatabase()).toBe('olk_legacy');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ workerUrl: 'http://127.0.0.1:8787' });
  });

  test('a token already in the database wins over one left in extension storage, which is still deleted', async () => {
    await apiTokenItem.setValue('olk_newer');
    resetTokenMove();
    await fakeBrowser.storage.local.set({ apiToken: 'olk_legacy' });
    expect(await apiTokenItem.getValue()).toBe('olk_newer');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  test('the move is done once: a legacy key written afterwards is not taken', async () => {
    expect(await apiTokenItem.getValue()).toBe('');
    await fakeBrowser.storage.local.set({ apiToken: 'olk_late' });
    expect(await apiTokenItem.getValue()).toBe('');
  });
});
