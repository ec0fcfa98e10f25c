/**
 * Allocating stock to order lines. Pure: a StockBook holds what was read
 * (levels, backorders, lines), applies what happened (lines placed,
 * released, shipped; stock counted, adjusted, restocked), keeps the books
 * consistent (reservations that no longer fit are undone newest first;
 * short lines are allocated oldest ship-by first when stock frees up) and
 * hands back a StockPlan: the counter deltas, reservation rows, ledger
 * moves and the guards a batch needs so that it commits only if what was
 * read still holds. The rules:
 * - allocation is all-or-nothing per line: every component, every unit;
 * - a line may draw one SKU from several locations, the default one first;
 * - reserved never exceeds on hand at any location;
 * - an order is never refused: a line that cannot be allocated is `short`
 *   and its units are counted as backordered against each component SKU.
 */

import type { SkuChange } from './stock-alerts.js';
import type { Component, LedgerReason, Level, LineAllocation, StockLine, StockMove, StockPlan } from './stock-types.js';

export type { Component, Held, LedgerReason, Level, LineAllocation, StockLine, StockMove, StockPlan } from './stock-types.js';

interface BookLevel extends Level {
  was: { onHand: number; reserved: number };
}

interface BookLine extends StockLine {
  was: { allocation: LineAllocation; shipped: number } | null;
  /** The line has component rows in the book (open and mapped). */
  storedComponents: boolean;
  /** Its components were resolved by this plan and must be stored. */
  componentsNew: boolean;
}

/** The default location's code: it always exists and is drawn from first. */
export const DEFAULT_LOCATION = 'default';

const levelKey = (sku: string, location: string) => `${sku}\u0000${location}`;

/** Ship-by first (lines without one last), then placed time, then id. */
export function byPriority(a: Pick<StockLine, 'shipBy' | 'placedAt' | 'lineId'>, b: Pick<StockLine, 'shipBy' | 'placedAt' | 'lineId'>): number {
  const sa = a.shipBy ?? '\uffff';
  const sb = b.shipBy ?? '\uffff';
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (a.placedAt !== b.placedAt) return a.placedAt < b.placedAt ? -1 : 1;
  return a.lineId < b.lineId ? -1 : a.lineId > b.lineId ? 1 : 0;
}

const remaining = (l: StockLine) => Math.max(0, l.quantity - l.shipped);

/** An in-memory copy of the stock a change touches, and the change itself. */
export class StockBook {
  private readonly levels = new Map<string, BookLevel>();
  private readonly backorders = new Map<string, { was: number; now: number }>();
  private readonly thresholds = new Map<string, number | null>();
  private readonly lines = new Map<string, BookLine>();
  private readonly moves: StockMove[] = [];
  private readonly heldDeltas = new Map<string, { lineId: string; orderId: string; sku: string; location: string; delta: number }>();
  private readonly shortSkus = new Set<string>();
  private readonly freed = new Set<string>();

  /** Adds levels and SKUs (with their backorders and low-stock thresholds) as read; ones already known are kept. */
  addStock(levels: readonly Level[], skus: ReadonlyArray<{ sku: string; backordered: number; threshold?: number | null }>): void {
    for (const s of skus) {
      if (this.backorders.has(s.sku)) continue;
      this.backorders.set(s.sku, { was: s.backordered, now: s.backordered });
      this.thresholds.set(s.sku, s.threshold ?? null);
    }
    for (const l of levels) {
      const k = levelKey(l.sku, l.location);
      if (!this.levels.has(k)) this.levels.set(k, { ...l, was: { onHand: l.onHand, reserved: l.reserved } });
    }
  }

  /** True when the SKU's stock has been added. */
  knowsSku(sku: string): boolean {
    return this.backorders.has(sku);
  }

  /** Adds lines as read from the book; ones already known are kept. */
  addLines(lines: readonly StockLine[]): void {
    for (const l of lines) {
      if (this.lines.has(l.lineId)) continue;
      this.lines.set(l.lineId, {
        ...l,
        components: [...l.components],
        held: l.held.map((h) => ({ ...h })),
        was: { allocation: l.allocation, shipped: l.shipped },
        storedComponents: l.components.length > 0 && (l.allocation === 'allocated' || l.allocation === 'short'),
        componentsNew: false,
      });
    }
  }

  /** A line as it now stands. */
  line(lineId: string): StockLine | undefined {
    return this.lines.get(lineId);
  }

