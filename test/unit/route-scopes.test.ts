/**
 * The scope check's decisions, apart from HTTP: which declared operation a
 * request is, and whether a role may call it.
 */
import { describe, expect, it } from 'vitest';
import { refusal, type ScopedOperation, scopedOperations } from '../../worker/http/scopes.js';

const route = (method: string, path: string, security?: Array<Record<string, string[]>>) => ({ type: 'route' as const, route: { method, path, security, responses: {} } });

const operations = scopedOperations([
  route('get', '/v1/orders/lookup', [{ bearerAuth: ['orders:lookup'] }]),
  route('get', '/v1/orders/{id}', [{ bearerAuth: ['orders:lookup'] }]),
  route('put', '/v1/rules', [{ bearerAuth: ['rules:write'] }]),
  route('post', '/v1/refunds', [{ bearerAuth: [] }]),
  route('post', '/v1/admin/sellers', [{ adminAuth: [] }]),
  route('get', '/v1/exports/orders.csv', [{ bearerAuth: ['reports:read'] }]),
] as never);

const find = (method: string, path: string) => operations.find((o) => o.method === method && o.pattern.test(path));

describe('route scopes', () => {
  it('takes only bearer operations, in the order they were registered, with their declared scopes', () => {
    expect(operations.map((o) => [o.method, o.path, o.requirements])).toEqual([
      ['GET', '/v1/orders/lookup', [['orders:lookup']]],
      ['GET', '/v1/orders/{id}', [['orders:lookup']]],
      ['PUT', '/v1/rules', [['rules:write']]],
      ['POST', '/v1/refunds', [[]]],
      ['GET', '/v1/exports/orders.csv', [['reports:read']]],
    ]);
  });

  it('matches a path parameter to exactly one segment, and a dot only to a dot', () => {
    expect(find('GET', '/v1/orders/ord_1')?.path).toBe('/v1/orders/{id}');
    expect(find('GET', '/v1/orders/lookup')?.path).toBe('/v1/orders/lookup');
    expect(find('GET', '/v1/orders/ord_1/extra')).toBeUndefined();
    expect(find('GET', '/v1/exports/ordersXcsv')).toBeUndefined();
    expect(find('POST', '/v1/rules')).toBeUndefined();
  });

  it('refuses a packer on the rules naming rules:write, and lets a manager through', () => {
    const rules = find('PUT', '/v1/rules') as ScopedOperation;
    const refused = refusal('packer', rules);
    expect([refused?.status, refused?.code, refused?.details]).toEqual([403, 'forbidden', { scope: 'rules:write' }]);
    expect(refusal('manager', rules)).toBeUndefined();
  });

  it('keeps a route that declares no scope yet to owners', () => {
    const undeclared = find('POST', '/v1/refunds') as ScopedOperation;
    expect(refusal('owner', undeclared)).toBeUndefined();
    for (const role of ['manager', 'packer', 'viewer', 'capture'] as const) {
      expect(refusal(role, undeclared)?.message).toBe(`POST /v1/refunds declares no scope yet, so only an owner token may call it; this token's role is ${role}.`);
    }
  });
});
