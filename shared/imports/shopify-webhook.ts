/**
 * Shopify order webhooks (orders/create, orders/updated, orders/cancelled,
 * orders/fulfilled) as captures. The payload is Shopify's REST order:
 * snake_case, amounts as decimal strings, times with offsets.
 *
 * The order number is `name` ("#1001"), as in the admin's Export orders CSV
 * (shopify-orders.ts), so an order first imported from a file and later
 * updated by a webhook stays one order. Money the order's `refunds[]` gave
 * back is captured per refund id, so a redelivery records it once.
 * Statuses map through the same
 * mapShopifyStatus as the CSV. Pure: runs in the Worker and in Node.
 */
import { z } from 'zod';
import { toMinorUnits } from '../money.js';
import { type CapturedRefund, type OrderInput, type OrderLineInput, orderInput } from '../schemas/order.js';
import { mapShopifyStatus } from '../status.js';
import { toCountryCode } from './countries.js';
import { clip, compact } from './fields.js';

/** The webhook topics that carry an order. */
export const SHOPIFY_ORDER_TOPICS = ['orders/create', 'orders/updated', 'orders/cancelled', 'orders/fulfilled', 'orders/paid', 'orders/edited'] as const;

const idLike = z.union([z.number(), z.string()]).transform(String);
const textish = z.string().nullish();
const address = z
  .object({
    name: textish,
    first_name: textish,
    last_name: textish,
    address1: textish,
    address2: textish,
    city: textish,
    province: textish,
    province_code: textish,
    zip: textish,
    country: textish,
    country_code: textish,
    phone: textish,
  })
  .nullish();

/** What this mapping reads of a Shopify order payload; everything else is ignored. */
const shopifyOrder = z.object({
  id: idLike,
  name: textish,
  email: textish,
  created_at: z.string(),
  updated_at: textish,
  cancelled_at: textish,
  currency: z.string(),
  total_price: z.union([z.string(), z.number()]),
  financial_status: textish,
  fulfillment_status: textish,
  customer: z.object({ id: idLike.nullish(), first_name: textish, last_name: textish, email: textish }).nullish(),
  billing_address: address,
  shipping_address: address,
  shipping_lines: z.array(z.object({ title: textish })).nullish(),
  refunds: z
    .array(
      z.object({
        id: idLike,
        created_at: textish,
        note: textish,
        transactions: z.array(z.object({ amount: z.union([z.string(), z.number()]), kind: textish, status: textish })).nullish(),
      }),
    )
    .nullish(),
  line_items: z.array(
    z.object({
      id: idLike.nullish(),
      sku: textish,
      title: textish,
      name: textish,
      variant_id: idLike.nullish(),
      quantity: z.number().int(),
      price: z.union([z.string(), z.number()]),
    }),
  ),
});

/** A field problem: where in the payload and what is wrong. */
export interface PayloadIssue {
  path: string;
  message: string;
}

/** The capture for a payload, or the reasons there is none. */
export type ShopifyWebhookResult = { order: OrderInput } | { issues: PayloadIssue[] };

const present = (s: string | null | undefined): string | undefined => {
  const t = s?.trim();
  return t ? t : undefined;
};
const utc = (t: string | null | undefined): string | undefined => {
  const ms = t ? Date.parse(t) : NaN;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
};
const fullName = (first?: string | null, last?: string | null) => present([first, last].filter(Boolean).join(' '));
const emailOk = (e: string | undefined) => (e && z.email().max(320).safeParse(e).success ? e : undefined);

/**
 * Maps a Shopify order webhook payload to a capture for `channelId`. The
 * topic `orders/cancelled` marks the order cancelled even when the payload's
 * `cancelled_at` is missing. Lines with no quantity left (removed in an
 * edit) are dropped. The result is checked against the capture schema.
 */
