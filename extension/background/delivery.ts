/**
 * Delivering the outbox to the worker. Background only.
 *
 * The promises: a batch is frozen (orders + Idempotency-Key) in storage
 * before it is sent, and leaves the outbox only after a 2xx, so a service
 * worker killed mid-send resends the same body with the same key and the
 * worker replays its answer. Network errors, 5xx, 409 and 429 keep
 * everything and retry with backoff on a `chrome.alarms` alarm (never under
 * 30 s). A 401 stops delivery until the URL or token changes. A 400 means an
 * order can never be accepted as it stands: that order moves to the visible
 * rejected list and the rest of its batch is sent again. Orders whose
 * account awaits the seller's channel choice stay waiting, untouched.
 * Reading reports go after the orders (background/page-read-reports.ts) and
 * never change the orders' delivery state; so do sightings
 * (background/sighting-delivery.ts), which go even when the orders cannot.
 */
import { browser } from 'wxt/browser';
import { MAX_ORDERS_PER_CAPTURE } from '../../shared/schemas/order.js';
import { outboxItem } from '../background/stored-state.js';
import { type DeliveryState, deliveryItem } from '../messaging/storage.js';
import { channelIdsForAccounts, forgetGoneAccounts } from './account-channels.js';
import { accountId } from './account-rules.js';
import { ApiProblem, type Credentials, captureOrders } from './api-client.js';
import { refreshBadge } from './badge.js';
import { channelIdsFor, forgetChannels } from './channels.js';
import { noteCreated } from './created-orders.js';
import { credentialsDigest, readCredentials } from './credentials.js';
import { toOrderInput } from './order-input.js';
import { type OrderIssue, type Outbox, type OutboxBatch, removeBatch, splitBatch, takeBatch, unbatchAll, type WaitingOrder, waitingAccounts } from './outbox.js';
import { addRejected, updateOutbox } from './outbox-store.js';
import { deliverPageReads } from './page-read-reports.js';
import { deliverSightings } from './sighting-delivery.js';

/** The alarm that retries delivery. */
export const DELIVERY_ALARM = 'orderlens-delivery';
/** The shortest wait before a retry (Chrome will not fire an alarm sooner anyway). */
export const MIN_RETRY_MS = 30_000;
/** The longest wait between retries. */
export const MAX_RETRY_MS = 15 * 60_000;

