/**
 * The seller portals the extension reads, one adapter each, and which one a
 * page belongs to. Content scripts and the manifest take their match
 * patterns from here.
 */
import * as amazon from './amazon.js';
import * as ebay from './ebay.js';
import * as etsy from './etsy.js';
import * as shopify from './shopify.js';
import type { PortalAdapter } from './types.js';
import { matchesPattern } from './urls.js';
import * as walmart from './walmart.js';

export type * from './types.js';

/** Every portal adapter. */
export const adapters: readonly PortalAdapter[] = [amazon, ebay, etsy, shopify, walmart];

/** The adapter whose match patterns cover `url`, or undefined for a page on no portal we know. */
export function adapterForUrl(url: URL | string): PortalAdapter | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  return adapters.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, parsed)));
}
