// @vitest-environment happy-dom
/**
 * The injected scrubber's answer to "save this page": the scrubbed page and
 * its file name, or an error answer; never an exception into the portal's page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../background-globals.js'));
const { savedPage, scrubThisPage } = await import('../../../extension/content/save-page.js');
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

  it('scrubs the tab it is injected into with the adapter of the portal it shows', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url.href);
    document.documentElement.innerHTML = loadPage('amazon', 'orders.html').documentElement.innerHTML;
    const answer = await scrubThisPage();
    expect(answer).toEqual({ html: expect.stringContaining('113-4567890-1234567'), fileName: expect.stringMatching(/^orderlens-amazon-orders-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.html$/) });
    expect('html' in answer && answer.html).toMatch(
      /^<!DOCTYPE html>\n<!--\n {2}scrubbed by Orderlens: names, addresses, emails, phones and free text replaced\n {2}portal: amazon\n {2}page: orders\n/,
    );
    expect('html' in answer && answer.html).not.toContain('Jane Smith');
  });

  it('answers with an error when injected into a page of no portal', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://news.example.com/');
    expect(await scrubThisPage()).toEqual({ error: 'This is not a seller portal page: open an Amazon, eBay, Etsy, Shopify or Walmart seller page and try again.' });
  });
});
