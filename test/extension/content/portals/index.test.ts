// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterForUrl, adapters } from '../../../../extension/content/portals/index.js';

/** The hosts each portal lives on; nothing else may be matched. */
const PORTAL_HOSTS: Record<string, RegExp> = {
  amazon: /^sellercentral(?:-europe)?\.amazon\.(?:com|co\.uk|de|fr|it|es)$/,
  ebay: /^www\.ebay\.(?:com|co\.uk|de|com\.au|ca)$/,
  etsy: /^www\.etsy\.com$/,
  shopify: /^(?:admin\.shopify\.com|\*\.myshopify\.com)$/,
  walmart: /^seller\.walmart\.com$/,
};

const SAMPLES: Record<string, string> = {
  amazon: 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=2',
  ebay: 'https://www.ebay.co.uk/sh/ord/details?orderid=12-34567-89012',
  etsy: 'https://www.etsy.com/your/orders/sold',
  shopify: 'https://admin.shopify.com/store/acme-goods/orders/6012345678901',
  walmart: 'https://seller.walmart.com/orders/manage-orders?orderGroups=Unshipped',
};

function selectorsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(selectorsIn);
  return [];
}

describe('portal adapters', () => {
  it('are one per portal, in a fixed order', () => {
    expect(adapters.map((a) => a.id)).toEqual(['amazon', 'ebay', 'etsy', 'shopify', 'walmart']);
  });

  it('ask for https pages on the five portals’ own hosts and nowhere else', () => {
    for (const adapter of adapters) {
      expect(adapter.matches.length).toBeGreaterThan(0);
      for (const pattern of adapter.matches) {
        const m = /^https:\/\/([^/]+)\/(.+)$/.exec(pattern);
        expect(m, pattern).not.toBeNull();
        expect(m![1], pattern).toMatch(PORTAL_HOSTS[adapter.id]!);
        expect(m![2], pattern).not.toBe('');
      }
    }
  });

  it('find the adapter for a page on each portal', () => {
    for (const [id, url] of Object.entries(SAMPLES)) expect(adapterForUrl(url)?.id, url).toBe(id);
    expect(adapterForUrl(new URL('https://acme-goods.myshopify.com/admin/orders'))?.id).toBe('shopify');
  });

  it('find no adapter for shoppers’ pages, look-alike hosts or text that is not a URL', () => {
    for (const url of [
      'https://www.amazon.com/gp/your-account/order-history',
      'https://www.ebay.com/itm/256789012345',
      'https://www.etsy.com/listing/1234567890/mug',
      'https://acme-goods.myshopify.com/products/tee',
      'https://www.walmart.com/orders',
      'https://sellercentral.amazon.com.evil.example/orders-v3',
      'http://seller.walmart.com/orders/manage-orders',
      'not a url',
    ]) {
      expect(adapterForUrl(url), url).toBeUndefined();
    }
  });

  it('leave each other’s pages alone', () => {
    for (const adapter of adapters) {
      for (const [id, url] of Object.entries(SAMPLES)) {
        if (id !== adapter.id) expect(adapter.pageKind(new URL(url)), `${adapter.id} on ${url}`).toBeUndefined();
      }
    }
  });

  it('hold only selectors a browser accepts', () => {
    for (const adapter of adapters) {
      const all = selectorsIn(adapter.selectors);
      expect(all.length).toBeGreaterThan(3);
      for (const selector of all) expect(() => document.querySelectorAll(selector), `${adapter.id}: ${selector}`).not.toThrow();
    }
  });

  it('never throw, whatever page they are given', () => {
    const pages = ['', '<p>hello</p>', '<table><tbody><tr><td></td></tr></tbody></table>', '<div role="table"><div role="row"><div role="cell">x</div></div></div>'];
    for (const adapter of adapters) {
      for (const html of pages) {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        for (const url of Object.values(SAMPLES)) {
          expect(() => adapter.parseOrders(doc, new URL(url))).not.toThrow();
          expect(() => adapter.parseListings(doc, new URL(url))).not.toThrow();
        }
        expect(adapter.rowAnchors(doc)).toEqual([]);
      }
    }
  });
});
