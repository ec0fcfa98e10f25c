// @vitest-environment happy-dom
import { proveNeverWrong } from './prove-never-wrong.js';

proveNeverWrong('amazon', [
  ['orders.html', 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=2'],
  ['orders-de.html', 'https://sellercentral.amazon.de/orders-v3'],
  ['orders-live.html', 'https://sellercentral.amazon.com/orders-v3'],
  ['orders-live-de.html', 'https://sellercentral.amazon.de/orders-v3'],
  ['order.html', 'https://sellercentral.amazon.com/orders-v3/order/113-4567890-1234567'],
  ['order-live.html', 'https://sellercentral.amazon.com/orders-v3/order/113-1000001-2000001'],
  ['order-live-labels.html', 'https://sellercentral.amazon.com/orders-v3/order/113-1000002-2000002'],
  ['inventory.html', 'https://sellercentral.amazon.com/myinventory/inventory'],
]);
