/**
 * Sending the book back to the marketplaces: the upload files a seller
 * downloaded (with every row and value they carried), and what the
 * marketplaces were last sent, per listing and per shipment, once the
 * seller marked a file uploaded. Re-exported from db/schema.ts.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { channelScoped, now, sellerRecord, sellerScoped } from '../../db/schema-columns.js';
import { channelListing, listingKey } from '../stock/schema.js';

/** One upload file as written: `writing` while it streams, `downloaded` once whole, `uploaded` once the seller says so. */
export const uploadFiles = sqliteTable(
  'upload_files',
  {
    ...sellerRecord,
    channelId: text('channel_id').notNull(),
    /** quantities | shipments */
    kind: text('kind').notNull(),
    layout: text('layout').notNull(),
    status: text('status').notNull(),
    rows: integer('rows').notNull().default(0),
    createdAt: text('created_at').notNull(),
    uploadedAt: text('uploaded_at'),
  },
  (t) => [index('upload_files_seller_channel').on(t.sellerId, t.channelId, t.kind, t.createdAt)],
);

/** What one file carried: a listing (channel SKU) and the quantity sent, or a shipment (id, no value). */
export const uploadFileRows = sqliteTable(
  'upload_file_rows',
  {
    fileId: text('file_id').notNull(),
    ...sellerScoped,
    subject: text('subject').notNull(),
    value: integer('value'),
  },
  (t) => [primaryKey({ columns: [t.fileId, t.subject] }), index('upload_file_rows_subject').on(t.sellerId, t.subject)],
);

/** The quantity last sent to a channel for a listing, by an uploaded file. */
export const sentQuantities = sqliteTable(
  'sent_quantities',
  {
    ...channelListing,
    quantity: integer('quantity').notNull(),
    fileId: text('file_id').notNull(),
    sentAt: text('sent_at').notNull(),
  },
  (t) => [listingKey(t)],
);

/** Shipments confirmed to their channel by an uploaded file. */
export const sentShipments = sqliteTable(
  'sent_shipments',
  {
    ...sellerScoped,
    shipmentId: text('shipment_id').notNull(),
    fileId: text('file_id').notNull(),
    sentAt: text('sent_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.shipmentId] })],
);

/** Orders as portal list pages last showed them, whether or not the book holds them. */
export const portalOrders = sqliteTable(
  'portal_orders',
  {
    ...channelScoped,
    externalId: text('external_id').notNull(),
    channelStatus: text('channel_status').notNull(),
    seenAt: text('seen_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sellerId, t.channelId, t.externalId] }),
    // Reconciliation reads only sightings whose word needs action, not every order the portal ever showed.
    index('portal_orders_word').on(t.sellerId, t.channelId, sql`lower(trim(${t.channelStatus}))`),
  ],
);
