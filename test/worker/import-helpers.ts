/**
 * Helpers for import tests: send a file to POST /v1/imports as the body or
 * as multipart parts, in-process on the test's D1.
 */
import { env } from 'cloudflare:test';
import { app } from '../../worker/app.js';
import type { Answer } from './helpers.js';

/** Query of an import: format, channel, default currency. */
export type ImportParams = Record<string, string>;

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body };
}

/** Uploads `file` (text or bytes) as the request body. */
export async function importFile(token: string, params: ImportParams, file: string | Uint8Array<ArrayBuffer>, contentType = 'text/csv'): Promise<Answer> {
  const res = await app.request(`/v1/imports?${new URLSearchParams(params)}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': contentType }, body: file }, env);
  return answer(res);
}

/** Uploads files as multipart/form-data parts. */
export async function importParts(token: string, params: ImportParams, parts: Record<string, string>): Promise<Answer> {
  const form = new FormData();
  for (const [name, text] of Object.entries(parts)) form.append(name, new File([text], `${name}.csv`, { type: 'text/csv' }));
  const res = await app.request(`/v1/imports?${new URLSearchParams(params)}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form }, env);
  return answer(res);
}

/** The import answer with no orders and no errors, for spreading. */
export const NOTHING = { created: 0, updated: 0, unchanged: 0, failed: 0, errors: [], moreErrors: 0 };