export function shopifyWebhookOrder(payload: unknown, context: { channelId: string; topic?: string | null }): ShopifyWebhookResult {
  const parsed = shopifyOrder.safeParse(payload);
  if (!parsed.success) return { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })) };
  const o = parsed.data;
  const currency = o.currency.trim().toUpperCase();
  const cancelled = context.topic === 'orders/cancelled' || present(o.cancelled_at) !== undefined;
  const mapped = mapShopifyStatus(o.financial_status ?? '', o.fulfillment_status, cancelled);
  if (!mapped) {
    return { issues: [{ path: 'financial_status', message: `"${o.financial_status ?? ''} / ${o.fulfillment_status ?? ''}" is not a Shopify order status` }] };
  }
  const issues: PayloadIssue[] = [];
  const total = toMinorUnits(String(o.total_price), currency);
  if (total === undefined) issues.push({ path: 'total_price', message: `"${o.total_price}" is not an amount in ${currency}` });
  const lines: OrderLineInput[] = [];
  o.line_items.forEach((item, i) => {
    if (item.quantity <= 0) return;
    const unitPrice = toMinorUnits(String(item.price), currency);
    if (unitPrice === undefined) {
      issues.push({ path: `line_items.${i}.price`, message: `"${item.price}" is not an amount in ${currency}` });
      return;
    }
    lines.push({
      ...compact({ sku: present(item.sku), channelSku: item.variant_id ?? undefined, channelLineId: item.id ?? undefined, title: clip(present(item.title) ?? present(item.name), 500) }),
      quantity: item.quantity,
      unitPrice,
    });
  });
  const refunds = refundsOf(o.refunds ?? [], currency, issues);
  if (lines.length === 0 && issues.length === 0) issues.push({ path: 'line_items', message: 'the order has no line items with a quantity' });
  if (issues.length) return { issues };

  const ship = o.shipping_address;
  const candidate = {
    channelId: context.channelId,
    externalId: present(o.name) ?? o.id,
    status: mapped.status,
    channelStatus: [present(o.financial_status), present(o.fulfillment_status), cancelled ? 'cancelled' : undefined].filter(Boolean).join(' / ') || undefined,
    placedAt: utc(o.created_at) ?? o.created_at,
    updatedAt: utc(o.updated_at),
    currency,
    total,
    buyer: compact({
      name: fullName(o.customer?.first_name, o.customer?.last_name) ?? present(o.billing_address?.name),
      email: emailOk(present(o.email) ?? present(o.customer?.email)),
      externalId: o.customer?.id ?? undefined,
    }),
    serviceLevel: clip(present(o.shipping_lines?.[0]?.title), 60),
    paymentStatus: mapped.paymentStatus,
    ...(refunds.length ? { refunds } : {}),
    lines,
    shipTo:
      ship &&
      compact({
        name: present(ship.name) ?? fullName(ship.first_name, ship.last_name),
        line1: present(ship.address1),
        line2: present(ship.address2),
        city: present(ship.city),
        region: present(ship.province_code) ?? present(ship.province),
        postalCode: present(ship.zip),
        country: toCountryCode(present(ship.country_code) ?? present(ship.country)),
        phone: present(ship.phone),
      }),
  };
  const checked = orderInput.safeParse(JSON.parse(JSON.stringify(candidate)));
  if (!checked.success) return { issues: checked.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })) };
  return { order: checked.data };
}

/**
 * The money each refund of the payload gave back: its successful `refund`
 * transactions. A refund that moved no money (a restock only) is left out.
 */
function refundsOf(refunds: NonNullable<z.infer<typeof shopifyOrder>['refunds']>, currency: string, issues: PayloadIssue[]): CapturedRefund[] {
  return refunds.flatMap((r, i) => {
    let amount = 0;
    for (const [j, t] of (r.transactions ?? []).entries()) {
      if (t.kind !== 'refund' || t.status !== 'success') continue;
      const minor = toMinorUnits(String(t.amount), currency);
      if (minor === undefined) issues.push({ path: `refunds.${i}.transactions.${j}.amount`, message: `"${t.amount}" is not an amount in ${currency}` });
      else amount += minor;
    }
    if (amount <= 0) return [];
    return [compact({ externalId: `shopify-refund:${r.id}`, amount, at: utc(r.created_at), reason: clip(present(r.note), 500) }) as CapturedRefund];
  });
}
