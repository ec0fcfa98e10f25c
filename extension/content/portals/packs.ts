/**
 * The portal packs adapters read their routes, selectors, labels and
 * strategy lists from: the one bundled with the extension for each portal,
 * unless the seller's worker served a newer valid one (the background
 * validates served packs before storing them; see background/portal-packs.ts).
 * A served pack that lacks a selector, label or field the bundled one has is
 * completed from the bundled one, so an older pack format never breaks a reader.
 */
import type { PackPortal, PortalPack, Strategy } from '../../../shared/schemas/portal-pack.js';
import type { ServedPack } from '../../messaging/storage.js';
import type { PageRoute } from './urls.js';

/**
 * The bundled pack of each portal whose adapter is loaded. Each adapter
 * hands in its own (see bundledPack), so a portal's content script carries
 * that portal's pack alone; bundled-packs.ts gathers all five for the
 * extension's pages.
 */
const bundled: Partial<Record<PackPortal, PortalPack>> = {};
let served: Partial<Record<PackPortal, PortalPack>> = {};
const inUse = new Map<PackPortal, PortalPack>();

/** Makes `pack` the one its portal was built with; returns it. */
export function bundledPack(pack: PortalPack): PortalPack {
  if (bundled[pack.portal] !== pack) {
    bundled[pack.portal] = pack;
    inUse.delete(pack.portal);
  }
  return pack;
}

/**
 * Packs a worker served, already validated. Each replaces the bundled pack
 * of its portal while its version is higher; readers see it from their next read.
 */
export function useServedPacks(packs: Partial<Record<PackPortal, PortalPack>> | null | undefined): void {
  served = { ...packs };
  inUse.clear();
}

/** The packs kept by the background (validated there: content scripts carry no schema library), by portal. */
export function packsServed(served: Partial<Record<PackPortal, ServedPack>> | null): Partial<Record<PackPortal, PortalPack>> {
  const packs: Partial<Record<PackPortal, PortalPack>> = {};
  for (const [portal, kept] of Object.entries(served ?? {}) as Array<[PackPortal, ServedPack | undefined]>) if (kept?.pack) packs[portal] = kept.pack;
  return packs;
}

/** The pack a portal's pages are read with now. The same object until the served packs change. */
export function packFor(portal: PackPortal): PortalPack {
  let pack = inUse.get(portal);
  if (!pack) {
    const built = bundled[portal];
    if (!built) throw new Error(`no ${portal} pack was bundled: its adapter is not loaded`);
    const newer = served[portal];
    pack = newer && newer.portal === portal && newer.version > built.version ? completed(newer, built) : built;
    inUse.set(portal, pack);
  }
  return pack;
}

function completed(newer: PortalPack, bundled: PortalPack): PortalPack {
  return {
    ...newer,
    selectors: { ...bundled.selectors, ...newer.selectors },
    labels: { ...bundled.labels, ...newer.labels },
    fields: { ...bundled.fields, ...newer.fields },
  };
}

/** The selector named `name` (a list joined, for one lookup of any of them). */
export function selectorOf(pack: PortalPack, name: string): string {
  const s = pack.selectors[name];
  if (s === undefined) throw new Error(`the ${pack.portal} pack has no selector ${name}`);
  return typeof s === 'string' ? s : s.join(', ');
}

/** The selectors named `name`, to be tried in turn. */
export function selectorsOf(pack: PortalPack, name: string): readonly string[] {
  const s = pack.selectors[name];
  if (s === undefined) throw new Error(`the ${pack.portal} pack has no selector ${name}`);
  return typeof s === 'string' ? [s] : s;
}

/** The labels named `name`, in every language the pack knows. */
export function labelsOf(pack: PortalPack, name: string): readonly string[] {
  const l = pack.labels[name];
  if (l === undefined) throw new Error(`the ${pack.portal} pack has no labels ${name}`);
  return l;
}

/** The strategies reading `field`, best first. */
export function strategiesOf(pack: PortalPack, field: string): readonly Strategy[] {
  return pack.fields[field] ?? [];
}

const routeCache = new WeakMap<PortalPack, PageRoute[]>();

/** The pack's page routes, compiled once per pack. */
export function routesOf(pack: PortalPack): readonly PageRoute[] {
  let routes = routeCache.get(pack);
  if (!routes) {
    routes = pack.routes.map((r) => [r.kind, new RegExp(r.path, 'u')] as const);
    routeCache.set(pack, routes);
  }
  return routes;
}

/** A pack's order-id patterns, and the links that can hold an id (see orderLinkSelector). */
export interface OrderIdPatterns {
  href: RegExp;
  text: RegExp | undefined;
  links: string;
}

const idCache = new WeakMap<PortalPack, OrderIdPatterns>();

/** The pack's order-id patterns, compiled once per pack (global: to find every id on a page). */
export function orderIdPatterns(pack: PortalPack): OrderIdPatterns {
  let ids = idCache.get(pack);
  if (!ids) {
    ids = {
      href: new RegExp(pack.orderIds.href, 'gu'),
      text: pack.orderIds.text ? new RegExp(pack.orderIds.text, 'gu') : undefined,
      links: orderLinkSelector(pack.orderIds.href),
    };
    idCache.set(pack, ids);
  }
  return ids;
}

/**
 * The links an address pattern can match: those whose `href` holds the
 * longest run of plain characters every match of it must hold (`/orders/`
 * of `/orders/(\d+)`), so a page's hundreds of other links are never
 * tried; every link where the pattern has no such run (an alternative at
 * its top level, a run under 3 characters).
 */
export function orderLinkSelector(pattern: string): string {
  const run = mandatoryRun(pattern);
  return run.length < 3 ? 'a[href]' : `a[href*="${run.replace(/["\\]/g, '\\$&')}"]`;
}

/** Characters a `u` pattern may escape to mean themselves. */
const SYNTAX = '^$\\.*+?()[]{}|/';

/** The longest run of literal characters, outside groups and classes, that every match of `pattern` holds ('' when unsure). */
function mandatoryRun(pattern: string): string {
  let best = '';
  let run = '';
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '|') return '';
    if (c === '*' || c === '+' || c === '?' || c === '{') {
      // The character before a quantifier may be absent (or repeated): the run ends before it.
      run = run.slice(0, -1);
      end();
      if (c === '{') i = pattern.indexOf('}', i);
      if (i < 0) return '';
      continue;
    }
    if (c === '\\') {
      const next = pattern[++i];
      if (next !== undefined && SYNTAX.includes(next)) run += next;
      else end();
      continue;
    }
    if (c === '[' || c === '(') {
      end();
      i = closing(pattern, i);
      if (i < 0) return '';
      continue;
    }
    if (c === '.' || c === '^' || c === '$' || c === ')' || c === ']' || c === '}') {
      end();
      continue;
    }
    run += c;
  }
  end();
  return best;
}

/** Where the class or group opening at `from` closes (escapes and nested groups and classes skipped); -1 when it does not. */
function closing(pattern: string, from: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) {
      if (c === ']') {
        inClass = false;
        if (depth === 0) return i;
      }
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Every label and column header a pack reads by, in every language it knows: words that are not personal data. */
export function packLabels(pack: PortalPack): string[] {
  const words = new Set<string>();
  for (const list of Object.values(pack.labels)) for (const word of list) words.add(word);
  for (const strategies of Object.values(pack.fields)) {
    for (const s of strategies) {
      if (s.by === 'label') for (const word of s.labels) words.add(word);
      else if (s.by === 'column') for (const word of s.headers) words.add(word);
    }
  }
  return [...words];
}
