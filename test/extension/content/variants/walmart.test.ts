// @vitest-environment happy-dom
import { proveNeverWrong } from './prove-never-wrong.js';

proveNeverWrong('walmart', [
  ['orders.html', 'https://seller.walmart.com/orders/manage-orders?orderGroups=Unshipped&page=2'],
  ['order.html', 'https://seller.walmart.com/orders/manage-orders?poNumber=1234567890124'],
  ['orders-grid.html', 'https://seller.walmart.com/orders/manage-orders?orderGroups=Unshipped'],
  ['orders-table.html', 'https://seller.walmart.com/orders/manage-orders?orderGroups=All&poNumber=1234567890202'],
  ['details-legacy.html', 'https://seller.walmart.com/order-management/details?orderId=200012345670002&poNumber=1234567890202'],
  ['details-legacy-partial.html', 'https://seller.walmart.com/order-management/details?poNumber=1234567890203'],
  ['items.html', 'https://seller.walmart.com/items-and-inventory/manage-items'],
]);
