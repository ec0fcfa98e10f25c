/**
 * Key rotation for secrets at rest: re-seals, with the current key, a bounded
 * chunk of the secrets still sealed with an older key or stored in clear, and
 * says how many remain. Called again until none remain, after which the old
 * key can leave SECRET_KEYS.
 */
import type { RotateSecretsResult } from '../../../shared/schemas/secrets.js';
import type { Db } from '../../db/client.js';
import type { SecretBox } from '../../db/secret-box.js';
import { countNotSealedWith, type SecretTable, secretsNotSealedWith, writeResealed } from './queries.js';

const TABLES: readonly SecretTable[] = ['webhook_endpoints', 'channels'];

/** Re-seals up to `chunk` secrets per table in one batch. */
export async function rotateSecrets(db: Db, box: SecretBox, chunk = 50): Promise<RotateSecretsResult> {
  const keyId = await box.currentKeyId();
  const found = (await Promise.all(TABLES.map((t) => secretsNotSealedWith(db, t, keyId, chunk)))).flat();
  const resealed = await Promise.all(
    found.map(async (row) => {
      const context = `${row.table}/${row.id}`;
      return { ...row, sealed: await box.seal(await box.open(row.stored, context), context) };
    }),
  );
  const written = await writeResealed(db, resealed);
  return { keyId, resealed: written, remaining: await countNotSealedWith(db, keyId) };
}
