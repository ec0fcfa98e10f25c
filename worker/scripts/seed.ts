/**
 * The demo seller `npm start` creates once: a channel per marketplace and a
 * few dozen realistic orders across them, captured through the public API
 * like any client would. Its token is remembered in .wrangler/ so later
 * starts reuse it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { OrderInput } from '../../shared/schemas/order.js';
import type { ChannelKind, OrderStatus } from '../../shared/status.js';

/** What the demo seller is. */
export interface DemoSeller {
  sellerId: string;
  sellerName: string;
  token: string;
  orders: number;
}

const SELLER_NAME = 'Demo Outfitters';
const KINDS = ['amazon', 'ebay', 'etsy', 'shopify', 'walmart'] as const satisfies readonly ChannelKind[];
/** The demo catalogue: stock chosen so some SKUs run low and one is oversold by the demo orders. */
const PRODUCTS = [
  { sku: 'MUG-BLUE-11', title: 'Blue ceramic mug 11oz', price: 1499, onHand: 40 },
  { sku: 'MUG-RED-11', title: 'Red ceramic mug 11oz', price: 1499, onHand: 6 },
  { sku: 'TEE-BLK-M', title: 'Black tee, M', price: 2200, onHand: 25 },
  { sku: 'TEE-BLK-L', title: 'Black tee, L', price: 2200, onHand: 3 },
  { sku: 'CANDLE-CEDAR', title: 'Cedar soy candle', price: 1850, onHand: 30 },
  { sku: 'POSTER-A3-MAP', title: 'Map poster A3', price: 2500, onHand: 12 },
];
const BUYERS = ['Jane Doe', 'Oliver Smith', 'Amara Okafor', 'Lukas Müller', 'Mei Tanaka', 'Sofia García', 'Noah Williams', 'Chloé Martin'];
const STATUSES: OrderStatus[] = ['ready', 'ready', 'ready', 'pending', 'in_progress', 'shipped', 'shipped', 'delivered', 'cancelled'];

/** A marketplace-looking order number for a channel kind. */
function orderNumber(kind: ChannelKind, n: number): string {
  const d = (len: number, seed: number) => String(Math.abs(Math.imul(seed + 1, 2654435761)) % 10 ** len).padStart(len, '0');
  switch (kind) {
    case 'amazon':
      return `113-${d(7, n)}-${d(7, n * 7)}`;
    case 'ebay':
      return `12-${d(5, n)}-${d(5, n * 3)}`;
    case 'etsy':
      return `31${d(8, n)}`;
    case 'shopify':
      return `#${1001 + n}`;
    default:
      return `10${d(11, n)}`;
  }
}

async function api<T>(base: string, token: string, method: string, pathname: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${pathname}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${pathname} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The demo orders for the given channels, deterministic. */
export function demoOrders(channels: ReadonlyArray<{ id: string; kind: ChannelKind }>, now = new Date()): OrderInput[] {
  const orders: OrderInput[] = [];
  let n = 0;
  for (const channel of channels) {
    for (let i = 0; i < 8; i++, n++) {
      const status = STATUSES[n % STATUSES.length]!;
      const lines = [PRODUCTS[n % PRODUCTS.length]!, ...(n % 3 === 0 ? [PRODUCTS[(n + 2) % PRODUCTS.length]!] : [])].map((p, j) => ({
        sku: p.sku,
        title: p.title,
        quantity: 1 + ((n + j) % 2),
        unitPrice: p.price,
      }));
      const placed = new Date(now.getTime() - (n * 7 + 3) * 3600_000);
      orders.push({
        channelId: channel.id,
        externalId: orderNumber(channel.kind, n),
        status,
        placedAt: placed.toISOString(),
        updatedAt: placed.toISOString(),
        currency: channel.kind === 'etsy' && i % 4 === 0 ? 'EUR' : 'USD',
        total: lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0) + 499,
        buyer: {
          name: BUYERS[n % BUYERS.length]!,
          email: `${BUYERS[n % BUYERS.length]!.split(' ')[0]!
            .normalize('NFD')
            .replace(/[^a-zA-Z]/g, '')
            .toLowerCase()}${n}@example.com`,
        },
        serviceLevel: n % 5 === 0 ? 'NextDay' : n % 4 === 0 ? 'Expedited' : 'Standard',
        shipBy: new Date(placed.getTime() + 48 * 3600_000).toISOString(),
        paymentStatus: status === 'pending' ? 'pending' : 'paid',
        lines,
        shipTo: { name: BUYERS[n % BUYERS.length]!, line1: `${10 + n} Market Street`, city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
      });
    }
  }
  return orders;
}

/** Creates the demo seller on the worker at `base` unless a saved one still works. */
export async function seedDemo(base: string, adminToken: string, stateFile: string): Promise<DemoSeller> {
  if (existsSync(stateFile)) {
    const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as DemoSeller;
    const me = await fetch(`${base}/v1/me`, { headers: { Authorization: `Bearer ${saved.token}` } });
    if (me.ok) return saved;
  }
  console.log('→ Seeding the demo seller');
  const created = await fetch(`${base}/v1/admin/sellers`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: SELLER_NAME }),
  });
  if (created.status !== 201) throw new Error(`could not create the demo seller: ${created.status} ${await created.text()}`);
  const { seller, token } = (await created.json()) as { seller: { id: string }; token: string };
  const channels = [];
  for (const kind of KINDS) {
    const { channel } = await api<{ channel: { id: string; kind: ChannelKind } }>(base, token, 'POST', '/v1/channels', {
      kind,
      name: `${kind[0]!.toUpperCase()}${kind.slice(1)} store`,
    });
    channels.push(channel);
  }
  // Stock first, so the demo orders reserve it as they come in; each channel lists every SKU under its own code.
  for (const p of PRODUCTS) {
    await api(base, token, 'POST', '/v1/skus', { sku: p.sku, title: p.title, lowStockThreshold: 5 });
    await api(base, token, 'PUT', `/v1/inventory/${encodeURIComponent(p.sku)}`, { onHand: p.onHand, note: 'demo stock' });
    for (const channel of channels) {
      await api(base, token, 'PUT', '/v1/listings', { channelId: channel.id, channelSku: p.sku, components: [{ sku: p.sku, quantity: 1 }] });
    }
  }
  const orders = demoOrders(channels);
  await api(base, token, 'POST', '/v1/orders', { orders });
  const demo: DemoSeller = { sellerId: seller.id, sellerName: SELLER_NAME, token, orders: orders.length };
  mkdirSync(path.dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify(demo, null, 2));
  return demo;
}
