// @vitest-environment happy-dom
import { proveNeverWrong } from './prove-never-wrong.js';

proveNeverWrong('ebay', [
  ['orders.html', 'https://www.ebay.co.uk/sh/ord/?filter=status:AWAITING_SHIPMENT'],
  ['orders-grid.html', 'https://www.ebay.co.uk/sh/ord/?filter=status:ALL_ORDERS'],
  ['orders-grid-de.html', 'https://www.ebay.de/sh/ord/?filter=status:AWAITING_SHIPMENT&page=2'],
  ['order.html', 'https://www.ebay.co.uk/sh/ord/details?orderid=12-34567-89012'],
  ['order-mesh.html', 'https://www.ebay.co.uk/mesh/ord/details?orderid=07-11223-44556'],
  ['order-mesh-de.html', 'https://www.ebay.de/mesh/ord/details?orderid=21-09876-54321'],
  ['order-mesh-us.html', 'https://www.ebay.com/mesh/ord/details?orderid=14-05512-33987'],
  ['listings.html', 'https://www.ebay.com/sh/lst/active'],
]);
