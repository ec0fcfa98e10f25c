/**
 * The background's answer to every message (see messaging/messages.ts),
 * and the work around credentials, start-up and portal packs the
 * entrypoint's listeners call. Content scripts send what they read off
 * portal pages (`capture`, with the page's account), ask for statuses, and
 * pass on the seller's answer to "which channel is this account?"
 * (`chooseChannel`); the popup and options page ask for lookups, orders,
 * state, accounts and connection tests. No answer carries the token.
 */

import type { PageAccount, PortalId } from '../content/portals/types.js';
import { validAccountRef, validCaptures, validChannelChoice, validConfirmFill, validLocaleAsk, validLocaleChange, validPageHealth, validStatusesAsk } from '../messaging/message-checks.js';
import { type AccountChoiceAsk, type AccountsOverview, BackgroundError, type CaptureAnswer, type ConnectionState, type MessageHandlers } from '../messaging/messages.js';
import { portalOrderUrl, shopifyStoreOf } from '../messaging/portal-links.js';
import { deliveryItem, packChecksItem, portalSwitchesItem, shopifyStoreItem } from '../messaging/storage.js';
import { accountsOverview, choiceAwaited, chooseChannel, forgetAccount, heldForChoice } from './account-channels.js';
import { ApiProblem, type Credentials, fetchOrder, lookupOrders, updateChannelLocale } from './api-client.js';
import { refreshBadge } from './badge.js';
import { channelLocaleFor, forgetChannelLocales } from './channel-locales.js';
import { rememberConfirmFill, takeConfirmFill } from './confirm-fills.js';
import { testConnection } from './connection-test.js';
import { credentialsDigest, readCredentials } from './credentials.js';
import { deliverOutbox, ensureRetryAlarm } from './delivery.js';
import { readRisks, recordListingQuantities, validObservations, validRisksAsk } from './listing-risks.js';
import { toOrderInput } from './order-input.js';
import { readStatuses } from './order-statuses.js';
import { type RejectedOrder, rejection, waitingCount, waitingOfAccount } from './outbox.js';
import { addRejected, noteCounts, persistCaptures, removeRejected } from './outbox-store.js';
import { keepPageRead, pageReadOf } from './page-read-reports.js';
import { isNewReading, recordPageHealth } from './page-readings.js';
import { ensurePacksAlarm, refreshPortalPacks } from './portal-packs.js';
import { ensureRetentionAlarm, sweepExpired } from './retention.js';
import { ensureSightingsAlarm, forgetSentSightings, keepSightings } from './sighting-delivery.js';
import { outboxItem, rejectedItem, sightingsItem } from './stored-state.js';

/** Connection and outbox state, as the popup and options page show it. */
async function connectionState(): Promise<ConnectionState> {
  const [creds, delivery, outbox, rejected, portals] = await Promise.all([readCredentials(), deliveryItem.getValue(), outboxItem.getValue(), rejectedItem.getValue(), portalSwitchesItem.getValue()]);
  const configured = Boolean(creds);
  const awaitingChoice = creds ? await heldForChoice(creds, outbox) : 0;
  return {
    configured,
    workerUrl: creds?.url ?? null,
    delivery: configured ? delivery.state : 'not_configured',
    problem: configured ? delivery.problem : 'Connect Orderlens to your worker in Options.',
    waiting: waitingCount(outbox),
    awaitingChoice,
    rejected: rejected.map(({ order: _capture, ...shown }) => shown),
    lastDeliveredAt: delivery.lastDeliveredAt,
    nextAttemptAt: delivery.nextAttemptAt,
    portals,
  };
}

