// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FILLED_MARK, fillField, offersField, openedField } from '../../../../extension/content/core/fill-field.js';

/** A field that, like React's, tracks its own writes and takes a value from an `input` event only when it differs. */
function controlledField(initial: string): { input: HTMLInputElement; state: () => string; events: string[] } {
  const input = document.createElement('input');
  const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  let tracked = initial;
  let state = initial;
  const events: string[] = [];
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => native.get!.call(input),
    set: (v: string) => {
      tracked = v;
      native.set!.call(input, v);
    },
  });
  input.value = initial;
  input.addEventListener('input', () => {
    events.push('input');
    const now = native.get!.call(input) as string;
    if (now !== tracked) state = tracked = now;
  });
  input.addEventListener('change', () => events.push('change'));
  document.body.append(input);
  return { input, state: () => state, events };
}

describe('filling a portal’s field', () => {
  it('reaches a framework-controlled field’s state, where a bare assignment does not', () => {
    const bare = controlledField('42');
    bare.input.value = '6';
    bare.input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(bare.state()).toBe('42');

    const filled = controlledField('42');
    expect(fillField(filled.input, '6')).toBe(true);
    expect(filled.state()).toBe('6');
    expect(filled.events).toEqual(['input', 'change']);
    expect(filled.input.getAttribute(FILLED_MARK)).toBe('6');
  });

  it('says so when the field would not hold the value', () => {
    const select = document.createElement('select');
    select.innerHTML = '<option value="UPS">UPS</option>';
    document.body.append(select);
    expect(fillField(select, 'Pigeon post')).toBe(false);
    expect(select.hasAttribute(FILLED_MARK)).toBe(false);
  });

  it('opens an inline editor with its button and fills the field it draws', async () => {
    const row = document.createElement('div');
    row.innerHTML = '<span class="cell"><span>7</span><button aria-label="Edit quantity"></button></span>';
    document.body.append(row);
    const cell = row.querySelector('.cell')!;
    cell.querySelector('button')!.addEventListener('click', () => {
      setTimeout(() => {
        cell.innerHTML = '<input name="quantity" value="7">';
      }, 10);
    });
    expect(offersField(cell, 'input[name="quantity"]', 'button[aria-label*="quantity" i]')).toBe(true);
    const field = await openedField(cell, row, 'input[name="quantity"]', 'button[aria-label*="quantity" i]');
    expect(field?.value).toBe('7');
  });

  it('finds no field where the cell has neither a field nor an editor button', async () => {
    const cell = document.createElement('span');
    cell.textContent = '7';
    document.body.append(cell);
    expect(offersField(cell, 'input', 'button')).toBe(false);
    expect(await openedField(cell, cell, 'input', 'button')).toBeUndefined();
  });
});
