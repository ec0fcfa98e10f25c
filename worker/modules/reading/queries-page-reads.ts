/**
 * Page-read reports: storing a batch (one statement per chunk, the rows as
 * one JSON parameter unpacked by json_each), summing them per portal and UTC
 * day in SQL, and pruning old ones in bounded chunks.
 */
import { sql } from 'drizzle-orm';
import type { PageRead } from '../../../shared/schemas/page-reads.js';
import { runBatch, statement } from '../../db/batch.js';
import type { Db } from '../../db/client.js';

/** A report as stored: the contract's fields, its id and its time in UTC. */
export type PageReadRow = PageRead & { id: string };

/**
 * Most characters of JSON one statement binds: D1 keeps a bound string under
 * 2 MB, and a batch of 500 reports with 100 fields each can exceed that.
 */
const CHUNK_CHARS = 900_000;

/** The rows split into JSON texts of at most CHUNK_CHARS (a lone larger row is a chunk of its own). */
function jsonChunks(rows: readonly PageReadRow[]): string[] {
  const out: string[] = [];
  let part: string[] = [];
  let size = 2;
  for (const row of rows) {
    const text = JSON.stringify(row);
    if (part.length > 0 && size + text.length + 1 > CHUNK_CHARS) {
      out.push(`[${part.join(',')}]`);
      part = [];
      size = 2;
    }
    part.push(text);
    size += text.length + 1;
  }
  if (part.length) out.push(`[${part.join(',')}]`);
  return out;
}

/** Stores a seller's reports, all or none (one batch). */
export async function insertPageReads(db: Db, sellerId: string, rows: readonly PageReadRow[], receivedAt: string): Promise<void> {
  await runBatch(
    db,
    jsonChunks(rows).map((json) =>
      statement(
        db,
        sql`
        INSERT INTO page_reads (seller_id, at, id, portal, page_kind, pack_version, ids_seen, count_printed, rows_read, rows_skipped,
                                fields_missing, strategies, received_at)
        SELECT ${sellerId}, j->>'at', j->>'id', j->>'portal', j->>'pageKind', j->>'packVersion', j->>'idsSeen', j->>'countPrinted',
               j->>'rowsRead', j->>'rowsSkipped', j->'fieldsMissing', j->'strategies', ${receivedAt}
          FROM (SELECT value AS j FROM json_each(${json}))`,
      ),
    ),
  );
}

/** One portal's day as SQL sums it (worstFields as JSON text). */
interface DayRow {
  portal: string;
  day: string;
  passes: number;
  idsSeen: number;
  rowsRead: number;
  rowsSkipped: number;
  readShare: number;
  worstFields: string | null;
  packVersion: number;
}

/** How many fields a day lists as worst. */
export const WORST_FIELDS = 5;

/**
 * A seller's reports with `at` in [from, to), per portal and UTC day, by day
 * then portal: passes and sums, the read share (rowsRead / idsSeen to 4
 * places, 1 when the pages showed nothing), the fields most often missing
 * (summed over the day, worst first, ties by name) and the highest pack version.
 */
export async function pageReadDays(db: Db, sellerId: string, from: string, to: string) {
  const range = sql`r.seller_id = ${sellerId} AND r.at >= ${from} AND r.at < ${to}`;
  const rows = await db.all<DayRow>(sql`
    WITH missing AS (
      SELECT r.portal, substr(r.at, 1, 10) AS day, f.key AS field, sum(f.value) AS missing
        FROM page_reads r, json_each(r.fields_missing) f
       WHERE ${range}
       GROUP BY 1, 2, 3 HAVING sum(f.value) > 0
    ),
    ranked AS (
      SELECT *, row_number() OVER (PARTITION BY portal, day ORDER BY missing DESC, field) AS rn FROM missing
    ),
    worst AS (
      SELECT portal, day, json_group_array(json_object('field', field, 'missing', missing) ORDER BY rn) AS fields
        FROM ranked WHERE rn <= ${WORST_FIELDS} GROUP BY portal, day
    ),
    days AS (
      SELECT r.portal, substr(r.at, 1, 10) AS day, count(*) AS passes, sum(r.ids_seen) AS idsSeen, sum(r.rows_read) AS rowsRead,
             sum(r.rows_skipped) AS rowsSkipped, max(r.pack_version) AS packVersion
        FROM page_reads r WHERE ${range}
       GROUP BY 1, 2
    )
    SELECT d.portal, d.day, d.passes, d.idsSeen, d.rowsRead, d.rowsSkipped,
           CASE WHEN d.idsSeen = 0 THEN 1 ELSE round(1.0 * d.rowsRead / d.idsSeen, 4) END AS readShare,
           w.fields AS worstFields, d.packVersion
      FROM days d LEFT JOIN worst w ON w.portal = d.portal AND w.day = d.day
     ORDER BY d.day, d.portal`);
  return rows.map((r) => ({ ...r, worstFields: r.worstFields ? (JSON.parse(r.worstFields) as Array<{ field: string; missing: number }>) : [] }));
}

/**
 * Deletes reports with `at` before `before`, at most `chunk` rows a
 * statement and `chunks` statements a run, so one cron run stays short
 * however much has piled up; the next run takes the rest. Returns how many
 * rows went.
 */
export async function prunePageReads(db: Db, before: string, chunk = 1000, chunks = 10): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < chunks; i++) {
    const result = await db.run(sql`
      DELETE FROM page_reads WHERE rowid IN (SELECT rowid FROM page_reads WHERE at < ${before} LIMIT ${chunk})`);
    const changes = result.meta.changes ?? 0;
    deleted += changes;
    if (changes < chunk) break;
  }
  return deleted;
}
