// @vitest-environment happy-dom
/**
 * The popup's "Save this page for support": the button knows portal tabs,
 * a save downloads what the scrubber injected into the tab answered, and every way it
 * can fail is one plain line.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../../background-globals.js'));
const { findPortalTab, portalTab, saveLine, savePageForSupport, saveState } = await import('../../../../extension/pages/popup/page-save.js');

const tabs = fakeBrowser.tabs;
const activeTab = (url: string | undefined) => vi.spyOn(tabs, 'query').mockResolvedValue([{ id: 7, url } as never]);
/** The injected scrubber's result (an Error: the injection failed). */
const scrubberAnswers = (answer: unknown) =>
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async () => {
    if (answer instanceof Error) throw answer;
    return [{ frameId: 0, result: answer }];
  }) as never);

beforeEach(() => {
  portalTab.value = null;
  saveState.value = 'idle';
  saveLine.value = '';
});
afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('saving the page for support from the popup', () => {
  it('offers the button on a portal page only', async () => {
    activeTab('https://www.ebay.co.uk/sh/ord/');
    await findPortalTab();
    expect(portalTab.value).toEqual({ id: 7, portal: 'ebay' });
    activeTab('https://news.example.com/');
    await findPortalTab();
    expect(portalTab.value).toBeNull();
    activeTab(undefined);
    await findPortalTab();
    expect(portalTab.value).toBeNull();
  });

  it('injects the scrubber into the tab and downloads its page under the name given', async () => {
    activeTab('https://sellercentral.amazon.com/orders-v3');
    const injected = scrubberAnswers({ html: '<!DOCTYPE html><html></html>', fileName: 'orderlens-amazon-orders-2026-12-07T04-10-00Z.html' });
    const download = vi.fn();
    await savePageForSupport(download);
    expect(injected).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/scrub-page.js'] });
    expect(download).toHaveBeenCalledWith('<!DOCTYPE html><html></html>', 'orderlens-amazon-orders-2026-12-07T04-10-00Z.html');
    expect([saveState.value, saveLine.value]).toEqual(['saved', 'Saved orderlens-amazon-orders-2026-12-07T04-10-00Z.html: names, addresses, emails, phones and free text are replaced.']);
  });

  it('downloads through a Blob URL and a download link', async () => {
    activeTab('https://www.etsy.com/your/orders/sold');
    scrubberAnswers({ html: '<!DOCTYPE html><p>x</p>', fileName: 'orderlens-etsy-orders-x.html' });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:orderlens/1');
    let clicked: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = this;
    });
    await savePageForSupport();
    expect(created).toHaveBeenCalledWith(expect.any(Blob));
    expect([clicked?.href, clicked?.download]).toEqual(['blob:orderlens/1', 'orderlens-etsy-orders-x.html']);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  const failures: Array<[string, string | undefined, unknown, string]> = [
    ['the tab is not a portal page', 'https://news.example.com/', undefined, 'This is not a seller portal page: open an Amazon, eBay, Etsy, Shopify or Walmart seller page and try again.'],
    [
      'the tab shows an error page',
      'https://www.etsy.com/your/orders/sold',
      new Error('Frame with ID 0 is showing error page'),
      'Orderlens is not running on this Etsy Shop Manager page yet: reload the page and try again.',
    ],
    ['the injection fails otherwise', 'https://www.etsy.com/your/orders/sold', new Error('No tab with id: 7.'), 'The page could not be asked for a copy: No tab with id: 7.'],
    ['the scrub failed', 'https://seller.walmart.com/orders/manage-orders', { error: 'This page could not be scrubbed: boom' }, 'This page could not be scrubbed: boom'],
    ['the answer is not a page', 'https://seller.walmart.com/orders/manage-orders', undefined, 'Orderlens on this page did not answer: reload the page and try again.'],
    ['the answer is not HTML', 'https://seller.walmart.com/orders/manage-orders', { html: 'hello', fileName: 'x.html' }, 'The saved page is not an HTML document.'],
  ];
  for (const [when, url, answer, line] of failures) {
    it(`says so when ${when}`, async () => {
      activeTab(url);
      scrubberAnswers(answer);
      const download = vi.fn();
      await savePageForSupport(download);
      expect([saveState.value, saveLine.value]).toEqual(['failed', line]);
      expect(download).not.toHaveBeenCalled();
    });
  }
});
