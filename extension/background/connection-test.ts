/**
 * "Test connection" on the options page: tries a worker URL and token the
 * way delivery would use them (GET /v1/me) and says exactly what is wrong.
 * Background only (it holds the token while testing).
 */

import type { ConnectionTest } from '../messaging/messages.js';
import { ApiProblem, fetchMe } from './api-client.js';
import { normalizeWorkerUrl } from './worker-url.js';

/** Tests a worker URL and token without saving them. */
export async function testConnection(rawUrl: string, token: string): Promise<ConnectionTest> {
  const url = normalizeWorkerUrl(rawUrl);
  if (!url) return { ok: false, problem: 'bad_url', message: `“${rawUrl.trim()}” is not a web address. It looks like http://127.0.0.1:8787 or https://orderlens.example.workers.dev.` };
  if (!token.trim()) return { ok: false, problem: 'token_rejected', message: 'Enter the API token the worker gave you.' };
  try {
    const { seller, token: who } = await fetchMe({ url, token: token.trim() });
    return {
      ok: true,
      seller: { id: seller.id, name: seller.name },
      token: who && { name: who.name, role: who.role, scopes: who.scopes },
      message: `Connected to ${url} as ${seller.name}.`,
    };
  } catch (error) {
    if (!(error instanceof ApiProblem)) throw error;
    switch (error.kind) {
      case 'unreachable':
        return { ok: false, problem: 'unreachable', message: `${url} is unreachable: nothing answered there. Is the worker running, and is the address right?` };
      case 'unauthorized':
        return { ok: false, problem: 'token_rejected', message: `The worker at ${url} rejected this API token (401). Check the token, or mint a new one.` };
      case 'not_orderlens':
        return {
          ok: false,
          problem: 'not_orderlens',
          message: `There is no Orderlens worker at ${url}: ${error.status ? `it answered ${error.status} to /v1/me` : 'something else answers there'}. Check the address.`,
        };
      default:
        return { ok: false, problem: 'error', message: `The worker at ${url} answered ${error.status ?? 'with an error'}: ${error.message}` };
    }
  }
}
