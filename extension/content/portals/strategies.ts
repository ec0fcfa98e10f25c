/**
 * Reading one field by the strategies its pack lists for it: each is tried
 * in order until one gives a value the field accepts, and the place of the
 * one that did is recorded, so a reading report can tell which anchors a
 * live page still carries. A field no strategy reads is unknown: the
 * caller leaves it undefined and counts it missing, never fills a default.
 */
import type { Strategy } from '../../../shared/schemas/portal-pack.js';
import { valueAfterLabel, valueInLines } from './dom.js';
import { linesOf } from './page-text.js';

/** Where a field is looked for: a row, a detail page's root, a card. */
export interface Scope {
  /** What css strategies look under. */
  readonly element: ParentNode;
  /** The visible lines of the part named `name` (a row's cell), joined by line breaks; '' when there is none. */
  part?(name: string): string;
  /** The element of the part named `name`, for css strategies narrowed to it. */
  partElement?(name: string): Element | undefined;
  /** The cell under a column whose header is one of `headers`, in a table row. */
  column?(headers: readonly string[]): Element | undefined;
  /** All the scope's visible lines joined by line breaks, for pattern strategies (and label ones, without `afterLabel`). */
  lines(): string;
  /** The value printed after one of `labels` anywhere in the scope, found element by element. */
  afterLabel?(labels: readonly string[]): string | undefined;
}

/** A field's value, and which strategy (its place in the list) read it. */
export interface Reading<T> {
  value: T;
  via: number;
}

/**
 * The first value a strategy of `strategies` reads under `scope` that
 * `accept` takes (the raw text is handed over trimmed; accept returns
 * undefined to refuse it, and the next strategy is tried).
 */
export function readField<T>(strategies: readonly Strategy[] | undefined, scope: Scope, accept: (text: string) => T | undefined): Reading<T> | undefined {
  const via = { at: -1 };
  const value = firstAccepted(strategies, scope, accept, via);
  return value === undefined ? undefined : { value, via: via.at };
}

/**
 * readField without a Reading made per field: the value, with the place of
 * the strategy that read it left in `via.at`. A 500-row page reads thousands
 * of fields, each otherwise an object made only to be taken apart.
 */
function firstAccepted<T>(strategies: readonly Strategy[] | undefined, scope: Scope, accept: (text: string) => T | undefined, via: { at: number }): T | undefined {
  if (!strategies) return undefined;
  for (let i = 0; i < strategies.length; i++) {
    const raw = rawValue(strategies[i]!, scope);
    if (raw === undefined) continue;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const value = accept(trimmed);
    if (value !== undefined) {
      via.at = i;
      return value;
    }
  }
  return undefined;
}

/** Text taken as it is: for fields whose every non-empty text is a value. */
export const anyText = (text: string): string => text;

function rawValue(s: Strategy, scope: Scope): string | undefined {
  switch (s.by) {
    case 'cell':
      return scope.part?.(s.name);
    case 'css': {
      const under = s.in !== undefined ? scope.partElement?.(s.in) : scope.element;
      const found = under?.querySelector(s.css);
      if (!found) return undefined;
      return s.attr !== undefined ? (found.getAttribute(s.attr) ?? undefined) : linesOf(found).join('\n');
    }
    case 'label':
      return s.in === undefined && scope.afterLabel ? scope.afterLabel(s.labels) : valueInLines(textOf(scope, s.in), s.labels);
    case 'column': {
      const cell = scope.column?.(s.headers);
      return cell ? linesOf(cell).join('\n') : undefined;
    }
    case 'pattern': {
      const re = compiled(s);
      if (!re) return undefined;
      const m = re.exec(textOf(scope, s.in));
      return m ? m[s.group ?? (m.length > 1 ? 1 : 0)] : undefined;
    }
  }
}

function textOf(scope: Scope, part: string | undefined): string {
  return part !== undefined ? (scope.part?.(part) ?? '') : scope.lines();
}

/** Pack patterns compiled once per strategy object (a pack is kept as one object while it is in use). */
const patterns = new WeakMap<Strategy, RegExp | null>();

function compiled(s: Extract<Strategy, { by: 'pattern' }>): RegExp | undefined {
  let re = patterns.get(s);
  if (re === undefined) {
    const flags = s.flags ?? '';
    try {
      // Packs are validated with the u flag: compile them the same way.
      re = new RegExp(s.pattern, flags.includes('u') ? flags : `${flags}u`);
    } catch {
      re = null;
    }
    patterns.set(s, re);
  }
  return re ?? undefined;
}

/**
 * A reader of fields from one pack's strategy lists that notes in `via`
 * which strategy read each field.
 */
export function fieldReader(fields: Readonly<Record<string, readonly Strategy[]>>, via: Record<string, number>) {
  return <T>(field: string, scope: Scope, accept: (text: string) => T | undefined): T | undefined => readInto(fields, field, scope, accept, via);
}

/** Where firstAccepted leaves the place of the strategy that read a field: set only after `accept` returned, so a read inside it cannot disturb it. */
const lastVia = { at: -1 };

/**
 * What a reader made by fieldReader reads, for callers reading many items
 * with one pack (a page's rows): no reader is made per item, `via` is passed.
 */
export function readInto<T>(fields: Readonly<Record<string, readonly Strategy[]>>, field: string, scope: Scope, accept: (text: string) => T | undefined, via: Record<string, number>): T | undefined {
  const value = firstAccepted(fields[field], scope, accept, lastVia);
  if (value !== undefined) via[field] = lastVia.at;
  return value;
}

/** A scope over one element: labels found element by element, its whole visible text (worked out once) for patterns. */
export function elementScope(element: Element): Scope {
  let lines: string | undefined;
  return { element, lines: () => (lines ??= linesOf(element).join('\n')), afterLabel: (labels) => valueAfterLabel(element, labels) };
}

/** Which strategy read each field of an item, kept beside the item rather than in it (items travel to the book). */
const viaOfItem = new WeakMap<object, Readonly<Record<string, number>>>();

/** Notes which strategy read each of `item`'s fields; returns the item. */
export function withVia<T extends object>(item: T, via: Readonly<Record<string, number>> | undefined): T {
  if (via) viaOfItem.set(item, via);
  return item;
}

/** Which strategy read each of `item`'s fields, as noted by withVia. */
export function viaOf(item: object): Readonly<Record<string, number>> | undefined {
  return viaOfItem.get(item);
}
