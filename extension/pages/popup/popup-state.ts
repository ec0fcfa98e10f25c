/**
 * What the popup knows, as signals: the connection, the search (the first
 * key after a pause is sent at once, keys in a burst are debounced 40 ms; an
 * answer to a superseded search is ignored, and the background cancels its
 * request), the order open in detail and each portal's last reading.
 */
import { signal } from '@preact/signals';
import type { LookupMatch } from '../../background/api-client.js';
import type { PortalId } from '../../content/portals/types.js';
import { askBackground, BackgroundError, type ConnectionState, type OrderAnswer } from '../../messaging/messages.js';
import { type ReadingHealthLine, readingHealthItem } from '../../messaging/storage.js';

/**
 * Keys closer together than this are a burst (key repeat, a fast typist's
 * run): the burst is searched once it pauses this long. A key after such a
 * pause is searched at once, so a typist's last key waits for nothing.
 */
export const SEARCH_DELAY_MS = 40;

export const connection = signal<ConnectionState | null>(null);
export const query = signal('');
export const results = signal<LookupMatch[]>([]);
/** Index of the highlighted result, -1 for none. */
export const active = signal(-1);
export const searchState = signal<'idle' | 'searching' | 'done' | 'failed'>('idle');
export const searchProblem = signal('');
export const opened = signal<OrderAnswer | null>(null);
export const openState = signal<'idle' | 'loading' | 'failed'>('idle');
export const openProblem = signal('');
export const readingHealth = signal<Partial<Record<PortalId, ReadingHealthLine>>>({});

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads the connection state from the background. */
export async function refreshConnection(): Promise<void> {
  try {
    connection.value = await askBackground({ type: 'state' });
  } catch (error) {
    connection.value = null;
    searchProblem.value = messageOf(error);
  }
}

/** Reads each portal's last reading (kept by the background in extension storage). */
export async function refreshReadingHealth(): Promise<void> {
  readingHealth.value = await readingHealthItem.getValue();
}

/** Asks the background to send what waits now. */
export async function sendNow(): Promise<void> {
  connection.value = await askBackground({ type: 'deliverNow' });
}

/** Forgets the orders that could not be sent. */
export async function dismissRejected(): Promise<void> {
  connection.value = await askBackground({ type: 'dismissRejected' });
}

let timer: ReturnType<typeof setTimeout> | undefined;
let latest = 0;
/** When the previous key came (performance.now()). */
let lastKeyAt = Number.NEGATIVE_INFINITY;

/** Takes what the seller typed; searches at once after a pause, else once the burst pauses. */
export function typeQuery(text: string): void {
  query.value = text;
  clearTimeout(timer);
  const mine = ++latest;
  const now = performance.now();
  const burst = now - lastKeyAt < SEARCH_DELAY_MS;
  lastKeyAt = now;
  if (!text.trim()) {
    results.value = [];
    active.value = -1;
    searchState.value = 'idle';
    return;
  }
  // The rows shown are for the text before this key: busy until the new answer.
  searchState.value = 'searching';
  if (burst) timer = setTimeout(() => void search(text.trim(), mine), SEARCH_DELAY_MS);
  else void search(text.trim(), mine);
}

async function search(q: string, mine: number): Promise<void> {
  searchState.value = 'searching';
  try {
    const answer = await askBackground({ type: 'lookup', q, limit: 10 });
    if (mine !== latest) return;
    results.value = answer.results;
    active.value = answer.results.length ? 0 : -1;
    searchState.value = 'done';
  } catch (error) {
    if (mine !== latest || (error instanceof BackgroundError && error.code === 'superseded')) return;
    searchProblem.value = messageOf(error);
    searchState.value = 'failed';
  }
}

/** Moves the highlight by `step`, staying within the results. */
export function moveHighlight(step: number): void {
  const n = results.value.length;
  if (n === 0) return;
  active.value = Math.min(n - 1, Math.max(0, active.value + step));
}

/** Opens an order's detail. */
export async function openOrder(id: string): Promise<void> {
  openState.value = 'loading';
  try {
    opened.value = await askBackground({ type: 'order', id });
    openState.value = 'idle';
  } catch (error) {
    openProblem.value = messageOf(error);
    openState.value = 'failed';
  }
}

/** Back from the detail to the results. */
export function closeOrder(): void {
  opened.value = null;
  openState.value = 'idle';
}
