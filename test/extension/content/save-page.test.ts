// @vitest-environment happy-dom
/**
 * The content script's answer to "save this page": the scrubbed page and its
 * file name, or an error answer; never an exception into the portal's page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../background-globals.js'));
const { answerPageSaves, savedPage } = await import('../../../extension/content/save-page.js');
const amazon = await import('../../../extension/content/portals/amazon.js');
const { loadPage } = await import('./portals/fixtures.js');

const url = new URL('https://sellercentral.amazon.com/orders-v3/mfn/unshipped');
const now = new Date('2026-12-07T04:10:00.123Z');

afterEach(() => fakeBrowser.reset());

describe('saving a portal page', () => {
  it('answers with the scrubbed page and a file name saying portal, page and time', () => {
    const answer = savedPage(loadPage('amazon', 'orders.html'), amazon, url, now);
    expect(answer).toEqual({ html: expect.stringContaining('113-4567890-1234567'), fileName: 'orderlens-amazon-orders-2026-12-07T04-10-00Z.html' });
    expect('html' in answer && answer.html).not.toContain('Jane Smith');
  });

  it('answers with an error, and throws nothing, when the page cannot be scrubbed', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unreadable = {
      nodeType: 9,
      get childNodes(): never {
        throw new Error('the page went away');
      },
      getElementById: () => null,
    } as unknown as Document;
    expect(savedPage(unreadable, amazon, url, now)).toEqual({ error: 'This page could not be scrubbed: the page went away' });
    expect(error).toHaveBeenCalledOnce();
  });

  it('answers the extension’s own scrubbed-page asks only, until the content script goes away', async () => {
    let invalidated: (() => void) | undefined;
    answerPageSaves({ onInvalidated: (fn: () => void) => (invalidated = fn) } as never, amazon);
    const answers: unknown[] = [];
    const respond = (answer: unknown) => answers.push(answer);
    // The fake passes a listener whatever it is given, sendResponse included.
    const onMessage = fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown>; hasListeners(): boolean };
    await onMessage.trigger({ type: 'scrubbed-page' }, { id: fakeBrowser.runtime.id }, respond);
    await onMessage.trigger({ type: 'scrubbed-page' }, { id: 'another-extension' }, respond);
    await onMessage.trigger({ type: 'capture' }, { id: fakeBrowser.runtime.id }, respond);
    expect(answers).toEqual([{ html: expect.stringMatching(/^<!DOCTYPE html>/), fileName: expect.stringMatching(/^orderlens-amazon-page-.*\.html$/) }]);
    invalidated!();
    expect(onMessage.hasListeners()).toBe(false);
  });
});
