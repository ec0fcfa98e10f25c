// @vitest-environment happy-dom
/**
 * When a watched page is read: the first pass lets a page that just loaded
 * settle, a change of the page starts a debounced pass, the overlay's own
 * elements start none, and nothing runs once the watch is stopped.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MARK, observePage } from '../../../../extension/content/core/observe.js';

let stop: AbortController;
let passes: number[];

/** Starts watching the page; each pass notes when it ran (fake ms since the start). */
function watch() {
  const started = Date.now();
  observePage({ signal: stop.signal, pass: () => void passes.push(Date.now() - started) });
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  stop = new AbortController();
  passes = [];
});
afterEach(() => {
  stop.abort();
  vi.useRealTimers();
});

describe('watching a page', () => {
  it('reads a page that just loaded once it has settled, not at once', async () => {
    watch();
    await vi.advanceTimersByTimeAsync(250);
    expect(passes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(passes).toHaveLength(1);
    expect(passes[0]).toBeGreaterThanOrEqual(300);
  });

  it('reads a page that changes while settling after the change has stopped, once', async () => {
    watch();
    await vi.advanceTimersByTimeAsync(50);
    document.body.append(document.createElement('table'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(passes).toHaveLength(1);
    expect(passes[0]).toBeGreaterThanOrEqual(170);
  });

  it('reads the page again when it changes, but not when only the overlay’s own elements come or go', async () => {
    watch();
    await vi.advanceTimersByTimeAsync(1_000);
    const chip = document.createElement('orderlens-status');
    chip.setAttribute(MARK, 'status');
    document.body.append(chip);
    await vi.advanceTimersByTimeAsync(1_000);
    chip.remove();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(passes).toHaveLength(1);

    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(passes).toHaveLength(2);
  });

  it('reads nothing once stopped, not even the first pass it was waiting for', async () => {
    watch();
    await vi.advanceTimersByTimeAsync(100);
    stop.abort();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(passes).toEqual([]);

    stop = new AbortController();
    watch();
    await vi.advanceTimersByTimeAsync(1_000);
    stop.abort();
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(passes).toHaveLength(1);
  });
});
