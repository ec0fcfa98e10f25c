/**
 * The background's own database (IndexedDB, in the extension's origin): the
 * state that grows with what was captured (the outbox, the rejected list,
 * first-seen times, last known statuses). Extension storage would be the
 * wrong place for it: `chrome.storage` hands every change, old value and new,
 * to every `onChanged` listener in every extension context, each portal tab's
 * content script included, so an outbox of thousands of orders rewritten on
 * every capture cost every open portal tab tens of milliseconds of main
 * thread per capture (an 800 KB outbox: 50 ms), and the browser's own main
 * thread more. Here a write costs the background alone, and no one is told.
 *
 * One record per item, stored whole (structured clone). Writes of captured
 * orders are `strict` (on disk before they resolve, so a capture is
 * acknowledged only once the browser can no longer lose it); caches are not.
 */

/** The database's name, its one object store (values by item key) and its version. */
export const DATABASE = { name: 'orderlens', store: 'state', version: 1 } as const;
const STORE = DATABASE.store;

let opening: Promise<IDBDatabase> | undefined;

/** The open database, opened (and created) at first use. */
function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE.name, DATABASE.version);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      const db = request.result;
      // Another context upgrading, or the browser closing it: the next use opens it again.
      db.onversionchange = () => {
        db.close();
        opening = undefined;
      };
      db.onclose = () => {
        opening = undefined;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = undefined;
      reject(request.error ?? new Error(`cannot open the ${DATABASE.name} database`));
    };
  });
  return opening;
}

/** Runs one request in its own transaction; resolves with its result once the transaction is complete. */
async function transact<R>(mode: IDBTransactionMode, durability: IDBTransactionDurability, request: (store: IDBObjectStore) => IDBRequest<R>): Promise<R> {
  const db = await database();
  return new Promise<R>((resolve, reject) => {
    const tx = db.transaction(STORE, mode, { durability });
    const req = request(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error ?? req.error ?? new Error('a database transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('a database transaction was aborted'));
  });
}

/** A value kept in the background's database, with the fallback it has until first set. */
export interface DbItem<T> {
  readonly key: string;
  getValue(): Promise<T>;
  /** Stores `value`; resolves once the database has it (on disk for durable items). */
  setValue(value: T): Promise<void>;
  /** Forgets the value: the fallback again. */
  removeValue(): Promise<void>;
}

/**
 * Defines a database item. `durable`: each write is flushed to disk before it
 * resolves (captured orders); otherwise the browser may hold it in memory a
 * moment longer (caches, which can be worked out again).
 */
export function defineDbItem<T>(key: string, fallback: T, { durable = false } = {}): DbItem<T> {
  const durability: IDBTransactionDurability = durable ? 'strict' : 'relaxed';
  return {
    key,
    async getValue() {
      const value = await transact('readonly', 'default', (store) => store.get(key) as IDBRequest<T | undefined>);
      return value === undefined ? structuredClone(fallback) : value;
    },
    async setValue(value) {
      await transact('readwrite', durability, (store) => store.put(value, key));
    },
    async removeValue() {
      await transact('readwrite', durability, (store) => store.delete(key));
    },
  };
}

/** Closes the database (tests; the next use opens it again). */
export async function closeDatabase(): Promise<void> {
  const open = opening;
  opening = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}
