/**
 * Every portal's bundled pack, for the extension's own pages and the tests.
 * Content scripts never import this: each adapter bundles its own pack
 * (see bundledPack), and a content script carries one adapter.
 */
import type { PackPortal, PortalPack } from '../../../shared/schemas/portal-pack.js';
import amazon from './packs/amazon.json';
import ebay from './packs/ebay.json';
import etsy from './packs/etsy.json';
import shopify from './packs/shopify.json';
import walmart from './packs/walmart.json';
import { bundledPack } from './packs.js';

/** The packs the extension was built with (checked against the pack schema by a unit test). */
export const BUNDLED_PACKS: Readonly<Record<PackPortal, PortalPack>> = {
  amazon: bundledPack(amazon as PortalPack),
  ebay: bundledPack(ebay as PortalPack),
  etsy: bundledPack(etsy as PortalPack),
  shopify: bundledPack(shopify as PortalPack),
  walmart: bundledPack(walmart as PortalPack),
};
