/**
 * Filling a portal's own form field so that the portal's own code sees the
 * change, whatever framework draws it: the value goes through the native
 * setter of the element's prototype (React and its kin shadow `value` on
 * the element to tell their own writes from the user's; a plain `.value =`
 * would be taken as theirs and ignored), then `input` and `change` bubble
 * as a typing user's would. Nothing here submits or saves anything.
 */

/** A field Orderlens may fill. */
export type FillableField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Attribute marking a field Orderlens filled, for the seller's eye (with an outline) and for tests. */
export const FILLED_MARK = 'data-orderlens-filled';

/** Whether `el` is a field Orderlens knows how to fill. */
export function isFillable(el: Element | null | undefined): el is FillableField {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

/** The value setter the browser itself gives fields of `el`'s kind, past any the page put on the element. */
function nativeSetter(el: FillableField): ((v: string) => void) | undefined {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

/**
 * Puts `value` in `el` as a seller typing it would, and marks it. Returns
 * false when the field would not hold the value (a select without that
 * option, a number field refusing text).
 */
export function fillField(el: FillableField, value: string): boolean {
  const set = nativeSetter(el);
  if (!set) return false;
  // No focus and blur: moving focus down a 500-row page costs a style pass per field, and
  // the frameworks take the value from `input` and `change`.
  set.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  if (el.value !== value) return false;
  el.setAttribute(FILLED_MARK, value);
  el.style.outline = '2px solid #f79009';
  el.style.outlineOffset = '1px';
  return true;
}

/** The first fillable element matching `selector` in `scope`. */
export function fieldIn(scope: ParentNode, selector: string): FillableField | undefined {
  // Walked by index: a NodeList's iterator costs several times as much, and a listings pass asks for hundreds.
  const found = scope.querySelectorAll(selector);
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (isFillable(el) && !el.disabled && el.type !== 'hidden') return el;
  }
  return undefined;
}

/**
 * The field matching `selector` in `scope` (a listing's quantity cell),
 * opening the portal's inline editor with the `open` button in `scope` when
 * the field is not drawn yet; the editor may draw its field anywhere in
 * `around` (the listing's row). Waits up to `timeoutMs` for it.
 */
export async function openedField(scope: Element, around: Element, selector: string, open: string | undefined, timeoutMs = 2_000): Promise<FillableField | undefined> {
  const present = fieldIn(scope, selector);
  if (present || !open) return present;
  const button = scope.querySelector<HTMLElement>(open);
  if (!button) return undefined;
  button.click();
  const drawn = () => (scope.isConnected ? fieldIn(scope, selector) : undefined) ?? fieldIn(around, selector);
  return whenFound(drawn, around.isConnected ? around : document.documentElement, { childList: true, subtree: true }, timeoutMs);
}

/** Whether `scope` offers a field to fill, drawn or behind its editor's button. */
export function offersField(scope: Element, selector: string, open: string | undefined): boolean {
  return fieldIn(scope, selector) !== undefined || (open !== undefined && scope.querySelector(open) !== null);
}

/** The first element matching `selector` that `ready` accepts, now or once the page draws it (up to `timeoutMs`). */
export function drawnElement(selector: string, ready: (el: Element) => boolean = () => true, timeoutMs = 2_000): Promise<Element | undefined> {
  const find = () => Array.from(document.querySelectorAll(selector)).find(ready);
  // Attributes too: a dialog is often drawn once and shown by dropping `hidden`.
  return whenFound(find, document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'open', 'style', 'class', 'aria-hidden'] }, timeoutMs);
}

/** What `find` gives now, or once a change under `root` lets it give something, or its last try after `timeoutMs`. */
function whenFound<T>(find: () => T | undefined, root: Node, changes: MutationObserverInit, timeoutMs: number): Promise<T | undefined> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = find();
      if (!found) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(found);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(find());
    }, timeoutMs);
    observer.observe(root, changes);
  });
}
