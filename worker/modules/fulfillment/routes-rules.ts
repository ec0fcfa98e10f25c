/** /v1/rules: the seller's fulfillment rules — current version, a new version, the history. */
import { createRoute } from '@hono/zod-openapi';
import { ruleSet, ruleSetBody, ruleSetHistory } from '../../../shared/schemas/rules.js';
import { database } from '../../db/client.js';
import { everyRecord } from '../../http/answers.js';
import { conditionalWrite, jsonAnswer, jsonBody, notModified, router } from '../../http/router.js';
import { scopes } from '../../http/scopes.js';
import { rulesRepresentation } from '../../http/versions.js';
import { ruleSetVersions, saveRuleSet } from './queries-rules.js';

/** GET/PUT /v1/rules and GET /v1/rules/history. */
export const ruleRoutes = router('Fulfillment')
  .openapi(
    createRoute({
      method: 'get',
      path: '/rules',
      operationId: 'getRules',
      summary: 'The current rule set (the defaults until the seller saves one)',
      security: scopes('rules:read'),
      responses: { 200: jsonAnswer(ruleSet, 'The current rules, in evaluation order of the list.'), 304: notModified },
    }),
    async (c) => c.json(await rulesRepresentation(database(c.env.DB), c.get('sellerId')), 200),
  )
  .openapi(
    createRoute({
      path: '/rules',
      operationId: 'saveRules',
      summary: 'Save a new version of the rule set',
      description:
        'Replaces the whole ordered list. Refused with field issues: unknown fields, wrong types, an empty list, a rule without conditions or actions, duplicate ids, a rule that both holds and releases, and cycles (rules that need tags each other adds).',
      security: scopes('rules:write'),
      ...conditionalWrite('put', { body: jsonBody(ruleSetBody) }, { 201: jsonAnswer(ruleSet, 'The new version.') }),
    }),
    async (c) => {
      const { rules, note } = c.req.valid('json');
      return c.json(await saveRuleSet(database(c.env.DB), c.get('sellerId'), rules, note ?? null, c.get('expectedRulesVersion')), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rules/history',
      operationId: 'listRuleHistory',
      summary: 'Every saved version, newest first, ending with the defaults (version 0)',
      security: scopes('rules:read'),
      responses: { 200: jsonAnswer(ruleSetHistory, 'The versions.') },
    }),
    everyRecord('versions', ruleSetVersions),
  );
