/** Deleting a seller who leaves (admin): preview with a confirmation code, then confirm. */
import { createRoute, z } from '@hono/zod-openapi';
import { confirmDeletionQuery, sellerDeletion } from '../../../shared/schemas/privacy.js';
import { database } from '../../db/client.js';
import { examples } from '../../http/examples.js';
import { errors, jsonAnswer, router } from '../../http/router.js';
import { confirmSellerDeletion, previewDeletion } from './delete-seller.js';

const idParam = z.object({ id: z.string().min(1).max(64) });
const adminAuth = [{ adminAuth: [] }];

/** GET /v1/admin/sellers/:id/deletion, DELETE /v1/admin/sellers/:id?confirm=. */
export const sellerDeletionRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/sellers/{id}/deletion',
      operationId: 'previewSellerDeletion',
      tags: ['Privacy'],
      summary: 'What deleting a seller removes, and the code that confirms it (admin)',
      security: adminAuth,
      request: { params: idParam },
      responses: { 200: jsonAnswer(sellerDeletion, 'The rows that would go, and the confirmation code.', examples.previewSellerDeletion.response), 401: errors[401], 404: errors[404] },
    }),
    async (c) => c.json(await previewDeletion(database(c.env.DB), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/sellers/{id}',
      operationId: 'deleteSeller',
      tags: ['Privacy'],
      summary: 'Delete a seller with every row of it, after the preview (admin)',
      description: 'The seller’s tokens stop at once; the cron deletes every row of the seller in bounded chunks, the seller last. Export first (GET /v1/export).',
      security: adminAuth,
      request: { params: idParam, query: confirmDeletionQuery },
      responses: {
        202: jsonAnswer(sellerDeletion, 'Confirmed: the rows go on the next cron runs.', { ...examples.previewSellerDeletion.response, confirmedAt: '2026-11-21T09:00:00.000Z' }),
        400: errors[400],
        401: errors[401],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => c.json(await confirmSellerDeletion(database(c.env.DB), c.req.valid('param').id, c.req.valid('query').confirm), 202),
  );
