/**
 * The unified order status model: the statuses every channel's orders are
 * translated into, the moves a seller may make between them, and one mapping
 * per marketplace from its native words to ours.
 *
 * Pure data and functions; shared by the worker and the extension.
 */

/**
 * Every unified status, in lifecycle order. `unknown` is an order the book
 * holds whose status no source has given yet (a portal page that showed the
 * order but not its status): it stays outside the fulfillment queue until
 * any capture or the seller gives a real one.
 */
export const ORDER_STATUSES = ['unknown', 'pending', 'on_hold', 'ready', 'in_progress', 'partially_shipped', 'shipped', 'delivered', 'cancelled', 'returned'] as const;

/** A unified order status. */
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Payment states an order can be in, whatever the channel. */
export const PAYMENT_STATUSES = ['pending', 'paid', 'refunded', 'partially_refunded'] as const;
/** A unified payment status. */
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Channel kinds Orderlens knows. */
export const CHANNEL_KINDS = ['amazon', 'ebay', 'etsy', 'shopify', 'walmart', 'manual', 'api'] as const;
/** A channel kind. */
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/**
 * Moves a seller (or the fulfillment workflow) may make from each status.
 * From `unknown` the seller may set whatever the portal says, except the
 * workflow's own steps (in_progress comes from a pick list, partially_shipped
 * from a shipment of some lines); nothing moves back to `unknown`.
 */
export const TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  unknown: ['pending', 'on_hold', 'ready', 'shipped', 'delivered', 'cancelled', 'returned'],
  pending: ['on_hold', 'ready', 'cancelled'],
  on_hold: ['pending', 'ready', 'cancelled'],
  ready: ['on_hold', 'in_progress', 'partially_shipped', 'shipped', 'cancelled'],
  in_progress: ['ready', 'on_hold', 'partially_shipped', 'shipped', 'cancelled'],
  partially_shipped: ['shipped', 'cancelled', 'returned'],
  shipped: ['delivered', 'returned'],
  delivered: ['returned'],
  cancelled: [],
  returned: [],
};

