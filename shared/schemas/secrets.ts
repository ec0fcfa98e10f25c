/** The admin contract of secrets at rest: what one rotation step did. */
import { z } from 'zod';

/** POST /v1/admin/secrets/rotate */
export const rotateSecretsResult = z.object({
  keyId: z.string().meta({ description: 'The key that seals now: the first of SECRET_KEYS.' }),
  resealed: z.number().int().meta({ description: 'Secrets re-sealed with it by this call.' }),
  remaining: z.number().int().meta({ description: 'Secrets still sealed with another key or stored in clear; call again until 0.' }),
});
export type RotateSecretsResult = z.infer<typeof rotateSecretsResult>;
