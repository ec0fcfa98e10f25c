/**
 * The import panel: drop or choose an export file, pick its format (auto
 * by default) and channel, and import it. A progress bar follows the upload
 * (the worker imports as the bytes arrive), then the result with the
 * problems found, by line. For Etsy both files can go at once.
 */
import { signal } from '@preact/signals';
import type { Channel } from '../../../shared/schemas/account.js';
import type { ImportFormat, ImportResult } from '../../../shared/schemas/imports.js';
import { type Credentials, type UploadProgress, uploadImport } from '../../background/api-client.js';
import { ColumnHeads } from '../column-heads.js';

const FORMAT_LABELS: ReadonlyArray<readonly [ImportFormat, string]> = [
  ['auto', 'Recognise from the file'],
  ['amazon-all-orders', 'Amazon: All Orders report'],
  ['amazon-unshipped', 'Amazon: Unshipped orders report'],
  ['shopify-orders', 'Shopify: orders export'],
  ['ebay-orders', 'eBay: Seller Hub orders report'],
  ['etsy', 'Etsy: Sold Orders and Sold Order Items (both files)'],
  ['etsy-sold-orders', 'Etsy: Sold Orders file'],
  ['etsy-sold-order-items', 'Etsy: Sold Order Items file'],
  ['walmart-orders', 'Walmart: orders report'],
];

type Stage = { kind: 'idle' } | { kind: 'uploading'; progress: UploadProgress } | { kind: 'done'; result: ImportResult } | { kind: 'failed'; message: string };

const format = signal<ImportFormat>('auto');
const channelId = signal('');
const currency = signal('');
const file = signal<File | undefined>(undefined);
const etsyOrders = signal<File | undefined>(undefined);
const etsyItems = signal<File | undefined>(undefined);
const stage = signal<Stage>({ kind: 'idle' });
const dragging = signal(false);

