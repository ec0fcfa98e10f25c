/**
 * Incoming marketplace webhooks, under /v1/hooks (no seller token: the
 * channel's shared secret is the credential). POST /v1/hooks/shopify/:channelId
 * takes Shopify's order topics, verifies `X-Shopify-Hmac-Sha256` over the
 * raw body before reading anything else, and captures the order as
 * `source: 'webhook'`. An unknown channel, a channel without a secret and a
 * bad or missing signature all get the same 401, and nothing is written.
 * A redelivery is recognised by its X-Shopify-Webhook-Id (kept per channel)
 * and answered without capturing again; one without that id, or with the
 * same order under a new id, is `unchanged` by capture idempotency.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { SHOPIFY_ORDER_TOPICS, shopifyWebhookOrder } from '../../../shared/imports/shopify-webhook.js';
import { captureOutcome } from '../../../shared/schemas/order.js';
import { bookBinding, everyBook } from '../../db/books.js';
import { type Db, database } from '../../db/client.js';
import { secretBox } from '../../db/secret-box.js';
import type { Env } from '../../env.js';
import { ApiError, invalidInput } from '../../errors.js';
import { errors, jsonAnswer, recordId, router } from '../../http/router.js';
import { MOVE_RETRY_SECONDS } from '../../http/sessions.js';
import { channelForHook, findSellerPlace, type HookChannel } from '../accounts/service.js';
import { captureOrders } from '../orders/capture-orders.js';
import { findOrder } from '../orders/service.js';
import { findDelivery, recordDelivery } from './queries.js';
import { verifyHmacSha256 } from './webhook-signature.js';

const unauthorized = () => new ApiError(401, 'bad_signature', 'The webhook signature does not match this channel’s secret.');

/**
 * The channel a hook names, on the book its seller lives on (db/books.ts).
 * The path names no seller, so each book is asked; the directory then says
 * which copy counts, as a seller just moved still has rows on its old book.
 */
async function hookChannel(env: Env, channelId: string): Promise<{ db: Db; channel: HookChannel } | undefined> {
  const books = everyBook(env);
  for (const book of books) {
    const db = database(book.db);
    const channel = await channelForHook(db, channelId);
    if (!channel) continue;
    if (books.length === 1) return { db, channel };
    const place = await findSellerPlace(database(env.DB), channel.sellerId);
    if (!place) return undefined;
    // Shopify retries a delivery that did not get a 2xx: it lands once the move is over.
    if (place.movingTo !== null) throw new ApiError(503, 'seller_moving', 'The seller’s order book is moving; retry shortly.', undefined, { 'Retry-After': String(MOVE_RETRY_SECONDS) });
    if (place.shard === book.shard) return { db, channel };
    const home = database(bookBinding(env, place.shard));
    const there = await channelForHook(home, channelId);
    return there ? { db: home, channel: there } : undefined;
  }
  return undefined;
}

/** The answer to a delivery. */
export const hookResult = z.object({
  /** What the delivery did: a capture outcome, or `ignored` for a topic that carries no order. */
  outcome: z.union([captureOutcome, z.literal('ignored')]),
  topic: z.string().nullable(),
  order: z.object({ id: z.string(), externalId: z.string() }).nullable(),
  /** True when this delivery id was taken before: nothing was done this time. */
  redelivery: z.boolean(),
});

/** /v1/hooks/… */
export const hookRoutes = router('Incoming webhooks').openapi(
  createRoute({
    method: 'post',
    path: '/hooks/shopify/{channelId}',
    operationId: 'receiveShopifyWebhook',
    summary: 'Shopify order webhooks (orders/create, orders/updated, orders/cancelled, orders/fulfilled)',
    description:
      'Signed by Shopify with the channel’s `webhookSecret`: `X-Shopify-Hmac-Sha256` is base64 HMAC-SHA256 of the raw body. ' +
      'Topics that carry no order are acknowledged as `ignored`. The order number is the order’s `name` (#1001), as in the orders export. ' +
      'An order’s `refunds[]` are recorded once per refund id; `refunds/create` is ignored, as its payload names the order only by Shopify’s numeric id, and Shopify follows each refund with `orders/updated`.',
    security: [{ shopifyHmac: [] }],
    request: { params: z.object({ channelId: recordId }) },
    responses: {
      200: jsonAnswer(hookResult, 'The delivery was taken.'),
      400: errors[400],
      413: errors[413],
      503: errors[503],
    },
  }),
  async (c) => {
    const body = await c.req.arrayBuffer();
    const { db, channel } = (await hookChannel(c.env, c.req.valid('param').channelId)) ?? {};
    // The same answer for an unknown channel and a wrong signature: a caller cannot probe channel ids.
    if (!db || !channel?.webhookSecret) throw unauthorized();
    const secret = await secretBox(c.env).open(channel.webhookSecret, `channels/${channel.id}`);
    if (!(await verifyHmacSha256(secret, body, c.req.header('X-Shopify-Hmac-Sha256')))) throw unauthorized();

    const topic = c.req.header('X-Shopify-Topic') ?? null;
    const deliveryId = c.req.header('X-Shopify-Webhook-Id')?.trim().slice(0, 200) || undefined;
    if (deliveryId) {
      const seen = await findDelivery(db, channel.sellerId, channel.id, deliveryId);
      if (seen) {
        const order = seen.orderId ? await findOrder(db, channel.sellerId, seen.orderId) : undefined;
        return c.json({ outcome: 'unchanged' as const, topic, order: order ? { id: order.id, externalId: order.externalId } : null, redelivery: true }, 200);
      }
    }
    const remember = async (outcome: string, orderId: string | null) => {
      if (deliveryId) await recordDelivery(db, { sellerId: channel.sellerId, channelId: channel.id, deliveryId, topic, outcome, orderId, receivedAt: new Date().toISOString() });
    };
    if (topic !== null && !(SHOPIFY_ORDER_TOPICS as readonly string[]).includes(topic)) {
      await remember('ignored', null);
      return c.json({ outcome: 'ignored' as const, topic, order: null, redelivery: false }, 200);
    }
    let payload: unknown;
    try {
      payload = JSON.parse(new TextDecoder().decode(body));
    } catch {
      throw new ApiError(400, 'malformed_json', 'The request body is not valid JSON.', [{ path: '(body)', message: 'not valid JSON' }]);
    }
    const mapped = shopifyWebhookOrder(payload, { channelId: channel.id, topic });
    if ('issues' in mapped) throw invalidInput(mapped.issues, 'The payload is not a Shopify order this API can capture.');
    const { results } = await captureOrders(db, channel.sellerId, [mapped.order], 'webhook', 'webhook', ['(body)']);
    const result = results[0]!;
    await remember(result.outcome, result.id);
    return c.json({ outcome: result.outcome, topic, order: { id: result.id, externalId: result.externalId }, redelivery: false }, 200);
  },
);
