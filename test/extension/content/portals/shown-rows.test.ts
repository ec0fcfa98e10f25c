// @vitest-environment happy-dom
/**
 * Rows read as the page shows them, cells found by their name attribute:
 * keyed by the text they hold (what recalls a row the portal drew again),
 * and read from their elements where nothing renders tabs between cells
 * (the tests' DOM).
 */
import { describe, expect, it } from 'vitest';
import { shownRows } from '../../../../extension/content/portals/dom.js';
import { pageOf } from './fixtures.js';

const ROWS = `<table id="t"><tbody>
<tr><td data-n="date"><div>2 hours ago</div><div>Sep 18, 2026</div></td><td data-n="status"><div>Unshipped</div><div>Payment complete</div></td></tr>
<tr><td data-n="date"><div>Sep 19, 2026</div></td><td data-n="status">Shipped</td><td>extra</td></tr>
</tbody></table>`;

describe('shown rows', () => {
  it('key each row by its text and give its named cells and all its cells as lines', () => {
    const [first, second] = shownRows<'date' | 'status'>(pageOf(ROWS), '#t > tbody > tr', 'data-n');
    expect(first!.key).toBe(first!.row.textContent);
    expect(first!.text('date')).toBe('2 hours ago\nSep 18, 2026');
    expect(first!.text('status')).toBe('Unshipped\nPayment complete');
    expect(first!.lines()).toBe('2 hours ago\nSep 18, 2026\nUnshipped\nPayment complete');
    expect(second!.text('status')).toBe('Shipped');
    expect(second!.lines()).toBe('Sep 19, 2026\nShipped\nextra');
  });

  it('put rows of the same cells in one group and rows of other cells in another', () => {
    const doc = pageOf(ROWS.replace('</tbody>', '<tr><td data-n="date">Sep 20, 2026</td><td data-n="status">Shipped</td></tr></tbody>'));
    const [first, second, third] = shownRows(doc, '#t > tbody > tr', 'data-n');
    expect(third!.group).toBe(first!.group);
    expect(second!.group).not.toBe(first!.group);
  });
});
