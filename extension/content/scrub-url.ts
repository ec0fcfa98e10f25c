/**
 * Links in a scrubbed page: the route stays (the portal's own path words,
 * the page's own path, order numbers and the ids the adapter read, parameter
 * names), whatever else a link carries (a buyer's profile name, a search for
 * a buyer, an address in a maps link) keeps its shape only. mailto:, tel:
 * and script links are replaced whole.
 */
import type { ScrubRules } from './scrub-rules.js';
import { placeholder } from './scrub-rules.js';

/** Path words of the portals' routes: links made of these lead the same places in a fixture. */
const ROUTE_WORDS = new Set(
  (
    'orders-v3 order orders mfn afn unshipped pending shipped canceled cancelled myinventory inventory messaging contact ' +
    'sh mesh ord details lst active sold unsold drafts your shops me tools listings listing people new completed all ' +
    'store admin products variants customers collections draft_orders fulfillment fulfillments ' +
    'manage-orders manage-items items-and-inventory order-management home help search'
  ).split(' '),
);

/** Path words after which a run of digits is a record's id (a buyer's is not kept). */
const ID_AFTER = new Set(['order', 'orders', 'products', 'variants', 'listing', 'listings', 'items', 'item', 'itm', 'details', 'fulfillments']);

/** Parameter names whose value is an order number or item id in a portal's own links. */
const ID_PARAMS = /^(?:order_?id|ponumber|po|id|item_?id|listing_?id)$/i;
/** Parameter names whose value may be one of the portal's own upper-case words ("status:AWAITING_SHIPMENT"). */
const WORD_PARAMS = /^(?:filter|ordergroups|sort|status|tab|view|ref)$/i;

/** Hosts of the portals, whose names stay in absolute links. */
const PORTAL_HOSTS = /(?:^|\.)(?:amazon\.(?:com|co\.uk|de|fr|it|es|ca)|ebay\.(?:com|co\.uk|de|com\.au|ca)|etsy\.com|shopify\.com|myshopify\.com|walmart\.com)$/i;

const URL_PARTS = /^([a-z][a-z0-9+.-]*:)?(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/is;

const decode = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/** A scrubbed value, written back as a URL part (placeholders hold no characters that need escaping beyond the original's). */
const scrubbedPart = (raw: string) => encodeURIComponent(placeholder(decode(raw))).replace(/%2C/g, ',');

/** A link scrubber for one page: `pagePath` is the page's own path, whose segments are the portal's and stay. */
export function urlScrubber(rules: ScrubRules, pagePath: string): (href: string) => string {
  const ownSegments = new Set(pagePath.split('/').filter((s) => s !== '' && !rules.denied(decode(s))));

  const segment = (raw: string, previous: string | undefined): string => {
    if (raw === '') return raw;
    const value = decode(raw);
    if (rules.denied(value)) return scrubbedPart(raw);
    if (ROUTE_WORDS.has(value.toLowerCase()) || ownSegments.has(raw) || rules.isOrderNumber(value)) return raw;
    if (/^\d{1,6}$/.test(value)) return raw;
    if (/^\d+$/.test(value) && previous !== undefined && ID_AFTER.has(previous.toLowerCase())) return raw;
    return scrubbedPart(raw);
  };

  const parameter = (pair: string): string => {
    const at = pair.indexOf('=');
    if (at < 0) return segment(pair, undefined);
    const name = pair.slice(0, at);
    const raw = pair.slice(at + 1);
    const value = decode(raw);
    if (rules.denied(value)) return `${name}=${scrubbedPart(raw)}`;
    const kept =
      rules.judge(value) !== undefined ||
      (ID_PARAMS.test(decode(name)) && rules.isOrderNumber(value)) ||
      (WORD_PARAMS.test(decode(name)) && /^(?:[a-z]{1,20}:)?[A-Z][A-Z0-9_]{1,40}$/.test(value));
    return `${name}=${kept ? raw : scrubbedPart(raw)}`;
  };

  return (href) => {
    const trimmed = href.trim();
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
    if (scheme === 'mailto') return 'mailto:someone@example.invalid';
    if (scheme === 'tel' || scheme === 'sms' || scheme === 'callto') return `${scheme}:+00000000000`;
    if (scheme === 'javascript') return 'javascript:void(0)';
    if (scheme === 'data' || scheme === 'blob') return 'data:,';
    if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return '#';
    const parts = URL_PARTS.exec(trimmed);
    if (!parts) return placeholder(trimmed);
    const [, protocol = '', authority = '', path = '', query = '', fragment = ''] = parts;
    const host = authority.slice(2);
    const keptHost = host === '' || PORTAL_HOSTS.test(host.replace(/:\d+$/, '')) ? authority : `//${placeholder(host)}`;
    const segments = path.split('/');
    const scrubbedPath = segments.map((s, i) => segment(s, i > 0 ? decode(segments[i - 1]!) : undefined)).join('/');
    const scrubbedQuery = query === '' ? '' : `?${query.slice(1).split('&').map(parameter).join('&')}`;
    const scrubbedFragment = fragment === '' || fragment === '#' ? fragment : `#${rules.scrub(decode(fragment.slice(1)), 'weak') === decode(fragment.slice(1)) ? fragment.slice(1) : scrubbedPart(fragment.slice(1))}`;
    return `${protocol}${keptHost}${scrubbedPath}${scrubbedQuery}${scrubbedFragment}`;
  };
}
