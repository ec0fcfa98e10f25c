/**
 * The portal packs adapters read their routes, selectors, labels and
 * strategy lists from: the one bundled with the extension for each portal,
 * unless the seller's worker served a newer valid one (the background
 * validates served packs before storing them; see background/portal-packs.ts).
 * A served pack that lacks a selector, label or field the bundled one has is
 * completed from the bundled one, so an older pack format never breaks a reader.
 */
import type { PackPortal, PortalPack, Strategy } from '../../../shared/schemas/portal-pack.js';
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

const idCache = new WeakMap<PortalPack, { href: RegExp; text: RegExp | undefined }>();

/** The pack's order-id patterns, compiled once per pack (global: to find every id on a page). */
export function orderIdPatterns(pack: PortalPack): { href: RegExp; text: RegExp | undefined } {
  let ids = idCache.get(pack);
  if (!ids) {
    ids = { href: new RegExp(pack.orderIds.href, 'gu'), text: pack.orderIds.text ? new RegExp(pack.orderIds.text, 'gu') : undefined };
    idCache.set(pack, ids);
  }
  return ids;
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
