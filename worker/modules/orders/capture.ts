/**
 * Deciding what a capture does to the book. Pure: given what the book holds
 * for an order (if anything) and what a channel just reported, say whether
 * the capture creates the order, updates it (and which fields change), or
 * changes nothing. The rules:
 * - one (seller, channel, external id) is one order;
 * - a capture older than the newest one applied changes nothing;
 * - a capture moves the status only forward (see mergeCapturedStatus), so a
 *   portal still saying "Unshipped" does not undo a hold or a pick;
 * - a capture identical to what the book holds changes nothing;
 * - fields a capture marks `unknown` (a portal list row shows no total, no
 *   prices) keep what the book holds, so a partial page never erases what a
 *   fuller one captured; money no source has shown is held as null (unknown,
 *   never 0) until one does;
 * - a status that could not be read (`status: 'unknown'`, or `status` in
 *   `unknown`) stores a new order as `unknown` and leaves a known one as it
 *   is; the first capture that gives a status moves it out;
 * - a partial source (an import file: a blank cell cannot say "erase") keeps
 *   the book's buyer and address parts it leaves blank, and the line fields
 *   it leaves blank on a line it names by channel SKU (else SKU, else
 *   position), so importing files in any order settles on one book.
 */
import type { AddressInput, OrderInput, PlacedAtPrecision, UnknownField } from '../../../shared/schemas/order.js';
import { type DeliveryPromise, deliveryPromiseOf, type ShipSpeed, shipSpeedOf } from '../../../shared/service-levels.js';
import { mergeCapturedStatus, type OrderStatus, type PaymentStatus } from '../../../shared/status.js';

/** What identifies an order in the book: its channel and the channel's own id. */
export const orderKey = (channelId: string, externalId: string) => `${channelId}\u0000${externalId}`;

/** A line as the book compares it. */
export interface LineFields {
  sku: string | null;
  channelSku: string | null;
  channelItemId: string | null;
  title: string | null;
  quantity: number;
  /** Null while no source has shown it. */
  unitPrice: number | null;
  channelLineId: string | null;
}

/** The captured content of an order, normalised (UTC times, nulls for absent). */
export interface OrderFields {
  status: OrderStatus;
  channelStatus: string | null;
  placedAt: string;
  /** 'day' when the source gave only the day; null for an order stored before this was recorded. */
  placedAtPrecision: PlacedAtPrecision | null;
  currency: string;
  /** No source has named the currency yet: `currency` is a placeholder, and the book holds no money of the order. */
  currencyUnknown: boolean;
  /** Null while no source has shown it. */
  total: number | null;
  buyerName: string | null;
  buyerEmail: string | null;
  buyerExternalId: string | null;
  serviceLevel: string;
  /** The unified speed of the channel's service words (shared/service-levels.ts). */
  shipSpeed: ShipSpeed;
  deliveryPromise: DeliveryPromise | null;
  shipBy: string | null;
  paymentStatus: PaymentStatus;
  shipTo: AddressInput | null;
  lines: LineFields[];
}

/** What the book already holds for an order. */
export interface StoredOrder extends OrderFields {
  id: string;
  sourceUpdatedAt: string;
  version: number;
}

/** One field that a capture changes. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** The decision for one captured order. */
export type CaptureDecision =
  | { outcome: 'created'; fields: OrderFields; sourceUpdatedAt: string }
  | { outcome: 'updated'; fields: OrderFields; sourceUpdatedAt: string; changes: FieldChange[]; linesChanged: boolean }
  | { outcome: 'unchanged' };

/** A normalised capture. */
export interface NormalizedCapture {
  fields: OrderFields;
  sourceUpdatedAt: string;
  /** Fields the capture could not read. */
  unknown?: readonly UnknownField[];
  /** The source leaves out what it does not know (a file): blank parts keep the book's values. */
  partial?: boolean;
}

/**
 * Normalises a validated capture of a channel of kind `channelKind`: UTC
 * times, nulls for absent values, defaults, the unified shipping speed.
 */
