// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { portalHostPermissions } from '../../../../extension/content/portals/host-permissions.js';

describe('the manifest host permissions', () => {
  it('are exactly the adapters’ own match patterns, eBay’s five sites each on both page families', () => {
    expect(portalHostPermissions()).toEqual([
      'https://sellercentral.amazon.com/*',
      'https://sellercentral-europe.amazon.com/*',
      'https://sellercentral.amazon.co.uk/*',
      'https://sellercentral.amazon.de/*',
      'https://sellercentral.amazon.fr/*',
      'https://sellercentral.amazon.it/*',
      'https://sellercentral.amazon.es/*',
      'https://www.ebay.com/sh/*',
      'https://www.ebay.com/mesh/ord/*',
      'https://www.ebay.co.uk/sh/*',
      'https://www.ebay.co.uk/mesh/ord/*',
      'https://www.ebay.de/sh/*',
      'https://www.ebay.de/mesh/ord/*',
      'https://www.ebay.com.au/sh/*',
      'https://www.ebay.com.au/mesh/ord/*',
      'https://www.ebay.ca/sh/*',
      'https://www.ebay.ca/mesh/ord/*',
      'https://www.etsy.com/your/*',
      'https://admin.shopify.com/store/*',
      'https://*.myshopify.com/admin/*',
      'https://seller.walmart.com/*',
    ]);
  });
});
