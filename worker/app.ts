/**
 * The HTTP app: CORS, body limits, authentication, rate limits, scopes and
 * idempotency in one visible order; every resource router mounted under
 * /v1; errors rendered in one place; the OpenAPI description and its
 * reference page generated from the same zod schemas the routes validate.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import type { Context } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { SCOPE_DESCRIPTIONS } from '../shared/roles.js';
import type { AppEnv } from './env.js';
import { ApiError } from './errors.js';
import { requireAdmin, requireScopes, requireSeller } from './http/auth.js';
import { queueBookWork } from './http/book-work.js';
import { conditionalReads, ifMatch } from './http/conditional.js';
import { renderReference } from './http/docs.js';
import { idempotency } from './http/idempotency.js';
import { limitBody, rateLimit } from './http/limits.js';
import { requestId } from './http/request-id.js';
import { countRequests } from './http/requests-first.js';
import { errors } from './http/router.js';
import { type ScopedOperation, scopedOperations } from './http/scopes.js';
import { serverTiming } from './http/server-timing.js';
import { BOOKMARK_HEADER, d1Session } from './http/sessions.js';
import { currentVersionOf } from './http/versions.js';
import { accountRoutes, adminRoutes } from './modules/accounts/routes.js';
import { channelRoutes } from './modules/accounts/routes-channels.js';
import { customerRoutes } from './modules/customers/routes.js';
import { pickListRoutes } from './modules/fulfillment/routes-pick-lists.js';
import { fulfillmentRoutes } from './modules/fulfillment/routes-queue.js';
import { ruleRoutes } from './modules/fulfillment/routes-rules.js';
import { hookRoutes } from './modules/hooks-in/routes.js';
import { importRoutes } from './modules/imports/routes.js';
import { orderRoutes } from './modules/orders/routes.js';
import { holdRoutes, shipmentRoutes } from './modules/orders/routes-actions.js';
import { exportRoutes } from './modules/orders/routes-exports.js';
import { mergeRoutes } from './modules/orders/routes-merge.js';
import { refundRoutes } from './modules/orders/routes-refunds.js';
import { splitRoutes } from './modules/orders/routes-split.js';
import { retentionRoutes } from './modules/privacy/routes.js';
import { sellerDeletionRoutes } from './modules/privacy/routes-admin.js';
import { erasureRoutes } from './modules/privacy/routes-erasure.js';
import { exportBookRoutes } from './modules/privacy/routes-export.js';
import { pageReadRoutes } from './modules/reading/routes-page-reads.js';
import { adminPortalPackRoutes, portalPackRoutes } from './modules/reading/routes-portal-packs.js';
import { reportRoutes } from './modules/reports/routes.js';
import { secretAdminRoutes } from './modules/secrets/routes.js';
import { moveRoutes } from './modules/shards/routes.js';
import { availabilityRoutes } from './modules/stock/routes-availability.js';
import { inventoryRoutes } from './modules/stock/routes-inventory.js';
import { listingRoutes } from './modules/stock/routes-listings.js';
import { skuRoutes } from './modules/stock/routes-skus.js';
import { syncBackRoutes } from './modules/sync-back/routes.js';
import { webhookAdminRoutes, webhookRoutes, webhookTestRoutes } from './modules/webhooks-out/routes.js';
import { eventRoutes } from './modules/webhooks-out/routes-events.js';

/** Paths under /v1 that do not take a seller's bearer token. */
const PUBLIC_V1 = /^\/v1\/(admin|hooks)\//;
/**
 * File imports stream bodies of up to 100 MiB and apply that limit themselves
 * (modules/imports/routes.ts); they skip the 10 MiB limit and Idempotency-Key, which
 * would buffer the whole body (an import is idempotent by itself).
 */
const STREAMED_V1 = /^\/v1\/imports$/;

/**
 * Renders any thrown error as `{error:{code, message, issues?, requestId}}`.
 * Failures on our side are logged with the request id the client was given.
 */
export function renderError(error: Error, c: Context<AppEnv>): Response {
  const requestId = c.get('requestId');
  if (error instanceof ApiError) return c.json(error.toBody(requestId), error.status, error.headers);
  if (error instanceof HTTPException) {
    const malformed = /malformed json/i.test(error.message);
    const body = new ApiError(
      error.status as ApiError['status'],
      malformed ? 'malformed_json' : error.status === 413 ? 'body_too_large' : 'bad_request',
      malformed ? 'The request body is not valid JSON.' : error.message || 'Bad request.',
      malformed ? [{ path: '(body)', message: 'not valid JSON' }] : undefined,
    ).toBody(requestId);
    return c.json(body, error.status);
  }
  console.error(JSON.stringify({ level: 'error', message: 'unhandled error', requestId, method: c.req.method, path: c.req.path, error: String(error), stack: error.stack }));
  return c.json({ error: { code: 'internal', message: 'Something went wrong on our side; the request changed nothing and can be retried.', requestId } }, 500);
}

