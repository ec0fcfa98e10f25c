/** Which book database a new seller goes to (modules/accounts/rules.ts); which are bound and open is in test/worker/seller-books.test.ts. */
import { describe, expect, it } from 'vitest';
import { chooseBook } from '../../worker/modules/accounts/rules.js';

describe('choosing a new seller’s book', () => {
  it('a new seller goes to the open book with the fewest sellers, the lowest on a tie', () => {
    expect(chooseBook([0, 1, 2], new Map())).toBe(0);
    expect(chooseBook([0, 1, 2], new Map([[0, 3]]))).toBe(1);
    expect(
      chooseBook(
        [0, 1, 2],
        new Map([
          [0, 3],
          [1, 2],
          [2, 2],
        ]),
      ),
    ).toBe(1);
    expect(
      chooseBook(
        [1, 2],
        new Map([
          [0, 0],
          [1, 5],
          [2, 4],
        ]),
      ),
    ).toBe(2);
  });
});
