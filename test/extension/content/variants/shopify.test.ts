// @vitest-environment happy-dom
import { proveNeverWrong } from './prove-never-wrong.js';

proveNeverWrong('shopify', [
  ['orders.html', 'https://admin.shopify.com/store/acme-goods/orders'],
  ['orders-aria.html', 'https://admin.shopify.com/store/acme-goods/orders'],
  ['orders-aria-de.html', 'https://admin.shopify.com/store/kaffee-koenig/orders'],
  ['orders-condensed.html', 'https://admin.shopify.com/store/acme-goods/orders'],
  ['orders-condensed-de.html', 'https://kaffee-koenig.myshopify.com/admin/orders'],
  ['orders-selectable.html', 'https://admin.shopify.com/store/tea-and-tin/orders'],
  ['orders-selectable-headless.html', 'https://admin.shopify.com/store/tea-and-tin/orders'],
  ['order.html', 'https://admin.shopify.com/store/acme-goods/orders/6012345678901'],
  ['order-live.html', 'https://admin.shopify.com/store/acme-goods/orders/6012345678931'],
  ['order-live-de.html', 'https://kaffee-koenig.myshopify.com/admin/orders/5512345678941'],
  ['listings.html', 'https://admin.shopify.com/store/acme-goods/products/inventory'],
  ['inventory-aria.html', 'https://admin.shopify.com/store/acme-goods/products/inventory'],
  ['inventory-condensed-de.html', 'https://kaffee-koenig.myshopify.com/admin/products/inventory'],
]);
