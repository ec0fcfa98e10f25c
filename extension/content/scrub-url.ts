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

/** Path words after which a segment names a person (a buyer's profile, a customer): never kept. */
const PERSON_AFTER = new Set(['people', 'customers', 'customer', 'users', 'user', 'profile', 'members', 'buyer', 'buyers', 'usr']);

/** Parameter names whose value is an order number or item id in a portal's own links. */
const ID_PARAMS = /^(?:order_?id|ponumber|po|id|item_?id|listing_?id)$/i;
/** Parameter names whose value may be one of the portal's own upper-case words ("status:AWAITING_SHIPMENT"). */
const WORD_PARAMS = /^(?:filter|ordergroups|sort|status|tab|view|ref)$/i;

/** Hosts of the portals, whose names stay in absolute links. */
const PORTAL_HOSTS = /(?:^|\.)(?:amazon\.(?:com|co\.uk|de|fr|it|es|ca)|ebay\.(?:com|co\.uk|de|com\.au|ca)|etsy\.com|shopify\.com|myshopify\.com|walmart\.com)$/i;

const URL_PARTS = /^([a-z][a-z0-9+.-]*:)?(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/is;

/** A URL part as text; `+` is a space in parameters only. */
const decode = (s: string, plusIsSpace = true) => {
  try {
    return decodeURIComponent(plusIsSpace ? s.replace(/\+/g, ' ') : s);
  } catch {
    return s;
  }
};

/** A scrubbed value, written back as a URL part (placeholders hold no characters that need escaping beyond the original's). */
const scrubbedPart = (raw: string, plusIsSpace = true) => encodeURIComponent(placeholder(decode(raw, plusIsSpace))).replace(/%2C/g, ',');

/**
 * A link scrubber for one page: `pagePath` is the page's own path, whose
 * segments are the portal's and stay; a fragment naming an element of the
 * page (`isElementId`; ids are copied as they are) stays too; so do
 * `routeWords`, the path words the adapter finds its links by (`/itm/`).
 */
export function urlScrubber(rules: ScrubRules, pagePath: string, isElementId: (id: string) => boolean = () => false, routeWords: ReadonlySet<string> = new Set()): (href: string) => string {
  const ownSegments = new Set(pagePath.split('/').filter((s) => s !== '' && !rules.denied(decode(s))));

  const segment = (raw: string, previous: string | undefined): string => {
    if (raw === '') return raw;
    const value = decode(raw, false);
    if (rules.denied(value) || (previous !== undefined && PERSON_AFTER.has(previous.toLowerCase()))) return scrubbedPart(raw, false);
    if (ROUTE_WORDS.has(value.toLowerCase()) || routeWords.has(value.toLowerCase()) || ownSegments.has(raw) || rules.isOrderNumber(value)) return raw;
    if (/^\d{1,6}$/.test(value)) return raw;
    if (/^\d+$/.test(value) && previous !== undefined && ID_AFTER.has(previous.toLowerCase())) return raw;
    return scrubbedPart(raw, false);
  };

  const parameter = (pair: string): string => {
    const at = pair.indexOf('=');
    if (at < 0) return segment(pair, undefined);
    const name = pair.slice(0, at);
    const raw = pair.slice(at + 1);
    const value = decode(raw);
    if (rules.denied(value)) return `${name}=${scrubbedPart(raw)}`;
    const kept =
      rules.judge(value) !== undefined || (ID_PARAMS.test(decode(name)) && rules.isOrderNumber(value)) || (WORD_PARAMS.test(decode(name)) && /^(?:[a-z]{1,20}:)?[A-Z][A-Z0-9_]{1,40}$/.test(value));
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
    const scrubbedPath = segments.map((s, i) => segment(s, i > 0 ? decode(segments[i - 1]!, false) : undefined)).join('/');
    const scrubbedQuery = query === '' ? '' : `?${query.slice(1).split('&').map(parameter).join('&')}`;
    const target = decode(fragment.slice(1));
    const fragmentKept = fragment.length <= 1 || isElementId(target) || (!rules.denied(target) && rules.judge(target) !== undefined);
    const scrubbedFragment = fragmentKept ? fragment : `#${scrubbedPart(fragment.slice(1))}`;
    return `${protocol}${keptHost}${scrubbedPath}${scrubbedQuery}${scrubbedFragment}`;
  };
}
