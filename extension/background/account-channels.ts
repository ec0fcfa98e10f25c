/**
 * Which channel each of the seller's portal accounts files its orders under
 * (amazon.de → "Amazon DE"), found by the rules in account-rules.ts and
 * remembered per worker and token, so the channel list is read only for an
 * account not seen before. An account the rules cannot place is noted as
 * awaiting the seller's choice; its orders wait in the outbox until then.
 * Background only.
 */
import type { PageAccount, PortalId } from '../content/portals/types.js';
import { BackgroundError } from '../messaging/messages.js';
import { PORTAL_NAMES } from '../messaging/portal-links.js';
import { type AccountAwaitingChoice, accountChannelsItem, accountChoicesItem } from '../messaging/storage.js';
import { accountId, type ChannelOption, mapAccount, newChannelName, type RememberedAccount } from './account-rules.js';
import { ApiProblem, type Credentials, createChannel, fetchChannels } from './api-client.js';
import { credentialsDigest } from './credentials.js';
import type { Outbox } from './outbox.js';

/** An account of the seller on one portal. */
export interface AccountRef {
  channelKind: PortalId;
  account: PageAccount;
}

/** The accounts remembered for these credentials, by `<kind>:<key>`. */
async function remembered(digest: string): Promise<Record<string, RememberedAccount>> {
  return (await accountChannelsItem.getValue())[digest] ?? {};
}

async function setRemembered(digest: string, accounts: Record<string, RememberedAccount>): Promise<void> {
  await accountChannelsItem.setValue({ ...(await accountChannelsItem.getValue()), [digest]: accounts });
}

/** Accounts awaiting a choice for these credentials (those noted for other credentials do not count). */
async function awaiting(digest: string): Promise<Record<string, AccountAwaitingChoice>> {
  const stored = await accountChoicesItem.getValue();
  return stored?.credentials === digest ? stored.accounts : {};
}

/** A channel made for an account; when another browser made it meanwhile (409), that one. */
async function channelMadeFor(creds: Credentials, ref: AccountRef, name: string): Promise<ChannelOption> {
  try {
    return await createChannel(creds, ref.channelKind, name, ref.account.key);
  } catch (error) {
    if (!(error instanceof ApiProblem && error.status === 409)) throw error;
    const made = (await fetchChannels(creds)).find((c) => c.kind === ref.channelKind && c.accountKey === ref.account.key);
    if (!made) throw error;
    return made;
  }
}

const remember = (ref: AccountRef, channel: { id: string; name: string }, how: RememberedAccount['how']): RememberedAccount => ({
  channelKind: ref.channelKind,
  key: ref.account.key,
  ...(ref.account.name ? { name: ref.account.name } : {}),
  channelId: channel.id,
  channelName: channel.name,
  how,
});

/**
 * Channel ids for the given accounts, by `<kind>:<key>`. An account the
 * seller must choose a channel for is left out and noted in
 * `accountChoicesItem`; one the seller has no channel of its kind for gets
 * one made. Throws what the API client throws (the caller retries later).
 */
export async function channelIdsForAccounts(creds: Credentials, refs: readonly AccountRef[]): Promise<Map<string, string>> {
  const digest = await credentialsDigest(creds);
  const found = new Map<string, string>();
  const known = await remembered(digest);
  const unknown = refs.filter((ref) => {
    const mine = known[accountId(ref.channelKind, ref.account.key)];
    if (mine) found.set(accountId(ref.channelKind, ref.account.key), mine.channelId);
    return !mine;
  });
  if (unknown.length === 0) return found;
  // One reader at a time (the same lock as channelIdsFor), so two deliveries never both make a channel.
  return await navigator.locks.request('orderlens-channels', async () => {
    const accounts = { ...(await remembered(digest)) };
    const choices = { ...(await awaiting(digest)) };
    const channels = await fetchChannels(creds);
    for (const ref of unknown) {
      const id = accountId(ref.channelKind, ref.account.key);
      const mapping = mapAccount(ref.channelKind, ref.account, channels, accounts, PORTAL_NAMES[ref.channelKind].short);
      if (mapping.to === 'choice') {
        choices[id] = { channelKind: ref.channelKind, key: ref.account.key, ...(ref.account.name ? { name: ref.account.name } : {}), channels: mapping.channels };
        continue;
      }
      const channel = mapping.to === 'channel' ? { id: mapping.channelId, name: mapping.channelName } : await channelMadeFor(creds, ref, mapping.name);
      const how = mapping.to === 'new_channel' ? 'created' : mapping.how === 'remembered' ? (accounts[id]?.how ?? 'chosen') : mapping.how;
      accounts[id] = remember(ref, channel, how);
      delete choices[id];
      found.set(id, channel.id);
    }
    await setRemembered(digest, accounts);
    await accountChoicesItem.setValue({ credentials: digest, accounts: choices });
    return found;
  });
}

