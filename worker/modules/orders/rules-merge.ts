/**
 * Deciding merges (pure): when orders may ship as one parcel, the address
 * key they must share, and which open orders to propose merging.
 */
import type { AddressInput } from '../../../shared/schemas/order.js';
import type { OrderStatus } from '../../../shared/status.js';
import type { FieldIssue } from '../../errors.js';

/** Statuses an order can join a merge in: not yet picked, shipped or closed. */
export const MERGEABLE: ReadonlySet<OrderStatus> = new Set(['pending', 'on_hold', 'ready']);

const fold = (s: string | undefined) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The ship-to as merges compare it: name, address lines, city, postal code
 * and country with case, accents, whitespace and punctuation folded away.
 * Null when any of name, first line, postal code or country is unknown: two
 * parcels are never merged on a guess.
 */
export function addressKey(shipTo: AddressInput | null): string | null {
  if (!shipTo) return null;
  const parts = [shipTo.name, shipTo.line1, shipTo.postalCode, shipTo.country].map(fold);
  if (parts.some((p) => p === '')) return null;
  return [fold(shipTo.name), fold(shipTo.line1), fold(shipTo.line2), fold(shipTo.city), fold(shipTo.postalCode).replace(/ /g, ''), fold(shipTo.country)].join('|');
}

/** An order a merge considers, as read. */
export interface MergeCandidate {
  id: string;
  status: OrderStatus;
  shipTo: AddressInput | null;
  mergeGroupId: string | null;
}

/**
 * Checks that `orders` (in the order asked, undefined where not found) can
 * ship as one: each found, not yet picked, in no other group, and every
 * address known and the same as the first one's. Answers the shared key or
 * the issues, each naming `orderIds.i`.
 */
export function planMerge(orders: ReadonlyArray<MergeCandidate | undefined>): { ok: true; key: string } | { ok: false; issues: FieldIssue[]; missing: boolean } {
  const missing = orders.flatMap((o, i) => (o ? [] : [{ path: `orderIds.${i}`, message: 'No such order.' }]));
  if (missing.length) return { ok: false, issues: missing, missing: true };
  const issues: FieldIssue[] = [];
  const keys = orders.map((o) => addressKey(o!.shipTo));
  orders.forEach((o, i) => {
    const path = `orderIds.${i}`;
    if (!MERGEABLE.has(o!.status)) issues.push({ path, message: `Order ${o!.id} is ${o!.status.replace(/_/g, ' ')}: only orders not yet picked can merge.` });
    else if (o!.mergeGroupId) issues.push({ path, message: `Order ${o!.id} is already merged; unmerge it first.` });
    else if (keys[i] === null) issues.push({ path, message: `Order ${o!.id} has no complete ship-to address (name, first line, postal code and country).` });
    else if (keys[0] !== null && keys[i] !== keys[0]) issues.push({ path, message: `Order ${o!.id} ships to another address than ${orders[0]!.id}.` });
  });
  return issues.length ? { ok: false, issues, missing: false } : { ok: true, key: keys[0]! };
}

/** An open order a proposal may group, with the rule that made it a candidate. */
export interface ProposalCandidate {
  id: string;
  placedAt: string;
  buyerKey: string | null;
  shipTo: AddressInput | null;
  rule: { id: string; name: string; withinHours: number };
  /** Held (payment, address check…): it may merge, and the group then waits for its release. */
  held: boolean;
}

/** A proposed merge, named by the rule that proposed it, with which of its orders are held. */
export interface MergeProposal {
  orderIds: string[];
  reason: string;
  rule: { id: string; name: string; withinHours: number };
  held: string[];
}

const HOUR = 3_600_000;

/**
 * Proposes merges: candidates of one rule, of the same buyer to the same
 * known address, each placed within the rule's window of the one before it
 * (oldest first). A buyer or address that is unknown proposes nothing.
 */
export function proposeMerges(orders: readonly ProposalCandidate[]): MergeProposal[] {
  const groups = new Map<string, ProposalCandidate[]>();
  for (const o of orders) {
    const key = addressKey(o.shipTo);
    if (!o.buyerKey || !key) continue;
    const k = `${o.rule.id}\u0000${o.buyerKey}\u0000${key}`;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  const out: MergeProposal[] = [];
  for (const members of groups.values()) {
    const sorted = [...members].sort((a, b) => (a.placedAt < b.placedAt ? -1 : a.placedAt > b.placedAt ? 1 : a.id < b.id ? -1 : 1));
    const rule = sorted[0]!.rule;
    let run: ProposalCandidate[] = [];
    const flush = () => {
      if (run.length < 2) return;
      const held = run.filter((o) => o.held).map((o) => o.id);
      const waits = held.length ? ` ${held.length} of them ${held.length === 1 ? 'is' : 'are'} held: the merged parcel waits until every hold is released.` : '';
      out.push({ orderIds: run.map((o) => o.id), reason: `Same buyer and address, ${run.length} orders placed within ${rule.withinHours} hours of each other.${waits}`, rule, held });
    };
    for (const o of sorted) {
      const last = run[run.length - 1];
      if (last && Date.parse(o.placedAt) - Date.parse(last.placedAt) > rule.withinHours * HOUR) {
        flush();
        run = [];
      }
      run.push(o);
    }
    flush();
  }
  return out;
}
