import { describe, expect, it } from 'vitest';
import { sentMemory } from '../../../../extension/content/core/sent-memory.js';

describe('what a page already sent', () => {
  it('offers everything the first time, nothing unchanged afterwards, and only what changed', () => {
    const memory = sentMemory<{ id: string; status: string }>((o) => o.id);
    const page = [
      { id: 'a', status: 'Unshipped' },
      { id: 'b', status: 'Unshipped' },
    ];
    expect(memory.changed(page)).toEqual(page);
    memory.noteSent(page);
    expect(memory.changed(page)).toEqual([]);
    expect(
      memory.changed([
        { id: 'a', status: 'Shipped' },
        { id: 'b', status: 'Unshipped' },
        { id: 'c', status: 'Pending' },
      ]),
    ).toEqual([
      { id: 'a', status: 'Shipped' },
      { id: 'c', status: 'Pending' },
    ]);
  });

  it('offers again what was never noted as sent (the background did not take it)', () => {
    const memory = sentMemory<{ id: string }>((o) => o.id);
    expect(memory.changed([{ id: 'a' }])).toEqual([{ id: 'a' }]);
    expect(memory.changed([{ id: 'a' }])).toEqual([{ id: 'a' }]);
  });

  it('counts an item listed twice on one page once, as its last showing', () => {
    const memory = sentMemory<{ id: string; n: number }>((o) => o.id);
    expect(
      memory.changed([
        { id: 'a', n: 1 },
        { id: 'a', n: 2 },
      ]),
    ).toEqual([{ id: 'a', n: 2 }]);
  });
});
