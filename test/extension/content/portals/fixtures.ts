/**
 * Loads saved portal pages (test/fixtures/portals/<portal>/<file>.html) as
 * Documents, with what an adapter must read from each kept beside it as
 * data (<name>.reading.json), and builds small ad-hoc pages for the
 * broken-page tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
