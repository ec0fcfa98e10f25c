/**
 * "Send to marketplaces": per channel, how many listings and shipments the
 * next upload files would hold, buttons that download each marketplace's
 * own file, and "Mark uploaded" for files the seller sent, so the next file
 * holds only what changed since. Channels without a usable layout say what
 * to do instead; unconfirmed layouts say so.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ChannelSendState } from '../../../shared/schemas/sync-back.js';
import { type Credentials, downloadUploadFile, fetchSendState, markFileUploaded, type UploadFileRequest } from '../../background/api-client.js';
import { ColumnHeads } from '../column-heads.js';

const state = signal<ChannelSendState[] | null>(null);
const problem = signal<string | null>(null);
const busy = signal(false);
/** Shopify sets stock per location: the location name typed per channel. */
const locations = signal<Record<string, string>>({});
const since = signal(new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10));

async function refresh(creds: Credentials): Promise<void> {
  try {
    state.value = await fetchSendState(creds);
  } catch (error) {
    problem.value = error instanceof Error ? error.message : String(error);
  }
}

/** Runs one action, then shows the counts as they are after it. */
async function act(creds: Credentials, action: () => Promise<void>): Promise<void> {
  busy.value = true;
  problem.value = null;
  try {
    await action();
  } catch (error) {
    problem.value = error instanceof Error ? error.message : String(error);
  } finally {
    busy.value = false;
    await refresh(creds);
  }
}

/** Saves the file through a temporary link, as a download the browser names. */
async function download(creds: Credentials, request: UploadFileRequest): Promise<void> {
  const file = await downloadUploadFile(creds, request);
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function QuantityCell({ creds, ch }: { creds: Credentials; ch: ChannelSendState }) {
  const q = ch.quantities;
  if (q.layout === null) return <td class="muted">{'alternative' in q ? q.alternative : ''}</td>;
  const shopify = ch.kind === 'shopify';
  const location = locations.value[ch.channelId] ?? '';
  return (
    <td>
      <span>{q.pending} to send</span>
      {q.missingKey > 0 && <span class="muted"> · {q.missingKey} without the marketplace’s key</span>}
      {shopify && (
        <input
          aria-label={`Shopify location for ${ch.name}`}
          placeholder="Shopify location"
          value={location}
          onInput={(e) => (locations.value = { ...locations.value, [ch.channelId]: (e.currentTarget as HTMLInputElement).value })}
        />
      )}
      <button
        type="button"
        disabled={busy.value || (shopify && !location.trim())}
        onClick={() => void act(creds, () => download(creds, { kind: 'quantities', channelId: ch.channelId, ...(shopify ? { location: location.trim() } : {}) }))}
      >
        Download {'title' in q ? q.title : ''}
      </button>
    </td>
  );
}

function ShipmentCell({ creds, ch }: { creds: Credentials; ch: ChannelSendState }) {
  const s = ch.shipments;
  if (s.layout === null) return <td class="muted">{'alternative' in s ? s.alternative : ''}</td>;
  return (
    <td>
      <span>{s.morePending ? `more than ${s.pending.toLocaleString('en-US')}` : s.pending} to confirm</span>
      <button type="button" disabled={busy.value} onClick={() => void act(creds, () => download(creds, { kind: 'shipments', channelId: ch.channelId, since: `${since.value}T00:00:00Z` }))}>
        Download {'title' in s ? s.title : ''}
      </button>
      {'confirmed' in s && !s.confirmed && <span class="muted"> (layout not confirmed by the marketplace)</span>}
    </td>
  );
}

function Files({ creds, ch }: { creds: Credentials; ch: ChannelSendState }) {
  if (!ch.files.length) return <td class="muted">none yet</td>;
  return (
    <td>
      <ul>
        {ch.files.map((f) => (
          <li key={f.id}>
            {f.layout}, {f.rows} rows, {f.createdAt.slice(0, 16).replace('T', ' ')}: {f.status}
            {f.status === 'downloaded' && (
              <button type="button" disabled={busy.value} onClick={() => void act(creds, () => markFileUploaded(creds, f.id))}>
                Mark uploaded
              </button>
            )}
          </li>
        ))}
      </ul>
    </td>
  );
}

/** The panel. */
export function SendPanel({ creds }: { creds: Credentials }) {
  useEffect(() => void refresh(creds), [creds]);
  return (
    <section class="send-panel" aria-labelledby="send-title">
      <h2 id="send-title">Send to marketplaces</h2>
      <p>
        <label for="send-since">Shipments since</label> <input id="send-since" type="date" value={since.value} onInput={(e) => (since.value = (e.currentTarget as HTMLInputElement).value)} />
      </p>
      {problem.value && (
        <p class="bad" role="alert">
          {problem.value}
        </p>
      )}
      {state.value === null ? (
        <p class="muted">Loading…</p>
      ) : (
        <table>
          <ColumnHeads titles={['Channel', 'Quantities', 'Shipments', 'Recent files']} />
          <tbody>
            {state.value.map((ch) => (
              <tr key={ch.channelId}>
                <td>{ch.name}</td>
                <QuantityCell creds={creds} ch={ch} />
                <ShipmentCell creds={creds} ch={ch} />
                <Files creds={creds} ch={ch} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