/** True when a seller may move an order from `from` to `to`. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Statuses from which nothing more happens to the order. */
export function isTerminal(status: OrderStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

/** Statuses whose orders still hold stock for units not yet shipped. */
export function commitsStock(status: OrderStatus): boolean {
  // An order whose status cannot be read is still counted as to be shipped, so its units are never sold twice.
  return status === 'unknown' || status === 'pending' || status === 'on_hold' || status === 'ready' || status === 'in_progress' || status === 'partially_shipped';
}

/** Every way an order's status is moved: by the seller, the warehouse or the workflow. */
export const MOVE_NAMES = ['transition', 'hold', 'release', 'pick', 'ship', 'deliver', 'cancel', 'return'] as const;
/** One kind of move. */
export type MoveName = (typeof MOVE_NAMES)[number];

/**
 * What a move does to the order's stock: nothing; ship the given lines;
 * release every unit still held; put the given returned units back on hand
 * (when the seller restocks); or whatever leaving one status for another
 * implies (a seller's free transition: into shipped ships, into cancelled
 * releases).
 */
export type StockEffect = 'none' | 'ship_lines' | 'release_all' | 'restock_lines' | 'by_status';

/**
 * Where a move takes an order: a fixed status; the one the seller asked for;
 * ready once paid (else pending); shipped once every unit has gone (else
 * partially shipped).
 */
export type MoveTarget = OrderStatus | 'asked' | 'ready_when_paid' | 'shipped_when_all_gone';

/** One move as declared: where it may start, where it goes, what it does to stock, how history names it. */
export interface MoveSpec {
  /** Statuses the move may start from; `model` means whatever TRANSITIONS allows towards the target. */
  from: readonly OrderStatus[] | 'model';
  to: MoveTarget;
  stock: StockEffect;
  /** The history event's kind. */
  history: string;
}

/**
 * Every move, declared once. The worker's applyMove() reads this table for
 * each of its routes; a test checks every pair it allows is one TRANSITIONS
 * allows (ship may also add a shipment to a partially shipped order).
 */
export const MOVES = {
  transition: { from: 'model', to: 'asked', stock: 'by_status', history: 'transition' },
  hold: { from: ['unknown', 'pending', 'ready', 'in_progress'], to: 'on_hold', stock: 'none', history: 'held' },
  release: { from: ['on_hold'], to: 'ready_when_paid', stock: 'none', history: 'released' },
  pick: { from: ['ready'], to: 'in_progress', stock: 'none', history: 'picking' },
  ship: { from: ['ready', 'in_progress', 'partially_shipped'], to: 'shipped_when_all_gone', stock: 'ship_lines', history: 'shipment' },
  deliver: { from: ['shipped'], to: 'delivered', stock: 'none', history: 'delivered' },
  cancel: { from: ['unknown', 'pending', 'on_hold', 'ready', 'in_progress', 'partially_shipped'], to: 'cancelled', stock: 'release_all', history: 'cancelled' },
  return: { from: ['shipped', 'delivered'], to: 'returned', stock: 'restock_lines', history: 'returned' },
} as const satisfies Record<MoveName, MoveSpec>;

/** What is known about the order when a move is planned. */
export interface MoveFacts {
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  /** The status a free transition asks for. */
  asked?: OrderStatus;
  /** Units left to ship once this move's shipment has gone (ship only). */
  unitsLeftAfter?: number;
}

/** A move's outcome before anything is written: the target, or why the model refuses it. */
export type MovePlan = { ok: true; from: OrderStatus; to: OrderStatus } | { ok: false; code: string; message: string };

const REFUSED_WORDS: Partial<Record<MoveName, string>> = {
  hold: 'be put on hold',
  pick: 'be picked; only ready orders can',
  ship: 'be shipped',
  deliver: 'be delivered; only shipped orders can',
  cancel: 'be cancelled',
  return: 'be returned; only shipped or delivered orders can',
};

function targetOf(spec: MoveSpec, facts: MoveFacts): OrderStatus {
  switch (spec.to) {
    case 'asked':
      if (!facts.asked) throw new Error('A free transition needs the status asked for.');
      return facts.asked;
    case 'ready_when_paid':
      return facts.paymentStatus === 'pending' ? 'pending' : 'ready';
    case 'shipped_when_all_gone':
      return (facts.unitsLeftAfter ?? 0) === 0 ? 'shipped' : 'partially_shipped';
    default:
      return spec.to;
  }
}

/** Checks `move` against the model for an order in `facts.status` and names where it goes. */
export function planMove(move: MoveName, facts: MoveFacts): MovePlan {
  const spec: MoveSpec = MOVES[move];
  const from = facts.status;
  const to = targetOf(spec, facts);
  if (move === 'hold' && from === 'on_hold') return { ok: false, code: 'already_on_hold', message: 'The order is already on hold; release it first.' };
  if (move === 'release' && from !== 'on_hold') return { ok: false, code: 'not_on_hold', message: `The order is ${from}, not on hold.` };
  if (move === 'return' && from === 'partially_shipped') {
    return { ok: false, code: 'illegal_transition', message: 'A partially shipped order takes a return once the rest is shipped or cancelled.' };
  }
  const allowed = spec.from === 'model' ? canTransition(from, to) : spec.from.includes(from);
  if (!allowed) {
    const words = REFUSED_WORDS[move];
    return { ok: false, code: 'illegal_transition', message: words ? `An order that is ${from} cannot ${words}.` : `An order that is ${from} cannot move to ${to}.` };
  }
  return { ok: true, from, to };
}

/** Webhook events a move causes, besides any shipment.created for a parcel it records. */
export type MoveEventType = 'order.status_changed' | 'order.shipped' | 'order.cancelled' | 'order.returned';

/**
 * The events a move from `from` to `to` publishes: a status change when
 * the status changed; order.shipped when units left (a shipment, or a
 * transition into a shipped state); order.cancelled / order.returned when
 * the order ended that way.
 */
export function moveEvents(move: MoveName, from: OrderStatus, to: OrderStatus): MoveEventType[] {
  const events: MoveEventType[] = [];
  if (from !== to) events.push('order.status_changed');
  const ships = MOVES[move].stock === 'ship_lines' || (move === 'transition' && (to === 'shipped' || to === 'partially_shipped'));
  if (ships) events.push('order.shipped');
  if (from !== to && to === 'cancelled') events.push('order.cancelled');
  if (from !== to && to === 'returned') events.push('order.returned');
  return events;
}

/**
 * How far along its life an order is. A capture from a marketplace only ever
 * moves an order forward: the seller's own workflow states (on hold, being
 * picked) rank with or above the marketplace's "ready", so a portal that still
 * says "Unshipped" does not undo them. `unknown` ranks below everything:
 * any known status replaces it, and it never replaces a known one.
 */
const LIFECYCLE_RANK: Readonly<Record<OrderStatus, number>> = {
  unknown: -1,
  pending: 0,
  on_hold: 1,
  ready: 1,
  in_progress: 2,
  partially_shipped: 3,
  shipped: 4,
  delivered: 5,
  returned: 6,
  cancelled: 6,
};

/**
 * The status an order should have after a capture reports `incoming` while
 * the book holds `current`: the incoming one when it is further along,
 * otherwise the current one.
 */
export function mergeCapturedStatus(current: OrderStatus, incoming: OrderStatus): OrderStatus {
  if (current === incoming || isTerminal(current)) return current;
  return LIFECYCLE_RANK[incoming] > LIFECYCLE_RANK[current] ? incoming : current;
}

/** A marketplace's status translated into ours. */
export interface MappedStatus {
  status: OrderStatus;
  paymentStatus?: PaymentStatus;
}

const norm = (s: string | null | undefined) =>
  (s ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** A channel's status words, grouped by what they mean; the words are as `norm` leaves them. */
function statusWords(groups: ReadonlyArray<readonly [MappedStatus, readonly string[]]>): ReadonlyMap<string, MappedStatus> {
  return new Map(groups.flatMap(([meaning, words]) => words.map((word) => [word, meaning] as const)));
}

/** What a word means in a channel's words, as a fresh object, or undefined for a word they do not hold. */
function meaningIn(words: ReadonlyMap<string, MappedStatus>, word: string): MappedStatus | undefined {
  const meaning = words.get(word);
  return meaning && { ...meaning };
}

/** Amazon's words; the German ones are Seller Central's as Amazon.de prints them. */
const AMAZON_WORDS = statusWords([
  [{ status: 'pending', paymentStatus: 'pending' }, ['pending', 'pendingavailability', 'pending availability', 'ausstehend']],
  [{ status: 'ready', paymentStatus: 'paid' }, ['unshipped', 'payment complete', 'unversandt']],
  [{ status: 'partially_shipped', paymentStatus: 'paid' }, ['partiallyshipped', 'partially shipped']],
  [{ status: 'shipped', paymentStatus: 'paid' }, ['shipped', 'invoiceunconfirmed', 'invoice unconfirmed', 'shipping', 'versandt']],
  [{ status: 'delivered', paymentStatus: 'paid' }, ['delivered', 'zugestellt']],
  [{ status: 'cancelled' }, ['canceled', 'cancelled', 'storniert']],
  [{ status: 'on_hold' }, ['unfulfillable']],
]);

/**
 * Amazon (SP-API OrderStatus, the flat-file order-status and the words on
 * Seller Central's Manage Orders page).
 */
export function mapAmazonStatus(native: string): MappedStatus | undefined {
  return meaningIn(AMAZON_WORDS, norm(native));
}

/**
 * eBay's single Seller Hub words ("Awaiting shipment", "Paid and shipped",
 * …); eBay UK and AU say "dispatch" where eBay US says "shipment".
 */
const EBAY_HUB_WORDS = statusWords([
  [{ status: 'pending', paymentStatus: 'pending' }, ['awaiting payment']],
  [{ status: 'ready', paymentStatus: 'paid' }, ['awaiting shipment', 'awaiting dispatch', 'paid', 'ship by']],
  [{ status: 'shipped', paymentStatus: 'paid' }, ['paid and shipped', 'paid and dispatched', 'shipped', 'dispatched']],
  [{ status: 'delivered', paymentStatus: 'paid' }, ['delivered']],
  [{ status: 'cancelled' }, ['cancelled', 'canceled', 'cancellation requested']],
  [{ status: 'returned' }, ['returned', 'return requested']],
]);

/**
 * eBay: Sell Fulfillment's orderFulfillmentStatus with orderPaymentStatus, or
 * a single Seller Hub word ("Awaiting shipment", "Paid and shipped", …).
 */
export function mapEbayStatus(fulfillment: string, payment?: string): MappedStatus | undefined {
  const f = norm(fulfillment);
  const p = norm(payment);
  if (p === 'fully refunded') return { status: f === 'fulfilled' ? 'returned' : 'cancelled', paymentStatus: 'refunded' };
  const paymentStatus: PaymentStatus | undefined = p === 'paid' ? 'paid' : p === 'partially refunded' ? 'partially_refunded' : p === 'pending' || p === 'failed' ? 'pending' : undefined;
  switch (f) {
    case 'not started':
      return paymentStatus === 'pending' ? { status: 'pending', paymentStatus } : { status: 'ready', paymentStatus: paymentStatus ?? 'paid' };
    case 'in progress':
      return { status: 'partially_shipped', paymentStatus: paymentStatus ?? 'paid' };
    case 'fulfilled':
      return { status: 'shipped', paymentStatus: paymentStatus ?? 'paid' };
    default:
      return meaningIn(EBAY_HUB_WORDS, f);
  }
}

/**
 * Shopify: financial_status with fulfillment_status, and whether the order
 * was cancelled (cancelled_at set).
 */
export function mapShopifyStatus(financial: string, fulfillment: string | null | undefined, cancelled = false): MappedStatus | undefined {
  const fin = norm(financial);
  const ful = norm(fulfillment);
  const paymentStatus: PaymentStatus | undefined =
    fin === 'paid' || fin === 'authorized'
      ? 'paid'
      : fin === 'pending' || fin === 'partially paid' || fin === 'voided' || fin === 'expired'
        ? 'pending'
        : fin === 'refunded'
          ? 'refunded'
          : fin === 'partially refunded'
            ? 'partially_refunded'
            : undefined;
  if (paymentStatus === undefined && fin !== '') return undefined;
  if (cancelled || fin === 'voided') return { status: 'cancelled', paymentStatus: paymentStatus ?? 'pending' };
  if (fin === 'refunded') return { status: ful === 'fulfilled' ? 'returned' : 'cancelled', paymentStatus: 'refunded' };
  if (ful === 'fulfilled' || ful === 'shipped') return { status: 'shipped', paymentStatus: paymentStatus ?? 'paid' };
  if (ful === 'partial' || ful === 'partially fulfilled') return { status: 'partially_shipped', paymentStatus: paymentStatus ?? 'paid' };
  if (ful === 'delivered') return { status: 'delivered', paymentStatus: paymentStatus ?? 'paid' };
  if (ful !== '' && ful !== 'unfulfilled' && ful !== 'null' && ful !== 'on hold' && ful !== 'scheduled') return undefined;
  if (ful === 'on hold') return { status: 'on_hold', paymentStatus: paymentStatus ?? 'paid' };
  return paymentStatus === 'pending' ? { status: 'pending', paymentStatus } : { status: 'ready', paymentStatus: paymentStatus ?? 'paid' };
}

/** Etsy: receipt status with is_paid / is_shipped (Open API v3), or the Shop Manager word. */
export function mapEtsyStatus(native: string, flags: { isPaid?: boolean; isShipped?: boolean } = {}): MappedStatus | undefined {
  const s = norm(native);
  if (s === 'canceled' || s === 'cancelled') return { status: 'cancelled' };
  if (s === 'completed' || s === 'complete' || s === 'shipped' || flags.isShipped) return { status: 'shipped', paymentStatus: 'paid' };
  if (s === 'delivered') return { status: 'delivered', paymentStatus: 'paid' };
  if (s === 'fully refunded' || s === 'refunded') return { status: 'cancelled', paymentStatus: 'refunded' };
  if (s === 'paid' || s === 'new' || s === 'not shipped' || s === 'ready to ship') return { status: 'ready', paymentStatus: 'paid' };
  if (s === 'open') return flags.isPaid === false ? { status: 'pending', paymentStatus: 'pending' } : { status: 'ready', paymentStatus: 'paid' };
  if (s === 'payment processing' || s === 'unpaid') return { status: 'pending', paymentStatus: 'pending' };
  return undefined;
}

/**
 * Walmart: a status per order line (Created, Acknowledged, Shipped,
 * Delivered, Cancelled); the order's status follows from all of them.
 */
export function mapWalmartStatus(lineStatuses: readonly string[]): MappedStatus | undefined {
  const lines = lineStatuses.map(norm).filter((s) => s !== '');
  if (lines.length === 0) return undefined;
  const known = new Set(['created', 'acknowledged', 'shipped', 'delivered', 'cancelled', 'canceled']);
  if (lines.some((s) => !known.has(s))) return undefined;
  const live = lines.filter((s) => s !== 'cancelled' && s !== 'canceled');
  if (live.length === 0) return { status: 'cancelled' };
  if (live.every((s) => s === 'delivered')) return { status: 'delivered', paymentStatus: 'paid' };
  if (live.every((s) => s === 'shipped' || s === 'delivered')) return { status: 'shipped', paymentStatus: 'paid' };
  if (live.some((s) => s === 'shipped' || s === 'delivered')) return { status: 'partially_shipped', paymentStatus: 'paid' };
  return { status: 'ready', paymentStatus: 'paid' };
}

/**
 * One entry point for a single native word from any channel, as portal pages
 * show it. Returns undefined when the word is not known for that channel.
 */
export function mapNativeStatus(kind: ChannelKind, native: string): MappedStatus | undefined {
  switch (kind) {
    case 'amazon':
      return mapAmazonStatus(native);
    case 'ebay':
      return mapEbayStatus(native);
    case 'shopify': {
      // Shopify admin shows payment and fulfillment as two badges; a single word is one of them.
      const w = norm(native);
      return ['unfulfilled', 'fulfilled', 'partially fulfilled', 'partial', 'on hold', 'delivered'].includes(w)
        ? mapShopifyStatus('paid', w)
        : w === 'cancelled' || w === 'canceled'
          ? mapShopifyStatus('', null, true)
          : mapShopifyStatus(w, null);
    }
    case 'etsy':
      return mapEtsyStatus(native);
    case 'walmart':
      return mapWalmartStatus([native]);
    case 'manual':
    case 'api':
      return (ORDER_STATUSES as readonly string[]).includes(native) ? { status: native as OrderStatus } : undefined;
  }
}
