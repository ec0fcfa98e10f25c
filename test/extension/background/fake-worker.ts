/**
 * What the background tests share around their fake workers: the worker's
 * address, JSON answers, a capture the worker takes whole, captured orders,
 * and the start of each test (a fresh fake browser whose `fetch` goes to the
 * test's own fake worker, with the extension set to its URL and a token).
 */
import { onTestFinished, vi } from 'vitest';
import { apiTokenItem } from '../../../extension/background/token.js';
import type { CapturedOrder } from '../../../extension/content/portals/types.js';
import { workerUrlItem } from '../../../extension/messaging/storage.js';
import { fakeBrowser } from '../background-globals.js';
import { plainRequest } from './plain-request.js';

export const WORKER_URL = 'http://127.0.0.1:8787';

/** A JSON answer, as the worker gives it. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** The worker's answer to a capture (POST /v1/orders) that creates every order. */
export const allCreated = (body: { orders: Array<{ externalId: string }> }) => json(200, { results: body.orders.map((o, i) => ({ externalId: o.externalId, id: `ord_${i}`, outcome: 'created' })) });

/** Amazon order number `n` (3-7-7 digits). */
export const amazonOrderId = (n: number) => `113-0000000-${String(n).padStart(7, '0')}`;

/** Order `n` as a content script captures it: ready, one unit of SKU at 9.99. */
export function captured(n: number, extra: Partial<CapturedOrder> = {}): CapturedOrder {
  return { externalId: amazonOrderId(n), status: 'ready', lines: [{ channelSku: 'SKU', quantity: 1, unitPrice: 999 }], partial: false, missing: [], ...extra };
}

/** A fake worker: answers what `fetch` is handed, as a URL and an init with lower-case header names. */
export interface FakeWorker {
  fetch(input: string, init?: RequestInit): Promise<Response>;
}

/**
 * Starts a test against `worker`: the fake browser reset, `items` emptied,
 * `fetch` answered by the worker, and the extension pointed at it with the
 * token 'good-token'; `fetch` is put back once the test is done. Call it
 * from `beforeEach` or the test itself.
 */
export async function startWith(worker: FakeWorker, items: ReadonlyArray<{ removeValue(): Promise<void> }>): Promise<void> {
  fakeBrowser.reset();
  await Promise.all(items.map((item) => item.removeValue()));
  vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => worker.fetch(...(await plainRequest(input, init))));
  await workerUrlItem.setValue(WORKER_URL);
  await apiTokenItem.setValue('good-token');
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
}
