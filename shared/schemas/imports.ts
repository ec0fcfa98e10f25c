/**
 * The API contract of order file imports (POST /v1/imports): which file,
 * for which channel, and what the import did. The extension's dashboard and
 * the worker route both read these.
 */
import { z } from 'zod';
import { FORMAT_IDS } from '../imports/types.js';
import { queryOf } from './query.js';

/** `etsy` takes both Etsy files at once as `multipart/form-data` parts `orders` and `items`. */
export const IMPORT_FORMATS = ['auto', ...FORMAT_IDS, 'etsy'] as const;
/** A format an import accepts. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Largest import body: 100 MiB (a 100,000-row report is about 40 MiB). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** Errors listed in one answer; the rest are counted in `moreErrors`. */
export const MAX_LISTED_ERRORS = 1000;

/** The query of POST /v1/imports. */
const importShape = {
  format: z.enum(IMPORT_FORMATS).default('auto'),
  channelId: z.string().min(1).max(64),
  defaultCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as USD')
    .optional(),
};
export const importQuery = queryOf(importShape);

/** One problem found in the file. */
export const importErrorItem = z.object({
  line: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
  externalId: z.string().nullable(),
  /** For a two-file (Etsy) import: "orders" or "items". */
  file: z.string().nullable(),
});

/** What an import did. */
export const importResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Orders left out because some row of theirs was bad. */
  failed: z.number().int(),
  errors: z.array(importErrorItem),
  /** Errors found beyond the first {@link MAX_LISTED_ERRORS}. */
  moreErrors: z.number().int(),
});

export type ImportQuery = z.infer<typeof importQuery>;
export type ImportErrorItem = z.infer<typeof importErrorItem>;
export type ImportResult = z.infer<typeof importResult>;

/** Where a queued import stands. */
export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

/** The query of POST /v1/imports, with `async=true` to queue the file instead of importing it in the request. */
export const importStartQuery = queryOf({
  ...importShape,
  async: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

/** The 202 answer of a queued import: follow it at GET /v1/imports/{importId} (the Location header). */
export const importAccepted = z.object({ importId: z.string(), status: z.enum(IMPORT_STATUSES) });

/** A queued import: where it stands, what it did so far, and why it failed. */
export const importRun = importResult.extend({
  id: z.string(),
  channelId: z.string(),
  format: z.enum(IMPORT_FORMATS),
  status: z.enum(IMPORT_STATUSES),
  /** Size of the uploaded file. */
  bytes: z.number().int(),
  /** Orders the consumer has read from the file so far. */
  ordersRead: z.number().int(),
  /** Why a failed import stopped (a refused file, or a slice that failed every retry); null otherwise. */
  failureReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type ImportRun = z.infer<typeof importRun>;
