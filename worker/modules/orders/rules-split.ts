/**
 * Deciding a split (pure): which quantities of which lines leave for the new
 * part, what the part is worth, and how each line's reserved units divide so
 * they stay with the units that own them.
 */
import type { FieldIssue } from '../../errors.js';

/** A line of the order being split, as read. */
export interface SplitSourceLine {
  id: string;
  lineNo: number;
  channelLineNo: number | null;
  quantity: number;
  shippedQuantity: number;
  /** Null while no source has shown it. */
  unitPrice: number | null;
}

/** One line's share of a split: `quantity` units leave; `whole` when the line leaves entirely. */
export interface LineSplit {
  lineId: string;
  quantity: number;
  whole: boolean;
  /** The line number the new part gives it. */
  partLineNo: number;
  /** Its number on the channel's order, kept so a capture matches it across the family. */
  channelLineNo: number;
}

/** What a split does, or the issues refusing it. */
export type SplitPlan = { ok: true; lines: LineSplit[]; partTotal: number | null } | { ok: false; issues: FieldIssue[] };

/**
 * Plans moving `asked` quantities into a new part. Refused: unknown lines, a
 * line named twice, quantities beyond what a line has left unshipped, lines
 * with shipped units (their history stays whole), and a split that would take
 * every unit (nothing would be left to call the order). The part's total is
 * its lines' value; shipping and tax stay with the order the channel knows,
 * since the channel charged them once. A moving line of unknown price makes
 * the part's value unknown.
 */
export function planSplit(lines: readonly SplitSourceLine[], asked: ReadonlyArray<{ lineId: string; quantity: number }>): SplitPlan {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  asked.forEach((a, i) => {
    const line = lines.find((l) => l.id === a.lineId);
    if (!line) issues.push({ path: `lines.${i}.lineId`, message: `No line ${a.lineId} in this order.` });
    else if (seen.has(a.lineId)) issues.push({ path: `lines.${i}.lineId`, message: 'This line is named twice.' });
    else if (line.shippedQuantity > 0) issues.push({ path: `lines.${i}.lineId`, message: 'Units of this line have shipped; only unshipped lines can be split off.' });
    else if (a.quantity > line.quantity) issues.push({ path: `lines.${i}.quantity`, message: `This line holds only ${line.quantity} unit(s).` });
    seen.add(a.lineId);
  });
  if (issues.length) return { ok: false, issues };
  const moving = asked.reduce((n, a) => n + a.quantity, 0);
  const held = lines.reduce((n, l) => n + l.quantity, 0);
  if (moving >= held) return { ok: false, issues: [{ path: 'lines', message: 'A split must leave at least one unit on the order.' }] };
  const byId = new Map(lines.map((l) => [l.id, l]));
  const planned = asked.map((a, i): LineSplit => {
    const line = byId.get(a.lineId)!;
    return { lineId: a.lineId, quantity: a.quantity, whole: a.quantity === line.quantity, partLineNo: i + 1, channelLineNo: line.channelLineNo ?? line.lineNo };
  });
  const partTotal = asked.reduce<number | null>((sum, a) => {
    const price = byId.get(a.lineId)!.unitPrice;
    return sum === null || price === null ? null : sum + a.quantity * price;
  }, 0);
  return { ok: true, lines: planned, partTotal };
}

/** The external id of the `n`th part (2, 3, …) of an order: the channel's number plus a suffix. */
export const partExternalId = (externalId: string, n: number) => `${externalId}-${n}`;
