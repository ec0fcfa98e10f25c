/**
 * Draining the webhook outbox, from the cron trigger: claim the due
 * deliveries (the oldest pending one per endpoint and order, so an order's
 * events arrive in order), POST each signed body, and record the outcome.
 * A failure is retried with exponential backoff (base × 2^(attempt−1),
 * capped, with jitter) until the last attempt, after which the delivery is
 * `dead` and stops holding back the order's later events. Delivery is at
 * least once; the `X-Orderlens-Delivery` id lets receivers drop repeats.
 */
import { signWebhook } from '../../../shared/webhook-signature.js';
import type { Db } from '../../db/client.js';
import type { SecretBox } from '../../db/secret-box.js';
import { notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { eventCursor } from './event-feed.js';
import { type AttemptOutcome, type ClaimedDelivery, claimDueDeliveries, deliveryForRetry, deliveryOf, recordAttempts } from './queries.js';

/** How deliveries are retried; the worker reads overrides from vars (see `deliverySettings`). */
export interface DeliverySettings {
  retryBaseMs: number;
  retryCapMs: number;
  maxAttempts: number;
  timeoutMs: number;
  /** Stop claiming new work after this long (a cron invocation has limited time). */
  budgetMs: number;
}

/** Defaults: 30 s, 1 min, 2 min … capped at 6 h; 15 attempts (about 1.5 days). */
export const DEFAULT_DELIVERY: DeliverySettings = { retryBaseMs: 30_000, retryCapMs: 6 * 3_600_000, maxAttempts: 15, timeoutMs: 10_000, budgetMs: 25_000 };

/** Settings from the worker's vars `WEBHOOK_RETRY_BASE_MS` and `WEBHOOK_MAX_ATTEMPTS`, else the defaults. */
export function deliverySettings(env: object): DeliverySettings {
  const vars = env as { WEBHOOK_RETRY_BASE_MS?: string; WEBHOOK_MAX_ATTEMPTS?: string };
  const base = Number(vars.WEBHOOK_RETRY_BASE_MS);
  const max = Number(vars.WEBHOOK_MAX_ATTEMPTS);
  return { ...DEFAULT_DELIVERY, ...(base > 0 ? { retryBaseMs: base } : {}), ...(max > 0 ? { maxAttempts: max } : {}) };
}

/** When attempt number `attempt` (1-based) failed at `now`, the time of the next try. */
export function nextAttemptTime(now: number, attempt: number, s: Pick<DeliverySettings, 'retryBaseMs' | 'retryCapMs'>, jitter = Math.random()): number {
  const delay = Math.min(s.retryCapMs, s.retryBaseMs * 2 ** (attempt - 1));
  return now + Math.round(delay * (0.9 + 0.2 * jitter));
}

/** What one POST of an event to an endpoint came to. */
interface PostOutcome {
  statusCode: number | null;
  error: string | null;
  started: number;
  ended: number;
}

/** POSTs a signed event body to `url`; any 2xx within the timeout is success. */
async function postEvent(
  target: { url: string; secret: string },
  headers: { deliveryId: string; eventType: string; eventId: string; cursor?: string },
  payload: string,
  timeoutMs: number,
): Promise<PostOutcome> {
  const started = Date.now();
  const signature = await signWebhook(target.secret, payload, Math.floor(started / 1000));
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Orderlens-Webhooks/1',
        'X-Orderlens-Delivery': headers.deliveryId,
        'X-Orderlens-Event': headers.eventType,
        'X-Orderlens-Event-Id': headers.eventId,
        // The feed cursor after this event: a receiver that missed deliveries reads GET /v1/events from its last one.
        ...(headers.cursor ? { 'X-Orderlens-Event-Cursor': headers.cursor } : {}),
        'X-Orderlens-Signature': signature,
      },
      body: payload,
      signal: AbortSignal.timeout(timeoutMs),
    });
    statusCode = res.status;
    await res.body?.cancel();
    if (!res.ok) error = `endpoint answered ${res.status}`;
  } catch (e) {
    error = String((e as Error)?.message ?? e).slice(0, 300);
  }
  return { statusCode, error, started, ended: Date.now() };
}

