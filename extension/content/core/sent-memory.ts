/**
 * What this page already sent to the background, so a pass sends only what
 * changed: a page re-rendered fifty times with the same orders sends them
 * once. Remembered per key (order number, channel SKU) as a fingerprint of
 * what was sent; forgotten with the content script.
 */

/** The things of a list that differ from what was last sent, and a way to note them as sent. */
export interface SentMemory<T> {
  /** Items whose content is new or changed since they were last noted as sent. */
  changed(items: readonly T[]): T[];
  /** Notes items as sent (call once the background has them). */
  noteSent(items: readonly T[]): void;
}

/** A memory of sent items, keyed by `keyOf`, compared by their JSON. */
export function sentMemory<T>(keyOf: (item: T) => string): SentMemory<T> {
  const sent = new Map<string, string>();
  return {
    changed(items) {
      const fresh = new Map<string, T>();
      for (const item of items) {
        const key = keyOf(item);
        if (sent.get(key) !== JSON.stringify(item)) fresh.set(key, item);
      }
      return [...fresh.values()];
    },
    noteSent(items) {
      for (const item of items) sent.set(keyOf(item), JSON.stringify(item));
    },
  };
}
