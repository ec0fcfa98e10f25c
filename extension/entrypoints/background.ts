/**
 * The background: owns the token, the API client and the outbox. Content
 * scripts send what they read off portal pages (`capture`, with the page's
 * account), ask for statuses, and pass on the seller's answer to "which
 * channel is this account?" (`chooseChannel`); the popup and options page
 * ask for lookups, orders, state, accounts and connection tests (see
 * services/messages.ts). Every listener is registered
 * at the top level so an event wakes a stopped service worker; all state is
 * in storage; retries run on an alarm, never a timer. It also keeps each
 * page's reading report for the worker and fetches the worker's portal packs.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ApiProblem, fetchOrder, lookupOrders, type Credentials } from '../services/api-client.js';
import { refreshBadge } from '../services/badge.js';
import { testConnection } from '../services/connection-test.js';
import { credentialsDigest, readCredentials } from '../services/credentials.js';
import { readManagedConfig, watchManagedConfig } from '../background/managed-config.js';
import { DELIVERY_ALARM, deliverOutbox, ensureRetryAlarm } from '../services/delivery.js';
import {
  answerMessages, BackgroundError, type AccountChoiceAsk, type AccountsOverview, type CaptureAnswer, type ConnectionState,
} from '../services/messages.js';
import { accountsOverview, choiceAwaited, chooseChannel, forgetAccount, heldForChoice } from '../services/account-channels.js';
import { readStatuses } from '../services/order-statuses.js';
import { toOrderInput } from '../services/order-input.js';
import { validAccountRef, validCaptures, validChannelChoice, validPageHealth, validStatusesAsk } from '../services/message-checks.js';
import { isNewReading, recordPageHealth } from '../services/page-readings.js';
import { keepPageRead, PAGE_READS_ALARM, pageReadOf } from '../services/page-read-reports.js';
import { ensurePacksAlarm, PACKS_ALARM, refreshPortalPacks } from '../services/portal-packs.js';
import { readRisks, recordListingQuantities, validObservations, validRisksAsk } from '../services/listing-risks.js';
import { rejection, waitingCount, waitingOfAccount, type RejectedOrder } from '../services/outbox.js';
import { addRejected, noteCounts, persistCaptures, removeRejected } from '../services/outbox-store.js';
import { portalOrderUrl, shopifyStoreOf } from '../services/portal-links.js';
import type { PageAccount, PortalId } from '../portals/types.js';
import {
  apiTokenItem, deliveryItem, moveStateToDatabase, outboxItem, packChecksItem, portalSwitchesItem, rejectedItem, shopifyStoreItem, workerUrlItem,
} from '../services/storage.js';

/** Connection and outbox state, as the popup and options page show it. */
async function connectionState(): Promise<ConnectionState> {
  const [creds, delivery, outbox, rejected, portals] = await Promise.all([
    readCredentials(), deliveryItem.getValue(), outboxItem.getValue(), rejectedItem.getValue(), portalSwitchesItem.getValue(),
  ]);
  const configured = Boolean(creds);
  const awaitingChoice = creds ? await heldForChoice(creds, outbox) : 0;
  return {
    configured,
    workerUrl: creds?.url ?? null,
    delivery: configured ? delivery.state : 'not_configured',
    problem: configured ? delivery.problem : 'Connect Orderlens to your worker in Options.',
    waiting: waitingCount(outbox),
    awaitingChoice,
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
          const { channelKind, orders, account } = validCaptures(message);
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
          const waiting = accepted.length ? await persistCaptures(channelKind, accepted, capturedAt, account) : waitingCount(await outboxItem.getValue());
          await addRejected(refused);
          const store = channelKind === 'shopify' ? shopifyStoreOf(sender.url) : undefined;
          if (store) await shopifyStoreItem.setValue(store);
          await refreshBadge();
          const choose = account && accepted.length ? await choiceToAsk(channelKind, account) : undefined;
          if (accepted.length) void deliverOutbox().catch((error) => console.error('Orderlens delivery failed', error));
          return { queued: accepted.length, rejected: refused.map((r) => ({ externalId: r.externalId, reason: r.reason })), waiting, ...(choose ? { choose } : {}) };
        },
        async pageHealth(message, sender) {
          const { channelKind, health } = validPageHealth(message);
          const now = new Date();
          await recordPageHealth(channelKind, health, sender.tabId, now);
          // A report is a measure: one that cannot be kept is not worth failing the message for.
          if (isNewReading(channelKind, health, now)) {
            await keepPageRead(pageReadOf(health, now.toISOString())).catch((error: unknown) => console.warn('Orderlens: a reading report was not kept', error));
          }
          return { recorded: true };
        },
        async statuses(message) {
          const { channelKind, externalIds, accountKey } = validStatusesAsk(message);
          if (!(await portalSwitchesItem.getValue())[channelKind]) {
            throw new BackgroundError('portal_off', `Orderlens is switched off for ${channelKind} in Options.`);
          }
          return readStatuses(channelKind, externalIds, accountKey);
        },
        async observations(message) {
          const { channelKind, listings, accountKey } = validObservations(message);
          if (!(await portalSwitchesItem.getValue())[channelKind]) {
            throw new BackgroundError('portal_off', `Orderlens is switched off for ${channelKind} in Options.`);
          }
          return recordListingQuantities(channelKind, listings, accountKey);
        },
        async risks(message) {
          const { channelKind, channelSkus, accountKey } = validRisksAsk(message);
          if (!(await portalSwitchesItem.getValue())[channelKind]) {
            throw new BackgroundError('portal_off', `Orderlens is switched off for ${channelKind} in Options.`);
          }
          return readRisks(channelKind, channelSkus, accountKey);
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
        async checkPacks() {
          return { outcome: await refreshPortalPacks(await readCredentials()) };
        },
        async deliverNow() {
          await deliverOutbox();
          return connectionState();
        },
        async dismissRejected({ keys }) {
          await removeRejected(keys?.map(String));
          return connectionState();
        },
        async chooseChannel(message) {
          const { channelKind, account, target } = validChannelChoice(message);
          const chosen = await chooseChannel(await requireCredentials(), { channelKind, account }, target);
          // The account's held orders go now; the choice is answered without waiting for them.
          void deliverOutbox().catch((error) => console.error('Orderlens delivery failed', error));
          return chosen;
        },
        accounts: async () => accountsWithHeld(await requireCredentials()),
        async forgetAccount(message) {
          const creds = await requireCredentials();
          const { channelKind, account } = validAccountRef({ channelKind: message.channelKind, account: { key: message.key } });
          await forgetAccount(creds, channelKind, account.key);
          return accountsWithHeld(creds);
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
    watchManagedConfig(credentialsChanged);
    // Read at start: Chrome's first managed-storage read waits for its policy service (seconds, at launch).
    void readManagedConfig();

    // What an earlier version kept in extension storage moves to the database before start-up.
    const moved = moveStateToDatabase().catch((error: unknown) => console.error('Orderlens could not move its state to the database', error));
    // Packs are asked for when the browser starts and when the extension is installed or updated, then daily.
    browser.runtime.onStartup.addListener(() => void moved.then(startUp).then(checkPortalPacks));
    browser.runtime.onInstalled.addListener(() => void moved.then(startUp).then(checkPortalPacks));
    // Also on every wake-up of the service worker: the alarm may be gone and orders may wait.
    void moved.then(startUp);
  },
});

/**
 * The channel choice a capture's page should ask for, when its account maps
 * to no channel for sure; undefined when it does, or when the worker cannot
 * be asked now (delivery notes the choice later, and the options page shows it).
 */
async function choiceToAsk(channelKind: PortalId, account: PageAccount): Promise<AccountChoiceAsk | undefined> {
  const creds = await readCredentials();
  if (!creds) return undefined;
  try {
    const awaited = await choiceAwaited(creds, { channelKind, account });
    if (!awaited) return undefined;
    return { account, channels: awaited.channels, held: waitingOfAccount(await outboxItem.getValue(), channelKind, account.key) };
  } catch {
    return undefined;
  }
}

/** The accounts overview, with how many orders each account awaiting a choice holds. */
async function accountsWithHeld(creds: Credentials): Promise<AccountsOverview> {
  const [overview, outbox] = await Promise.all([accountsOverview(creds), outboxItem.getValue()]);
  return { ...overview, awaiting: overview.awaiting.map((a) => ({ ...a, held: waitingOfAccount(outbox, a.channelKind, a.key) })) };
}

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
