/**
 * Messages to the background, typed end to end. Content scripts, the popup
 * and the options page call `askBackground({type, …})` and get the typed
 * answer back (or a BackgroundError); the background registers one handler
 * per message type with `answerMessages`. The token never travels in an
 * answer.
 *
 * Content scripts may only send what a portal page needs (`capture`,
 * `pageHealth`, `statuses`, `observations`, `risks`, `state`, `chooseChannel` from the account
 * prompt, and the confirm-shipment fills carried to a portal's confirm page); everything else is for the extension's own pages.
 */
import { browser } from 'wxt/browser';
import type { ChannelLocale } from '../../shared/channel-locale.js';
import type { Me, Seller } from '../../shared/schemas/account.js';
import type { RiskRecord } from '../../shared/schemas/inventory.js';
import type { OrderDetail, StatusShipment } from '../../shared/schemas/order.js';
import type { OrderStatus } from '../../shared/status.js';
import type { RememberedAccount } from '../background/account-rules.js';
import type { LookupMatch } from '../background/api-client.js';
import type { RejectedOrder } from '../background/outbox.js';
import type { PacksOutcome } from '../background/portal-packs.js';
import type { PageHealth } from '../content/core/page-health.js';
import type { CapturedOrder, PageAccount, PageKind, PortalId } from '../content/portals/types.js';
import { extensionUrl } from './extension-pages.js';
import type { AccountAwaitingChoice, DeliveryState, PortalSwitches } from './storage.js';

/** What the background answered to a capture. */
export interface CaptureAnswer {
  /** Orders now safely in the outbox (persisted before this answer). */
  queued: number;
  /** Orders refused at once because no valid order can be made of them (also in `rejected` of `state`). */
  rejected: Array<{ externalId: string; reason: string }>;
  /** Everything waiting to be sent, after this capture. */
  waiting: number;
  /** When the page's account maps to none of the seller's channels for sure: the choice to ask for on the page; its orders wait until then. */
  choose?: AccountChoiceAsk | undefined;
}

/** A page's account whose channel the seller is asked to choose. */
export interface AccountChoiceAsk {
  account: PageAccount;
  /** The seller's channels of the portal's kind. */
  channels: Array<{ id: string; name: string }>;
  /** How many of this account's orders wait for the choice. */
  held: number;
}

/** One account and the channel its orders go to, as the options page lists it. */
export interface AccountsOverview {
  remembered: RememberedAccount[];
  awaiting: Array<AccountAwaitingChoice & { held: number }>;
  /** The seller's channels of the five portals' kinds, to change a choice to. */
  channels: Array<{ id: string; kind: string; name: string; accountKey?: string | null | undefined; currency?: string | null | undefined; timeZone?: string | null | undefined }>;
}

/** What the book says about a page's orders. */
export interface StatusesAnswer {
  /** Unified status by order number; orders the book does not know are absent. */
  /** `splitInto`: how many orders the book ships it as, when it was split (the portal still shows one); `totalUnknown`: no source has shown its total yet; `currencyUnknown`: nor named its currency. */
  statuses: Record<string, { status: OrderStatus; channelStatus: string | null; updatedAt: string; shipments?: StatusShipment[]; splitInto?: number; totalUnknown?: true; currencyUnknown?: true }>;
  /** Order numbers (of those asked) still waiting in the outbox: show them as "queued". */
  queued: string[];
  /** Order numbers (of those asked) that a capture from this browser created in the book. */
  created?: string[];
  /** False when the worker could not be asked and `statuses` comes from the last known answers. */
  fresh: boolean;
}

/** A listing quantity a portal page shows. */
export interface ListingShown {
  channelSku: string;
  listedQuantity: number;
}

/** A listing's oversell risk and the numbers that explain it. */
export type ListingRisk = Pick<RiskRecord, 'level' | 'availableToSell' | 'onHand' | 'reserved' | 'available' | 'backordered' | 'listed' | 'buffer' | 'sku'>;

/** What the book says about a page's listings. */
export interface RisksAnswer {
  /** Risk by channel SKU. */
  risks: Record<string, ListingRisk>;
  /** Channel SKUs (of those asked) not linked to any SKU in the book. */
  unknown: string[];
}

/** How the connection and the outbox stand, for the popup, options and badge. */
export interface ConnectionState {
  configured: boolean;
  workerUrl: string | null;
  delivery: DeliveryState['state'];
  problem: string | null;
  waiting: number;
  /** Of those waiting, the orders held until the seller chooses their account's channel. */
  awaitingChoice: number;
  /** Orders set aside, without their capture: a page needs the order number and the reason, never the buyer. */
  rejected: Array<Omit<RejectedOrder, 'order'>>;
  lastDeliveredAt: string | null;
  nextAttemptAt: string | null;
  portals: PortalSwitches;
}

