/** Merging orders into one shipment: merge, unmerge, ship the group, and proposed merges. */

import { createRoute, z } from '@hono/zod-openapi';
import { orderDetail } from '../../../shared/schemas/order.js';
import { groupShipmentBody, mergeBody, mergeGroup, mergeProposal } from '../../../shared/schemas/order-groups.js';
import { database } from '../../db/client.js';
import { everyRecord } from '../../http/answers.js';
import { examples } from '../../http/examples.js';
import { bodyWrite, errors, jsonAnswer, jsonBody, recordId, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { mergeOrders, mergeProposals, shipMergeGroup, unmergeOrders } from './merge-orders.js';

const groupParam = z.object({ groupId: recordId });
const refused = { ...errors[422], description: 'The orders cannot ship as one; `issues` names each (orderIds.i).' };

/** /v1/orders/merge, /v1/orders/merge-proposals and /v1/merge-groups; mounted before /v1/orders/{id} so its paths are not read as order ids. */
export const mergeRoutes = router('Orders')
  .openapi(
    createRoute({
      path: '/orders/merge',
      operationId: 'mergeOrders',
      summary: 'Merge orders to the same address into one shipment group',
      description:
        'Orders of the caller, not yet picked, whose ship-to (name, lines, postal code, country; case, spacing and punctuation aside) is known and the same. Each keeps its own channel identity and status; the queue and pick lists show the group once.',
      security: scopes('orders:write'),
      ...bodyWrite('post', jsonBody(mergeBody, examples.mergeOrders.request), { 201: jsonAnswer(z.object({ group: mergeGroup }), 'The new group and its members.'), 404: errors[404], 422: refused }),
    }),
    async (c) => {
      const group = await mergeOrders(database(c.env.DB), c.get('sellerId'), c.req.valid('json').orderIds, { source: 'api', actor: c.get('tokenName') });
      return c.json({ group }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/orders/merge-proposals',
      operationId: 'listMergeProposals',
      summary: "Proposed merges: open orders a rule flagged, of one buyer to one address, placed within the rule's window",
      description:
        'Orders become candidates when a rule with a `proposeMerge` action (PUT /v1/rules) matches them in the ready, short or held list; a proposal groups candidates of one rule with the same buyer and ship-to placed within its `withinHours` of each other, names that rule, and lists in `held` which of them are held (merged, the group waits in the held list until every hold is released). With no such rule there are no proposals. Accept a proposal by sending its orderIds to POST /v1/orders/merge.',
      security: scopes('orders:read'),
      responses: { 200: jsonAnswer(z.object({ proposals: z.array(mergeProposal) }), 'The proposals, if any.') },
    }),
    everyRecord('proposals', mergeProposals),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/merge-groups/{groupId}',
      operationId: 'unmergeOrders',
      summary: 'Take a merge group apart before it ships',
      security: scopes('orders:write'),
      request: { params: groupParam },
      responses: { 200: jsonAnswer(z.object({ orders: z.array(orderDetail) }), 'The former members, each shipping alone.'), 404: errors[404], 409: errors[409] },
    }),
    async (c) => c.json({ orders: await unmergeOrders(database(c.env.DB), c.get('sellerId'), c.req.valid('param').groupId, { source: 'api', actor: c.get('tokenName') }) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/merge-groups/{groupId}/shipments',
      operationId: 'shipMergeGroup',
      tags: ['Fulfillment'],
      summary: 'Ship a merge group as one parcel: every member records the same tracking number',
      security: scopes('fulfillment:write'),
      request: { params: groupParam, body: jsonBody(groupShipmentBody) },
      responses: { 200: jsonAnswer(z.object({ group: mergeGroup }), 'The group after shipping.'), 404: errors[404], 409: errors[409] },
    }),
    async (c) => {
      const group = await shipMergeGroup(database(c.env.DB), c.get('sellerId'), c.req.valid('param').groupId, c.req.valid('json'), { source: 'api', actor: c.get('tokenName') });
      return c.json({ group }, 200);
    },
  );
