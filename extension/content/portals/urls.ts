/**
 * Which portal page a URL is: manifest match patterns evaluated the way the
 * browser does, and each adapter's declared page routes. Declared, not coded:
 * an adapter lists its patterns and routes as data and calls `pageKindOf`.
 */
import type { PageKind } from './types.js';

/** A page kind and the path pattern that declares it. */
export type PageRoute = readonly [PageKind, RegExp];

const escapeRe = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when `url` falls under a manifest match pattern such as
 * `https://sellercentral.amazon.com/*` or `https://*.myshopify.com/admin/*`.
 */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme === '*' ? !/^https?:$/.test(url.protocol) : url.protocol !== `${scheme}:`) return false;
  if (host.startsWith('*.')) {
    if (url.hostname !== host.slice(2) && !url.hostname.endsWith(host.slice(1))) return false;
  } else if (host !== '*' && url.hostname !== host) return false;
  return new RegExp(`^${path.split('*').map(escapeRe).join('.*')}$`).test(url.pathname + url.search);
}

/** The kind of the first route whose path pattern fits, when the URL is on one of the portal's hosts. */
export function pageKindOf(url: URL, matches: readonly string[], routes: readonly PageRoute[]): PageKind | undefined {
  if (!matches.some((p) => matchesPattern(p, url))) return undefined;
  return routes.find(([, path]) => path.test(url.pathname))?.[0];
}

/** The page number a URL asks for (`?page=3`), when it says. */
export function pageParam(url: URL, name = 'page'): number | undefined {
  const n = Number(url.searchParams.get(name));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
