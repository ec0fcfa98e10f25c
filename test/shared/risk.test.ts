import { describe, expect, it } from 'vitest';
import { type ComponentStock, oversellRisk } from '../../shared/risk.js';

const mug = (over: Partial<ComponentStock> = {}): ComponentStock => ({
  sku: 'MUG',
  perUnit: 1,
  onHand: 10,
  reserved: 2,
  backordered: 0,
  buffer: 0,
  threshold: null,
  ...over,
});

describe('oversellRisk', () => {
  it('a single SKU may sell what is on hand and not reserved', () => {
    expect(oversellRisk([mug()], 8)).toEqual({
      level: 'ok',
      availableToSell: 8,
      sku: 'MUG',
      onHand: 10,
      reserved: 2,
      available: 8,
      backordered: 0,
      listed: 8,
      buffer: 0,
      threshold: null,
    });
  });

  it('a buffer holds units back and a 2-pack sells half of the rest, floored', () => {
    expect(oversellRisk([mug({ buffer: 1, perUnit: 2 })]).availableToSell).toBe(3);
  });

  it('a kit sells as many as its scarcest component allows, and explains with that component', () => {
    const risk = oversellRisk([mug(), { ...mug(), sku: 'LID', onHand: 3, reserved: 0, perUnit: 2 }], null);
    expect(risk).toMatchObject({ level: 'ok', availableToSell: 1, sku: 'LID', available: 3 });
  });

  it('open orders needing more than is on hand make the listing oversold', () => {
    expect(oversellRisk([mug({ reserved: 10, backordered: 3 })], 0)).toMatchObject({ level: 'oversold', availableToSell: 0, backordered: 3 });
  });

  it('a channel showing more than may be sold is at risk', () => {
    expect(oversellRisk([mug({ buffer: 2 })], 7)).toMatchObject({ level: 'at_risk', availableToSell: 6, listed: 7, buffer: 2 });
  });

  it('showing exactly what may be sold is not at risk', () => {
    expect(oversellRisk([mug({ buffer: 2 })], 6).level).toBe('ok');
  });

  it('available units under the threshold are low', () => {
    expect(oversellRisk([mug({ threshold: 9 })], null)).toMatchObject({ level: 'low', available: 8, threshold: 9 });
  });

  it('nothing left to sell is low even without a threshold', () => {
    expect(oversellRisk([mug({ reserved: 10 })], null)).toMatchObject({ level: 'low', availableToSell: 0 });
  });

  it('oversold outranks at risk, which outranks low', () => {
    expect(oversellRisk([mug({ reserved: 10, backordered: 1, threshold: 5 })], 4).level).toBe('oversold');
    expect(oversellRisk([mug({ threshold: 50 })], 9).level).toBe('at_risk');
  });

  it('reserved above on hand never shows negative availability', () => {
    expect(oversellRisk([mug({ onHand: 1, reserved: 3 })], null)).toMatchObject({ available: 0, availableToSell: 0, level: 'oversold' });
  });
});
