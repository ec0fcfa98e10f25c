// @vitest-environment happy-dom
import { proveNeverWrong } from './prove-never-wrong.js';

// The older card pages (orders.html, order.html) are left out: they print no item count, so an item
// not yet drawn cannot be told from no item there. The live rows print one ("3 items") and are checked.
proveNeverWrong('etsy', [
  ['orders-live.html', 'https://www.etsy.com/your/orders/sold/new'],
  ['orders-live-de.html', 'https://www.etsy.com/your/orders/sold/40213377'],
  ['order-live.html', 'https://www.etsy.com/your/orders/sold/new?order_id=4172259916'],
  ['order-live-de.html', 'https://www.etsy.com/your/orders/sold/40213377?order_id=4188812035'],
  ['listings.html', 'https://www.etsy.com/your/shops/me/tools/listings'],
]);
