/**
 * Proof that reading is never confidently wrong: over markup variants of
 * every fixture page (see markup-variants.ts), each field is read exactly
 * as on the original page or is unknown, an order is never invented, and
 * an order the variant's reading lacks is counted by page health.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../../extension/content/core/page-read.js';
import { adapters } from '../../../../extension/content/portals/index.js';
import type { CapturedOrder, ListingQuantity, PageKind, PortalAdapter, PortalId } from '../../../../extension/content/portals/types.js';
import { loadPage } from '../portals/fixtures.js';
import { compareItem, markupVariant, newTally } from './markup-variants.js';

/** Variants per portal, spread over its pages. */
const VARIANTS = Number(process.env.VARIANTS ?? 1000);

type Item = CapturedOrder | ListingQuantity;
const keyOf = (item: Item) => ('externalId' in item ? item.externalId : item.channelSku);

function read(adapter: PortalAdapter, doc: Document, url: URL, kind: PageKind) {
  const { orders, listings, health } = readDocument(adapter, doc, url, kind);
  return { items: (kind === 'listings' ? listings : orders) as Item[], health };
}

/** Proves a portal's reading never confidently wrong over `VARIANTS` variants of its fixture pages (file, URL read at). */
export function proveNeverWrong(portal: PortalId, pages: ReadonlyArray<[file: string, url: string]>): void {
  describe(`${portal} pages, varied`, () => {
    const adapter = adapters.find((a) => a.id === portal)!;
    const tally = newTally();

    it(`read every field of ${VARIANTS} variants as the page says it, or not at all`, { timeout: 600_000 }, () => {
      const perPage = Math.ceil(VARIANTS / pages.length);
      for (const [file, address] of pages) {
        const url = new URL(address);
        const kind = adapter.pageKind(url)!;
        const original = loadPage(portal, file);
        const want = new Map(read(adapter, original, url, kind).items.map((item) => [keyOf(item), item]));
        expect(want.size, `${file} reads as nothing`).toBeGreaterThan(0);
        for (let n = 1; n <= perPage; n++) {
          const seed = n * 7919 + file.length;
          const { doc, applied } = markupVariant(original, seed);
          const { items, health } = read(adapter, doc, url, kind);
          const context = `${file} seed ${seed} (${applied.join(', ')})`;
          const got = new Set<string>();
          for (const item of items) {
            const before = want.get(keyOf(item));
            got.add(keyOf(item));
            if (!before) {
              tally.wrong++;
              tally.wrongs.push(`${context}: ${keyOf(item)} read, which the page does not show`);
              continue;
            }
            compareItem(before, item, tally, `${context} ${keyOf(item)}`);
          }
          // An item the original showed and this reading lacks is either gone from the page or counted as unread.
          const lacking = [...want.keys()].filter((key) => !got.has(key) && doc.body.textContent!.includes(key));
          if (lacking.length > 0 && kind !== 'listings' && health.unread < lacking.length) {
            tally.wrong++;
            tally.wrongs.push(`${context}: ${lacking.join(', ')} shown but neither read nor counted unread (unread ${health.unread})`);
          }
        }
      }
      expect(tally.read).toBeGreaterThan(0);
      expect(tally.wrongs.slice(0, 8)).toEqual([]);
      expect(tally.wrong).toBe(0);
    });

    afterAll(() => console.log(`never wrong · ${portal}: ${tally.read} fields read, ${tally.unknown} unknown, ${tally.wrong} wrong`));
  });
}