/** The outcome of testing a worker URL and token. */
export type ConnectionTest =
  | {
      ok: true;
      seller: Pick<Seller, 'id' | 'name'>;
      /** The token's name and role; null from a worker older than roles. */
      token: Pick<Me['token'], 'name' | 'role' | 'scopes'> | null;
      message: string;
    }
  | { ok: false; problem: 'bad_url' | 'unreachable' | 'token_rejected' | 'not_orderlens' | 'error'; message: string };

/** An order with the link back to its page in the portal. */
export interface OrderAnswer {
  order: OrderDetail;
  portalUrl: string | null;
}

/** Every message the background answers: what is sent, and what comes back. */
export interface BackgroundMessages {
  /** Content script: orders read off a portal page; persisted before the answer. */
  capture: { send: { channelKind: PortalId; orders: CapturedOrder[]; account?: PageAccount | undefined }; answer: CaptureAnswer };
  /** Content script: how well a pass read its page (counts only, no personal data), when that changed. */
  pageHealth: { send: { channelKind: PortalId; health: PageHealth }; answer: { recorded: boolean } };
  /** Content script: the unified statuses of a page's orders, in one worker request; from the account's channel when the page says its account. */
  statuses: { send: { channelKind: PortalId; externalIds: string[]; accountKey?: string | undefined }; answer: StatusesAnswer };
  /** Content script: the currency and time zone set on the channel of a page's account (null when none is known), for reading its amounts and times. */
  channelLocale: { send: { channelKind: PortalId; accountKey?: string | undefined }; answer: { locale: ChannelLocale | null } };
  /** Content script: listing quantities a page shows, recorded as the worker's observations. */
  observations: { send: { channelKind: PortalId; listings: ListingShown[]; accountKey?: string | undefined }; answer: { recorded: number } };
  /** Content script: the oversell risk of a page's listings, in one worker request. */
  risks: { send: { channelKind: PortalId; channelSkus: string[]; accountKey?: string | undefined }; answer: RisksAnswer };
  /** Popup: orders matching what the seller typed. A newer lookup cancels an older one (error code `superseded`). */
  /** Remembers, for a minute, the parcel to fill on the portal's own confirm-shipment page of an order (the chip's click). */
  rememberConfirmFill: { send: { channelKind: PortalId; externalId: string; parcel: StatusShipment }; answer: { kept: true } };
  /** Takes the parcel remembered for an order's confirm-shipment page, if any: one click fills one page. */
  takeConfirmFill: { send: { channelKind: PortalId; externalId: string }; answer: { parcel: StatusShipment | null } };
  lookup: { send: { q: string; limit?: number }; answer: { results: LookupMatch[] } };
  /** Popup: one order with lines, history, tracking and the portal link. */
  order: { send: { id: string }; answer: OrderAnswer };
  /** Anyone: connection state and outbox counts. */
  state: { send: Record<never, never>; answer: ConnectionState };
  /** Options: try a worker URL and token without saving them. */
  testConnection: { send: { url: string; token: string }; answer: ConnectionTest };
  /**
   * Options/tests: the worker URL or token was just saved (the token straight into the extension's
   * database, which no watcher sees); delivery resumes with them.
   */
  credentialsChanged: { send: Record<never, never>; answer: { taken: true } };
  /** Options/tests: ask the worker for newer portal packs now, rather than at the daily check. */
  checkPacks: { send: Record<never, never>; answer: { outcome: PacksOutcome } };
  /** Popup/tests: try to deliver the outbox now. */
  deliverNow: { send: Record<never, never>; answer: ConnectionState };
  /** Popup: forget rejected orders (all, or those with these order keys `<kind>:<externalId>`). */
  dismissRejected: { send: { keys?: string[] }; answer: ConnectionState };
  /**
   * Content script (the account prompt) and options: which channel a portal account's orders go to,
   * one of the seller's channels of that kind or a new one; remembered, and its held orders are sent.
   */
  chooseChannel: { send: { channelKind: PortalId; account: PageAccount; channelId?: string | undefined; newChannel?: boolean | undefined }; answer: RememberedAccount };
  /** Options: the remembered accounts, those awaiting a choice, and the channels to choose from. */
  accounts: { send: Record<never, never>; answer: AccountsOverview };
  /** Options: set (or clear, with null) a channel's currency and time zone; answers the accounts as they are then. */
  setChannelLocale: { send: { channelId: string; currency: string | null; timeZone: string | null }; answer: AccountsOverview };
  /** Options: forget which channel an account goes to. */
  forgetAccount: { send: { channelKind: PortalId; key: string }; answer: AccountsOverview };
}

