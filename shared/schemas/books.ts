/** The admin contract of moving a seller between book databases. */
import { z } from 'zod';

/** POST /v1/admin/sellers/{id}/move */
export const moveSellerBody = z.strictObject({
  toShard: z.number().int().min(0).max(63).meta({ description: 'The book database to move to: 0 is `DB`, n is the binding `BOOK_n`.' }),
  drainSeconds: z.number().int().min(0).max(300).default(30).meta({
    description:
      'How long to wait, once the seller’s requests answer 503, before copying: requests begun earlier end first. The wait is this plus the token cache’s lifetime (5 s), while other isolates may still admit the seller’s requests.',
  }),
});

/** Where a move stands. */
export const sellerMove = z.object({
  sellerId: z.string(),
  fromShard: z.number().int(),
  toShard: z.number().int(),
  phase: z.enum(['drain', 'clear', 'copy', 'verify', 'switch', 'cleanup', 'done', 'failed']).meta({
    description:
      'drain → clear → copy → verify → switch → cleanup → done. Until switch the seller lives on `fromShard` and its requests answer 503 with Retry-After; from switch on it lives on `toShard`. `failed`: the source kept changing under the copy; the seller stayed where it was.',
  }),
  copied: z.number().int().meta({ description: 'Rows copied by the current try.' }),
  cleaned: z.number().int().meta({ description: 'Rows deleted from the old book so far.' }),
  restarts: z.number().int().meta({ description: 'Copies started over because verification found the source changed.' }),
  verified: z.record(z.string(), z.object({ rows: z.number().int(), checksum: z.string() })).meta({ description: 'Each table as verified equal on both books: its rows and checksum.' }),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type SellerMove = z.infer<typeof sellerMove>;
