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
export const importQuery = queryOf({
  format: z.enum(IMPORT_FORMATS).default('auto'),
  channelId: z.string().min(1).max(64),
  defaultCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code such as USD')
    .optional(),
});

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
