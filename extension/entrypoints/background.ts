/**
 * The background: owns the token, the API client and the outbox. Content
 * scripts send what they read off portal pages (`capture`) and ask for
 * statuses; the popup and options page ask for lookups, orders, state and
 * connection tests (see services/messages.ts). Every listener is registered
 * at the top level so an event wakes a stopped service worker; all state is
 * in storage; retries run on an alarm, never a timer. It also keeps each
 * page's reading report for the worker and fetches the worker's portal packs.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ApiProblem, fetchOrder, lookupOrders } from '../services/api-client.js';
import { refreshBadge } from '../services/badge.js';
import { testConnection } from '../services/connection-test.js';
import { credentialsDigest, readCredentials } from '../services/credentials.js';
import { DELIVERY_ALARM, deliverOutbox, ensureRetryAlarm } from '../services/delivery.js';
import { answerMessages, BackgroundError, type CaptureAnswer, type ConnectionState } from '../services/messages.js';
import { readStatuses } from '../services/order-statuses.js';
import { toOrderInput } from '../services/order-input.js';
import { validCaptures, validPageHealth, validStatusesAsk } from '../services/message-checks.js';
import { recordPageHealth } from '../services/page-readings.js';
import { keepPageRead, PAGE_READS_ALARM, pageReadOf } from '../services/page-read-reports.js';
import { ensurePacksAlarm, PACKS_ALARM, refreshPortalPacks } from '../services/portal-packs.js';
import { readRisks, recordListingQuantities, validObservations, validRisksAsk } from '../services/listing-risks.js';
import { rejection, waitingCount, type RejectedOrder } from '../services/outbox.js';
import { addRejected, noteCounts, persistCaptures, removeRejected } from '../services/outbox-store.js';
import { portalOrderUrl, shopifyStoreOf } from '../services/portal-links.js';
import {
  apiTokenItem, deliveryItem, moveStateToDatabase, outboxItem, packChecksItem, portalSwitchesItem, rejectedItem, shopifyStoreItem, workerUrlItem,
} from '../services/storage.js';

/** Connection and outbox state, as the popup and options page show it. */
async function connectionState(): Promise<ConnectionState> {
  const [url, token, delivery, outbox, rejected, portals] = await Promise.all([
    workerUrlItem.getValue(), apiTokenItem.getValue(), deliveryItem.getValue(), outboxItem.getValue(), rejectedItem.getValue(), portalSwitchesItem.getValue(),
  ]);
  const configured = Boolean(url && token);
  return {
    configured,
    workerUrl: url || null,
    delivery: configured ? delivery.state : 'not_configured',
    problem: configured ? delivery.problem : 'Connect Orderlens to your worker in Options.',
    waiting: waitingCount(outbox),
    rejected,
    lastDeliveredAt: delivery.lastDeliveredAt,
    nextAttemptAt: delivery.nextAttemptAt,
    portals,
  };
}

/** Error codes and plain messages for whatever a handler threw. */
function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof BackgroundError) return { code: error.code, message: error.message };
  if (error instanceof ApiProblem) return { code: error.kind === 'api' ? (error.code ?? 'api_error') : error.kind, message: error.message };
  if (error instanceof DOMException && error.name === 'AbortError') return { code: 'superseded', message: 'A newer search replaced this one.' };
  console.error('Orderlens background error', error);
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

async function requireCredentials() {
  const creds = await readCredentials();
  if (!creds) throw new BackgroundError('not_configured', 'Connect Orderlens to your worker in Options.');
  return creds;
}

let currentLookup: AbortController | undefined;

