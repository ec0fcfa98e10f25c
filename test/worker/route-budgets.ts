/**
 * How long each API operation may take to answer against a book of 100,000
 * orders, run locally (workerd and a local D1, on a busy two-core machine
 * where a 50 ms read can take 300 ms when other work lands on it):
 * test/worker/route-budgets.test.ts holds every operation to it, and
 * docs/route-budgets.md explains the figures. A route that needs more is
 * doing work that grows with the book or the upload: fix the route (an
 * index, a bounded page), not its figure here.
 */

/** Milliseconds any operation not named below may take. */
export const DEFAULT_BUDGET_MS = 600;

/** Bounded writes larger than one order's: a batch of 20 orders captured, with customers and reservations. */
export const LARGER_WRITES_MS: Readonly<Record<string, number>> = {
  captureOrders: 1500,
};

/** Reports read daily rollups (and the few days written since), never the window's orders: held well under the default. */
export const ROLLED_UP_READS_MS: Readonly<Record<string, number>> = {
  getSalesReport: 150,
  getFulfillmentReport: 150,
};

/** The budget of `operationId`. */
export const budgetOf = (operationId: string): number => LARGER_WRITES_MS[operationId] ?? ROLLED_UP_READS_MS[operationId] ?? DEFAULT_BUDGET_MS;
