/**
 * Markup variants of a saved portal page, as a portal release might make
 * them: attributes dropped, classes renamed or hashed, table columns
 * reordered, cells wrapped in extra elements, labels translated, rows not
 * there yet. Each variant is made from a seed (the benchmarks' seeded
 * generator), so a failing one can be made again. Used to prove a reader is
 * never confidently wrong: every field it reads off a variant is the
 * original's value or unknown.
 */
import { prng } from '../../../../bench/lib/generate.js';

type Rng = () => number;
const chance = (rng: Rng, p: number) => rng() < p;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** Labels as other languages print them, for the labels the portals print in English (and German on Amazon.de). */
const TRANSLATIONS: Readonly<Record<string, readonly string[]>> = {
  quantity: ['Menge', 'Quantité', 'Cantidad', 'Quantità', 'Anzahl'],
  qty: ['Menge', 'Qté', 'Cant.', 'Qtà'],
  'item subtotal': ['Zwischensumme', 'Sous-total', 'Subtotal del artículo', 'Subtotale articolo'],
  'buyer name': ['Nom de l’acheteur', 'Nombre del comprador', 'Nome acquirente'],
  'ship by date': ['Expédier avant le', 'Enviar antes de', 'Spedire entro'],
  'ship by': ['Expédier avant', 'Enviar antes de', 'Spedire entro'],
  'shipping service': ['Service d’expédition', 'Servicio de envío', 'Servizio di spedizione'],
  'purchase date': ['Date d’achat', 'Fecha de compra', 'Data di acquisto'],
  'grand total': ['Total général', 'Total', 'Totale complessivo'],
  'order total': ['Total de la commande', 'Total del pedido', 'Totale ordine'],
  total: ['Gesamt', 'Totale', 'Importe total'],
  'date sold': ['Verkauft am', 'Date de vente', 'Fecha de venta'],
  buyer: ['Käufer', 'Acheteur', 'Comprador', 'Acquirente'],
  'custom label (sku)': ['Bestandseinheit (SKU)', 'Étiquette personnalisée (SKU)'],
  'order date': ['Bestelldatum', 'Date de commande', 'Fecha del pedido'],
  status: ['Statut', 'Estado', 'Stato'],
  'ship to': ['Lieferadresse', 'Expédier à', 'Enviar a'],
  sku: ['Artikelnummer', 'Référence', 'Codice articolo'],
};

/** The transforms a variant is made of, by name (printed with a failing seed). */
export const TRANSFORMS = ['dropAttributes', 'renameClasses', 'reorderColumns', 'wrapCells', 'translateLabels', 'lateRows'] as const;
export type Transform = (typeof TRANSFORMS)[number];

/** A variant of `original` (left untouched) made from `seed`, and the transforms it applied. */
export function markupVariant(original: Document, seed: number): { doc: Document; applied: Transform[] } {
  const rng = prng(seed);
  const doc = original.cloneNode(true) as Document;
  const applied: Transform[] = [];
  for (const transform of TRANSFORMS) {
    if (!chance(rng, 0.45)) continue;
    applied.push(transform);
    TRANSFORM_FUNCTIONS[transform](doc, rng);
  }
  return { doc, applied };
}

