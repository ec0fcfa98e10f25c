/**
 * Options: the worker URL and API token (Save, Test connection that says
 * exactly what is wrong), one switch per portal, and which channel each
 * portal account's orders go to (accounts-section.tsx). The connected token's
 * name and role, as the worker names them. Saving a worker URL asks
 * the browser for access to its origin, at the moment the seller clicks.
 * Below, the portal pack each portal is read with, and any pack refused.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PackPortal } from '../../../shared/schemas/portal-pack.js';
import { readManagedConfig } from '../../background/managed-config.js';
import type { PacksOutcome } from '../../background/portal-packs.js';
import { apiTokenItem } from '../../background/token.js';
import { normalizeWorkerUrl, originPattern } from '../../background/worker-url.js';
import { BUNDLED_PACKS } from '../../content/portals/bundled-packs.js';
import type { PortalId } from '../../content/portals/types.js';
import { askBackground, type ConnectionTest } from '../../messaging/messages.js';
import { PORTAL_NAMES, PORTALS } from '../../messaging/portal-links.js';
import { ALL_PORTALS_ON, type PackChecks, type PortalSwitches, packChecksItem, portalSwitchesItem, type ServedPack, servedPacksItem, workerUrlItem } from '../../messaging/storage.js';
import { when } from '../../shared/words.js';
import { packLines } from '../reading-words.js';
import { AccountsSection } from './accounts-section.js';

type Notice = { tone: 'good' | 'bad' | 'muted'; text: string } | null;

const workerUrl = signal('');
const apiToken = signal('');
const portals = signal<PortalSwitches>(ALL_PORTALS_ON);
const saveNotice = signal<Notice>(null);
const testNotice = signal<Notice>(null);
const testing = signal(false);
const servedPacks = signal<Partial<Record<PackPortal, ServedPack>>>({});
const packChecks = signal<PackChecks | null>(null);
/** True when the organisation set the worker URL and token (managed storage): they win over typed ones. */
const managed = signal(false);
/** Who the connected token is: its name and role as the worker answered, or why that is not known. */
const identity = signal<string | null>(null);

/** What the options page says of a tested token. */
function identityOf(result: ConnectionTest): string | null {
  if (!result.ok) return null;
  if (!result.token) return 'This worker does not say which token this is (a version before roles).';
  return `Token “${result.token.name}”, role ${result.token.role}: ${result.token.scopes.join(', ')}.`;
}

/** Names the saved token (GET /v1/me through the background) without touching the notices. */
async function identify(url: string, token: string): Promise<void> {
  if (!url || !token) return;
  const result = await askBackground({ type: 'testConnection', url, token }).catch(() => null);
  if (result) identity.value = identityOf(result);
}

async function loadPacks(): Promise<void> {
  const [served, checks] = await Promise.all([servedPacksItem.getValue(), packChecksItem.getValue()]);
  servedPacks.value = served;
  packChecks.value = checks;
}

async function load(): Promise<void> {
  const [url, token, switches] = await Promise.all([workerUrlItem.getValue(), apiTokenItem.getValue(), portalSwitchesItem.getValue()]);
  workerUrl.value = url;
  apiToken.value = token;
  portals.value = { ...ALL_PORTALS_ON, ...switches };
  // After the typed ones: a browser's first managed-storage read can take seconds.
  const organisation = await readManagedConfig();
  if (!organisation) return;
  managed.value = true;
  workerUrl.value = organisation.url;
  apiToken.value = organisation.token;
}

async function loadAndIdentify(): Promise<void> {
  await load();
  await identify(workerUrl.value, apiToken.value);
}

async function save(event: Event): Promise<void> {
  event.preventDefault();
  if (managed.value) return;
  const url = normalizeWorkerUrl(workerUrl.value);
  if (!url) {
    saveNotice.value = { tone: 'bad', text: 'Enter the worker URL, such as http://127.0.0.1:8787.' };
    return;
  }
  const origin = new URL(url).origin;
  // Asked first, before any await: browsers grant permissions only during the seller's click.
  // Not awaited before saving: the browser's prompt may stay open while the settings are stored.
  const permission = browser.permissions.request({ origins: [originPattern(url)] }).then(
    (granted) => ({ granted, refusal: '' }),
    (error: unknown) => ({ granted: false, refusal: error instanceof Error ? error.message : String(error) }),
  );
  await Promise.all([workerUrlItem.setValue(url), apiTokenItem.setValue(apiToken.value.trim())]);
  // The token's database tells no one of the change: the background is told.
  await askBackground({ type: 'credentialsChanged' }).catch((error: unknown) => console.warn('Orderlens: the background did not take the new credentials yet', error));
  workerUrl.value = url;
  apiToken.value = apiToken.value.trim();
  saveNotice.value = { tone: 'muted', text: `Saved. Allow Orderlens to reach ${origin} if the browser asks.` };
  const { granted, refusal } = await permission;
  saveNotice.value = granted
    ? { tone: 'good', text: 'Saved.' }
    : { tone: 'bad', text: `Saved, but the browser did not allow Orderlens to reach ${origin}${refusal ? ` (${refusal})` : ''}. Choose Save again and allow it.` };
}

