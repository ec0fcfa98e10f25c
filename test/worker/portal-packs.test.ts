/**
 * Portal packs: published per portal with the admin token, only ever to a
 * higher version, refused whole when malformed; served to every seller with
 * an ETag that saves the body when nothing changed.
 */
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PortalPack } from '../../shared/schemas/portal-pack.js';
import { call, newSeller } from './helpers.js';

/** A small valid pack, with overrides. */
function aPack(overrides: Partial<PortalPack> = {}): PortalPack {
  return {
    portal: 'amazon',
    version: 3,
    routes: [{ kind: 'orders', path: '^/orders-v3(/|$)' }],
    orderIds: { href: 'orderID=(\\d{3}-\\d{7}-\\d{7})', text: '\\b(\\d{3}-\\d{7}-\\d{7})\\b' },
    selectors: { row: ['tr[data-row]', '.order-row'], pagination: '.a-pagination' },
    labels: { total: ['Order total', 'Gesamtsumme'] },
    fields: {
      total: [
        { by: 'label', labels: ['Order total'] },
        { by: 'pattern', pattern: 'Total:?\\s*(\\S+)', flags: 'i', group: 1 },
      ],
      status: [{ by: 'css', css: '.order-status' }],
    },
    ...overrides,
  };
}

const admin = { token: env.ADMIN_TOKEN };
const publish = (pack: unknown, portal = 'amazon') => call('PUT', `/v1/admin/portal-packs/${portal}`, { ...admin, body: pack });

async function published(token: string) {
  return (await call('GET', '/v1/portal-packs', { token })).body.packs.map((p: { portal: string; version: number }) => [p.portal, p.version]);
}

// Packs are deployment-wide, not per seller: each test starts with none.
beforeEach(async () => {
  await env.DB.prepare('DELETE FROM portal_packs').run();
});

describe('publishing portal packs', () => {
  it('a published pack is served to every seller as it was sent', async () => {
    const s = await newSeller();
    const put = await publish(aPack());
    expect(put.status).toBe(201);
    expect(put.body).toMatchObject({ portal: 'amazon', version: 3, outcome: 'published' });
    expect(await publish(aPack({ portal: 'ebay', version: 1, orderIds: { href: 'orderid=(\\d{2}-\\d{5}-\\d{5})' } }), 'ebay')).toMatchObject({ status: 201 });
    const res = await call('GET', '/v1/portal-packs', { token: s.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      packs: [
        { portal: 'amazon', version: 3, pack: aPack() },
        { portal: 'ebay', version: 1, pack: aPack({ portal: 'ebay', version: 1, orderIds: { href: 'orderid=(\\d{2}-\\d{5}-\\d{5})' } }) },
      ],
    });
  });

  it('a higher version replaces the pack; a lower or equal one is refused naming version', async () => {
    const s = await newSeller();
    await publish(aPack());
    expect((await publish(aPack({ version: 4, labels: { total: ['Total'] } }))).status).toBe(201);
    for (const version of [2, 4]) {
      const res = await publish(aPack({ version, labels: { total: ['Grand total'] } }));
      expect([res.status, res.body.error.code, res.body.error.issues]).toEqual([409, 'stale_version', [{ path: 'version', message: 'must be higher than 4' }]]);
    }
    const packs = (await call('GET', '/v1/portal-packs', { token: s.token })).body.packs;
    expect(packs).toEqual([{ portal: 'amazon', version: 4, pack: aPack({ version: 4, labels: { total: ['Total'] } }) }]);
  });

  it('the same version with the same content (keys in any order) answers unchanged', async () => {
    await publish(aPack());
    const { fields, labels, selectors, ...rest } = aPack();
    const again = await publish({ selectors: { pagination: selectors.pagination, row: selectors.row }, fields, labels, ...rest });
    expect([again.status, again.body.outcome, again.body.version]).toEqual([200, 'unchanged', 3]);
  });

  it('the path’s portal must be the pack’s', async () => {
    const res = await publish(aPack(), 'ebay');
    expect([res.status, res.body.error.issues]).toEqual([400, [{ path: 'portal', message: "must be the path's portal, ebay" }]]);
    const unknown = await publish(aPack(), 'aliexpress');
    expect([unknown.status, unknown.body.error.issues.map((i: { path: string }) => i.path)]).toEqual([400, ['param.portal']]);
  });

  it('a malformed pack is refused with each issue, and the published pack stays', async () => {
    const s = await newSeller();
    await publish(aPack());
    const issues = async (pack: unknown) => {
      const res = await publish(pack);
      expect(res.status).toBe(400);
      return res.body.error.issues;
    };
    expect(await issues(aPack({ version: 5, fields: { total: [{ by: 'pattern', pattern: 'Total: (\\d+' }] } }))).toEqual([
      { path: 'fields.total.0.pattern', message: 'not a valid regular expression' },
    ]);
    expect((await issues({ ...aPack({ version: 5 }), fields: { total: [{ by: 'xpath', xpath: '//td' }] } })).map((i: { path: string }) => i.path)).toEqual(['fields.total.0.by']);
    const huge = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`label${i}`, ['x'.repeat(200), 'y'.repeat(200), 'z'.repeat(200)]]));
    expect(await issues(aPack({ version: 5, labels: huge }))).toEqual([{ path: '(body)', message: 'a pack is at most 256 KiB' }]);
    expect((await issues({ ...aPack({ version: 5 }), script: 'alert(1)' })).map((i: { path: string }) => i.path)).toEqual(['(body)']);
    expect(await published(s.token)).toEqual([['amazon', 3]]);
    expect((await call('GET', '/v1/portal-packs', { token: s.token })).body.packs[0]!.pack).toEqual(aPack());
  });

  it('publishing takes the admin token, reading a seller token', async () => {
    const s = await newSeller();
    expect((await call('PUT', '/v1/admin/portal-packs/amazon', { token: s.token, body: aPack() })).status).toBe(401);
    expect((await call('GET', '/v1/portal-packs')).status).toBe(401);
    expect(await published(s.token)).toEqual([]);
  });
});

describe('GET /v1/portal-packs revalidation', () => {
  it('answers 304 without a body to the ETag it gave, and a new ETag once a pack changes', async () => {
    const s = await newSeller();
    await publish(aPack());
    const first = await call('GET', '/v1/portal-packs', { token: s.token });
    const tag = first.headers.get('ETag');
    expect(tag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const same = await call('GET', '/v1/portal-packs', { token: s.token, headers: { 'If-None-Match': tag! } });
    expect([same.status, same.body, same.headers.get('ETag')]).toEqual([304, undefined, tag]);
    await publish(aPack({ version: 4 }));
    const changed = await call('GET', '/v1/portal-packs', { token: s.token, headers: { 'If-None-Match': tag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(tag);
    expect(changed.body.packs.map((p: { version: number }) => p.version)).toEqual([4]);
  });
});
