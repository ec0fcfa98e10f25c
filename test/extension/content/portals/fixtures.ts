/**
 * Loads saved portal pages (test/fixtures/portals/<portal>/<file>.html) as
 * Documents, and builds small ad-hoc pages for the broken-page tests.
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
