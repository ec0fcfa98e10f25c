/**
 * Erasing one buyer on request (GDPR, CCPA), whatever the age of their
 * orders: every closed or shipped order loses its buyer data at once; an
 * order still open keeps only the address shipping needs and is erased by
 * the cron once it ships. The customer record loses name, email and email
 * keys. One batch does it all, and leaves a receipt without the data.
 */
import { ERASED_PLACES, type ErasureReceipt } from '../../../shared/schemas/privacy.js';
import { runBatch, withConflictRetry } from '../../db/batch.js';
import { chunks } from '../../db/chunks.js';
import type { Db } from '../../db/client.js';
import { ApiError } from '../../errors.js';
import { newId } from '../../ids.js';
import { syncCustomers } from '../customers/service.js';
import { forgetBuyerInImportErrors } from '../imports/import-queue.js';
import { awaitShipment, type ErasureReceiptRow, findBuyer, forgetAnswersContaining, insertReceipt, type OrderToRedact, readBuyerOrders, readOrdersToRedact, readReceipt } from './queries.js';
import { buyerTexts, redactionStatements } from './redact-orders.js';
import { SHIPPED_OR_CLOSED } from './rules.js';

/** Who to erase: a customer, or whoever placed orders with an email. */
export type BuyerToErase = { customerId: string } | { email: string };

const notFoundAt = (path: string, message: string) => new ApiError(404, 'not_found', message, [{ path, message }]);

/** Erases the buyer's personal data across every table and answers the receipt. 404 naming the field for an unknown buyer. */
export async function eraseBuyer(db: Db, sellerId: string, who: BuyerToErase, actor: string | null): Promise<ErasureReceipt> {
  await syncCustomers(db, sellerId);
  const receipt = await withConflictRetry(async () => {
    const customer = await findBuyer(db, sellerId, who);
    const email = 'email' in who ? who.email.toLowerCase() : (customer?.email ?? null);
    const owned = await readBuyerOrders(db, sellerId, customer?.id ?? null, email);
    if (!customer && owned.length === 0) {
      throw 'customerId' in who ? notFoundAt('params.id', 'No customer with this id.') : notFoundAt('email', 'No customer or order with this email.');
    }
    const orders: OrderToRedact[] = [];
    for (const part of chunks(
      owned.map((o) => o.id),
      100,
    ))
      orders.push(...(await readOrdersToRedact(db, sellerId, part)));
    const shipped = new Set<string>(SHIPPED_OR_CLOSED);
    const done = orders.filter((o) => shipped.has(o.status));
    const open = orders.filter((o) => !shipped.has(o.status));
    const at = new Date().toISOString();
    const row: ErasureReceiptRow = {
      id: newId('era'),
      sellerId,
      customerId: customer?.id ?? null,
      requestedBy: actor,
      erasedAt: at,
      ordersErased: done.length,
      ordersAwaitingShipment: open.length,
      places: [...ERASED_PLACES],
    };
    const customers = customer ? [customer.id] : [];
    const texts = [...buyerTexts(orders), ...[customer?.name, customer?.email, email].filter((t): t is string => !!t)];
    await runBatch(db, [
      ...redactionStatements(db, sellerId, done, at, 'Erased at the buyer’s request', true, customers),
      ...redactionStatements(db, sellerId, open, at, 'Erasure requested: the shipping address stays until the order ships', false, customers),
      ...awaitShipment(
        db,
        sellerId,
        open.map((o) => o.id),
        row.id,
      ),
      ...forgetAnswersContaining(db, sellerId, [...new Set(texts)]),
      // Import error lists can quote a bad row's cells, so they may hold the buyer's data too.
      ...forgetBuyerInImportErrors(db, sellerId, [...new Set(texts)]),
      insertReceipt(db, row),
    ]);
    return row;
  });
  return toReceipt(receipt);
}

/** The seller's receipt `id`; 404 otherwise. */
export async function getErasureReceipt(db: Db, sellerId: string, id: string): Promise<ErasureReceipt> {
  const row = await readReceipt(db, sellerId, id);
  if (!row) throw notFoundAt('params.id', 'No erasure receipt with this id.');
  return toReceipt(row);
}

function toReceipt(r: ErasureReceiptRow): ErasureReceipt {
  return {
    id: r.id,
    customerId: r.customerId,
    erasedAt: r.erasedAt,
    erasedBy: r.requestedBy,
    ordersErased: r.ordersErased,
    ordersAwaitingShipment: r.ordersAwaitingShipment,
    places: r.places as ErasureReceipt['places'],
  };
}
