import { describe, expect, it } from 'vitest';
import { canTransition, MOVE_NAMES, MOVES, type MoveName, moveEvents, ORDER_STATUSES, type OrderStatus, planMove } from '../../shared/status.js';

const paid = { paymentStatus: 'paid' as const };

describe('every move is declared once and agrees with the status model', () => {
  it('each named move only allows pairs TRANSITIONS allows (a shipment may add to a partially shipped order)', () => {
    for (const move of MOVE_NAMES.filter((m) => m !== 'transition')) {
      for (const status of ORDER_STATUSES) {
        for (const unitsLeftAfter of [0, 2]) {
          const plan = planMove(move, { status, ...paid, unitsLeftAfter });
          if (!plan.ok) continue;
          const selfShipment = move === 'ship' && plan.from === 'partially_shipped' && plan.to === 'partially_shipped';
          expect(selfShipment || canTransition(plan.from, plan.to), `${move}: ${plan.from} → ${plan.to}`).toBe(true);
        }
      }
    }
  });

  it('a free transition allows exactly what TRANSITIONS allows', () => {
    for (const from of ORDER_STATUSES) {
      for (const to of ORDER_STATUSES) {
        expect(planMove('transition', { status: from, ...paid, asked: to }).ok, `${from} → ${to}`).toBe(canTransition(from, to));
      }
    }
  });

  it('names where release and ship go from the facts', () => {
    expect(planMove('release', { status: 'on_hold', paymentStatus: 'pending' })).toEqual({ ok: true, from: 'on_hold', to: 'pending' });
    expect(planMove('release', { status: 'on_hold', ...paid })).toEqual({ ok: true, from: 'on_hold', to: 'ready' });
    expect(planMove('ship', { status: 'ready', ...paid, unitsLeftAfter: 1 })).toEqual({ ok: true, from: 'ready', to: 'partially_shipped' });
    expect(planMove('ship', { status: 'partially_shipped', ...paid, unitsLeftAfter: 0 })).toEqual({ ok: true, from: 'partially_shipped', to: 'shipped' });
  });

  it('refuses with the code and words a client can show', () => {
    expect(planMove('hold', { status: 'on_hold', ...paid })).toMatchObject({ ok: false, code: 'already_on_hold' });
    expect(planMove('release', { status: 'ready', ...paid })).toEqual({ ok: false, code: 'not_on_hold', message: 'The order is ready, not on hold.' });
    expect(planMove('deliver', { status: 'ready', ...paid })).toEqual({ ok: false, code: 'illegal_transition', message: 'An order that is ready cannot be delivered; only shipped orders can.' });
    expect(planMove('return', { status: 'partially_shipped', ...paid })).toMatchObject({ ok: false, message: expect.stringContaining('once the rest is shipped') });
    expect(planMove('ship', { status: 'unknown', ...paid })).toMatchObject({ ok: false, code: 'illegal_transition' });
    expect(planMove('transition', { status: 'cancelled', ...paid, asked: 'ready' })).toEqual({ ok: false, code: 'illegal_transition', message: 'An order that is cancelled cannot move to ready.' });
  });

  it('publishes the events its target implies, and no status change when the status stays', () => {
    const cases: Array<[MoveName, OrderStatus, OrderStatus, string[]]> = [
      ['cancel', 'ready', 'cancelled', ['order.status_changed', 'order.cancelled']],
      ['return', 'delivered', 'returned', ['order.status_changed', 'order.returned']],
      ['ship', 'partially_shipped', 'partially_shipped', ['order.shipped']],
      ['ship', 'ready', 'shipped', ['order.status_changed', 'order.shipped']],
      ['transition', 'ready', 'shipped', ['order.status_changed', 'order.shipped']],
      ['transition', 'ready', 'on_hold', ['order.status_changed']],
      ['deliver', 'shipped', 'delivered', ['order.status_changed']],
    ];
    for (const [move, from, to, events] of cases) expect(moveEvents(move, from, to), `${move} ${from} → ${to}`).toEqual(events);
  });

  it('declares a stock effect for every move', () => {
    expect(Object.keys(MOVES).sort()).toEqual([...MOVE_NAMES].sort());
    expect(MOVES.cancel.stock).toBe('release_all');
    expect(MOVES.ship.stock).toBe('ship_lines');
  });
});