/** A message type. */
export type MessageType = keyof BackgroundMessages;

/** A message to the background. */
export type BackgroundMessage<K extends MessageType = MessageType> = K extends MessageType ? { type: K } & BackgroundMessages[K]['send'] : never;

/** The answer to a message. */
export type AnswerTo<K extends MessageType> = BackgroundMessages[K]['answer'];

/** The envelope every answer travels in. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** A message the background could not answer. */
export class BackgroundError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BackgroundError';
  }
}

/** Message types a content script (a portal page) may send. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set([
  'capture',
  'pageHealth',
  'statuses',
  'channelLocale',
  'observations',
  'risks',
  'state',
  'chooseChannel',
  'rememberConfirmFill',
  'takeConfirmFill',
]);

/** Sends a message to the background and returns its answer; throws BackgroundError when it failed. */
export async function askBackground<K extends MessageType>(message: BackgroundMessage<K>): Promise<AnswerTo<K>> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<AnswerTo<K>> | undefined;
  if (!reply) throw new BackgroundError('no_answer', 'The Orderlens background did not answer.');
  if (!reply.ok) throw new BackgroundError(reply.error.code, reply.error.message);
  return reply.value;
}

/** Who sent a message: a portal page (with its tab) or one of the extension's own pages. */
export interface MessageSender {
  fromPortalPage: boolean;
  url: string | undefined;
  tabId: number | undefined;
}

/** Handlers for every message type, given who sent it. */
export type MessageHandlers = {
  [K in MessageType]: (message: BackgroundMessage<K>, sender: MessageSender) => Promise<AnswerTo<K>>;
};

/**
 * Registers the background's answers. Call at the top level of the
 * background, so a message wakes a stopped service worker and is answered.
 */
export function answerMessages(handlers: MessageHandlers, toError: (error: unknown) => { code: string; message: string }): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: Reply<unknown>) => void) => {
    const message = raw as { type?: unknown } | null;
    if (sender.id !== browser.runtime.id || !message || typeof message.type !== 'string' || !(message.type in handlers)) return false;
    const type = message.type as MessageType;
    const extensionPage = sender.url?.startsWith(extensionUrl('/')) ?? false;
    const fromPortalPage = !extensionPage;
    if (fromPortalPage && !CONTENT_SCRIPT_MESSAGES.has(type)) {
      sendResponse({ ok: false, error: { code: 'forbidden', message: `A portal page may not send "${type}".` } });
      return false;
    }
    const handler = handlers[type] as (m: unknown, s: MessageSender) => Promise<unknown>;
    handler(message, { fromPortalPage, url: sender.url, tabId: sender.tab?.id }).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: toError(error) }),
    );
    // Keeps the channel open for the asynchronous answer (Chrome and Firefox alike).
    return true;
  });
}

/** What the scrubber injected into a portal tab answers to "save this page": the scrubbed page as one HTML file, or why not. */
export type ScrubbedPageAnswer = { html: string; fileName: string } | { error: string };

/**
 * What the last pass over a portal page found against the book, as counts:
 * orders shown, those the book lacked (captured by that pass), those the
 * book has shipped but the portal does not show shipped, those the portal
 * shows cancelled while the book holds their stock; listings shown, those
 * whose quantity differs from what they can sell, those linked to no SKU.
 * `known` is false when the book could not be asked: the counts against it are then 0.
 */
export interface PageReconciliation {
  pageKind: PageKind;
  ordersShown: number;
  newToBook: number;
  shippedInBook: number;
  cancelledOnPortal: number;
  listingsShown: number;
  quantitiesDiffer: number;
  notLinked: number;
  known: boolean;
}

/**
 * Messages an extension page sends to a portal tab's content script
 * (`browser.tabs.sendMessage`), and what comes back. The content script
 * answers in plain values, never with an exception.
 */
export interface TabMessages {
  /** Popup: what the tab's last pass found against the book; null before a pass read the page. */
  reconciliation: { send: Record<never, never>; answer: PageReconciliation | null };
}

/** A message to a portal tab. */
export type TabMessage<K extends keyof TabMessages = keyof TabMessages> = { type: K } & TabMessages[K]['send'];
