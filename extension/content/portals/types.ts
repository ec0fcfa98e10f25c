/**
 * What a portal adapter reads off a seller portal page, and the shape every
 * adapter has. Adapters are pure: a Document and its URL in, plain data out.
 */
import type { ChannelLocale } from '../../../shared/channel-locale.js';
import type { AddressInput } from '../../../shared/schemas/order.js';
import type { OrderStatus, PaymentStatus } from '../../../shared/status.js';

/** The five marketplaces whose seller portals the extension overlays. */
export type PortalId = 'amazon' | 'ebay' | 'etsy' | 'shopify' | 'walmart';

/** What a portal page shows: a list of orders, one order, or the seller's listings. */
export type PageKind = 'orders' | 'order' | 'listings';

/**
 * One line of an order as a portal page shows it. As in the order contract
 * and the file imports: `sku` is the seller's own SKU as the page prints it,
 * `channelSku` the key the channel stocks the item by (Amazon seller SKU,
 * eBay item number, Etsy listing id, Shopify variant id, Walmart item id),
 * `channelItemId` the marketplace's item id beside it (Amazon's ASIN). Money
 * is in minor units.
 */
export interface CapturedLine {
  sku?: string;
  channelSku?: string;
  channelItemId?: string;
  title?: string;
  quantity: number;
  unitPrice?: number;
}

/**
 * One order as a portal page shows it. `partial` is true when a field this
 * page normally shows could not be read; `missing` names those fields (for
 * line fields, `lines.<field>`). Fields a page never shows (an Amazon list row
 * has no order total) are simply undefined and not counted as missing.
 */
export interface CapturedOrder {
  externalId: string;
  channelStatus?: string;
  status?: OrderStatus;
  paymentStatus?: PaymentStatus;
  /** ISO-8601 UTC. */
  placedAt?: string;
  /** 'day' when the page printed only the day of `placedAt` (kept at midnight UTC); absent when it gave the time. */
  placedAtPrecision?: 'day';
  /** ISO-8601 UTC. */
  shipBy?: string;
  serviceLevel?: string;
  currency?: string;
  /** Minor units of `currency`. */
  total?: number;
  buyer?: { name?: string; email?: string; externalId?: string };
  lines: CapturedLine[];
  shipTo?: AddressInput;
  partial: boolean;
  missing: string[];
}

/**
 * One listing's quantity as the portal's listings/inventory page shows it.
 * `channelSku` is the channel's id for the item, the same id order lines
 * carry; `sku` the seller's own SKU when the page prints one.
 */
export interface ListingQuantity {
  /** The key the marketplace stocks by (Amazon: the seller SKU when shown). */
  channelSku: string;
  /** The marketplace's item id beside it, when the page shows one (Amazon: the ASIN). */
  itemId?: string;
  sku?: string;
  title?: string;
  listedQuantity?: number;
  /** Minor units of `currency`. */
  price?: number;
  currency?: string;
  partial: boolean;
  missing: string[];
}

/** Where a page's numbering stands, as far as the page says. */
export interface PageInfo {
  current?: number;
  total?: number;
  totalItems?: number;
}

/** The result of parsing one page: what could be read, and what went wrong. */
export interface ParsedPage<T> {
  items: T[];
  warnings: string[];
  page?: PageInfo;
}

/**
 * Which of the seller's accounts on a portal a page belongs to: a stable key
 * (Amazon marketplace host, eBay site host, Shopify store handle…) and what
 * the page prints of it (store or shop name) when it does.
 */
export interface PageAccount {
  key: string;
  name?: string;
}

/** An element on the page beside which the overlay puts a chip. */
export type RowAnchor = { kind: 'order'; externalId: string; anchor: Element } | { kind: 'listing'; channelSku: string; anchor: Element };

/** Everything the extension needs to know about one seller portal. */
export interface PortalAdapter {
  readonly id: PortalId;
  /** Manifest match patterns for the portal's content script. */
  readonly matches: readonly string[];
  /** Every CSS selector the adapter uses, in one place. */
  readonly selectors: Readonly<Record<string, unknown>>;
  /** Which kind of page `url` is, or undefined when the adapter has nothing to read there. */
  pageKind(url: URL): PageKind | undefined;
  /**
   * Orders on an orders list or order detail page, read in the channel's
   * currency and zone where the page prints none (`locale`, when known). Never throws.
   */
  parseOrders(doc: Document, url: URL, locale?: ChannelLocale): ParsedPage<CapturedOrder>;
  /** Listings on a listings/inventory page. Never throws. */
  parseListings(doc: Document, url: URL): ParsedPage<ListingQuantity>;
  /** Elements beside which the overlay shows order and listing chips. */
  rowAnchors(doc: Document): RowAnchor[];
  /** Which account the page belongs to, when the URL or the page says. */
  account?(doc: Document, url: URL): PageAccount | undefined;
}
