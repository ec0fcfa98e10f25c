/**
 * Portal packs: the operator publishes a pack per portal with the admin
 * token (PUT /v1/admin/portal-packs/:portal); every seller's extension
 * fetches them all (GET /v1/portal-packs), cheaply revalidated by ETag.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { etag } from 'hono/etag';
import { PACK_PORTALS, type PortalPack, portalPack } from '../../../shared/schemas/portal-pack.js';
import { database } from '../../db/client.js';
import { invalidInput } from '../../errors.js';
import { errors, jsonAnswer, jsonBody, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { publishPortalPack } from './portal-packs.js';
import { readPacks } from './queries-portal-packs.js';

const published = z.object({
  portal: z.enum(PACK_PORTALS),
  version: z.number().int(),
  publishedAt: z.string(),
  /** `unchanged` when this very pack (same version, same content) was already published. */
  outcome: z.enum(['published', 'unchanged']),
});

const packList = z.object({ packs: z.array(z.object({ portal: z.enum(PACK_PORTALS), version: z.number().int(), pack: portalPack })) });

/** PUT /v1/admin/portal-packs/:portal, behind the admin token. */
export const adminPortalPackRoutes = router('Portal packs').openapi(
  createRoute({
    method: 'put',
    path: '/portal-packs/{portal}',
    operationId: 'publishPortalPack',
    summary: 'Publish a portal pack for every seller’s extension (admin)',
    description:
      'The body is the whole pack. Its `portal` must be the path’s, and its `version` higher than the one published (409 otherwise; the same version with the same content answers 200 `unchanged`). A pack that fails validation (a pattern that does not compile, an unknown strategy, over 256 KiB) is refused with each issue, and the published pack stays.',
    security: [{ adminAuth: [] }],
    request: { params: z.object({ portal: z.enum(PACK_PORTALS) }), body: jsonBody(portalPack) },
    responses: {
      200: jsonAnswer(published, 'This pack was already published.'),
      201: jsonAnswer(published, 'The pack is published.'),
      409: errors[409],
      413: errors[413],
    },
  }),
  async (c) => {
    const { portal } = c.req.valid('param');
    const pack = c.req.valid('json');
    if (pack.portal !== portal) throw invalidInput([{ path: 'portal', message: `must be the path's portal, ${portal}` }]);
    const result = await publishPortalPack(database(c.env.DB), pack, new Date().toISOString());
    return result.outcome === 'published' ? c.json(result, 201) : c.json(result, 200);
  },
);

/** GET /v1/portal-packs. */
export const portalPackRoutes = router('Portal packs');
// The ETag is the answer's digest; a client sending it back in If-None-Match gets 304 and no body.
portalPackRoutes.use('/portal-packs', etag());
portalPackRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/portal-packs',
    operationId: 'listPortalPacks',
    summary: 'Every published portal pack',
    description: 'The newest pack of each portal that has one, by portal. Answers carry an ETag; send it as If-None-Match to get 304 when nothing changed.',
    security: scopes('portal-packs:read'),
    responses: { 200: jsonAnswer(packList, 'The packs.'), 304: { description: 'Nothing changed since the ETag sent.' } },
  }),
  async (c) => {
    // Packs are the same for every seller: they live on the directory.
    const rows = await readPacks(database(c.get('directory')));
    c.header('Cache-Control', 'no-cache');
    return c.json({ packs: rows.map((r) => ({ portal: r.portal as PortalPack['portal'], version: r.version, pack: JSON.parse(r.pack) as PortalPack })) }, 200);
  },
);
