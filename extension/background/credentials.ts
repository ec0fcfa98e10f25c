/**
 * The worker URL and token as the background uses them, and a digest that
 * names a pair without holding the token (to remember which pair a 401 or a
 * channel list belongs to). Background only.
 */

import { workerUrlItem } from '../messaging/storage.js';
import type { Credentials } from './api-client.js';
import { readManagedConfig } from './managed-config.js';
import { apiTokenItem } from './token.js';

/** The organisation's worker URL and token when set (managed storage), else the saved ones, or undefined until both are set. */
export async function readCredentials(): Promise<Credentials | undefined> {
  const managed = await readManagedConfig();
  if (managed) return managed;
  const [url, token] = await Promise.all([workerUrlItem.getValue(), apiTokenItem.getValue()]);
  return url && token ? { url, token } : undefined;
}

/** SHA-256 (hex) of the URL and token: equal for the same pair, useless for recovering the token. */
export async function credentialsDigest(creds: Credentials): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${creds.url}\n${creds.token}`));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
