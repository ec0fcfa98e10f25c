import { describe, expect, it } from 'vitest';
import { fillStillMatters, listingsToSet, quantityAction, setAllWords } from '../../../../extension/content/features/set-quantity-rules.js';
import { listingRisk } from './listing-risk.js';

const risk = (availableToSell: number) => listingRisk(availableToSell, 'at_risk', 'MUG');

describe('the “Set to N” action of a listing', () => {
  it('offers what the listing can sell when the portal shows another number, either way', () => {
    expect(quantityAction(risk(6), 42, true)).toEqual({ kind: 'set', shown: 42, target: 6, hasField: true });
    expect(quantityAction(risk(60), 4, true)).toEqual({ kind: 'set', shown: 4, target: 60, hasField: true });
  });

  it('says so when the page has no field to fill', () => {
    expect(quantityAction(risk(6), 42, false)).toEqual({ kind: 'set', shown: 42, target: 6, hasField: false });
  });

  it('never touches a listing linked to no SKU, and offers nothing where the portal already shows what can be sold or shows no number', () => {
    expect(quantityAction(undefined, 42, true)).toEqual({ kind: 'unlinked' });
    expect(quantityAction(undefined, 42, true, { target: 6, before: 42, pending: true })).toEqual({ kind: 'unlinked' });
    expect(quantityAction(risk(6), 6, true)).toEqual({ kind: 'in_step', shown: 6 });
    expect(quantityAction(risk(6), undefined, true)).toEqual({ kind: 'unknown_shown' });
  });

  it('waits for the seller’s save while the filled field still holds the number', () => {
    expect(quantityAction(risk(6), 42, true, { target: 6, before: 42, pending: true })).toEqual({ kind: 'filled', target: 6 });
  });

  it('after the portal redrew the listing: saved when it shows the number, refused when it still shows the old one', () => {
    expect(quantityAction(risk(6), 6, true, { target: 6, before: 42, pending: false })).toEqual({ kind: 'saved', target: 6 });
    expect(quantityAction(risk(1500), 5, true, { target: 1500, before: 5, pending: false })).toEqual({ kind: 'refused', target: 1500, shown: 5 });
    expect(quantityAction(risk(6), undefined, true, { target: 6, before: undefined, pending: false })).toEqual({ kind: 'refused', target: 6, shown: undefined });
  });

  it('says why a fill could not be made', () => {
    expect(quantityAction(risk(6), 42, true, { target: 6, before: 42, pending: false, failed: 'No field.' })).toEqual({ kind: 'failed', target: 6, reason: 'No field.' });
  });

  it('forgets a fill once the portal shows a number the fill does not explain', () => {
    expect(fillStillMatters(9, { target: 6, before: 42, pending: false })).toBe(false);
    expect(fillStillMatters(42, { target: 6, before: 42, pending: false })).toBe(true);
    expect(fillStillMatters(9, { target: 6, before: 42, pending: true })).toBe(true);
  });
});

describe('the page-level action', () => {
  it('sets only the listings that differ and have a field, and counts them in its words', () => {
    const rows = [
      { id: 'a', action: quantityAction(risk(6), 42, true) },
      { id: 'b', action: quantityAction(risk(6), 42, false) },
      { id: 'c', action: quantityAction(undefined, 42, true) },
      { id: 'd', action: quantityAction(risk(3), 3, true) },
      { id: 'e', action: quantityAction(risk(0), 2, true) },
    ];
    expect(listingsToSet(rows).map((r) => r.id)).toEqual(['a', 'e']);
    expect(setAllWords(14)).toBe('Set 14 listings to what you can sell');
    expect(setAllWords(1)).toBe('Set 1 listing to what you can sell');
  });
});
