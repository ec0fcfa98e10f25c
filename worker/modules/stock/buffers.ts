/**
 * Which safety buffer applies to a SKU on a channel. Pure. The most
 * specific one wins: the channel's for that SKU, then the SKU's on every
 * channel, then the channel's for every SKU, then the seller's default;
 * none at all is 0.
 */

/** A buffer as stored: null channel or SKU means "every". */
export interface Buffer {
  channelId: string | null;
  sku: string | null;
  units: number;
}

/** The units held back from `channelId` for `sku`. */
export function bufferFor(buffers: readonly Buffer[], channelId: string, sku: string): number {
  const find = (ch: string | null, s: string | null) => buffers.find((b) => b.channelId === ch && b.sku === s)?.units;
  return find(channelId, sku) ?? find(null, sku) ?? find(channelId, null) ?? find(null, null) ?? 0;
}
