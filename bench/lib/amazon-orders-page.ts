/**
 * A busy Amazon Manage Orders page, made from the saved fixture's first
 * order row: as many orders as asked for, each with its own number, buyer,
 * SKU, quantity, amount and dates (identical rows would let every text be
 * worked out once for the whole page). Used by `bench:overlay` and by the
 * end-to-end test that reads such a page in Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './local-worker.js';

const TEMPLATE_ID = '113-4567890-1234567';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The fixture's first order row, made the `i`th order of a busy day. */
function nthOrderRow(template: string, i: number): string {
  const day = (k: number) => `${MONTHS[(i + k) % 12]} ${1 + ((i + k * 3) % 28)}, 2026`;
  const cents = 1000 + ((i * 733) % 48_000);
  return template
    .replaceAll(TEMPLATE_ID, `113-${String(5000000 + i).padStart(7, '0')}-${String(i + 1).padStart(7, '0')}`)
    .replace('Sep 18, 2026', day(0))
    .replace('2:31 PM', `${1 + (i % 12)}:${String((i * 7) % 60).padStart(2, '0')} ${i % 2 ? 'AM' : 'PM'}`)
    .replace('Sep 21, 2026', day(1))
    .replace('$24.99', `$${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`)
    .replace('Quantity: 1', `Quantity: ${1 + (i % 3)}`)
    .replace('Jane Smith', `Buyer ${i}`)
    .replace('BCB-L-001', `SKU-${i % 97}`);
}

/**
 * The fixture page with its table body replaced by `rows` orders made from
 * its first order row, and the markup of the table body showing the orders
 * after those (the next page, as the SPA would draw it).
 */
export function generatedOrdersPage(rows: number): { html: string; nextBody: string } {
  const fixture = readFileSync(path.join(ROOT, 'test/fixtures/portals/amazon/orders.html'), 'utf8');
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(fixture);
  const firstRow = body && /<tr>[\s\S]*?<\/tr>/.exec(body[1]!)?.[0];
  const shown = ['Sep 18, 2026', '2:31 PM', 'Sep 21, 2026', '$24.99', 'Quantity: 1', 'Jane Smith', 'BCB-L-001'];
  if (!body || !firstRow?.includes(TEMPLATE_ID) || !shown.every((t) => firstRow.includes(t))) {
    throw new Error('the Amazon fixture no longer has the expected first order row');
  }
  const page = (from: number) => Array.from({ length: rows }, (_, i) => nthOrderRow(firstRow, from + i)).join('\n');
  return { html: fixture.replace(body[0], `<tbody>\n${page(0)}\n</tbody>`), nextBody: page(rows) };
}
