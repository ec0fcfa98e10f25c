/**
 * What other modules use of the order book: finding an order, and the
 * statements a move of theirs (a pick list, say) adds to its own batch.
 * Captures are capture-orders.ts; every status move is apply-move.ts.
 */
export { moveStatements } from './apply-move.js';
export { searchText } from './capture.js';
export { mergeGroupsOf } from './merge-orders.js';
export type { EventWrite } from './queries.js';
export { findOrder, getOrderDetail, insertEvents, setOrderStatus } from './queries.js';
