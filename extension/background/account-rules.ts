/**
 * Which of the seller's channels a page's account files its orders under,
 * as pure rules over the channel list and what was remembered. In order: a
 * remembered choice (while its channel exists); the channel whose
 * `accountKey` is the page's key; the seller's one channel of the kind, when
 * no other account has it (by key or by a remembered choice); a new channel
 * when the seller has none of the kind; otherwise the seller chooses, and
 * the orders wait. Never a guess between two channels.
 */
import type { PageAccount, PortalId } from '../content/portals/types.js';

/** A channel as the rules need it. */
export interface ChannelOption {
  id: string;
  kind: string;
  name: string;
  accountKey?: string | null | undefined;
}

/** An account's choice of channel, as remembered per worker and token. */
export interface RememberedAccount {
  channelKind: PortalId;
  key: string;
  /** The account's name as its page printed it, when it did. */
  name?: string | undefined;
  channelId: string;
  channelName: string;
  /** How the channel was found: the seller chose it, its account key matched, it was the only one, or it was made for this account. */
  how: 'chosen' | 'account_key' | 'only_channel' | 'created';
}

/** Where an account's orders go. */
export type AccountMapping =
  | { to: 'channel'; channelId: string; channelName: string; how: 'remembered' | 'account_key' | 'only_channel' }
  | { to: 'new_channel'; name: string }
  | { to: 'choice'; channels: Array<{ id: string; name: string }> };

/** The key an account is remembered by: `<kind>:<account key>`. */
export function accountId(channelKind: PortalId, key: string): string {
  return `${channelKind}:${key}`;
}

/** The name a channel made for an account gets: "Amazon amazon.de (from extension)". */
export function newChannelName(portalName: string, account: PageAccount): string {
  return `${portalName} ${account.key} (from extension)`;
}

/**
 * Where the account's orders go. `remembered` holds every account of this
 * worker and token remembered so far (by `accountId`); `channels` is the
 * seller's channel list as just read (a remembered channel no longer in it
 * counts as not remembered).
 */
export function mapAccount(
  channelKind: PortalId,
  account: PageAccount,
  channels: readonly ChannelOption[],
  remembered: Readonly<Record<string, RememberedAccount>>,
  portalName: string,
): AccountMapping {
  const mine = remembered[accountId(channelKind, account.key)];
  const ofKind = channels.filter((c) => c.kind === channelKind);
  if (mine && ofKind.some((c) => c.id === mine.channelId)) {
    return { to: 'channel', channelId: mine.channelId, channelName: ofKind.find((c) => c.id === mine.channelId)!.name, how: 'remembered' };
  }
  const keyed = ofKind.find((c) => c.accountKey === account.key);
  if (keyed) return { to: 'channel', channelId: keyed.id, channelName: keyed.name, how: 'account_key' };
  if (ofKind.length === 0) return { to: 'new_channel', name: newChannelName(portalName, account) };
  const only = ofKind.length === 1 ? ofKind[0]! : undefined;
  const takenByAnother =
    only !== undefined &&
    ((only.accountKey != null && only.accountKey !== account.key) || Object.values(remembered).some((r) => r.channelKind === channelKind && r.key !== account.key && r.channelId === only.id));
  if (only && !takenByAnother) return { to: 'channel', channelId: only.id, channelName: only.name, how: 'only_channel' };
  return { to: 'choice', channels: ofKind.map((c) => ({ id: c.id, name: c.name })) };
}
