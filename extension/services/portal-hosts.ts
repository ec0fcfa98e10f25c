/**
 * The manifest's host permissions: the five seller portals and nothing else.
 * Build-time only (wxt.config.ts). Each portal adapter declares its own match
 * patterns; until an adapter exists, the hosts its portal is known to use
 * stand in, so the extension builds while adapters are being written.
 */
import type { PortalId } from '../portals/types.js';

/** Where each portal lives, used when its adapter does not exist yet. */
export const KNOWN_PORTAL_MATCHES: Readonly<Record<PortalId, readonly string[]>> = {
  amazon: [
    'https://sellercentral.amazon.com/*',
    'https://sellercentral-europe.amazon.com/*',
    'https://sellercentral.amazon.co.uk/*',
    'https://sellercentral.amazon.de/*',
    'https://sellercentral.amazon.fr/*',
    'https://sellercentral.amazon.it/*',
    'https://sellercentral.amazon.es/*',
    'https://sellercentral.amazon.ca/*',
  ],
  ebay: ['https://www.ebay.com/sh/*'],
  etsy: ['https://www.etsy.com/your/*'],
  shopify: ['https://admin.shopify.com/*', 'https://*.myshopify.com/admin/*'],
  walmart: ['https://seller.walmart.com/*'],
};

/** A portal's match patterns: its adapter's when the adapter exists, else the known ones. */
async function portalMatches(portal: PortalId): Promise<readonly string[]> {
  try {
    const adapter = (await import(`../portals/${portal}.ts`)) as { matches?: unknown };
    if (Array.isArray(adapter.matches) && adapter.matches.every((m) => typeof m === 'string')) return adapter.matches as string[];
  } catch {
    // no adapter yet
  }
  return KNOWN_PORTAL_MATCHES[portal];
}

/** Every portal's match patterns, deduplicated, in portal order. */
export async function portalHostPermissions(): Promise<string[]> {
  const all = await Promise.all((Object.keys(KNOWN_PORTAL_MATCHES) as PortalId[]).map(portalMatches));
  return [...new Set(all.flat())];
}