  /** On-hand units of a SKU at a location (0 when none were ever counted). */
  onHand(sku: string, location: string): number {
    return this.levels.get(levelKey(sku, location))?.onHand ?? 0;
  }

  /** Units of a SKU not held for any line, over all locations. */
  available(sku: string): number {
    let n = 0;
    for (const l of this.skuLevels(sku)) n += l.onHand - l.reserved;
    return n;
  }

  /**
   * Places a new line of an order that commits stock: allocated when every
   * unit of every component is available, else short; unmapped when it has
   * no components. `commits: false` places it as `none` (stock untouched).
   */
  place(line: Omit<StockLine, 'allocation' | 'held' | 'shipped'> & { shipped?: number }, commits = true): void {
    const l: BookLine = { ...line, shipped: line.shipped ?? 0, allocation: 'none', held: [], was: null, storedComponents: false, componentsNew: false };
    this.lines.set(l.lineId, l);
    if (!commits || remaining(l) === 0) return;
    this.allocateResolved(l, l.components);
  }

  /** Gives an `unmapped` line (already in the book) the components a new listing maps it to, and allocates it. */
  resolve(lineId: string, components: readonly Component[]): void {
    const l = this.mustLine(lineId);
    if (l.allocation !== 'unmapped' || components.length === 0) return;
    this.allocateResolved(l, components);
  }

  /** Releases everything a line holds or is owed (cancelled, replaced, no longer committing). */
  release(lineId: string): void {
    const l = this.mustLine(lineId);
    if (l.allocation === 'allocated') this.unhold(l);
    else if (l.allocation === 'short') this.unbackorder(l);
    l.allocation = 'none';
    l.storedComponents = false;
  }

  /**
   * Ships `units` of a line: held units leave on hand and reservations; a
   * short line's units leave on hand wherever they are (never below zero),
   * and reservations that no longer fit are undone by `fit`.
   */
  ship(lineId: string, units: number): void {
    const l = this.mustLine(lineId);
    const n = Math.min(units, remaining(l));
    if (n <= 0) return;
    if (l.allocation === 'allocated') {
      for (const c of l.components) {
        let left = c.perUnit * n;
        for (const h of l.held) {
          if (h.sku !== c.sku || left === 0) continue;
          const q = Math.min(h.quantity, left);
          left -= q;
          h.quantity -= q;
          this.changeLevel(c.sku, h.location, -q, -q, 'shipped', l, null);
          this.heldDelta(l, c.sku, h.location, -q);
        }
      }
      l.held = l.held.filter((h) => h.quantity > 0);
    } else if (l.allocation === 'short') {
      for (const c of l.components) {
        this.backorder(c.sku, -c.perUnit * n);
        let left = c.perUnit * n;
        // Free units first, then units held for others (fit() moves those lines to short).
        const order = [...this.skuLevels(c.sku)].sort((a, b) => b.onHand - b.reserved - (a.onHand - a.reserved));
        for (const lv of order) {
          const q = Math.min(lv.onHand, left);
          if (q > 0) this.changeLevel(c.sku, lv.location, -q, 0, 'shipped', l, left > q ? 'shipped beyond the counted stock' : null);
          left -= q;
        }
      }
    }
    l.shipped += n;
    if (remaining(l) === 0) l.storedComponents = false;
  }

  /**
   * Ships several lines: allocated ones first, so a short line's units
   * (taken wherever they are) never take the units another line of the
   * same shipment holds.
   */
  shipLines(items: ReadonlyArray<{ lineId: string; units: number }>): void {
    const held = (id: string) => (this.mustLine(id).allocation === 'allocated' ? 0 : 1);
    for (const it of [...items].sort((a, b) => held(a.lineId) - held(b.lineId))) this.ship(it.lineId, it.units);
  }

  /** Changes on-hand units at a location (a count, an adjustment, a restock, an import). */
  changeOnHand(sku: string, location: string, delta: number, reason: LedgerReason, ref: { orderId?: string; lineId?: string; note?: string | null } = {}): void {
    if (delta === 0) return;
    const lv = this.levelFor(sku, location);
    if (lv.onHand + delta < 0) throw new RangeError(`on hand of ${sku} at ${location} would fall below zero`);
    this.changeLevel(sku, location, delta, 0, reason, { orderId: ref.orderId ?? null, lineId: ref.lineId ?? null }, ref.note ?? null);
  }

  /** SKUs with a location holding more than it has on hand; `fit` needs their holding lines. */
  overReservedSkus(): string[] {
    return [...new Set([...this.levels.values()].filter((l) => l.reserved > l.onHand).map((l) => l.sku))];
  }

