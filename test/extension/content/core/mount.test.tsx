// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { chipLayer } from '../../../../extension/content/core/mount.js';

const chips = (feature = 'status') => Array.from(document.querySelectorAll(`[data-orderlens="${feature}"]`));
const words = (host: Element) => host.shadowRoot?.querySelector('b')?.textContent;

beforeEach(() => {
  document.body.innerHTML = '<table><tr><td id="qty"><input value="42"></td></tr></table><p><a id="order" href="/o/1">113-1</a> Jane</p>';
});

describe('chips beside portal elements', () => {
  it('puts a chip after a link (never inside it) and inside a cell at its end, each marked with its feature and id', () => {
    const layer = chipLayer('status', '', new AbortController().signal);
    layer.show(document.querySelector('#order')!, '113-1', 'ready', <b>Ready to pick</b>);
    layer.show(document.querySelector('#qty')!, 'B07', 'at_risk', <b>At risk</b>);
    const [inCell, afterLink] = chips();
    expect(document.querySelector('#order')!.nextSibling).toBe(afterLink);
    expect(document.querySelector('#qty')!.lastChild).toBe(inCell);
    expect([afterLink!.getAttribute('data-orderlens-id'), afterLink!.getAttribute('data-orderlens-state'), afterLink!.localName]).toEqual(['113-1', 'ready', 'orderlens-status']);
    expect(words(afterLink!)).toBe('Ready to pick');
    // Reset inside the shadow root: one shared sheet where the browser allows it, else a <style>.
    const shadow = afterLink!.shadowRoot!;
    const css = shadow.querySelector('style')?.textContent ?? Array.from(shadow.adoptedStyleSheets[0]?.cssRules ?? [], (r) => r.cssText).join('');
    expect(css.replace(/\s/g, '')).toContain(':host{all:initial!important;');
  });

  it('shows one chip per anchor however often it is shown, with what it was last told', () => {
    const layer = chipLayer('status', '', new AbortController().signal);
    const link = document.querySelector('#order')!;
    layer.show(link, '113-1', 'queued', <b>Queued</b>);
    layer.show(link, '113-1', 'ready', <b>Ready to pick</b>);
    expect(chips()).toHaveLength(1);
    expect(chips()[0]!.getAttribute('data-orderlens-state')).toBe('ready');
    expect(words(chips()[0]!)).toBe('Ready to pick');
  });

  it('puts back a chip the portal dropped, and lets go of chips whose anchor is gone', () => {
    const layer = chipLayer('status', '', new AbortController().signal);
    const link = document.querySelector('#order')!;
    layer.show(link, '113-1', 'ready', <b>Ready to pick</b>);
    chips()[0]!.remove();
    layer.show(link, '113-1', 'ready', <b>Ready to pick</b>);
    expect(chips()).toHaveLength(1);
    link.closest('p')!.remove();
    layer.keepOnly(new Set());
    expect(layer.size).toBe(0);
  });

  it('moves the chip of an anchor the portal drew anew to the new anchor instead of making another', () => {
    const layer = chipLayer('status', '', new AbortController().signal);
    layer.show(document.querySelector('#order')!, '113-1', 'queued', <b>Queued</b>);
    const [chip] = chips();
    // The SPA draws the paragraph again as new elements, without the chip.
    const old = document.querySelector('p')!;
    const fresh = old.cloneNode(true) as Element;
    fresh.querySelector('[data-orderlens]')?.remove();
    old.replaceWith(fresh);
    const link = fresh.querySelector('#order')!;
    layer.show(link, '113-1', 'ready', <b>Ready to pick</b>);
    layer.keepOnly(new Set([link]));
    expect(chips()).toEqual([chip]);
    expect(link.nextSibling).toBe(chip);
    expect([chip!.getAttribute('data-orderlens-state'), words(chip!)]).toEqual(['ready', 'Ready to pick']);
    expect(layer.size).toBe(1);
    // A chip whose anchor is still on the page is never taken: another anchor with its id gets a chip of its own.
    const second = document.createElement('a');
    fresh.append(second);
    layer.show(second, '113-1', 'ready', <b>Ready to pick</b>);
    expect(chips()).toHaveLength(2);
    expect(link.nextSibling).toBe(chip);
  });

  it('takes every chip away when its signal aborts, and shows none after', () => {
    const controller = new AbortController();
    const layer = chipLayer('risk', '', controller.signal);
    layer.show(document.querySelector('#qty')!, 'B07', 'ok', <b>OK</b>);
    controller.abort();
    expect(chips('risk')).toEqual([]);
    layer.show(document.querySelector('#qty')!, 'B07', 'ok', <b>OK</b>);
    expect(chips('risk')).toEqual([]);
  });
});

