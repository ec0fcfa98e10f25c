/**
 * What the background's modules need of the browser, in Node: WXT's fake
 * browser as `chrome`, fake-indexeddb as `indexedDB`, and Web Locks (in
 * browsers, not in Node 22: one holder per name at a time). Imported from a
 * test's `vi.hoisted`, because the modules read these globals when they load.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';

Object.assign(globalThis, { chrome: fakeBrowser, indexedDB, IDBKeyRange });

const tails = new Map<string, Promise<unknown>>();
Object.defineProperty(globalThis.navigator, 'locks', {
  configurable: true,
  value: {
    request(name: string, callback: () => Promise<unknown>) {
      const run = (tails.get(name) ?? Promise.resolve()).then(callback);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  },
});

export { fakeBrowser };