  /**
   * Undoes reservations that no longer fit, newest priority first, turning
   * those lines short. `holders` are the allocated lines holding the
   * over-reserved SKUs, as read.
   */
  fit(holders: readonly StockLine[]): void {
    this.addLines(holders);
    for (const lv of this.levels.values()) {
      if (lv.reserved <= lv.onHand) continue;
      const candidates = [...this.lines.values()]
        .filter((l) => l.allocation === 'allocated' && l.held.some((h) => h.sku === lv.sku && h.location === lv.location))
        .sort(byPriority)
        .reverse();
      for (const l of candidates) {
        if (lv.reserved <= lv.onHand) break;
        this.shortSkus.add(lv.sku);
        this.unhold(l);
        this.markShort(l);
      }
    }
  }

  /** SKUs that gained available units; short lines needing them are candidates for `reallocate`. */
  freedSkus(): string[] {
    return [...this.freed];
  }

  /** SKUs the plan's lines need whose stock has not been added yet. */
  unknownSkus(lines: readonly StockLine[]): string[] {
    return [...new Set(lines.flatMap((l) => l.components.map((c) => c.sku)))].filter((s) => !this.knowsSku(s));
  }

  /**
   * Allocates short lines while stock allows, oldest ship-by first (then
   * placed time). `candidates` are short lines read from the book; short
   * lines the book already holds take part too.
   */
  reallocate(candidates: readonly StockLine[]): void {
    this.addLines(candidates);
    const short = [...this.lines.values()].filter((l) => l.allocation === 'short' && remaining(l) > 0).sort(byPriority);
    for (const l of short) {
      this.unbackorder(l);
      if (!this.tryAllocate(l)) this.markShort(l);
    }
  }

  /** The writes and guards that apply this book's changes. */
  plan(): StockPlan {
    const levels = [...this.levels.values()]
      .map((l) => ({ sku: l.sku, location: l.location, onHandDelta: l.onHand - l.was.onHand, reservedDelta: l.reserved - l.was.reserved }))
      .filter((l) => l.onHandDelta !== 0 || l.reservedDelta !== 0);
    const lines = [...this.lines.values()];
    const wasSum = (sku: string) => this.skuLevels(sku).reduce((n, l) => n + l.was.onHand - l.was.reserved, 0);
    return {
      levels,
      backordered: [...this.backorders].filter(([, b]) => b.now !== b.was).map(([sku, b]) => ({ sku, delta: b.now - b.was })),
      held: [...this.heldDeltas.values()].filter((h) => h.delta !== 0),
      newComponents: lines.filter((l) => l.componentsNew && l.storedComponents).flatMap((l) => l.components.map((c) => ({ lineId: l.lineId, orderId: l.orderId, sku: c.sku, perUnit: c.perUnit }))),
      closedLines: lines.filter((l) => l.was !== null && !l.componentsNew && !l.storedComponents && l.components.length > 0).map((l) => l.lineId),
      lines: lines.flatMap((l) =>
        l.was && (l.was.allocation !== l.allocation || l.was.shipped !== l.shipped) ? [{ lineId: l.lineId, allocation: l.allocation, shipped: l.shipped, was: l.was }] : [],
      ),
      placed: new Map(lines.filter((l) => l.was === null).map((l) => [l.lineId, l.allocation])),
      moves: [...this.moves],
      skus: this.skuChanges(),
      guards: {
        fit: levels.filter((l) => l.reservedDelta > 0 || l.onHandDelta < 0),
        short: [...this.shortSkus].map((sku) => ({ sku, available: wasSum(sku) })),
        freed: [...this.freed].filter((s) => this.backorders.has(s)).map((sku) => ({ sku, backordered: this.backorders.get(sku)!.was })),
      },
    };
  }

  /** Totals per SKU over its locations, as read and now, for the SKUs whose totals changed. */
  private skuChanges(): SkuChange[] {
    const totals = new Map<string, SkuChange>();
    const of = (sku: string) => {
      let t = totals.get(sku);
      if (!t) {
        const b = this.backorders.get(sku) ?? { was: 0, now: 0 };
        t = { sku, threshold: this.thresholds.get(sku) ?? null, before: { onHand: 0, reserved: 0, backordered: b.was }, after: { onHand: 0, reserved: 0, backordered: b.now } };
        totals.set(sku, t);
      }
      return t;
    };
    for (const sku of this.backorders.keys()) of(sku);
    for (const l of this.levels.values()) {
      const t = of(l.sku);
      t.before.onHand += l.was.onHand;
      t.before.reserved += l.was.reserved;
      t.after.onHand += l.onHand;
      t.after.reserved += l.reserved;
    }
    return [...totals.values()].filter((t) => t.before.onHand !== t.after.onHand || t.before.reserved !== t.after.reserved || t.before.backordered !== t.after.backordered);
  }