const TRANSFORM_FUNCTIONS: Readonly<Record<Transform, (doc: Document, rng: Rng) => void>> = {
  /** Test ids, ids and ARIA attributes dropped, each kind of attribute value everywhere at once or element by element. */
  dropAttributes(doc, rng) {
    const attributes = ['data-test-id', 'data-testid', 'id', 'role', 'aria-label', 'data-test'];
    const everywhere = chance(rng, 0.5);
    for (const name of attributes) {
      if (!chance(rng, 0.5)) continue;
      const values = new Set(Array.from(doc.querySelectorAll(`[${name}]`), (el) => el.getAttribute(name)!));
      const dropped = new Set([...values].filter(() => everywhere || chance(rng, 0.4)));
      for (const el of doc.querySelectorAll(`[${name}]`)) if (dropped.has(el.getAttribute(name)!)) el.removeAttribute(name);
    }
  },
  /** Class names renamed as a new release would: a hash appended (as CSS modules do) or a new name altogether. */
  renameClasses(doc, rng) {
    const renamed = new Map<string, string>();
    const hashed = chance(rng, 0.5);
    for (const el of doc.querySelectorAll('[class]')) {
      const names = el.getAttribute('class')!.split(/\s+/).filter(Boolean);
      el.setAttribute(
        'class',
        names
          .map((name) => {
            let next = renamed.get(name);
            if (next === undefined) {
              const suffix = Math.floor(rng() * 0xfffff).toString(36);
              next = !chance(rng, 0.6) ? name : hashed ? `${name}_${suffix}` : `c${suffix}`;
              renamed.set(name, next);
            }
            return next;
          })
          .join(' '),
      );
    }
  },
  /** Columns of each table swapped, header and body alike, as a seller rearranging columns would. */
  reorderColumns(doc, rng) {
    for (const table of doc.querySelectorAll('table')) {
      const rows = Array.from(table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr, :scope > tr'));
      const width = rows[0]?.children.length ?? 0;
      if (width < 2) continue;
      const [i, j] = [Math.floor(rng() * width), Math.floor(rng() * width)];
      if (i === j) continue;
      for (const row of rows) {
        if (row.children.length !== width) continue;
        const a = row.children[Math.min(i, j)]!;
        const b = row.children[Math.max(i, j)]!;
        const marker = doc.createComment('');
        b.replaceWith(marker);
        a.replaceWith(b);
        marker.replaceWith(a);
      }
    }
  },
  /** The content of cells and of elements with labels wrapped in one or two extra elements. */
  wrapCells(doc, rng) {
    const targets = Array.from(doc.querySelectorAll('td, th, [role="cell"], dd, li'));
    for (const cell of targets) {
      if (!chance(rng, 0.5)) continue;
      const wrapper = doc.createElement(pick(rng, ['div', 'span']));
      wrapper.setAttribute('class', `wrap-${Math.floor(rng() * 1000)}`);
      while (cell.firstChild) wrapper.append(cell.firstChild);
      cell.append(wrapper);
    }
  },
  /** Labels printed in another language (French, Spanish, Italian, German), all of one label or some. */
  translateLabels(doc, rng) {
    const walker = doc.createTreeWalker(doc.body ?? doc, 4 /* text */);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    const chosen = new Map<string, string>();
    for (const node of texts) {
      const value = node.data;
      const m = /^(\s*)([A-Za-z][A-Za-z ()]{1,30}?)(\s*:.*|\s*)$/s.exec(value);
      if (!m) continue;
      const label = m[2]!.trim().toLowerCase();
      const options = TRANSLATIONS[label];
      if (!options) continue;
      let translated = chosen.get(label);
      if (translated === undefined) chosen.set(label, (translated = chance(rng, 0.5) ? pick(rng, options) : ''));
      if (translated) node.data = `${m[1]}${translated}${m[3]}`;
    }
  },
  /** The last rows of each list not drawn yet (a page still loading its rows). */
  lateRows(doc, rng) {
    for (const body of doc.querySelectorAll('tbody, [role="rowgroup"], ul')) {
      const rows = Array.from(body.children);
      const late = Math.floor(rng() * Math.min(3, rows.length));
      for (const row of rows.slice(rows.length - late)) row.remove();
    }
  },
};

/** How each field of a variant's reading compares with the original's. */
export interface Tally {
  read: number;
  unknown: number;
  wrong: number;
  /** The first few wrong readings, for the failure message. */
  wrongs: string[];
}

export const newTally = (): Tally => ({ read: 0, unknown: 0, wrong: 0, wrongs: [] });

/** Every leaf value of an item, by dotted path (lines by index). */
export function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value === null || typeof value !== 'object') {
    if (value !== undefined) out.set(path, value);
    return out;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'partial' || key === 'missing') continue;
    leaves(child, path ? `${path}.${key}` : key, out);
  }
  return out;
}

/**
 * Adds to `tally` how `variant` (an item read off a variant page) compares
 * with `original` (the same item read off the original page): each field
 * the original has is read (equal), unknown (absent) or wrong; a field the
 * variant has that the original lacks is wrong. An item with fewer lines
 * than the original must say its lines are not fully read.
 */
export function compareItem(original: object, variant: object & { missing: readonly string[] }, tally: Tally, context: string): void {
  const want = leaves(original);
  const got = leaves(variant);
  const wrong = (what: string) => {
    tally.wrong++;
    if (tally.wrongs.length < 8) tally.wrongs.push(`${context}: ${what}`);
  };
  for (const [path, value] of want) {
    if (!got.has(path)) tally.unknown++;
    else if (got.get(path) === value) tally.read++;
    else wrong(`${path} read as ${JSON.stringify(got.get(path))}, the page says ${JSON.stringify(value)}`);
  }
  for (const [path, value] of got) if (!want.has(path)) wrong(`${path} read as ${JSON.stringify(value)}, which the page does not say`);
  const lines = (o: object) => ((o as { lines?: unknown[] }).lines ?? []).length;
  if ('lines' in original && lines(variant) < lines(original) && !variant.missing.some((m) => m === 'lines' || m.startsWith('lines.'))) {
    wrong(`${lines(variant)} of ${lines(original)} lines read, and the order does not say its lines are incomplete`);
  }
}
