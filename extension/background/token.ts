/**
 * The seller's API token, kept in the extension's own IndexedDB database and
 * nowhere else. Content scripts run in the portal page's origin, so that
 * database is out of their reach, whereas `storage.local` is open to every
 * extension context and cannot be restricted in Firefox (`setAccessLevel` is
 * for `storage.session` only, which is lost on restart). Imported only by
 * background modules and extension pages (the options page saves it, the
 * dashboard reads it); test/unit/extension-layout.test.ts holds content
 * scripts to that.
 */
import { storage } from 'wxt/utils/storage';
import { defineDbItem } from './database.js';

/** Where earlier versions kept the token: every context, content scripts included, could read it. */
const LEGACY_KEY = 'local:apiToken';

const stored = /* @__PURE__ */ defineDbItem<string>('apiToken', '', { durable: true });

let moving: Promise<void> | undefined;

/** Moves a token left in `storage.local` by an earlier version into the database, once, then deletes it there. */
function moveLegacyToken(): Promise<void> {
  moving ??= (async () => {
    const legacy = await storage.getItem<string>(LEGACY_KEY);
    if (legacy === null) return;
    // A token already in the database was saved later than the legacy one.
    if (!(await stored.getValue())) await stored.setValue(legacy);
    await storage.removeItem(LEGACY_KEY);
  })().catch((error: unknown) => {
    moving = undefined;
    throw error;
  });
  return moving;
}

/** The seller's API token ('' until saved). */
export const apiTokenItem = {
  async getValue(): Promise<string> {
    await moveLegacyToken();
    return stored.getValue();
  },
  async setValue(token: string): Promise<void> {
    await moveLegacyToken();
    await stored.setValue(token);
  },
};

/** Forgets that the legacy key was checked (tests, which start each case from empty storage). */
export function resetTokenMove(): void {
  moving = undefined;
}
