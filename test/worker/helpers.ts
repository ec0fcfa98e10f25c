/**
 * Test helpers: call the app in-process (inside workerd, on the test's real
 * D1) and set up sellers, channels and orders the way a client would.
 */
import { env } from 'cloudflare:test';
import { expect, vi } from 'vitest';
import { type OrderInput, orderInput } from '../../shared/schemas/order.js';
import { app } from '../../worker/app.js';
import { examples } from '../../worker/http/examples.js';
import type { BodyOf, Method } from './api-types.js';

/** An answer: status, headers and parsed JSON body. */
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** Sends a request to the app, JSON-encoding `body` unless it is a string. */
export async function call<M extends Method, U extends string, T = BodyOf<U, M>>(
  method: M,
  path: U,
  opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  let payload: string | undefined;
  if (opts.body !== undefined) {
    payload = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const res = await app.request(path, { method, headers, ...(payload !== undefined ? { body: payload } : {}) }, env);
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body: parsed as T };
}

/** A seller with a token and one channel per marketplace kind. */
export interface TestSeller {
  id: string;
  token: string;
  channels: Record<'amazon' | 'ebay' | 'etsy' | 'shopify' | 'walmart' | 'manual', string>;
}

/** Creates a seller through the admin API, and its channels. */
export async function newSeller(name = 'Acme Goods'): Promise<TestSeller> {
  const created = await call('POST', '/v1/admin/sellers', { token: env.ADMIN_TOKEN, body: { name } });
  if (created.status !== 201) throw new Error(`seller not created: ${JSON.stringify(created.body)}`);
  const token: string = created.body.token;
  const channels = {} as TestSeller['channels'];
  for (const kind of ['amazon', 'ebay', 'etsy', 'shopify', 'walmart', 'manual'] as const) {
    const ch = await call('POST', '/v1/channels', { token, body: { kind, name: `${kind} store` } });
    channels[kind] = ch.body.channel.id;
  }
  return { id: created.body.seller.id, token, channels };
}

let counter = 0;

// The documented capture example, less its ship-by time and address: most tests leave those unknown.
const { shipBy: _shipBy, shipTo: _shipTo, ...exampleOrder } = orderInput.parse(examples.captureOrders.request);

/** A valid order for a channel, with overrides. */
export function anOrder(channelId: string, overrides: Partial<OrderInput> = {}): OrderInput {
  counter += 1;
  // A copy each time: a test that changes its order's lines or buyer changes no other test's.
  return { ...structuredClone(exampleOrder), channelId, externalId: `113-0000000-${String(counter).padStart(7, '0')}`, ...overrides };
}

/** Captures `orders` for seller `s` in one POST /v1/orders; gives the answer. */
export function captureOrders(s: TestSeller, orders: OrderInput[]) {
  return call('POST', '/v1/orders', { token: s.token, body: { orders } });
}

/** Expects `res` to be the app's error answer: `status`, and `error` as given, tagged with the answer's request id. */
export function expectErrorAnswer(res: Answer, status: number, error: { code: string; message: string; issues?: Array<{ path: string; message: string }> }): void {
  expect(res.status).toBe(status);
  expect(res.body.error).toEqual({ ...error, requestId: res.headers.get('Request-Id') });
}

/** Counts rows of a table for one seller, straight from D1. */
export async function rowCount(table: string, sellerId?: string): Promise<number> {
  const stmt = sellerId ? env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE seller_id = ?`).bind(sellerId) : env.DB.prepare(`SELECT count(*) AS n FROM ${table}`);
  return ((await stmt.first<{ n: number }>())?.n ?? 0) as number;
}

/** A webhook POST as the receiver got it. */
export interface ReceivedWebhook {
  url: string;
  headers: Headers;
  body: string;
}

/**
 * Stands in for every webhook receiver: records what the worker POSTs and
 * answers with `status`. Tests restore `fetch` with vi.restoreAllMocks().
 */
export function webhookReceiver(status = 204): ReceivedWebhook[] {
  const got: ReceivedWebhook[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    got.push({ url: String(input), headers: new Headers(init?.headers), body: String(init?.body) });
    return new Response(null, { status });
  });
  return got;
}

/** A seller created through the admin API with only `books` open to new sellers (e.g. '1'), with an amazon channel. */
export async function sellerOn(books: string, name: string): Promise<{ id: string; token: string; channel: string }> {
  const res = await app.request(
    '/v1/admin/sellers',
    { method: 'POST', headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) },
    { ...env, NEW_SELLER_BOOKS: books },
  );
  const created = (await res.json()) as { seller: { id: string }; token: string };
  const channel = await call('POST', '/v1/channels', { token: created.token, body: { kind: 'amazon', name: `${name} amazon` } });
  return { id: created.seller.id, token: created.token, channel: channel.body.channel.id };
}