  private allocateResolved(l: BookLine, components: readonly Component[]): void {
    l.components = components.map((c) => ({ ...c }));
    if (l.components.length === 0) {
      l.allocation = 'unmapped';
      return;
    }
    l.storedComponents = true;
    l.componentsNew = true;
    if (!this.tryAllocate(l)) this.markShort(l);
  }

  private mustLine(lineId: string): BookLine {
    const l = this.lines.get(lineId);
    if (!l) throw new Error(`line ${lineId} is not in the book`);
    return l;
  }

  private skuLevels(sku: string): BookLevel[] {
    return [...this.levels.values()].filter((l) => l.sku === sku).sort((a, b) => (a.location === DEFAULT_LOCATION ? -1 : b.location === DEFAULT_LOCATION ? 1 : a.location < b.location ? -1 : 1));
  }

  private levelFor(sku: string, location: string): BookLevel {
    const k = levelKey(sku, location);
    let lv = this.levels.get(k);
    if (!lv) {
      lv = { sku, location, onHand: 0, reserved: 0, was: { onHand: 0, reserved: 0 } };
      this.levels.set(k, lv);
    }
    if (!this.backorders.has(sku)) this.backorders.set(sku, { was: 0, now: 0 });
    return lv;
  }

  private changeLevel(
    sku: string,
    location: string,
    onHandDelta: number,
    reservedDelta: number,
    reason: LedgerReason,
    ref: { orderId: string | null; lineId: string | null },
    note: string | null,
  ): void {
    const lv = this.levelFor(sku, location);
    const before = lv.onHand - lv.reserved;
    lv.onHand += onHandDelta;
    lv.reserved += reservedDelta;
    if (lv.onHand - lv.reserved > before) this.freed.add(sku);
    this.moves.push({ sku, location, onHandDelta, reservedDelta, reason, orderId: ref.orderId, lineId: ref.lineId, note });
  }

  private heldDelta(l: StockLine, sku: string, location: string, delta: number): void {
    const k = `${l.lineId}\u0000${levelKey(sku, location)}`;
    const h = this.heldDeltas.get(k) ?? { lineId: l.lineId, orderId: l.orderId, sku, location, delta: 0 };
    h.delta += delta;
    this.heldDeltas.set(k, h);
  }

  private backorder(sku: string, delta: number): void {
    const b = this.backorders.get(sku) ?? { was: 0, now: 0 };
    b.now += delta;
    this.backorders.set(sku, b);
  }

  /** Holds every unit of every component, or nothing. */
  private tryAllocate(l: BookLine): boolean {
    const n = remaining(l);
    const lacking = l.components.filter((c) => this.available(c.sku) < c.perUnit * n);
    if (lacking.length > 0) {
      for (const c of lacking) this.shortSkus.add(c.sku);
      return false;
    }
    for (const c of l.components) {
      let left = c.perUnit * n;
      for (const lv of this.skuLevels(c.sku)) {
        const q = Math.min(lv.onHand - lv.reserved, left);
        if (q <= 0) continue;
        left -= q;
        this.changeLevel(c.sku, lv.location, 0, q, 'reserved', l, null);
        this.heldDelta(l, c.sku, lv.location, q);
        const h = l.held.find((x) => x.sku === c.sku && x.location === lv.location);
        if (h) h.quantity += q;
        else l.held.push({ sku: c.sku, location: lv.location, quantity: q });
        if (left === 0) break;
      }
    }
    l.allocation = 'allocated';
    return true;
  }

  private unhold(l: BookLine): void {
    for (const h of l.held) {
      this.changeLevel(h.sku, h.location, 0, -h.quantity, 'released', l, null);
      this.heldDelta(l, h.sku, h.location, -h.quantity);
    }
    l.held = [];
  }

  private markShort(l: BookLine): void {
    l.allocation = 'short';
    for (const c of l.components) this.backorder(c.sku, c.perUnit * remaining(l));
  }

  private unbackorder(l: BookLine): void {
    for (const c of l.components) this.backorder(c.sku, -c.perUnit * remaining(l));
  }
}
