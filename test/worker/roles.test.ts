/**
 * A team: tokens for people with roles, each route refusing (403 naming the
 * scope) a role without what it declares, no token raising itself, and
 * every history event and ledger entry naming who made it.
 */
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLE_SCOPES, ROLES, type Role } from '../../shared/roles.js';
import type { Method } from './api-types.js';
import { anOrder, call, newSeller, rowCount, type TestSeller } from './helpers.js';
import { list, stock } from './inventory-helpers.js';

/** Mints a token for `name` with `role`, as the seller's owner. */
async function mint(s: TestSeller, name: string, role: Role): Promise<{ token: string; id: string }> {
  const res = await call('POST', '/v1/tokens', { token: s.token, body: { name, role } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.body.info).toMatchObject({ name, role });
  return { token: res.body.token, id: res.body.info.id };
}

const roleOf = async (s: TestSeller, id: string) => (await call('GET', '/v1/tokens', { token: s.token })).body.tokens.find((t) => t.id === id)?.role;

describe('roles and scopes', () => {
  let s: TestSeller;
  let team: Record<Role, string>;

  beforeAll(async () => {
    s = await newSeller('Team Goods');
    team = { owner: s.token } as Record<Role, string>;
    for (const role of ROLES.filter((r) => r !== 'owner')) team[role] = (await mint(s, `${role} person`, role)).token;
  });

  it('a packer token is refused on the rules with 403 naming rules:write, and the rules are unchanged', async () => {
    const before = await call('GET', '/v1/rules', { token: s.token });
    const res = await call('PUT', '/v1/rules', { token: team.packer, body: { rules: [] } });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'forbidden', scope: 'rules:write' });
    expect(res.body.error.message).toBe("PUT /v1/rules needs scope rules:write, which a packer token does not have; ask the seller's owner for a token with it.");
    expect((await call('GET', '/v1/rules', { token: s.token })).body).toEqual(before.body);
  });

  it('every operation answers each role as the scope it declares says: 403 naming the scope, or on to the route', { timeout: 120_000 }, async () => {
    const doc = await call('GET', '/openapi.json');
    const ops = Object.entries(doc.body.paths as Record<string, Record<string, { security?: Array<Record<string, string[]>> }>>).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).flatMap(([method, o]) => {
        const needed = o.security?.find((r) => 'bearerAuth' in r)?.bearerAuth;
        return needed ? [{ method: method.toUpperCase() as Method, path, scope: needed[0]! }] : [];
      }),
    );
    expect(ops.length).toBeGreaterThan(70);
    const wrong: string[] = [];
    let refusals = 0;
    for (const op of ops) {
      for (const role of ROLES) {
        const res = await call(op.method, op.path.replace(/\{[^}]+\}/g, 'nope'), { token: team[role] });
        const allowed = (ROLE_SCOPES[role] as readonly string[]).includes(op.scope);
        if (!allowed) refusals += 1;
        const right = allowed ? res.status !== 403 : res.status === 403 && res.body.error.scope === op.scope;
        if (!right) wrong.push(`${role} ${op.method} ${op.path} (${op.scope}): ${res.status} ${JSON.stringify(res.body?.error?.scope)}`);
      }
    }
    expect(wrong).toEqual([]);
    // Owners are never refused; the other four roles are refused somewhere.
    expect(refusals).toBeGreaterThan(100);
  });

  it('the roles read as the issue gives them', () => {
    expect(ROLE_SCOPES.packer).toEqual(expect.arrayContaining(['fulfillment:read', 'fulfillment:write', 'orders:lookup']));
    expect(ROLE_SCOPES.packer).not.toContain('rules:write');
    expect(ROLE_SCOPES.manager).toEqual(expect.arrayContaining(['orders:write', 'stock:write', 'rules:write', 'imports:write']));
    expect(ROLE_SCOPES.manager).not.toContain('privacy:write');
    expect(ROLE_SCOPES.viewer.every((scope) => scope.endsWith(':read') || scope.endsWith(':lookup'))).toBe(true);
    expect([...ROLE_SCOPES.capture].sort()).toEqual(['account:read', 'channels:read', 'channels:write', 'observations:write', 'orders:capture', 'orders:lookup', 'portal-packs:read', 'stock:lookup']);
  });

  it('GET /v1/me answers the token’s name, role and scopes', async () => {
    const me = await call('GET', '/v1/me', { token: team.packer });
    expect(me.status).toBe(200);
    expect(me.body.seller.name).toBe('Team Goods');
    expect(me.body.token).toMatchObject({ name: 'packer person', role: 'packer', scopes: [...ROLE_SCOPES.packer] });
    expect((await call('GET', '/v1/me', { token: s.token })).body.token).toMatchObject({ name: 'owner', role: 'owner' });
  });
});