/** How long to wait after `failures` failed attempts in a row (doubling from 30 s to 15 min, or what the worker asked). */
export function retryDelayMs(failures: number, retryAfterSeconds: number | null = null): number {
  const backoff = Math.min(MAX_RETRY_MS, MIN_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return Math.min(MAX_RETRY_MS, Math.max(backoff, (retryAfterSeconds ?? 0) * 1000));
}

/** Sets the delivery state, keeping the fields not given. */
async function setDelivery(change: Partial<DeliveryState>): Promise<DeliveryState> {
  const next = { ...(await deliveryItem.getValue()), ...change };
  await deliveryItem.setValue(next);
  return next;
}

/**
 * Makes sure a retry alarm exists while orders wait, and none when the
 * outbox is empty or delivery waits for a new token. Called at startup, so
 * the alarm is back after the browser restarts.
 */
export async function ensureRetryAlarm(): Promise<void> {
  const [outbox, delivery] = await Promise.all([outboxItem.getValue(), deliveryItem.getValue()]);
  const waiting = outbox.waiting.length + outbox.batches.length > 0;
  if (!waiting || delivery.state === 'unauthorized' || delivery.state === 'not_configured') {
    await browser.alarms.clear(DELIVERY_ALARM);
    return;
  }
  if (!(await browser.alarms.get(DELIVERY_ALARM))) await scheduleRetry(retryDelayMs(Math.max(1, delivery.failures)));
}

async function scheduleRetry(delayMs: number): Promise<void> {
  const minutes = Math.max(MIN_RETRY_MS, delayMs) / 60_000;
  // Periodic as well as delayed: if the worker dies while a retry runs, the alarm still comes back.
  await browser.alarms.create(DELIVERY_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}

let running: Promise<void> | undefined;
let askedAgain = false;

/**
 * Delivers everything waiting, now. Only one delivery runs at a time; asking
 * while one runs makes it go round once more (to pick up new captures).
 */
export function deliverOutbox(): Promise<void> {
  if (running) {
    askedAgain = true;
    return running;
  }
  running = (async () => {
    try {
      let outcome: 'done' | 'stopped';
      do {
        askedAgain = false;
        outcome = await deliverAll();
        await deliverWaitingSightings();
      } while (askedAgain && outcome === 'done');
    } finally {
      running = undefined;
      await refreshBadge();
    }
  })();
  return running;
}

/**
 * Sends the waiting sightings unless the worker is not set up or refused the
 * token. Whatever becomes of them, the orders' delivery stands.
 */
async function deliverWaitingSightings(): Promise<void> {
  const creds = await readCredentials();
  if (!creds || (await deliveryItem.getValue()).state === 'unauthorized') return;
  await deliverSightings(creds).catch((error: unknown) => console.warn('Orderlens: sightings were not sent', error));
}

async function deliverAll(): Promise<'done' | 'stopped'> {
  const creds = await readCredentials();
  if (!creds) {
    await setDelivery({ state: 'not_configured', problem: 'Connect Orderlens to your worker in Options.', nextAttemptAt: null });
    await ensureRetryAlarm();
    return 'stopped';
  }
  const digest = await credentialsDigest(creds);
  const delivery = await deliveryItem.getValue();
  if (delivery.state === 'unauthorized' && delivery.refusedCredentials === digest) return 'stopped';
  if (delivery.state === 'not_configured' || delivery.state === 'unauthorized') {
    await setDelivery({ state: 'ok', problem: null, failures: 0, refusedCredentials: null });
  }

  let channelRefreshes = 1;
  let keyRenewals = 1;
  for (;;) {
    let batch: OutboxBatch | undefined;
    try {
      batch = await nextBatch(creds);
      if (!batch) break;
      const result = await captureOrders(creds, batch.orders, batch.idempotencyKey);
      // A page counting the orders it brought to the book asks for these; losing them loses only a count.
      await noteCreated(batch.entries, result).catch((error: unknown) => console.error('Orderlens: cannot note created orders', error));
      const sent = batch.id;
      await updateOutbox((outbox) => ({ outbox: removeBatch(outbox, sent), value: undefined }));
      await setDelivery({ state: 'ok', problem: null, failures: 0, nextAttemptAt: null, lastDeliveredAt: new Date().toISOString() });
    } catch (thrown) {
      const error = thrown instanceof ApiProblem ? thrown : new ApiProblem('api', thrown instanceof Error ? thrown.message : String(thrown));
      if (error.kind === 'unauthorized') {
        await setDelivery({
          state: 'unauthorized',
          problem: 'The worker refused the API token (401). Enter a valid token in Options; captured orders wait until then.',
          refusedCredentials: digest,
          nextAttemptAt: null,
        });
        await browser.alarms.clear(DELIVERY_ALARM);
        return 'stopped';
      }
      if (batch && error.kind === 'api' && (error.status === 400 || error.status === 413)) {
        if (error.issues.length > 0 && error.issues.every((i) => i.path.endsWith('.channelId')) && channelRefreshes-- > 0) {
          // A cached channel is gone (deleted on the worker, or another worker now): look channels up
          // again and rebatch everything frozen with the old ids. Safe: capture is idempotent per order.
          await forgetChannels();
          // Unread (the worker unreachable now): the next attempt fails anyway and retries.
          await forgetGoneAccounts(creds).catch(() => undefined);
          await updateOutbox((outbox) => ({ outbox: unbatchAll(outbox), value: undefined }));
          continue;
        }
        await refuseOrders(batch, error);
        continue;
      }
      if (batch && error.kind === 'api' && error.status === 422 && error.code === 'idempotency_key_reused' && keyRenewals-- > 0) {
        // Cannot happen with frozen batches; if it does, a fresh key is safe (capture is idempotent per order).
        const id = batch.id;
        await updateOutbox((outbox) => ({ outbox: renewKey(outbox, id), value: undefined }));
        continue;
      }
      await failed(error);
      return 'stopped';
    }
  }
  await browser.alarms.clear(DELIVERY_ALARM);
  // Reports only once every order is delivered, and whatever becomes of them, the orders' delivery stands.
  await deliverPageReads(creds).catch((error: unknown) => console.warn('Orderlens: reading reports were not sent', error));
  return 'done';
}

/** The first frozen batch, or a new one made of waiting orders; undefined when nothing waits. */
async function nextBatch(creds: Credentials): Promise<OutboxBatch | undefined> {
  for (;;) {
    const current = await outboxItem.getValue();
    if (current.batches[0]) return current.batches[0];
    if (current.waiting.length === 0) return undefined;
    // Orders from a page that said its account go to that account's channel (held while the seller
    // has to choose it); the rest to the seller's first channel of the kind, as before accounts.
    const kinds = [...new Set(current.waiting.filter((w) => !w.account).map((w) => w.channelKind))];
    const channelIds = kinds.length ? await channelIdsFor(creds, kinds, { create: true }) : {};
    const accounts = waitingAccounts(current);
    const accountChannels = accounts.length ? await channelIdsForAccounts(creds, accounts) : new Map<string, string>();
    const channelFor = (w: WaitingOrder) => (w.account ? accountChannels.get(accountId(w.channelKind, w.account.key)) : channelIds[w.channelKind]);
    const now = new Date().toISOString();
    const { batch, rejected } = await updateOutbox((outbox) => {
      const taken = takeBatch(outbox, { channelFor, convert: toOrderInput, newId: () => crypto.randomUUID(), now, maxOrders: MAX_ORDERS_PER_CAPTURE });
      return { outbox: taken.outbox, value: { batch: taken.batch, rejected: taken.rejected } };
    });
    await addRejected(rejected);
    if (batch) return batch;
    if (rejected.length === 0) return undefined;
  }
}

/**
 * The worker refused a batch (400/413). Orders its issues name are
 * rejected; when it names none, a single order is rejected and a larger
 * batch is halved to find the culprit.
 */
async function refuseOrders(batch: OutboxBatch, error: ApiProblem): Promise<void> {
  const refused = new Map<number, { reason: string; issues: OrderIssue[] }>();
  for (const issue of error.issues) {
    const index = /^orders\.(\d+)(?:\.|$)/.exec(issue.path)?.[1];
    if (index === undefined || Number(index) >= batch.orders.length) continue;
    const at = Number(index);
    const own = { path: issue.path.replace(/^orders\.\d+\.?/, '') || '(order)', message: issue.message };
    const entry = refused.get(at) ?? { reason: `The worker refused this order: ${error.message}`, issues: [] };
    entry.issues.push(own);
    refused.set(at, entry);
  }
  if (refused.size === 0 && batch.orders.length === 1) {
    refused.set(0, { reason: `The worker refused this order (${error.status}): ${error.message}`, issues: [...error.issues] });
  }
  const size = refused.size > 0 ? batch.orders.length : Math.ceil(batch.orders.length / 2);
  const now = new Date().toISOString();
  const rejected = await updateOutbox((outbox) => {
    const split = splitBatch(outbox, batch.id, { refused, size, newId: () => crypto.randomUUID(), now });
    return { outbox: split.outbox, value: split.rejected };
  });
  await addRejected(rejected);
}

function renewKey(outbox: Outbox, batchId: string): Outbox {
  return { ...outbox, batches: outbox.batches.map((b) => (b.id === batchId ? { ...b, idempotencyKey: crypto.randomUUID() } : b)) };
}

/** Records a failed attempt and schedules the retry. */
async function failed(error: ApiProblem): Promise<void> {
  const previous = await deliveryItem.getValue();
  const failures = previous.failures + 1;
  const delay = retryDelayMs(failures, error.retryAfter);
  const problem =
    error.kind === 'unreachable'
      ? `${error.message} Orders wait and will be sent when it answers.`
      : error.kind === 'not_orderlens'
        ? error.message
        : // A 403 names the scope the token's role lacks; retried, as the owner may yet grant it.
          error.status === 403
          ? `${error.message} Captured orders wait until then.`
          : `The worker could not take the orders (${error.status ?? 'error'}: ${error.message}). Retrying.`;
  await setDelivery({ state: 'failing', problem, failures, nextAttemptAt: new Date(Date.now() + delay).toISOString() });
  await scheduleRetry(delay);
}