async function test(): Promise<void> {
  testing.value = true;
  testNotice.value = { tone: 'muted', text: 'Testing…' };
  try {
    const result = await askBackground({ type: 'testConnection', url: workerUrl.value, token: apiToken.value });
    testNotice.value = { tone: result.ok ? 'good' : 'bad', text: result.message };
    identity.value = identityOf(result);
  } catch (error) {
    testNotice.value = { tone: 'bad', text: error instanceof Error ? error.message : String(error) };
  } finally {
    testing.value = false;
  }
}

async function toggle(portal: PortalId, on: boolean): Promise<void> {
  portals.value = { ...portals.value, [portal]: on };
  await portalSwitchesItem.setValue(portals.value);
}

function Notice({ notice, id }: { notice: Notice; id: string }) {
  return (
    <p id={id} class={`message ${notice?.tone ?? ''}`} role="status" aria-live="polite">
      {notice?.text ?? ''}
    </p>
  );
}

/** Which pack reads each portal (built in, or served by the worker and when), and why a served one was refused. */
const packCheck = signal<{ busy: boolean; said: string | null }>({ busy: false, said: null });

const PACK_OUTCOMES: Readonly<Record<PacksOutcome, string>> = {
  checked: 'Checked: the packs below are in use.',
  unchanged: 'Your worker has nothing newer.',
  unsupported: 'Your worker serves no packs (an older version).',
  not_configured: 'Connect to your worker first.',
  failed: 'Your worker could not be reached; the packs in use stay.',
};

async function checkPacksNow(): Promise<void> {
  packCheck.value = { busy: true, said: null };
  try {
    const { outcome } = await askBackground({ type: 'checkPacks' });
    packCheck.value = { busy: false, said: PACK_OUTCOMES[outcome] };
  } catch (error) {
    packCheck.value = { busy: false, said: error instanceof Error ? error.message : String(error) };
  }
}

function PortalPacks() {
  const checks = packChecks.value;
  if (!checks) return null;
  return (
    <fieldset class="packs">
      <legend>Portal packs</legend>
      <p class="hint muted">
        What Orderlens knows of each portal’s pages. Your worker may serve newer packs; each is checked before it is used.{' '}
        {checks.unsupported ? 'Your worker serves no packs (an older version); the last packs taken stay in use.' : checks.checkedAt ? `Last checked ${when(checks.checkedAt)}.` : 'Not checked yet.'}
      </p>
      <ul>
        {packLines(BUNDLED_PACKS, servedPacks.value, checks, when).map((line) => (
          <li key={line.portal} data-portal={line.portal}>
            {line.inUse}
            {line.refusal && <div class="bad">{line.refusal}</div>}
          </li>
        ))}
      </ul>
      <p>
        <button type="button" class="check-packs" disabled={packCheck.value.busy} onClick={() => void checkPacksNow()}>
          Check for newer packs
        </button>{' '}
        {packCheck.value.said && (
          <span class="hint muted" role="status">
            {packCheck.value.said}
          </span>
        )}
      </p>
    </fieldset>
  );
}

/** The options page. */
export function OptionsPage() {
  useEffect(() => void loadAndIdentify(), []);
  useEffect(() => {
    void loadPacks();
    const unwatch = [servedPacksItem.watch(() => void loadPacks()), packChecksItem.watch(() => void loadPacks())];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);
  return (
    <>
      <h1>Orderlens</h1>
      <p class="muted">Connect the extension to your Orderlens worker. The token stays in this browser and is sent only to that worker.</p>
      <form onSubmit={(e) => void save(e)} noValidate>
        <label for="worker-url">Worker URL</label>
        <input
          id="worker-url"
          type="url"
          inputMode="url"
          autoComplete="url"
          spellcheck={false}
          placeholder="http://127.0.0.1:8787"
          value={workerUrl.value}
          readOnly={managed.value}
          onInput={(e) => (workerUrl.value = e.currentTarget.value)}
        />
        <label for="api-token">API token</label>
        <input
          id="api-token"
          type="password"
          autoComplete="off"
          spellcheck={false}
          value={apiToken.value}
          readOnly={managed.value}
          onInput={(e) => (apiToken.value = e.currentTarget.value)}
          aria-describedby="token-hint"
        />
        <p id="token-hint" class="hint muted">
          {managed.value ? 'Set by your organisation: the worker URL and token come from its policy and cannot be changed here.' : 'The seller token the worker printed (npm start shows a demo one).'}
        </p>
        <div class="row">
          {!managed.value && (
            <button type="submit" class="primary">
              Save
            </button>
          )}
          <button type="button" onClick={() => void test()} disabled={testing.value}>
            Test connection
          </button>
        </div>
        <Notice id="save-message" notice={saveNotice.value} />
        <Notice id="test-message" notice={testNotice.value} />
        {identity.value && (
          <p id="token-identity" class="hint">
            {identity.value}
          </p>
        )}
      </form>
      <fieldset>
        <legend>Portals</legend>
        <p class="hint muted">Orderlens reads and annotates only the portals switched on.</p>
        {PORTALS.map((portal) => (
          <label class="switch" key={portal}>
            <input type="checkbox" role="switch" aria-checked={portals.value[portal]} checked={portals.value[portal]} onChange={(e) => void toggle(portal, e.currentTarget.checked)} />
            {PORTAL_NAMES[portal].full}
          </label>
        ))}
      </fieldset>
      <AccountsSection />
      <PortalPacks />
    </>
  );
}
