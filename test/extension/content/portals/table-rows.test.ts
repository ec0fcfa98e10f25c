// @vitest-environment happy-dom
/**
 * Table rows with cells found by their column header's text: found once per
 * read of a page (an adapter asks for them for its items and again for its
 * chips' anchors), and found afresh by the next read, which may see a
 * changed table.
 */
import { describe, expect, it } from 'vitest';
import { pageMemory, readingOnce, shownValue, tableRows, text } from '../../../../extension/content/portals/dom.js';
import { pageOf } from './fixtures.js';

const INVENTORY = { headers: '#t thead th', rows: '#t tbody > tr', cells: 'td' };

function inventoryPage(): Document {
  return pageOf(`<table id="t"><thead><tr><th>SKU</th><th>Product name</th><th aria-label="Available">Qty</th></tr></thead>
<tbody><tr><td>A-1</td><td>Mug</td><td>4</td></tr><tr><th>group</th></tr><tr><td>B-2</td><td>Cup</td><td>7</td></tr></tbody></table>`);
}

const shown = (doc: Document) => tableRows(doc, INVENTORY).map(({ cell }) => [text(cell(['SKU'])), text(cell(['product'])), text(cell(['available'])), cell(['price'])]);

describe('table rows', () => {
  it('find each cell by its header, exactly or by the header’s start, and leave out rows without cells', () => {
    expect(shown(inventoryPage())).toEqual([
      ['A-1', 'Mug', '4', undefined],
      ['B-2', 'Cup', '7', undefined],
    ]);
  });

  it('take cells by any selector, not only a tag name', () => {
    const doc = inventoryPage();
    const rows = tableRows(doc, { ...INVENTORY, cells: 'td:not(:first-child)' });
    expect(rows.map(({ cell }) => text(cell(['SKU'])))).toEqual(['Mug', 'Cup']);
  });

  it('are found once in one read of a page, and afresh in the next', () => {
    const doc = inventoryPage();
    const memory = pageMemory();
    const [first, again] = readingOnce(() => [tableRows(doc, INVENTORY), tableRows(doc, INVENTORY)], memory);
    expect(again).toBe(first);
    const added = doc.querySelector('#t tbody')!.appendChild(doc.createElement('tr'));
    for (const value of ['C-3', 'Bowl', '1']) added.appendChild(doc.createElement('td')).textContent = value;
    const next = readingOnce(() => tableRows(doc, INVENTORY), memory);
    expect(next).not.toBe(first);
    expect(next.map(({ cell }) => text(cell(['SKU'])))).toEqual(['A-1', 'B-2', 'C-3']);
    expect(tableRows(doc, INVENTORY)).not.toBe(tableRows(doc, INVENTORY));
  });
});

describe('what a cell shows', () => {
  it('is the value of its field where it has one (never a checkbox), else its text', () => {
    const doc = pageOf(`<table><tr>
      <td id="bare"> $19.99 </td>
      <td id="field"><span>Qty</span><input name="quantity" value=" 7 "></td>
      <td id="checkbox"><input type="checkbox" value="on"> 12 left</td>
      <td id="select"><select><option value="3" selected>three</option></select></td>
      <td id="empty-field"><input value="">5</td>
      <td id="nothing"></td>
    </tr></table>`);
    const shown = (id: string) => shownValue(doc.querySelector(`#${id}`) ?? undefined);
    expect(['bare', 'field', 'checkbox', 'select', 'empty-field', 'nothing'].map(shown)).toEqual(['$19.99', '7', '12 left', '3', '5', undefined]);
    expect(shownValue(undefined)).toBeUndefined();
  });
});