async function attempt(d: ClaimedDelivery, box: SecretBox, s: DeliverySettings): Promise<AttemptOutcome> {
  const { statusCode, error, started, ended } = await postEvent(
    { url: d.url, secret: await box.open(d.secret, `webhook_endpoints/${d.endpointId}`) },
    { deliveryId: d.id, eventType: d.eventType, eventId: d.eventId, cursor: eventCursor(d.eventSeq, d.eventId) },
    d.payload,
    s.timeoutMs,
  );
  const number = d.attempts + 1;
  const state = error === null ? 'delivered' : number >= s.maxAttempts ? 'dead' : 'pending';
  return {
    deliveryId: d.id,
    at: new Date(ended).toISOString(),
    statusCode,
    error,
    durationMs: ended - started,
    state,
    nextAttemptAt: state === 'pending' ? new Date(nextAttemptTime(ended, number, s)).toISOString() : null,
  };
}

/**
 * Sends one signed `webhook.test` event to an endpoint now, outside the
 * outbox (it is not in the feed and is not retried), and says how it went.
 */
export async function sendTestEvent(endpoint: { id: string; url: string; secret: string }, s: DeliverySettings = DEFAULT_DELIVERY) {
  const event = {
    id: newId('evt'),
    type: 'webhook.test' as const,
    createdAt: new Date().toISOString(),
    data: { endpointId: endpoint.id, message: 'A test event from Orderlens: verify its signature as you would any delivery.' },
  };
  const out = await postEvent(endpoint, { deliveryId: newId('dlv'), eventType: event.type, eventId: event.id }, JSON.stringify(event), s.timeoutMs);
  return { delivered: out.error === null, statusCode: out.statusCode, error: out.error, durationMs: out.ended - out.started, event };
}

/**
 * Sends one of the seller's deliveries again now, as the cron would (same
 * delivery id and headers, freshly signed), out of its turn, and records the
 * attempt. Success marks it delivered; a failure leaves a delivered or dead
 * delivery as it was and moves a pending one on as a cron failure would.
 */
export async function retryDelivery(db: Db, box: SecretBox, sellerId: string, endpointId: string, deliveryId: string, s: DeliverySettings = DEFAULT_DELIVERY) {
  const d = await deliveryForRetry(db, sellerId, endpointId, deliveryId);
  if (!d) throw notFound(`Delivery ${deliveryId} of webhook endpoint ${endpointId}`);
  const outcome = await attempt(d, box, s);
  if (outcome.error !== null && d.state !== 'pending') Object.assign(outcome, { state: d.state, nextAttemptAt: null });
  await recordAttempts(db, [outcome]);
  const delivery = (await deliveryOf(db, sellerId, endpointId, deliveryId))!;
  return { delivered: outcome.error === null, statusCode: outcome.statusCode, error: outcome.error, durationMs: outcome.durationMs, delivery };
}

/** Sends what is due, round after round, until nothing is due or the budget is spent. Returns the outcomes. */
export async function deliverWebhooks(db: Db, box: SecretBox, s: DeliverySettings = DEFAULT_DELIVERY, batchSize = 50): Promise<AttemptOutcome[]> {
  const started = Date.now();
  const all: AttemptOutcome[] = [];
  while (Date.now() - started < s.budgetMs) {
    const now = Date.now();
    const due = await claimDueDeliveries(db, new Date(now).toISOString(), new Date(now + s.timeoutMs + 30_000).toISOString(), batchSize);
    if (due.length === 0) break;
    const outcomes = await Promise.all(due.map((d) => attempt(d, box, s)));
    await recordAttempts(db, outcomes);
    all.push(...outcomes);
  }
  return all;
}
