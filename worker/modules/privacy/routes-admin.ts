/** Deleting a seller who leaves (admin): preview with a confirmation code, then confirm. */
import { createRoute } from '@hono/zod-openapi';
import { confirmDeletionQuery, sellerDeletion } from '../../../shared/schemas/privacy.js';
import { bookBinding } from '../../db/books.js';
import { type Db, database } from '../../db/client.js';
import type { Env } from '../../env.js';
import { ApiError, orNotFound } from '../../errors.js';
import { examples } from '../../http/examples.js';
import { errors, idParam, jsonAnswer, router } from '../../http/router.js';
import { findSellerPlace } from '../accounts/service.js';
import { confirmSellerDeletion, type DeletionPreview, previewDeletion } from './delete-seller.js';

/**
 * The seller's book, and the directory when that is another database: a
 * seller on book 1 or later has its tokens and directory row there.
 */
async function sellerBooks(env: Env, sellerId: string): Promise<{ book: Db; directory?: Db }> {
  const directory = database(env.DB);
  const place = orNotFound(await findSellerPlace(directory, sellerId), 'Seller');
  if (place.movingTo !== null) throw new ApiError(409, 'seller_moving', 'This seller is moving to another book database; delete it once the move is done.');
  return place.shard === 0 ? { book: directory } : { book: database(bookBinding(env, place.shard)), directory };
}

/** The book's answer, counting the tokens the directory holds. */
function withDirectoryTokens(answer: DeletionPreview, onDirectory: DeletionPreview | undefined): DeletionPreview {
  if (!onDirectory) return answer;
  const moreThan = [...answer.moreThan.filter((t) => t !== 'api_tokens'), ...onDirectory.moreThan.filter((t) => t === 'api_tokens')];
  return { ...answer, rows: { ...answer.rows, api_tokens: onDirectory.rows.api_tokens ?? 0 }, moreThan };
}
const adminAuth = [{ adminAuth: [] }];

/** GET /v1/admin/sellers/:id/deletion, DELETE /v1/admin/sellers/:id?confirm=. */
export const sellerDeletionRoutes = router('Privacy')
  .openapi(
    createRoute({
      method: 'get',
      path: '/sellers/{id}/deletion',
      operationId: 'previewSellerDeletion',
      summary: 'What deleting a seller removes, and the code that confirms it (admin)',
      security: adminAuth,
      request: { params: idParam },
      responses: { 200: jsonAnswer(sellerDeletion, 'The rows that would go, and the confirmation code.', examples.previewSellerDeletion.response), 404: errors[404] },
    }),
    async (c) => {
      const { book, directory } = await sellerBooks(c.env, c.req.valid('param').id);
      return c.json(withDirectoryTokens(await previewDeletion(book, c.req.valid('param').id), directory && (await previewDeletion(directory, c.req.valid('param').id))), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/sellers/{id}',
      operationId: 'deleteSeller',
      summary: 'Delete a seller with every row of it, after the preview (admin)',
      description: 'The seller’s tokens stop at once; the cron deletes every row of the seller in bounded chunks, the seller last. Export first (GET /v1/export).',
      security: adminAuth,
      request: { params: idParam, query: confirmDeletionQuery },
      responses: {
        202: jsonAnswer(sellerDeletion, 'Confirmed: the rows go on the next cron runs.', { ...examples.previewSellerDeletion.response, confirmedAt: '2026-11-21T09:00:00.000Z' }),
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { book, directory } = await sellerBooks(c.env, id);
      const answer = await confirmSellerDeletion(book, id, c.req.valid('query').confirm);
      // The directory's own sweep then removes the tokens and the directory row.
      return c.json(withDirectoryTokens(answer, directory && (await confirmSellerDeletion(directory, id, c.req.valid('query').confirm))), 202);
    },
  );
