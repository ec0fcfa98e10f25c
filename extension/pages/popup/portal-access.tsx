/**
 * Portal sites the browser does not let Orderlens read. Firefox grants an
 * MV3 add-on's host permissions at install but lets the seller take them
 * back per site (Chrome's "Site access" likewise); the portal's content
 * script then never runs, so its pages show no chips and capture nothing
 * without a word. The popup names those sites and asks again on a click.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PortalId } from '../../content/portals/types.js';
import { isPortal, PORTAL_NAMES } from '../../messaging/portal-links.js';

/** A portal with the match patterns of its sites the browser withholds. */
export interface WithheldPortal {
  portal: PortalId;
  origins: string[];
}

/** Each portal whose content script may not run on some of its sites, from the manifest's content scripts. */
export async function withheldPortals(): Promise<WithheldPortal[]> {
  const withheld: WithheldPortal[] = [];
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    const portal = script.js?.map((file) => /^content-scripts\/([a-z]+)\.js$/.exec(file)?.[1]).find(Boolean);
    if (!portal || !isPortal(portal)) continue;
    const origins: string[] = [];
    for (const origin of script.matches ?? []) {
      if (!(await browser.permissions.contains({ origins: [origin] }))) origins.push(origin);
    }
    if (origins.length) withheld.push({ portal, origins });
  }
  return withheld;
}

const withheld = signal<WithheldPortal[]>([]);
const refusal = signal('');

async function refresh(): Promise<void> {
  withheld.value = await withheldPortals();
}

function allow(origins: string[]): void {
  // Asked at once, inside the click: browsers grant permissions only during the seller's gesture.
  browser.permissions.request({ origins }).then(
    (granted) => {
      refusal.value = granted ? '' : 'The browser did not allow it.';
      return refresh();
    },
    (error: unknown) => (refusal.value = error instanceof Error ? error.message : String(error)),
  );
}

/** Where the seller's portal pages cannot be read, and an Allow button for each. */
export function PortalAccess() {
  useEffect(() => {
    void refresh();
    const changed = () => void refresh();
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    return () => {
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
    };
  }, []);
  if (withheld.value.length === 0) return null;
  return (
    <section aria-label="Portal access" class="portal-access">
      {withheld.value.map(({ portal, origins }) => (
        <p class="connection warn" role="status" key={portal} data-portal={portal}>
          The browser does not let Orderlens read {PORTAL_NAMES[portal].full} on {origins.map((o) => o.replace(/^https?:\/\/|\/\*$/g, '')).join(', ')}, so those pages show nothing and capture nothing.{' '}
          <button type="button" class="link" onClick={() => allow(origins)}>
            Allow
          </button>
        </p>
      ))}
      {refusal.value && (
        <p class="message bad" role="alert">
          {refusal.value}
        </p>
      )}
    </section>
  );
}
