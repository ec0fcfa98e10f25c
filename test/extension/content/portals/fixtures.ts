/**
 * Loads saved portal pages (test/fixtures/portals/<portal>/<file>.html) as
 * Documents, with what an adapter must read from each kept beside it as
 * data (<name>.reading.json), and builds small ad-hoc pages for the
 * broken-page tests and the newer packs a worker might serve; and tells how
 * much of a saved page an adapter read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../../../../extension/content/core/page-read.js';
import { BUNDLED_PACKS } from '../../../../extension/content/portals/bundled-packs.js';
import type { PortalAdapter, PortalId } from '../../../../extension/content/portals/types.js';
import { type PortalPack, portalPack } from '../../../../shared/schemas/portal-pack.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/portals');

/** The saved page as a parsed Document. */
export function loadPage(portal: string, file: string): Document {
  return pageOf(fs.readFileSync(path.join(dir, portal, file), 'utf8'));
}

/** A Document from HTML text (a whole page or a body fragment). */
export function pageOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * What an adapter must read from a saved page, exactly: its items, warnings
 * and page counts (test/fixtures/portals/<portal>/<name>.reading.json).
 */
export function savedReading(portal: string, name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, portal, `${name}.reading.json`), 'utf8'));
}

/** How much of a saved page the adapter read, as the content script would report it for `url`. */
export function pageHealth(adapter: PortalAdapter, file: string, url: string) {
  const at = new URL(url);
  const kind = adapter.pageKind(at);
  if (!kind) throw new Error(`${adapter.id} has nothing to read at ${url}`);
  return readDocument(adapter, loadPage(adapter.id, file), at, kind).health;
}

/** A pack the worker might serve: the portal's bundled one, one version on, with `change` over it, checked as the worker checks it. */
export function newerPack(portal: PortalId, change: Partial<PortalPack>): PortalPack {
  const bundled = BUNDLED_PACKS[portal];
  return portalPack.parse({ ...bundled, version: bundled.version + 1, ...change });
}

/** A saved page with the first element of `selector` that says `from` saying `to` instead. */
export function pageSaying(portal: string, file: string, selector: string, from: string, to: string): Document {
  const doc = loadPage(portal, file);
  const element = [...doc.querySelectorAll(selector)].find((e) => e.textContent === from);
  if (!element) throw new Error(`no ${selector} says ${from} in ${portal}/${file}`);
  element.textContent = to;
  return doc;
}
