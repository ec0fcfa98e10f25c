/** Seeding a bench's book through the API: a seller's channel, and generated orders for it. */
import type { OrderInput } from '../../shared/schemas/order.js';
import { generatedOrder, prng } from './generate.js';
import { createSeller, type LocalWorker } from './local-worker.js';

/** Creates a channel for the seller whose token is given; returns its id, or throws with the worker's answer. */
export async function createChannel(worker: Pick<LocalWorker, 'url'>, token: string, kind: string, name: string): Promise<string> {
  const res = await fetch(`${worker.url}/v1/channels`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ kind, name }),
  });
  if (res.status !== 201) throw new Error(`channel not created: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { channel: { id: string } }).channel.id;
}

/** A new seller with one Amazon channel, and `count` orders generated for it (not sent yet). */
export interface BenchSeller {
  token: string;
  /** JSON requests as that seller. */
  headers: Record<string, string>;
  orders: OrderInput[];
  /** The generator the orders came from, to draw the bench's queries on from the same seed. */
  random: () => number;
}

/** Creates a seller and its Amazon channel and generates `count` orders from `seed`. */
export async function benchSeller(worker: Pick<LocalWorker, 'url' | 'adminToken'>, count: number, seed: number): Promise<BenchSeller> {
  const { token } = await createSeller(worker, 'Bench Seller');
  const channelId = await createChannel(worker, token, 'amazon', 'Bench');
  const random = prng(seed);
  const orders = Array.from({ length: count }, (_, i) => generatedOrder(channelId, i, random));
  return { token, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, orders, random };
}
