/**
 * Watching a portal page for the moments worth a new pass: the page's own
 * DOM changing (SPA re-renders, infinite scroll, pagination) and the URL
 * changing without a page load. The first pass lets a page that just loaded
 * settle; passes are debounced, wait for the page to be idle (never sharing
 * the portal's own busy moments), never overlap, and stop with the signal.
 * Nothing polls: a MutationObserver, the Navigation API where the browser
 * has it, and `popstate` where it does not (a `pushState` there always comes
 * with a re-render the observer sees).
 */

/** Attribute every element the overlay puts on a page carries; changes to them never start a pass. */
export const MARK = 'data-orderlens';

/** How a page is watched. */
export interface ObserveOptions {
  signal: AbortSignal;
  /** One pass over the page. A change during a pass schedules one more pass after it. */
  pass(): Promise<void> | void;
  /** Quiet time before a pass after the last change (ms). */
  debounceMs?: number;
  /** Longest a pass may be put off while the page keeps changing (ms). */
  maxWaitMs?: number;
  /** Told of every change to the page, the overlay's own included, before the next pass starts. */
  changed?(records: readonly MutationRecord[]): void;
}

/** A handle to ask for a pass from outside (a switch flipped, an order delivered). */
export interface PageWatch {
  /** Schedules a pass (debounced like a page change). */
  schedule(): void;
}

/** True when a mutation touched only the overlay's own elements. */
function ownMutation(record: MutationRecord): boolean {
  const { addedNodes: added, removedNodes: removed } = record;
  if (added.length + removed.length === 0) return false;
  return onlyOurs(added) && onlyOurs(removed);
}

/** Whether every node of the list is one of the overlay's elements (walked by index: one chip's record is one node). */
function onlyOurs(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType !== 1 || !(node as Element).hasAttribute(MARK)) return false;
  }
  return true;
}

/**
 * Longest a due pass waits for the page to go idle (ms). A pass waits for a
 * moment the portal's own work leaves free: right after a page load or a
 * re-render the portal's scripts, and the garbage its rendering left, would
 * otherwise share the pass's time (on a 500-row page, a third more).
 */
const IDLE_TIMEOUT_MS = 500;

/**
 * How long the first pass waits after the content script starts (ms). A page
 * that has just loaded is still being painted (raster on worker threads) and
 * its scripts compiled; a pass then shares the machine's cores with that
 * work and takes longer for the same CPU: on a 500-row orders page, 5 ms
 * more on two cores (bench:overlay's traced loads, CPU time alike either
 * way). The chips come a moment later; the page's own first moments stay
 * its own. A change of the page before then starts a pass as any change does.
 */
const FIRST_PASS_DELAY_MS = 300;

/** Calls `work` when the page is next idle (or after `timeoutMs`); returns a canceller. */
function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

/**
 * Runs `pass` once the page is idle, and again after every change of the
 * page or its URL, until `signal` aborts.
 */
export function observePage({ signal, pass, debounceMs = 120, maxWaitMs = 1_000, changed }: ObserveOptions): PageWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;
  let firstChangeAt: number | undefined;
  let running = false;
  let again = false;

  const run = async () => {
    cancelIdle = undefined;
    firstChangeAt = undefined;
    if (signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      // Changes not yet delivered to the observer are passed on before the pass reads the page.
      noteChanges(observer.takeRecords());
      await pass();
    } catch (error) {
      console.error('Orderlens: a page pass failed', error);
    } finally {
      running = false;
    }
    if (again && !signal.aborted) {
      again = false;
      schedule();
    }
  };

  const schedule = () => {
    if (signal.aborted) return;
    const now = Date.now();
    firstChangeAt ??= now;
    if (timer !== undefined) clearTimeout(timer);
    cancelIdle?.();
    const wait = Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - now));
    timer = setTimeout(runWhenIdle, wait);
  };

  const runWhenIdle = () => {
    timer = undefined;
    cancelIdle = whenIdle(() => void run(), IDLE_TIMEOUT_MS);
  };

  const noteChanges = (records: MutationRecord[]) => {
    if (records.length === 0) return;
    changed?.(records);
    if (records.some((r) => !ownMutation(r))) schedule();
  };
  const observer = new MutationObserver(noteChanges);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') navigation.addEventListener('navigate', schedule, { signal });
  window.addEventListener('popstate', schedule, { signal });
  window.addEventListener('hashchange', schedule, { signal });

  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      cancelIdle?.();
    },
    { once: true },
  );

  timer = setTimeout(runWhenIdle, FIRST_PASS_DELAY_MS);
  return { schedule };
}
