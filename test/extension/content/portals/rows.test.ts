// @vitest-environment happy-dom
/**
 * Order rows folded into orders, and rows remembered by their text: a table
 * drawn again as new elements with the same text reads the same without its
 * rows being read again, while a row whose text changed is read afresh.
 */
import { describe, expect, it } from 'vitest';
import { pageMemory, readingOnce, text } from '../../../../extension/content/portals/dom.js';
import { type OrderRowReader, type RememberedRowReader, readOrderRows } from '../../../../extension/content/portals/rows.js';

/** Rows "order-id | sku | quantity"; an empty order cell continues the order above; "bad" cannot be read. */
function table(rows: string[]): Element[] {
  const body = document.createElement('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    for (const cell of row.split('|')) tr.appendChild(document.createElement('td')).textContent = cell.trim();
    body.appendChild(tr);
  }
  return Array.from(body.children);
}

type Row = { row: Element };

/** A reader of such rows, remembering rows under `remembered` when given, that notes each row it reads. */
function countingReader(remembered: string | undefined) {
  const read: string[] = [];
  const start = ({ row }: Row) => {
    read.push(row.textContent ?? '');
    const id = text(row.children[0]);
    if (id === 'bad') throw new Error('no order number');
    return id ? { externalId: id, lines: [] } : undefined;
  };
  const line = ({ row }: Row, unread: string[]) => {
    const quantity = Number(text(row.children[2]));
    if (!Number.isInteger(quantity)) {
      unread.push('lines.quantity');
      return undefined;
    }
    return { sku: text(row.children[1]), quantity };
  };
  const reader: OrderRowReader<Row> | RememberedRowReader<Row> =
    remembered === undefined
      ? {
          start: (row) => {
            const order = start(row);
            return order && { ...order, unread: [] };
          },
          line: (row, order) => line(row, order.unread),
        }
      : { remembered, start: (row) => start(row), line };
  return { reader, read };
}

const ROWS = ['A-1 | SKU-1 | 2', ' | SKU-2 | x', 'bad | | ', 'B-2 | SKU-3 | 1'];

function readAll(rows: Element[], reader: OrderRowReader<Row> | RememberedRowReader<Row>, memory = pageMemory()) {
  const warnings: string[] = [];
  const orders = readingOnce(
    () =>
      readOrderRows(
        rows.map((row) => ({ row })),
        reader,
        ['lines.sku'],
        warnings,
      ),
    memory,
  );
  return { orders, warnings };
}

describe('readOrderRows', () => {
  it('folds item rows into the order above, marks what they lack and warns of rows it cannot read', () => {
    const { orders, warnings } = readAll(table(ROWS), countingReader(undefined).reader);
    expect(orders).toEqual([
      { externalId: 'A-1', lines: [{ sku: 'SKU-1', quantity: 2 }], partial: true, missing: ['lines.quantity', 'lines'] },
      { externalId: 'B-2', lines: [{ sku: 'SKU-3', quantity: 1 }], partial: false, missing: [] },
    ]);
    expect(warnings).toEqual(['order row 3 skipped: no order number']);
  });

  it('reads as a reader without memory does, remembering or not', () => {
    expect(readAll(table(ROWS), countingReader('test').reader)).toEqual(readAll(table(ROWS), countingReader(undefined).reader));
  });

  it('does not read again rows drawn again with the same text, and reads rows whose text changed', () => {
    const { reader, read } = countingReader('test');
    const memory = pageMemory();
    const first = readAll(table(ROWS), reader, memory);
    expect(read).toHaveLength(4);

    read.length = 0;
    const redrawn = readAll(table(ROWS), reader, memory);
    expect(read).toEqual([]);
    expect(redrawn).toEqual(first);
    // Orders of different reads are separate objects: marking one read's orders leaves the other's alone.
    expect(redrawn.orders[0]).not.toBe(first.orders[0]);
    expect(redrawn.orders[0]!.lines).not.toBe(first.orders[0]!.lines);

    const changed = [...ROWS];
    changed[3] = 'B-2 | SKU-3 | 5';
    const again = readAll(table(changed), reader, memory);
    expect(read).toEqual(['B-2SKU-35']);
    expect(again.orders[1]!.lines).toEqual([{ sku: 'SKU-3', quantity: 5 }]);
  });

  it('gives a remembered row’s order itself on its first read and a copy with its own line on later reads', () => {
    const memory = pageMemory();
    const first = readAll(table(ROWS), countingReader('test').reader, memory);
    const again = readAll(table(ROWS), countingReader('test').reader, memory);
    expect(again.orders[0]).not.toBe(first.orders[0]);
    expect(again.orders[0]!.lines).toEqual([{ sku: 'SKU-1', quantity: 2 }]);
    expect(again.orders[0]!.lines).not.toBe(first.orders[0]!.lines);
  });

  it('reads the same order shown twice in one table as two orders, each with its own lines', () => {
    const { orders } = readAll(table(['A-1 | SKU-1 | 2', ' | SKU-2 | 3', 'A-1 | SKU-1 | 2']), countingReader('test').reader);
    expect(orders).toEqual([
      {
        externalId: 'A-1',
        lines: [
          { sku: 'SKU-1', quantity: 2 },
          { sku: 'SKU-2', quantity: 3 },
        ],
        partial: false,
        missing: [],
      },
      { externalId: 'A-1', lines: [{ sku: 'SKU-1', quantity: 2 }], partial: false, missing: [] },
    ]);
    expect(orders[1]).not.toBe(orders[0]);
  });

  it('keeps rows apart by context and by memory', () => {
    const memory = pageMemory();
    readAll(table(ROWS), countingReader('here').reader, memory);
    const elsewhere = countingReader('there');
    readAll(table(ROWS), elsewhere.reader, memory);
    expect(elsewhere.read).toHaveLength(4);
    const otherPage = countingReader('here');
    readAll(table(ROWS), otherPage.reader, pageMemory());
    expect(otherPage.read).toHaveLength(4);
  });
});
