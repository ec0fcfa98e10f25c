/**
 * Walmart Seller Center's tables read by their own column headers: ARIA or
 * native tables, each row's cells found by the header texts a field's
 * column strategies name in the Walmart pack. Headers are named without
 * their icons, sort states and screen-reader hints; a row with more cells
 * than its table has headers is marked, since whose cell is whose cannot be told.
 */
import type { PortalPack, Strategy } from '../../../shared/schemas/portal-pack.js';
import { all } from './dom.js';
import { selectorOf, strategiesOf } from './packs.js';
import { linesOf } from './page-text.js';
import type { Scope } from './strategies.js';

/** One body row of a table, its cells found by its own table's column headers. */
export interface GridRow {
  row: Element;
  /** More cells than the table has headers: which cell is whose cannot be told. */
  misaligned: boolean;
  cell(headers: readonly string[]): Element | undefined;
  has(headers: readonly string[]): boolean;
  /** The row as a scope for the pack's strategies: `column` finds its cells by header text. */
  scope: Scope;
  /** The table the row is in. */
  table: Element;
}

/** A header or label as compared: whitespace collapsed, lowercased, "PO #" and "PO#" alike. */
export const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase().replace(/\s+#/g, '#');

/** A header's name: its aria-label, else its text without icons, sort states and screen-reader hints. */
function headerName(pack: PortalPack, header: Element): string {
  const label = header.getAttribute('aria-label');
  if (label) return fold(label);
  const copy = header.cloneNode(true) as Element;
  for (const noise of all(copy, selectorOf(pack, 'headerNoise'))) noise.remove();
  return fold(copy.textContent ?? '');
}

/**
 * Which column is named by one of `names`: a header reading exactly one of
 * them, else (for names of two words or more) the one header starting with
 * one. A one-word name is never matched by prefix: "Item" must not find "Item Cost".
 */
function columnOf(columns: readonly string[], names: readonly string[]): number {
  const wanted = names.map(fold);
  const exact = columns.findIndex((c) => wanted.includes(c));
  if (exact >= 0) return exact;
  const prefixed = columns.flatMap((c, i) => (wanted.some((w) => w.includes(' ') && c.startsWith(`${w} `)) ? [i] : []));
  return prefixed.length === 1 ? prefixed[0]! : -1;
}

/** The tables on the page (ARIA or native; not one inside another), each row with its cells found by that table's headers. */
export function gridsOf(pack: PortalPack, root: ParentNode): GridRow[][] {
  const [roots, headers, rows, cells] = ['tableRoots', 'tableHeaders', 'tableRows', 'tableCells'].map((name) => selectorOf(pack, name)) as [string, string, string, string];
  return all(root, roots)
    .filter((t) => !t.parentElement?.closest(roots))
    .map((table) => {
      const columns = all(table, headers).map((h) => headerName(pack, h));
      return all(table, rows).flatMap((row) => {
        let found = Array.from(row.children).filter((c) => c.matches(cells));
        if (found.length === 0) found = all(row, cells).filter((c) => c.closest(rows) === row);
        if (found.length === 0) return [];
        const cell = (names: readonly string[]) => {
          const at = columnOf(columns, names);
          return at < 0 ? undefined : found[at];
        };
        let lines: string | undefined;
        const scope: Scope = { element: row, column: cell, lines: () => (lines ??= linesOf(row).join('\n')) };
        return [{ row, misaligned: found.length > columns.length, cell, has: (names: readonly string[]) => columnOf(columns, names) >= 0, scope, table }];
      });
    });
}

const columnHeaders = (pack: PortalPack, field: string) => strategiesOf(pack, field).flatMap((s: Strategy) => (s.by === 'column' ? [s.headers] : []));

/** The cell a field's column strategies find in a row, if any. */
export const cellOf = (pack: PortalPack, field: string, cells: GridRow) =>
  columnHeaders(pack, field)
    .map((h) => cells.cell(h))
    .find((c) => c);

/** Whether a table has a column a field's strategies read. */
export const hasColumn = (pack: PortalPack, field: string, rows: readonly GridRow[]) => rows.some((r) => columnHeaders(pack, field).some((h) => r.has(h)));

/**
 * Whether a table says it has all its rows drawn: it declares how many it
 * has (aria-rowcount, headers included) and that many are there. A grid
 * that draws its rows as they scroll into view may hold only some.
 */
export function allRowsDrawn(pack: PortalPack, table: Element): boolean {
  const declared = Number(table.getAttribute('aria-rowcount'));
  return Number.isInteger(declared) && declared > 0 && all(table, selectorOf(pack, 'tableRows')).length === declared;
}