/** How many waiting orders are held until the seller chooses their account's channel (for these credentials). */
export async function heldForChoice(creds: Credentials | undefined, outbox: Outbox): Promise<number> {
  if (!creds) return 0;
  const choices = await awaiting(await credentialsDigest(creds));
  return outbox.waiting.filter((w) => w.account && choices[accountId(w.channelKind, w.account.key)]).length;
}

/**
 * The channel a page of the account reads from (statuses, listings) without
 * making a channel or asking: the remembered one, else the one the rules
 * find for sure (then remembered, as delivery would), else undefined.
 */
export async function channelIdToRead(creds: Credentials, channelKind: PortalId, key: string): Promise<string | undefined> {
  const digest = await credentialsDigest(creds);
  const id = accountId(channelKind, key);
  const known = (await remembered(digest))[id];
  if (known) return known.channelId;
  return await navigator.locks.request('orderlens-channels', async () => {
    const accounts = { ...(await remembered(digest)) };
    const mapping = mapAccount(channelKind, { key }, await fetchChannels(creds), accounts, PORTAL_NAMES[channelKind].short);
    if (mapping.to !== 'channel') return undefined;
    const how = mapping.how === 'remembered' ? (accounts[id]?.how ?? 'chosen') : mapping.how;
    accounts[id] = { ...accounts[id], ...remember({ channelKind, account: { key } }, { id: mapping.channelId, name: mapping.channelName }, how) };
    await setRemembered(digest, accounts);
    return mapping.channelId;
  });
}

/** The choice the seller is asked to make for an account, or undefined when its channel is known. */
export async function choiceAwaited(creds: Credentials, ref: AccountRef): Promise<AccountAwaitingChoice | undefined> {
  const id = accountId(ref.channelKind, ref.account.key);
  if ((await channelIdsForAccounts(creds, [ref])).has(id)) return undefined;
  return (await awaiting(await credentialsDigest(creds)))[id];
}

/**
 * The seller's choice for an account: one of their channels of its kind, or
 * a new one made for it. Remembered; the account no longer awaits a choice.
 */
export async function chooseChannel(creds: Credentials, ref: AccountRef, target: { channelId: string } | { newChannel: true }): Promise<RememberedAccount> {
  const digest = await credentialsDigest(creds);
  return await navigator.locks.request('orderlens-channels', async () => {
    const portal = PORTAL_NAMES[ref.channelKind].short;
    let channel: ChannelOption | undefined;
    if ('newChannel' in target) {
      channel = await channelMadeFor(creds, ref, newChannelName(portal, ref.account));
    } else {
      channel = (await fetchChannels(creds)).find((c) => c.kind === ref.channelKind && c.id === target.channelId);
      if (!channel) throw new BackgroundError('no_channel', `That is not one of your ${portal} channels (it may have been deleted).`);
    }
    const id = accountId(ref.channelKind, ref.account.key);
    const chosen = remember(ref, channel, 'newChannel' in target ? 'created' : 'chosen');
    await setRemembered(digest, { ...(await remembered(digest)), [id]: chosen });
    const choices = { ...(await awaiting(digest)) };
    delete choices[id];
    await accountChoicesItem.setValue({ credentials: digest, accounts: choices });
    return chosen;
  });
}

/** Forgets which channel an account goes to: the rules place it afresh next time (asking if they cannot). */
export async function forgetAccount(creds: Credentials, channelKind: PortalId, key: string): Promise<void> {
  const digest = await credentialsDigest(creds);
  await navigator.locks.request('orderlens-channels', async () => {
    const accounts = { ...(await remembered(digest)) };
    delete accounts[accountId(channelKind, key)];
    await setRemembered(digest, accounts);
  });
}

/**
 * Forgets remembered accounts whose channel the worker no longer has (it
 * refused their channel id). A choice the seller made for such a channel
 * goes too: their orders wait for a new choice rather than fail.
 */
export async function forgetGoneAccounts(creds: Credentials): Promise<void> {
  const digest = await credentialsDigest(creds);
  await navigator.locks.request('orderlens-channels', async () => {
    const ids = new Set((await fetchChannels(creds)).map((c) => c.id));
    const accounts = await remembered(digest);
    const kept = Object.fromEntries(Object.entries(accounts).filter(([, a]) => ids.has(a.channelId)));
    if (Object.keys(kept).length !== Object.keys(accounts).length) await setRemembered(digest, kept);
  });
}

/** Every account remembered and awaiting a choice for these credentials, with the seller's channels of the portals. */
export async function accountsOverview(creds: Credentials): Promise<{
  remembered: RememberedAccount[];
  awaiting: AccountAwaitingChoice[];
  channels: ChannelOption[];
}> {
  const digest = await credentialsDigest(creds);
  const channels = (await fetchChannels(creds)).filter((c) => c.kind in PORTAL_NAMES);
  const names = new Map(channels.map((c) => [c.id, c.name]));
  // Names as the worker has them now (a channel renamed since it was remembered).
  const accounts = Object.values(await remembered(digest)).map((a) => ({ ...a, channelName: names.get(a.channelId) ?? a.channelName }));
  return { remembered: accounts, awaiting: Object.values(await awaiting(digest)), channels };
}
