/** Seeding a bench's book through the API: a seller's channel. */
import type { LocalWorker } from './local-worker.js';

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
