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
 *
 * A layer made `within` another draws its chips inside that layer's shadow
 * root at the same anchor, where there is one (a listing's Set-to button in
 * its risk chip): one host, shadow root and insertion per row instead of two.
 * Its chips keep their marks, on an element inside that root.
 */
import { render, type VNode } from 'preact';
import { MARK } from './observe.js';

/** The attribute naming what a chip belongs to (order number or channel SKU). */
export const MARK_ID = 'data-orderlens-id';
/** The attribute holding what a chip says, as a code (a status, a risk level), for support staff and tests. */
export const MARK_STATE = 'data-orderlens-state';

const RESET = ':host{all:initial !important;display:inline !important;}';

interface Chip {
  /** The element carrying the marks: the shadow host, or for a chip drawn within another layer's chip, an element in its root. */
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
  /** The shadow root the chip owns, when its layer's shared sheet was adopted there (others may draw within it). */
  shadow?: ShadowRoot | undefined;
  /** The other layer's shadow root this chip is drawn within, if it is. */
  within?: ShadowRoot | undefined;
}

/** What a layer offers layers drawn within it. */
interface HostLayer {
  /** The shadow root of the chip at `anchor`, when it has one others may draw in. */
  rootAt(anchor: Element): ShadowRoot | undefined;
  /** Adds `sheet` to the layer's roots, present and future, for what others draw there. */
  addSheet(sheet: CSSStyleSheet): void;
}

/** The live layers others may draw within, by feature. */
const hostLayers = new Map<string, HostLayer>();

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
function adopt(shadow: ShadowRoot, sheets: CSSStyleSheet[], check = true): boolean {
  try {
    shadow.adoptedStyleSheets = sheets;
    return !check || shadow.adoptedStyleSheets.length === sheets.length;
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
 * `css` inside each shadow root, removed when `signal` aborts. With
 * `within`, chips go inside the shadow root of that feature's chip at the
 * same anchor where there is one, and get a host of their own elsewhere.
 */
export function chipLayer(feature: string, css: string, signal: AbortSignal, { within }: { within?: string } = {}): ChipLayer {
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
      if (hostLayers.get(feature) === asHost) hostLayers.delete(feature);
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
  const orphaned = (id: string, inside: ShadowRoot | undefined): Chip | undefined => {
    const chip = byId.get(id);
    // A chip drawn within another's root moves only with that root.
    if (!chip || chip.anchor.isConnected || chip.within !== inside) return undefined;
    chips.delete(chip.anchor);
    return chip;
  };

  const sheet = sharedSheet(RESET + css);
  /** The sheets each root adopts: this layer's, then those of layers drawn within it. */
  const sheets = sheet ? [sheet] : [];
  // Whether this browser lets the layer's roots share the sheet: found out on the first chip only,
  // since reading the sheets back from every root costs as much as giving them.
  let shares: boolean | undefined;
  const asHost: HostLayer = {
    rootAt: (anchor) => chips.get(anchor)?.shadow,
    addSheet(added) {
      if (sheets.includes(added)) return;
      sheets.push(added);
      for (const chip of chips.values()) if (chip.shadow) adopt(chip.shadow, sheets, false);
    },
  };
  hostLayers.set(feature, asHost);
  // Given now, while the other layer has no chips yet: given at the first chip drawn within, it would be adopted again by every root.
  if (within && sheet) hostLayers.get(within)?.addSheet(sheet);
  /** The root of the `within` layer's chip at `anchor`, given this layer's sheet. */
  const rootWithin = (anchor: Element): ShadowRoot | undefined => {
    if (!within || !sheet) return undefined;
    const outer = hostLayers.get(within);
    const root = outer?.rootAt(anchor);
    if (root) outer!.addSheet(sheet);
    return root;
  };
  const create = (anchor: Element, id: string, inside: ShadowRoot | undefined): Chip => {
    const host = document.createElement(tag);
    host.setAttribute(MARK, feature);
    host.setAttribute(MARK_ID, id);
    // Drawn first and put in the root after (see show), as a host is put beside its anchor.
    if (inside) return { host, anchor, root: host, id, within: inside };
    const shadow = host.attachShadow({ mode: 'open' });
    shares = sheet !== undefined && shares !== false && adopt(shadow, sheets, shares === undefined);
    if (shares) return { host, anchor, root: shadow, id, shadow };
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
      const inside = rootWithin(anchor);
      // A chip drawn within a root the other layer let go of (or one that now has a root to go in) is made anew.
      if (chip && (chip.id !== id || chip.within !== inside)) {
        letGo(chip);
        chip = undefined;
      }
      let fresh = false;
      if (!chip) {
        const moved = orphaned(id, inside);
        fresh = moved === undefined;
        chip = moved ?? create(anchor, id, inside);
        chip.anchor = anchor;
        chips.set(anchor, chip);
        byId.set(id, chip);
      }
      // A chip just made has no state to compare with.
      if (fresh || chip.host.getAttribute(MARK_STATE) !== state) chip.host.setAttribute(MARK_STATE, state);
      draw(chip, view);
      if (!inside) place(anchor, chip.host);
      else if (chip.host.parentNode !== inside) inside.appendChild(chip.host);
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
