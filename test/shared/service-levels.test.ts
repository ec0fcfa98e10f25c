import { describe, expect, it } from 'vitest';
import { deliveryPromiseOf, PROMISE_WORDS, type ShipSpeed, SPEED_WORDS, serviceKey, shipSpeedOf } from '../../shared/service-levels.js';
import type { ChannelKind } from '../../shared/status.js';

/** Every marketplace's own service words, as its reports, APIs and pages show them, with the unified speed they mean. */
const TABLE: ReadonlyArray<[ChannelKind, string, ShipSpeed]> = [
  // Amazon: ShipmentServiceLevelCategory (reports' ship-service-level, the order page) …
  ['amazon', 'Standard', 'standard'],
  ['amazon', 'FreeEconomy', 'standard'],
  ['amazon', 'Expedited', 'expedited'],
  ['amazon', 'SecondDay', 'two_day'],
  ['amazon', 'NextDay', 'next_day'],
  ['amazon', 'SameDay', 'same_day'],
  ['amazon', 'Priority', 'next_day'],
  ['amazon', 'Scheduled', 'scheduled'],
  // … and ShipServiceLevel codes.
  ['amazon', 'Std US D2D Dom', 'standard'],
  ['amazon', 'Std UK Dom_1', 'standard'],
  ['amazon', 'Exp US D2D Dom', 'expedited'],
  ['amazon', 'Second US D2D Dom', 'two_day'],
  ['amazon', 'Next US D2D Dom', 'next_day'],
  ['amazon', 'Prime', 'unknown'],
  ['amazon', 'Free shipping', 'unknown'],
  // eBay: "Shipping Service" in the orders report and on the order page.
  ['ebay', 'USPS Ground Advantage', 'standard'],
  ['ebay', 'UPS Ground', 'standard'],
  ['ebay', 'FedEx Ground', 'standard'],
  ['ebay', 'FedEx Home Delivery', 'standard'],
  ['ebay', 'USPS First Class Package', 'standard'],
  ['ebay', 'USPS Media Mail', 'standard'],
  ['ebay', 'USPS Parcel Select Ground', 'standard'],
  ['ebay', 'Economy Shipping', 'standard'],
  ['ebay', 'Standard Shipping', 'standard'],
  ['ebay', 'ShippingMethodStandard', 'standard'],
  ['ebay', 'USPS Priority Mail', 'expedited'],
  ['ebay', 'USPS Priority Mail Flat Rate Envelope', 'expedited'],
  ['ebay', 'USPSPriority', 'expedited'],
  ['ebay', 'Expedited Shipping', 'expedited'],
  ['ebay', 'ShippingMethodExpress', 'expedited'],
  ['ebay', 'UPS 3 Day Select', 'expedited'],
  ['ebay', 'UPS 2nd Day Air', 'two_day'],
  ['ebay', 'FedEx 2Day', 'two_day'],
  ['ebay', 'USPS Priority Mail Express', 'next_day'],
  ['ebay', 'UPS Next Day Air', 'next_day'],
  ['ebay', 'UPSNextDay', 'next_day'],
  ['ebay', 'FedEx Standard Overnight', 'next_day'],
  ['ebay', 'ShippingMethodOvernight', 'next_day'],
  ['ebay', 'One-day Shipping', 'next_day'],
  ['ebay', 'Freight', 'freight'],
  ['ebay', 'USPS Priority Mail International', 'unknown'],
  ['ebay', 'eBay International Shipping', 'unknown'],
  ['ebay', 'Local pickup', 'unknown'],
  ['ebay', 'Courier', 'unknown'],
  // Shopify: the shop's delivery method / shipping line titles, carrier-calculated ones included.
  ['shopify', 'Standard Shipping', 'standard'],
  ['shopify', 'Economy', 'standard'],
  ['shopify', 'UPS® Ground', 'standard'],
  ['shopify', 'Express', 'expedited'],
  ['shopify', 'Express Shipping', 'expedited'],
  ['shopify', 'FedEx 2Day®', 'two_day'],
  ['shopify', '2-Day Shipping', 'two_day'],
  ['shopify', 'Next Day Delivery', 'next_day'],
  ['shopify', 'UPS Next Day Air®', 'next_day'],
  ['shopify', 'Overnight', 'next_day'],
  ['shopify', 'Same-day delivery', 'same_day'],
  ['shopify', 'Colissimo', 'unknown'],
  ['shopify', 'Free Shipping', 'unknown'],
  ['shopify', 'Local pickup', 'unknown'],
  // Etsy: "Shipping method" and the buyer's upgrade.
  ['etsy', 'Standard Shipping', 'standard'],
  ['etsy', 'USPS First-Class Mail', 'standard'],
  ['etsy', 'USPS Priority Mail', 'expedited'],
  ['etsy', 'Express', 'expedited'],
  ['etsy', 'Expedited shipping', 'expedited'],
  ['etsy', 'Priority Mail Express', 'next_day'],
  ['etsy', 'Royal Mail Tracked 48', 'unknown'],
  // Walmart: Seller Center "Shipping Method" and the API's methodCode.
  ['walmart', 'VALUE', 'standard'],
  ['walmart', 'Value', 'standard'],
  ['walmart', 'STANDARD', 'standard'],
  ['walmart', 'EXPEDITED', 'expedited'],
  ['walmart', 'Express', 'expedited'],
  ['walmart', 'TWODAY', 'two_day'],
  ['walmart', 'TwoDay', 'two_day'],
  ['walmart', 'ONEDAY', 'next_day'],
  ['walmart', 'NextDay', 'next_day'],
  ['walmart', 'FREIGHT', 'freight'],
  ['walmart', 'WhiteGlove', 'freight'],
  ['walmart', 'Pickup', 'unknown'],
];

