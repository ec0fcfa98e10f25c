/**
 * Turning what a portal page showed (a CapturedOrder, often partial) into an
 * order the worker accepts. Gaps are filled the way a seller would expect:
 * no order date → when Orderlens first saw the order; no currency → USD; no
 * status → unknown (never a guess: a new order is held as "Status unknown"
 * until a page shows it). A total or unit price the page did not show is sent
 * as null: the book holds it as unknown, never 0; so is an amount whose
 * currency the page did not name (a store's bare "$"). Values that cannot
 * be valid (a malformed email, a non-ISO country) are left out rather than
 * sinking the order. What still fails the API contract is reported with the
 * contract's own field issues, so the order is rejected visibly, never sent
 * to fail forever.
 */
import { z } from 'zod';
import { type AddressInput, type OrderInput, orderInput, type UnknownField } from '../../shared/schemas/order.js';
import type { CapturedOrder } from '../content/portals/types.js';
import type { Conversion, WaitingOrder } from './outbox.js';

// Extension pages forbid eval; without this zod probes for it and logs a CSP violation.
z.config({ jitless: true });

/** The currency assumed when a page shows none. */
export const DEFAULT_CURRENCY = 'USD';

/** Trimmed text cut to the contract's limit, or undefined when empty. */
function clip(value: string | undefined, max: number): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

const validIso = (value: string | undefined) => (value && orderInput.shape.placedAt.safeParse(value).success ? value : undefined);
const validEmail = (value: string | undefined) => (value && z.email().max(320).safeParse(value.trim()).success ? value.trim() : undefined);
const nonNegativeInt = (value: number | undefined) => (Number.isInteger(value) && value! >= 0 ? value : undefined);

function address(shipTo: AddressInput | undefined): AddressInput | undefined {
  if (!shipTo) return undefined;
  const out: AddressInput = {
    name: clip(shipTo.name, 200),
    line1: clip(shipTo.line1, 300),
    line2: clip(shipTo.line2, 300),
    city: clip(shipTo.city, 200),
    region: clip(shipTo.region, 200),
    postalCode: clip(shipTo.postalCode, 40),
    country: shipTo.country && /^[A-Z]{2}$/.test(shipTo.country) ? shipTo.country : undefined,
    phone: clip(shipTo.phone, 60),
  };
  const kept = Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
  return Object.keys(kept).length ? (kept as AddressInput) : undefined;
}

function buyer(captured: CapturedOrder['buyer']): OrderInput['buyer'] {
  if (!captured) return undefined;
  const out = { name: clip(captured.name, 200), email: validEmail(captured.email), externalId: clip(captured.externalId, 200) };
  const kept = Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
  return Object.keys(kept).length ? kept : undefined;
}

/**
 * The fields this page did not show. The defaults above fill them so the body
 * is complete, and the worker keeps what it already knows for them, so a list
 * row never erases the total or prices a detail page captured.
 */
function unknownFields(o: CapturedOrder, placedAtUnknown: boolean): UnknownField[] | undefined {
  const unknown: UnknownField[] = [];
  if (o.status === undefined) unknown.push('status');
  if (o.channelStatus === undefined) unknown.push('channelStatus');
  if (placedAtUnknown) unknown.push('placedAt');
  if (o.total === undefined || !knownCurrency(o)) unknown.push('total');
  if (!knownCurrency(o)) unknown.push('currency');
  if (o.buyer === undefined) unknown.push('buyer');
  if (o.serviceLevel === undefined) unknown.push('serviceLevel');
  if (validIso(o.shipBy) === undefined) unknown.push('shipBy');
  if (o.paymentStatus === undefined) unknown.push('paymentStatus');
  if (o.shipTo === undefined) unknown.push('shipTo');
  if (o.lines.length === 0) unknown.push('lines');
  else if (!knownCurrency(o) || o.lines.some((l) => l.unitPrice === undefined)) unknown.push('unitPrices');
  return unknown.length ? unknown : undefined;
}

/** Whether the page named the order's currency: a bare "$" on a store-priced portal does not. */
const knownCurrency = (o: CapturedOrder) => o.currency !== undefined && /^[A-Z]{3}$/.test(o.currency);

/** The worker's order body for a captured order, before validation. */
export function draftOrderInput(waiting: WaitingOrder, channelId: string): OrderInput {
  const o = waiting.order;
  const currency = knownCurrency(o) ? o.currency! : DEFAULT_CURRENCY;
  // An amount in a currency the page did not name is no amount the book can hold.
  const money = (amount: number | undefined) => (knownCurrency(o) ? (nonNegativeInt(amount) ?? null) : null);
  const draft: OrderInput = {
    channelId,
    externalId: o.externalId.trim(),
    status: o.status ?? 'unknown',
    channelStatus: clip(o.channelStatus, 120),
    placedAt: validIso(o.placedAt) ?? waiting.firstSeenAt,
    // Only a day read says so: the book then keeps a time it already holds.
    placedAtPrecision: o.placedAtPrecision === 'day' && validIso(o.placedAt) ? 'day' : undefined,
    updatedAt: waiting.capturedAt,
    currency,
    total: money(o.total),
    buyer: buyer(o.buyer),
    serviceLevel: clip(o.serviceLevel, 60),
    shipBy: validIso(o.shipBy),
    paymentStatus: o.paymentStatus,
    lines: o.lines.map((line) => ({
      sku: clip(line.sku, 200),
      channelSku: clip(line.channelSku, 200),
      channelItemId: clip(line.channelItemId, 200),
      title: clip(line.title, 500),
      quantity: line.quantity,
      unitPrice: money(line.unitPrice),
    })),
    shipTo: address(o.shipTo),
    unknown: unknownFields(o, validIso(o.placedAt) === undefined),
  };
  // Absent, not undefined: the body is hashed for Idempotency-Key and must serialise the same every time.
  return JSON.parse(JSON.stringify(draft)) as OrderInput;
}

/** A captured order as a valid order body, or why it can never be one. */
export function toOrderInput(waiting: WaitingOrder, channelId: string): Conversion {
  const parsed = orderInput.safeParse(draftOrderInput(waiting, channelId));
  if (parsed.success) return { ok: true, order: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(order)', message: i.message }));
  return { ok: false, reason: `The order could not be read completely: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}.`, issues };
}
