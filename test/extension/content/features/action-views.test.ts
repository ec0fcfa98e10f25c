import { describe, expect, it, vi } from 'vitest';

// The features' modules read the browser global when they load, so a fake one is in place first.
await vi.hoisted(async () => {
  (globalThis as Record<string, unknown>).chrome = (await import('@webext-core/fake-browser')).fakeBrowser;
});

import { setQuantityView } from '../../../../extension/content/features/set-quantity.js';
import { reconciliationLines } from '../../../../extension/pages/popup/page-reconciliation.js';

describe('what a set-quantity chip says', () => {
  it.each([
    {
      says: 'offers the number, and says where the field is not confirmed on a live page',
      state: { kind: 'set', shown: 18, target: 14, hasField: true },
      portal: 'shopify',
      view: {
        state: 'differs',
        tone: 'warn',
        words: 'Set to 14',
        details: "Shopify shows 18; you can sell 14. Fills Shopify's quantity field; you save with Shopify's own button. Finding Shopify's quantity field is not confirmed on a live page yet.",
        button: true,
      },
    },
    {
      says: 'points to the upload file where the portal offers no field',
      state: { kind: 'set', shown: 12, target: 9, hasField: false },
      portal: 'etsy',
      view: {
        state: 'no_field',
        tone: 'muted',
        words: 'No field here',
        details: 'Etsy shows 12; you can sell 9. Etsy offers no quantity field for this listing on this page: send the quantity with the upload file instead.',
      },
    },
  ] as const)('$says', ({ state, portal, view }) => {
    expect(setQuantityView(state, portal)).toEqual(view);
  });

  it('shows nothing for a listing linked to no SKU or already in step', () => {
    expect(setQuantityView({ kind: 'unlinked' }, 'amazon')).toBeUndefined();
    expect(setQuantityView({ kind: 'in_step', shown: 6 }, 'amazon')).toBeUndefined();
  });
});

describe('the popup’s counts for a page', () => {
  const zero = { ordersShown: 0, newToBook: 0, shippedInBook: 0, cancelledOnPortal: 0, listingsShown: 0, quantitiesDiffer: 0, notLinked: 0, known: true };

  it('words an orders page’s counts', () => {
    expect(reconciliationLines('walmart', { ...zero, pageKind: 'orders', ordersShown: 1, newToBook: 1, shippedInBook: 2, cancelledOnPortal: 0 })).toEqual([
      { code: 'orders', words: '1 order on this page' },
      { code: 'new-to-book', words: '1 order new to your book, captured now' },
      { code: 'shipped-in-book', words: '2 orders shipped in your book, not on Walmart' },
      { code: 'cancelled-on-portal', words: '0 orders cancelled on Walmart, stock freed in your book' },
    ]);
  });

  it('says nothing was compared when the book could not be asked', () => {
    expect(reconciliationLines('amazon', { ...zero, pageKind: 'listings', listingsShown: 3, known: false })).toEqual([
      { code: 'listings', words: '3 listings on this page' },
      { code: 'unknown', words: 'Your book could not be asked: nothing compared.' },
    ]);
  });
});