describe('shipping speed in one vocabulary', () => {
  it.each(TABLE)('%s "%s" is %s', (kind, words, speed) => {
    expect(shipSpeedOf(kind, words)).toBe(speed);
  });

  it('is unknown without words, never standard', () => {
    expect(shipSpeedOf('amazon', undefined)).toBe('unknown');
    expect(shipSpeedOf('ebay', '')).toBe('unknown');
    expect(shipSpeedOf('shopify', null)).toBe('unknown');
  });

  it('is unknown for a kind it has no words for', () => {
    expect(shipSpeedOf('tiktok', 'Standard')).toBe('unknown');
    expect(deliveryPromiseOf('tiktok', 'Prime')).toBeNull();
  });

  it('reads case, spacing and punctuation alike', () => {
    expect(shipSpeedOf('amazon', 'second day')).toBe('two_day');
    expect(shipSpeedOf('amazon', 'Second-Day')).toBe('two_day');
    expect(shipSpeedOf('walmart', 'two_day')).toBe('two_day');
  });

  it('does not read one marketplace in another one’s words', () => {
    // "Value" is Walmart's economy method; elsewhere it is a shop's own name.
    expect(shipSpeedOf('shopify', 'Value')).toBe('unknown');
    // An Amazon code prefix means nothing in an eBay service name.
    expect(shipSpeedOf('ebay', 'Std delivery')).toBe('unknown');
  });
});

describe('delivery promises kept as a flag', () => {
  it.each([
    ['amazon', 'Prime', 'prime'],
    ['amazon', 'Seller Fulfilled Prime', 'seller_fulfilled_prime'],
    ['amazon', 'NextDay', null],
    ['walmart', 'TWODAY', 'walmart_two_day'],
    ['walmart', 'STANDARD', null],
    ['ebay', 'eBay Guaranteed Delivery', 'ebay_guaranteed'],
    ['ebay', 'Guaranteed Delivery', 'ebay_guaranteed'],
    ['ebay', 'Royal Mail Special Delivery Guaranteed', null],
    ['ebay', 'UPS Next Day Air', null],
    ['shopify', 'Prime', null],
    ['etsy', 'Express', null],
  ] as const)('%s "%s" promises %s', (kind, words, promise) => {
    expect(deliveryPromiseOf(kind, words)).toBe(promise);
  });
});

describe('the word lists', () => {
  it('hold only squashed keys, so SQL can match them as LIKE prefixes and instr() parts', () => {
    for (const list of [...Object.values(SPEED_WORDS), ...Object.values(PROMISE_WORDS)]) {
      for (const entry of list) {
        expect(serviceKey(entry.key)).toBe(entry.key);
        expect(entry.key).toMatch(/^[a-z0-9]+$/);
      }
    }
  });
});
