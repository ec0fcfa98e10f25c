/** POST /v1/admin/secrets/rotate (admin token): one step of re-sealing stored secrets with the current key. */
import { createRoute } from '@hono/zod-openapi';
import { type RotateSecretsResult, rotateSecretsResult } from '../../../shared/schemas/secrets.js';
import { everyBook } from '../../db/books.js';
import { database } from '../../db/client.js';
import { secretBox } from '../../db/secret-box.js';
import { errors, jsonAnswer, router } from '../../http/router.js';
import { rotateSecrets } from './service.js';

/** /v1/admin/secrets/… */
export const secretAdminRoutes = router('Accounts').openapi(
  createRoute({
    method: 'post',
    path: '/secrets/rotate',
    operationId: 'rotateSecrets',
    summary: 'Re-seal stored secrets with the current key, a chunk at a time (admin)',
    description:
      'Webhook signing secrets and channels’ webhook secrets are sealed with the first key of the `SECRET_KEYS` Worker secret. After putting a new key first, call this until `remaining` is 0; then the old key can be removed. Rows stored in clear before sealing existed are sealed too.',
    security: [{ adminAuth: [] }],
    responses: {
      200: jsonAnswer(rotateSecretsResult, 'What this step did and how many secrets remain.'),
      500: { ...errors[404], description: '`secret_keys_missing`: SECRET_KEYS is not set or not valid.' },
    },
  }),
  async (c) => {
    // Each book's secrets are re-sealed in turn; `remaining` counts every book's.
    let answer: RotateSecretsResult | undefined;
    for (const book of everyBook(c.env)) {
      const step = await rotateSecrets(database(book.db), secretBox(c.env));
      answer = answer ? { keyId: step.keyId, resealed: answer.resealed + step.resealed, remaining: answer.remaining + step.remaining } : step;
    }
    return c.json(answer!, 200);
  },
);
