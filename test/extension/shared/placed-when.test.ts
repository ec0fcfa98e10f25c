/** How the extension's pages say when an order was placed: a day read alone is that day, never a time. */
import { describe, expect, it } from 'vitest';
import { placedWhen, when } from '../../../extension/shared/words.js';

describe('placedWhen', () => {
  it('says a day-only placed time as the day it names, with no time', () => {
    expect(placedWhen({ placedAt: '2026-09-18T00:00:00.000Z', placedAtPrecision: 'day' })).toBe('Sep 18, 2026');
  });

  it('says a known time, or one captured before precision was recorded, with its time as before', () => {
    for (const placedAtPrecision of ['time', null] as const) {
      expect(placedWhen({ placedAt: '2026-09-18T12:31:00.000Z', placedAtPrecision })).toBe(when('2026-09-18T12:31:00.000Z'));
    }
  });

  it('shows a placed value it cannot read as it is', () => {
    expect(placedWhen({ placedAt: 'not a time', placedAtPrecision: 'day' })).toBe('not a time');
  });
});
