/**
 * What other modules use of the order book: finding an order, and the
 * status and history statements a move of theirs (a pick list, say) adds to
 * its own batch. Captures, moves and holds are capture-orders.ts,
 * order-moves.ts, order-holds.ts and transition-order.ts.
 */
export { findOrder, insertEvents, setOrderStatus } from './queries.js';
