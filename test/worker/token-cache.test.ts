/**
 * The per-isolate token cache on the real D1: a cached token skips the
 * directory, and revoking it, changing its role, deleting or moving its
 * seller are honoured at once in this isolate; a move waits out the cache's
 * lifetime before it copies, so no other isolate writes to the old book.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { app } from '../../worker/app.js';
import { anOrder, sellerOn } from './helpers.js';

/** The test env with the token cache kept `seconds`, and a count of the statements prepared on the directory's plain binding. */
function cachedFor(seconds: number) {
  const counted = { directory: 0 };
  const DB = new Proxy(env.DB, {
    get(target, key) {
      // The session (withSession) is the book's; only the plain binding is the directory read before it.
      if (key === 'prepare') counted.directory += 1;
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const bindings = { ...env, DB, TOKEN_CACHE_SECONDS: String(seconds) };
  const ask = async (method: string, path: string, token: string, body?: unknown) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await app.request(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) }, bindings);
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  /** A new token of the seller's, not yet read by any request (the seller's own was, with the suite's short lifetime). */
  const mint = async (owner: string, name: string, role = 'capture') => {
    const minted = await ask('POST', '/v1/tokens', owner, { name, role });
    if (minted.status !== 201) throw new Error(`token not minted: ${JSON.stringify(minted.body)}`);
    return { token: minted.body.token as string, id: minted.body.info.id as string };
  };
  return { counted, ask, mint };
}

const book1 = () => env.BOOK_1!;

describe('the token cache', () => {
  it('a token read once is served from the cache: the next request makes no directory query', async () => {
    const s = await sellerOn('0', 'Cached');
    const { counted, ask, mint } = cachedFor(60);
    const sam = await mint(s.token, 'Sam');
    const before = counted.directory;
    expect((await ask('GET', '/v1/me', sam.token)).status).toBe(200);
    expect(counted.directory - before).toBe(1);
    for (let i = 0; i < 3; i++) expect((await ask('GET', `/v1/orders/lookup?q=nothing-${i}`, sam.token)).status).toBe(200);
    expect(counted.directory - before).toBe(1);
  });

  it('a cached token revoked is refused with 401 at once, and its neighbour still works', async () => {
    const s = await sellerOn('0', 'Revoker');
    const { ask, mint } = cachedFor(60);
    const sam = await mint(s.token, 'Sam', 'packer');
    expect((await ask('GET', '/v1/me', sam.token)).body.token.name).toBe('Sam');
    expect((await ask('DELETE', `/v1/tokens/${sam.id}`, s.token)).status).toBe(204);
    const refused = await ask('GET', '/v1/me', sam.token);
    expect([refused.status, refused.body.error.code]).toEqual([401, 'unauthorized']);
    expect((await ask('GET', '/v1/me', s.token)).status).toBe(200);
  });

  it('a cached token whose role changed answers with the new role at once, in what it may do too', async () => {
    const s = await sellerOn('0', 'Promoter');
    const { ask, mint } = cachedFor(60);
    const { token: kim, id } = await mint(s.token, 'Kim', 'viewer');
    expect((await ask('GET', '/v1/me', kim)).body.token.role).toBe('viewer');
    const before = await ask('POST', '/v1/orders', kim, anOrder(s.channel));
    expect([before.status, before.body.error.scope]).toEqual([403, 'orders:capture']);

    expect((await ask('PATCH', `/v1/tokens/${id}`, s.token, { role: 'capture' })).status).toBe(200);
    expect((await ask('GET', '/v1/me', kim)).body.token.role).toBe('capture');
    const after = await ask('POST', '/v1/orders', kim, anOrder(s.channel));
    expect([after.status, after.body.results[0].outcome]).toEqual([200, 'created']);
  });

  it('a cached seller deleted has its tokens refused at once', async () => {
    const s = await sellerOn('0', 'Leaver');
    const { ask, mint } = cachedFor(60);
    const sam = await mint(s.token, 'Sam');
    expect((await ask('GET', '/v1/me', sam.token)).status).toBe(200);
    const code = (await ask('GET', `/v1/admin/sellers/${s.id}/deletion`, env.ADMIN_TOKEN)).body.confirmation;
    expect((await ask('DELETE', `/v1/admin/sellers/${s.id}?confirm=${code}`, env.ADMIN_TOKEN)).status).toBe(202);
    expect((await ask('GET', '/v1/me', sam.token)).status).toBe(401);
  });

  it('a cached seller moving is refused at once; the copy waits out the cache even without a drain, and writes land on the new book', async () => {
    const s = await sellerOn('0', 'Mover');
    const { ask, mint } = cachedFor(1);
    const { token } = await mint(s.token, 'Outbox');
    const kept = anOrder(s.channel);
    expect((await ask('POST', '/v1/orders', token, kept)).status).toBe(200);

    const started = await ask('POST', `/v1/admin/sellers/${s.id}/move`, env.ADMIN_TOKEN, { toShard: 1, drainSeconds: 0 });
    expect([started.status, started.body.phase]).toEqual([202, 'drain']);
    const refused = await ask('POST', '/v1/orders', token, anOrder(s.channel));
    expect([refused.status, refused.body.error.code]).toEqual([503, 'seller_moving']);
    // Another isolate may hold the token as not moving for up to a second: nothing is copied before then.
    const early = await ask('POST', `/v1/admin/sellers/${s.id}/move`, env.ADMIN_TOKEN, { toShard: 1 });
    expect([early.status, early.body.phase, early.body.copied]).toEqual([202, 'drain', 0]);

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const moved = await ask('POST', `/v1/admin/sellers/${s.id}/move`, env.ADMIN_TOKEN, { toShard: 1 });
    expect([moved.status, moved.body.phase]).toEqual([200, 'done']);
    const after = anOrder(s.channel);
    expect((await ask('POST', '/v1/orders', token, after)).body.results[0].outcome).toBe('created');
    const onBook = async (db: D1Database) =>
      (await db.prepare('SELECT external_id FROM orders WHERE seller_id = ? ORDER BY external_id').bind(s.id).all<{ external_id: string }>()).results.map((r) => r.external_id);
    expect(await onBook(book1())).toEqual([kept.externalId, after.externalId].sort());
    expect(await onBook(env.DB)).toEqual([]);
  });
});
