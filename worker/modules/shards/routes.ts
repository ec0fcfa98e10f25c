/** Moving a seller between book databases (admin): POST and GET /v1/admin/sellers/:id/move. */
import { createRoute } from '@hono/zod-openapi';
import { moveSellerBody, sellerMove } from '../../../shared/schemas/books.js';
import { errors, idParam, jsonAnswer, jsonBody, router } from '../../http/router.js';
import { moveSeller, readMoveState } from './move-seller.js';

const adminAuth = [{ adminAuth: [] }];

const example = {
  sellerId: 'sel_01J9Z1SELLER',
  fromShard: 0,
  toShard: 1,
  phase: 'done',
  copied: 8214,
  cleaned: 8214,
  restarts: 0,
  verified: { orders: { rows: 1200, checksum: '9c1e04a7b3f2' }, order_lines: { rows: 1850, checksum: '4b7d29e0c115' } },
  startedAt: '2026-11-21T09:00:00.000Z',
  finishedAt: '2026-11-21T09:01:12.000Z',
};

const HOW =
  'A seller lives on one book database (0 is `DB`, n is `BOOK_n`). A move closes the seller’s requests (503 with `Retry-After`: the extension’s outbox and Shopify retry, so nothing is lost), waits `drainSeconds` for requests begun earlier, deletes anything of the seller an earlier try left on the target, copies every table in bounded chunks, verifies each table’s row count and checksum on both books (a difference starts the copy over), points the directory at the target (requests reopen there), then deletes the rows from the old book. ' +
  'Each call runs a bounded share and answers where the move stands (202 while under way, 200 once done); call again, or leave it to the cron, to go on. A step interrupted anywhere is resumed by the next call: a chunk copied twice is kept once.';

/** /v1/admin/sellers/{id}/move */
export const moveRoutes = router('Accounts')
  .openapi(
    createRoute({
      method: 'post',
      path: '/sellers/{id}/move',
      operationId: 'moveSeller',
      summary: 'Move a seller to another book database, or go on with its move (admin)',
      description: HOW,
      security: adminAuth,
      request: { params: idParam, body: jsonBody(moveSellerBody, { toShard: 1, drainSeconds: 30 }) },
      responses: {
        200: jsonAnswer(sellerMove, 'The move is done.', example),
        202: jsonAnswer(sellerMove, 'The move is under way: call again to go on.', { ...example, phase: 'copy', cleaned: 0, verified: {}, finishedAt: null }),
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => {
      const { toShard, drainSeconds } = c.req.valid('json');
      const state = await moveSeller(c.env, c.req.valid('param').id, toShard, drainSeconds, 'admin');
      return state.phase === 'done' ? c.json(state, 200) : c.json(state, 202);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sellers/{id}/move',
      operationId: 'getSellerMove',
      summary: 'Where the seller’s latest move between book databases stands (admin)',
      security: adminAuth,
      request: { params: idParam },
      responses: { 200: jsonAnswer(sellerMove, 'The latest move.', example), 404: errors[404] },
    }),
    async (c) => c.json(await readMoveState(c.env, c.req.valid('param').id), 200),
  );
