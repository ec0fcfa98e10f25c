/** The upload file layouts as data: cells written as each delimiter needs, parents before variations, and every kind answered. */
import { describe, expect, it } from 'vitest';
import {
  amazonPriceQuantity,
  amazonShippingConfirmation,
  ebayRevisePriceQuantity,
  isLayout,
  layoutFor,
  QUANTITY_LAYOUTS,
  type QuantityRow,
  SHIPMENT_LAYOUTS,
  uploadCell,
  uploadHead,
  uploadRows,
} from '../../shared/upload-layouts.js';

const row = (over: Partial<QuantityRow>): QuantityRow => ({
  channelSku: 'SKU',
  itemId: null,
  title: null,
  variation: [],
  availableToSell: 0,
  listed: null,
  committed: 0,
  location: null,
  ...over,
});

describe('upload layouts', () => {
  it('writes a tab file’s cells without tabs or line breaks, and quotes CSV cells only where RFC 4180 needs it', () => {
    expect([uploadCell('a\tb\r\nc', '\t'), uploadCell('say "hi", twice', ','), uploadCell('plain', ','), uploadCell(' lead', ','), uploadCell(null, ','), uploadCell(0, '\t')]).toEqual([
      'a b c',
      '"say ""hi"", twice"',
      'plain',
      '" lead"',
      '',
      '0',
    ]);
  });

  it('writes an eBay item’s parent row once, even when its variations run over two pages', () => {
    const tee = (size: string, n: number) => row({ channelSku: `TEE-${size}`, itemId: '111', title: 'Tee', variation: [{ name: 'Size', value: size }], availableToSell: n });
    const first = uploadRows(ebayRevisePriceQuantity, [tee('M', 4)], null);
    const second = uploadRows(ebayRevisePriceQuantity, [tee('S', 2), row({ channelSku: 'MUG', itemId: '222', title: 'Mug', availableToSell: 9 })], first.lastParent);
    expect(first.text + second.text).toBe('Revise,,111,Tee,,,,,,,,\r\n,,,,,,,,4,Variation,Size=M,TEE-M\r\n,,,,,,,,2,Variation,Size=S,TEE-S\r\nRevise,,222,Mug,,,,,9,,,MUG\r\n');
  });

  it('starts each file with its byte-order mark, preamble and header, in the layout’s line ends', () => {
    expect([
      uploadHead(amazonPriceQuantity).startsWith('sku\tprice\t'),
      uploadHead(ebayRevisePriceQuantity).startsWith('\uFEFF#INFO,'),
      uploadHead(amazonShippingConfirmation).endsWith('ship-method\r\n'),
    ]).toEqual([true, true, true]);
  });

  it('answers every channel kind with a layout or what to do instead', () => {
    const kinds = ['amazon', 'ebay', 'etsy', 'shopify', 'walmart', 'manual', 'api'];
    expect(kinds.map((k) => [k, isLayout(layoutFor(QUANTITY_LAYOUTS, k)), isLayout(layoutFor(SHIPMENT_LAYOUTS, k))])).toEqual([
      ['amazon', true, true],
      ['ebay', true, true],
      ['etsy', false, false],
      ['shopify', true, false],
      ['walmart', false, false],
      ['manual', false, false],
      ['api', false, false],
    ]);
  });
});
