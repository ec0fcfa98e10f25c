/**
 * A portal pack: everything an adapter needs to know about one seller
 * portal's pages that changes when the portal changes its markup — URL
 * routes, CSS selectors, labels in each language, and for each field the
 * ordered list of strategies that read it. Packs are data only (no code, no
 * remote scripts: Chrome Web Store MV3 policy); one is bundled with the
 * extension for each portal, and a seller's worker may serve a newer one.
 */
import { z } from 'zod';

/** The five portals a pack can describe. */
export const PACK_PORTALS = ['amazon', 'ebay', 'etsy', 'shopify', 'walmart'] as const;
export type PackPortal = (typeof PACK_PORTALS)[number];

/** Whether a regular expression source compiles: packs carry patterns as text. */
function compiles(source: string, flags = ''): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

const selector = z.string().trim().min(1).max(500);
const word = z.string().trim().min(1).max(200);
const pattern = z
  .string()
  .min(1)
  .max(500)
  .refine((s) => compiles(s, 'u'), 'not a valid regular expression');
const flags = z
  .string()
  .regex(/^[imsu]*$/, 'only the flags i, m, s and u')
  .max(4)
  .optional();

/**
 * One way of reading a field, tried in its list's order until one gives a
 * value the field accepts. Where each applies (a row, a detail page) is the
 * adapter's part; `in` narrows a strategy to one named part of it (a cell).
 * - `cell`: the text of the part the portal names so (`data-test-id`, say);
 * - `css`: the text (or `attr`) of the first element matching within scope;
 * - `label`: the text after one of these labels, in any supported language;
 * - `column`: the cell under a column header with one of these texts;
 * - `pattern`: a regular expression over the scope's text, capture `group` (default 1, or 0 without groups).
 */
export const strategy = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('cell'), name: word }),
  z.strictObject({ by: z.literal('css'), css: selector, attr: word.optional(), in: word.optional() }),
  z.strictObject({ by: z.literal('label'), labels: z.array(word).min(1).max(60), in: word.optional() }),
  z.strictObject({ by: z.literal('column'), headers: z.array(word).min(1).max(40) }),
  z.strictObject({ by: z.literal('pattern'), pattern, flags, group: z.number().int().min(0).max(9).optional(), in: word.optional() }),
]);
export type Strategy = z.infer<typeof strategy>;

const name = z.string().regex(/^[A-Za-z][\w.]{0,79}$/, 'a field or selector name: letters, digits, _ and .');

/** A pack as a worker stores it and an extension takes it. */
export const portalPack = z
  .strictObject({
    portal: z.enum(PACK_PORTALS),
    /** Increases with every published change; an extension keeps the highest valid one it has seen. */
    version: z.number().int().positive().max(1_000_000_000),
    /** True until a real page has confirmed the pack: the extension says so beside what it reads. */
    experimental: z.boolean().optional(),
    /** Which page kind each URL path is (regular expressions over the path), first match wins. */
    routes: z
      .array(z.strictObject({ kind: z.enum(['orders', 'order', 'listings']), path: pattern }))
      .min(1)
      .max(40),
    /**
     * Order numbers as the portal writes them (capture group 1), for counting
     * what a page shows against what was read: `href` is tried on every
     * link's address, `text` (for ids distinctive enough) on the page's text.
     */
    orderIds: z.strictObject({ href: pattern, text: pattern.optional() }),
    /** Every CSS selector the adapter uses, by name; a list is tried in turn. */
    selectors: z.record(name, z.union([selector, z.array(selector).min(1).max(20)])),
    /** Labels printed before values, by name, in every language supported. */
    labels: z.record(name, z.array(word).min(1).max(60)),
    /** For each field, the strategies that read it, best first. */
    fields: z.record(name, z.array(strategy).min(1).max(12)),
  })
  .refine((p) => JSON.stringify(p).length <= 256 * 1024, 'a pack is at most 256 KiB');
export type PortalPack = z.infer<typeof portalPack>;
