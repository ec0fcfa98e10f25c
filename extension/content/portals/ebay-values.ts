/**
 * What eBay pages print, as values: which site a page is on (its currency
 * and how it writes numeric dates), order and item numbers out of the
 * anchors that carry them, amounts of money, status cells and result counts.
 * Pure; used by the eBay adapter's grid and order-page readers.
 */
import { type ChannelLocale, storeDollarCurrency } from '../../../shared/channel-locale.js';
import type { Money } from '../../../shared/money.js';
import { mapNativeStatus } from '../../../shared/status.js';
import { startsWithLabel } from './dom.js';
import type { CapturedOrder, PageInfo } from './types.js';
import { moneyIn, type NumericDateOrder, parsePageInfo, quantityIn, statusFields } from './values.js';

/** One eBay site: the currency a bare amount is in, and how numeric dates are written. */
export interface EbaySite {
  currency: string;
  dates: NumericDateOrder;
  /** The zone a time printed without one is in: the channel's, when the seller set it. */
  zone?: string;
  /** Whether a bare "$" is the site's own dollars (eBay US; eBay Australia or Canada only when the channel says so too). */
  bareDollar: boolean;
}

const SITES: Readonly<Record<string, Pick<EbaySite, 'currency' | 'dates'>>> = {
  'www.ebay.com': { currency: 'USD', dates: 'mdy' },
  'www.ebay.co.uk': { currency: 'GBP', dates: 'dmy' },
  'www.ebay.de': { currency: 'EUR', dates: 'dmy' },
  'www.ebay.com.au': { currency: 'AUD', dates: 'dmy' },
  'www.ebay.ca': { currency: 'CAD', dates: 'mdy' },
};

/**
 * The site a page's URL is on (eBay US's ways for a host we do not know), read
 * with the channel's zone and currency where the seller set them. eBay prints
 * its own currencies and zones; the channel only fills what a page leaves out.
 */
export function ebaySiteOf(url: URL, locale?: ChannelLocale): EbaySite {
  const site = SITES[url.hostname] ?? { currency: 'USD', dates: 'mdy' };
  const zone = locale?.timeZone ?? undefined;
  // A bare "$" on eBay Australia or Canada is the site's dollars only when the seller's channel is in them too.
  const bareDollar = site.currency === 'USD' || storeDollarCurrency(locale) === site.currency;
  return zone === undefined ? { ...site, bareDollar } : { ...site, zone, bareDollar };
}

/** An eBay order number as a whole: `12-34567-89012`. */
export const EBAY_ORDER_ID = /^\d{2}-\d{5}-\d{5}$/;
const ORDER_ID_INSIDE = /(?:^|[^\d-])(\d{2}-\d{5}-\d{5})(?![\d-])/;

/** The order number inside an anchor's value (`orderid_12-34567-89012__order-info`, `…_order12-34567-89012`). */
export function orderIdIn(value: string | null | undefined): string | undefined {
  return value ? ORDER_ID_INSIDE.exec(value)?.[1] : undefined;
}

/** The `orderid` a details-page address names (`/mesh/ord/details?orderid=…`), when it is an order number. */
export function orderIdOfUrl(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  let id: string | null;
  try {
    id = new URL(href, 'https://www.ebay.com').searchParams.get('orderid');
  } catch {
    return undefined;
  }
  return id !== null && EBAY_ORDER_ID.test(id) ? id : undefined;
}

/**
 * A quantity sold as eBay prints it, without the stock beside it ("2 (9
 * available)"): whatever stands in brackets is never the quantity. Zero and
 * less is no quantity sold.
 */
export function quantitySold(printed: string): number | undefined {
  const n = quantityIn(printed.replace(/\([^)]*\)/g, ' '));
  return n !== undefined && n > 0 ? n : undefined;
}

/** An eBay item number: from an item link (`/itm/256789012345`, `/itm/title-words/256789012345`) or printed on its own. */
export function itemNumberIn(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  return /\/itm\/(?:[^/?#]+\/)?(\d{9,15})(?:[/?#]|$)/.exec(value)?.[1] ?? /^\s*(\d{9,15})\s*$/.exec(value)?.[1];
}

/**
 * An amount as an eBay site prints it, its currency from the text, else the
 * site's. A bare `$` on a site whose dollars are not US dollars (eBay
 * Australia, Canada) names no currency for sure unless the channel's currency
 * is the site's: else no amount, rather than a wrong one.
 */
export function ebayMoney(printed: string | undefined, site: EbaySite): Money | undefined {
  if (!printed) return undefined;
  if (!site.bareDollar && /(?:^|[^A-Za-z])\$/.test(printed.replace(/\b(?:AU|A|C|CA|US)\s?\$/g, ''))) return undefined;
  return moneyIn(printed, site.currency);
}

/**
 * A status cell's words, with the unified status when eBay's words are
 * known. A cell saying only when to ship ("Ship by Sep 21", "Dispatch by
 * 21 Sep") is eBay's word for a paid order awaiting shipment.
 */
export function statusOfText(printed: string | undefined, shipByWords: readonly string[]): Pick<CapturedOrder, 'channelStatus' | 'status' | 'paymentStatus'> {
  const fields = statusFields('ebay', printed);
  if (printed === undefined || fields.status !== undefined || !startsWithLabel(printed, shipByWords)) return fields;
  const mapped = mapNativeStatus('ebay', 'ship by');
  return { channelStatus: printed, status: mapped?.status, paymentStatus: mapped?.paymentStatus };
}

const RANGE_OF = /(\d[\d.,]*)\s*[-–]\s*(\d[\d.,]*)\s+(?:of|von)\s+(\d[\d.,]*)/i;

/**
 * Where a results page stands: the result count ("Results: 1-25 of 112",
 * German "Ergebnisse: 1-25 von 112"), "Page 2 of 5" in the pagination, and
 * the page the pagination marks current.
 */
export function pageOfResults(count: string | undefined, pagination?: string, current?: string): PageInfo {
  const page: PageInfo = { ...parsePageInfo(count), ...parsePageInfo(pagination) };
  const range = count ? RANGE_OF.exec(count) : null;
  if (page.totalItems === undefined && range) page.totalItems = quantityIn(range[3]);
  const marked = current === undefined ? undefined : quantityIn(current);
  if (page.current === undefined && marked !== undefined && marked > 0) page.current = marked;
  return page;
}

/**
 * How many pages the results run to, worked out from the range shown
 * ("1-25 of 112": pages of 25, so 5) when the page does not print it: a
 * page that is not the last shows a whole page's worth; the last page's
 * number is the current one. Undefined where the numbers do not settle it.
 */
export function pagesOfRange(count: string | undefined, current: number | undefined): number | undefined {
  const range = count ? RANGE_OF.exec(count) : null;
  if (!range) return undefined;
  const [first, last, total] = [quantityIn(range[1]), quantityIn(range[2]), quantityIn(range[3])];
  if (first === undefined || last === undefined || total === undefined || first < 1 || last < first || last > total) return undefined;
  if (last < total) {
    const size = last - first + 1;
    // A page that is not the last starts where whole pages before it end.
    return (first - 1) % size === 0 ? Math.ceil(total / size) : undefined;
  }
  return first === 1 ? 1 : current;
}