describe('handing out roles', () => {
  it('a token minted without a role is the extension’s capture token', async () => {
    const s = await newSeller();
    const res = await call('POST', '/v1/tokens', { token: s.token, body: { name: 'laptop extension' } });
    expect(res.status).toBe(201);
    expect(res.body.info.role).toBe('capture');
  });

  it('a role name that does not exist is 400 naming role, and no token is made', async () => {
    const s = await newSeller();
    const before = await rowCount('api_tokens', s.id);
    const res = await call('POST', '/v1/tokens', { token: s.token, body: { name: 'Sam', role: 'admin' } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i) => i.path)).toEqual(['role']);
    expect(await rowCount('api_tokens', s.id)).toBe(before);
    const { id } = await mint(s, 'Sam', 'packer');
    const change = await call('PATCH', `/v1/tokens/${id}`, { token: s.token, body: { role: 'superuser' } as never });
    expect(change.status).toBe(400);
    expect(change.body.error.issues.map((i) => i.path)).toEqual(['role']);
    expect(await roleOf(s, id)).toBe('packer');
  });

  it('a token cannot raise its own role: 403 naming role, the role unchanged', async () => {
    const s = await newSeller();
    const manager = await mint(s, 'Mia', 'manager');
    const res = await call('PATCH', `/v1/tokens/${manager.id}`, { token: manager.token, body: { role: 'owner' } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(res.body.error.issues).toEqual([{ path: 'role', message: 'A token cannot change its own role; ask the seller’s owner.' }]);
    expect(await roleOf(s, manager.id)).toBe('manager');
    // A packer has no tokens:write at all: refused on the scope before the role is looked at.
    const packer = await mint(s, 'Sam', 'packer');
    const own = await call('PATCH', `/v1/tokens/${packer.id}`, { token: packer.token, body: { role: 'owner' } });
    expect(own.status).toBe(403);
    expect(own.body.error.scope).toBe('tokens:write');
    expect(await roleOf(s, packer.id)).toBe('packer');
  });

  it('a manager mints and changes roles at or below its own, never above', async () => {
    const s = await newSeller();
    const manager = await mint(s, 'Mia', 'manager');
    const before = await rowCount('api_tokens', s.id);
    const owner = await call('POST', '/v1/tokens', { token: manager.token, body: { name: 'Mallory', role: 'owner' } });
    expect(owner.status).toBe(403);
    expect(owner.body.error.issues.map((i) => i.path)).toEqual(['role']);
    expect(await rowCount('api_tokens', s.id)).toBe(before);

    const packer = await call('POST', '/v1/tokens', { token: manager.token, body: { name: 'Sam', role: 'packer' } });
    expect(packer.status).toBe(201);
    const toViewer = await call('PATCH', `/v1/tokens/${packer.body.info.id}`, { token: manager.token, body: { role: 'viewer' } });
    expect(toViewer.status).toBe(200);
    expect(toViewer.body.token).toMatchObject({ id: packer.body.info.id, name: 'Sam', role: 'viewer' });
    const toOwner = await call('PATCH', `/v1/tokens/${packer.body.info.id}`, { token: manager.token, body: { role: 'owner' } });
    expect(toOwner.status).toBe(403);
    expect(toOwner.body.error.issues.map((i) => i.path)).toEqual(['role']);
    expect(await roleOf(s, packer.body.info.id)).toBe('viewer');

    // The owner's token is above a manager's: neither changed nor revoked by it.
    const ownerId = (await call('GET', '/v1/me', { token: s.token })).body.token.id;
    expect((await call('PATCH', `/v1/tokens/${ownerId}`, { token: manager.token, body: { role: 'viewer' } })).status).toBe(403);
    const revoke = await call('DELETE', `/v1/tokens/${ownerId}`, { token: manager.token });
    expect(revoke.status).toBe(403);
    expect(revoke.body.error.issues.map((i) => i.path)).toEqual(['id']);
    expect((await call('GET', '/v1/me', { token: s.token })).status).toBe(200);
  });

  it('an owner changes a role and the token is held to it on its next request', async () => {
    const s = await newSeller();
    const sam = await mint(s, 'Sam', 'manager');
    expect((await call('GET', '/v1/rules', { token: sam.token })).status).toBe(200);
    expect((await call('PATCH', `/v1/tokens/${sam.id}`, { token: s.token, body: { role: 'capture' } })).status).toBe(200);
    const refused = await call('GET', '/v1/rules', { token: sam.token });
    expect(refused.status).toBe(403);
    expect(refused.body.error.scope).toBe('rules:read');
  });
});

describe('who made each change', () => {
  it('history events and ledger entries name the token’s person beside the source', async () => {
    const s = await newSeller();
    await stock(s, { MUG: 10 });
    await list(s, s.channels.amazon, 'AMZ-MUG', [['MUG', 1]]);
    const capture = await mint(s, 'Kim’s browser', 'capture');
    const packer = await mint(s, 'Sam', 'packer');
    const manager = await mint(s, 'Mia', 'manager');

    const order = anOrder(s.channels.amazon, { lines: [{ sku: 'AMZ-MUG', title: 'Mug', quantity: 2, unitPrice: 1299 }], total: 2598 });
    const captured = await call('POST', '/v1/orders', { token: capture.token, body: order, headers: { 'X-Orderlens-Source': 'extension' } });
    expect(captured.status, JSON.stringify(captured.body)).toBe(200);
    const id: string = captured.body.results[0]!.id;
    const lineId = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.lines[0]!.id;
    const shipped = await call('POST', `/v1/orders/${id}/shipments`, { token: packer.token, body: { carrier: 'UPS', trackingNumber: '1Z1', lines: [{ lineId, quantity: 2 }] } });
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
    const adjusted = await call('POST', '/v1/inventory/adjustments', { token: manager.token, body: [{ sku: 'MUG', delta: -1, reason: 'broken' }] });
    expect(adjusted.status, JSON.stringify(adjusted.body)).toBe(200);

    const events = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.events;
    expect(events.map((e) => [e.kind, e.source, e.actor])).toEqual([
      ['captured', 'extension', 'Kim’s browser'],
      ['shipment', 'api', 'Sam'],
    ]);
    const ledger = await call('GET', '/v1/inventory/MUG/ledger', { token: s.token });
    // Newest first, and entries of one write share a time: compared as a set.
    expect(ledger.body.entries.map((e) => [e.reason, e.source, e.actor]).sort()).toEqual(
      [
        ['set', 'api', 'owner'],
        ['reserved', 'extension', 'Kim’s browser'],
        ['shipped', 'api', 'Sam'],
        ['adjustment', 'api', 'Mia'],
      ].sort(),
    );
  });

  it('events older than actors read as unknown (null), not as anyone', async () => {
    const s = await newSeller();
    const captured = await call('POST', '/v1/orders', { token: s.token, body: anOrder(s.channels.amazon) });
    const id: string = captured.body.results[0]!.id;
    await env.DB.prepare('UPDATE order_events SET actor = NULL WHERE order_id = ?').bind(id).run();
    const events = (await call('GET', `/v1/orders/${id}`, { token: s.token })).body.order.events;
    expect(events.map((e) => [e.kind, e.actor])).toEqual([['captured', null]]);
  });
});
