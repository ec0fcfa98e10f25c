/**
 * What the popup knows, as signals: the connection, the search (debounced
 * 40 ms; an answer to a superseded search is ignored, and the background
 * cancels its request), the order open in detail and each portal's last reading.
 */
import { signal } from '@preact/signals';
import type { LookupMatch } from '../../background/api-client.js';
import type { PortalId } from '../../content/portals/types.js';
import { askBackground, BackgroundError, type ConnectionState, type OrderAnswer } from '../../messaging/messages.js';
import { type ReadingHealthLine, readingHealthItem } from '../../messaging/storage.js';

/**
 * How long typing must pause before a search is sent: long enough to fold
 * key repeat and pasted bursts into one search, short enough that the first
 * result can follow the last key within 100 ms.
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

/** Takes what the seller typed; searches once typing pauses. */
export function typeQuery(text: string): void {
  query.value = text;
  clearTimeout(timer);
  const mine = ++latest;
  if (!text.trim()) {
    results.value = [];
    active.value = -1;
    searchState.value = 'idle';
    return;
  }
  // The rows shown are for the text before this key: busy until the new answer.
  searchState.value = 'searching';
  timer = setTimeout(() => void search(text.trim(), mine), SEARCH_DELAY_MS);
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
