/**
 * Recording the parcels an order file reports (tracking number, carrier,
 * ship date) as shipments of the orders it captured, so a lookup by
 * tracking number finds them. Keyed by order and tracking number: importing
 * the same file again adds none. The status is the capture's business (a
 * file saying shipped moves the order forward there, never back).
 */
import type { FileShipment } from '../../../shared/imports/index.js';
import type { EventSource } from '../../../shared/schemas/order.js';
import { runBatch } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { newId } from '../../ids.js';
import { insertParcels, type ParcelWrite, trackingByOrder } from './queries-shipments.js';

/** Records the parcels not yet on their orders; returns how many were new. */
export async function recordFileShipments(db: Db, sellerId: string, source: EventSource, orders: ReadonlyArray<{ orderId: string; shipments: readonly FileShipment[] }>): Promise<number> {
  const wanted = orders.filter((o) => o.shipments.length > 0);
  if (wanted.length === 0) return 0;
  const known = await trackingByOrder(
    db,
    sellerId,
    wanted.map((o) => o.orderId),
  );
  const parcels: ParcelWrite[] = [];
  for (const { orderId, shipments } of wanted) {
    const seen = known.get(orderId) ?? new Set<string>();
    for (const s of shipments) {
      if (seen.has(s.trackingNumber)) continue;
      seen.add(s.trackingNumber);
      parcels.push({ id: newId('shp'), orderId, trackingNumber: s.trackingNumber, carrier: s.carrier ?? null, service: s.service ?? null, shippedAt: s.shippedAt, source });
    }
  }
  if (parcels.length) await runBatch(db, insertParcels(db, sellerId, parcels));
  return parcels.length;
}