export function normalizeOrder(input: OrderInput, capturedAt: string, channelKind: string): NormalizedCapture {
  const utc = (t: string) => new Date(t).toISOString();
  const status: OrderStatus = input.unknown?.includes('status') ? 'unknown' : input.status;
  const said = new Set<UnknownField>(input.unknown);
  // Without a status, a payment status left out is not known either: the book keeps its own.
  if (status === 'unknown' && input.paymentStatus === undefined) said.add('paymentStatus');
  // Money left out is unread, like money named in `unknown`.
  if (input.total == null) said.add('total');
  const pricesUnknown = said.has('unitPrices');
  const unknown: readonly UnknownField[] = [...said];
  return {
    ...(unknown?.length ? { unknown } : {}),
    sourceUpdatedAt: utc(input.updatedAt ?? capturedAt),
    fields: {
      status,
      channelStatus: input.channelStatus ?? null,
      placedAt: utc(input.placedAt),
      placedAtPrecision: input.placedAtPrecision ?? 'time',
      currency: input.currency,
      currencyUnknown: said.has('currency'),
      total: said.has('total') ? null : (input.total ?? null),
      buyerName: input.buyer?.name ?? null,
      buyerEmail: input.buyer?.email?.toLowerCase() ?? null,
      buyerExternalId: input.buyer?.externalId ?? null,
      serviceLevel: input.serviceLevel ?? 'Standard',
      // From the words the channel gave, not the default above: no words is an unknown speed.
      shipSpeed: shipSpeedOf(channelKind, input.serviceLevel),
      deliveryPromise: input.deliveryPromise ?? deliveryPromiseOf(channelKind, input.serviceLevel),
      shipBy: input.shipBy ? utc(input.shipBy) : null,
      // Not known to be paid until a source says so.
      paymentStatus: input.paymentStatus ?? (status === 'pending' || status === 'unknown' ? 'pending' : 'paid'),
      shipTo: input.shipTo && Object.keys(input.shipTo).length > 0 ? input.shipTo : null,
      lines: input.lines.map((l) => ({
        sku: l.sku ?? null,
        channelSku: l.channelSku ?? null,
        channelItemId: l.channelItemId ?? null,
        title: l.title ?? null,
        quantity: l.quantity,
        unitPrice: pricesUnknown ? null : (l.unitPrice ?? null),
        channelLineId: l.channelLineId ?? null,
      })),
    },
  };
}

const SCALAR_FIELDS = [
  'status',
  'channelStatus',
  'placedAt',
  'placedAtPrecision',
  'currency',
  'currencyUnknown',
  'total',
  'buyerName',
  'buyerEmail',
  'buyerExternalId',
  'serviceLevel',
  'shipSpeed',
  'deliveryPromise',
  'shipBy',
  'paymentStatus',
] as const satisfies ReadonlyArray<keyof OrderFields>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Which stored fields each unknown field stands for. */
const KEPT_FIELDS: Readonly<Record<Exclude<UnknownField, 'lines' | 'unitPrices'>, ReadonlyArray<keyof OrderFields>>> = {
  status: ['status'],
  channelStatus: ['channelStatus'],
  placedAt: ['placedAt', 'placedAtPrecision'],
  total: ['total'],
  currency: ['currency', 'currencyUnknown'],
  buyer: ['buyerName', 'buyerEmail', 'buyerExternalId'],
  serviceLevel: ['serviceLevel', 'shipSpeed', 'deliveryPromise'],
  shipBy: ['shipBy'],
  paymentStatus: ['paymentStatus'],
  shipTo: ['shipTo'],
};

/** The incoming fields with the book's values kept for what the capture could not read. */
function keepKnown(stored: OrderFields, incoming: OrderFields, unknown: readonly UnknownField[]): OrderFields {
  const merged: Record<string, unknown> = { ...incoming };
  for (const field of unknown) {
    if (field === 'lines') merged.lines = stored.lines;
    else if (field !== 'unitPrices') for (const f of KEPT_FIELDS[field]) merged[f] = stored[f];
  }
  const sameItems = (a: LineFields, b: LineFields) => a.sku === b.sku && a.channelSku === b.channelSku && a.quantity === b.quantity;
  const lines = merged.lines as LineFields[];
  // A price the capture did not read keeps the book's price for the same item, when the items line up.
  if (lines.some((l) => l.unitPrice === null) && lines.length === stored.lines.length && lines.every((l, i) => sameItems(l, stored.lines[i]!))) {
    merged.lines = lines.map((l, i) => (l.unitPrice === null ? { ...l, unitPrice: stored.lines[i]!.unitPrice } : l));
  }
  return merged as unknown as OrderFields;
}

const BUYER_PARTS = ['buyerName', 'buyerEmail', 'buyerExternalId'] as const;

/**
 * Keys naming each line within its order: by the channel's line id, by its
 * item id, by the SKU, and by place; the same item twice (two variations of one listing) is
 * told apart by which occurrence it is.
 */
function lineKeys(lines: readonly LineFields[]): Array<{ line?: string; channel?: string; item?: string; sku?: string; place: string }> {
  const seen = new Map<string, number>();
  const nth = (key: string) => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}\u0000${n}`;
  };
  return lines.map((l, i) => ({
    ...(l.channelLineId !== null ? { line: `l:${l.channelLineId}` } : {}),
    ...(l.channelSku !== null ? { channel: nth(`c:${l.channelSku}`) } : {}),
    ...(l.channelItemId !== null ? { item: nth(`i:${l.channelItemId}`) } : {}),
    ...(l.sku !== null ? { sku: nth(`s:${l.sku}`) } : {}),
    place: `#${i}`,
  }));
}

