/**
 * Options › Accounts › Currency and time zone: per channel, the currency a
 * store's bare "$" is in and the zone its portal prints times in, checked
 * here as the worker checks them, with a hint of which pages read each.
 * Blank is "not set": amounts in "$" stay unknown and zoneless times keep
 * only their day.
 */
import { useState } from 'preact/hooks';
import { COMMON_TIME_ZONES, isKnownCurrency, isKnownTimeZone } from '../../../shared/channel-locale.js';
import type { PortalId } from '../../content/portals/types.js';
import type { AccountsOverview } from '../../messaging/messages.js';
import { PORTAL_NAMES } from '../../messaging/portal-links.js';

type ChannelShown = AccountsOverview['channels'][number];

/** What to send for the typed currency and zone, or the field that is wrong and why. */
export function localeChange(currency: string, timeZone: string): { ok: true; currency: string | null; timeZone: string | null } | { ok: false; field: 'currency' | 'timeZone'; message: string } {
  const code = currency.trim().toUpperCase();
  const zone = timeZone.trim();
  if (code !== '' && !isKnownCurrency(code)) return { ok: false, field: 'currency', message: `${code} is not an ISO 4217 currency code such as CAD.` };
  if (zone !== '' && !isKnownTimeZone(zone)) return { ok: false, field: 'timeZone', message: `${zone} is not an IANA time zone such as Europe/Berlin.` };
  return { ok: true, currency: code === '' ? null : code, timeZone: zone === '' ? null : zone };
}

/** Which of each portal's pages are read with the channel's zone and currency, as its adapter reads them. */
export const LOCALE_READS: Readonly<Record<PortalId, { zone: string; currency: string }>> = {
  amazon: { zone: 'Manage Orders and order pages', currency: 'is not used: Amazon prints each marketplace’s own currency' },
  ebay: { zone: 'the orders grid and order pages, where eBay prints a time without its zone', currency: 'reads a bare “$” on eBay Australia or Canada when it is AUD or CAD' },
  etsy: { zone: 'Sold orders, list and order', currency: 'reads bare “$” amounts on Sold orders' },
  shopify: { zone: 'the orders list and order pages', currency: 'reads bare “$” amounts on the orders list and order pages' },
  walmart: { zone: 'Manage Orders and order details', currency: 'reads amounts on Manage Orders and order details (US dollars when not set)' },
};

/** The hint under a channel: which pages its saved zone and currency are read on, or what happens while none is set. */
export function localeHint(kind: string, currency: string | null | undefined, timeZone: string | null | undefined): string | undefined {
  const reads = LOCALE_READS[kind as PortalId];
  if (!reads) return undefined;
  const zone = timeZone ? `Times read in ${timeZone} on ${reads.zone}.` : 'No zone: times printed without one keep only their day.';
  return currency ? `${zone} ${currency} ${reads.currency}.` : zone;
}

function ChannelLocaleRow({ channel, busy, save }: { channel: ChannelShown; busy: boolean; save: (change: { channelId: string; currency: string | null; timeZone: string | null }) => Promise<void> }) {
  const [currency, setCurrency] = useState(channel.currency ?? '');
  const [timeZone, setTimeZone] = useState(channel.timeZone ?? '');
  const [wrong, setWrong] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const change = localeChange(currency, timeZone);
    if (!change.ok) return setWrong(change.message);
    setWrong(null);
    void save({ channelId: channel.id, currency: change.currency, timeZone: change.timeZone });
  };
  const portal = PORTAL_NAMES[channel.kind as PortalId]?.short ?? channel.kind;
  const hint = localeHint(channel.kind, channel.currency, channel.timeZone);
  return (
    <tr data-channel={channel.id}>
      <td>
        {channel.name} <span class="hint muted">{portal}</span>
      </td>
      <td colSpan={3}>
        <form onSubmit={submit}>
          <input aria-label={`Currency of ${channel.name}`} placeholder="not set" size={4} maxLength={3} value={currency} onInput={(e) => setCurrency(e.currentTarget.value)} />{' '}
          <input aria-label={`Time zone of ${channel.name}`} placeholder="not set" list="orderlens-time-zones" value={timeZone} onInput={(e) => setTimeZone(e.currentTarget.value)} />{' '}
          <button type="submit" disabled={busy}>
            Save
          </button>
          {wrong ? (
            <span class="message bad" role="status">
              {' '}
              {wrong}
            </span>
          ) : null}
        </form>
        {hint ? (
          <p class="hint muted" data-orderlens="locale-reads">
            {hint}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

/** The currency and zone of each of the seller's portal channels, editable. */
export function ChannelLocales({
  channels,
  busy,
  save,
}: {
  channels: AccountsOverview['channels'];
  busy: boolean;
  save: (change: { channelId: string; currency: string | null; timeZone: string | null }) => Promise<void>;
}) {
  return (
    <div class="channel-locales">
      <p class="hint muted">The currency each store prices in (a bare “$” is read in it when it is a dollar currency) and the time zone its pages print times in. Blank: not set.</p>
      <datalist id="orderlens-time-zones">
        {COMMON_TIME_ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <table class="accounts">
        <thead>
          <tr>
            <th scope="col">Channel</th>
            <th scope="col" colSpan={3}>
              Currency and time zone
            </th>
          </tr>
        </thead>
        <tbody>
          {channels.map((c) => (
            <ChannelLocaleRow key={`${c.id}:${c.currency ?? ''}:${c.timeZone ?? ''}`} channel={c} busy={busy} save={save} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
