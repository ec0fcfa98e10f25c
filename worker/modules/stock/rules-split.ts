/** How a split divides a line's reserved units (pure). */

/** One reservation row of a line: units of a SKU held at a location. */
export interface HeldUnits {
  sku: string;
  location: string;
  quantity: number;
}

/**
 * Divides a line's reservations when `units` of it leave: per SKU, the part
 * takes `perUnit × units` (locations in name order), the line keeps the
 * rest. Answers both sides; rows left at 0 are absent from `kept`.
 */
export function divideReservations(held: readonly HeldUnits[], perUnit: ReadonlyMap<string, number>, units: number): { kept: HeldUnits[]; taken: HeldUnits[] } {
  const kept: HeldUnits[] = [];
  const taken: HeldUnits[] = [];
  const sorted = [...held].sort((a, b) => (a.sku === b.sku ? (a.location < b.location ? -1 : 1) : a.sku < b.sku ? -1 : 1));
  const need = new Map([...perUnit].map(([sku, n]) => [sku, n * units]));
  for (const row of sorted) {
    const take = Math.min(row.quantity, need.get(row.sku) ?? 0);
    need.set(row.sku, (need.get(row.sku) ?? 0) - take);
    if (take > 0) taken.push({ ...row, quantity: take });
    if (row.quantity - take > 0) kept.push({ ...row, quantity: row.quantity - take });
  }
  return { kept, taken };
}