/** The incoming fields with the book's values kept for every part a partial source left blank. */
function keepUnsaid(stored: OrderFields, incoming: OrderFields): OrderFields {
  const merged: OrderFields = { ...incoming };
  for (const f of BUYER_PARTS) merged[f] = incoming[f] ?? stored[f];
  merged.channelStatus = incoming.channelStatus ?? stored.channelStatus;
  merged.shipBy = incoming.shipBy ?? stored.shipBy;
  if (stored.shipTo) merged.shipTo = { ...stored.shipTo, ...incoming.shipTo };
  const storedByKey = new Map<string, LineFields>();
  lineKeys(stored.lines).forEach((k, i) => {
    for (const key of [k.line, k.channel, k.item, k.sku, k.place]) if (key) storedByKey.set(key, stored.lines[i]!);
  });
  const keys = lineKeys(incoming.lines);
  merged.lines = incoming.lines.map((l, i) => {
    // The strongest identity the source gives: its line id, else its item id, else the SKU, else the line's place.
    const k = keys[i]!;
    const byId = k.line === undefined ? undefined : storedByKey.get(k.line);
    // An ASIN names the line a source keyed by seller SKU held (and one whose seller SKU was unknown).
    const fallback = byId ?? storedByKey.get(k.channel ?? k.sku ?? k.place) ?? (k.item === undefined ? undefined : storedByKey.get(k.item));
    // Two line ids that differ are two lines, however alike their items.
    const was = fallback && (fallback.channelLineId === null || l.channelLineId === null || fallback.channelLineId === l.channelLineId) ? fallback : undefined;
    return was
      ? {
          ...l,
          sku: l.sku ?? was.sku,
          channelSku: l.channelSku ?? was.channelSku,
          channelItemId: l.channelItemId ?? was.channelItemId,
          title: l.title ?? was.title,
          channelLineId: l.channelLineId ?? was.channelLineId,
        }
      : l;
  });
  return merged;
}

/**
 * A source that gave only the day never replaces a time the book holds (nor
 * one of unknown precision, stored before precision was recorded) with
 * midnight; a source that gives the time replaces a day.
 */
function placedKept(stored: OrderFields, incoming: OrderFields): Pick<OrderFields, 'placedAt' | 'placedAtPrecision'> {
  if (incoming.placedAtPrecision === 'day' && stored.placedAtPrecision !== 'day') return { placedAt: stored.placedAt, placedAtPrecision: stored.placedAtPrecision };
  return { placedAt: incoming.placedAt, placedAtPrecision: incoming.placedAtPrecision };
}

/** Decides what capturing `incoming` does, given what the book holds (`stored`). */
export function decideCapture(stored: StoredOrder | undefined, incoming: NormalizedCapture): CaptureDecision {
  if (!stored) return { outcome: 'created', fields: incoming.fields, sourceUpdatedAt: incoming.sourceUpdatedAt };
  if (incoming.sourceUpdatedAt < stored.sourceUpdatedAt) return { outcome: 'unchanged' };
  const said = incoming.partial ? keepUnsaid(stored, incoming.fields) : incoming.fields;
  const known = keepKnown(stored, said, incoming.unknown ?? []);
  const merged: OrderFields = { ...known, status: mergeCapturedStatus(stored.status, known.status), ...placedKept(stored, known) };
  // An older report's status word must not replace a newer one's when its status was kept back.
  if (incoming.partial && merged.status !== known.status) merged.channelStatus = stored.channelStatus;
  const changes: FieldChange[] = [];
  for (const field of SCALAR_FIELDS) {
    if (stored[field] !== merged[field]) changes.push({ field, from: stored[field], to: merged[field] });
  }
  if (!same(stored.shipTo, merged.shipTo)) changes.push({ field: 'shipTo', from: stored.shipTo, to: merged.shipTo });
  const linesChanged = !same(stored.lines, merged.lines);
  if (linesChanged) changes.push({ field: 'lines', from: stored.lines, to: merged.lines });
  if (changes.length === 0) return { outcome: 'unchanged' };
  return { outcome: 'updated', fields: merged, sourceUpdatedAt: incoming.sourceUpdatedAt, changes, linesChanged };
}

/**
 * The text the lookup indexes for an order: its number, buyer, SKUs and
 * tracking numbers. Order numbers are also indexed with separators removed,
 * so "11345678901234567" finds "113-4567890-1234567".
 */
export function searchText(
  externalId: string,
  fields: Pick<OrderFields, 'buyerName' | 'buyerEmail'> & { lines: ReadonlyArray<Pick<LineFields, 'sku' | 'channelSku'> & Partial<Pick<LineFields, 'channelItemId'>>> },
  tracking: readonly string[] = [],
): string {
  const parts = new Set<string>([externalId, externalId.replace(/[^\p{L}\p{N}]+/gu, '')]);
  if (fields.buyerName) parts.add(fields.buyerName);
  if (fields.buyerEmail) parts.add(fields.buyerEmail);
  for (const line of fields.lines) {
    if (line.sku) parts.add(line.sku);
    if (line.channelSku) parts.add(line.channelSku);
    if (line.channelItemId) parts.add(line.channelItemId);
  }
  for (const t of tracking) parts.add(t);
  return [...parts].join(' ');
}