describe('pills drawn with the DOM', () => {
  it('draws the same markup as the Preact pill, and updates it in place', async () => {
    const { Pill, pillView } = await import('../../../../extension/content/core/pill.js');
    const { render } = await import('preact');
    const layer = chipLayer('status', '', new AbortController().signal);
    const link = document.querySelector('#order')!;
    layer.show(link, '113-1', 'queued', pillView({ tone: 'muted', words: 'Queued', details: 'Waits.' }));
    const shadow = chips()[0]!.shadowRoot!;
    const span = shadow.querySelector('span.pill')!;
    const expected = document.createElement('div');
    render(<Pill tone="muted" words="Queued" details="Waits." />, expected);
    expect(span.outerHTML).toBe(expected.innerHTML);
    layer.show(link, '113-1', 'ready', pillView({ tone: 'info', words: 'Ready', details: 'In your book.' }));
    expect(shadow.querySelector('span.pill')).toBe(span);
    render(<Pill tone="info" words="Ready" details="In your book." />, expected);
    expect(span.outerHTML).toBe(expected.innerHTML);
    layer.show(link, '113-1', 'ready', <b>Ready to pick</b>);
    expect(shadow.querySelector('span.pill')).toBeNull();
    expect(words(chips()[0]!)).toBe('Ready to pick');
  });
  it('gives each new chip its own shadow root, sheet, pill and button, with what it was told', async () => {
    const { pillView } = await import('../../../../extension/content/core/pill.js');
    const { actionButtonView } = await import('../../../../extension/content/core/action-button.js');
    const drawAll = () => {
      document.body.innerHTML = '<table><tr><td id="a"></td></tr><tr><td id="b"></td></tr><tr><td id="c"></td></tr></table>';
      const layer = chipLayer('set-quantity', '.pill{color:red}', new AbortController().signal);
      layer.show(document.querySelector('#a')!, 'SKU-A', 'ok', pillView({ tone: 'good', words: 'OK', details: 'On hand 5' }));
      layer.show(document.querySelector('#b')!, 'SKU-B', 'low', pillView({ tone: 'warn', words: 'Low', details: 'On hand 1' }));
      layer.show(
        document.querySelector('#c')!,
        'SKU-C',
        'differs',
        actionButtonView('Set to 6', 'Amazon shows 7.', async () => {}),
      );
      return chips('set-quantity').map((host) => {
        const shadow = host.shadowRoot!;
        const sheet = Array.from(shadow.adoptedStyleSheets[0]?.cssRules ?? [], (r) => r.cssText).join('') || shadow.querySelector('style')?.textContent;
        return {
          id: host.getAttribute('data-orderlens-id'),
          state: host.getAttribute('data-orderlens-state'),
          shadow,
          styled: sheet?.replace(/\s/g, '').includes('.pill{color:red'),
          view: shadow.querySelector('span, button')!.outerHTML,
        };
      });
    };
    const expected = [
      { id: 'SKU-A', state: 'ok', styled: true, view: '<span class="pill good" title="On hand 5" aria-label="Orderlens: OK. On hand 5" role="note">OK</span>' },
      { id: 'SKU-B', state: 'low', styled: true, view: '<span class="pill warn" title="On hand 1" aria-label="Orderlens: Low. On hand 1" role="note">Low</span>' },
      { id: 'SKU-C', state: 'differs', styled: true, view: '<button type="button" class="act" title="Amazon shows 7." aria-label="Orderlens: Set to 6. Amazon shows 7.">Set to 6</button>' },
    ];
    const drawn = drawAll();
    expect(drawn.map(({ shadow: _, ...rest }) => rest)).toEqual(expected);
    expect(new Set(drawn.map((c) => c.shadow)).size).toBe(3);
  });

  it('draws a layer made within another inside that layer’s chip at the same anchor, marked and styled, and on its own elsewhere', async () => {
    const { pillView } = await import('../../../../extension/content/core/pill.js');
    const { actionButtonView } = await import('../../../../extension/content/core/action-button.js');
    document.body.innerHTML = '<table><tr><td id="a"></td></tr><tr><td id="b"></td></tr></table>';
    const [a, b] = [document.querySelector('#a')!, document.querySelector('#b')!];
    const stop = new AbortController();
    const risk = chipLayer('risk', '.pill{color:red}', stop.signal);
    const set = chipLayer('set-quantity', '.act{color:blue}', stop.signal, { within: 'risk' });
    risk.show(a, 'SKU-A', 'at_risk', pillView({ tone: 'bad', words: 'At risk', details: 'On hand 5' }));
    set.show(
      a,
      'SKU-A',
      'differs',
      actionButtonView('Set to 5', 'Amazon shows 6.', async () => {}),
    );
    set.show(
      b,
      'SKU-B',
      'differs',
      actionButtonView('Set to 9', 'Amazon shows 8.', async () => {}),
    );

    // Row a: one host, holding the pill and then the marked button; row b has no risk chip, so a host of its own.
    expect(Array.from(a.children, (c) => c.localName)).toEqual(['orderlens-risk']);
    const shadow = a.firstElementChild!.shadowRoot!;
    const inner = shadow.querySelector('[data-orderlens="set-quantity"]')!;
    expect(Array.from(shadow.children, (c) => c.localName)).toEqual(['span', 'orderlens-set-quantity']);
    expect([inner.getAttribute('data-orderlens-id'), inner.getAttribute('data-orderlens-state'), inner.querySelector('button')!.textContent]).toEqual(['SKU-A', 'differs', 'Set to 5']);
    const css = Array.from(shadow.adoptedStyleSheets, (sheet) => Array.from(sheet.cssRules, (r) => r.cssText).join(''))
      .join('')
      .replace(/\s/g, '');
    expect([css.includes('.pill{color:red'), css.includes('.act{color:blue')]).toEqual([true, true]);
    expect(chips('set-quantity').map((host) => [host.getAttribute('data-orderlens-id'), host.shadowRoot!.querySelector('button')!.textContent])).toEqual([['SKU-B', 'Set to 9']]);

    // Shown again: nothing is made anew. Once the risk chip goes, the button gets a host of its own beside the cell's end.
    const button = inner.querySelector('button');
    set.show(
      a,
      'SKU-A',
      'differs',
      actionButtonView('Set to 5', 'Amazon shows 6.', async () => {}),
    );
    expect(shadow.querySelector('[data-orderlens="set-quantity"] button')).toBe(button);
    risk.keepOnly(new Set());
    set.show(a, 'SKU-A', 'filled', pillView({ tone: 'info', words: 'Filled 5: save on Amazon', details: 'Saved on Save.' }));
    expect(Array.from(a.children, (c) => [c.localName, c.getAttribute('data-orderlens-state')])).toEqual([['orderlens-set-quantity', 'filled']]);
    set.keepOnly(new Set([b]));
    expect(a.children).toHaveLength(0);
    stop.abort();
    expect(document.querySelectorAll('[data-orderlens]')).toHaveLength(0);
  });
});
