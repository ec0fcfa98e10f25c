/**
 * Writing the marketplaces' own upload files: a channel's quantities (the
 * listings whose marketplace figure may differ from available-to-sell) and
 * its shipment confirmations (shipments no uploaded file confirmed yet).
 * Files stream page by page; each page's rows are recorded as they are
 * written, and a file is marked whole when the last page went out.
 * Marking a file uploaded makes its values "sent", so the next file holds
 * only what changed since.
 */
import {
  isLayout,
  layoutFor,
  type NoLayout,
  QUANTITY_LAYOUTS,
  type QuantityRow,
  SHIPMENT_LAYOUTS,
  type ShipmentRow,
  type UploadLayout,
  uploadHead,
  uploadRows,
} from '../../../shared/upload-layouts.js';
import { runBatch, WriteConflict } from '../../db/batch.js';
import type { Db } from '../../db/client.js';
import { ApiError, invalidInput, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { type ListingQuantity, listingQuantityPage, readBuffers, requireChannel } from '../stock/listings.js';
import {
  committedUnitsOf,
  findUploadFile,
  finishUploadFile,
  insertUploadFile,
  laterUploadedOverlap,
  markUploadedStatements,
  recordUploadRows,
  type ShipmentPageKey,
  sentQuantitiesOf,
  type UnsentShipmentLine,
  type UploadFileRow,
  type UploadKind,
  unsentShipmentPage,
} from './queries.js';
import { missingKey, needsSending } from './rules.js';

/** Listings read per page; each page is one read of stock and one of what was sent. */
const PAGE_LISTINGS = 1000;
/** Shipments read per page. */
const PAGE_SHIPMENTS = 500;

/** A file ready to stream: its id, how to serve it and its bytes. */
export interface UploadFile {
  id: string;
  contentType: string;
  fileName: string;
  body: ReadableStream<Uint8Array>;
}

/** 400 naming `query.channelId` with what to do instead, where the channel's marketplace has no usable layout. */
async function layoutOf<Row>(db: Db, sellerId: string, channelId: string, kind: UploadKind, table: Readonly<Record<string, UploadLayout<Row> | NoLayout>>, format: string | undefined) {
  const channel = await requireChannel(db, sellerId, channelId, 'query.channelId');
  const layout = layoutFor(table, channel.kind);
  if (!isLayout(layout)) {
    throw new ApiError(400, 'no_upload_layout', `${layout.reason} ${layout.alternative}`, [{ path: 'query.channelId', message: `${layout.reason} ${layout.alternative}` }], undefined, {
      alternative: layout.alternative,
    });
  }
  if (format && format !== layout.id) throw invalidInput([{ path: 'query.format', message: `A ${channel.kind} channel's ${kind} file is ${layout.id}.` }], 'Unknown format.');
  return { layout, channelKind: channel.kind };
}

/**
 * A stream that writes the head, then asks `nextPage` for text until it
 * says done, then marks the file whole. Nothing is read before the
 * client asks for it.
 */
function fileStream(db: Db, sellerId: string, fileId: string, head: string, nextPage: () => Promise<{ text: string; done: boolean }>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(head));
        return;
      }
      const page = await nextPage();
      if (page.text) controller.enqueue(encoder.encode(page.text));
      if (page.done) {
        await finishUploadFile(db, sellerId, fileId);
        controller.close();
      }
    },
  });
}

/** The file's name: its layout and when it was written (`amazon-price-quantity-20261207-091500.txt`). */
const fileNameOf = (layout: Pick<UploadLayout<never>, 'id' | 'extension'>, at: string) => `${layout.id}-${at.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.${layout.extension}`;

/**
 * The channel's quantity upload file: every listing whose available-to-sell
 * differs from both what the portal last showed and what was last sent (or
 * every listing, `all`). Listings the layout cannot address are left out.
 */
export async function writeQuantityFile(
  db: Db,
  sellerId: string,
  q: { channelId: string; format?: string | undefined; all?: boolean | undefined; location?: string | undefined },
): Promise<UploadFile> {
  const { layout, channelKind } = await layoutOf(db, sellerId, q.channelId, 'quantities', QUANTITY_LAYOUTS, q.format);
  if (channelKind === 'shopify' && !q.location) {
    throw invalidInput([{ path: 'query.location', message: 'Shopify sets stock per location: name the Shopify location this file sets.' }], 'A location is needed.');
  }
  const at = new Date().toISOString();
  const id = newId('upf');
  await insertUploadFile(db, sellerId, { id, channelId: q.channelId, kind: 'quantities', layout: layout.id, createdAt: at });
  const buffers = await readBuffers(db, sellerId);
  let after: Awaited<ReturnType<typeof listingQuantityPage>>['next'];
  let lastParent: string | null = null;
  const body = fileStream(db, sellerId, id, uploadHead(layout), async () => {
    const page = await listingQuantityPage(db, sellerId, q.channelId, buffers, PAGE_LISTINGS, after);
    after = page.next;
    const rows = await quantityRows(db, sellerId, q.channelId, channelKind, page.listings, { all: q.all ?? false, location: q.location ?? null });
    await recordUploadRows(
      db,
      sellerId,
      id,
      rows.map((r) => ({ subject: r.channelSku, value: r.availableToSell })),
    );
    const out = uploadRows(layout, rows, lastParent);
    lastParent = out.lastParent;
    return { text: out.text, done: !page.next };
  });
  return { id, contentType: layout.contentType, fileName: fileNameOf(layout, at), body };
}

