/**
 * Options › Accounts: which channel each portal account's orders go to
 * (amazon.de → "Amazon DE"), as remembered for this worker and token, with
 * a way to change or forget each; and the accounts whose orders wait in
 * the outbox for a channel choice, to choose here instead of on the page.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { RememberedAccount } from '../../background/account-rules.js';
import type { PortalId } from '../../content/portals/types.js';
import { type AccountsOverview, askBackground, BackgroundError } from '../../messaging/messages.js';
import { PORTAL_NAMES } from '../../messaging/portal-links.js';
import { ChannelLocales } from './channel-locales.js';

const overview = signal<AccountsOverview | null>(null);
const problem = signal<string | null>(null);
const busy = signal(false);

const HOW: Readonly<Record<RememberedAccount['how'], string>> = {
  chosen: 'you chose it',
  account_key: 'its account key matches',
  only_channel: 'your only channel of the kind',
  created: 'made for this account',
};

/** Reads the accounts again (or runs a change that answers with them), saying what went wrong. */
async function refresh(ask: () => Promise<AccountsOverview> = () => askBackground({ type: 'accounts' })): Promise<void> {
  busy.value = true;
  try {
    overview.value = await ask();
    problem.value = null;
  } catch (error) {
    // Not connected yet: the form above says so; the section is simply empty.
    if (error instanceof BackgroundError && error.code === 'not_configured') overview.value = null;
    problem.value = error instanceof BackgroundError && error.code === 'not_configured' ? null : error instanceof Error ? error.message : String(error);
  } finally {
    busy.value = false;
  }
}

async function choose(channelKind: PortalId, account: { key: string; name?: string | undefined }, channelId: string): Promise<void> {
  await refresh(async () => {
    const target = channelId === 'new' ? { newChannel: true } : { channelId };
    await askBackground({ type: 'chooseChannel', channelKind, account: { key: account.key, ...(account.name ? { name: account.name } : {}) }, ...target });
    return askBackground({ type: 'accounts' });
  });
}

function ChannelSelect({ kind, account, current, label }: { kind: PortalId; account: { key: string; name?: string | undefined }; current: string; label: string }) {
  const channels = overview.value?.channels.filter((c) => c.kind === kind) ?? [];
  return (
    <select aria-label={label} value={current} disabled={busy.value} onChange={(e) => void choose(kind, account, e.currentTarget.value)}>
      {current === '' ? <option value="">Choose a channel…</option> : null}
      {channels.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
      <option value="new">A new channel</option>
    </select>
  );
}

const accountWords = (a: { key: string; name?: string | undefined }) => (a.name && a.name !== a.key ? `${a.name} (${a.key})` : a.key);

/** The Accounts section. */
export function AccountsSection() {
  useEffect(() => void refresh(), []);
  const { remembered = [], awaiting = [] } = overview.value ?? {};
  return (
    <fieldset id="accounts">
      <legend>Accounts</legend>
      <p class="hint muted">Which channel each of your portal accounts files its orders under. Orderlens asks on the page when it cannot tell, and remembers the answer for this worker and token.</p>
      {awaiting.map((a) => (
        <div class="account waiting" key={`${a.channelKind}:${a.key}`} data-account={`${a.channelKind}:${a.key}`}>
          <p>
            <strong>
              {PORTAL_NAMES[a.channelKind].short} {accountWords(a)}
            </strong>
            : {a.held === 1 ? '1 order waits' : `${a.held} orders wait`} for a channel choice.
          </p>
          <ChannelSelect kind={a.channelKind} account={a} current="" label={`Channel for ${PORTAL_NAMES[a.channelKind].short} ${a.key}`} />
        </div>
      ))}
      {remembered.length === 0 && awaiting.length === 0 && overview.value ? <p class="muted">No accounts yet: they appear once a portal page says which account it is.</p> : null}
      {remembered.length > 0 ? (
        <table class="accounts">
          <thead>
            <tr>
              <th scope="col">Portal</th>
              <th scope="col">Account</th>
              <th scope="col">Channel</th>
              <th scope="col" aria-label="Forget" />
            </tr>
          </thead>
          <tbody>
            {remembered.map((a) => (
              <tr key={`${a.channelKind}:${a.key}`} data-account={`${a.channelKind}:${a.key}`}>
                <td>{PORTAL_NAMES[a.channelKind].short}</td>
                <td>{accountWords(a)}</td>
                <td>
                  <ChannelSelect kind={a.channelKind} account={a} current={a.channelId} label={`Channel for ${PORTAL_NAMES[a.channelKind].short} ${a.key}`} />
                  <span class="hint muted"> {HOW[a.how]}</span>
                </td>
                <td>
                  <button type="button" disabled={busy.value} onClick={() => void refresh(() => askBackground({ type: 'forgetAccount', channelKind: a.channelKind, key: a.key }))}>
                    Forget
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {overview.value && overview.value.channels.length > 0 ? (
        <ChannelLocales channels={overview.value.channels} busy={busy.value} save={(change) => refresh(() => askBackground({ type: 'setChannelLocale', ...change }))} />
      ) : null}
      {problem.value ? (
        <p class="message bad" role="status">
          {problem.value}
        </p>
      ) : null}
    </fieldset>
  );
}
