// @vitest-environment happy-dom
/**
 * The popup's portal access line: a portal site whose access the seller
 * took back (Firefox allows it per site) is named with an Allow button, and
 * nothing shows while every portal site may be read.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(() => import('../../background-globals.js'));
const { PortalAccess, withheldPortals } = await import('../../../../extension/pages/popup/portal-access.js');

const CONTENT_SCRIPTS = [
  { matches: ['https://sellercentral.amazon.com/*', 'https://sellercentral.amazon.de/*'], js: ['content-scripts/amazon.js'] },
  { matches: ['https://www.etsy.com/your/*'], js: ['content-scripts/etsy.js'] },
];

/** The manifest's content scripts, with the browser granting every origin but `revoked`. */
function browserWithout(revoked: string[]) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Orderlens', version: '0.1.0', content_scripts: CONTENT_SCRIPTS });
  const contains = vi.fn(async ({ origins }: { origins?: string[] }) => !(origins ?? []).some((o) => revoked.includes(o)));
  const request = vi.fn(async () => true);
  const events = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() });
  Object.assign(fakeBrowser.permissions, { contains, request, onAdded: events(), onRemoved: events() });
  return { contains, request };
}

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

describe('portal access in the popup', () => {
  it('names each portal site whose access was taken back, and only those', async () => {
    browserWithout(['https://sellercentral.amazon.de/*']);
    expect(await withheldPortals()).toEqual([{ portal: 'amazon', origins: ['https://sellercentral.amazon.de/*'] }]);
  });

  it('finds nothing withheld when every portal site may be read', async () => {
    browserWithout([]);
    expect(await withheldPortals()).toEqual([]);
  });

  it('says plainly that the withheld site shows nothing, and asks the browser again on Allow', async () => {
    const { request } = browserWithout(['https://www.etsy.com/your/*']);
    const root = document.createElement('div');
    document.body.append(root);
    render(<PortalAccess />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-portal="etsy"]')).not.toBeNull());
    const line = root.querySelector('[data-portal="etsy"]')!;
    expect(line.textContent).toBe('The browser does not let Orderlens read Etsy Shop Manager on www.etsy.com/your, so those pages show nothing and capture nothing. Allow');
    expect(root.querySelectorAll('[data-portal]')).toHaveLength(1);
    line.querySelector('button')!.click();
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.etsy.com/your/*'] });
  });
});