const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Orderlens API',
    version: '1.0.0',
    license: { name: 'UNLICENSED (proprietary)', url: 'https://orderlens.example/terms' },
    contact: { name: 'Orderlens support', email: 'support@orderlens.example', url: 'https://orderlens.example/support' },
    description:
      'One order book for every marketplace a seller sells on. Authenticate with `Authorization: Bearer <token>`. Money is integer minor units with an ISO 4217 currency; times are ISO-8601 UTC. Errors are `{error:{code, message, issues?:[{path, message}], requestId}}`. Every answer carries `Request-Id` (yours, when you send a sane one); seller routes also carry `RateLimit-Policy` and `RateLimit` (IETF draft: quota, remaining, seconds to reset), and a 429 `Retry-After`. JSON answers to GET carry an `ETag` (`If-None-Match` → 304); updates of an order, a SKU’s stock, a listing and the rules take `If-Match` (412 with `error.current` when the resource changed since read, 400 when the header is malformed). Reads may be served by D1 read replicas: every `/v1` answer carries `Consistency-Bookmark`; send the last one back on your next request and you never read older data than you last saw or wrote.',
  },
  servers: [{ url: '/' }],
  tags: [
    { name: 'Accounts', description: 'Sellers, the token in use and API tokens.' },
    { name: 'Channels', description: 'The marketplaces and shops a seller sells on.' },
    { name: 'Orders', description: 'Capture, read, look up and move orders.' },
    { name: 'Imports', description: 'Marketplace order export files in.' },
    { name: 'Incoming webhooks', description: 'Order webhooks from marketplaces, signed by the marketplace.' },
    { name: 'Inventory', description: 'Master SKUs, locations, stock levels and the ledger.' },
    { name: 'Listings', description: 'What each channel sells, mapped to master SKUs.' },
    { name: 'Availability', description: 'Safety buffers, available-to-sell and oversell risk.' },
    { name: 'Customers', description: 'Buyers recognised across channels.' },
    { name: 'Fulfillment', description: 'Priority rules, the queue, pick lists, holds, shipments and returns.' },
    { name: 'Reports', description: 'Sales and fulfillment figures, CSV exports.' },
    { name: 'Marketplace files', description: 'The marketplaces’ own upload files for quantities and shipments, and reconciling portals with the book.' },
    { name: 'Reading health', description: 'How well the extension reads each portal.' },
    { name: 'Portal packs', description: 'What the extension knows about each portal, updatable without a release.' },
    { name: 'Webhooks', description: 'Outgoing event endpoints and their deliveries.' },
    { name: 'Events', description: 'Every event the worker emitted, as a feed.' },
    { name: 'Privacy', description: 'How long buyer data is kept, erasing a buyer on request, and a seller’s whole export.' },
  ],
};

/**
 * Documents, once for all, the refusals shared by every operation of a kind:
 * the 401 of every operation that takes a credential (a seller's token, the
 * admin token or a marketplace's signature), the 403 of every operation that
 * declares scopes (http/scopes.ts), and the 503 of every seller-token
 * operation while the seller moves between books (http/sessions.ts).
 */
function documentRefusals(app: OpenAPIHono<AppEnv>): void {
  for (const d of app.openAPIRegistry.definitions) {
    if (d.type !== 'route' || !d.route.security?.length) continue;
    d.route.responses = { 401: errors[401], ...d.route.responses };
    if (!d.route.security.some((s) => 'bearerAuth' in s)) continue;
    if (d.route.security.some((s) => (s.bearerAuth?.length ?? 0) > 0)) d.route.responses = { 403: errors[403], ...d.route.responses };
    d.route.responses = { ...d.route.responses, 503: errors[503] };
  }
}

