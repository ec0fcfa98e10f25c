/**
 * A seller who leaves: the admin previews what goes and confirms with the
 * preview's code; the seller's tokens stop at once and the cron deletes
 * every row of it in bounded chunks, until no table holds any.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { database } from '../../worker/db/client.js';
import { deleteLeavingSellers } from '../../worker/modules/privacy/delete-seller.js';
import { SELLER_TABLES } from '../../worker/modules/privacy/queries-leaving.js';
import { call, newSeller } from './helpers.js';
import { aBuyer, findBuyer, runCron, seedBook, sellerTables } from './privacy-helpers.js';

const admin = { token: env.ADMIN_TOKEN };

/** Every table and row that still mentions `sellerId` anywhere. */
async function rowsMentioning(sellerId: string): Promise<string[]> {
  const found: string[] = [];
  for (const table of await sellerTables()) {
    const rows = await env.DB.prepare(`SELECT * FROM "${table}"`).all<Record<string, unknown>>();
    for (const row of rows.results) if (JSON.stringify(row).includes(sellerId)) found.push(`${table}: ${JSON.stringify(row)}`);
  }
  return found;
}

describe('deleting a seller who leaves', () => {
  it('deletes every row of the seller after the confirmation step, in bounded chunks, and nothing of another seller', async () => {
    const s = await newSeller();
    const buyer = aBuyer();
    await seedBook(s, buyer);
    const other = await newSeller('Other Goods');
    const otherBuyer = aBuyer();
    await seedBook(other, otherBuyer);
    // The cron's delivery tries of the other seller's webhooks add attempts, and its report rollups roll up the
    // other seller's days; every other count must stay.
    const rolledUp = Object.fromEntries(['report_dirty_days', 'report_sales_days', 'report_sku_days', 'report_refund_days', 'report_fulfillment_days'].map((t) => [t, 'any']));
    const rowsOf = async (id: string) => ({ ...(await call('GET', `/v1/admin/sellers/${id}/deletion`, admin)).body.rows, webhook_attempts: 'any', ...rolledUp });
    const otherBefore = await rowsOf(other.id);

    const preview = await call('GET', `/v1/admin/sellers/${s.id}/deletion`, admin);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ sellerId: s.id, name: 'Acme Goods', confirmedAt: null, confirmation: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(preview.body.rows).toMatchObject({ orders: 1, channels: 6, api_tokens: 1, customers: 1, skus: 1, rule_sets: 1, webhook_endpoints: 2 });
    expect(preview.body.moreThan).toEqual([]);

    const done = await call('DELETE', `/v1/admin/sellers/${s.id}?confirm=${preview.body.confirmation}`, admin);
    expect(done.status).toBe(202);
    expect(done.body.confirmedAt).toEqual(expect.any(String));
    expect((await call('GET', '/v1/me', { token: s.token })).status).toBe(401);
    expect((await call('DELETE', `/v1/admin/sellers/${s.id}?confirm=${preview.body.confirmation}`, admin)).status).toBe(409);

    let runs = 0;
    for (let more = true; more; runs++) more = (await deleteLeavingSellers(database(env.DB), 5)).more;
    expect(runs).toBeGreaterThan(1);
    await runCron();

    expect(await rowsMentioning(s.id)).toEqual([]);
    for (const table of SELLER_TABLES) {
      expect(await env.DB.prepare(`SELECT count(*) AS n FROM "${table}" WHERE seller_id = ?`).bind(s.id).first('n')).toBe(0);
    }
    expect(await findBuyer(buyer)).toEqual([]);
    expect((await call('GET', `/v1/admin/sellers/${s.id}/deletion`, admin)).status).toBe(404);
    expect(await rowsOf(other.id)).toEqual(otherBefore);
    expect((await findBuyer(otherBuyer)).length).toBeGreaterThan(0);
  }, 30_000);

  it('counts a big table only up to 10,000 and says it holds more', async () => {
    const s = await newSeller('Big Goods');
    const skus = (n: number) =>
      env.DB.prepare(`WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?) INSERT INTO skus (seller_id, sku, title) SELECT ?, 'BIG-' || n, 'Big' FROM seq`)
        .bind(n, s.id)
        .run();
    await skus(10_000);
    const exactly = await call('GET', `/v1/admin/sellers/${s.id}/deletion`, admin);
    expect([exactly.body.rows.skus, exactly.body.moreThan]).toEqual([10_000, []]);
    await env.DB.prepare(`INSERT INTO skus (seller_id, sku, title) VALUES (?, 'BIG-ONE-MORE', 'Big')`).bind(s.id).run();
    const more = await call('GET', `/v1/admin/sellers/${s.id}/deletion`, admin);
    expect([more.body.rows.skus, more.body.moreThan, more.body.rows.channels]).toEqual([10_000, ['skus'], 6]);
  });

  it('names every table that has a seller_id, so deletion leaves none behind', async () => {
    const withSeller: string[] = [];
    for (const table of await sellerTables()) {
      const cols = await env.DB.prepare(`SELECT name FROM pragma_table_info(?)`).bind(table).all<{ name: string }>();
      if (cols.results.some((c) => c.name === 'seller_id')) withSeller.push(table);
    }
    expect([...SELLER_TABLES].sort()).toEqual(withSeller.sort());
  });

  it('refuses a missing, wrong or other seller’s confirmation naming query.confirm, and changes nothing', async () => {
    const s = await newSeller();
    const other = await newSeller('Other Goods');
    const theirs = (await call('GET', `/v1/admin/sellers/${other.id}/deletion`, admin)).body.confirmation;
    for (const query of ['', '?confirm=000000000000', `?confirm=${theirs}`]) {
      const res = await call('DELETE', `/v1/admin/sellers/${s.id}${query}`, admin);
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: any) => i.path)).toEqual(['query.confirm']);
    }
    expect((await call('GET', '/v1/me', { token: s.token })).status).toBe(200);
    expect((await call('DELETE', '/v1/admin/sellers/sel_nobody?confirm=x', admin)).status).toBe(404);
    expect((await call('GET', `/v1/admin/sellers/${s.id}/deletion`, { token: s.token })).status).toBe(401);
  });
});
