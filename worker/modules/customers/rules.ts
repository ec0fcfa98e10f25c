/**
 * Recognising buyers across channels. An order names its buyer by email
 * (the same person on every channel) and/or by the channel's own buyer id;
 * each is a key. Orders sharing a key belong to one customer; an order whose
 * email and buyer id point at two different customers shows they are one
 * person, and the younger record is merged into the older. Pure.
 */

/** What an order says about its buyer. */
export interface OrderBuyer {
  orderId: string;
  channelId: string;
  name: string | null;
  email: string | null;
  buyerExternalId: string | null;
}

/** The key an email gives. */
export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
/** The key a channel's buyer id gives. */
export const buyerKey = (channelId: string, buyerId: string) => `buyer:${channelId}:${buyerId.trim()}`;

/** The keys an order's buyer has. */
export function buyerKeys(o: Pick<OrderBuyer, 'channelId' | 'email' | 'buyerExternalId'>): string[] {
  return [...(o.email ? [emailKey(o.email)] : []), ...(o.buyerExternalId ? [buyerKey(o.channelId, o.buyerExternalId)] : [])];
}

/** What to write after recognising the buyers of a run of orders. */
export interface CustomerAssignment {
  created: Array<{ id: string; name: string | null; email: string | null }>;
  keys: Array<{ key: string; customerId: string }>;
  links: Array<{ orderId: string; customerId: string }>;
  /** Customer `from` turned out to be `into`: move its keys, orders and tags. */
  merges: Array<{ from: string; into: string }>;
  /** Name or email learnt for an existing customer that had none. */
  fills: Array<{ id: string; name: string | null; email: string | null }>;
}

/**
 * Assigns each order to a customer. `known` maps keys already stored to
 * their customer (only the keys these orders carry are needed); `newId`
 * makes ids for new customers. Orders with neither email nor buyer id stay
 * unassigned.
 */
export function assignCustomers(orders: readonly OrderBuyer[], known: ReadonlyMap<string, string>, newId: () => string): CustomerAssignment {
  const owner = new Map(known);
  const out: CustomerAssignment = { created: [], keys: [], links: [], merges: [], fills: [] };
  const createdIds = new Set<string>();
  for (const o of orders) {
    const keys = buyerKeys(o);
    if (keys.length === 0) continue;
    const owners = [...new Set(keys.map((k) => owner.get(k)).filter((id): id is string => id !== undefined))];
    let id: string;
    if (owners.length === 0) {
      id = newId();
      createdIds.add(id);
      out.created.push({ id, name: o.name, email: o.email?.trim().toLowerCase() ?? null });
    } else {
      id = owners[0]!;
      for (const other of owners.slice(1)) {
        out.merges.push({ from: other, into: id });
        for (const [k, v] of owner) if (v === other) owner.set(k, id);
      }
      if (!createdIds.has(id) && (o.email || o.name)) out.fills.push({ id, name: o.name, email: o.email?.trim().toLowerCase() ?? null });
    }
    for (const k of keys) {
      if (!owner.has(k)) out.keys.push({ key: k, customerId: id });
      owner.set(k, id);
    }
    out.links.push({ orderId: o.orderId, customerId: id });
  }
  // Keys and links written for a customer merged away later in the run follow it.
  const finalId = (id: string) => {
    let cur = id;
    for (let m = out.merges.find((x) => x.from === cur); m; m = out.merges.find((x) => x.from === cur)) cur = m.into;
    return cur;
  };
  out.keys = out.keys.map((k) => ({ ...k, customerId: finalId(k.customerId) }));
  out.links = out.links.map((l) => ({ ...l, customerId: finalId(l.customerId) }));
  return out;
}
