/**
 * Chips beside portal elements: each one a custom element carrying
 * `data-orderlens="<feature>"` and `data-orderlens-id="<order number or
 * channel SKU>"`, with an open shadow root (reset with `all: initial`) that
 * a Preact view renders into. One chip per anchor: showing it again only
 * re-renders; a chip the portal dropped (a re-rendered cell) is put back;
 * a chip whose anchor left the page moves to the next anchor shown for the
 * same id (an SPA drawing its table again as new elements), rather than a
 * new one being made; chips whose anchor left the page are otherwise let go;
 * all of them go when the signal aborts.
 *
 * This is WXT's createShadowRootUi cut down to what hundreds of row chips
 * need: synchronous (no await per chip, so a 500-row page is annotated in
 * one go), one abort listener for the whole layer instead of one per chip,
 * and one shared constructed stylesheet for all of a layer's roots (a
 * `<style>` per root where the browser refuses that from a content script).
 */
import { render, type VNode } from 'preact';
import { MARK } from './observe.js';

/** The attribute naming what a chip belongs to (order number or channel SKU). */
export const MARK_ID = 'data-orderlens-id';
/** The attribute holding what a chip says, as a code (a status, a risk level), for support staff and tests. */
export const MARK_STATE = 'data-orderlens-state';

const RESET = ':host{all:initial !important;display:inline !important;}';

interface Chip {
  host: HTMLElement;
  /** The element the chip sits beside. */
  anchor: Element;
  /** What the view renders into: the shadow root itself, or a span after the root's own `<style>`. */
  root: ShadowRoot | HTMLElement;
  id: string;
  /** The element a DOM view drew (see DomView), while the chip shows one. */
  drawn?: Element | undefined;
  /** Whether Preact has rendered into `root` (and must be told when the chip goes). */
  rendered?: boolean;
}

/**
 * A view drawn with the DOM directly, for chips that are a small static
 * element (a pill): `draw` updates the element it drew last time in place
 * and returns it, or returns a new one. Hundreds of chips are drawn this way
 * several times faster than through Preact.
 */
export interface DomView {
  draw(previous: Element | undefined): Element;
}

/** What a chip shows: a Preact view, or a DOM view. */
export type ChipView = VNode | DomView;

const isDomView = (view: ChipView): view is DomView => typeof (view as Partial<DomView>).draw === 'function';

/** The chips of one feature on one page. */
export interface ChipLayer {
  /** Shows (or updates) the chip beside `anchor`. */
  show(anchor: Element, id: string, state: string, view: ChipView): void;
  /** Removes chips whose anchor is not among `anchors` or left the page. */
  keepOnly(anchors: ReadonlySet<Element>): void;
  /** How many chips are on the page. */
  readonly size: number;
}

/** Anchors a chip goes inside of would take its clicks (links, buttons, fields): the chip goes after them instead. */
const INTERACTIVE_TAGS: ReadonlySet<string> = new Set(['a', 'button', 'input', 'select', 'textarea', 'label', 'summary']);

/**
 * Whether `anchor` is interactive (as `a, button, …, [role="link"],
 * [role="button"]` matches): by its tag and role, since matching a selector
 * for each of a page's chips costs more.
 */
function interactive(anchor: Element): boolean {
  if (INTERACTIVE_TAGS.has(anchor.localName)) return true;
  const role = anchor.getAttribute('role');
  return role === 'link' || role === 'button';
}

function place(anchor: Element, host: HTMLElement): void {
  if (interactive(anchor)) {
    const next = anchor.nextSibling;
    if (next !== host) anchor.parentNode?.insertBefore(host, next);
  } else if (anchor.lastChild !== host) {
    anchor.appendChild(host);
  }
}

/** Draws `view` into the chip: a DOM view in place of what was there, or a Preact render. */
function draw(chip: Chip, view: ChipView): void {
  if (isDomView(view)) {
    const drawn = view.draw(chip.drawn);
    if (drawn === chip.drawn) return;
    if (chip.rendered) {
      render(null, chip.root);
      chip.rendered = false;
    }
    if (chip.drawn) chip.drawn.replaceWith(drawn);
    else chip.root.appendChild(drawn);
    chip.drawn = drawn;
    return;
  }
  if (chip.drawn) {
    chip.drawn.remove();
    chip.drawn = undefined;
  }
  render(view, chip.root);
  chip.rendered = true;
}

