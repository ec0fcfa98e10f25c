/** Deterministic generated orders for benchmarks (1–4 lines each). */
import type { OrderInput } from '../../shared/schemas/order.js';

/** A small seeded PRNG (mulberry32), so every run generates the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Jane', 'Oliver', 'Amara', 'Lukas', 'Mei', 'Sofia', 'Noah', 'Chloe', 'Ravi', 'Elena', 'Kwame', 'Yuki'];
const LAST = ['Doe', 'Smith', 'Okafor', 'Muller', 'Tanaka', 'Garcia', 'Williams', 'Martin', 'Patel', 'Rossi', 'Mensah', 'Sato'];
const LEVELS = ['Standard', 'Standard', 'Standard', 'Expedited', 'NextDay', 'Prime'];

/** The i-th generated order for a channel. */
export function generatedOrder(channelId: string, i: number, random: () => number, skuCount = 2000): OrderInput {
  const lineCount = 1 + Math.floor(random() * 4);
  const lines = Array.from({ length: lineCount }, () => {
    const n = Math.floor(random() * skuCount);
    return { sku: `SKU-${String(n).padStart(5, '0')}`, title: `Product ${n}`, quantity: 1 + Math.floor(random() * 3), unitPrice: 500 + Math.floor(random() * 9500) };
  });
  const placed = Date.UTC(2026, 0, 1) + Math.floor(random() * 320 * 86400) * 1000;
  const first = FIRST[Math.floor(random() * FIRST.length)]!;
  const last = LAST[Math.floor(random() * LAST.length)]!;
  return {
    channelId,
    externalId: `${100 + (i % 900)}-${String(i).padStart(7, '0')}-${String(Math.floor(random() * 1e7)).padStart(7, '0')}`,
    status: 'ready',
    channelStatus: 'Unshipped',
    placedAt: new Date(placed).toISOString(),
    updatedAt: new Date(placed + 60_000).toISOString(),
    currency: 'USD',
    total: lines.reduce((s, l) => s + l.quantity * l.unitPrice, 0),
    buyer: { name: `${first} ${last}`, email: `${first}.${last}${i}@example.com`.toLowerCase() },
    serviceLevel: LEVELS[Math.floor(random() * LEVELS.length)]!,
    shipBy: new Date(placed + 2 * 86400_000).toISOString(),
    paymentStatus: 'paid',
    lines,
  };
}
