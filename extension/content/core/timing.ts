/**
 * What one pass over a portal page cost, measured with User Timing marks
 * (`orderlens:parse`, `orderlens:annotate`, visible in DevTools' performance
 * panel) and published on the page's root element as
 * `data-orderlens-timing` (JSON), where the overlay benchmark and support
 * staff read it.
 */
import type { PageKind } from '../portals/types.js';

/** Attribute on `<html>` holding the last pass's figures. */
export const TIMING_ATTRIBUTE = 'data-orderlens-timing';

/** The figures of one pass. */
export interface PassTiming {
  /** Passes so far on this page (1 for the first). */
  pass: number;
  kind: PageKind | null;
  /** Reading the page: orders, listings and chip anchors (ms). */
  parseMs: number;
  /** Putting chips on the page once the answers were in (ms), all features together. */
  annotateMs: number;
  /** Waiting for the background's answers (ms), all features together. */
  waitMs: number;
  orders: number;
  listings: number;
  anchors: number;
  /** Messages sent to the background this pass, by type. */
  asked: Record<string, number>;
}

/** A fresh record for a pass. */
export function newTiming(pass: number, kind: PageKind | null): PassTiming {
  return { pass, kind, parseMs: 0, annotateMs: 0, waitMs: 0, orders: 0, listings: 0, anchors: 0, asked: {} };
}

/**
 * Runs `work` and returns its result and how long it took (ms). The clock is
 * read around the work alone; the User Timing entry is recorded afterwards
 * (with the same start and duration), so what recording it costs, at first
 * use a good part of a millisecond, is not counted as the work's.
 */
export function measured<T>(name: string, work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  const ms = performance.now() - start;
  performance.measure(name, { start, duration: ms });
  performance.clearMeasures(name);
  return { value, ms };
}

/** Runs and times an async wait for the background; adds it to the pass's wait. */
export async function waitedFor<T>(timing: PassTiming, type: string, ask: () => Promise<T>): Promise<T> {
  const started = performance.now();
  timing.asked[type] = (timing.asked[type] ?? 0) + 1;
  try {
    return await ask();
  } finally {
    timing.waitMs += performance.now() - started;
  }
}

/** Puts chips on the page, timed as annotation. */
export function annotated(timing: PassTiming, work: () => void): void {
  timing.annotateMs += measured('orderlens:annotate', work).ms;
}

/**
 * Publishes the pass's figures on `<html>`, with `askedSoFar`: the messages
 * of every pass since the content script started, by type.
 */
export function publishTiming(timing: PassTiming, askedSoFar: Record<string, number>): void {
  const round = (ms: number) => Math.round(ms * 100) / 100;
  document.documentElement.setAttribute(
    TIMING_ATTRIBUTE,
    JSON.stringify({ ...timing, parseMs: round(timing.parseMs), annotateMs: round(timing.annotateMs), waitMs: round(timing.waitMs), askedSoFar }),
  );
}
