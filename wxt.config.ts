/**
 * The browser extension's build: WXT with sources in `extension/`, built to
 * `.output/<browser>-mv3`. The manifest asks for nothing beyond storage,
 * alarms, scripting and the five seller portals; a seller's own worker origin is asked
 * for at run time from the options page (optional host permissions).
 */
import { defineConfig } from 'wxt';
import { portalHostPermissions } from './extension/content/portals/host-permissions.js';

/**
 * The skeleton every extension page shares, written once here: UTF-8 first,
 * then a body holding the element the page's Preact app renders into and the
 * page's own `main.tsx`. Each page's index.html keeps only what is its own
 * (title, viewport, manifest options). Run before Vite reads the HTML, so the
 * script is bundled like one written in the file.
 */
const pageSkeleton = {
  name: 'orderlens:page-skeleton',
  transformIndexHtml: {
    order: 'pre' as const,
    handler: (html: string) =>
      html
        .replace('<head>', '<head>\n    <meta charset="utf-8" />')
        .replace('</html>', '  <body>\n    <main id="app"></main>\n    <script type="module" src="./main.tsx"></script>\n  </body>\n</html>'),
  },
};

export default defineConfig({
  srcDir: 'extension',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  // Copied as is into each build (the managed-storage schema).
  publicDir: 'extension/public',
  // MV3 for every browser, Firefox included, so one background (alarms, action badge) serves both.
  manifestVersion: 3,
  vite: () => ({ plugins: [pageSkeleton] }),
  // Explicit imports everywhere: a reader can see where each name comes from.
  imports: false,
  zip: {
    // Firefox's review rebuilds the add-on from the sources zip: what `npm ci && npm run build:extension:firefox`
    // needs and nothing else (no worker, tests, benchmarks, local state or secrets).
    excludeSources: ['**'],
    includeSources: ['package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'README.md', 'extension/**', 'shared/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Orderlens',
    description: 'Your Orderlens order book inside the seller portals you already use.',
    permissions: [
      'storage',
      'alarms',
      // The outbox must hold every captured order until the worker takes it, even through days
      // offline; the default 10 MB quota could force a choice between refusing captures and losing them.
      'unlimitedStorage',
      // "Save this page for support" injects the scrubber into the portal tab only when asked, which keeps
      // it out of every content script; it reaches the portal hosts alone (host_permissions).
      'scripting',
    ],
    host_permissions: portalHostPermissions(),
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    action: { default_title: 'Orderlens' },
    // Firefox needs an add-on id for storage; Chrome would warn about the unknown key. Firefox asks the
    // seller's consent at install for what leaves the browser: buyers' names and addresses and what the
    // portal pages show, sent to the seller's own worker (declaring it needs Firefox 140, the oldest ESR,
    // and 142 on Android).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'orderlens@orderlens.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    // The keys an organisation may set by policy (background/managed-config.ts); Firefox takes
    // managed storage without a schema and would warn about the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
