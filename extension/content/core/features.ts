/**
 * What a feature is and how features run, after refined-github's feature
 * manager: the file name is the feature's id; where it runs is declared (the
 * page kinds it includes), not coded; each gets an AbortSignal that
 * everything it puts on the page or listens to takes; and each start and
 * each pass is wrapped, so one broken feature never stops the others.
 */
import type { RisksAnswer, StatusesAnswer } from '../../messaging/messages.js';
import type { CapturedOrder, ListingQuantity, PageAccount, PageKind, PortalAdapter, PortalId, RowAnchor } from '../portals/types.js';
import type { PageHealth } from './page-health.js';
import type { PassTiming } from './timing.js';

/** One pass's reading of a portal page, shared by every feature. */
export interface PageRead {
  adapter: PortalAdapter;
  url: URL;
  kind: PageKind;
  orders: CapturedOrder[];
  listings: ListingQuantity[];
  anchors: RowAnchor[];
  /** What the page shows against what this pass understood. */
  health: PageHealth;
  /** Which of the seller's accounts on the portal the page belongs to, when it says. */
  account: PageAccount | undefined;
  timing: PassTiming;
  /** What the book answered this pass, left by the feature that asked, for the features after it (one ask per pass). */
  book: { statuses?: StatusesAnswer; risks?: RisksAnswer };
}

/** What a feature is given when it starts on a page. */
export interface FeatureStart {
  portal: PortalId;
  /** Aborts when the portal is switched off or the extension goes away. */
  signal: AbortSignal;
  /** Asks for another pass over the page (e.g. when the outbox delivered orders). */
  schedule(): void;
}

/** One thing the extension does on portal pages. */
export interface PortalFeature {
  /** The feature's file name. */
  readonly id: string;
  /** The page kinds it runs on. */
  readonly include: readonly PageKind[];
  /** Starts the feature; returns what it does on each pass over a page it includes. */
  start(start: FeatureStart): (page: PageRead) => Promise<void> | void;
}

/** A started feature, ready for passes. */
export interface RunningFeature {
  id: string;
  include: readonly PageKind[];
  pass: (page: PageRead) => Promise<void> | void;
}

/** Starts each feature on its own; a feature whose start throws is left out and logged. */
export function startFeatures(features: readonly PortalFeature[], start: FeatureStart): RunningFeature[] {
  return features.flatMap((feature) => {
    try {
      return [{ id: feature.id, include: feature.include, pass: feature.start(start) }];
    } catch (error) {
      console.error(`Orderlens: feature ${feature.id} did not start`, error);
      return [];
    }
  });
}

/** Runs one pass of every feature that includes the page, in order; a failing feature is logged and skipped. */
export async function runFeatures(running: readonly RunningFeature[], page: PageRead, signal: AbortSignal): Promise<void> {
  for (const feature of running) {
    if (signal.aborted) return;
    if (!feature.include.includes(page.kind)) continue;
    try {
      await feature.pass(page);
    } catch (error) {
      if (!signal.aborted) console.error(`Orderlens: feature ${feature.id} failed on this page`, error);
    }
  }
}