export default defineBackground({
  type: 'module',
  main() {
    answerMessages(
      {
        async capture(message, sender): Promise<CaptureAnswer> {
          const { channelKind, orders } = validCaptures(message);
          if (!(await portalSwitchesItem.getValue())[channelKind]) {
            throw new BackgroundError('portal_off', `Orderlens is switched off for ${channelKind} in Options.`);
          }
          const capturedAt = new Date().toISOString();
          const refused: RejectedOrder[] = [];
          const accepted = orders.filter((order) => {
            const waiting = { channelKind, order, firstSeenAt: capturedAt, capturedAt };
            const converted = toOrderInput(waiting, 'channel');
            if (!converted.ok) refused.push(rejection(waiting, converted.reason, converted.issues, capturedAt));
            return converted.ok;
          });
          // Persisted before the answer: once a content script hears back, the orders survive anything.
          const waiting = accepted.length ? await persistCaptures(channelKind, accepted, capturedAt) : waitingCount(await outboxItem.getValue());
          await addRejected(refused);
          const store = channelKind === 'shopify' ? shopifyStoreOf(sender.url) : undefined;
          if (store) await shopifyStoreItem.setValue(store);
          await refreshBadge();
          if (accepted.length) void deliverOutbox().catch((error) => console.error('Orderlens delivery failed', error));
          return { queued: accepted.length, rejected: refused.map((r) => ({ externalId: r.externalId, reason: r.reason })), waiting };
        },
        async pageHealth(message, sender) {
          const { channelKind, health } = validPageHealth(message);
          const now = new Date();
          await recordPageHealth(channelKind, health, sender.tabId, now);
          // A report is a measure: one that cannot be kept is not worth failing the message for.
          await keepPageRead(pageReadOf(health, now.toISOString())).catch((error: unknown) => console.warn('Orderlens: a reading report was not kept', error));
          return { recorded: true };
        },
        async statuses(message) {
          const { channelKind, externalIds } = validStatusesAsk(message);
          if (!(await portalSwitchesItem.getValue())[channelKind]) {
            throw new BackgroundError('portal_off', `Orderlens is switched off for ${channelKind} in Options.`);
          }
          return readStatuses(channelKind, externalIds);
        },
        async observations(message) {
          const { channelKind, listings } = validObservations(message);
          if (!(await portalSwitchesItem.getValue())[channelKind]) {
            throw new BackgroundError('portal_off', `Orderlens is switched off for ${channelKind} in Options.`);
          }
          return recordListingQuantities(channelKind, listings);
        },
        async risks(message) {
          const { channelKind, channelSkus } = validRisksAsk(message);
          if (!(await portalSwitchesItem.getValue())[channelKind]) {
            throw new BackgroundError('portal_off', `Orderlens is switched off for ${channelKind} in Options.`);
          }
          return readRisks(channelKind, channelSkus);
        },
        async lookup({ q, limit }) {
          const creds = await requireCredentials();
          currentLookup?.abort();
          const mine = new AbortController();
          currentLookup = mine;
          try {
            return { results: await lookupOrders(creds, String(q).slice(0, 200), Math.min(50, Math.max(1, limit ?? 10)), mine.signal) };
          } finally {
            if (currentLookup === mine) currentLookup = undefined;
          }
        },
        async order({ id }) {
          const order = await fetchOrder(await requireCredentials(), String(id));
          return { order, portalUrl: portalOrderUrl(order.channelKind, order.externalId, await shopifyStoreItem.getValue()) };
        },
        state: () => connectionState(),
        testConnection: ({ url, token }) => testConnection(String(url), String(token)),
        async deliverNow() {
          await deliverOutbox();
          return connectionState();
        },
        async dismissRejected({ keys }) {
          await removeRejected(keys?.map(String));
          return connectionState();
        },
      },
      describeError,
    );

    browser.alarms.onAlarm.addListener((alarm) => {
      // Reading reports go with a delivery: orders first, then the reports.
      if (alarm.name === DELIVERY_ALARM || alarm.name === PAGE_READS_ALARM) void deliverOutbox().catch((error) => console.error('Orderlens delivery failed', error));
      if (alarm.name === PACKS_ALARM) void checkPortalPacks();
    });

    // A new URL or token: a refused token may now be accepted, and a new worker has its own channels.
    const credentialsChanged = () => void afterCredentialsChange().catch((error) => console.error('Orderlens delivery failed', error));
    workerUrlItem.watch(credentialsChanged);
    apiTokenItem.watch(credentialsChanged);

    // What an earlier version kept in extension storage moves to the database before start-up.
    const moved = moveStateToDatabase().catch((error: unknown) => console.error('Orderlens could not move its state to the database', error));
    // Packs are asked for when the browser starts and when the extension is installed or updated, then daily.
    browser.runtime.onStartup.addListener(() => void moved.then(startUp).then(checkPortalPacks));
    browser.runtime.onInstalled.addListener(() => void moved.then(startUp).then(checkPortalPacks));
    // Also on every wake-up of the service worker: the alarm may be gone and orders may wait.
    void moved.then(startUp);
  },
});

async function afterCredentialsChange(): Promise<void> {
  const creds = await readCredentials();
  const delivery = await deliveryItem.getValue();
  if (creds && delivery.refusedCredentials && delivery.refusedCredentials !== (await credentialsDigest(creds))) {
    await deliveryItem.setValue({ ...delivery, state: 'ok', problem: null, failures: 0, refusedCredentials: null });
  }
  try {
    await deliverOutbox();
  } finally {
    // Another worker may serve other packs; its first answer is taken whole (no ETag of the old one).
    await packChecksItem.setValue({ ...(await packChecksItem.getValue()), etag: null });
    await checkPortalPacks();
  }
}

async function checkPortalPacks(): Promise<void> {
  await refreshPortalPacks(await readCredentials());
}

async function startUp(): Promise<void> {
  try {
    const { waiting } = await noteCounts();
    await refreshBadge();
    await ensureRetryAlarm();
    await ensurePacksAlarm();
    if (waiting > 0) await deliverOutbox();
  } catch (error) {
    console.error('Orderlens start-up failed', error);
  }
}