/** Builds the app. */
export function createApp(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(renderError);
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}.`, requestId: c.get('requestId') } }, 404));

  app.use('*', requestId);
  app.use('*', countRequests);
  app.use('*', serverTiming);

  app.use(
    '*',
    cors({
      // Bearer-token API: no cookies, so any origin (the extension, other tools) may call it.
      origin: '*',
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-None-Match', 'If-Match', 'Request-Id', 'X-Orderlens-Source', BOOKMARK_HEADER],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      exposeHeaders: [
        'Retry-After',
        'Idempotent-Replayed',
        'ETag',
        'Request-Id',
        'RateLimit',
        'RateLimit-Policy',
        'Deprecation',
        'Sunset',
        'Link',
        'Upload-File-Id',
        'Content-Disposition',
        'Server-Timing',
        BOOKMARK_HEADER,
      ],
      maxAge: 86400,
    }),
  );
  app.use('/v1/*', async (c, next) => (STREAMED_V1.test(c.req.path) ? next() : limitBody()(c, next)));
  app.use('/v1/admin/*', requireAdmin);
  app.use('/v1/*', async (c, next) => (PUBLIC_V1.test(c.req.path) ? next() : requireSeller(c, next)));
  app.use('/v1/*', async (c, next) => (PUBLIC_V1.test(c.req.path) ? next() : rateLimit(c, next)));
  // After the rate limit, so refusals count too. Filled below once every router is mounted: the scopes each route declared.
  let operations: ScopedOperation[] = [];
  const scoped = requireScopes(() => operations);
  app.use('/v1/*', async (c, next) => (PUBLIC_V1.test(c.req.path) ? next() : scoped(c, next)));
  app.use('/v1/*', d1Session);
  app.use('/v1/*', queueBookWork);
  app.use('/v1/*', async (c, next) => (PUBLIC_V1.test(c.req.path) || STREAMED_V1.test(c.req.path) ? next() : idempotency(c, next)));
  app.use('/v1/*', conditionalReads);
  const orderUpdates = ['transitions', 'hold', 'release', 'shipments', 'deliver', 'cancel', 'returns', 'refunds', 'split'].map((action) => `/v1/orders/:id/${action}`);
  app.on('POST', orderUpdates, ifMatch(currentVersionOf.order));
  app.on('PUT', '/v1/inventory/:sku', ifMatch(currentVersionOf.stock));
  app.on('PUT', '/v1/listings', ifMatch(currentVersionOf.listing));
  app.on('PUT', '/v1/rules', ifMatch(currentVersionOf.rules));

  app.route('/v1/admin', adminRoutes);
  app.route('/v1', accountRoutes);
  app.route('/v1', channelRoutes);
  app.route('/v1', mergeRoutes);
  app.route('/v1', orderRoutes);
  app.route('/v1', importRoutes);
  app.route('/v1', hookRoutes);
  app.route('/v1', exportRoutes);
  app.route('/v1', syncBackRoutes);
  app.route('/v1', reportRoutes);
  app.route('/v1', listingRoutes);
  app.route('/v1', availabilityRoutes);
  app.route('/v1', skuRoutes);
  app.route('/v1', inventoryRoutes);
  app.route('/v1', ruleRoutes);
  app.route('/v1', customerRoutes);
  app.route('/v1', fulfillmentRoutes);
  app.route('/v1', holdRoutes);
  app.route('/v1', shipmentRoutes);
  app.route('/v1', refundRoutes);
  app.route('/v1', splitRoutes);
  app.route('/v1', pickListRoutes);
  app.route('/v1', pageReadRoutes);
  app.route('/v1', portalPackRoutes);
  app.route('/v1/admin', adminPortalPackRoutes);
  app.route('/v1', webhookRoutes);
  app.route('/v1', webhookTestRoutes);
  app.route('/v1', eventRoutes);
  app.route('/v1', retentionRoutes);
  app.route('/v1', erasureRoutes);
  app.route('/v1', exportBookRoutes);
  app.route('/v1/admin', webhookAdminRoutes);
  app.route('/v1/admin', secretAdminRoutes);
  app.route('/v1/admin', sellerDeletionRoutes);
  app.route('/v1/admin', moveRoutes);

  operations = scopedOperations(app.openAPIRegistry.definitions);
  documentRefusals(app);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: `A seller API token. Each token carries a role (owner, manager, packer, viewer, capture) granting scopes; each operation lists the scopes it needs, and a token without one is refused with 403 naming it in \`error.scope\`. Scopes: ${Object.entries(
      SCOPE_DESCRIPTIONS,
    )
      .map(([s, what]) => `\`${s}\` ${what}`)
      .join(' ')}`,
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'adminAuth', { type: 'http', scheme: 'bearer', description: 'The ADMIN_TOKEN secret.' });
  app.openAPIRegistry.registerComponent('headers', 'RequestId', {
    description: 'Names this request: yours when you sent a sane `Request-Id`, else generated. Also `error.requestId`.',
    schema: { type: 'string', example: '6f1c2b1e-4d0a-4c44-9a57-0c1b2d3e4f50' },
  });
  app.openAPIRegistry.registerComponent('headers', 'RateLimit', {
    description: 'IETF RateLimit header field on seller routes: requests left (`r`) and seconds until the window resets (`t`).',
    schema: { type: 'string', example: '"default";r=598;t=41' },
  });
  app.openAPIRegistry.registerComponent('headers', 'RateLimitPolicy', {
    description: 'IETF RateLimit-Policy header field on seller routes: 600 requests (`q`) a 60-second window (`w`).',
    schema: { type: 'string', example: '"default";q=600;w=60' },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'shopifyHmac', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Shopify-Hmac-Sha256',
    description: 'Base64 HMAC-SHA256 of the raw body with the channel’s `webhookSecret`, as Shopify signs its webhooks.',
  });
  app.doc31('/openapi.json', OPENAPI);
  // Scalar's reference (try-it console, code samples) loads its script from a CDN, pinned here.
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'Orderlens API', cdn: 'https://cdn.jsdelivr.net/npm/@scalar/api-reference@1.76.4' }));
  app.get('/docs/plain', (c) => c.html(renderReference(app.getOpenAPI31Document(OPENAPI))));
  app.get('/', (c) => c.json({ name: 'orderlens', api: '/v1', openapi: '/openapi.json', docs: '/docs', plainDocs: '/docs/plain' }));
  return app;
}

/**
 * The app, built once per isolate (it holds no per-request state). Clients
 * are typed from its served contract (shared/schemas/generated-api.ts), not
 * from this value's type: the worker's types need Workers' globals, which
 * clash with the browser's in the extension's program.
 */
export const app = createApp();