/** The rows of one page of listings that need sending and that the channel's file can address. */
export async function quantityRows(
  db: Db,
  sellerId: string,
  channelId: string,
  channelKind: string,
  listings: readonly ListingQuantity[],
  opts: { all: boolean; location: string | null },
): Promise<QuantityRow[]> {
  const addressable = listings.filter((l) => missingKey(channelKind, l) === null);
  const skus = addressable.map((l) => l.channelSku);
  const [sent, committed] = await Promise.all([
    sentQuantitiesOf(db, sellerId, channelId, skus),
    channelKind === 'shopify' ? committedUnitsOf(db, sellerId, channelId, skus) : Promise.resolve(new Map<string, number>()),
  ]);
  return addressable
    .filter((l) => needsSending({ availableToSell: l.availableToSell, listed: l.listed, sent: sent.get(l.channelSku) ?? null }, opts.all))
    .map((l) => ({
      channelSku: l.channelSku,
      itemId: l.itemId,
      title: l.title,
      variation: l.variation,
      availableToSell: l.availableToSell,
      listed: l.listed,
      committed: committed.get(l.channelSku) ?? 0,
      location: opts.location,
    }));
}

/** The channel's shipment-confirmation upload file: shipments since `since` that no uploaded file confirmed. */
export async function writeShipmentFile(db: Db, sellerId: string, q: { channelId: string; since: string; format?: string | undefined }): Promise<UploadFile> {
  const { layout } = await layoutOf(db, sellerId, q.channelId, 'shipments', SHIPMENT_LAYOUTS, q.format);
  const at = new Date().toISOString();
  const id = newId('upf');
  await insertUploadFile(db, sellerId, { id, channelId: q.channelId, kind: 'shipments', layout: layout.id, createdAt: at });
  let after: ShipmentPageKey | undefined;
  const body = fileStream(db, sellerId, id, uploadHead(layout), async () => {
    const page = await unsentShipmentPage(db, sellerId, q.channelId, q.since, PAGE_SHIPMENTS, after);
    after = page.next;
    const rows = shipmentRows(layout, page.lines);
    await recordUploadRows(
      db,
      sellerId,
      id,
      [...new Set(page.lines.map((l) => l.shipmentId))].map((subject) => ({ subject, value: null })),
    );
    return { text: uploadRows(layout, rows, null).text, done: !page.next };
  });
  return { id, contentType: layout.contentType, fileName: fileNameOf(layout, at), body };
}

/** Shipment lines as the layout's rows: one per shipment or one per line. */
function shipmentRows(layout: UploadLayout<ShipmentRow>, lines: readonly UnsentShipmentLine[]): ShipmentRow[] {
  const kept = layout.per === 'shipment' ? lines.filter((l, i) => i === 0 || lines[i - 1]?.shipmentId !== l.shipmentId) : lines;
  return kept.map(({ shipmentId: _, ...row }) => row);
}

/** 409 naming `exportId`: the file cannot be marked uploaded. */
const staleMark = (message: string) => new ApiError(409, 'stale_upload_mark', message, [{ path: 'exportId', message }]);

/**
 * Marks a downloaded file uploaded: its values become what the marketplace
 * was sent. A second mark, a file not wholly written, or a file older than
 * an uploaded one that carried the same listings or shipments is a 409
 * naming `exportId`, and changes nothing.
 */
export async function markUploaded(db: Db, sellerId: string, id: string): Promise<UploadFileRow> {
  const file = await findUploadFile(db, sellerId, id);
  if (!file) throw notFound('Upload file');
  if (file.status === 'uploaded') throw staleMark(`File ${id} was already marked uploaded at ${file.uploadedAt}.`);
  if (file.status === 'writing') throw staleMark(`File ${id} was not downloaded whole; download a new one.`);
  const newer = await laterUploadedOverlap(db, sellerId, file);
  if (newer) throw staleMark(`File ${newer}, written later and already uploaded, carried some of the same rows: ${id} is stale; download a new one.`);
  const at = new Date().toISOString();
  try {
    await runBatch(db, markUploadedStatements(db, sellerId, file, at));
  } catch (e) {
    if (e instanceof WriteConflict) throw staleMark(`File ${id} was marked, or overtaken by a newer upload, meanwhile.`);
    throw e;
  }
  return { ...file, status: 'uploaded', uploadedAt: at };
}