/** Error codes and plain messages for whatever a handler threw. */
export function describeError(error: unknown): { code: string; message: string } {
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

/** Refuses work for a portal the seller switched off in Options. */
async function requirePortalOn(channelKind: PortalId): Promise<void> {
  if (!(await portalSwitchesItem.getValue())[channelKind]) {
    throw new BackgroundError('portal_off', `Orderlens is switched off for ${channelKind} in Options.`);
  }
}

/** The popup's lookup in flight; a newer one cancels it. */
let currentLookup: AbortController | undefined;

/** One handler per message type. */
export const messageHandlers: MessageHandlers = {
  async capture(message, sender): Promise<CaptureAnswer> {
    const { channelKind, orders, account } = validCaptures(message);
    await requirePortalOn(channelKind);
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
    // Every order the page showed is a sighting, refused captures too: the book lacking them is what reconciliation reports.
    const sighted = await keepSightings(channelKind, orders, capturedAt, account);
    const store = channelKind === 'shopify' ? shopifyStoreOf(sender.url) : undefined;
    if (store) await shopifyStoreItem.setValue(store);
    await refreshBadge();
    const choose = account && accepted.length ? await choiceToAsk(channelKind, account) : undefined;
    if (accepted.length || sighted) void deliverOutbox().catch((error) => console.error('Orderlens delivery failed', error));
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
    await requirePortalOn(channelKind);
    return readStatuses(channelKind, externalIds, accountKey);
  },
  async channelLocale(message) {
    const { channelKind, accountKey } = validLocaleAsk(message);
    if (!(await portalSwitchesItem.getValue())[channelKind]) return { locale: null };
    return { locale: await channelLocaleFor(channelKind, accountKey) };
  },
  async rememberConfirmFill(message) {
    const { channelKind, externalId, parcel } = validConfirmFill(message, true);
    await rememberConfirmFill(channelKind, externalId, parcel);
    return { kept: true };
  },
  async takeConfirmFill(message) {
    const { channelKind, externalId } = validConfirmFill(message, false);
    return { parcel: await takeConfirmFill(channelKind, externalId) };
  },
  async observations(message) {
    const { channelKind, listings, accountKey } = validObservations(message);
    await requirePortalOn(channelKind);
    return recordListingQuantities(channelKind, listings, accountKey);
  },
  async risks(message) {
    const { channelKind, channelSkus, accountKey } = validRisksAsk(message);
    await requirePortalOn(channelKind);
    return readRisks(channelKind, channelSkus, accountKey);
  },
  async lookup({ q, limit }) {
    // Before any await: lookups take over in the order they arrive, so an older one never cancels a newer.
    currentLookup?.abort();
    const mine = new AbortController();
    currentLookup = mine;
    try {
      const creds = await requireCredentials();
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
  async credentialsChanged() {
    // Answered at once: delivery to a slow worker must not hold the options page's save.
    void afterCredentialsChange().catch((error) => console.error('Orderlens delivery failed', error));
    return { taken: true };
  },
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
  async setChannelLocale(message) {
    const creds = await requireCredentials();
    const { channelId, currency, timeZone } = validLocaleChange(message);
    await updateChannelLocale(creds, channelId, { currency, timeZone });
    // Pages read with the new setting from their next load on, not minutes later.
    forgetChannelLocales();
    return accountsWithHeld(creds);
  },
  async forgetAccount(message) {
    const creds = await requireCredentials();
    const { channelKind, account } = validAccountRef({ channelKind: message.channelKind, account: { key: message.key } });
    await forgetAccount(creds, channelKind, account.key);
    return accountsWithHeld(creds);
  },
};

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

/** After a new worker URL or token: lifts a 401's hold when the pair changed, delivers, and takes the new worker's packs whole. */
export async function afterCredentialsChange(): Promise<void> {
  const creds = await readCredentials();
  const delivery = await deliveryItem.getValue();
  if (creds && delivery.refusedCredentials && delivery.refusedCredentials !== (await credentialsDigest(creds))) {
    await deliveryItem.setValue({ ...delivery, state: 'ok', problem: null, failures: 0, refusedCredentials: null });
  }
  try {
    await forgetSentSightings();
    await deliverOutbox();
  } finally {
    // Another worker may serve other packs; its first answer is taken whole (no ETag of the old one).
    await packChecksItem.setValue({ ...(await packChecksItem.getValue()), etag: null });
    await checkPortalPacks();
  }
}

/** Asks the worker for newer portal packs. */
export async function checkPortalPacks(): Promise<void> {
  await refreshPortalPacks(await readCredentials());
}

/** What every wake-up of the service worker does: forgets what expired, counts, badge, alarms, and a delivery when orders wait. */
export async function startUp(): Promise<void> {
  try {
    // Forgetting is no reason to hold back delivery: a failed sweep runs again on its alarm.
    await sweepExpired().catch((error: unknown) => console.error('Orderlens could not forget expired state', error));
    await ensureRetentionAlarm();
    const { waiting } = await noteCounts();
    await refreshBadge();
    await ensureRetryAlarm();
    await ensureSightingsAlarm();
    await ensurePacksAlarm();
    if (waiting > 0 || (await sightingsItem.getValue()).waiting.length > 0) await deliverOutbox();
  } catch (error) {
    console.error('Orderlens start-up failed', error);
  }
}
