/** Opaque page cursors over a sort key (or a tuple of them). */
import { invalidInput } from '../errors.js';

/** Encodes a sort key (or tuple) as an opaque cursor. */
export function encodeKeyCursor(...key: string[]): string {
  return btoa(unescape(encodeURIComponent(JSON.stringify(key)))).replace(/=+$/, '');
}

/** Decodes a cursor made by encodeKeyCursor with `parts` keys; 400 naming `query.cursor` otherwise. */
export function decodeKeyCursor(text: string): string;
export function decodeKeyCursor(text: string, parts: number): string[];
export function decodeKeyCursor(text: string, parts = 1): string | string[] {
  try {
    const key = JSON.parse(decodeURIComponent(escape(atob(text)))) as unknown;
    if (Array.isArray(key) && key.length === parts && key.every((k) => typeof k === 'string')) return parts === 1 ? (key[0] as string) : (key as string[]);
  } catch {
    // fall through to the error below
  }
  throw invalidInput([{ path: 'query.cursor', message: 'not a cursor this API returned' }]);
}

/** Decodes a cursor made by encodeKeyCursor from the values of `names`, each under its name; 400 naming `query.cursor` otherwise. */
export function decodeNamedCursor<const K extends string>(text: string, names: readonly [K, K, ...K[]]): Record<K, string> {
  const key = decodeKeyCursor(text, names.length);
  return Object.fromEntries(names.map((name, i) => [name, key[i]])) as Record<K, string>;
}

/**
 * The first `limit` of `rows`, read one past the limit, and the cursor after
 * the last of them: null when no row follows.
 */
export function keyPage<T>(rows: readonly T[], limit: number, keyOf: (last: T) => string[]): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { page, nextCursor: rows.length > limit && last !== undefined ? encodeKeyCursor(...keyOf(last)) : null };
}
