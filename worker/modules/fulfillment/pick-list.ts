/**
 * Pick lists, in pure code: units aggregated per SKU and location with the
 * orders that need them (walk order: location, then SKU), and the two
 * printable forms — an HTML page with every text escaped, and CSV.
 */
import type { PickItem, PickList } from '../../../shared/schemas/fulfillment.js';
import { escapeHtml } from '../../http/html.js';

/** One reserved (or, for untracked stock, wanted) quantity of a SKU for one order line. */
export interface PickNeed {
  orderId: string;
  externalId: string;
  lineId: string;
  sku: string;
  location: string;
  units: number;
}

/** Groups needs by SKU and location, sorted by location then SKU; orders in the order given. */
export function aggregatePicks(needs: readonly PickNeed[]): PickItem[] {
  const byKey = new Map<string, PickItem>();
  for (const n of needs) {
    const key = `${n.location}\u0000${n.sku}`;
    const item = byKey.get(key) ?? { sku: n.sku, location: n.location, units: 0, orders: [] };
    item.units += n.units;
    item.orders.push({ orderId: n.orderId, externalId: n.externalId, lineId: n.lineId, units: n.units });
    byKey.set(key, item);
  }
  return [...byKey.values()].sort((a, b) => (a.location < b.location ? -1 : a.location > b.location ? 1 : a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
}

/** A printable page: one row per SKU and location, with a tick box and the orders. */
export function pickListHtml(list: PickList): string {
  const rows = list.items
    .map(
      (i) =>
        `<tr><td class="box">&#9744;</td><td>${escapeHtml(i.location)}</td><td class="sku">${escapeHtml(i.sku)}</td><td class="n">${escapeHtml(i.units)}</td>` +
        `<td>${i.orders.map((o) => `${escapeHtml(o.externalId)} &times; ${escapeHtml(o.units)}`).join('<br>')}</td></tr>`,
    )
    .join('\n');
  const units = list.items.reduce((n, i) => n + i.units, 0);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pick list ${escapeHtml(list.id)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#111}h1{font-size:1.3rem;margin:0 0 .25rem}p{margin:0 0 1rem;color:#555}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:#555}.n{text-align:right;font-weight:600}.sku{font-family:ui-monospace,monospace}.box{width:1.5rem;font-size:1.2rem}
@media print{body{margin:0}a{display:none}}
</style></head><body>
<h1>Pick list ${escapeHtml(list.id)}</h1>
<p>${escapeHtml(list.createdAt)} · ${escapeHtml(list.orderIds.length)} orders · ${escapeHtml(units)} units</p>
<table><thead><tr><th></th><th>Location</th><th>SKU</th><th class="n">Units</th><th>Orders</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}

/** A CSV field, quoted when it holds a comma, quote or line break, with a leading `'` against spreadsheet formulas. */
function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV: one row per SKU, location and order line. */
export function pickListCsv(list: PickList): string {
  const rows = [['location', 'sku', 'units_total', 'order', 'order_id', 'line_id', 'units']];
  for (const i of list.items) for (const o of i.orders) rows.push([i.location, i.sku, String(i.units), o.externalId, o.orderId, o.lineId, String(o.units)]);
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