const n = (count: number) => count.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function start(event: Event, creds: Credentials, onImported: () => void): Promise<void> {
  event.preventDefault();
  const etsy = format.value === 'etsy';
  if (!channelId.value) return void (stage.value = { kind: 'failed', message: 'Choose the channel these orders belong to.' });
  if (etsy ? !etsyOrders.value && !etsyItems.value : !file.value) return void (stage.value = { kind: 'failed', message: 'Choose a file to import.' });
  const total = etsy ? (etsyOrders.value?.size ?? 0) + (etsyItems.value?.size ?? 0) : file.value!.size;
  stage.value = { kind: 'uploading', progress: { sent: 0, total } };
  try {
    const result = await uploadImport(
      creds,
      {
        format: format.value,
        channelId: channelId.value,
        ...(currency.value.trim() ? { defaultCurrency: currency.value.trim().toUpperCase() } : {}),
        ...(etsy ? { etsy: { ...(etsyOrders.value ? { orders: etsyOrders.value } : {}), ...(etsyItems.value ? { items: etsyItems.value } : {}) } } : { file: file.value! }),
      },
      (progress) => (stage.value = { kind: 'uploading', progress }),
    );
    stage.value = { kind: 'done', result };
    onImported();
  } catch (error) {
    stage.value = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

function onDrop(event: DragEvent): void {
  event.preventDefault();
  dragging.value = false;
  const dropped = [...(event.dataTransfer?.files ?? [])];
  if (format.value === 'etsy') {
    for (const f of dropped) (/item/i.test(f.name) ? etsyItems : etsyOrders).value = f;
  } else if (dropped[0]) {
    file.value = dropped[0];
  }
}

function Progress({ progress }: { progress: UploadProgress }) {
  const finishing = progress.total > 0 && progress.sent >= progress.total;
  const percent = progress.total ? Math.round((progress.sent / progress.total) * 100) : 0;
  return (
    <div class="progress">
      <progress aria-labelledby="import-status" max={100} {...(finishing ? {} : { value: percent })} />
      <p id="import-status" role="status" aria-live="polite">
        {finishing ? `Uploaded ${mb(progress.total)}; importing the orders…` : `Uploading: ${percent}% (${mb(progress.sent)} of ${mb(progress.total)})`}
      </p>
    </div>
  );
}

function Result({ result }: { result: ImportResult }) {
  return (
    <div class="result" role="status" aria-live="polite">
      <p>
        <strong>Imported.</strong> {n(result.created)} new, {n(result.updated)} updated, {n(result.unchanged)} unchanged
        {result.failed ? <span class="bad">, {n(result.failed)} not imported</span> : null}.
      </p>
      {result.errors.length > 0 && (
        <table class="errors">
          <caption>Problems found in the file{result.moreErrors ? ` (first ${result.errors.length}; ${result.moreErrors} more)` : ''}</caption>
          <ColumnHeads titles={['Line', 'Column', 'Order', 'Problem']} />
          <tbody>
            {result.errors.map((e, i) => (
              <tr key={i}>
                <td>{e.file ? `${e.file} ${e.line}` : e.line}</td>
                <td>{e.column ?? ''}</td>
                <td>{e.externalId ?? ''}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function FileInput({ id, label, target }: { id: string; label: string; target: typeof file }) {
  return (
    <>
      <label for={id}>{label}</label>
      <input id={id} type="file" accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values" onChange={(e) => (target.value = (e.currentTarget as HTMLInputElement).files?.[0])} />
      {target.value && (
        <span class="muted">
          {' '}
          {target.value.name}, {mb(target.value.size)}
        </span>
      )}
    </>
  );
}

/** The import panel; `onImported` runs after a successful import (to refresh the reports). */
export function ImportPanel({ creds, channels, onImported }: { creds: Credentials; channels: Channel[]; onImported: () => void }) {
  const busy = stage.value.kind === 'uploading';
  return (
    <section aria-labelledby="import-title" class="card">
      <h2 id="import-title">Import orders from a file</h2>
      <form onSubmit={(e) => start(e, creds, onImported)}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file input inside is the accessible way in. */}
        <div
          class={`drop${dragging.value ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            dragging.value = true;
          }}
          onDragLeave={() => (dragging.value = false)}
          onDrop={onDrop}
        >
          <p class="muted">Drop an export file here, or choose it.</p>
          {format.value === 'etsy' ? (
            <>
              <FileInput id="etsy-orders" label="Sold Orders file" target={etsyOrders} />
              <FileInput id="etsy-items" label="Sold Order Items file" target={etsyItems} />
            </>
          ) : (
            <FileInput id="import-file" label="Export file" target={file} />
          )}
        </div>
        <div class="row fields">
          <div>
            <label for="import-format">Format</label>
            <select id="import-format" value={format.value} onChange={(e) => (format.value = (e.currentTarget as HTMLSelectElement).value as ImportFormat)}>
              {FORMAT_LABELS.map(([id, text]) => (
                <option key={id} value={id}>
                  {text}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="import-channel">Channel</label>
            <select id="import-channel" value={channelId.value} onChange={(e) => (channelId.value = (e.currentTarget as HTMLSelectElement).value)} required>
              <option value="">Choose…</option>
              {channels.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.kind})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="import-currency">Currency if the file has none</label>
            <input
              id="import-currency"
              type="text"
              inputMode="text"
              maxLength={3}
              size={5}
              placeholder="USD"
              value={currency.value}
              onInput={(e) => (currency.value = (e.currentTarget as HTMLInputElement).value)}
            />
          </div>
        </div>
        <p>
          <button class="primary" type="submit" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </p>
      </form>
      {stage.value.kind === 'uploading' && <Progress progress={stage.value.progress} />}
      {stage.value.kind === 'done' && <Result result={stage.value.result} />}
      {stage.value.kind === 'failed' && (
        <p class="bad" role="alert">
          {stage.value.message}
        </p>
      )}
    </section>
  );
}
