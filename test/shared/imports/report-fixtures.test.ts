/**
 * What every single-file order report promises of its fixture: the file
 * imports as exactly the orders kept beside it, and the same text cut into
 * small random chunks, with the format left to detection, gives the same.
 */
import { describe, test } from 'vitest';
import type { FormatId } from '../../../shared/imports/index.js';
import { expectImported, fixture, fixtureOrders, randomChunks, streamOf } from './helpers.js';

interface ReportFixture {
  report: string;
  format: FormatId;
  channelId: string;
  file: string;
  /** What the whole file shows the importer doing. */
  whole: string;
  /** The chunked test's name: how the text is sent. */
  chunked: string;
  seeds: number[];
  maxChunk?: number;
  /** The text as sent in chunks, when it differs from the stored file. */
  sent?: (text: string) => string;
}

const REPORTS: ReportFixture[] = [
  {
    report: 'eBay Seller Hub orders report',
    format: 'ebay-orders',
    channelId: 'ch_ebay',
    file: 'ebay-orders/ebay-us.csv',
    whole: 'skips the junk line, padding row and footers; a summary row plus item rows make one order',
    chunked: 'in small random chunks, with format=auto, the same orders come out',
    seeds: [21, 22, 23],
    maxChunk: 6,
  },
  {
    // In order #1003, "not an email" is dropped; the cancelled-at date makes it cancelled.
    report: 'Shopify orders export',
    format: 'shopify-orders',
    channelId: 'ch_shop',
    file: 'shopify-orders/orders_export_1.csv',
    whole: 'groups line items by Name, takes order fields from the first row, strips the zip apostrophe',
    chunked: 'the file as CRLF with a BOM, in small random chunks, gives the same orders',
    seeds: [11, 12, 13],
    maxChunk: 9,
    sent: (text) => `\ufeff${text.replace(/\n/g, '\r\n')}`,
  },
  {
    // PO 1000001: one line shipped, one acknowledged, so partially shipped; total 2 × 9.99 + 2.00 + 1.65 + 15.00 − 1.00 + 1.16.
    report: 'Walmart PO Data',
    format: 'walmart-orders',
    channelId: 'ch_wmt',
    file: 'walmart-orders/po-data.csv',
    whole: 'groups PO lines by PO#, derives the order status from every line status',
    chunked: 'in small random chunks with format=auto, the same orders come out',
    seeds: [41],
  },
];

describe.each(REPORTS)('$report', (r) => {
  const opts = { format: r.format, channelId: r.channelId };
  const orders = fixtureOrders(r.file);

  test(r.whole, async () => {
    await expectImported([fixture(r.file)], opts, orders);
  });

  test(r.chunked, async () => {
    const text = (r.sent ?? String)(fixture(r.file));
    for (const seed of r.seeds) {
      await expectImported(streamOf(randomChunks(text, seed, r.maxChunk)), { ...opts, format: 'auto' }, orders, `seed ${seed}`);
    }
  });
});
