import { describe, expect, it } from 'vitest';
import { call } from './helpers.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** Every operation of the served document, with where it is. */
async function operations(): Promise<Array<{ where: string; op: any }>> {
  const doc = (await call('GET', '/openapi.json')).body;
  return Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ where: `${method.toUpperCase()} ${path}`, op })),
  );
}

describe('the OpenAPI document as generators read it', () => {
  it('gives every operation a unique verb-and-resource operationId', async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(60);
    const missing = ops.filter((o) => typeof o.op.operationId !== 'string').map((o) => o.where);
    expect(missing).toEqual([]);
    const ids = ops.map((o) => o.op.operationId as string);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z]+[A-Z][A-Za-z]*$/);
    const byWhere = Object.fromEntries(ops.map((o) => [o.where, o.op.operationId]));
    expect(byWhere['GET /v1/orders']).toBe('listOrders');
    expect(byWhere['POST /v1/orders']).toBe('captureOrders');
    expect(byWhere['PUT /v1/inventory/{sku}']).toBe('setStockLevel');
    expect(byWhere['POST /v1/orders/{id}/transitions']).toBe('transitionOrder');
  });

  it('tags every operation with a tag the document describes', async () => {
    const doc = (await call('GET', '/openapi.json')).body;
    const described = new Set((doc.tags as Array<{ name: string; description: string }>).map((t) => t.name));
    for (const { where, op } of await operations()) {
      expect(op.tags, where).toHaveLength(1);
      expect(described.has(op.tags[0]), `${where} tag ${op.tags[0]}`).toBe(true);
    }
  });

  it('declares who may call what: bearer tokens, the admin token and Shopify’s HMAC header', async () => {
    const doc = (await call('GET', '/openapi.json')).body;
    expect(doc.components.securitySchemes.shopifyHmac).toEqual({
      type: 'apiKey',
      in: 'header',
      name: 'X-Shopify-Hmac-Sha256',
      description: 'Base64 HMAC-SHA256 of the raw body with the channel’s `webhookSecret`, as Shopify signs its webhooks.',
    });
    expect(doc.paths['/v1/hooks/shopify/{channelId}'].post.security).toEqual([{ shopifyHmac: [] }]);
    const schemes = new Set(Object.keys(doc.components.securitySchemes));
    for (const { where, op } of await operations()) {
      expect(op.security, where).toBeDefined();
      for (const requirement of op.security) for (const name of Object.keys(requirement)) expect(schemes.has(name), `${where} ${name}`).toBe(true);
    }
    expect(doc.info.license.name).toBe('UNLICENSED (proprietary)');
    expect(doc.info.contact.email).toBe('support@orderlens.example');
  });

  it('declares the Request-Id and RateLimit headers on every JSON answer', async () => {
    const doc = (await call('GET', '/openapi.json')).body;
    expect(Object.keys(doc.components.headers).sort()).toEqual(['RateLimit', 'RateLimitPolicy', 'RequestId']);
    for (const { where, op } of await operations()) {
      for (const [status, answer] of Object.entries(op.responses as Record<string, any>)) {
        if (!answer.content?.['application/json']) continue;
        expect(answer.headers?.['Request-Id'], `${where} ${status}`).toEqual({ $ref: '#/components/headers/RequestId' });
      }
    }
  });

  it('shows an example capture and the order it answers', async () => {
    const doc = (await call('GET', '/openapi.json')).body;
    const capture = doc.paths['/v1/orders'].post;
    expect(capture.requestBody.content['application/json'].example.channelId).toBe('chn_01J9Z3AMAZON');
    expect(doc.paths['/v1/orders/{id}'].get.responses['200'].content['application/json'].example.order.status).toBe('ready');
  });
});