/** One stylesheet for every chip of a layer, where the browser lets a content script share one. */
function sharedSheet(css: string): CSSStyleSheet | undefined {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  } catch {
    return undefined;
  }
}

/**
 * Gives a shadow root the shared sheet; false where the browser refuses
 * (Firefox content scripts), which `check` finds out by reading it back.
 */
function adopt(shadow: ShadowRoot, sheet: CSSStyleSheet, check = true): boolean {
  try {
    shadow.adoptedStyleSheets = [sheet];
    return !check || shadow.adoptedStyleSheets.length === 1;
  } catch {
    return false;
  }
}

function remove(chip: Chip): void {
  if (chip.rendered) render(null, chip.root);
  chip.host.remove();
}

/**
 * A layer of chips for `feature` (the value of `data-orderlens`), styled by
 * `css` inside each shadow root, removed when `signal` aborts.
 */
export function chipLayer(feature: string, css: string, signal: AbortSignal): ChipLayer {
  const chips = new Map<Element, Chip>();
  /** The last chip shown for each id, for an anchor drawn anew to take over. */
  const byId = new Map<string, Chip>();
  const tag = `orderlens-${feature}`;

  signal.addEventListener(
    'abort',
    () => {
      for (const chip of chips.values()) remove(chip);
      chips.clear();
      byId.clear();
    },
    { once: true },
  );

  const letGo = (chip: Chip) => {
    remove(chip);
    chips.delete(chip.anchor);
    if (byId.get(chip.id) === chip) byId.delete(chip.id);
  };

  /**
   * The chip of `id` whose anchor has left the page, taken from that anchor:
   * moving its host is one call, making a chip (element, shadow root, sheet,
   * pill) a dozen.
   */
  const orphaned = (id: string): Chip | undefined => {
    const chip = byId.get(id);
    if (!chip || chip.anchor.isConnected) return undefined;
    chips.delete(chip.anchor);
    return chip;
  };

  const sheet = sharedSheet(RESET + css);
  // Whether this browser lets the layer's roots share the sheet: found out on the first chip only,
  // since reading the sheets back from every root costs as much as giving them.
  let shares: boolean | undefined;
  const create = (anchor: Element, id: string): Chip => {
    const host = document.createElement(tag);
    host.setAttribute(MARK, feature);
    host.setAttribute(MARK_ID, id);
    const shadow = host.attachShadow({ mode: 'open' });
    shares = sheet !== undefined && shares !== false && adopt(shadow, sheet, shares === undefined);
    if (shares) return { host, anchor, root: shadow, id };
    // The view gets a span of its own: rendering into the shadow root would drop the <style>.
    const style = document.createElement('style');
    style.textContent = RESET + css;
    const root = document.createElement('span');
    shadow.append(style, root);
    return { host, anchor, root, id };
  };

  return {
    show(anchor, id, state, view) {
      if (signal.aborted) return;
      let chip = chips.get(anchor);
      if (chip && chip.id !== id) {
        letGo(chip);
        chip = undefined;
      }
      let fresh = false;
      if (!chip) {
        const moved = orphaned(id);
        fresh = moved === undefined;
        chip = moved ?? create(anchor, id);
        chip.anchor = anchor;
        chips.set(anchor, chip);
        byId.set(id, chip);
      }
      // A chip just made has no state to compare with.
      if (fresh || chip.host.getAttribute(MARK_STATE) !== state) chip.host.setAttribute(MARK_STATE, state);
      draw(chip, view);
      place(anchor, chip.host);
    },
    keepOnly(anchors) {
      for (const [anchor, chip] of chips) {
        if (!anchors.has(anchor) || !anchor.isConnected) letGo(chip);
      }
    },
    get size() {
      return chips.size;
    },
  };
}
